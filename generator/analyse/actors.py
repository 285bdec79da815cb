"""Actors: people, organisations, products, outlets and groups, and where they are mentioned.

spaCy's entities are the starting point. Names are repaired and typed (:mod:`names`), the
knowledge file gives canonical names and kinds of well-known entities, and rules merge the
many names of one actor: surnames and first names, acronyms defined in the text, corporate
suffixes, appositions, definite descriptions ("the firm") and anonymous people ("a Google
researcher", later "the expert").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from generator.analyse import descriptions as desc
from generator.analyse.furniture import furniture_ranges
from generator.analyse.groups import GroupMention, find_groups
from generator.analyse.ids import name_id
from generator.analyse.nicknames import is_nickname_of, one_edit_apart
from generator.analyse.names import (
    CORPORATE_SUFFIXES,
    ORG_SUFFIXES,
    TITLES,
    clean_name,
    guess_kind,
    initials,
    is_acronym,
    is_junk,
    split_coordination,
    strip_possessive,
    tidy_span,
    title_ranges,
)
from generator.analyse.spans import SentenceIndex
from generator.knowledge import Knowledge
from generator.model import Actor, Article

__all__ = ["ActorResult", "Mention", "clean_name", "find_actors"]

_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"})
# Words that end a longer spelling of a name written elsewhere without them.
_VARIANT_SUFFIXES = frozenset("magazine newspaper inc inc. corp corp. corporation co co. ltd ltd. llc plc".split())
_EMPLOYED = re.compile(r"^([a-z][\w-]*) (?:from|at) ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})$")
_POSSESSED = re.compile(r"^(\S.*?)['’]s\s+([A-Z0-9].*)$")
_ACRONYM_DEFINED = re.compile(r"([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'&.-]*))+)\s+\(([A-Z]{2,7})\)")
_ANONYMOUS = re.compile(r"not (?:be )?(?:to be )?(?:named|identified)|anonymity|anonymously", re.IGNORECASE)
_SPEECH = frozenset("say tell warn insist add admit explain argue claim note write state declare "
                    "announce ask reply respond answer acknowledge concede suggest".split())


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
class _Draft:
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


@dataclass(frozen=True, slots=True)
class ActorResult:
    """Actors and their mentions, for the quote and argument stages."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]

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


@dataclass(slots=True)
class _Candidate:
    name: str
    kind: str
    span: Span
    known: bool


def find_actors(article: Article, doc: Doc, knowledge: Knowledge) -> ActorResult:
    """Find the actors of an article and every sentence that mentions each."""
    index = SentenceIndex(article)
    teasers, contacts = furniture_ranges(article)
    titles = title_ranges(article.text) + teasers
    candidates = [c for c in _candidates(doc, knowledge)
                  if not any(s <= c.span.start_char and c.span.end_char <= e for s, e in titles)
                  and (c.kind == "person" or not any(s <= c.span.start_char < e for s, e in contacts))]
    keys = _canonical_keys(candidates, article.text, knowledge)
    drafts: dict[str, _Draft] = {}
    for cand in candidates:
        key = keys.get(cand.name)
        if key is None:
            continue
        entity = knowledge.entity(key)
        draft = drafts.get(key)
        if draft is None:
            kind = entity.kind if entity else _vote_kind(key, keys, candidates)
            draft = drafts[key] = _Draft(key, kind, entity.description if entity else None, known=entity is not None)
        span = cand.span
        draft.add(Mention(key, span.start_char, span.end_char, span.text, index.at(span.start_char),
                          subject=span.root.dep_ in ("nsubj", "nsubjpass")))
        leading = desc.leading_apposition(span)
        for apposition in desc.appositions(span) + ([leading] if leading is not None else []):
            noun_kind = desc.kind_of_noun(apposition.root)
            if noun_kind is not None and draft.known and (noun_kind == "person") != (draft.kind == "person"):
                continue  # "The Verge, the VP for AI research at X, Jane Doe": the noun is someone else's
            if apposition is not leading and _introduces_name(apposition):
                continue
            if apposition.text not in draft.aliases and len(apposition) <= 10:
                draft.aliases.append(apposition.text)
                draft.mentions.append(Mention(key, apposition.start_char, apposition.end_char, apposition.text,
                                              index.at(apposition.start_char), named=False,
                                              subject=apposition is leading and span.root.head.dep_ in ("nsubj", "nsubjpass")))
            if draft.description is None:
                draft.description = apposition.text
            if not draft.known and noun_kind in ("person", "organization") and len(draft.mentions) <= 2:
                draft.kind = noun_kind  # "Green Horizon, the environmental group"
    _people_by_pronoun(doc, drafts)
    _add_short_names(doc, drafts, index)
    _add_descriptions(doc, drafts, index, article)
    _add_groups(doc, drafts, index)
    for name in [n for n, d in drafts.items() if _only_setting(doc, d)]:
        del drafts[name]
    headings = {s.id for s in article.sentences if s.kind == "heading"}
    kept = [d for d in drafts.values()
            if d.mentions and (d.known or any(m.sentence not in headings for m in d.mentions))]
    actors = [_to_actor(draft) for draft in kept]
    actors.sort(key=lambda actor: (-len(actor.mentions), actor.name))
    mentions = [m for d in kept for m in d.mentions]
    return ActorResult(actors=tuple(actors), mentions=tuple(sorted(mentions, key=lambda m: (m.start, -m.end))))


