"""What the actor stage builds while it reads: candidate names, mentions and actor drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

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


@dataclass(slots=True)
class Draft:
    name: str
    kind: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    anonymous: bool = False
    known: bool = False

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.text != self.name and mention.text not in self.aliases:
            self.aliases.append(mention.text)



@dataclass(slots=True)
class Candidate:
    name: str
    kind: str
    span: Span
    known: bool


