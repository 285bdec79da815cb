"""Stakes by category with their actors, and organisations' strategies."""

from __future__ import annotations


def stake_sentences(analysis):
    return {analysis.article.sentence(s.evidence[0]).text: s for s in analysis.stakes}


def test_seed_stakes(seed_analysis):
    stakes = stake_sentences(seed_analysis)
    def having(words):
        return next((s for text, s in stakes.items() if words in text), None)
    competition = having("reshuffle the cards of global competition")
    assert competition is not None and competition.category == "competition"
    promises = having("initial promises of non-profit")
    assert promises is not None and "openai" in promises.actors
    reputation = having("criticized for the opacity")
    assert reputation is not None and reputation.category == "reputation" and "meta" in reputation.actors
    assert having("win this arms race") is not None
    assert all(len(s.text.split()) <= 19 for s in seed_analysis.stakes)
    assert {s.category for s in seed_analysis.stakes} <= {"competition", "revenue", "reputation", "control",
                                                          "regulation", "safety", "society", "other"}


def test_seed_positions(seed_analysis):
    positions = {p.actor: p.strategy for p in seed_analysis.positions}
    assert positions.get("openai") == "closed"  # "as it renounced open source, the OpenAI company ..."