def _candidates(doc: Doc, knowledge: Knowledge) -> list[_Candidate]:
    """Named entities that can be actors, repaired and typed."""
    glossary = {entry.term.casefold() for entry in knowledge.glossary}
    glossary |= {v.casefold() for entry in knowledge.glossary for v in entry.variants}
    glossary |= {(entry.abbreviation or "").casefold() for entry in knowledge.glossary}
    out: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        spans = []
        tidy = tidy_span(ent)
        if tidy is not None:
            if tidy.start > ent.start and any(t.tag_ == "POS" for t in ent[: tidy.start - ent.start]):
                owner = tidy_span(doc[ent.start: next(t.i for t in ent if t.tag_ == "POS")])
                if owner is not None:
                    spans.append(owner)  # "Meta’s LLaMA" mentions Meta too
            spans.extend(split_coordination(tidy))
        for span in spans:
            owned = _POSSESSED.match(span.text)
            if owned is not None:
                rest = span.doc.char_span(span.start_char + owned.start(2), span.end_char)
                if rest is not None:
                    span = rest  # "Meta’s Llama 2" names Llama 2
            name = clean_name(span.text)
            entity = knowledge.entity(name) or knowledge.entity(_drop_suffix(name)) or knowledge.entity(span.text)
            if entity is None and (is_junk(name) or name.casefold() in glossary):
                continue
            kind = entity.kind if entity else guess_kind(span, name, ent.label_)
            if kind is None or (ent.label_ == "NORP" and entity is None):
                continue
            out.append(_Candidate(entity.name if entity else name, kind, span, entity is not None))
    out.extend(_known_names(doc, knowledge, out))
    return out


def _known_names(doc: Doc, knowledge: Knowledge, found: list[_Candidate]) -> list[_Candidate]:
    """Names of well-known entities the parser did not mark ("the famous chatbot ChatGPT",
    "the American site The Verge"), spelt exactly as in the knowledge file. A one-word name
    that is also an ordinary word ("Apple", "Claude") counts only where it is not the first
    word of a sentence and the text never writes it in lower case."""
    text = doc.text
    covered = {i for c in found for i in range(c.span.start, c.span.end)}
    out: list[_Candidate] = []
    for entity in dict.fromkeys(knowledge.entities.values()):
        for name in dict.fromkeys((entity.name, *entity.aliases)):
            if len(name) < 3 or name not in text:
                continue
            plain = " " not in name and name.isalpha() and name[1:].islower()
            if plain and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                span = doc.char_span(match.start(), match.end())
                if span is None or any(t.i in covered for t in span):
                    continue
                if plain and span[0].is_sent_start:
                    continue
                after = doc[span.end] if span.end < len(doc) else None
                if after is not None and (after.like_num or after.text[:1].isdigit()
                                          or after.pos_ == "PROPN" and after.is_title):
                    continue  # part of a longer name: "Llama 3", "Google Cloud"
                covered.update(t.i for t in span)
                out.append(_Candidate(entity.name, entity.kind, span, True))
    return out


