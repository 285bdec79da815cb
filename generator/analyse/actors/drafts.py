"""What the actor stage builds while it reads: candidate names, mentions and actor drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from generator.analyse.contracts import Mention, Trace


@dataclass(slots=True)
class Draft:
    """An actor while the stage gathers its names, mentions and kind."""

    name: str
    kind: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    anonymous: bool = False
    known: bool = False
    trace: list[Trace] = field(default_factory=list)
    """The rules that made the actor, in order; one line per rule and detail."""

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        text = " ".join(mention.text.split())  # a name at the end of a heading keeps its line break
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def note(self, rule: str, detail: str, sentence: str | None = None) -> None:
        """Record a rule that applied; the same rule and detail again only adds its sentence."""
        for number, trace in enumerate(self.trace):
            if trace.rule == rule and trace.detail == detail:
                if sentence is not None and sentence not in trace.sentences:
                    self.trace[number] = Trace(trace.stage, rule, detail, (*trace.sentences, sentence))
                return
        self.trace.append(Trace("actors", rule, detail, (sentence,) if sentence is not None else ()))


@dataclass(slots=True)
class Candidate:
    """A name that may be an actor, with the kind its name and context suggest."""

    name: str
    kind: str
    span: Span
    known: bool
    origin: str = "named-entity"
    """How it was found: ``named-entity`` (spaCy), ``known-name`` (the knowledge file) or ``name-pattern``."""
    why: str = ""
    """What made it a candidate, for the trace."""
