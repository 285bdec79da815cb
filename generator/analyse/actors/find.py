"""Actors: people, organisations, products, outlets and groups, and where they are mentioned.

spaCy's entities are the starting point. Names are repaired and typed (:mod:`names`), the
knowledge file gives canonical names and kinds of well-known entities, and rules merge the
many names of one actor: surnames and first names, acronyms defined in the text, corporate
suffixes, appositions, definite descriptions ("the firm") and anonymous people ("a Google
researcher", later "the expert").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.analyse.actors import descriptions as desc
from generator.analyse.actors.canonical import canonical_keys, drop_suffix, vote_kind
from generator.analyse.actors.drafts import Candidate, Draft
from generator.analyse.actors.fallback import body_apposition, described_by, unmarked_names
from generator.analyse.actors.furniture import furniture_ranges
from generator.analyse.actors.interview import find_interview
from generator.analyse.actors.names import (
    HONORIFICS,
    ORG_SUFFIXES,
    PORTFOLIOS,
    PRODUCT_PATTERNS,
    TITLES,
    clean_name,
    guess_kind,
    initials,
    is_junk,
    split_coordination,
    tidy_span,
    titled_at,
)
from generator.analyse.actors.nonactors import (
    PLACE_NOUNS,
    SEAT_BEFORE,
    THING_WORDS,
    mistyped_person,
    not_an_actor,
)
from generator.analyse.actors.references import (
    add_descriptions,
    add_groups,
    add_short_names,
    only_modifier,
    only_setting,
    people_by_pronoun,
    resolve_owned_descriptions,
)
from generator.analyse.actors.signatories import letter_voice
from generator.analyse.actors.works import quoted_works
from generator.analyse.common.titles import title_ranges
from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Mention, Trace
from generator.analyse.nlp import doc_text
from generator.ids import name_id
from generator.knowledge import Entity, Knowledge
from generator.model import Actor, Article

__all__ = ["find_actors"]

_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"})
_DEFINED = re.compile(r"([A-Z][\w’'&.-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'&.-]*))+)\s+\(([A-Z]{2,7})\)")
# Last words that keep a name whole at "and" ("Food and Drug Administration", "... and Accountability Act").
_WHOLE_NAME_ENDS = THING_WORDS | ORG_SUFFIXES
# Titles without their full stop ("Coun."), and the words that may stand before a person's name.
_TITLE_WORDS = frozenset(w.rstrip(".") for w in TITLES)
_BEFORE_NAMES = TITLES | PORTFOLIOS | HONORIFICS
_POSSESSED = re.compile(r"^(\S.*?)['’]s\s+([A-Z0-9].*)$")


def find_actors(ctx: Context) -> Cast:
    """Find the actors of an article and every sentence that mentions each."""
    article, doc, knowledge, index = ctx.article, ctx.doc, ctx.knowledge, ctx.index
    teasers, contacts = furniture_ranges(article, doc)
    titles = title_ranges(article.text)
    found = _candidates(doc, knowledge, ctx.reading.interviewee)
    works = [w for w in quoted_works(doc) if not any(s <= w.span.start_char < e for s, e in teasers)]
    candidates = [c for c in found
                  if not any(s <= c.span.start_char and c.span.end_char <= e for s, e in titles)
                  and not any(w.span.start_char <= c.span.start_char < w.span.end_char for w in works)
                  and not any(s <= c.span.start_char < e for s, e in teasers)
                  and (c.kind == "person" or not any(s <= c.span.start_char < e for s, e in contacts))]
    candidates = sorted(candidates + works, key=lambda c: c.span.start_char)
    reasons: dict[str, str] = {}
    keys = canonical_keys(candidates, article.text, knowledge, reasons)
    drafts: dict[str, Draft] = {}
    places: set[str] = set()
    for cand in candidates:
        key = keys.get(cand.name)
        span = cand.span
        sentence = index.at(span.start_char)
        if key is None:
            continue
        entity = knowledge.entity(key)
        draft = drafts.get(key)
        if draft is None:
            kind = entity.kind if entity else vote_kind(key, keys, candidates)
            draft = drafts[key] = Draft(key, kind, entity.description if entity else None, known=entity is not None)
            source = "from the knowledge file" if entity else "the kind most of its names get"
            draft.note("kind", f"{kind}: {source}")
        draft.note(cand.origin, cand.why, sentence)
        if cand.name != key:
            draft.note("same-actor", f"'{cand.name}' is '{key}': {reasons.get(cand.name, 'the same canonical name')}",
                       sentence)
        draft.add(Mention(key, span.start_char, span.end_char, span.text, index.at(span.start_char),
                          subject=span.root.dep_ in ("nsubj", "nsubjpass")))
        leading = desc.leading_apposition(span)
        for apposition in desc.appositions(span) + ([leading] if leading is not None else []):
            if not draft.known and apposition.root.lemma_.lower() in PLACE_NOUNS and apposition.root.tag_ == "NN":
                places.add(key)  # "Millbrook, a town in the valley": a place
                break
            noun_kind = desc.kind_of_noun(apposition.root)
            if noun_kind is not None and draft.known and (noun_kind == "person") != (draft.kind == "person"):
                continue  # "The Courier, the VP for AI research at X, Jane Doe": the noun is someone else's
            if apposition is not leading and _introduces_name(apposition):
                continue
            if apposition.text not in draft.aliases and len(apposition) <= 10:
                draft.note("apposition", f"'{apposition.text}' describes '{key}'", index.at(apposition.start_char))
                draft.aliases.append(apposition.text)
                draft.mentions.append(Mention(key, apposition.start_char, apposition.end_char, apposition.text,
                                              index.at(apposition.start_char), named=False,
                                              subject=apposition is leading
                                              and span.root.head.dep_ in ("nsubj", "nsubjpass")))
            if draft.description is None:
                draft.description = apposition.text
            if not draft.known and noun_kind in ("person", "organization") and len(draft.mentions) <= 2 \
                    and (noun_kind != "person" or draft.name.split()[-1].casefold() not in ORG_SUFFIXES):
                draft.kind = noun_kind  # "Green Horizon, the environmental group"
                draft.note("kind", f"{noun_kind}: the noun of '{apposition.text}'")
        if draft.description is None and draft.kind == "person" and not draft.known:
            title = desc.title_before(span)
            if title is not None:
                draft.description = title
                draft.note("description", f"'{title}' stands before the name like a title", sentence)
    people_by_pronoun(doc, drafts)
    add_short_names(doc, drafts, index)
    add_descriptions(doc, drafts, index, article)
    add_groups(doc, drafts, index)
    resolve_owned_descriptions(drafts, article)
    for name in [n for n, d in drafts.items() if only_setting(doc, d) or only_modifier(doc, d) or n in places]:
        del drafts[name]
    voice = letter_voice(article, doc, index, [n for n, d in drafts.items() if d.kind in ("organization", "media")])
    if voice is not None and voice.name in drafts:
        drafts[voice.name].mentions.extend(voice.mentions)  # the byline's organisation, also named in the text
        drafts[voice.name].trace.extend(voice.trace)
        voice = drafts[voice.name]
    elif voice is not None:
        drafts[voice.name] = voice
    headings = {s.id for s in article.sentences if s.kind == "heading" and not _BYLINE.match(s.text)}
    kept = [d for d in drafts.values()
            if d.mentions and (d.known or any(m.sentence not in headings for m in d.mentions))]
    for draft in kept:
        if draft.known and draft.description:
            draft.note("description", "from the knowledge file")
    actors = [_to_actor(draft) for draft in kept] + _byline_authors(article, kept)
    actors += _headline_interviewee(ctx.reading.interviewee if ctx.reading.genre == "interview" else None, actors)
    actors.sort(key=lambda actor: (-len(actor.mentions), actor.name))
    mentions = [m for d in kept for m in d.mentions]
    names = {d.name for d in kept}
    makers = []
    for draft in kept:
        entity = knowledge.entity(draft.name) if draft.known and draft.kind == "product" else None
        owner = knowledge.entity(entity.owner) if entity is not None and entity.owner else None
        if owner is not None and owner.name in names:
            makers.append((name_id(draft.name), name_id(owner.name)))
    mentions.sort(key=lambda m: (m.start, -m.end))
    interview = find_interview(article, ctx.reading, actors, mentions)
    traces = {name_id(d.name): tuple(d.trace) for d in kept}
    if interview is not None and interview.interviewee is not None:
        traces[interview.interviewee] = traces.get(interview.interviewee, ()) + (
            Trace("actors", "interviewee", interview.how, interview.answers[:1]),)
    return Cast(actors=tuple(actors), mentions=tuple(mentions), makers=tuple(sorted(makers)), traces=traces,
                interview=interview, own_voice=name_id(voice.name) if voice is not None and voice in kept else None)


_BYLINE = re.compile(r"^By\s+[A-Z]")
_AUTHOR = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")


def _byline_authors(article: Article, kept: list[Draft]) -> list[Actor]:
    """The people of the byline whom the text does not name: they wrote it (and in an op-ed, argue in it)."""
    names = {n.casefold() for d in kept for n in (d.name, *d.aliases)}
    # "Brightpath Energy" signing a statement of "Brightpath": the body, not a person.
    bodies = {d.name.split()[0].casefold() for d in kept if d.kind in ("organization", "media")}
    out = []
    for part in re.split(r",|;|&|\band\b", article.meta.author or ""):
        name = " ".join(part.split())
        if _AUTHOR.fullmatch(name) and name.casefold() not in names and name.split()[0].casefold() not in bodies \
                and not any(w.casefold() in ORG_SUFFIXES for w in name.split()) \
                and name.split()[-1].casefold() not in desc.OCCUPATION_NOUNS:  # "Science Correspondent" is a job
            names.add(name.casefold())
            out.append(Actor(id=name_id(name), name=name, kind="person", aliases=(),
                             description="author of the article", stance="none", mentions=()))
    return out


def _headline_interviewee(name: str | None, actors: list[Actor]) -> list[Actor]:
    """Who answers an interview whose headline alone names them ("Q&A with Ana Ruiz"): a person
    of the cast, though the text never names them again."""
    if not name or len(name.split()) < 2:
        return []
    surname = name.split()[-1].casefold()
    if any(a.kind == "person" and surname in {n.split()[-1].casefold() for n in (a.name, *a.aliases) if n}
           for a in actors):
        return []
    return [Actor(id=name_id(name), name=name, kind="person", aliases=(), description="answers the interview's "
                  "questions", stance="none", mentions=())]


def _candidates(doc: Doc, knowledge: Knowledge, interviewee: str | None = None) -> list[Candidate]:
    """Named entities that can be actors, repaired and typed; the name of who answers an
    interview's questions is a person's."""
    glossary = {entry.term.casefold() for entry in knowledge.glossary}
    glossary |= {v.casefold() for entry in knowledge.glossary for v in entry.variants}
    glossary |= {(entry.abbreviation or "").casefold() for entry in knowledge.glossary}
    out: list[Candidate] = []
    text = doc_text(doc)
    for ent in _whole_person_names(doc):
        if ent.label_ not in _LABELS:
            continue
        spans = []
        tidy = tidy_span(ent)
        if tidy is not None and ent.label_ in ("ORG", "PERSON"):
            tidy = _with_last_word(tidy)
        if tidy is not None and ent.label_ == "ORG":
            tidy = _with_place(tidy)
        if tidy is not None and ent.label_ == "GPE":
            tidy = _with_modifier(tidy)
        if tidy is not None and ent.label_ == "PERSON" and len(tidy) >= 3 \
                and SEAT_BEFORE.search(text[max(0, tidy.start_char - 40):tidy.start_char]):
            tidy = doc[tidy.end - 2:tidy.end]  # "MP for Murray Helen Dalton": the seat, then the member
        if tidy is not None and ent.label_ == "WORK_OF_ART":
            colon = next((t.i for t in tidy if t.text == ":" and t.i > tidy.start), None)
            if colon is not None:
                tidy = doc[tidy.start:colon]  # "Tidewater: A History of the Coast" is called Tidewater
        if tidy is not None:
            if tidy.start > ent.start and any(t.tag_ == "POS" for t in ent[: tidy.start - ent.start]):
                owner = tidy_span(doc[ent.start: next(t.i for t in ent if t.tag_ == "POS")])
                if owner is not None:
                    spans.append(owner)  # "Acme’s Kestrel" mentions Acme too
            if tidy[-1].lower_ in _WHOLE_NAME_ENDS:
                spans.append(tidy)  # "the Food and Drug Administration", "the Portability and Accountability Act"
            else:
                spans.extend(split_coordination(tidy))
        for span in spans:
            of = next((t.i for t in span if t.lower_ == "of"), None)
            if ent.label_ == "PERSON" and of is not None and of > span.start:
                span = doc[span.start:of]  # "Luccioni of Mila": the person, then where she works
            owned = _POSSESSED.match(span.text)
            if owned is not None and not {w.casefold() for w in owned.group(2).split()} & ORG_SUFFIXES:
                rest = span.doc.char_span(span.start_char + owned.start(2), span.end_char)
                if rest is not None:
                    span = rest  # "Acme’s Kestrel 2" names Kestrel 2; "Acme’s Analytics", "King’s College
                    # London" are bodies
            name = clean_name(span.text)
            entity = knowledge.entity(name) or knowledge.entity(drop_suffix(name)) or knowledge.entity(span.text)
            if entity is None and (is_junk(name) or name.casefold() in glossary
                                   or " " not in name and name.casefold().rstrip(".") in _TITLE_WORDS):
                continue  # a title alone ("Coun." cut off from the name after it) names no one
            kind = entity.kind if entity else guess_kind(span, name, ent.label_)
            if entity is None and interviewee is not None and " " in interviewee and name == interviewee:
                kind = "person"  # the tagger's place or firm is the person the headline interviews
            if entity is None and kind in ("organization", "media") and titled_at(span.text.split()) >= 0:
                kind = "person"  # "Port Commissioner Ilse Varga": a title before a name
            described = described_by(span) if entity is None else None
            if described is not None and (kind != "product" or described[0] == "organization"):
                kind = described[0]  # "the rapper Kid Fjord", typed a firm
            if entity is None and _dateline(span):
                continue  # "OSLO (Northern Wire) -": where the story was filed
            if entity is None and ent.label_ == "GPE":
                body = body_apposition(span)
                if body is not None:
                    kind = body[0]  # "Corvin, one of the largest defence companies", tagged a place
                elif _aged(span) or _person_described_before(span):
                    kind = "person"  # "One protester, 35-year-old Ana Ruiz,", tagged a place
            if kind is None or (ent.label_ == "NORP" and entity is None):
                continue
            if entity is None and not_an_actor(span, name, text, kind):
                continue
            if entity is None and kind == "person" and mistyped_person(name):
                kind = "product"
            why = f"spaCy {ent.label_} '{span.text}'" + (" in the knowledge file" if entity else f", typed {kind}")
            out.append(Candidate(entity.name if entity else name, kind, span, entity is not None, why=why))
    out = _surnames_as_people(out)
    out = _defined_names(doc, out, knowledge)
    out.extend(unmarked_names(doc, out))
    out.extend(_known_names(doc, knowledge, out))
    out.extend(_patterned_products(doc, out))
    return out


_AGE = re.compile(r"\b\d{1,3}-year-old\s*$")


def _aged(span: Span) -> bool:
    """An age written before the name ("35-year-old Ana Ruiz"): a person."""
    return _AGE.search(span.doc.text[max(0, span.start_char - 16):span.start_char]) is not None


def _person_described_before(span: Span) -> bool:
    """A person's noun the name stands in apposition to ("One protester, Ana Ruiz,")."""
    leading = desc.leading_apposition(span)
    return leading is not None and desc.kind_of_noun(leading.root) == "person"