def _introduces_name(phrase: Span) -> bool:
    """The phrase is followed by a comma and a person's name: it describes that person."""
    doc = phrase.doc
    at = phrase.end
    while at < len(doc) and doc[at].text == ",":
        at += 1
    return at > phrase.end and at < len(doc) and doc[at].ent_type_ == "PERSON"


def _drop_suffix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(",") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def _canonical_keys(candidates: list[_Candidate], text: str, knowledge: Knowledge) -> dict[str, str | None]:
    """Map every candidate name to the canonical name of its actor (``None``: not an actor)."""
    keys: dict[str, str | None] = {}
    names = list(dict.fromkeys(c.name for c in candidates))
    kinds = {c.name: c.kind for c in candidates}
    known = {c.name for c in candidates if c.known}
    for name in names:
        keys[name] = name if name in known else _drop_suffix(name)
    bases = set(keys.values())
    for name in names:
        if keys[name]:
            kinds.setdefault(keys[name], kinds[name])  # "Acme Trading" from "Acme Trading Inc."
    defined = {acr: _drop_suffix(clean_name(long)) for long, acr in _ACRONYM_DEFINED.findall(text)}
    people = [n for n in bases if kinds.get(n) == "person" and len(n.split()) >= 2]
    orgs = [n for n in bases if n and kinds.get(n) in ("organization", "media") and len(n.split()) >= 2]
    subjects = {c.name for c in candidates if c.span.root.dep_ in ("nsubj", "nsubjpass")}
    counts = {n: sum(c.name == n for c in candidates) for n in names}
    for name in names:
        base = keys[name]
        if name in known or base is None:
            continue
        words = base.split()
        if len(words) > 1 and words[-1].casefold() in _VARIANT_SUFFIXES:
            short = " ".join(words[:-1])
            entity = knowledge.entity(short)
            if short in bases or entity is not None:
                keys[name] = entity.name if entity is not None else short  # "Acme Magazine" is "Acme"
                continue
        if " " not in base:
            if base in defined and defined[base] in bases:
                keys[name] = defined[base]
                continue
            variant = _name_variant(base, people, counts, kinds.get(name))
            if variant is not None:
                keys[name] = variant  # "Jim" for James Hale, "Hael" for Hale
                continue
            if is_acronym(base):
                match = [o for o in orgs if initials(o) == base]
                if len(match) == 1:
                    keys[name] = match[0]
                    continue
            owners = [p for p in people if base in (p.split()[0], p.split()[-1])]
            if len(set(owners)) == 1 and kinds.get(name) != "product":
                keys[name] = owners[0]
                continue
            if len(set(owners)) > 1:
                keys[name] = None  # "Paul" beside "Ron Paul" and "Rand Paul": cannot tell
                continue
            if base not in subjects and not base.istitle() and kinds.get(name) == "organization" \
                    and not any(ch.isdigit() for ch in base):
                keys[name] = None  # "HPC", "RoPE": a term typed as a firm; a firm would act
                continue
            longer = [o for o in orgs if base in o.split() and o != base]
            if longer and not knowledge.entity(base):
                extensions = [o for o in longer if o.startswith(base + " ") and
                              all(w.casefold() in ORG_SUFFIXES for w in o.split()[1:])]
                starting = [o for o in longer if o.startswith(base + " ")]
                if len(extensions) == 1:
                    keys[name] = extensions[0]  # "Mistral" is "Mistral AI"
                elif len(starting) == 1 and len(longer) == 1:
                    keys[name] = starting[0]  # "Taylor employed 500" after "Taylor International Corp."
                elif name not in subjects:
                    keys[name] = None  # "Kelford" beside "Kelford District Council": a place
    return keys


def _name_variant(word: str, people: list[str], counts: dict[str, int], kind: str | None) -> str | None:
    """The one person a lone word names under another spelling: a nickname of their first
    name, or a one-letter misspelling of their surname used less often than the name."""
    if any(word in p.split() for p in people):
        return None
    nick = {p for p in people if is_nickname_of(word, p.split()[0])}
    if len(nick) == 1:
        return nick.pop()
    if kind != "person" or len(word) < 5:
        return None
    typo = {p for p in people if one_edit_apart(word, p.split()[-1]) and word[0] == p.split()[-1][0]}
    if len(typo) == 1:
        person = next(iter(typo))
        if counts.get(word, 0) < counts.get(person, 0) + counts.get(person.split()[-1], 0):
            return person
    return None


