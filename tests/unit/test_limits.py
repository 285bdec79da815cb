"""Which actors the actors page shows in full."""

from __future__ import annotations

from generator.model import Actor
from generator.render.limits import main_actors


def actor(name: str, mentions: int, quotes: int = 0) -> Actor:
    return Actor(id=name.lower(), name=name, kind="person", aliases=(), description=None, stance="none",
                 mentions=tuple(f"s{i}" for i in range(1, mentions + 1)), quotes=tuple(f"q-{i}" for i in range(quotes)))


def test_the_most_mentioned_and_quoted_are_main_and_the_order_breaks_ties():
    actors = [actor("Ana", 5), actor("Ben", 2, quotes=4), actor("Cleo", 3), actor("Dev", 3), actor("Eli", 1)]
    assert main_actors(actors, limit=3) == {"ben", "ana", "cleo"}
    assert main_actors(actors, limit=10) == {a.id for a in actors}
    assert main_actors([], limit=3) == set()
