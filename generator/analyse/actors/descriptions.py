"""Descriptions that name no one: "the firm", "the company headed by X", "a Google researcher".

A definite description whose head noun fits a kind of actor refers to the most salient actor
of that kind mentioned shortly before. An indefinite one ("a Google researcher", "one of the
co-founders of OpenAI", "an engineer from Anthropic") that acts in its sentence introduces an
anonymous actor. The words are general English; no article's names live here.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from generator.analyse.nlp import tokens_with

# Head nouns of descriptions, by the kind of actor they can refer to.
ORG_NOUNS = frozenset(
    "company firm group giant startup start-up lab laboratory business organisation organization "
    "corporation institute agency heavyweight maker developer publisher conglomerate nonprofit "
    "non-profit charity union council board district authority regulator ministry department "
    "government administration university college school club team party coalition committee "
    "commission inspectorate watchdog operator utility bank insurer retailer manufacturer "
    "newspaper outlet channel broadcaster site website magazine platform network".split()
)
PERSON_NOUNS = frozenset(
    "expert researcher scientist co-founder cofounder founder executive boss chief official "
    "spokesman spokeswoman spokesperson engineer author analyst minister senator governor mayor "
    "president professor economist principal teacher student officer director chairman chairwoman "
    "chair head leader manager lawyer attorney judge prosecutor witness activist campaigner "
    "developer programmer employee worker owner ceo cto investor doctor nurse physician "
    "researcher scholar academic historian journalist reporter editor writer critic commentator "
    "lawmaker legislator politician councillor councilor representative diplomat ambassador "
    "consultant adviser advisor strategist economist statistician engineer designer "
    "resident parent mother father member volunteer organiser organizer insider source "
    "whistleblower negotiator secretary treasurer pilot farmer trader banker entrepreneur "
    "inventor physicist chemist biologist climatologist mathematician psychologist "
    "sociologist philosopher superintendent commissioner inspector detective spokesmodel "
    "junior senior student pupil candidate voter fan supporter opponent critic delegate attendee "
    "participant aide staffer lobbyist magnate tycoon customer shopper commuter driver patient tenant "
    "landlord shopkeeper spokesman librarian curator archivist clerk accountant architect lecturer tutor "
    "headteacher headmaster headmistress solicitor barrister magistrate coroner constable sergeant warden "
    "ranger surveyor planner trustee carer caretaker correspondent columnist publicist agent".split()
)
# Occupations written before a name like a title ("singer Ingrid Holm", "the rapper Kid Fjord").
OCCUPATION_NOUNS = PERSON_NOUNS | frozenset(
    "singer songwriter rapper musician pianist guitarist drummer composer conductor artist painter sculptor "
    "actor actress filmmaker producer novelist poet playwright dancer chef player coach athlete runner swimmer "
    "cyclist captain skipper fisher fisherman midwife surgeon dentist pharmacist vet veterinarian paramedic "
    "firefighter priest vicar imam rabbi bishop archbishop".split())
# Nouns for a band or a troupe, written before its name ("folk trio Harbour Lights").
ENSEMBLE_NOUNS = frozenset("band trio duo quartet quintet orchestra choir ensemble troupe collective".split())
# Head nouns for a business: they never mean a body whose name says it is another type of institution.
COMMERCIAL_NOUNS = frozenset("company firm business corporation retailer manufacturer maker conglomerate "
                             "startup start-up insurer operator utility giant".split())
# Head nouns that name an outlet rather than any organisation.
MEDIA_NOUNS = frozenset("newspaper paper outlet channel broadcaster site website magazine network publisher "
                        "station tabloid daily weekly".split())
# Products are named by name in news text; "the model" too often means a generic model.
PRODUCT_NOUNS: frozenset[str] = frozenset()
# Nouns that name a type of institution: "the council" means a council, never just any body.
TYPED_NOUNS = frozenset("council university college school club party union board agency government "
                        "ministry court inspectorate commission committee regulator district "
                        "parliament administration police team coalition bank".split())
# Institutions that are actors in their own right when nothing named fits them.
INSTITUTIONS = frozenset("government council board administration ministry parliament police "
                         "court regulator inspectorate legislature senate congress".split())
_EXCLUDED_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "cc", "conj"})
# Courtesy titles say nothing of what someone does ("Ms", "Dr").
_COURTESY = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame".split())


def title_before(span: Span) -> str | None:
    """The job written before a person's name like a title ("Chief executive Maria Oduya",
    "Finance Minister Ana Ruiz", "union leader Tom Blake"): nouns and adjectives that modify the
    name and end in a noun for a person. Courtesy titles and determiners are not part of it."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < 5:
        token = doc[start - 1]
        if not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.dep_ not in ("compound", "amod") \
                or not (span.start <= token.head.i < span.end or start - 1 < token.head.i < span.start):
            break
        start -= 1
    words = [t for t in doc[start: span.start] if t.lower_ not in _COURTESY]
    if not words or words[-1].lemma_.lower() not in PERSON_NOUNS | OCCUPATION_NOUNS and words[-1].lower_ not in (
            "minister", "secretary", "chief", "ceo"):
        return None
    text = " ".join(t.text for t in words)
    return text[:1].upper() + text[1:]


