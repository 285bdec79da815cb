"""An explainer's short title: what the sidebar, page titles and search results call it.

A headline is often a main clause followed by what qualifies it: a subtitle after a colon
or a dash, or an adjunct after a comma, a preposition or a subordinating conjunction
("... congestion charge despite union anger", "... testimony in his civil fraud trial").
A long headline keeps its longest such head that fits; only a headline with none is cut
between words, with an ellipsis.
"""

from __future__ import annotations

import re

SHORT_TITLE = 64
"""Most characters of a short title."""
_MIN_HEAD = 16
"""Fewest characters of a head before a subtitle (a colon or a dash)."""
_MIN_CLAUSE = 24
"""Fewest characters of a head before an adjunct (a comma, a preposition ...)."""

# A subtitle starts after these.
_SUBTITLE = re.compile(r":\s|\s[-–—|]\s")
# An adjunct starts at a comma or at a preposition or subordinating conjunction (a closed
# word class of English).
_ADJUNCT = re.compile(
    r",\s|\s(?=(?:about|after|against|amid|as|at|because|before|by|despite|during|following|for|from|in|into|"
    r"on|over|since|than|through|to|under|until|while|with|without)\s)", re.IGNORECASE)
# Words a cut title should not end on.
_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|and|or|but|of|to|in|on|at|for|from|by|with|as|its|their|his|her|is|are|was|were))+$",
    re.IGNORECASE)


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """The headline as is when it is short, else its main clause, else cut between words."""
    text = " ".join(title.split())
    if len(text) <= limit:
        return text
    for pattern, least in ((_SUBTITLE, _MIN_HEAD), (_ADJUNCT, _MIN_CLAUSE)):
        heads = [text[: match.start()].rstrip() for match in pattern.finditer(text)]
        fitting = [head for head in heads if least <= len(head) <= limit]
        if fitting:
            return max(fitting, key=len) if pattern is _ADJUNCT else fitting[0]
    cut = text[: limit - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return _DANGLING.sub("", cut).rstrip(" ,;:-–—") + "…"
