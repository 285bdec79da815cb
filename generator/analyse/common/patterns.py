"""Cue lists compiled into one regular expression each: word starts, whole words, phrases with gaps."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for a list of cues, longest first.

    ``transparen*`` is a word start; other cues are whole words, with an optional plural ``s``;
    a lone ``*`` inside a phrase (``take * back``) stands for one or two words.
    """
    parts = sorted({cue.lower() for cue in cues}, key=len, reverse=True)

    def one(cue: str) -> str:
        body = re.escape(cue.rstrip("*")).replace(r"\ \*\ ", r"(?:\s+[\w’'-]+){1,2}\s+").replace(r"\ ", r"\s+")
        if cue.endswith("*"):
            return body + r"[\w-]*"
        return body + (r"s?" if cue[-1:].isalpha() else "") + r"(?![\w-])"

    return re.compile(r"(?<![\w-])(?:" + by_first_letter(parts, one) + ")", re.IGNORECASE)


def by_first_letter(parts: list[str], one: Callable[[str], str]) -> str:
    """The alternation of ``parts`` grouped by first letter, each group behind a look-ahead for it.

    Only cues starting with the letter at a position can match there, so the regex tries one
    look-ahead per group instead of every cue; within a group the order (longest first) is kept.
    Two ASCII letters or digits never match the same character, even ignoring case; cues that
    start otherwise keep the plain alternation.
    """
    if not all(part[:1].isascii() and part[:1].isalnum() for part in parts):
        return "|".join(one(p) for p in parts)
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(one(part))
    return "|".join(f"(?={first})(?:{'|'.join(group)})" for first, group in groups.items())


QUOTED_SPAN = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")
"""A stretch in double quotation marks, straight, curly or angled (closed by any closing mark)."""

NEVER = re.compile(r"(?!)")
"""A pattern that matches nothing, for an empty cue list."""


def cues_or_never(cues: Iterable[str]) -> re.Pattern[str]:
    cues = list(cues)
    return cue_pattern(cues) if cues else NEVER
