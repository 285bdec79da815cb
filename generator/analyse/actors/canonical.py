"""One actor, many names: mapping every candidate name to the canonical name of its actor.

Surnames and first names of people already named, nicknames and misspellings, acronyms
defined in the text, corporate suffixes, and the first word of one longer firm's name.
"""

from __future__ import annotations

import re

from generator.analyse.actors.descriptions import ORG_NOUNS
from generator.analyse.actors.drafts import Candidate
from generator.analyse.actors.names import (
    CORPORATE_SUFFIXES,
    ORG_SUFFIXES,
    clean_name,
    initials,
    is_acronym,
    strip_possessive,
)
from generator.analyse.actors.nicknames import is_nickname_of, one_edit_apart
from generator.knowledge import Knowledge

# Words that end a longer spelling of a name written elsewhere without them ("Acme Research" is
# the research arm of Acme, which the text names too).
_VARIANT_SUFFIXES = frozenset("magazine newspaper research inc inc. corp corp. corporation co co. ltd ltd. llc plc"
                              .split())
_ACRONYM_DEFINED = re.compile(r"([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'&.-]*))+)\s+\(([A-Z]{2,7})\)")


def drop_suffix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(",") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def canonical_keys(candidates: list[Candidate], text: str, knowledge: Knowledge,
                   reasons: dict[str, str] | None = None) -> dict[str, str | None]:
    """Map every candidate name to the canonical name of its actor (``None``: not an actor).

    ``reasons``, when given, receives for each name mapped to another why it was (for the trace).
    """
    why = reasons if reasons is not None else {}
    keys: dict[str, str | None] = {}
    names = list(dict.fromkeys(c.name for c in candidates))
    kinds = {c.name: c.kind for c in candidates}
    known = {c.name for c in candidates if c.known}
    for name in names:
        keys[name] = name if name in known else drop_suffix(name)
        if keys[name] != name:
            why[name] = "without its legal form"
    bases = set(keys.values())
    for name in names:
        key = keys[name]
        if key:
            kinds.setdefault(key, kinds[name])  # "Acme Trading" from "Acme Trading Inc."
    defined = {acr: drop_suffix(clean_name(long)) for long, acr in _ACRONYM_DEFINED.findall(text)}
    people = [n for n in bases if n and kinds.get(n) == "person" and len(n.split()) >= 2]
    orgs = [n for n in bases if n and kinds.get(n) in ("organization", "media") and len(n.split()) >= 2]
    subjects = {c.name for c in candidates if c.span.root.dep_ in ("nsubj", "nsubjpass")
                or c.span.root.dep_ == "compound" and c.span.root.head.lemma_.lower() in ORG_NOUNS
                and c.span.root.ent_type_ not in ("GPE", "LOC", "NORP")}  # "the GMB union", not "the UK regulator"
    counts = {n: sum(c.name == n for c in candidates) for n in names}
    for name in names:
        base = keys[name]
        if name in known and kinds.get(name) == "product" and " " not in name:
            keys[name] = _family(name, bases, kinds) or name  # a known family ("Kestrel") for its one version
            why[name] = "the one version of the family the text names"
        if name in known or base is None:
            continue
        words = base.split()
        if len(words) > 1 and words[-1].casefold() in _VARIANT_SUFFIXES:
            short = " ".join(words[:-1])
            entity = knowledge.entity(short)
            if short in bases or entity is not None:
                keys[name] = entity.name if entity is not None else short  # "Acme Magazine" is "Acme"
                why[name] = f"a longer spelling of '{keys[name]}'"
                continue
        if " " in base and kinds.get(name) in ("person", "organization"):
            # "De Niro" after "Robert De Niro", "City Council" after "Missoula City Council": the end of
            # the one longer name of its kind.
            fuller = [n for n in (people if kinds.get(name) == "person" else orgs) if n.endswith(" " + base)]
            if len(fuller) == 1:
                keys[name] = fuller[0]
                why[name] = f"the end of the longer name '{fuller[0]}'"
                continue
        if " " in base and kinds.get(name) == "person":
            twin = _spelling_twin(base, people, counts)
            if twin is not None:
                keys[name] = twin  # "Antony Hale" and "Anthony Hale" in one story are one man
                why[name] = "another spelling of the first name of a person named more often"
                continue
        if " " not in base:
            if base in defined and defined[base] in bases:
                keys[name] = defined[base]
                why[name] = "an acronym the text spells out"
                continue
            variant = _name_variant(base, people, counts, kinds.get(name))
            if variant is not None:
                keys[name] = variant  # "Jim" for James Hale, "Hael" for Hale
                why[name] = "a nickname or a misspelling of the person's name"
                continue
            if is_acronym(base):
                match = [o for o in orgs if initials(o) == base]
                if len(match) == 1:
                    keys[name] = match[0]
                    why[name] = "the initials of the organisation's name"
                    continue
            owners = [p for p in people if base in (p.split()[0], p.split()[-1])]
            if len(set(owners)) == 1 and kinds.get(name) != "product":
                keys[name] = owners[0]
                why[name] = "the first name or surname of a person named in full"
                continue
            if len(set(owners)) > 1:
                first = _named_first(base, sorted(set(owners)), text)
                if first is not None:
                    keys[name] = first  # "Mr. Ruiz" after "Tomas Ruiz" and before his daughter "Ana Ruiz"
                    why[name] = "the surname of the one person of that name named before it first appears"
                    continue
                keys[name] = None  # "Paul" beside "Ron Paul" and "Rand Paul": cannot tell
                continue
            if base not in subjects and not base.istitle() and kinds.get(name) == "organization" \
                    and not any(ch.isdigit() for ch in base):
                keys[name] = None  # "HPC", "RoPE": a term typed as a firm; a firm would act
                continue
            family = _family(base, bases, kinds)
            if family is not None and (kinds.get(name) != "person" or base not in subjects):
                keys[name] = family  # "Kestrel" when the text only names "Kestrel 2"
                why[name] = "the family name of the one version the text names"
                continue
            longer = [o for o in orgs if base in map(strip_possessive, o.split()) and o != base]
            if longer and not knowledge.entity(base):
                extensions = [o for o in longer if o.startswith(base + " ") and
                              all(w.casefold() in ORG_SUFFIXES for w in o.split()[1:])]
                starting = [o for o in longer if strip_possessive(o.split()[0]) == base]
                if len(extensions) == 1:
                    keys[name] = extensions[0]  # "Mistral" is "Mistral AI"
                    why[name] = "the short name of an organisation named in full"
                elif len(starting) == 1 and len(longer) == 1:
                    keys[name] = starting[0]  # "Taylor employed 500" after "Taylor International Corp."
                    why[name] = "the first word of the one organisation named so"
                elif name not in subjects:
                    keys[name] = None  # "Kelford" beside "Kelford District Council": a place
    return keys


