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