def _vote_kind(key: str, keys: dict[str, str | None], candidates: list[_Candidate]) -> str:
    """The kind most candidates give; longer names count double ("Acme" may look like a person,
    "Acme Corp." does not)."""
    votes: dict[str, int] = {}
    if any(c.name == key and c.kind == "person" for c in candidates) and " " in key:
        return "person"  # a full name typed as a person once is a person
    for cand in candidates:
        if keys.get(cand.name) == key:
            votes[cand.kind] = votes.get(cand.kind, 0) + (2 if " " in cand.name else 1)
    return max(sorted(votes), key=lambda kind: votes[kind])


# Prepositions that make their object a place where things happen.
_PLACE_PREPS = frozenset("in near across around outside inside into through throughout within".split())


def _only_setting(doc: Doc, draft: _Draft) -> bool:
    """A name typed as an organisation that the text only uses as a place ("homes in West
    Docks", "Quayside residents"): a setting, not an actor."""
    if draft.known or draft.anonymous or draft.kind != "organization" or len(draft.name.split()) > 3 \
            or draft.name.split()[-1].casefold() in ORG_SUFFIXES:
        return False
    uses = set()
    for mention in draft.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        if not mention.named:
            uses.add("other")
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS \
                and root.head.head.lemma_.lower() not in ("publish", "print", "appear", "write", "report"):
            uses.add("place")
        elif root.dep_ != "compound":
            uses.add("other")
    return uses == {"place"}


def _people_by_pronoun(doc: Doc, drafts: dict[str, _Draft]) -> None:
    """A two- or three-word name typed as an organisation is a person when the next sentence
    goes on with "he" or "she" and no other name comes between ("Nadia Brook founded the
    bakery. She said ...")."""
    starts = sorted(m.start for d in drafts.values() for m in d.mentions)
    for draft in drafts.values():
        words = draft.name.split()
        if draft.known or draft.kind != "organization" or not 2 <= len(words) <= 3 \
                or not all(w[:1].isupper() and w.isalpha() for w in words) \
                or words[-1].casefold() in ORG_SUFFIXES:
            continue
        votes = {"person": 0, "thing": 0}
        for mention in draft.mentions:
            if not mention.named:
                continue
            following = [s for s in starts if s >= mention.end]
            limit = following[0] if following else len(doc.text)
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            sentence_ends = 0
            for token in doc[span.end:]:
                if token.idx >= limit or sentence_ends > 1:
                    break
                sentence_ends += token.is_sent_start
                if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
                    votes["person"] += 1
                    break
                if token.lower_ in ("it", "its") or token.lower_ == "they" and token.dep_ == "nsubj":
                    votes["thing"] += 1
                    break
        if votes["person"] > votes["thing"]:
            draft.kind = "person"


def _add_short_names(doc: Doc, drafts: dict[str, _Draft], index: SentenceIndex) -> None:
    """Surnames the parser did not mark as names ("Hale said") still mention the person."""
    short: dict[str, _Draft | None] = {}
    for draft in drafts.values():
        parts = draft.name.split()
        if draft.kind == "person" and len(parts) >= 2:
            for part in {parts[-1]}:
                short[part] = None if part in short and short[part] is not draft else draft
    covered = {i for d in drafts.values() for m in d.mentions for i in range(m.start, m.end)}
    for token in doc:
        draft = short.get(token.text)
        if draft is None or token.idx in covered or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        draft.add(Mention(draft.name, token.idx, token.idx + len(token), token.text, index.at(token.idx),
                          subject=token.dep_ in ("nsubj", "nsubjpass")))


