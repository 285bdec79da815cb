"""What holds for every analysis, checked on the seed and on every article of our evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.settings import DEFAULT_SETTINGS
from generator.evaluate import article_files, find_cases

EVALSET = Path(__file__).resolve().parents[1] / "evalset"
CASES = find_cases(EVALSET)


@pytest.fixture(scope="module", params=[case.name for case in CASES])
def analysis(request, analyse_file):
    return analyse_file(article_files(EVALSET / request.param)[0])


def test_ids_are_unique_and_every_citation_is_a_sentence(analysis):
    sentences = {s.id for s in analysis.article.sentences}
    for section in ("actors", "quotes", "arguments", "stakes", "timeline", "figures", "glossary"):
        items = getattr(analysis, section)
        ids = [item.id for item in items]
        assert len(ids) == len(set(ids)), section
        for item in items:
            cited = getattr(item, "evidence", None) or getattr(item, "mentions", ())
            assert set(cited) <= sentences, (section, item.id)


def test_short_texts_stay_short(analysis):
    limits = DEFAULT_SETTINGS
    assert all(len(a.claim.split()) <= limits.arguments.claim_words + 1 for a in analysis.arguments)
    assert all(len(s.text.split()) <= limits.stakes.max_words + 1 for s in analysis.stakes)
    assert all(len(e.event.split()) <= limits.timeline.max_words + 1 for e in analysis.timeline)
    assert analysis.lede is None or len(analysis.lede.text.split()) <= limits.summary.lede_words + 1


def test_orders(analysis):
    dates = [event.date for event in analysis.timeline]
    assert dates == sorted(dates)
    for points in (analysis.summary, analysis.background):
        order = [int(p.evidence[0][1:]) for p in points]
        assert order == sorted(order)
    assert len(analysis.summary) <= DEFAULT_SETTINGS.summary.key_points
    assert len(analysis.background) <= DEFAULT_SETTINGS.summary.background


def test_names_are_single_and_kinds_known(analysis):
    names = [actor.name for actor in analysis.actors]
    assert len(names) == len(set(names))
    assert {actor.kind for actor in analysis.actors} <= {"person", "organization", "product", "media", "group"}
    assert {s.category for s in analysis.stakes} <= {"competition", "revenue", "reputation", "control",
                                                     "regulation", "safety", "society", "other"}
