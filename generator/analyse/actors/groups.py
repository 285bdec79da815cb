"""Groups as actors: "researchers and businesses", "open-source developers", "shop owners".

A plural noun that names a kind of people or bodies (a general-English list below) is a group
actor when it acts in its sentence: the subject of a verb, or the agent of a passive ("was
criticised by economists"). Its name is the noun with its modifiers ("climate scientists");
the words around it as written ("Several developers in the hall") are kept as an alias, and
later phrases with the same name are the same group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

# Plural nouns for kinds of people and bodies that act in news text ("authors" is left out: it
# names the writers of one document, not a group).
GROUP_NOUNS = frozenset(
    "researcher scientist developer engineer economist analyst expert critic resident parent student "
    "teacher pupil worker employee staff taxpayer voter citizen consumer customer user business company "
    "firm corporation startup start-up lab institution university government regulator lawmaker "
    "legislator minister official politician policymaker protester demonstrator activist campaigner "
    "advocate supporter opponent investor shareholder funder donor member partner ally rival competitor "
    "collaborator forecaster attendee delegate respondent participant owner landlord tenant driver "
    "commuter farmer doctor nurse patient family union group platform outlet journalist reporter "
    "manufacturer retailer lender bank insurer academic scholar historian lawyer prosecutor judge "
    "officer soldier leader executive manager entrepreneur founder hacker programmer contributor "
    "maintainer community organisation organization agency republican democrat conservative liberal "
    "environmentalist scientist epidemiologist physician economist trader operator shopkeeper player athlete fan "
    "police coach volunteer applicant irrigator grower rancher fisherman fisher motorist cyclist pedestrian "
    "passenger rider traveller traveler tourist visitor shopper homeowner landowner householder villager neighbour "
    "neighbor survivor refugee migrant immigrant claimant plaintiff petitioner objector signatory councillor "
    "councilor trustee senator candidate inspector firefighter paramedic surgeon lecturer professor headteacher "
    "educator employer contractor supplier vendor miner pilot prisoner inmate pensioner retiree veteran "
    "beekeeper".split()
)
# Singular nouns for a collection of people: a group when a modifier says which ("the research
# community"); the bare noun then recalls it ("the community").
# Bodies named by what they are and whose they are ("the players' union", "the county council") are
# such nouns too.
COLLECTIVE_NOUNS = frozenset("community union league association federation".split())
# Plural nouns that say only that there are several ("groups", "members"): whose they are
# ("tenants' groups") is their name.
_BARE = frozenset("group member body organisation organization".split())
_OWNED = frozenset("its their our his her my your".split())
_COUNTED = frozenset("only most many more around about nearly almost over some".split())
_QUANTIFIERS = frozenset("some many most several few all both other various numerous the a an".split())
_KEPT_DEPS = frozenset({"amod", "compound", "nmod"})
# Verbs by which a group takes a position: speech, belief, support and opposition.
VOICE_VERBS = frozenset(
    "say tell warn argue claim insist complain criticise criticize call urge demand want fear worry believe "
    "think expect predict oppose support back welcome reject protest object question doubt dispute accuse "
    "praise defend push lobby campaign ask plead vow promise threaten sue challenge condemn applaud "
    "agree disagree favour favor prefer estimate conclude find report note write describe see".split())


@dataclass(frozen=True, slots=True)
class GroupMention:
    """A phrase that names a group, and the group's name."""

    span: Span
    """The phrase as written, without a trailing comma."""
    name: str
    """The noun with its modifiers, lower case unless a proper noun: "climate scientists"."""
    subject: bool
    voiced: bool
    """The group says, argues, wants or opposes something in the sentence."""
    head: str
    """Lemma of the head noun (a bare noun with its modifiers: "environmental groups"): phrases with
    the same head are one group."""
    main: bool = True
    """It acts in the main clause of its sentence, not in a clause that only describes something."""

    @property
    def salient(self) -> bool:
        """Worth an actor: the group speaks or takes a position, has a name of its own
        ("climate scientists"), or stands bare as a generic subject ("Residents say ...");
        not when a pronoun owns it ("its researchers") or a count makes it a mere number."""
        first = self.span[0].lower_
        if self.head in COLLECTIVE_NOUNS and " " not in self.name:
            return False  # "the community" only recalls one named before
        if self.voiced:
            return True
        if first in _OWNED or first in _COUNTED or first == "other" or self.span[0].like_num:
            return False  # "other contributors" only sets some apart from those just named
        return " " in self.name or first == self.span.root.lower_ or self.span[0].dep_ not in ("det",)


