"""What the actor stage builds while it reads: candidate names, mentions and actor drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from generator.analyse.contracts import Mention

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


