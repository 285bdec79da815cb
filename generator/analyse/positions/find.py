"""Each organisation's strategy on an openness question (open, closed or mixed), where the text says it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.analyse.actors.find import ActorResult
from generator.analyse.lexicons import load_lexicon
from generator.analyse.nlp import token_from
from generator.model import Article, Position, Sides

# What an organisation does when it opens up, and when it keeps things closed.
_OPEN = re.compile(
    r"\b(?:open(?:s|ed|ing)? (?:up |access|source|sourced|the (?:code|weights|model))|open[- ]source (?:approach|models?|strategy)"
    r"|open(?:ly)? releas\w*|releas\w* (?:\w+ ){0,4}(?:openly|under an? (?:open|permissive)\w*)|publish\w* (?:\w+ ){0,3}weights"
    r"|open[- ]weights?|make (?:\w+ ){0,3}available to (?:anyone|everyone)|let(?:s)? anyone download)\b", re.IGNORECASE)
_CLOSED = re.compile(
    r"\b(?:abandon\w*|renounc\w*|keep\w* (?:\w+ ){0,4}(?:closed|private|secret|proprietary)|closed (?:models?|source|approach)"
    r"|(?:has|have) not (?:published|released) (?:the )?weights|behind an? (?:\w+ )?api|through secure platforms"
    r"|withh[oe]ld\w*|proprietary)\b", re.IGNORECASE)


_NEGATED = re.compile(r"\b(?:not|never|no longer|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUNS = frozenset({"it", "its", "they", "their", "which", "who", "that"})


def find_positions(article: Article, doc: Doc, actors: ActorResult, sides: Sides | None = None) -> tuple[Position, ...]:
    """Open when an organisation opens or releases openly, closed when it keeps or abandons; both is mixed."""
    lexicon = load_lexicon()
    if lexicon.topic(sides.question if sides else "", article.text) is None:
        return ()
    kinds = {actor.id: actor.kind for actor in actors.actors}
    found: dict[str, tuple[set[str], list[str]]] = {}
    for sentence in article.sentences:
        masked: list[tuple[int, int]] = []
        for strategy, pattern in (("closed", _CLOSED), ("open", _OPEN)):
            for match in pattern.finditer(sentence.text):
                if strategy == "closed":
                    masked.append((match.start(), match.end() + 20))  # "abandoned open source"
                elif any(a <= match.start() < b for a, b in masked):
                    continue
                said = "closed" if strategy == "open" and _NEGATED.search(sentence.text[:match.start()]) \
                    else strategy  # "has not published the weights" is closed
                actor_id = _doer(doc, actors, kinds, sentence.start + match.start())
                if actor_id is None:
                    continue
                strategies, evidence = found.setdefault(actor_id, (set(), []))
                strategies.add(said)
                evidence.append(sentence.id)
    return tuple(Position(actor=actor_id, strategy="mixed" if len(s) > 1 else next(iter(s)),  # type: ignore[arg-type]
                          evidence=tuple(dict.fromkeys(e))) for actor_id, (s, e) in sorted(found.items()))


def _doer(doc: Doc, actors: ActorResult, kinds: dict[str, str], offset: int) -> str | None:
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


def _organisation(actors: ActorResult, kinds: dict[str, str], token: Token) -> str | None:
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
