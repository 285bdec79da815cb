"""One argument per idea: a speaker's run of sentences arguing one way is one argument.

A speaker who develops a point ("The stadium is what makes the developers come. If we say no
tonight, nobody else is coming") argues it over several sentences; a reader wants the point once,
with every sentence it rests on. Consecutive judged sentences (at most one sentence apart) of
the same speaker, on the same side, become one argument whose claim is the weightiest of them;
the article's own voice is one speaker within a paragraph or over consecutive sentences. A run
is cut at ``most`` sentences, a concession never joins the reply that follows it, and a run
stays within one quotation (or outside quotations), so that an argument drawn from a quote
follows it when an editor fixes the quote's speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    """What consolidation needs to know of one judged segment."""

    index: int
    """Position of its sentence in the article."""
    paragraph: int
    speaker: str | None
    side: int
    concession: bool = False
    quote: str | None = None
    """Id of the quotation the sentence belongs to, if any."""
    words: frozenset[str] = frozenset()
    """Lemmas of its content nouns: what it is about."""


def runs(points: Sequence[Point], *, most: int, gap: int = 1) -> list[list[int]]:
    """Groups of positions in ``points`` (in order) that argue one idea; every point is in one group."""
    groups: list[list[int]] = []
    for position, point in enumerate(points):
        if groups:
            group = groups[-1]
            last = points[group[-1]]
            sentences = {points[p].index for p in group}
            if point.side == last.side and point.speaker == last.speaker and not point.concession \
                    and not last.concession and 0 <= point.index - last.index <= gap + 1 \
                    and (point.speaker is not None or point.paragraph == last.paragraph
                         or point.index == last.index + 1) \
                    and point.quote == last.quote \
                    and len(sentences | {point.index}) <= most:
                group.append(position)
                continue
        groups.append([position])
    return groups


def ideas(points: Sequence[Point], groups: list[list[int]], *, most: int, shared: int) -> list[list[int]]:
    """``groups`` with those of one named speaker on one side that speak of the same things (``shared``
    content nouns or more) joined, the earlier first, while they rest on at most ``most`` sentences.

    A speaker who comes back to a point later in the text ("The fraud is on the court" ... "this
    fraud of a trial") makes it once; a quotation keeps its own argument (see :func:`runs`)."""
    out: list[list[int]] = []
    for group in groups:
        head = points[group[0]]
        words = frozenset().union(*(points[p].words for p in group))
        for earlier in out:
            first = points[earlier[0]]
            if first.speaker is None or first.speaker != head.speaker or first.side != head.side \
                    or first.quote is not None or head.quote is not None \
                    or any(points[p].concession for p in (*earlier, *group)):
                continue
            known = frozenset().union(*(points[p].words for p in earlier))
            sentences = {points[p].index for p in (*earlier, *group)}
            if len(known & words) >= shared and len(sentences) <= most:
                earlier.extend(group)
                break
        else:
            out.append(list(group))
    return out
