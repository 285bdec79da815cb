"""The side each organisation takes by what it does, where the text says it: the topic pack names
the doings of each side ("releases its weights openly", "keeps it behind an API")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Found, TraceLog
from generator.analyse.nlp import token_from
from generator.model import Position

_NEGATED = re.compile(r"\b(?:not|never|no longer|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUNS = frozenset({"it", "its", "they", "their", "which", "who", "that"})


def find_positions(ctx: Context, actors: Cast) -> Found[Position]:
    """``for`` when an organisation does what the yes side does, ``against`` for the no side's doings
    (keeping, abandoning), ``mixed`` for both; nothing without a topic pack that names them."""
    topic = ctx.frame.topic
    if topic is None or not topic.positions:
        return Found(())
    article, doc = ctx.article, ctx.doc
    # The no side's doings first: they mask a yes-side phrase right after them ("abandoned open source").
    doings = sorted(topic.positions, key=lambda pair: pair[0] != "against")
    kinds = {actor.id: actor.kind for actor in actors.actors}
    found: dict[str, tuple[set[str], list[str]]] = {}
    log = TraceLog("positions")
    for sentence in article.sentences:
        masked: list[tuple[int, int]] = []
        for side, pattern in doings:
            for match in pattern.finditer(sentence.text):
                if side == "against":
                    masked.append((match.start(), match.end() + 20))
                elif any(a <= match.start() < b for a, b in masked):
                    continue
                said = "against" if side == "for" and _NEGATED.search(sentence.text[:match.start()]) \
                    else side  # "has not published the weights" is the no side
                actor_id = _doer(doc, actors, kinds, sentence.start + match.start())
                if actor_id is None:
                    continue
                strategies, evidence = found.setdefault(actor_id, (set(), []))
                strategies.add(said)
                evidence.append(sentence.id)
                negated = " (negated)" if said != side else ""
                log.add(actor_id, "doings", f"'{match.group(0)}'{negated}: what the {said} side does, "
                        f"in topic '{topic.name}'", (sentence.id,))
    return Found(tuple(Position(actor=actor_id, side="mixed" if len(s) > 1 else next(iter(s)),  # type: ignore[arg-type]
                                evidence=tuple(dict.fromkeys(e))) for actor_id, (s, e) in sorted(found.items())),
                 {actor_id: log.get(actor_id) for actor_id in found})


def _doer(doc: Doc, actors: Cast, kinds: Mapping[str, str], offset: int) -> str | None:
    """The organisation that is the subject of the verb the cue belongs to (or owns the thing opened)."""
    token = token_from(doc, offset)
    if token is None:
        return None
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX"):
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "agent")), None)
            if subject is not None:
                if subject.dep_ == "agent":
                    subject = next(iter(subject.children), subject)
                return _organisation(actors, kinds, subject)
        if current.dep_ == "poss" or current.head.i == current.i:
            break
        current = current.head
    # "Meta's open-source approach": the possessor of the noun phrase.
    owner = next((c for c in token.head.children if c.dep_ == "poss"), None)
    return _organisation(actors, kinds, owner) if owner is not None else None


def _organisation(actors: Cast, kinds: Mapping[str, str], token: Token) -> str | None:
    if token.lower_ in _PRONOUNS:
        # "as it renounced open source, the company ...": the organisation named in the sentence.
        sentence = token.sent
        named = [m for m in actors.mentions if sentence.start_char <= m.start < sentence.end_char
                 and kinds.get(actors.actor_at(m.start, m.end) or "") == "organization"]
        if named:
            nearest = min(named, key=lambda m: abs(m.start - token.idx))
            return actors.actor_at(nearest.start, nearest.end)
        return None
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    actor = actors.actor_covering(token.idx) or actors.actor_at(start, end)
    return actor if actor is not None and kinds.get(actor) == "organization" else None
