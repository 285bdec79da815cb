"""Titles and headlines in quotation marks: names of works, not anyone's words, and no actors inside."""

from __future__ import annotations

import re


def is_title(text: str) -> bool:
    """A title or name in quotation marks ("The Last Open Door"), not someone's words."""
    words = text.strip().split()
    if not words or len(words) > 8 or text.rstrip()[-1:] in ".?!,;:…":
        return False
    small = {"a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "at", "by", "with", "is"}
    capitalised = [w for w in words if w[:1].isupper()]
    return words[0][:1].isupper() and len(words) >= 2 and len(capitalised) >= 2 \
        and all(w[:1].isupper() or w.lower() in small for w in words)


_QUOTED = re.compile(r"[“\"]([^”\"\n]{2,160})[”\"]")
_HEADLINE_SMALL = frozenset("a an the of on in and or for to at by with is as from vs. v.".split())


def is_headline(text: str) -> bool:
    """A headline in quotation marks: every word capitalised but the small ones, possibly
    ending with a full stop and holding a colon ("Why the Port Must Pay: A Reckoning.")."""
    words = text.replace(":", " ").split()
    if not 4 <= len(words) <= 20 or text.rstrip()[-1:] in ",;?!…":
        return False
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return words[0][:1].isupper() and len(capitalised) >= 4 \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _HEADLINE_SMALL for w in words)


def title_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of titles and headlines in quotation marks: names inside them are
    not actors."""
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)
            if (len(m.group(1)) <= 80 and is_title(m.group(1))) or is_headline(m.group(1))]
