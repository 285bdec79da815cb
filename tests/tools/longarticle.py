"""A long article, generated: what a user gets by saving a whole report or a live blog.

Paragraphs of our own evaluation articles (each made unique by a closing sentence, since
ingest drops repeated paragraphs) alternate with generated paragraphs in which a new
person of a new organisation speaks, so the article has a few actors named throughout and
hundreds named once or twice. The same length gives the same text on every machine.

    .venv/bin/python -m tests.tools.longarticle 200000 > /tmp/long.txt
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from generator.errors import IngestError
from generator.ingest import read_article

ROOT = Path(__file__).resolve().parents[2]
FIRST = ("Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tove", "Ugo", "Vera", "Wen", "Ximena",
         "Yusuf", "Zofia")
LAST = ("Abbott", "Berger", "Castillo", "Duarte", "Eriksen", "Fontaine", "Gallagher", "Hollis", "Ibsen", "Jovanovic",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quinlan", "Rasmussen", "Sandoval",
        "Takahashi", "Ulloa", "Vasquez", "Whitfield", "Yilmaz", "Zeller")
PLACES = ("Ashford", "Brennick", "Calder", "Dunmore", "Elstow", "Fernhill", "Glenroy", "Halvard", "Inverness",
          "Jarrow", "Kestrel", "Lowmoor", "Marsden", "Northam", "Oakridge")
BODIES = ("Tenants Union", "Chamber of Commerce", "Transport Trust", "Cycling Club", "Hospital Board",
          "Teachers Association", "Farmers Cooperative", "Port Authority")
ROLES = ("spokesperson", "chair", "director", "treasurer", "founder", "organiser")
CLAIMS = ("the plan would raise costs for families", "the council had ignored the evidence",
          "the change was overdue and would save money", "nobody had asked the people who live there",
          "the scheme would help small businesses", "the figures did not add up")


def _pool() -> list[str]:
    """Paragraphs of the evaluation articles, in a fixed order."""
    pool: list[str] = []
    for path in sorted((ROOT / "tests" / "evalset").glob("*/article.*")):
        if path.suffix not in (".md", ".txt", ".html"):
            continue
        try:
            article = read_article(path)
        except IngestError:
            continue
        pool.extend(block.text for block in article.blocks if block.kind == "paragraph"
                    and len(block.text.split()) >= 12)
    return pool


def _speaker_paragraph(rng: random.Random, number: int) -> str:
    name = f"{FIRST[number % len(FIRST)]} {LAST[(number // len(FIRST)) % len(LAST)]}"
    body = f"{PLACES[number % len(PLACES)]} {BODIES[(number // len(PLACES)) % len(BODIES)]}"
    return (f"{name}, the {rng.choice(ROLES)} of the {body}, said {rng.choice(CLAIMS)}. "
            f"“We will keep asking questions until we get answers,” {name.split()[0]} said.")


def long_article(chars: int, *, seed: int = 18) -> str:
    """Plain text of at least ``chars`` characters, with a headline."""
    rng = random.Random(seed)
    pool = _pool()
    paragraphs = ["Long report: the city's transport and technology hearings"]
    size, number = 0, 0
    while size < chars:
        if number % 2:
            text = _speaker_paragraph(rng, number // 2)
        else:
            text = f"{pool[(number // 2) % len(pool)]} The hearing moved on at {number // 60 + 9}:{number % 60:02d}."
        paragraphs.append(text)
        size += len(text) + 2
        number += 1
    return "\n\n".join(paragraphs) + "\n"


if __name__ == "__main__":
    sys.stdout.write(long_article(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
