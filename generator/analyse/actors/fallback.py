"""Names the small model misses: capitalised proper nouns that act like a person.

spaCy's small English model leaves many names unmarked, most often in unusual contexts (a
transcript's lines, a title before the name, a name it has never seen). A run of capitalised
proper nouns is a person's name when the syntax says so: it is the subject of a speech or
thought verb ("Marlow argues", "said Ana Ruiz"), a title stands before it ("Finance Minister
Ana Ruiz", "Dr Lena Varga"), or an apposition with a noun for a person follows it ("Ines
Marlow, a fisher from Skerra"). The words are general English; no article's names live here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.analyse.actors.descriptions import ENSEMBLE_NOUNS, OCCUPATION_NOUNS, ORG_NOUNS, PERSON_NOUNS
from generator.analyse.actors.drafts import Candidate
from generator.analyse.actors.names import HONORIFICS, ORG_SUFFIXES, PORTFOLIOS, TITLES
from generator.analyse.actors.nonactors import not_an_actor
from generator.analyse.nlp import doc_text

# Verbs of saying and thinking whose subject is someone with a view.
VOICE_VERBS = frozenset(
    "say tell warn insist add admit explain argue claim note write state declare announce stress "
    "reply respond answer acknowledge concede suggest believe think predict recall conclude comment "
    "observe remark caution complain confirm deny insist contend maintain urge ask wonder fear hope "
    "testify recount agree disagree dismiss reject accuse criticise criticize".split())
MAX_WORDS = 4
"""Longest name the fallback takes."""


def _body_noun_before(span: Span) -> str | None:
    """"payments company Harbourline Holdings": a body's noun right before the name says what it is."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ORG_NOUNS or before.pos_ != "NOUN":
        return None
    return f"the noun '{before.text}' stands before it"


def unmarked_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Candidates for the names of people that no entity covers (see the module docstring)."""
    covered = {i for c in found for i in range(c.span.start, c.span.end)}
    text = doc_text(doc)
    out: list[Candidate] = _acronyms(doc, covered)
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]) or i in covered:
            i += 1
            continue
        end = i
        while end < len(doc) and _name_word(doc[end]) and end not in covered and end - i < MAX_WORDS + 2:
            end += 1
        span = _without_titles(doc[i:end])
        i = end
        if span is None or len(span) > MAX_WORDS and span[-1].lower_ not in ORG_SUFFIXES:
            continue
        if span[-1].lower_ in ORG_SUFFIXES:
            # "The Heat Customers Forum said ...": a body's name the model missed, known by its last word
            # (a body's name may be longer than a person's: "Harbour Road Residents Action Group").
            body = body_apposition(span)
            speaks = _speaks(span) or (body[1] if body is not None else None) or _body_noun_before(span)
            if len(span) > 1 and speaks is not None and not _title_case(span):
                covered.update(range(span.start, span.end))
                out.append(Candidate(span.text, "organization", span, False, "unmarked-name",
                                     f"'{span.text}' ends in '{span[-1].text}', a word that ends bodies' names, "
                                     f"and {speaks}"))
            continue
        kind = "person"
        why = None if _title_case(span) or not_an_actor(span, span.text, text, "person") \
            else _acts_as_person(span)
        described = _described_by(span) or _employer(span)
        # What the text says of a body ("Zipr, the company that ...") outweighs its speaking like a
        # person; "which" only tells a speaking name's kind ("the Harlow Estuary, which ..." is no actor).
        body = body_apposition(span) or (_which_clause(span) if why is not None else None)
        if body is not None and not _title_case(span) and not not_an_actor(span, span.text, text, "organization"):
            kind, why = body
        elif why is None and described is not None and not not_an_actor(span, span.text, text, "person"):
            kind, why = described
        if why is not None:
            covered.update(range(span.start, span.end))
            out.append(Candidate(span.text, kind, span, False, "unmarked-name", f"'{span.text}' {why}"))
    return out


def _acronyms(doc: Doc, covered: set[int]) -> list[Candidate]:
    """Acronyms before a noun for a body ("the GMB union", "the RMT party"): organisations."""
    out = []
    for token in doc:
        if token.i in covered or not (token.is_upper and token.is_alpha and 2 <= len(token) <= 6) \
                or token.dep_ != "compound" or token.head.i != token.i + 1:
            continue
        if token.head.lemma_.lower() in ORG_NOUNS and token.head.tag_ == "NN":
            covered.add(token.i)
            out.append(Candidate(token.text, "organization", doc[token.i:token.i + 1], False, "unmarked-name",
                                 f"'{token.text}' is an acronym before the noun '{token.head.text}'"))
    return out


def _title_case(span: Span) -> bool:
    """Words in title case around the span: a headline ("Real Humans Can't Tell the
    Difference"), where capitals say nothing about names."""
    after = next((t for t in span.doc[span.end: span.end + 3] if t.is_alpha), None)
    return after is not None and after.is_title and after.pos_ != "PROPN" and not after.is_sent_start


def _name_word(token: Token) -> bool:
    text = token.text
    return token.pos_ == "PROPN" and text[:1].isupper() and text.isalpha() and not text.isupper() \
        and (len(text) > 1 and any(ch.islower() for ch in text))


def _without_titles(span: Span) -> Span | None:
    """The name without the titles before it ("Finance Minister Ana Ruiz" -> "Ana Ruiz")."""
    doc = span.doc
    start = span.start

    def titled(at: int) -> bool:
        word = doc[at].lower_
        portfolio = at + 1 < span.end and doc[at + 1].lower_ in PORTFOLIOS  # "Finance" of "Finance Minister"
        return word in TITLES or word in PORTFOLIOS or portfolio

    while start < span.end and titled(start):
        start += 1
    return doc[start:span.end] if start < span.end else None


def described_by(span: Span) -> tuple[str, str] | None:
    """The kind a common noun right before a name gives it ("singer Ingrid Holm", "the
    rapper Kid Fjord", "folk trio Harbour Lights"), and why."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.tag_ not in ("NN", "JJ") or before.lower_ != before.text \
            or not (span.start <= before.head.i < span.end or span.root.head.i == before.i
                    or doc[span.start].head.i == before.i and doc[span.start].dep_ == "appos"):
        return None  # the noun qualifies the name ("singer Ingrid Holm") or the name is its apposition
    lemma = before.lemma_.lower()
    if lemma in ENSEMBLE_NOUNS:
        return "group", f"is named after the noun '{before.text}', a band or a troupe"
    if lemma in OCCUPATION_NOUNS:
        return "person", f"is named after the noun '{before.text}', a noun for a person"
    if lemma in _BODY_NOUNS:
        return "organization", f"is named after the noun '{before.text}', a noun for a body of people"
    return None


# Nouns for a body of people that no work or product is called by ("the group Parents for X", "the
# charity Y"): the name after one is a body's, whatever the tagger took it for.
_BODY_NOUNS = frozenset("group charity union campaign coalition nonprofit non-profit organisation organization "
                        "association society foundation alliance federation party committee".split())


_described_by = described_by


def _employer(span: Span) -> tuple[str, str] | None:
    """A name after "for" or "at" that a noun for a person's job governs ("an engineer for
    SpaceX", "a spokeswoman at Kestrel"): the body the person works for."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("for", "at") or preposition.head.i >= span.start:
        return None
    job = preposition.head
    if job.lemma_.lower() not in PERSON_NOUNS or job.pos_ not in ("NOUN", "PROPN"):
        return None
    return "organization", f"works as the '{job.text}' of a person who works for it"


def _which_clause(span: Span) -> tuple[str, str] | None:
    """A name described by a clause with "which" ("Stonebridge Aggregates, which wants to dig the
    quarry, said"): "which" is said of bodies and things, not of people."""
    for child in span.root.children:
        if child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which"
                                         for c in child.children):
            return "organization", "is described by a clause with 'which', said of bodies, not of people"
    return None


