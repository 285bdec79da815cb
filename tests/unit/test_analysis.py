"""The analysis stages on the seed and on a fixture article."""

from __future__ import annotations

import json

from generator.serialize import to_dict, to_json
from tests.conftest import FIXTURES


def test_seed_json_has_the_documented_shape(seed_analysis):
    data = json.loads(to_json(seed_analysis))
    assert data["schema"] == 2
    assert set(data) >= {"article", "summary", "background", "actors", "quotes", "arguments",
                         "stakes", "timeline", "figures", "glossary"}
    assert set(data["article"]) >= {"slug", "title", "published", "language", "question", "sentences"}
    assert data["article"]["sentences"][0] == {"id": "s1", "text": "Some thought they had definitively ruled it out.",
                                               "paragraph": 0, "kind": "paragraph"}
    for actor in data["actors"]:
        assert actor["kind"] in {"person", "organization", "product", "media", "group"}
        assert actor["stance"] in {"for", "against", "mixed", "none"}


def test_every_citation_points_to_a_sentence(seed_analysis):
    data = to_dict(seed_analysis)
    ids = {s["id"] for s in data["article"]["sentences"]}
    for key in ("summary", "background", "quotes", "arguments", "stakes", "timeline", "figures", "glossary"):
        for item in data[key]:
            assert item["evidence"] and set(item["evidence"]) <= ids, (key, item)
    for actor in data["actors"]:
        assert set(actor["mentions"]) <= ids


def test_seed_actors_and_quotes(seed_analysis):
    names = {actor.name: actor for actor in seed_analysis.actors}
    assert {"Meta", "OpenAI", "Google", "Llama 2", "Mark Zuckerberg"} <= set(names)
    assert names["Meta"].kind == "organization"
    assert names["Llama 2"].kind == "product"
    insisted = next(q for q in seed_analysis.quotes if q.text.startswith("Our open source approach"))
    assert insisted.speaker == "meta"  # "insists the company headed by Mark Zuckerberg"
    assert names["Mark Zuckerberg"].id not in {q.speaker for q in seed_analysis.quotes}


def test_seed_timeline_figures_glossary(seed_analysis):
    assert any(event.date == "2023-07-18" for event in seed_analysis.timeline)
    assert any(event.date == "2023-03" for event in seed_analysis.timeline)
    assert any("100,000" in figure.value for figure in seed_analysis.figures)
    terms = {term.term for term in seed_analysis.glossary}
    assert {"AI", "LLM"} <= terms


def test_json_is_deterministic(seed_analysis, analyse_file):
    again = analyse_file(FIXTURES.parent.parent / "seeds" / "000_838607606c939916.txt")
    assert to_json(again) == to_json(seed_analysis)


def test_fixture_article_speakers(analyse_file):
    analysis = analyse_file(FIXTURES / "articles" / "harbour-toll.md")
    by_start = {q.text.split()[0]: q.speaker for q in analysis.quotes}
    assert by_start["The"] == "maria-okafor"
    assert by_start["A"] == "tom-reilly"
