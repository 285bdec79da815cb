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