def body_apposition(span: Span) -> tuple[str, str] | None:
    """A name with an apposition whose noun is for a body ("Zipr, the company that runs the scheme"):
    an organisation, even a single word opening its sentence."""
    noun = _apposition(span, ORG_NOUNS, determined=True)
    if noun is not None:
        return "organization", f"has the apposition '{noun.text}', a noun for a body"
    return None


def _apposition(span: Span, nouns: frozenset[str], determined: bool = False) -> Token | None:
    """The common noun of ``nouns`` in an apposition after the name ("Ines Marlow, a fisher ..."),
    with a determiner of its own when ``determined``."""
    root = span.root
    found = next((child for child in root.children if child.dep_ == "appos" and child.i > root.i
                  and child.tag_ == "NN" and child.lemma_.lower() in nouns
                  and (not determined or any(c.dep_ == "det" for c in child.children))), None)
    if found is None:
        # "Leonardo, one of the world's largest defence companies": one of a kind named in the plural
        found = next((o for child in root.children if child.dep_ == "appos" and child.i > root.i
                      and child.lower_ == "one" for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in nouns),
                     None)
    return found


def _acts_as_person(span: Span) -> str | None:
    """Why the syntax makes the span a person's name, or ``None``."""
    doc = span.doc
    root = span.root
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in HONORIFICS or before.lower_ in PORTFOLIOS
                               or before.lower_.rstrip(".") in TITLES and before.is_title):
        return f"follows the title '{before.text}'"
    noun = _apposition(span, PERSON_NOUNS)
    if noun is not None:
        return f"has the apposition '{noun.text}', a noun for a person"
    if _speaks(span) is not None:
        if len(span) == 1 and (span[0].is_sent_start or any(c.dep_ in ("poss", "compound") for c in root.children)):
            return None  # a lone capitalised word opening a sentence may be any noun; "Europe’s X" names a thing
        return _speaks(span)
    return None


def _speaks(span: Span) -> str | None:
    """Why the span is the subject of a verb of saying or thinking, or ``None``."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in VOICE_VERBS and root.head.pos_ == "VERB":
        return f"is the subject of the speech verb '{root.head.text}'"
    return None
