"""How much of an analysis the actors page shows in full, so that a long article keeps it small.

A 200,000-character article names hundreds of actors, most of them once or twice. Given a
card, a section and a citation of every mention each (every citation carries its sentence
for the tooltip), they made its actors page a megabyte of Markdown. The main actors keep
all of that; the others share one compact table, with no citations but a link to the
sentence that first names them. Every actor keeps its anchor: the quotes, arguments and
cross-article pages link to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Actor

MAIN_ACTORS = 25
"""Actors shown in full (card and section): the most mentioned and quoted ones."""
CITED_MENTIONS = 20
"""Sentences cited under "Mentioned in sentences" per actor; the others are counted."""
CITED_ITEMS = 20
"""Quotes and arguments shown in an actor's section; the other arguments are on the
arguments page, the other quotes in the source article, counted."""
UNATTRIBUTED_QUOTES = 50
"""Quotes without a stated speaker shown; the others are counted."""


def main_actors(actors: Sequence[Actor], limit: int = MAIN_ACTORS) -> set[str]:
    """Ids of the actors the page shows in full: with the most mentions and quotes, the
    analysis's order (already by mentions) among equals."""
    ranked = sorted(range(len(actors)), key=lambda i: (-len(actors[i].mentions) - len(actors[i].quotes), i))
    return {actors[i].id for i in ranked[:limit]}
