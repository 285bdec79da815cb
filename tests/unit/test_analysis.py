"""The analysis stages on the seed and on a fixture article."""

from __future__ import annotations

import json

from generator.serialize import to_dict, to_json
from tests.conftest import FIXTURES


def test_seed_json_has_the_documented_shape(seed_analysis):
    data = json.loads(to_json(seed_analysis))
    assert data["schema"] == 3
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




def test_json_is_deterministic(seed_analysis, analyse_file):
    again = analyse_file(FIXTURES.parent.parent / "seeds" / "000_838607606c939916.txt")
    assert to_json(again) == to_json(seed_analysis)


def test_fixture_article_speakers(analyse_file):
    analysis = analyse_file(FIXTURES / "articles" / "harbour-toll.md")
    by_start = {q.text.split()[0]: q.speaker for q in analysis.quotes}
    assert by_start["The"] == "maria-okafor"
    assert by_start["A"] == "tom-reilly"


def test_every_item_of_the_seed_has_a_trace_and_only_with_trace(tmp_path):
    """``explainer analyse FILE --json --trace``: every actor, quote, argument, stake, event and figure
    says which rule made it; without ``--trace`` the JSON has no trace at all."""
    import subprocess
    import sys

    seed = FIXTURES.parent.parent / "seeds" / "000_838607606c939916.txt"
    command = [sys.executable, "-m", "generator", "analyse", str(seed), "--json"]
    traced = json.loads(subprocess.run([*command, "--trace"], capture_output=True, text=True, check=True).stdout)
    plain = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for section in ("actors", "quotes", "arguments", "stakes", "timeline", "figures"):
        assert traced[section], section
        for item in traced[section]:
            assert item["trace"], (section, item["id"])
            assert all(set(t) == {"stage", "rule", "detail", "sentences"} and t["rule"] for t in item["trace"])
    assert '"trace"' not in plain
    for item in traced["quotes"]:
        item.pop("trace")
    assert json.loads(plain)["quotes"] == traced["quotes"]


def test_a_long_article_is_parsed_in_pieces_into_one_doc(nlp):
    """A long text is parsed a piece at a time (memory), and the pieces make one doc whose tokens,
    sentences and entities are those of the article."""
    from generator.analyse.nlp import CHUNK_CHARS, chunks, parse_articles
    from tests.conftest import article_of

    paragraph = ("Helen Carter, the mayor of Marlow, opened bridge number {} on Tuesday. "
                 "“It will cut traffic,” she said. Critics in Ashford were not convinced.\n\n")
    article = article_of("".join(paragraph.format(n) for n in range(3 * CHUNK_CHARS // len(paragraph))))
    pieces = chunks(article)
    assert len(pieces) >= 3 and pieces[0][0] == 0 and pieces[-1][1] == len(article.text)
    starts = {s.start for s in article.sentences}
    assert all(start in starts for start, _ in pieces[1:])
    doc = next(parse_articles(nlp, [article]))
    assert doc.text == article.text
    assert [s.start_char for s in doc.sents] == [s.start for s in article.sentences]
    assert sum(1 for e in doc.ents if e.text == "Helen Carter") == article.text.count("Helen Carter")