def _whole_person_names(doc: Doc) -> list[Span]:
    """The entities, with a person's name the tagger cut in two put back together: a first name it
    took for a body or a place, written right before the surname it tagged a person and parsed as a
    part of it, is that person's ("Tigra Olsen" as "Tigra" ORG + "Olsen" PERSON)."""
    ents = list(doc.ents)
    out: list[Span] = []
    number = 0
    while number < len(ents):
        ent = ents[number]
        after = ents[number + 1] if number + 1 < len(ents) else None
        if after is not None and after.label_ == "PERSON" and ent.label_ != "PERSON" and after.start == ent.end \
                and len(ent) == 1 and ent[0].tag_ in ("NNP", "NNPS") and ent[0].dep_ == "compound" \
                and ent[0].head in after:
            out.append(Span(doc, ent.start, after.end, label="PERSON"))
            number += 2
            continue
        out.append(ent)
        number += 1
    return out


def _surnames_as_people(found: list[Candidate]) -> list[Candidate]:
    """A one-word name the parser typed a product or a body that is the surname of a person the
    text names in full ("Cole said" after "Dr Hannah Cole") is that person."""
    surnames = {c.name.split()[-1] for c in found if c.kind == "person" and len(c.name.split()) >= 2}
    return [replace(c, kind="person", why=f"{c.why}; the surname of a person named in full")
            if not c.known and c.kind in ("product", "organization") and " " not in c.name and c.name in surnames
            else c for c in found]


def _abbreviates(acronym: str, letters: str) -> bool:
    """Whether an acronym stands for a name with these initials: all of them, or most of them in
    order from the first ("NIWR" or "NIW" for the "National Institute of Water Research")."""
    if acronym == letters:
        return True
    if len(acronym) < 3 or not letters or acronym[0] != letters[0] or len(acronym) < len(letters) - 1:
        return False
    rest = iter(letters)
    return all(letter in rest for letter in acronym)


def _spelled_initials(words: list[str]) -> str:
    """Initials where an acronym inside the name gives all its letters: "NSW Nurses Association" ->
    "NSWNA"."""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words if w[:1].isupper())


def _defined_names(doc: Doc, found: list[Candidate], knowledge: Knowledge) -> list[Candidate]:
    """Names the text defines with an acronym in brackets ("the University and College Union
    (UCU)"): one organisation whatever pieces the parser made of it, and the acronym alone
    mentions it too ("UCU said ...")."""
    text = doc_text(doc)
    spans: list[Span] = []
    acronyms: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        # "New Zealand’s National Institute of ... (NIWA)": the owner before a possessive is no part of it
        words = re.split(r"[’']s\s+", match.group(1))[-1].split()
        while words and words[0].casefold() in ("the", "a", "an"):
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or not (_abbreviates(match.group(2), initials(name))
                                  or _abbreviates(match.group(2), _spelled_initials(words))) \
                or knowledge.entity(match.group(2)):
            continue
        span = doc.char_span(match.end(1) - len(name), match.end(1))
        if span is not None and (any(t.ent_type_ == "ORG" for t in span) or words[-1].casefold() in ORG_SUFFIXES
                                 or words[-1].casefold() in desc.ORG_NOUNS):  # a body, not a technique
            spans.append(span)
            acronyms[match.group(2)] = name
    if not spans:
        return found
    kept = [c for c in found if not any(s.start_char <= c.span.start_char < s.end_char for s in spans)]
    covered = {i for c in kept for i in range(c.span.start, c.span.end)}
    for span in spans:
        entity = knowledge.entity(span.text)
        kept.append(Candidate(entity.name if entity else span.text, entity.kind if entity else "organization", span,
                              entity is not None, "defined-name",
                              f"'{span.text}' is defined by the acronym that follows it"))
        covered.update(range(span.start, span.end))
    for token in doc:
        if token.text in acronyms and token.i not in covered:
            kept.append(Candidate(token.text, "organization", doc[token.i:token.i + 1], False, "defined-name",
                                  f"'{token.text}' is the acronym of '{acronyms[token.text]}'"))
    # The acronym, however the tagger marked it, names the body it was defined for.
    long_names = {acronym: next((c.name for c in kept if c.span.text == name or c.name == name), name)
                  for acronym, name in acronyms.items()}
    kept = [replace(c, name=long_names[c.name], why=f"{c.why}; the acronym of '{long_names[c.name]}'")
            if c.name in long_names and not c.known else c for c in kept]
    return sorted(kept, key=lambda c: c.span.start_char)


def _dateline(span: Span) -> bool:
    """A place in capitals opening a paragraph (after the headline, too), before a dash, a comma or
    the agency's name: "OSLO (Northern Wire) -", "PORT KELLAN, Scotland, May 12 -"."""
    doc = span.doc
    if not span.text.isupper() or span.end >= len(doc):
        return False
    start = span.start
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1  # "PORT" of "PORT KELLAN"
    opens = start <= 1 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    return opens and doc[span.end].text in ("—", "–", "-", "(", ",", "--")


def _patterned_products(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Product names of a shape ``names.yml`` lists ("Name-13B") that the parser did not mark as names."""
    covered = {i for c in found for i in range(c.span.start, c.span.end)}
    out: list[Candidate] = []
    for pattern in PRODUCT_PATTERNS:
        for match in pattern.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is not None and not any(t.i in covered for t in span):
                covered.update(t.i for t in span)
                out.append(Candidate(match.group(0), "product", span, False, "name-pattern",
                                     f"'{match.group(0)}' has the shape of a product name"))
    return out


def _with_place(span: Span) -> Span:
    """"Federal Reserve Bank" + "of Dallas": an institution's name goes on through "of" and the
    place the parser marked on its own ("Reserve Bank of Dallas", "University of Leeds")."""
    doc = span.doc
    at = span.end
    if span[-1].lower_ not in ORG_SUFFIXES or at + 1 >= len(doc) or doc[at].lower_ != "of":
        return span
    end = at + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ in ("GPE", "LOC"):
        end += 1
    return doc[span.start:end] if end > at + 1 else span


def _with_last_word(span: Span) -> Span:
    """"Coastal Porters" + "United", "Fund Alerts" + "PLUS": a capitalised proper noun right after a
    name, which the tagger left out of every entity, ends the name, unless it is a title before a
    person's name ("Acme Chief Executive Ana Ruiz") or a word for a job."""
    doc = span.doc
    at = span.end
    if at >= len(doc) or doc[at].is_sent_start:
        return span
    word = doc[at]
    following = doc[at + 1] if at + 1 < len(doc) else None
    if word.pos_ != "PROPN" or word.ent_type_ or not word.is_alpha or not word.text[0].isupper() \
            or word.lower_ in _BEFORE_NAMES or word.lemma_.lower() in desc.OCCUPATION_NOUNS \
            or following is not None and following.pos_ == "PROPN" and following.ent_type_ not in ("DATE", "TIME") \
            or word.is_upper and len(word) <= 3:  # "Labour MP", "Acme CEO"
        return span
    return doc[span.start:at + 1]


def _with_modifier(span: Span) -> Span:
    """"Transport" + "Scotland": a place the parser marked without the capitalised proper noun that
    qualifies it names a body ("Transport Scotland", "Historic Wales"), not the place."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and doc[start - 1].dep_ == "compound" and span.start <= doc[start - 1].head.i < span.end:
        start -= 1
    return doc[start:span.end] if start < span.start else span


def _known_names(doc: Doc, knowledge: Knowledge, found: list[Candidate]) -> list[Candidate]:
    """Names of well-known entities the parser did not mark ("the famous chatbot ChatGPT",
    "the British paper The Courier"), spelt exactly as in the knowledge file. A one-word name
    that is also an ordinary word ("Apple", "Claude") counts only where it is not the first
    word of a sentence and the text never writes it in lower case."""
    text = doc_text(doc)
    words = set(_WORD.findall(text))
    covered = {i for c in found for i in range(c.span.start, c.span.end)}
    out: list[Candidate] = []
    names, by_lead, leadless = _name_table(knowledge)
    # Only names whose first word is a word of the text (in the knowledge file's order).
    present = sorted({*leadless, *(number for word in words for number in by_lead.get(word, ()))})
    for entity, name in (names[number] for number in present):
        lead, pattern, lower, lower_pattern = _name_patterns(name)
        if not lead and name not in text:
            continue  # the name is nowhere in the text
        plain = " " not in name and name.isalpha() and name[1:].islower()
        if plain and (lower in words if lower_pattern is None else lower_pattern.search(text)):
            continue
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is None or any(t.i in covered for t in span):
                continue
            if plain and span[0].is_sent_start:
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and (after.like_num or after.text[:1].isdigit()
                                      or after.pos_ == "PROPN" and after.is_title):
                continue  # part of a longer name: "Kestrel 3", "Acme Cloud"
            covered.update(t.i for t in span)
            out.append(Candidate(entity.name, entity.kind, span, True, "known-name",
                                 f"'{span.text}' is a name of the knowledge file"))
    return out


_WORD = re.compile(r"[\w-]+")
_TABLES: dict[int, tuple[Knowledge, list[tuple[Entity, str]], dict[str, list[int]], list[int]]] = {}


def _name_table(knowledge: Knowledge) -> tuple[list[tuple[Entity, str]], dict[str, list[int]], list[int]]:
    """Every (entity, name) of the knowledge in order, their numbers by first word, and the
    numbers of names that start with no word; built once per knowledge object."""
    cached = _TABLES.get(id(knowledge))
    if cached is not None and cached[0] is knowledge:
        return cached[1:]
    names: list[tuple[Entity, str]] = []
    by_lead: dict[str, list[int]] = {}
    leadless: list[int] = []
    for entity in dict.fromkeys(knowledge.entities.values()):
        for name in dict.fromkeys((entity.name, *entity.aliases)):
            if len(name) >= 3:
                lead = _name_patterns(name)[0]
                (by_lead.setdefault(lead, []) if lead else leadless).append(len(names))
                names.append((entity, name))
    if len(_TABLES) >= 4:
        _TABLES.pop(next(iter(_TABLES)))
    _TABLES[id(knowledge)] = (knowledge, names, by_lead, leadless)
    return names, by_lead, leadless


@functools.lru_cache(maxsize=4096)
def _name_patterns(name: str) -> tuple[str, re.Pattern[str], str, re.Pattern[str] | None]:
    """How to find a knowledge name as a word of its own, compiled once.

    The first part is the word (a run of ``[\\w-]``) the name starts with: a text where the name
    stands alone has that word as a whole word, which a set of the text's words answers at once.
    The lower-cased name is a word too unless lower-casing made something else of it; then its
    pattern comes along.
    """
    lead = _WORD.match(name)
    lower = name.lower()
    return (lead.group(0) if lead else "", _alone(name), lower, None if _WORD.fullmatch(lower) else _alone(lower))


def _alone(name: str) -> re.Pattern[str]:
    """``name`` with no word character or hyphen either side. The check before it comes after
    the name (a look-behind over the name itself), so the search can jump between occurrences
    of the name's letters instead of testing every position."""
    escaped = re.escape(name)
    return re.compile(rf"{escaped}(?<![\w-]{escaped})(?![\w-])")


def _introduces_name(phrase: Span) -> bool:
    """The phrase is followed by a comma and a person's name: it describes that person."""
    doc = phrase.doc
    at = phrase.end
    while at < len(doc) and doc[at].text == ",":
        at += 1
    return at > phrase.end and at < len(doc) and doc[at].ent_type_ == "PERSON"



def _to_actor(draft: Draft) -> Actor:
    sentences = tuple(dict.fromkeys(m.sentence for m in sorted(draft.mentions, key=lambda m: m.start)))
    return Actor(
        id=name_id(draft.name), name=draft.name, kind=draft.kind,  # type: ignore[arg-type]
        aliases=tuple(draft.aliases), description=draft.description, stance="none",
        mentions=sentences,
    )
