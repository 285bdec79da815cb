"""Arguments for and against the central question, with the actor who makes each."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.analyse.actors import ActorResult
from generator.analyse.ids import item_id, unique_ids
from generator.model import Actor, Argument, Article, Quote, Sides

# Theme cue words; a sentence that uses them argues one way unless negated.
THEMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "transparency": ("for", ("transparen", "accessib", "openness")),
    "community": ("for", ("community", "as a community", "identify and solve")),
    "demand": ("for", ("demand",)),
    "cost": ("for", ("inexpensive", "cheap", "free and", "free alternative", "low cost")),
    "innovation": ("for", ("innovation", "progress")),
    "safety": ("against", ("risk", "danger", "security", "misuse", "unsafe")),
    "power": ("against", ("too powerful", "extremely powerful", "bad idea", "not wise")),
    "profit": ("against", ("not profitable", "profitab")),
}
_NEGATION = re.compile(r"\b(?:not|no|never|nor|without)\b", re.IGNORECASE)


def find_arguments(article: Article, doc: Doc, actors: ActorResult, quotes: tuple[Quote, ...],
                   sides: Sides) -> tuple[Argument, ...]:
    """Find claims that argue for or against; quotes take their speaker's name."""
    speakers = {sid: quote.speaker for quote in quotes for sid in quote.evidence}
    drafts = []
    for sentence in article.sentences:
        lower = sentence.text.lower()
        for theme, (side, cues) in THEMES.items():
            if any(cue in lower for cue in cues):
                drafts.append((side, sentence.text, speakers.get(sentence.id), theme, (sentence.id,)))
                break
    ids = unique_ids([item_id("a", claim) for _, claim, *_ in drafts])
    return tuple(Argument(id=i, side=side, claim=claim, speaker=speaker, theme=theme, evidence=ev)  # type: ignore[arg-type]
                 for i, (side, claim, speaker, theme, ev) in zip(ids, drafts))


def stances(actors: tuple[Actor, ...], arguments: tuple[Argument, ...]) -> dict[str, str]:
    """Each actor's stance follows from the sides of the arguments it makes."""
    out: dict[str, str] = {}
    for actor in actors:
        sides = {argument.side for argument in arguments if argument.speaker == actor.id}
        out[actor.id] = "mixed" if len(sides) == 2 else (sides.pop() if sides else "none")
    return out
