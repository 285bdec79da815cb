"""The event of a dated clause as a reader can read it alone: its subject, its verb, what follows.

The date expression itself is left out (the timeline shows the date beside the event). The subject
is its noun phrase without appositions and relative clauses; when it only describes an actor or is
a pronoun ("the American giant", "it", "I" in a quotation), the actor's name follows in brackets.
A clause cut short never ends on a preposition, an article or a conjunction.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

# Children of the verb that tell another story than the dated one.
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "conj", "relcl", "cc", "mark", "punct", "appos"})
# What a subject phrase leaves out: descriptions of the subject set off from it.
_ASIDES = frozenset({"appos", "relcl", "acl", "advcl"})
# Prepositions of a time adverbial that can go with the date ("in March", "on Monday").
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during", "last", "this", "next"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Words a cut phrase must not end with.
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX"})
_SUBJECT_WORDS = 8

Resolve = Callable[[Token], str | None]
"""The name of the actor a subject token refers to, when the subject does not already name it."""


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause holds ``token`` (not a participle used as an adjective)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod", "acomp"):
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def event_clause(span: Span, date_start: int, date_end: int, resolve: Resolve, most: int, *,
                 keep_date: bool = False) -> str | None:
    """The clause of ``span`` the date at characters ``[date_start, date_end)`` belongs to, or
    ``None`` when the parse gives no clause (the caller falls back to the sentence). The date's
    words are left out unless ``keep_date`` (a time counted from something the clause names:
    "a week after its publication")."""
    date = [t for t in span if date_start <= t.idx < date_end]
    if not date:
        return None
    verb = governing_verb(date[0])
    if verb is None:
        return None
    dropped = set() if keep_date else _droppable(date, verb)
    subject_tokens, subject_head = _subject(verb)
    subject = [t for t in subject_tokens if t.i not in dropped]
    predicate = [t for t in _predicate(verb, date[0], keep_date) if t.i not in dropped and t not in subject]
    cut = len(predicate) > max(4, most - len(subject))
    predicate = _cut(predicate, max(4, most - len(subject)))
    if not predicate:
        return None
    words = sorted([*subject, *predicate], key=lambda t: t.i)
    name = resolve(subject_head) if subject_head is not None else None
    if name and subject and name.casefold() not in _join(subject).casefold():
        last = subject[-1].i
        text = f"{_join([t for t in words if t.i <= last])} [{name}] {_join([t for t in words if t.i > last])}"
    else:
        text = _join(words)
    text = text.strip() + (" …" if cut else "")
    if len(text.split()) < 3:
        return None
    return text[0].upper() + text[1:]


def _droppable(date: list[Token], verb: Token) -> set[int]:
    """The date's words (with "in" of "in March") when they are a time adverbial of the verb that can
    go without breaking the clause; none when the date is part of another phrase ("between 2010 and
    2018", "today's capabilities", "dating back to the 1970s")."""
    inside = {t.i for t in date}
    roots = [t for t in date if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return set()
    root = roots[0]
    if root.head.i == verb.i and root.dep_ in ("npadvmod", "advmod", "tmod", "pobj"):
        return inside
    preposition = root.head
    if root.dep_ == "pobj" and preposition.lower_ in _TIME_PREPOSITIONS and preposition.head.i == verb.i \
            and preposition.i == min(inside) - 1 and len(list(preposition.children)) == 1:
        return inside | {preposition.i}
    return set()


def _subject(verb: Token) -> tuple[list[Token], Token | None]:
    """The subject's words and its head: the verb's subject, a coordinated verb's shared subject,
    or the noun a participle describes ("a document, released in May on ...")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        described = _described_noun(verb)
        if described is not None:
            words = [t for t in described.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod")]
            return sorted([*words, described], key=lambda t: t.i), described
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return [], None
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # "the group, which was founded in 2019": the group
    return _noun_phrase(subject), subject


def _described_noun(verb: Token) -> Token | None:
    """The noun a participle describes: its head when the parse says so (``acl``), or the noun right
    before it and its comma ("an internal document, released in May"), which the parser often
    hangs on the main verb instead."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    noun = verb.doc[verb.i - 2] if before.text == "," else before
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("pobj", "dobj", "nsubj", "attr") else None


def _noun_phrase(head: Token) -> list[Token]:
    """The head's words without asides, cut to a few words at a clean end ("one of the co-founders
    of OpenAI", not "one of the co-founders of")."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        kept.append(token)
        for child in token.children:
            if child.dep_ in _ASIDES or child.dep_ == "punct" and _sets_off(child):
                continue
            stack.append(child)
    words = sorted(kept, key=lambda t: t.i)
    # Only a contiguous run around the head: a gap means an aside was left out in the middle.
    start = next(n for n, t in enumerate(words) if t.i == head.i)
    low = high = start
    while low > 0 and words[low - 1].i == words[low].i - 1:
        low -= 1
    while high + 1 < len(words) and words[high + 1].i == words[high].i + 1:
        high += 1
    words = words[low: high + 1]
    if len(words) > _SUBJECT_WORDS:
        words = [t for t in words if t.i <= head.i][-_SUBJECT_WORDS:]
    return _clean_end(words)


def _sets_off(mark: Token) -> bool:
    """A comma, dash or bracket that opens or closes an aside, unlike a comma of a list or the
    hyphen of "follow-up"."""
    if mark.text in ("-", "‐") and not mark.whitespace_:
        return False
    following = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return following is None or following.dep_ in _ASIDES or mark.text not in (",",) \
        or not any(c.dep_ == "conj" for c in mark.head.children)


def _predicate(verb: Token, date: Token, keep_date: bool) -> list[Token]:
    """The verb with its auxiliaries, negation and complements, not the other clauses hanging off it
    (unless the date sits in one)."""
    keep = {verb.i}
    # What is said or thought is the content of a verb with no object ("I expect that ...").
    content = not any(c.dep_ in ("dobj", "attr", "acomp", "prep", "xcomp") for c in verb.rights)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            continue
        if child.dep_ in OTHER_CLAUSES and not (child.left_edge.i <= date.i <= child.right_edge.i) \
                and not (content and child.dep_ == "ccomp" and child.i > verb.i):
            continue
        holds_date = child.left_edge.i <= date.i <= child.right_edge.i
        if child.i < verb.i and (child.dep_ not in ("aux", "auxpass", "neg", "advmod", "prt") or child.tag_ == "WRB") \
                and not (keep_date and holds_date):
            continue
        keep.update(t.i for t in child.subtree)
    tokens = [t for t in verb.sent if t.i in keep]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens.pop(0)
    return tokens


def _cut(tokens: list[Token], most: int) -> list[Token]:
    """At most ``most`` words, ending at a word that can end a phrase (not the subject of a clause
    cut off after it)."""
    out = _clean_end(tokens[:most] if len(tokens) > most else tokens)
    while len(out) < len(tokens) and out and out[-1].dep_ in ("nsubj", "nsubjpass", "mark"):
        out = _clean_end(out[:-1])
    return out


def _clean_end(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    while out and (out[-1].pos_ in _DANGLING or out[-1].dep_ in ("poss", "case") or out[-1].is_punct):
        out.pop()
    return out


def _join(tokens: list[Token]) -> str:
    """Tokens as text, with a space wherever the article had one or a token was left out between."""
    out = []
    for index, token in enumerate(tokens):
        out.append(token.text)
        if index + 1 < len(tokens):
            following = tokens[index + 1]
            if token.whitespace_ or following.i != token.i + 1:
                out.append(" ")
    return "".join(out).strip()
