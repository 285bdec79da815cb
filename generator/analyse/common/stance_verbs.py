"""Stances declared outright: "X opposes the plan", "the plan, drawn up by X", "X, who leads the opposition".

Arguments give most actors their stance; these verbs (and any verb "against" or "in favour of" a
proposal: "collected signatures against the ban") give one to actors that back or fight a proposal
without arguing it in the text. The object must be a proposal ("the plan", "the ban",
"the bill") or name one of the question's terms, so that "she rejected the idea that ..." about
something else does not count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc, Token

_FOR = frozenset("support back champion defend propose endorse favour favor welcome sponsor unveil introduce praise "
                 "applaud commend hail "
                 "push draft design approve adopt authorise authorize ratify announce launch".split())
# Verbs that tell who put a proposal forward: they give the doer its side, but a sentence saying so
# ("The ministry announced the plan on Monday") reports news; it does not argue.
_PUTS_FORWARD = frozenset("announce launch".split())
# Verbs that stop or take away something (what they act on is what a restrictive proposal restricts).
RESTRICTING_VERBS = frozenset("ban bar block close end scrap cut abolish stop halt axe shut remove withdraw restrict "
                              "outlaw prohibit freeze".split())
_AGAINST = frozenset("oppose reject criticise criticize fight condemn denounce resist protest block "
                     "attack slam blast lambast deplore decry".split())
# Nouns naming a proposal, the usual objects of those verbs.
_PROPOSALS = frozenset("plan plans proposal proposals policy bill measure scheme deal ban charge extension subsidy "
                       "law reform loan project rule rules pilot initiative programme program strategy "
                       "decision move".split())
# "leads the opposition", "heads the campaign against": nouns that are a side of their own.
_OPPOSITION = frozenset("opposition resistance".split())
_LEADING = frozenset("lead head join found chair organise organize".split())
_WHO = frozenset({"who", "which", "that"})
_STANCE_VERBS = _FOR | _AGAINST | _LEADING | {"draw"}
# Verbs by which someone backs or fights a thing without deciding on it: their object is at issue.
SIDE_TAKING_VERBS = frozenset("support back champion defend endorse favour favor welcome oppose criticise "
                              "criticize fight condemn denounce resist protest attack".split())


class Actors(Protocol):
    """Which actor a stretch of text mentions (the cast of actors answers it)."""

    def actor_covering(self, offset: int) -> str | None: ...

    def actor_at(self, start: int, end: int) -> str | None: ...


def declared_stances(doc: Doc, actors: Actors, terms: re.Pattern[str] | None = None,
                     opposite: re.Pattern[str] | None = None) -> dict[str, str]:
    """Actor id -> ``for``, ``against`` or ``mixed`` from the stance verbs whose doer is the actor."""
    tally: dict[str, Counter[int]] = {}
    for token in (t for t in doc if t.pos_ == "VERB" or t.dep_ == "ROOT" and _governs(t)):  # _side needs a verb
        side = _side(token, terms, as_verb=token.pos_ != "VERB", opposite=opposite)
        if not side:
            continue
        doer = _doer(token)
        actor = _actor_of(doer, actors) if doer is not None else None
        if actor is not None:
            tally.setdefault(actor, Counter())[side] += 1
    for owner in _proposal_owners(doc, terms, opposite):
        actor = _actor_of(owner, actors)
        if actor is not None:
            tally.setdefault(actor, Counter())[1] += 1
    out = {}
    for actor, counts in tally.items():
        out[actor] = "mixed" if counts[1] and counts[-1] else "for" if counts[1] else "against"
    return out


def _actor_of(phrase: Token, actors: Actors) -> str | None:
    """The actor a noun phrase (given by its head) names: the mention at its head, else one within it."""
    return actors.actor_covering(phrase.idx) or actors.actor_at(
        phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text))


def _proposal_owners(doc: Doc, terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> list[Token]:
    """Whose the proposal is: the possessor of a noun that names it ("the council's plan to close the
    pool", "Ofwat's proposed rules") puts it forward."""
    if terms is None:
        return []
    return [token for token in doc if token.dep_ == "poss" and token.pos_ in ("PROPN", "NOUN")
            and token.head.pos_ == "NOUN" and terms.fullmatch(token.head.text) is not None
            and (opposite is None or opposite.fullmatch(token.head.text) is None)]


def stance_verbs(doc: Doc, start: int, end: int, terms: re.Pattern[str] | None = None,
                 opposite: re.Pattern[str] | None = None) -> list[tuple[str, int]]:
    """(verb, +1 or -1) of each verb between two offsets that backs or fights a proposal, whoever does it
    ("58 percent of respondents opposed the plan"); a clause that describes someone ("X, who drew up the
    rule, said ...") introduces them and is left out."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [(token.text, side) for token in span if token.pos_ == "VERB" and not _describes_someone(token)
            and token.lemma_.lower() not in _PUTS_FORWARD and not _judged_act(token)
            for side in [_side(token, terms, opposite=opposite)] if side]


def _judged_act(verb: Token) -> bool:
    """A verb naming what someone is praised or blamed for ("attacked the board for rushing the plan
    through"): the judging verb decides the side (see :func:`_act_judged`), not the act."""
    while verb.dep_ == "xcomp":
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return False
    judge = verb.head.head
    if judge.dep_ in ("dobj", "obj"):
        judge = judge.head
    return judge.lemma_.lower() in _FOR or judge.lemma_.lower() in _AGAINST


def _describes_someone(verb: Token) -> bool:
    """A relative clause on a person or a body ("Ines Duarte, who drew up the rule")."""
    return verb.dep_ == "relcl" and (verb.head.ent_type_ in ("PERSON", "ORG", "NORP") or verb.head.pos_ == "PROPN")


def main_stance(doc: Doc, start: int, end: int, terms: re.Pattern[str] | None = None,
                opposite: re.Pattern[str] | None = None, *, announcing: bool = True) -> int:
    """+1 or -1 when the main verb of the sentence between two offsets backs or fights a proposal
    ("Some local businesses back the plan"), else 0; a stance in a clause that only describes
    someone ("X, who opposed the plan, said ...") does not count, nor (without ``announcing``) a
    verb that only puts the proposal forward ("The ministry announced the plan")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    # The tagger sometimes takes a verb for another word ("businesses back/ADV the plan"): a root with a
    # subject and a direct object is used as a verb.
    for token in span:
        if token.dep_ != "ROOT":
            continue
        # "The biggest clubs are also opposed": a copula with "opposed" (or "supportive") declares a side.
        if token.lemma_ == "be":
            stated = next((c for c in token.children if c.dep_ == "acomp" and c.lower_ in _STATED), None)
            if stated is not None and not any(c.dep_ == "neg" for c in token.children):
                return _STATED[stated.lower_]
        if not announcing and token.lemma_.lower() in _PUTS_FORWARD:
            return 0
        return _side(token, terms, as_verb=_governs(token), opposite=opposite)
    return 0


# Adjectives that state a side after "be".
_STATED = {"opposed": -1, "supportive": 1}


def _governs(token: Token) -> bool:
    deps = {child.dep_ for child in token.children}
    return "nsubj" in deps and bool(deps & {"dobj", "obj"})


def _side(verb: Token, terms: re.Pattern[str] | None, as_verb: bool = False,
          opposite: re.Pattern[str] | None = None) -> int:
    """+1 when the verb backs a proposal (or fights its opposite), -1 when it fights one (or backs its
    opposite), 0 otherwise."""
    if verb.pos_ != "VERB" and not as_verb:
        return 0
    lemma = verb.lemma_.lower()
    if lemma not in _STANCE_VERBS:
        return _against_or_for(verb, terms, opposite)
    if any(child.dep_ == "mark" and child.lower_ in ("whether", "if") for child in verb.children):
        return 0  # "vote on whether to back the plant" asks; it takes no side
    if verb.dep_ == "pcomp" and verb.head.head.pos_ == "NOUN":
        return 0  # "excuses for approving the flats": the noun, not the act it names, says what the speaker thinks
    negated = -1 if _negated(verb) else 1
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if lemma in _LEADING:
        return -negated if any(o.lemma_.lower() in _OPPOSITION for o in objects) else 0
    if lemma == "draw" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return 0
    if lemma not in _FOR and lemma not in _AGAINST and lemma != "draw":
        return 0
    sign = -1 if lemma in _AGAINST else 1
    # "the plan, drawn up by X": the verb describes the proposal it modifies.
    described = _about(verb.head, terms, opposite) if verb.dep_ == "acl" and verb.tag_ == "VBN" else 0
    if described:
        return sign * negated * described
    about = _first_about(objects, terms, opposite)
    return sign * negated * (about or _act_judged(verb, terms, opposite))


def _act_judged(verb: Token, terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> int:
    """"attacked the mayor for wanting to rush the closure through", "praised the mayor for blocking the
    plan": the act someone is judged for, +1 when it carries the proposal out, -1 when it fights it."""
    holders = (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj")))
    acts = [c for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    for act in acts:
        while True:  # "for wanting to rush the closure through": the act is the last verb of the chain
            then = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if then is None:
                break
            act = then
        lemma = act.lemma_.lower()
        if lemma in RESTRICTING_VERBS and lemma not in _AGAINST:
            continue  # closing or banning may be the proposal itself or undo it: the words do not tell
        negated = -1 if _negated(act) else 1
        objects = [c for c in act.children if c.dep_ in ("dobj", "obj")]
        about = _first_about(objects, terms, opposite)
        if lemma in _FOR or lemma in _AGAINST:
            about *= -1 if lemma in _AGAINST else 1
        if about:
            return negated * about
    return 0


def _negated(verb: Token) -> bool:
    """Whether the verb's act is denied: "did not back", "No councillor backs ...", or a verb that
    completes a denied noun or verb ("There is no case to back it", "no plans to back")."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children):
        return True
    if verb.dep_ in ("acl", "relcl", "xcomp") and verb.tag_ == "VB":
        governor = verb.head
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in governor.children) or \
            governor.dep_ in ("attr", "dobj") and any(c.dep_ == "neg" for c in governor.head.children)
    return False


def _against_or_for(verb: Token, terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None = None) -> int:
    """Any verb with "against" or "in favour of" a proposal, on itself or on its object: "voted against
    the plan", "collected signatures against the ban", "campaigned in favour of the charge"."""
    sign = 0
    for holder in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))):
        for prep in holder.children:
            if prep.dep_ != "prep":
                continue
            word = prep.lower_
            if word == "against":
                objects, side = [c for c in prep.children if c.dep_ == "pobj"], -1
            elif word == "in":
                # "in favour of X", "in support of X"; "in opposition to X"
                heads = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("favour", "favor", "support",
                                                                                      "opposition")]
                objects = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "to")
                           for o in p.children if o.dep_ == "pobj"]
                side = -1 if any(h.lower_ == "opposition" for h in heads) else 1
            else:
                continue
            about = _first_about(objects, terms, opposite)
            if about:
                sign = side * about
    sign = sign or _stance_noun(verb, terms, opposite)
    if sign and any(child.dep_ == "neg" for child in verb.children):
        sign = -sign
    return sign