def _add_descriptions(doc: Doc, drafts: dict[str, _Draft], index: SentenceIndex, article: Article) -> None:
    """Anonymous people, then definite descriptions resolved to the most salient fitting actor."""
    order = {s.id: i for i, s in enumerate(article.sentences)}
    taken = [(m.start, m.end) for d in drafts.values() for m in d.mentions]

    def free(span: Span) -> bool:
        return not any(s <= span.start_char < e for s, e in taken)

    for span, head in desc.indefinite_descriptions(doc):
        if not free(span):
            continue
        text = span.text.strip(" ,\n\t")
        name = text if text.lower().startswith("one of") else re.sub(r"^(?:a|an|one)\s+", "", text, flags=re.I)
        employed = _EMPLOYED.match(name)
        if employed is not None:
            name = f"{employed.group(2)} {employed.group(1)}"  # "engineer from Acme" -> "Acme engineer"
        draft = drafts.setdefault(name, _Draft(name, "person", anonymous=True))
        draft.add(Mention(name, span.start_char, span.start_char + len(text), text, index.at(span.start_char),
                          subject=head.dep_ in ("nsubj", "nsubjpass") or span.root.dep_ == "nsubj", named=False))
        taken.append((span.start_char, span.end_char))
    _merge_introductions(doc, drafts, order)
    resolved: list[tuple[Span, str, _Draft, bool]] = []
    for span, head, kind in desc.definite_descriptions(doc):
        if not free(span):
            continue
        sentence = index.at(span.start_char)
        noun = head.lemma_.lower()
        target = _salient(drafts, kind, noun, span.start_char, order[sentence], order, doc.text)
        if noun in desc.TYPED_NOUNS and (target is None or noun not in target.name.casefold().split()):
            target = None  # "the council" is a council: only a named one, or an institution of its own
        if target is None:
            if noun not in desc.INSTITUTIONS:
                continue
            name = doc[span.start + 1: head.i + 1].text  # "the national government" -> "national government"
            same = [d for d in drafts.values() if d.anonymous and d.kind == "organization"
                    and d.name.casefold().split()[-1] == noun]
            target = same[0] if same else drafts.setdefault(name, _Draft(name, "organization", anonymous=True))
        fits = _called(target, noun, span.start_char, doc.text)
        resolved.append((span, sentence, target, fits))
        taken.append((span.start_char, span.end_char))
    # One description, one actor: "the company" said of three firms is kept for the one already
    # called so ("Judge X" ... "the judge"), else for the most named one.
    owners: dict[str, tuple[bool, int, _Draft]] = {}
    for span, _, target, fits in resolved:
        text = strip_possessive(span.text.strip(" ,\n\t")).casefold()
        current = owners.get(text)
        if current is None or (fits, _named(target)) > current[:2]:
            owners[text] = (fits, _named(target), target)
    owner_of = {text: draft for text, (_, _, draft) in owners.items()}
    for span, sentence, target, _ in resolved:
        text = strip_possessive(span.text.strip(" ,\n\t"))
        if owner_of[text.casefold()] is not target:
            continue
        target.add(Mention(target.name, span.start_char, span.start_char + len(text), text, sentence,
                           subject=span.root.dep_ in ("nsubj", "nsubjpass"), named=False))


# Abbreviated titles and the nouns that recall them ("Gov. X" ... "the governor").
_TITLE_NOUNS = {"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator",
                "rep.": "representative", "prof.": "professor", "prof": "professor", "gen.": "general",
                "supt.": "superintendent", "insp.": "inspector", "det.": "detective"}