def kind_of_noun(token: Token) -> str | None:
    """The kind of actor a common noun can stand for, or ``None``."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return None
    if lemma in PERSON_NOUNS:
        return "person"
    if lemma in ORG_NOUNS:
        return "organization"
    if lemma in PRODUCT_NOUNS:
        return "product"
    return None


def phrase(head: Token, *, start: Token | None = None, limit: int = 9,
           excluded: frozenset[str] = _EXCLUDED_DEPS) -> Span:
    """The noun phrase of ``head`` without appositions, relative clauses or trailing commas,
    cut to ``limit`` tokens: "the company headed by Ana Ruiz"."""
    doc = head.doc
    kept = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in excluded and child.i > head.i and (token is head or child.dep_ not in ("cc", "conj")):
                continue
            kept.add(child.i)
            stack.append(child)
    first = start.i if start is not None else min(kept)
    last = first
    while last + 1 in kept and last + 1 - first < limit:
        last += 1
    while last + 1 in kept and not doc[last].whitespace_ and not doc[last + 1].is_punct or \
            last + 2 in kept and doc[last + 1].text == "-" and not doc[last].whitespace_:
        last += 1  # never cut inside a hyphenated word ("start-up")
    if head.i > last:
        last = head.i
    return doc[first:last + 1]


def definite_descriptions(doc: Doc) -> list[tuple[Span, Token, str]]:
    """"The firm", "the Dutch giant", "the company headed by X": (phrase, head, kind)."""
    out = []
    for token in (doc[i] for i in tokens_with(doc, LOWER, ("the",))):
        if token.dep_ != "det":
            continue
        head = token.head
        if head.dep_ == "poss" and head.head.i > head.i and kind_of_noun(head.head) == "person" \
                and head.pos_ == "NOUN" and kind_of_noun(head) == "organization":
            head = head.head  # "the union's general secretary": a person described by their body
        kind = kind_of_noun(head)
        if kind is None or head.i < token.i or head.i - token.i > 4:
            continue
        # "the CEO of Meta" describes a person; "the Meta researchers" is a plural: skipped above.
        if any(t.ent_type_ and not _adjectival(t) for t in doc[token.i + 1:head.i + 1]) and kind != "person":
            continue  # "the Kestrel model", "the Acme company": the name does the work
        if _named_after(head):
            continue  # "the British paper The Courier": the name that follows is the actor
        if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children) for c in head.children):
            continue  # "the authority to bargain", "the power to decide": a capacity, not a body
        out.append((phrase(head, start=token, excluded=_EXCLUDED_DEPS - {"acl"}), head, kind))
    return out


def _named_after(head: Token) -> bool:
    """The noun is followed by the name it introduces ("the paper The Courier", "the firm Acme")."""
    doc = head.doc
    at = head.i + 1
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    return at < len(doc) and doc[at].pos_ == "PROPN" and doc[at].is_title and \
        (doc[at].head.i == head.i or doc[at].ent_type_ != "")


def _adjectival(token: Token) -> bool:
    """A nationality or place used as an adjective ("the Dutch giant", "the Paris
    start-up"): it qualifies the description rather than naming the actor."""
    return token.ent_type_ in ("NORP", "GPE", "LOC") and (token.pos_ == "ADJ" or token.dep_ in ("amod", "compound"))


def indefinite_descriptions(doc: Doc) -> list[tuple[Span, Token]]:
    """Anonymous people who act: "a Google researcher was moved", "one of the co-founders of
    OpenAI admitted", "an engineer from Anthropic ... said". Returns (phrase, head noun)."""
    out = []
    for token in (doc[i] for i in tokens_with(doc, LOWER, ("a", "an", "one"))):
        if token.ent_type_ in ("DATE", "TIME", "QUANTITY"):
            continue
        if token.lower_ == "one" and token.dep_ in ("nsubj", "nsubjpass"):
            head = _partitive(token)
            if head is not None and _acts(token):
                out.append((phrase(token, limit=8), head))
            continue
        if token.dep_ != "det" and not (token.lower_ == "one" and token.dep_ == "nummod"):
            continue
        head = token.head
        if head.i < token.i or kind_of_noun(head) != "person" or head.dep_ in ("appos", "attr", "pobj"):
            continue
        if _called_by_name(head):
            continue  # "a fan called Nadia": the name that follows is the actor
        if _acts(head):
            out.append((phrase(head, start=token, limit=7), head))
    return out


def owned_people(doc: Doc) -> list[tuple[Span, Token, Token]]:
    """Unnamed people who act, named by whose they are: "her tour manager said", "Acme's lawyer
    argued". Returns (phrase, head noun, possessor); "his lawyer Ana Ruiz" is left to the name."""
    out = []
    for owner in doc:
        if owner.dep_ != "poss" or owner.head.i <= owner.i:
            continue
        head = owner.head
        if kind_of_noun(head) != "person" or head.tag_ not in ("NN", "NNP") or not _acts(head) \
                or head.dep_ not in ("nsubj", "nsubjpass") or _named_after(head) or _called_by_name(head) \
                or any(t.ent_type_ or t.pos_ == "PROPN" for t in doc[owner.i + 1: head.i + 1]):
            continue
        first = owner.i
        while first > 0 and doc[first - 1].dep_ in ("compound", "det") and doc[first - 1].head.i == owner.i:
            first -= 1  # "the union's lawyer", "Acme Foods' lawyer"
        out.append((doc[first: head.i + 1], head, owner))
    return out


def _called_by_name(head: Token) -> bool:
    """"a fan called Nadia", "a neighbour named Tom Hale": the noun introduces the name after it."""
    doc = head.doc
    at = head.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    return at + 1 < len(doc) and doc[at].lower_ in ("called", "named") and doc[at + 1].pos_ == "PROPN"


_AFFILIATING = frozenset("for of at from with".split())


def affiliation(head: Token) -> Span | None:
    """The organisation a person noun speaks for: "a spokesperson for the Universities and
    Colleges Employers’ Association (UCEA)", "an engineer at Acme"; the proper-noun phrase
    after the preposition, with an acronym in brackets right after it."""
    doc = head.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AFFILIATING or prep.i != head.i + 1:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        start = prep.i + 1
        while start < obj.i and doc[start].dep_ == "det":
            start += 1
        end = obj.i + 1
        while end < len(doc) and doc[end].dep_ in ("prep", "pobj", "compound") and doc[end].head.i >= obj.i \
                and (doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "for", "and")):
            end += 1  # "the Ministry of Health"
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            end += 3  # "(UCEA)"
        return doc[start:end]
    return None


