"""What the stages hand each other: found items with their traces, the cast of actors, the voices.

A stage (see :mod:`generator.analyse.protocols`) takes the article's context and what earlier
stages found, and returns ``Found`` items: the model's items and, for each, the trace of the
rules that made it. Stages import this module, the context and the model, never another
stage's modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from generator.ids import name_id
from generator.model import Actor, Argument, Point, Stance

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Trace:
    """Why an item is there: the rule that made or changed it, and on what evidence."""

    stage: str
    """The stage that applied the rule (``actors``, ``quotes``, ``arguments`` ...)."""
    rule: str
    """A short name of the rule, such as ``speech-verb`` or ``evaluative-cue``."""
    detail: str
    """What the rule saw: the cue, the verb and its subject, the score."""
    sentences: tuple[str, ...] = ()
    """Ids of the sentences it looked at."""

    def as_dict(self) -> dict[str, object]:
        return {"stage": self.stage, "rule": self.rule, "detail": self.detail, "sentences": list(self.sentences)}


Traces = Mapping[str, tuple[Trace, ...]]
"""Item id -> its traces, in the order the rules applied."""


class TraceLog:
    """Collects the traces of one stage's items while the stage works."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self._by_key: dict[str, list[Trace]] = {}

    def add(self, key: str, rule: str, detail: str, sentences: Iterable[str] = ()) -> None:
        """Record that ``rule`` applied to the item ``key`` (an id, or a draft key renamed later)."""
        self._by_key.setdefault(key, []).append(Trace(self.stage, rule, detail, tuple(sentences)))

    def get(self, key: str) -> tuple[Trace, ...]:
        return tuple(self._by_key.get(key, ()))

    def keyed(self, pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[Trace, ...]]:
        """Traces under their items' final ids, from (draft key, item id) pairs."""
        return {item_id: self.get(key) for key, item_id in pairs}


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """The items a stage found and the trace of each, by item id."""

    items: tuple[T, ...]
    traces: Traces = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an actor."""

    key: str
    """Canonical name of the actor it refers to."""
    start: int
    end: int
    text: str
    sentence: str
    subject: bool = False
    """The mention is the subject of its clause."""
    named: bool = True
    """A name rather than a description ("the firm") of the actor."""


@dataclass(frozen=True, slots=True)
class Interview:
    """The question-and-answer structure of an interview, and who answers."""

    questions: tuple[str, ...]
    """Sentence ids of the interviewer's questions (none in an "as told to" profile)."""
    answers: tuple[str, ...]
    """Sentence ids of the answers: the interviewee's words."""
    interviewee: str | None
    """Actor id of who answers, when the text says."""
    how: str = ""
    """How the interviewee was found, for the trace."""

    def answering(self, sentence_id: str) -> str | None:
        """The interviewee when the sentence is part of an answer."""
        return self.interviewee if sentence_id in self.answers else None


@dataclass(frozen=True, slots=True)
class Cast:
    """The actors of an article, every mention of each, and who makes which product."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...] = ()
    """Every mention, in text order."""
    makers: tuple[tuple[str, str], ...] = ()
    """(product id, maker id) for known products whose maker the text also names."""
    traces: Traces = field(default_factory=dict)
    interview: Interview | None = None
    """The page's question-and-answer structure, when it is an interview."""
    own_voice: str | None = None
    """Actor id of who the article's own "we" is, when the text says (an open letter's signatories)."""

    def maker(self, actor_id: str | None) -> str | None:
        """The actor that makes a product ("Meta" for its model), when the text names it."""
        return next((maker for product, maker in self.makers if product == actor_id), None)

    def actor_covering(self, offset: int) -> str | None:
        """Id of the actor whose mention contains the character at ``offset`` (the shortest
        such mention: the name itself rather than a description around it)."""
        covering = [m for m in self.mentions if m.start <= offset < m.end]
        if not covering:
            return None
        return name_id(min(covering, key=lambda m: (m.end - m.start, m.start)).key)

    def actor_at(self, start: int, end: int) -> str | None:
        """Id of the actor mentioned within ``[start, end)``, the longest mention first."""
        best: Mention | None = None
        for mention in self.mentions:
            if mention.start >= start and mention.end <= end:
                if best is None or (mention.end - mention.start) > (best.end - best.start):
                    best = mention
        return name_id(best.key) if best else None

    def kind(self, actor_id: str | None) -> str | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor.kind
        return None

    def with_names(self, text: str, start: int) -> str:
        """``text`` (found at offset ``start`` of the article) with ``[Name]`` after each mention that
        is not a name ("the American giant [Meta]"), unless the text writes the name itself: a
        sentence that leaves the article for a key point or a timeline still says who it means."""
        names = {actor.id: actor.name for actor in self.actors}
        inserts: dict[int, str] = {}
        end = start + len(text)
        for mention in self.mentions:
            if mention.named or not start <= mention.start < end or mention.end > end:
                continue
            name = names.get(name_id(mention.key))
            if name and name.casefold() not in text.casefold():
                inserts.setdefault(mention.end - start, f" [{name}]")
        for at, insert in sorted(inserts.items(), reverse=True):
            text = text[:at] + insert + text[at:]
        return text

    def in_sentence(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of the actors mentioned between two offsets (a sentence), in order of mention."""
        return tuple(dict.fromkeys(
            actor_id for m in self.mentions if start <= m.start < end
            for actor_id in [self.actor_at(m.start, m.end)] if actor_id))


Narrator = Literal["I", "we"]


@dataclass(frozen=True, slots=True)
class Voices:
    """Who speaks in each sentence, and whether the article argues in its own voice."""

    speakers: Mapping[str, tuple[str | None, bool]]
    """Sentence id -> (speaker's actor id or ``None``, whether the sentence is quoted speech)."""
    narrator: Narrator | None = None
    """``I`` (an op-ed) or ``we`` (a statement) when the narrator argues in the first person."""
    narrators: tuple[str, ...] = ()
    """Actor ids of the article's own voice: its authors and, for a "we", their organisation."""

    def of(self, sentence_id: str) -> tuple[str | None, bool]:
        return self.speakers.get(sentence_id, (None, False))


@dataclass(frozen=True, slots=True)
class Arguments(Found[Argument]):
    """Arguments, and the side the headline takes when the article argues in its own voice."""

    thesis: int | None = None
    """+1 or -1 (for or against), 0 (no side), ``None`` when the article reports rather than argues."""
    declared: Mapping[str, str] = field(default_factory=dict)
    """Actor id -> ``for``, ``against`` or ``mixed``: sides actors declare by a verb ("X opposes the plan")."""


@dataclass(frozen=True, slots=True)
class ActorStance:
    """One actor's stance on the question."""

    actor: str
    stance: Stance


@dataclass(frozen=True, slots=True)
class Summary:
    """What the overview shows first."""

    lede: Point | None
    key_points: tuple[Point, ...]
    background: tuple[Point, ...]
    brief: tuple[Point, ...] = ()
    """Who stands on each side and why, one cited clause each."""