def _title_of(text: str | list[str]) -> str | None:
    """The title a mention opens with, as a noun: "Judge Ann Roe" -> "judge"."""
    words = text.split() if isinstance(text, str) else text
    if not words:
        return None
    first = words[0].casefold()
    if first not in TITLES or first in ("the", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."):
        return None
    return _TITLE_NOUNS.get(first, first)


def _called(draft: _Draft, noun: str, offset: int, text: str) -> bool:
    """Whether the actor was called by ``noun`` before ``offset``: in its name ("Kelford
    District Council" for "the council"), a description ("its operator, X") or a title
    ("Judge X", "Gov. X" for "the judge", "the governor")."""
    before = [m for m in draft.mentions if m.end <= offset]
    if not before:
        return False
    if noun in draft.name.casefold().split():
        return True
    return any((" " in m.text and (m.text.casefold().split()[-1:] == [noun] or _title_of(m.text) == noun))
               or (m.named and _title_of(text[max(0, m.start - 16):m.start].split()[-1:]) == noun)
               for m in before)


def _add_groups(doc: Doc, drafts: dict[str, _Draft], index: SentenceIndex) -> None:
    """Groups that act ("researchers and businesses", "climate scientists"). Phrases with the
    same head noun are one group, named by its first salient phrase."""
    covered = {i for d in drafts.values() for m in d.mentions for i in range(m.start, m.end)}
    by_head: dict[str, list[GroupMention]] = {}
    for group in find_groups(doc):
        if group.span[-1].idx not in covered:  # else the noun belongs to a name or description
            by_head.setdefault(group.head, []).append(group)
    for groups in by_head.values():
        salient = [g for g in groups if g.salient]
        if not salient:
            continue
        name = salient[0].name
        draft = drafts.get(name)
        if draft is None:
            draft = drafts[name] = _Draft(name, "group")
        elif draft.kind != "group":
            continue
        for group in groups:
            span = group.span
            text = span.text.strip(" ,")
            draft.add(Mention(name, span.start_char, span.start_char + len(text), text,
                              index.at(span.start_char), subject=group.subject, named=False))


def _named(draft: _Draft) -> int:
    return sum(m.named for m in draft.mentions)


def _salient(drafts: dict[str, _Draft], kind: str, noun: str, offset: int, sentence: int,
             order: dict[str, int], text: str = "") -> _Draft | None:
    """The actor a description most likely means: same kind, mentioned in the last three
    sentences; the more mentions so far, the more recent, and a subject, the likelier. An
    actor already called by the same noun ("its operator, X" ... "the operator") needs no
    recent mention."""
    best, best_score = None, 0.0
    for draft in drafts.values():
        fits = draft.kind == kind or (kind == "organization" and draft.kind in ("media", "group"))
        if not fits:
            continue
        before = [m for m in draft.mentions if m.end <= offset]
        same_noun = _called(draft, noun, offset, text)
        recent = [m for m in before if sentence - order[m.sentence] <= 3]
        if not recent and not same_noun:
            continue
        last = max((order[m.sentence] for m in recent), default=sentence - 3)
        score = sum(m.named for m in before) + 2.0 * (3 - (sentence - last)) + 2.0 * any(m.subject for m in recent)
        if same_noun:
            score += 10  # "the council" after "Kelford District Council"; "the operator" after "its operator, X"
        if score > best_score:
            best, best_score = draft, score
    return best


def _merge_introductions(doc: Doc, drafts: dict[str, _Draft], order: dict[str, int]) -> None:
    """"One of the co-founders of OpenAI admitted ... “...”, warned Ilya Sutskever": an anonymous
    person followed within two sentences by a newly named speaker is that person."""
    people = [d for d in drafts.values() if d.kind == "person" and not d.anonymous]
    for anon in [d for d in drafts.values() if d.anonymous and d.kind == "person"]:
        first = min(anon.mentions, key=lambda m: m.start)
        sentence_text = doc.char_span(first.start, first.end, alignment_mode="expand")
        if sentence_text is None or _ANONYMOUS.search(sentence_text.sent.text):
            continue
        here = order[first.sentence]
        later = []
        for person in people:
            start = min(person.mentions, key=lambda m: m.start)
            if start.start > first.end and 0 <= order[start.sentence] - here <= 4:
                later.append((start.start, person, start))
        if not later:
            continue
        _, person, mention = min(later, key=lambda item: item[0])
        token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if token is None or token.root.head.lemma_.lower() not in _SPEECH:
            continue
        for m in anon.mentions:
            m.key = person.name
            person.add(m)
        if person.description is None:
            person.description = first.text
        del drafts[anon.name]


def _to_actor(draft: _Draft) -> Actor:
    sentences = tuple(dict.fromkeys(m.sentence for m in sorted(draft.mentions, key=lambda m: m.start)))
    return Actor(
        id=name_id(draft.name), name=draft.name, kind=draft.kind,  # type: ignore[arg-type]
        aliases=tuple(draft.aliases), description=draft.description, stance="none",
        mentions=sentences,
    )