def _partitive(one: Token) -> Token | None:
    """"one of the co-founders": the plural person noun after "of"."""
    for prep in one.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in PERSON_NOUNS:
                    return obj
    return None


def _acts(token: Token) -> bool:
    """The phrase is the subject of a verb, or carries a relative clause ("who asked ...")."""
    return token.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ in ("relcl", "acl") for c in token.children)


def leading_apposition(span: Span) -> Span | None:
    """A description written before the name it introduces: "the plant’s operator, Nordic
    Power" (the name is an apposition of the noun), with the noun's kind."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start:
        return None
    last = head
    if kind_of_noun(head) is None:
        if span.root.ent_type_ != "PERSON":
            return None
        holder = _title_holder(head)  # "the head of sales at Acme, Ana Ruiz": the parser hangs her on Acme
        if holder is None:
            return None
        head = holder
    found = phrase(head, limit=10)
    if found.end > span.start:
        found = head.doc[found.start: span.start]
    while len(found) and found[-1].is_punct:
        found = found[:-1]
    if len(found) < 2 or not found[0].text[:1].isalpha() or found[-1].i != last.i:
        return None
    if any(not t.is_punct for t in head.doc[last.i + 1: span.start]):
        return None  # only a comma may stand between the description and the name
    return found


def _title_holder(noun: Token) -> Token | None:
    """The person noun whose prepositional phrases end with ``noun``: "head" in "the head of
    sales at Acme"."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
        if kind_of_noun(noun) == "person":
            return noun
    return None


def appositions(span: Span) -> list[Span]:
    """Appositions of a name: "Meta, parent company of Facebook and Instagram"."""
    out = []
    for token in span.root.children:
        if token.dep_ == "appos" and token.i >= span.end and token.pos_ in ("NOUN", "PROPN"):
            if token.ent_type_ and token.pos_ == "PROPN":
                continue  # another name, not a description
            if any(t.text == "/" for t in span.doc[span.end:token.i]):
                continue  # "Wire / Ana Ruiz": a credit naming two, not a description
            found = phrase(token, limit=10)
            if len(found) >= 2 and found[0].text[:1].isalnum() and found[-1].pos_ in ("NOUN", "PROPN"):
                out.append(found)
    return out
