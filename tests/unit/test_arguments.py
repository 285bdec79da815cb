"""Arguments: side from cues with negation, concession and rhetorical questions; speakers; stances."""

from __future__ import annotations

import pytest

from generator.analyse.claims import clean
from generator.analyse.cues import load_lexicon


def sentence_text(analysis, argument):
    return " ".join(analysis.article.sentence(sid).text for sid in argument.evidence)


def find(analysis, words):
    return [a for a in analysis.arguments if words in sentence_text(analysis, a) or words in a.claim]


@pytest.mark.parametrize("words, side, speaker", [
    ("promotes transparency and accessibility", "for", "meta"),
    ("identify and solve problems quickly", "for", "meta"),
    ("huge demand from researchers", "for", "meta"),
    ("Already effective and inexpensive", "for", None),
    ("Who will pay for a Google product", "for", "google-researcher"),
    ("makes no sense to open the code", "against", "ilya-sutskever"),
    ("not wise to offer AI in open access", "against", "ilya-sutskever"),
    ("it also carries risks", "against", "meta"),
    ("criticism relating to security issues", "against", None),
    ("And not profitable", "against", None),
])
def test_seed_arguments(seed_analysis, words, side, speaker):
    found = [a for a in find(seed_analysis, words) if a.side == side]
    assert found, [(a.side, a.claim) for a in find(seed_analysis, words)]
    assert any(a.speaker == speaker for a in found), [(a.speaker, a.claim) for a in found]


def test_seed_claims_are_short_and_stances_follow(seed_analysis):
    assert all(len(a.claim.split()) <= 23 for a in seed_analysis.arguments)
    risks = next(a for a in find(seed_analysis, "it also carries risks") if a.side == "against")
    assert "enormous progress" not in risks.claim  # the conceded clause alone
    stance = {actor.id: actor.stance for actor in seed_analysis.actors}
    assert stance["meta"] == "for"
    assert stance["ilya-sutskever"] == "against"


@pytest.mark.parametrize("text, theme, side, negated", [
    ("it is not wise to offer AI in open access", "prudence", -1, False),
    ("the open ones are not the problem today", "negative", -1, True),
    ("Our approach promotes transparency", "transparency", 1, False),
    ("It is not profitable", "business", -1, False),
])
def test_cues(text, theme, side, negated):
    lexicon = load_lexicon()
    topic = lexicon.topic("Should AI models be open?", "")
    hit = next(h for h in lexicon.hits(text, topic) if h.theme == theme)
    assert hit.side == side
    assert lexicon.negated(text, hit) is negated


@pytest.mark.parametrize("text, expected", [
    ("“Open models let you check,” Kovacs said.", "Open models let you check"),
    ("And to wonder: “Who pays?”", "To wonder: Who pays?"),
    ("It’s a bad idea…", "It’s a bad idea…"),
])
def test_clean_claims(text, expected):
    assert clean(text) == expected
