"""Lede, key points and background: the article's own sentences, cited and in order."""

from __future__ import annotations


def test_seed_lede_and_key_points(seed_analysis):
    assert seed_analysis.lede is not None
    assert "open source is making a comeback" in seed_analysis.lede.text
    points = seed_analysis.summary
    assert 3 <= len(points) <= 5
    order = [int(p.evidence[0][1:]) for p in points]
    assert order == sorted(order)
    quoted = {sid for q in seed_analysis.quotes if not q.fragment for sid in q.evidence}
    text = " ".join(p.text for p in points)
    assert "Llama 1 had discreetly leaked" in text
    assert not any(p.text.startswith("“") for p in points)
    assert all(p.evidence[0] not in quoted or "“" not in p.text for p in points)


def test_seed_background_is_ordered_context(seed_analysis):
    background = seed_analysis.background
    assert background and len(background) <= 6
    order = [int(p.evidence[0][1:]) for p in background]
    assert order == sorted(order)
    assert all(len(p.text.split()) >= 10 for p in background)
    assert any("March 2023" in p.text for p in background)
