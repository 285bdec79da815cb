"""The evaluation's matching rules and scoring, on small hand-made cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evalmatch import (
    actor_matches,
    figure_matches,
    name_key,
    normalise,
    quote_matches,
)
from generator.evaluate import find_cases, score, table, total


def test_normalise_folds_markup_typography_and_case():
    assert normalise("<p>The  “Best”</p> [link](http://x) **bold** — ok") == 'the "best" link bold - ok'
    assert normalise(None) == ""


def test_name_key_drops_articles_and_possessives():
    assert name_key("the Meta’s") == "meta"
    assert name_key("A Google researcher") == "google researcher"
    assert name_key("The Verge") == "verge"


def test_actor_matches_by_alias_or_name_suffix():
    gold = {"name": "Ilya Sutskever", "aliases": ["one of the co-founders of OpenAI"]}
    assert actor_matches({"name": "Sutskever", "aliases": []}, gold)
    assert actor_matches({"name": "X", "aliases": ["one of the co-founders of OpenAI"]}, gold)
    assert not actor_matches({"name": "Ilya", "aliases": []}, gold)  # a prefix is not enough
    anonymous = {"name": "Google researcher (anonymous)", "aliases": ["the expert"]}
    assert actor_matches({"name": "a Google researcher", "aliases": []}, anonymous)
    assert not actor_matches({"name": "Google", "aliases": []}, anonymous)


def test_quote_matches_on_opening_words_or_overlap():
    gold = "We were blown away by the huge demand from researchers"
    assert quote_matches("We were blown away by the huge demand from researchers for Llama 1", gold)
    assert quote_matches("“we were blown away by the huge”", gold)
    assert not quote_matches("completely mistaken", gold)
    assert quote_matches("demand from researchers was huge", "huge demand from researchers")
    assert not quote_matches("open source", "source code is open")  # too short for the overlap rule
    assert quote_matches("completely mistaken", "completely mistaken")


def test_figure_matches_digits_or_words():
    sentences = {"s1": "Over a hundred people came."}
    assert figure_matches("100,000", {"value": "over 100,000", "what": "", "evidence": []}, sentences)
    assert not figure_matches("100,000", {"value": "10", "what": "", "evidence": []}, sentences)
    assert figure_matches("a hundred", {"value": "x", "what": "", "evidence": ["s1"]}, sentences)


def _pred():
    return {
        "article": {"sentences": [{"id": "s1", "text": "Acme says open models are safer."},
                                  {"id": "s2", "text": "In March 2023 Acme released Widget."}]},
        "actors": [{"id": "acme", "name": "Acme", "aliases": ["the firm"], "stance": "for", "kind": "organization"},
                   {"id": "firm", "name": "the firm", "aliases": [], "stance": "none", "kind": "organization"},
                   {"id": "march", "name": "March", "aliases": [], "stance": "none", "kind": "person"}],
        "quotes": [{"text": "open models are safer", "speaker": "acme"},
                   {"text": "a scare quote", "speaker": "acme"}],
        "arguments": [{"side": "for", "claim": "safer", "evidence": ["s1"]},
                      {"side": "against", "claim": "x", "evidence": ["s1"]}],
        "stakes": [], "figures": [],
        "timeline": [{"date": "2023-03", "event": "release", "evidence": ["s2"]}],
    }


def _gold():
    return {
        "slug": "t", "on_topic": True,
        "actors": [{"name": "Acme", "aliases": ["the firm"], "importance": "core", "stance": "for"},
                   {"name": "Widget", "aliases": [], "importance": "minor", "stance": "none"}],
        "quotes": [{"text": "open models are safer", "speaker": "Acme"},
                   {"text": "a scare quote", "speaker": None},
                   {"text": "tiny", "speaker": None, "short": True}],
        "arguments_for": [{"claim": "c", "evidence": "open models are safer"}],
        "arguments_against": [],
        "stakes": [],
        "timeline": [{"date": "2023-03-01", "event": "release", "evidence": "Acme released Widget"}],
        "figures": [{"value": "2023", "evidence": "March 2023"}],
    }


def test_score_counts_every_measure():
    result = score(_gold(), _pred())
    s = result.scores
    assert s["actors.core_recall"] == (1, 1)
    assert s["actors.all_recall"] == (1, 2)
    assert s["actors.precision"] == (2, 3)  # "March" matches nothing
    assert s["actors.split"] == (1, 2)  # Acme and "the firm" are both Acme
    assert s["actors.stance"] == (1, 1)
    assert s["quotes.recall"] == (2, 2)  # the short fragment is not counted
    assert s["quotes.speaker_right"] == (1, 2)  # the scare quote should have no speaker
    assert s["quotes.precision"] == (2, 2)
    assert s["arguments.for_recall"] == (1, 1)
    assert s["arguments.precision"] == (1, 2)
    assert s["arguments.wrong_side"] == (1, 2)
    assert s["arguments.side_right"] == (1, 2)  # of the two matched arguments, one is on the wrong side
    assert s["timeline.recall"] == (1, 1) and s["timeline.date_right"] == (1, 1)
    assert s["figures.recall"] == (0, 1)
    assert "stakes.recall" not in s  # no gold stakes: not measured
    assert any("split actor 'Acme'" in miss for miss in result.misses)
    wrong = {(section, what.split(":")[0]) for section, _, what in result.wrong}
    assert ("quotes", "wrong speaker for 'a scare quote'") in wrong
    assert ("actors", "extra actor") in wrong
    assert ("arguments", "wrong side (against)") in wrong


def test_a_report_with_no_gold_arguments_must_stay_quiet():
    gold = {**_gold(), "arguments_for": [], "arguments_against": []}
    pred = _pred()
    assert score(gold, pred).scores["arguments.no_debate_quiet"] == (1, 1)  # two arguments: tolerated
    pred["arguments"] = pred["arguments"] * 2
    result = score(gold, pred)
    assert result.scores["arguments.no_debate_quiet"] == (0, 1)
    assert "arguments.for_recall" not in result.scores


def _corpus_scorer():
    """The development corpus's own score.py, when the corpus is beside the project."""
    import importlib.util

    from generator.evaluate import default_devset

    devset = default_devset()
    if devset is None or not (devset / "score.py").is_file():
        pytest.skip("the development corpus (shared/devset/score.py) is not here")
    spec = importlib.util.spec_from_file_location("corpus_score", devset / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scores_are_the_corpus_scorer_s(seed_analysis):
    """Our numbers are the ones the corpus's score.py gives, on the seed and on a hand-made case."""
    import yaml

    from generator.serialize import to_dict

    corpus = _corpus_scorer()
    seed_gold = yaml.safe_load((Path(__file__).resolve().parents[1] / "evalset" / "seed-llama2" / "gold.yaml")
                               .read_text(encoding="utf-8"))
    for gold, pred in ((seed_gold, to_dict(seed_analysis)), (_gold(), _pred())):
        theirs, _ = corpus.Scorer(gold, pred).run()
        ours = score(gold, pred).scores
        assert {k: tuple(v) for k, v in theirs.items()} == {k: v for k, v in ours.items() if k in theirs}


def test_total_sums_and_table_prints(tmp_path: Path):
    results = [score(_gold(), _pred(), "a"), score(_gold(), _pred(), "b")]
    assert total(results)["actors.precision"] == (4, 6)
    text = table("set", results)
    assert "actors.precision" in text and text.count("\n") > 4
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "gold.yaml").write_text("slug: one\n")
    (tmp_path / "one" / "article.md").write_text("Hi.\n")
    (tmp_path / "two").mkdir()  # no gold: skipped
    assert [p.name for p in find_cases(tmp_path)] == ["one"]


def test_a_sidecar_beside_the_article_does_not_hide_the_case(tmp_path):
    from generator.evaluate import find_cases

    case = tmp_path / "case"
    case.mkdir()
    (case / "gold.yaml").write_text("slug: case\n", encoding="utf-8")
    (case / "article.txt").write_text("Some text here.\n", encoding="utf-8")
    (case / "article.yml").write_text("title: A title\n", encoding="utf-8")
    assert find_cases(tmp_path) == [case]