# Nouns of a view held about something ("raised concerns about the plan", "voiced support for the
# charge"), with the prepositions that name what the view is about.
_STANCE_NOUNS = {"concern": -1, "fear": -1, "worry": -1, "objection": -1, "opposition": -1, "criticism": -1,
                 "anger": -1, "outrage": -1, "support": 1, "backing": 1, "praise": 1, "enthusiasm": 1}
_ABOUT_PREPS = frozenset("about over to regarding at for of with".split())


def _stance_noun(verb: Token, terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> int:
    """+1 or -1 when the verb's object is a view held about the proposal: "residents raised concerns about
    the tram line" (-1), "traders expressed support for the scheme" (+1)."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "obj", "attr")):
        side = _STANCE_NOUNS.get(noun.lemma_.lower())
        if side is None:
            continue
        objects = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _ABOUT_PREPS
                   for o in prep.children if o.dep_ == "pobj"]
        about = _first_about(objects, terms, opposite)
        if about:
            return side * about
    return 0


def _first_about(nouns: Iterable[Token], terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> int:
    """What the first of ``nouns`` that names the proposal or its opposite names (see :func:`_about`), else 0."""
    return next((about for noun in nouns if (about := _about(noun, terms, opposite))), 0)


def _about(noun: Token, terms: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> int:
    """+1 when a noun names the proposal, -1 when it names its opposite ("oppose the trial" when the
    question is whether to stop it), 0 otherwise."""
    if noun.lower_ in ("it", "this") and noun.dep_ in ("dobj", "obj") and terms is not None \
            and terms.search(noun.sent.text):
        return 1  # "the toll hurts drivers, and their union opposes it"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return 1 if noun.lemma_.lower() in _PROPOSALS or noun.lower_ in _PROPOSALS else 0
    # The noun with what comes before it ("the promised rise") names the thing however long what
    # follows it is; a short phrase as a whole ("the rise in fares") names it too.
    core = noun.doc.text[noun.left_edge.idx:noun.idx + len(noun.text)]
    phrase = noun.doc.text[noun.left_edge.idx:noun.right_edge.idx + len(noun.right_edge.text)]
    named = [core] if len(phrase) >= 80 else [core, phrase]
    if opposite is not None and any(opposite.search(p) for p in named) \
            and not (terms and any(terms.search(p) for p in named)):
        return -1
    if noun.lemma_.lower() in _PROPOSALS or noun.lower_ in _PROPOSALS:
        return 1
    return 1 if terms is not None and any(terms.search(p) for p in named) else 0


def _doer(verb: Token) -> Token | None:
    """Who does it: the agent of a passive ("drawn up by X"), else the subject; "who" is the
    noun its clause describes ("X, who leads the opposition")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _WHO and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "xcomp":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject
