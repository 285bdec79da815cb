"""Which of an article's figures the overview shows as its key figure.

The figures list keeps the article's order; the overview's card has room for one, and the
first number of an article is often a small count ("two of them", "five others") while a
sum of money or a share further on carries the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.model import Figure

_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yuan|yen|USD|EUR|GBP)\b", re.IGNORECASE)
_SHARE = re.compile(r"%|\bper ?cent\b|\bpercentage points?\b", re.IGNORECASE)
_LARGE = re.compile(r"\b(?:thousands?|millions?|billions?|trillions?|quadrillions?)\b|\d[\d,.]*\s?[kKmMbB]n?\b|"
                    r"\d{1,3}(?:,\d{3})+|\d{4,}", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# "4 percent fewer": a comparison alone does not say what was counted.
_COMPARISONS = frozenset("more fewer less higher lower up down over under above below".split())
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def figure_weight(figure: Figure) -> int:
    """How much a figure says on its own: money and shares most, bare small counts least,
    and nothing when what it counts was not read cleanly (a gap, a name's tail, a bare
    comparison)."""
    what = figure.what.strip()
    if not what[:1].isalpha() or "…" in what or what.lower() in _COMPARISONS:
        return -1
    head = f"{figure.value} {what.split()[0]}"
    if _MONEY.search(head):
        return 4
    if _SHARE.search(head):
        return 3
    if _LARGE.search(figure.value) and not _YEAR.match(figure.value.strip()):
        return 2
    return 1 if _DIGIT.search(figure.value) else 0


# News puts what matters first: the key figure comes from the opening quarter of the
# sentences when there is one there.
OPENING_SHARE = 0.25


def key_figure(figures: Sequence[Figure], sentence_count: int) -> Figure | None:
    """The weightiest figure of the article's opening (else of the whole article), the
    earliest among equals; ``None`` when there are none."""
    opening = [f for f in figures if f.evidence and _position(f.evidence[0]) <= sentence_count * OPENING_SHARE]
    pool = opening or list(figures)
    return max(pool, key=figure_weight) if pool else None  # max keeps the first of equals


def _position(sentence_id: str) -> int:
    return int(sentence_id[1:]) if sentence_id[1:].isdigit() else 0
