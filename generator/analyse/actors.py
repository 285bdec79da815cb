"""Actors: people, organisations, products, outlets and groups, and where they are mentioned.

spaCy's entities are the starting point; the knowledge file corrects kinds and names, and
rules merge the many names of one actor (possessives, surnames, definite descriptions).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from generator.analyse.ids import name_id
from generator.analyse.spans import SentenceIndex
from generator.knowledge import Knowledge
from generator.model import Actor, Article

_LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "PRODUCT": "product",
                "WORK_OF_ART": "product", "GPE": "organization", "NORP": "group", "FAC": "organization"}
# Labels spaCy uses for things that are never actors unless the knowledge file says so.
_WEAK_LABELS = frozenset({"GPE", "NORP", "WORK_OF_ART", "FAC"})
# Head nouns of definite descriptions, by the kind of actor they can refer to.
DESCRIPTION_NOUNS: dict[str, frozenset[str]] = {
    "organization": frozenset("company firm group giant startup start-up lab laboratory business "
                              "organisation organization corporation institute agency heavyweight "
                              "maker developer publisher giant conglomerate nonprofit".split()),
    "person": frozenset("expert researcher scientist co-founder cofounder founder executive boss "
                        "chief official spokesman spokeswoman spokesperson engineer author analyst "
                        "minister senator governor mayor president professor economist".split()),
    "product": frozenset("model chatbot system tool product software app".split()),
}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an actor."""

    key: str
    """Canonical name of the actor it refers to."""
    start: int
    end: int
    text: str
    sentence: str


@dataclass(slots=True)
class _Draft:
    name: str
    kind: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorResult:
    """Actors and their mentions, for the quote and argument stages."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]

    def actor_covering(self, offset: int) -> str | None:
        """Id of the actor whose mention contains the character at ``offset``."""
        for mention in self.mentions:
            if mention.start <= offset < mention.end:
                return name_id(mention.key)
        return None

    def actor_at(self, start: int, end: int) -> str | None:
        """Id of the actor mentioned within ``[start, end)``, the longest mention first."""
        best: Mention | None = None
        for mention in self.mentions:
            if mention.start >= start and mention.end <= end:
                if best is None or (mention.end - mention.start) > (best.end - best.start):
                    best = mention
        return name_id(best.key) if best else None


def clean_name(text: str) -> str:
    """Strip a possessive and a leading article: "the Meta's" -> "Meta"."""
    text = _LEADING_ARTICLE.sub("", text.strip())
    return _POSSESSIVE.sub("", text).strip(" ,.;:–—-\"'“”‘’")


def find_actors(article: Article, doc: Doc, knowledge: Knowledge) -> ActorResult:
    """Find the actors of an article and every sentence that mentions each."""
    index = SentenceIndex(article)
    drafts: dict[str, _Draft] = {}
    mentions: list[Mention] = []
    glossary_words = {entry.term.casefold() for entry in knowledge.glossary}
    glossary_words |= {v.casefold() for entry in knowledge.glossary for v in entry.variants}
    glossary_words |= {(entry.abbreviation or "").casefold() for entry in knowledge.glossary}

    for span in doc.ents:
        name = clean_name(span.text)
        if len(name) < 2 or not any(ch.isalpha() for ch in name):
            continue
        entity = knowledge.entity(name)
        if entity is None and (span.label_ not in _LABEL_KINDS or span.label_ in _WEAK_LABELS):
            continue
        if entity is None and name.casefold() in glossary_words:
            continue
        canonical = entity.name if entity else _merge_target(name, span.label_, drafts) or name
        kind = entity.kind if entity else _guess_kind(name, span.label_)
        draft = drafts.setdefault(canonical, _Draft(canonical, kind, entity.description if entity else None))
        if span.text != canonical and span.text not in draft.aliases:
            draft.aliases.append(span.text)
        mention = Mention(canonical, span.start_char, span.end_char, span.text, index.at(span.start_char))
        draft.mentions.append(mention)
        mentions.append(mention)
        _add_apposition(draft, span)

    mentions.extend(_definite_descriptions(doc, drafts, index))
    actors = [_to_actor(draft) for draft in drafts.values() if draft.mentions]
    actors.sort(key=lambda actor: (-len(actor.mentions), actor.name))
    return ActorResult(actors=tuple(actors), mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _guess_kind(name: str, label: str) -> str:
    if label == "ORG" and re.search(r"\d", name) and len(name.split()) <= 2:
        return "product"  # "GPT-4", "Llama 2": models the small model calls organisations
    return _LABEL_KINDS.get(label, "organization")


def _merge_target(name: str, label: str, drafts: dict[str, _Draft]) -> str | None:
    """A person's surname or first name alone refers to the person already named in full."""
    if label != "PERSON" or " " in name:
        return None
    for draft in drafts.values():
        parts = draft.name.split()
        if draft.kind == "person" and len(parts) > 1 and name in (parts[0], parts[-1]):
            return draft.name
    return None


def _add_apposition(draft: _Draft, span: Span) -> None:
    if draft.description:
        return
    for token in span.root.children:
        if token.dep_ == "appos" and token.i > span.end - 1:
            words = list(token.subtree)
            text = span.doc[words[0].i: words[-1].i + 1].text.strip(" ,")
            if 2 <= len(text.split()) <= 14:
                draft.description = text
                return


def _definite_descriptions(doc: Doc, drafts: dict[str, _Draft], index: SentenceIndex) -> list[Mention]:
    """Resolve "the firm", "the company headed by X", "the expert" to the latest fitting actor."""
    out: list[Mention] = []
    by_start: dict[int, _Draft] = {}
    for draft in drafts.values():
        for mention in draft.mentions:
            by_start[mention.start] = draft
    latest: dict[str, _Draft] = {}
    taken = defaultdict(bool)
    for token in doc:
        if token.idx in by_start:
            latest[by_start[token.idx].kind] = by_start[token.idx]
        if token.lower_ != "the" or token.head.i <= token.i:
            continue
        head = token.head
        for kind, nouns in DESCRIPTION_NOUNS.items():
            if head.lemma_.lower() in nouns and kind in latest and head.pos_ == "NOUN":
                draft = latest[kind]
                words = list(head.subtree)
                span = doc[words[0].i: words[-1].i + 1]
                if taken[span.start_char] or span.start_char in by_start:
                    break
                taken[span.start_char] = True
                text = span.text if len(span) <= 8 else doc[token.i: head.i + 1].text
                mention = Mention(draft.name, span.start_char, span.start_char + len(text), text,
                                  index.at(span.start_char))
                draft.mentions.append(mention)
                if text not in draft.aliases:
                    draft.aliases.append(text)
                out.append(mention)
                break
    return out


def _to_actor(draft: _Draft) -> Actor:
    sentences = tuple(dict.fromkeys(m.sentence for m in sorted(draft.mentions, key=lambda m: m.start)))
    return Actor(
        id=name_id(draft.name), name=draft.name, kind=draft.kind,  # type: ignore[arg-type]
        aliases=tuple(draft.aliases), description=draft.description, stance="none",
        mentions=sentences,
    )
