"""Themes named from the text: what arguments on both sides speak of.

A topic pack names the themes of its debate (transparency, safety ...). Elsewhere an argument
judges with general words only, and "benefits" or "risks and costs" say which way it judges, not
what about. Such an argument takes as its theme the content noun it shares with the most other
arguments, preferring one that arguments on both sides use ("jobs", "traffic", "rent"), so that a
claim and its counter-claim sit under one theme. Nouns of the question itself ("the loan") and
nouns most arguments use say nothing in particular and are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def name_themes(nouns: Sequence[frozenset[str]], sides: Sequence[int], generic: Sequence[bool],
                question: frozenset[str], *, least: int = 2) -> list[str | None]:
    """For each argument (its nouns, side, and whether its theme is generic), a theme noun or ``None``.

    Args:
        nouns: lemmas of the content nouns of each argument's sentences.
        sides: +1 or -1 for each argument.
        generic: whether each argument's theme is one of the generic ones (only those are renamed).
        question: lemmas of the question's own words.
        least: arguments that must share a noun for it to name a theme.
    """
    frequency: Counter[str] = Counter(n for words in nouns for n in words - question)
    on_side: dict[str, set[int]] = {}
    for words, side in zip(nouns, sides, strict=True):
        for noun in words:
            on_side.setdefault(noun, set()).add(side)
    common = {n for n, count in frequency.items() if count > max(least, len(nouns) // 2)}
    out: list[str | None] = []
    for words, rename in zip(nouns, generic, strict=True):
        candidates = [n for n in words - question - common if frequency[n] >= least]
        if not rename or not candidates:
            out.append(None)
            continue
        out.append(max(candidates, key=lambda n: (len(on_side[n]), frequency[n], n)))
    return out


def pair_themes(themes: Sequence[str], sides: Sequence[int], positions: Sequence[int],
                nouns: Sequence[frozenset[str]], concessions: Sequence[bool] | None = None, *,
                reach: int = 2, shared: int = 2) -> list[str]:
    """Each argument's theme, with a theme that holds one side only joined to one that holds only the
    other side and answers it, so that a claim and its counter-claim sit under one theme.

    Two one-sided themes answer each other when arguments of theirs stand at most ``reach`` sentences
    apart (a concession and its rebuttal, a claim and the reply that follows it) or speak of
    ``shared`` content nouns or more. The closest pairs are joined first (nearness, then a concession
    with the reply that follows it, then nouns shared, then the earlier); the joined theme keeps the
    name of the one with more arguments, or of the earlier.

    Args:
        themes: the theme of each argument.
        sides: +1 or -1 for each argument.
        positions: where each argument's first sentence stands in the article.
        nouns: lemmas of the content nouns of each argument's sentences.
        concessions: whether each argument concedes a point (its answer follows it).
    """
    conceded = concessions or [False] * len(themes)
    members: dict[str, list[int]] = {}
    for index, theme in enumerate(themes):
        members.setdefault(theme, []).append(index)
    side_of = {theme: {sides[i] for i in indices} for theme, indices in members.items()}
    start = {theme: min(positions[i] for i in indices) for theme, indices in members.items()
             if len(side_of[theme]) == 1}
    lonely = sorted(start, key=start.__getitem__)
    words = {theme: frozenset().union(*(nouns[i] for i in members[theme])) for theme in lonely}
    pairs = []
    for a, theme in enumerate(lonely):
        for other in lonely[a + 1:]:
            if side_of[other] == side_of[theme]:
                continue
            gap = min(abs(positions[i] - positions[j]) for i in members[theme] for j in members[other])
            common = len(words[theme] & words[other])
            answered = any(conceded[i] and 0 < positions[j] - positions[i] <= reach
                           for first, then in ((theme, other), (other, theme))
                           for i in members[first] for j in members[then])
            if gap <= reach or common >= shared:
                pairs.append((min(gap, reach + 1), not answered, -common, start[theme], start[other], theme, other))
    renamed: dict[str, str] = {}
    for *_, theme, other in sorted(pairs):
        if theme in renamed or other in renamed:
            continue
        keep, drop = (other, theme) if len(members[other]) > len(members[theme]) else (theme, other)
        renamed[drop] = keep
        renamed[keep] = keep
    return [renamed.get(theme, theme) for theme in themes]