def _named_first(surname: str, owners: list[str], text: str) -> str | None:
    """The one person of the surname named in full before the surname first stands alone, when the
    others are named only after it: the story's subject, whose relatives come later."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])")
    bare = [m.start() for m in pattern.finditer(text)
            if not any(text.startswith(owner, m.end() - len(owner)) for owner in owners)]
    if not bare:
        return None
    before = [owner for owner in owners if 0 <= text.find(owner) < bare[0]]
    return before[0] if len(before) == 1 else None


def _family(base: str, bases: set[str | None], kinds: dict[str, str]) -> str | None:
    """The one numbered product a bare name stands for ("Kestrel" beside "Kestrel 2" or
    "Kestrel-13B"); none when the text names two of the family ("Kestrel 1" and "Kestrel 2")."""
    versions = [b for b in bases if b and b.startswith(base) and b[len(base):len(base) + 1] in (" ", "-")
                and b[len(base) + 1:len(base) + 2].isdigit() and kinds.get(b) == "product"]
    return versions[0] if len(versions) == 1 else None


def _spelling_twin(name: str, people: list[str], counts: dict[str, int]) -> str | None:
    """The person named more often (or first) with the same surname and a first name one letter
    apart: the text spells one person's name two ways."""
    words = name.split()
    twins = [p for p in people if p != name and p.split()[-1] == words[-1] and len(p.split()) == len(words)
             and len(words[0]) >= 4 and one_edit_apart(words[0], p.split()[0]) and words[0][0] == p.split()[0][0]]
    if len(twins) != 1:
        return None
    twin = twins[0]
    ahead = counts.get(twin, 0) > counts.get(name, 0) or (
        counts.get(twin, 0) == counts.get(name, 0) and twin < name)
    return twin if ahead else None


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


def vote_kind(key: str, keys: dict[str, str | None], candidates: list[Candidate]) -> str:
    """The kind most candidates give; longer names count double ("Acme" may look like a person,
    "Acme Corp." does not)."""
    votes: dict[str, int] = {}
    if any(c.name == key and c.kind == "person" for c in candidates) and " " in key:
        return "person"  # a full name typed as a person once is a person
    for cand in candidates:
        if keys.get(cand.name) == key:
            votes[cand.kind] = votes.get(cand.kind, 0) + (2 if " " in cand.name else 1)
    return max(sorted(votes), key=lambda kind: votes[kind])


