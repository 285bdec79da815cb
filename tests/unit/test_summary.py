"""Lede, key points and background: the article's own sentences, cited and in order."""

from __future__ import annotations




def test_a_repeated_paragraph_gives_one_key_point(analyse_file, tmp_path):
    lead = ("Three river towns are further from their old harbour traffic than anyone expected a year "
            "after the bridge opened.")
    # The teaser block repeats the lead sentence with other words around it, so ingest keeps both.
    paragraphs = [lead + " Barges now pass them by.", "The harbour masters said so on Monday in a report.",
                  lead + " Read the full report on the council's pages.",
                  "Dock workers in Ellmouth said half of the cranes stood idle for most of the summer.",
                  "The council of Ellmouth will vote in March on a plan to turn two quays into housing.",
                  "Shop owners near the water said trade had fallen by a third since the spring."]
    path = tmp_path / "towns.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    analysis = analyse_file(path)
    assert [p.text for p in analysis.summary].count(lead) == 1
    assert [p.text for p in analysis.background].count(lead) <= 1


def test_key_points_name_the_actors_their_descriptions_refer_to(context_of):
    from generator.analyse.actors import find_actors
    from generator.analyse.summary import summarise

    ctx = context_of("Harwell Dairies bought two creameries this year. "
                     "The company said on Monday that the deal would keep milk prices stable for farmers.")
    cast = find_actors(ctx)
    summary = summarise(ctx, cast, (), cast.actors, (), ())
    texts = [p.text for p in summary.key_points]
    assert any(t.startswith("The company [Harwell Dairies] said") for t in texts), texts
    assert not any("[Harwell Dairies]" in t and t.startswith("Harwell Dairies") for t in texts), texts


def test_the_brief_names_who_stands_where_with_their_strongest_cited_claim(context_of):
    import dataclasses

    from generator.analyse.summary.find import brief
    from generator.model import Actor, Argument

    ctx = context_of("Marlow will build a bridge.", question="Should Marlow build the bridge?")
    mayor = Actor(id="helen-carter", name="Helen Carter", kind="person", aliases=(), description=None,
                  stance="for", mentions=("s1",))
    critic = dataclasses.replace(mayor, id="tom-reed", name="Tom Reed", stance="against")
    arguments = (
        Argument(id="a-1", side="for", claim="The bridge will save lives", speaker="helen-carter", theme="safety",
                 evidence=("s1",), confidence=0.8),
        Argument(id="a-2", side="against", claim="It costs too much", speaker="tom-reed", theme="cost",
                 evidence=("s1",), confidence=0.6),
    )
    points = brief(ctx, (mayor, critic), arguments, 2)
    assert [p.text for p in points] == ["Helen Carter (yes): The bridge will save lives.",
                                       "Tom Reed (no): It costs too much."]
    assert all(p.evidence == ("s1",) for p in points)