def _is_group_noun(token: Token) -> bool:
    if token.tag_ == "NN" and token.lemma_.lower() in COLLECTIVE_NOUNS:
        return True
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = token.lemma_.lower()
    return lemma in GROUP_NOUNS or (token.ent_type_ == "NORP" and token.pos_ == "PROPN")


def _acts(token: Token) -> bool:
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        return True
    # "researchers and businesses said": the second noun of a coordinated subject
    return token.dep_ == "conj" and _is_group_noun(token.head) and _acts(token.head)


def _name(head: Token) -> str:
    # Whose a body is ("the players' union") names it; a pronoun ("its union") does not.
    kept = _KEPT_DEPS | {"poss"} if head.tag_ == "NN" and head.lemma_.lower() in COLLECTIVE_NOUNS \
        or head.lemma_.lower() in _BARE else _KEPT_DEPS
    modifiers = [c for c in head.children if c.dep_ in kept and c.i < head.i and c.pos_ != "PRON"
                 and c.lower_ not in _QUANTIFIERS and not c.like_num and c.pos_ != "NUM"]
    start = min([c.left_edge.i for c in modifiers] + [head.i])  # "open source" in "open source developers"
    while start < head.i and (head.doc[start].lower_ in _QUANTIFIERS or head.doc[start].dep_ == "det"
                              or head.doc[start].dep_ in ("poss", "case") and start not in {m.i for m in modifiers}
                              and not any(m.left_edge.i <= start <= m.i for m in modifiers)):
        start += 1
    words = [t for t in head.doc[start: head.i + 1] if not t.is_punct or t.text == "-" or t.dep_ == "case"]
    text = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)
    owner = _named_owner(head) if head.lemma_.lower() in _BARE and start == head.i else None
    if owner is not None:
        text = f"{text} of {owner}"  # "members of the Porters' Union executive"
    return re.sub(r" (?=['’]s?\b|['’](?:\s|$))", "", text.replace(" - ", "-"))


def _named_owner(head: Token) -> str | None:
    """Whose members or groups a bare noun names, when a name says it: "the 11 members of the
    Porters' Union executive" -> "the Porters' Union executive"."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not any(t.pos_ == "PROPN" for t in obj.subtree) or obj.right_edge.i - prep.i > 8:
        return None
    return head.doc[prep.i + 1: obj.right_edge.i + 1].text


def _phrase(head: Token) -> Span:
    """The group's words as written: determiners and modifiers, and a short "of"/"in" phrase."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in ("in", "of", "at", "from"):
            edge = child.right_edge.i
            if edge - head.i <= 5:
                right = max(right, edge)
    while right > head.i and doc[right].is_punct:
        right -= 1
    if head.i - left > 5:
        left = head.i
    return doc[left: right + 1]


def find_groups(doc: Doc) -> list[GroupMention]:
    """Group phrases that act, in text order; coordinated nouns ("researchers and
    businesses") form one group."""
    out: list[GroupMention] = []
    seen: set[int] = set()
    for token in doc:
        if token.i in seen or not _is_group_noun(token) or not _acts(token):
            continue
        if token.dep_ == "conj":
            continue  # handled with the first noun
        partners = [c for c in token.children if c.dep_ == "conj" and _is_group_noun(c)]
        if partners:
            last = partners[-1]
            span = doc[_phrase(token).start: last.i + 1]
            name = " and ".join([_name(token)] + [_name(p) for p in partners])
            seen.update(p.i for p in partners)
        else:
            span = _phrase(token)
            name = _name(token)
        verb = token.head if token.dep_ != "pobj" else token.head.head
        voiced = verb.lemma_.lower() in VOICE_VERBS and token.dep_ != "nsubjpass"
        main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        # "Environmental groups" and "residents' groups" are two groups: a bare noun's modifiers say which.
        lemma = token.lemma_.lower()
        head = name if lemma in _BARE and " " in name and not partners else lemma
        out.append(GroupMention(span, name, token.dep_ in ("nsubj", "nsubjpass"), voiced, head, main))
    return out
