"""Mentions without a name: surnames the parser missed, descriptions, anonymous people, groups.

Definite descriptions ("the firm", "the judge") go to the most salient actor they fit;
indefinite ones that act ("a Google researcher") introduce anonymous actors; plural nouns
that act are groups. Also the repairs that need every mention: a name followed by "he" or
"she" is a person, a name used only as a place is a setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from generator.analyse.actors import descriptions as desc
from generator.analyse.actors.drafts import Draft
from generator.analyse.actors.groups import GroupMention, find_groups
from generator.analyse.actors.names import ORG_SUFFIXES, TITLES, clean_name, is_acronym, strip_possessive
from generator.analyse.actors.nonactors import PLACE_NOUNS, place_name
from generator.analyse.common.spans import SentenceIndex
from generator.analyse.contracts import Mention
from generator.analyse.nlp import doc_text, tokens_with
from generator.model import Article

_EMPLOYED = re.compile(r"^([a-z][\w-]*) (?:from|at) ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})$")
# Nouns for someone who speaks for a body: a bare "a spokeswoman" speaks for the body just named.
_SPOKES = frozenset("spokesperson spokesman spokeswoman representative".split())
_ANONYMOUS = re.compile(r"not (?:be )?(?:to be )?(?:named|identified)|anonymity|anonymously", re.IGNORECASE)
_SPEECH = frozenset("say tell warn insist add admit explain argue claim note write state declare "
                    "announce ask reply respond answer acknowledge concede suggest".split())


# Prepositions that make their object a place where things happen.
PLACE_PREPS = frozenset("in near across around outside inside into through throughout within".split())


def only_setting(doc: Doc, draft: Draft) -> bool:
    """A name typed as an organisation that the text only uses as a place ("homes in West
    Docks", "Quayside residents"): a setting, not an actor."""
    words = [w.casefold() for w in draft.name.split()]
    lone_person = draft.kind == "person" and len(words) == 1  # "a fisher from Skerra", typed a person
    if draft.known or draft.anonymous or draft.kind != "organization" and not lone_person \
            or any(w in ORG_SUFFIXES for w in words) or len(words) > 3 and not (len(words) <= 5 and words[1] == "of"):
        return False
    places = PLACE_PREPS | {"on", "of", "for", "from", "to", "at"} if place_name(draft.name) or lone_person \
        else PLACE_PREPS
    uses = set()
    for mention in draft.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        if not mention.named:
            uses.add("other")
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in places \
                and root.head.head.lemma_.lower() not in ("publish", "print", "appear", "write", "report"):
            uses.add("place")
        elif root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS:
            uses.add("place")  # "the Greywater region"
        elif root.dep_ != "compound":
            uses.add("other")
    return uses == {"place"}


def only_modifier(doc: Doc, draft: Draft) -> bool:
    """A name typed as a person or a firm that only ever qualifies a common noun ("two Grand
    Slam titles"): the name of a thing, not someone who acts ("Acme engineers" still names Acme)."""
    if draft.known or draft.anonymous or draft.kind not in ("person", "organization") or len(draft.name.split()) > 2 \
            or any(w.casefold() in ORG_SUFFIXES for w in draft.name.split()):
        return False
    named = [m for m in draft.mentions if m.named]
    if not named:
        return False
    for mention in named:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ not in ("compound", "amod") or root.head.pos_ != "NOUN" \
                or root.head.lemma_.lower() in desc.PERSON_NOUNS | desc.ORG_NOUNS | {"team", "staff"}:
            return False
    return True


def people_by_pronoun(doc: Doc, drafts: dict[str, Draft]) -> None:
    """A two- or three-word name typed as an organisation is a person when the next sentence
    goes on with "he" or "she" and no other name comes between ("Nadia Brook founded the
    bakery. She said ...")."""
    starts = sorted(m.start for d in drafts.values() for m in d.mentions)
    text_length = len(doc_text(doc))
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
            limit = following[0] if following else text_length
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.end >= len(doc):
                continue
            sentence_ends = 0
            for token in doc[span.end:]:
                if token.idx >= limit or sentence_ends > 1:
                    break
                sentence_ends += bool(token.is_sent_start)
                if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
                    votes["person"] += 1
                    break
                if token.lower_ in ("it", "its") or token.lower_ == "they" and token.dep_ == "nsubj":
                    votes["thing"] += 1
                    break
        if votes["person"] > votes["thing"]:
            draft.kind = "person"
            draft.note("kind", "person: 'he' or 'she' goes on after its name")


def add_short_names(doc: Doc, drafts: dict[str, Draft], index: SentenceIndex) -> None:
    """Surnames the parser did not mark as names ("Hale said") still mention the person."""
    short: dict[str, Draft | None] = {}
    for draft in drafts.values():
        parts = draft.name.split()
        if draft.kind == "person" and len(parts) >= 2:
            for part in {parts[-1]}:
                short[part] = None if part in short and short[part] is not draft else draft
    covered = {i for d in drafts.values() for m in d.mentions for i in range(m.start, m.end)}
    for token in (doc[i] for i in tokens_with(doc, ORTH, short)):
        owner = short.get(token.text)
        if owner is None or token.idx in covered or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        owner.note("short-name", f"'{token.text}' alone is the surname of '{owner.name}'", index.at(token.idx))
        owner.add(Mention(owner.name, token.idx, token.idx + len(token), token.text, index.at(token.idx),
                          subject=token.dep_ in ("nsubj", "nsubjpass")))


def add_descriptions(doc: Doc, drafts: dict[str, Draft], index: SentenceIndex, article: Article) -> None:
    """Anonymous people, then definite descriptions resolved to the most salient fitting actor."""
    order = {s.id: i for i, s in enumerate(article.sentences)}
    taken = [(m.start, m.end) for d in drafts.values() for m in d.mentions]
    text_of_doc = doc_text(doc)

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
        elif not text.lower().startswith("one of"):
            found = _affiliated(doc, head, drafts, lambda noun, at: _salient(
                drafts, "organization", noun, at, order[index.at(at)], order, text_of_doc))
            if found is not None:
                name, end = found  # "a spokesperson for OpenAI" -> "OpenAI spokesperson"
                text = doc_text(doc)[span.start_char:end]
            elif head.lemma_.lower() in _SPOKES and name.casefold() == head.lower_:
                body = _last_body(drafts, span.start_char, order[index.at(span.start_char)], order)
                if body is not None:  # "X said it was disappointed. A spokeswoman declined ..."
                    name = f"{body.name} {head.lower_}"
        draft = drafts.setdefault(name, Draft(name, "person", anonymous=True))
        draft.note("unnamed-person", f"'{text}' acts in its sentence: a person the text does not name",
                   index.at(span.start_char))
        draft.add(Mention(name, span.start_char, span.start_char + len(text), text, index.at(span.start_char),
                          subject=head.dep_ in ("nsubj", "nsubjpass") or span.root.dep_ == "nsubj", named=False))
        taken.append((span.start_char, max(span.end_char, span.start_char + len(text))))
    for span, head, owner in desc.owned_people(doc):
        if not free(span):
            continue
        body = _possessor(doc, owner, drafts)
        if body is None:
            continue
        text = span.text
        # "the players’ lawyer" keeps its plural possessive; "her manager" becomes "Mara Quist’s manager".
        possessive = "’" if owner.pos_ != "PRON" and owner.text.endswith(("s'", "s’")) else "’s"
        name = f"{body.name}{possessive} {doc[owner.i + 1: head.i + 1].text}"
        draft = drafts.setdefault(name, Draft(name, "person", anonymous=True))
        draft.note("unnamed-person", f"'{text}' acts in its sentence: a person the text names by whose they are",
                   index.at(span.start_char))
        draft.add(Mention(name, span.start_char, span.end_char, text, index.at(span.start_char),
                          subject=True, named=False))
        taken.append((span.start_char, span.end_char))
    _merge_introductions(doc, drafts, order, {s.id: s.paragraph for s in article.sentences})
    resolved: list[tuple[Span, str, Draft, bool]] = []
    for span, head, kind in desc.definite_descriptions(doc):
        if not free(span):
            continue
        sentence = index.at(span.start_char)
        noun = head.lemma_.lower()
        apposed = _apposed(head, drafts, kind)
        target = apposed or _salient(drafts, kind, noun, span.start_char, order[sentence], order, text_of_doc)
        if apposed is None and target is not None and _acted_on_by(doc, target, span, sentence):
            target = None  # "Ruiz criticised the minister": the minister is someone else
        if apposed is None and noun in desc.TYPED_NOUNS \
                and (target is None or noun not in target.name.casefold().split()
                     and not _acronym_ending(target.name, noun)):
            target = None  # "the council" is a council: only a named one, or an institution of its own
        if target is None:
            target = _called_so_later(drafts, span, kind) or _named_later(drafts, noun, kind, span.start_char)
        if target is None:
            if noun not in desc.INSTITUTIONS:
                continue
            name = doc[span.start + 1: head.i + 1].text  # "the national government" -> "national government"
            same = [d for d in drafts.values() if d.anonymous and d.kind == "organization"
                    and d.name.casefold().split()[-1] == noun]
            target = same[0] if same else drafts.setdefault(name, Draft(name, "organization", anonymous=True))
            target.note("institution", f"'{span.text.strip()}' names an institution that no named actor fits", sentence)
        fits = apposed is not None or _called(target, noun, span.start_char, text_of_doc)
        resolved.append((span, sentence, target, fits))
        taken.append((span.start_char, span.end_char))
    # One description, one actor: "the company" said of three firms is kept for the one already
    # called so ("Judge X" ... "the judge", or "the judge, X" in apposition), else for the most named one.
    owners: dict[str, tuple[bool, int, Draft]] = {}
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
        target.note("description", f"'{text}' refers to the most salient fitting actor named before", sentence)
        target.add(Mention(target.name, span.start_char, span.start_char + len(text), text, sentence,
                           subject=span.root.dep_ in ("nsubj", "nsubjpass"), named=False))


def _acronym_ending(name: str, noun: str) -> bool:
    """Whether a body named only by its acronym ends with that noun's initial ("GCB" and "the board"):
    its last word, spelled out, would be the noun."""
    return is_acronym(name) and len(name) <= 6 and name[-1] == noun[:1].upper()


def _possessor(doc: Doc, owner: Token, drafts: dict[str, Draft]) -> Draft | None:
    """Whose an owned description is: the actor the possessive names ("Acme's lawyer"), or for a
    pronoun the last person ("his", "her") or body ("its", "their") named in its sentence or the
    two before."""
    if owner.pos_ != "PRON":
        found = [d for d in drafts.values() if not d.anonymous
                 and any(m.start <= owner.idx < m.end for m in d.mentions)]
        return found[0] if len(found) == 1 else None
    pronoun = owner.lower_
    kinds = ("person",) if pronoun in ("his", "her") else ("organization", "media", "group") \
        if pronoun in ("its", "their") else ()
    if not kinds:
        return None
    sentence = owner.sent
    start = sentence.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    low = doc[start].idx
    best: tuple[int, Draft] | None = None
    for draft in drafts.values():
        if draft.kind not in kinds or draft.anonymous:
            continue
        for mention in draft.mentions:
            if low <= mention.start and mention.end <= owner.idx and (best is None or mention.start > best[0]):
                best = (mention.start, draft)
    return best[1] if best else None


def _called_so_later(drafts: dict[str, Draft], span: Span, kind: str) -> Draft | None:
    """The one named actor of the kind that the text calls by this very description elsewhere, in
    apposition ("... the regulator. The regulator, the Ferries Commission, said ..."): the
    description used before the name is introduced is that actor's too."""
    text = _without_article(span.text)
    owners = [d for d in drafts.values() if not d.anonymous and d.kind == kind
              and any(_without_article(alias) == text for alias in d.aliases)]
    return owners[0] if len(owners) == 1 else None


def _named_later(drafts: dict[str, Draft], noun: str, kind: str, offset: int) -> Draft | None:
    """The one named actor of the kind, first named after the description, whose name ends with its
    noun ("challenging the government" ... later "the Federal Government")."""
    later = [d for d in drafts.values() if not d.anonymous and d.kind == kind and d.mentions
             and d.name.casefold().split()[-1] == noun and min(m.start for m in d.mentions) > offset]
    return later[0] if len(later) == 1 else None


def _without_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", strip_possessive(text.strip(" ,\n\t")).casefold())


def _apposed(head: Token, drafts: dict[str, Draft], kind: str) -> Draft | None:
    """The named actor of the description's kind set in apposition right after it ("the regulator,
    the Ferries Commission"): the description is that actor's."""
    doc = head.doc
    places = [c.idx for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.i + 2 < len(doc) and doc[head.i + 1].text == ",":
        # The parser often hangs the apposition elsewhere: a name right after the comma is it.
        places.append(doc[head.i + 3].idx if doc[head.i + 2].lower_ == "the" and head.i + 3 < len(doc)
                      else doc[head.i + 2].idx)
    for at in places:
        found = next((d for d in drafts.values() if not d.anonymous and d.kind == kind
                      and any(m.start <= at < m.end and m.named for m in d.mentions)), None)
        if found is not None:
            return found
    return None


def resolve_owned_descriptions(drafts: dict[str, Draft], article: Article) -> None:
    """A description owned by a pronoun ("its chair", "their spokeswoman") names whose it is:
    the organisation named last before it, in its sentence or the one before ("chair of the
    Heat Customers Forum"). Without one the description stays as written."""
    order = {s.id: i for i, s in enumerate(article.sentences)}
    for draft in drafts.values():
        owned = _OWNED_DESCRIPTION.match(draft.description or "")
        if owned is None:
            continue
        mention = next((m for m in draft.mentions if m.text == draft.description), None)
        if mention is None:
            continue
        body = _last_body(drafts, mention.start, order[mention.sentence], order)
        if body is not None and body is not draft:
            # "the Heat Customers Forum" keeps its article; "Google" has none.
            the = "the " if any(f"the {body.name.casefold()}" in s.text.casefold() for s in article.sentences) else ""
            draft.description = f"{owned.group(1)} of {the}{body.name}"
            draft.note("description", f"'{mention.text}' is {body.name}'s: the body named just before",
                       mention.sentence)


_OWNED_DESCRIPTION = re.compile(r"^(?:its|their)\s+(\w[\w\s-]{0,40})$", re.IGNORECASE)


def _last_body(drafts: dict[str, Draft], offset: int, sentence: int, order: dict[str, int]) -> Draft | None:
    """The organisation named last before ``offset``, in its sentence or the one before."""
    best: tuple[int, Draft] | None = None
    for draft in drafts.values():
        if draft.kind != "organization" or draft.anonymous:
            continue
        for mention in draft.mentions:
            if mention.end <= offset and 0 <= sentence - order[mention.sentence] <= 1 \
                    and (best is None or mention.start > best[0]):
                best = (mention.start, draft)
    return best[1] if best else None


def _affiliated(doc: Doc, head: Token, drafts: dict[str, Draft],
                salient: Callable[[str, int], Draft | None]) -> tuple[str, int] | None:
    """"Acme spokesperson" for "a spokesperson for Acme": the person noun after the name of
    the organisation it speaks for (its acronym when the text gives one, else the name of the
    actor found there), and where the phrase ends."""
    where = desc.affiliation(head)
    if where is None:
        return _described_affiliation(head, drafts, salient)
    acronym = where[-2].text if where[-1].text == ")" else None
    owner = next((d for d in drafts.values() for m in d.mentions
                  if d.kind in ("organization", "media") and where.start_char <= m.start < where.end_char), None)
    if acronym is None and owner is not None:
        acronym = next((a for a in (owner.name, *owner.aliases) if a.isupper() and " " not in a), None)
    org = acronym or (owner.name if owner is not None else clean_name(where.text))
    if not org or not org[0].isupper():
        return None
    return f"{org} {head.lower_}", where.end_char


def _described_affiliation(head: Token, drafts: dict[str, Draft],
                           salient: Callable[[str, int], Draft | None]) -> tuple[str, int] | None:
    """"a spokesman for the commission": the one organisation named before whose name ends
    with the noun ("the Charity Commission"); "a spokeswoman for the company": the firm that
    "the company" means there (``salient``: the organisation a noun most likely means at an offset)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "from") or prep.i != head.i + 1:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if obj is None or not any(c.lower_ == "the" for c in obj.children):
            continue
        owners = [d for d in drafts.values() if d.kind == "organization" and not d.anonymous
                  and d.name.split()[-1].casefold() == obj.lower_ and any(m.end <= head.idx for m in d.mentions)]
        if not owners and obj.lower_ in desc.COMMERCIAL_NOUNS:
            meant = salient(obj.lower_, obj.idx)
            owners = [meant] if meant is not None and not meant.anonymous else []
        if len(owners) == 1:
            return f"{owners[0].name} {head.lower_}", obj.idx + len(obj)
    return None


def _acted_on_by(doc: Doc, draft: Draft, span: Span, sentence: str) -> bool:
    """Whether the actor, named as the subject of a clause, governs the description in that
    clause: "Ruiz attacked the minister who ..." cannot mean Ruiz (that would be "herself")."""
    ancestors = {t.i for t in span.root.ancestors}
    for mention in draft.mentions:
        if mention.sentence != sentence or not mention.named or not mention.subject or mention.start > span.start_char:
            continue
        named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if named is not None and named.root.head.i in ancestors:
            return True
    return False


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


def _called(draft: Draft, noun: str, offset: int, text: str) -> bool:
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


def add_groups(doc: Doc, drafts: dict[str, Draft], index: SentenceIndex) -> None:
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
        if len(groups) == 1 and not groups[0].main and not groups[0].voiced:
            continue  # named once, inside a clause about something else ("the way AI organizations operate")
        name = salient[0].name
        draft = drafts.get(name)
        force = [d for d in drafts.values() if d.kind == "organization" and not d.anonymous
                 and name.casefold() in desc.INSTITUTIONS and name.casefold() in d.name.casefold().split()]
        # "council members" after "Kelby City Council": the members speak as that council.
        words = name.casefold().split()
        members = [d for d in drafts.values() if d.kind == "organization" and not d.anonymous
                   and len(words) == 2 and words[1] == "members" and d.name.casefold().split()[-1] == words[0]]
        if draft is None and len(force) == 1:
            draft = force[0]  # "police" after "the Harbour Police" is that force
        elif draft is None and len(members) == 1:
            draft = members[0]
        elif draft is None:
            draft = drafts[name] = Draft(name, "group")
        elif draft.kind != "group":
            continue
        for group in groups:
            span = group.span
            text = span.text.strip(" ,")
            how = "speaks or takes a position" if group.voiced else "acts"
            draft.note("group", f"'{text}': a plural noun for people or bodies that {how} in its sentence",
                       index.at(span.start_char))
            draft.add(Mention(draft.name, span.start_char, span.start_char + len(text), text,
                              index.at(span.start_char), subject=group.subject, named=False))


def _named(draft: Draft) -> int:
    return sum(m.named for m in draft.mentions)


def _salient(drafts: dict[str, Draft], kind: str, noun: str, offset: int, sentence: int,
             order: dict[str, int], text: str = "") -> Draft | None:
    """The actor a description most likely means: same kind, mentioned in the last three
    sentences; the more mentions so far, the more recent, and a subject, the likelier. An
    actor already called by the same noun ("its operator, X" ... "the operator") needs no
    recent mention; when no one fits in the last sentences, the one named most often (twice at
    least) before does."""
    best, best_score = None, 0.0
    prominent: tuple[int, Draft] | None = None
    for draft in drafts.values():
        fits = draft.kind == kind or (kind == "organization" and draft.kind == "group")
        before = [m for m in draft.mentions if m.end <= offset]
        if kind == "organization" and draft.kind == "media":
            # An outlet is "the company" only in a story where it acts, not where it is a source
            # ("told the BBC"); "the newspaper" is always one.
            fits = noun in desc.MEDIA_NOUNS or any(m.subject for m in before)
        if noun in desc.COMMERCIAL_NOUNS and draft.name.casefold().split()[-1] in desc.TYPED_NOUNS:
            fits = False  # "the company" is no inspectorate, council or university
        if not fits:
            continue
        same_noun = _called(draft, noun, offset, text)
        recent = [m for m in before if sentence - order[m.sentence] <= 3]
        named = sum(m.named for m in before)
        if not recent and not same_noun:
            if named >= 2 and (prominent is None or named > prominent[0]):
                prominent = (named, draft)
            continue
        last = max((order[m.sentence] for m in recent), default=sentence - 3)
        score = named + 2.0 * (3 - (sentence - last)) + 2.0 * any(m.subject for m in recent)
        if same_noun:
            score += 10  # "the council" after "Kelford District Council"; "the operator" after "its operator, X"
        if score > best_score:
            best, best_score = draft, score
    if best is None and prominent is not None:
        return prominent[1]  # nobody of the kind in the last sentences: the one named most so far
    return best


def _merge_introductions(doc: Doc, drafts: dict[str, Draft], order: dict[str, int],
                         paragraph: dict[str, int]) -> None:
    """"One of the founders of Acme admitted ... “...”, warned Ana Ruiz": an anonymous
    person followed, in the same paragraph or the next sentence, by a newly named speaker is that
    person (a new paragraph that names someone else has moved on: "A spokeswoman declined to
    comment." ... "Ana Ruiz, who runs a shop, said ..."). So is the one named person the text gives
    the anonymous person's role, wherever named; a spokesperson tied to a body stays apart."""
    people = [d for d in drafts.values() if d.kind == "person" and not d.anonymous]
    bodies = [d.name for d in drafts.values() if d.kind in ("organization", "media") and not d.anonymous]
    for anon in [d for d in drafts.values() if d.anonymous and d.kind == "person"]:
        if any(anon.name.startswith(body + " ") for body in bodies):
            continue  # "A spokesperson for the company said ...": who speaks for that body, not the next name
        first = min(anon.mentions, key=lambda m: m.start)
        # "A council leader has said ..." and "Spelthorne council leader Ana Ruiz": the one person the
        # text gives that role, wherever she is named.
        role = re.compile(rf"(?:^|\s){re.escape(anon.name.casefold())}$")
        same_role = [p for p in people if p.description and role.search(p.description.casefold())]
        if len(same_role) == 1:
            _absorb(drafts, anon, same_role[0], f"'{first.text}' is the one person the text gives that role",
                    first.text, first.sentence)
            continue
        sentence_text = doc.char_span(first.start, first.end, alignment_mode="expand")
        if sentence_text is None or _ANONYMOUS.search(sentence_text.sent.text):
            continue
        here = order[first.sentence]
        later = []
        for person in people:
            start = min(person.mentions, key=lambda m: m.start)
            gap = order[start.sentence] - here
            if start.start > first.end and 0 <= gap <= 4 \
                    and (gap <= 1 or paragraph[start.sentence] == paragraph[first.sentence]):
                later.append((start.start, person, start))
        if not later:
            continue
        _, person, mention = min(later, key=lambda item: item[0])
        token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if token is None or token.root.head.lemma_.lower() not in _SPEECH:
            continue
        _absorb(drafts, anon, person, f"'{first.text}' is the speaker named right after", first.text,
                mention.sentence)


def _absorb(drafts: dict[str, Draft], anon: Draft, person: Draft, why: str, described: str, sentence: str) -> None:
    """The anonymous person's mentions become the named person's, who keeps the why in the trace."""
    for m in anon.mentions:
        m.key = person.name
        person.add(m)
    if person.description is None:
        person.description = described
    person.trace.extend(anon.trace)
    person.note("introduction", why, sentence)
    del drafts[anon.name]


