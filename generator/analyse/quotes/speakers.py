"""Who said a quotation: the syntax of the sentences around it, never the nearest name.

In order: a speech verb outside the quotation in its own sentences (its subject, or the name
right after it in "…”, warned Ana Ruiz"), "according to X", a lead-in ending with a colon
(its subject; "And to wonder:" keeps the previous speaker), the sentence before a blockquote,
a cue opening the next sentence ("…” | She added."), a quotation that simply goes on after
the previous one, and one that follows a sentence of its paragraph reporting someone's words
("Brooks said staff would be exempt. “...”"). Pronouns go to the last person (he, she) or
organisation (it, we, they) named outside quotations. Titles and unattributed scare quotes get no speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.analyse.common.titles import is_title as _is_title
from generator.analyse.contracts import Cast, Mention
from generator.analyse.nlp import doc_text
from generator.ids import name_id

SPEECH_VERBS = frozenset(
    "say tell warn insist add admit explain argue claim note write state declare announce "
    "stress emphasise emphasize point ask wonder reply respond answer acknowledge concede "
    "suggest believe predict recall continue conclude comment observe remark caution boast "
    "promise complain confirm deny tweet post assert maintain contend affirm estimate call "
    "describe dub label put sum summarise summarize laugh joke quip testify recount agree "
    "insist retort counter urge plead vow pledge scoff sigh shout tell report reveal publish lament hint muse "
    "reflect exclaim whisper yell concur interject reiterate assure reassure proclaim chide posit remind chant "
    "accuse".split()
)
_PERSON_PRONOUNS = frozenset("he she him her".split())
_GROUP_PRONOUNS = frozenset("it we they".split())
# Pronouns that tell a person's gender; "his"/"her" are left out, as "her" in "who supplies
# her flour" often belongs to someone else.
_MALE = frozenset("he himself".split())
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                     "miss": "f", "dame": "f", "lady": "f"}
_FEMALE = frozenset("she herself".split())
# Nouns that name a phrase rather than report speech: "the slogan “...”", "the mission of “...”".
_NAMING_NOUNS = frozenset("slogan motto mission mantra tagline watchword catchphrase phrase term label "
                          "expression title headline banner sign name nickname credo maxim".split())
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}
# Nouns for the writers of a piece, who speak for the outlet that published it.
_WRITERS = frozenset("author writer reporter journalist columnist".split())
# Documents that speak for whoever issued them.
_DOCUMENTS = frozenset("statement report forecast study survey memo letter filing release minutes "
                       "analysis paper note".split())
# What a paragraph announces before the quotation that gives it ("the following statement").
_ANNOUNCED = frozenset("statement remark comment message response reply words".split())
_REFLEXIVE = frozenset("itself themselves himself herself ourselves myself".split())
_REFLEXIVE_PRONOUNS = {"itself": "it", "themselves": "they", "himself": "he", "herself": "she"}


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    cue: str | None
    named: bool = False
    """The quotation is a phrase a noun names ("the mission of “...”"), not a statement."""
    rule: str = "no-cue"
    """Which rule attributed it (see the module docstring), for the trace."""
    detail: str = "no attribution found around the quotation"


class Speakers:
    """Attributes the quotations of one article, in reading order."""

    def __init__(self, doc: Doc, actors: Cast, spans: Sequence[tuple[int, int, bool]], *, reach: int = 1500) -> None:
        self.doc, self.actors, self.reach = doc, actors, reach
        self.text = doc_text(doc)
        self.spans = sorted((start, end) for start, end, _ in spans)
        self._starts = [start for start, _ in self.spans]
        kinds = {actor.id: actor.kind for actor in actors.actors}
        # A byline ("By Ana Ruiz") names who wrote the story, never whom a pronoun stands for.
        outside = [m for m in actors.mentions if not self.quoted(m.start) and not self._byline(m.start)]
        self.people = [m for m in outside if kinds.get(name_id(m.key)) == "person"]
        self.others = [m for m in outside if kinds.get(name_id(m.key)) in ("organization", "media", "group")]
        self.previous: Attribution = Attribution(None, None)
        self.previous_end = -1
        self.previous_sentence_end = -1
        self.block_speaker: str | None = None
        self.gender = self._genders()

    def _genders(self) -> dict[str, str]:
        """"m" or "f" for people: the honorific before their name (Mr, Ms ...), else the he or
        she that most often refers to them outside quotations. A subject pronoun refers to the
        main subject of the sentence before when that is a person, else to the last person named."""
        votes: dict[str, list[int]] = {}
        for mention in self.people:
            before = self.text[max(0, mention.start - 6):mention.start].split()[-1:]
            gender = _HONORIFIC_GENDER.get(before[0].casefold()) if before else None
            if gender is not None:
                tally = votes.setdefault(name_id(mention.key), [0, 0])
                tally[gender == "f"] += 3
        mentions = sorted(self.people, key=lambda m: m.start)
        starts = [m.start for m in mentions]
        for token in self.doc:
            word = token.lower_
            if word not in _MALE and word not in _FEMALE or token.dep_ not in ("nsubj", "nsubjpass") \
                    or self.quoted(token.idx):
                continue
            at = bisect.bisect_left(starts, token.idx)
            if at == 0 or token.idx - mentions[at - 1].end > 400:
                continue
            target = self._main_subject_before(token, mentions[:at])
            if target is None and self._pronoun_before(token):
                continue  # "He nodded. ... she said": a chain of pronouns tells nothing new
            target = target or mentions[at - 1]
            tally = votes.setdefault(name_id(target.key), [0, 0])
            tally[word in _FEMALE] += 1
        return {key: ("f" if f > m else "m") for key, (m, f) in votes.items() if m != f}

    def _main_subject_before(self, pronoun: Token, mentions: list[Mention]) -> Mention | None:
        """The person who is the main subject of the sentence before the pronoun's, when the
        pronoun opens its own clause as a subject ("Mercer said Pryce lied. She told him ...")."""
        sent = pronoun.sent
        if sent.start == 0 or pronoun.i - sent.start > 3:
            return None
        previous = self.doc[sent.start - 1].sent
        inside = [m for m in mentions if previous.start_char <= m.start < previous.end_char]
        return next((m for m in inside if self.main_subject(m)), None)

    def _pronoun_before(self, pronoun: Token) -> bool:
        """Whether the sentence before the pronoun's has a pronoun as its main subject."""
        sent = pronoun.sent
        if sent.start == 0:
            return False
        previous = self.doc[sent.start - 1].sent
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ == "PRON"
                   and t.lower_ in _MALE | _FEMALE for t in previous)

    def main_subject(self, mention: Mention) -> bool:
        """Whether the mention is the subject of its sentence's main verb."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        head = root.head
        return root.dep_ in ("nsubj", "nsubjpass") and (head.dep_ == "ROOT" or head.dep_ == "conj"
                                                          and head.head.dep_ == "ROOT")

    def _byline(self, offset: int) -> bool:
        """Whether a name opens a block after "By ": the byline."""
        return offset >= 3 and self.text[offset - 3:offset] == "By " and (offset == 3 or self.text[offset - 4] == "\n")

    def quoted(self, offset: int) -> bool:
        """Whether a character lies inside a quotation."""
        at = bisect.bisect_right(self._starts, offset) - 1
        return at >= 0 and self.spans[at][0] <= offset < self.spans[at][1]

    def attribute(self, start: int, end: int, blockquote: bool, text: str) -> Attribution:
        result = self._attribute(start, end, blockquote, text)
        if blockquote and result.speaker is not None:
            self.block_speaker = result.speaker
        if len(text.split()) > 3 or result.speaker is not None:
            self.previous, self.previous_end = result, end
            last = self.doc.char_span(start, end, alignment_mode="expand")
            self.previous_sentence_end = last[-1].sent.end if last is not None and len(last) else -1
        return result

    def _attribute(self, start: int, end: int, blockquote: bool, text: str) -> Attribution:
        doc = self.doc
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return Attribution(None, None)
        if _is_title(text):
            return Attribution(None, None, rule="title", detail="a title in quotation marks, no one's words")
        first, last = tokens[0].sent, tokens[-1].sent
        named = self._named_phrase(tokens[0])
        if named is not None:
            return named
        if not blockquote:
            for sent in dict.fromkeys([last, first]):
                found = self._verb_cue(sent, start, end)
                if found is not None:
                    return found
            lead = self._lead_in(first, start)
            if lead is not None:
                return lead
            after = self._next_sentence_cue(last, end)
            if after is not None:
                return after
            announced = self._announced(first, start)
            if announced is not None:
                return announced
        else:
            found = self._block_lead(tokens[0])
            if found is not None:
                return found
        if self._continues(start, text):
            return Attribution(self.previous.speaker, None, rule="continues",
                               detail="goes on right after the previous speaker's quotation")
        if not blockquote:
            reported = self._reported_before(first, start)
            if reported is not None:
                return reported
        return Attribution(None, None)

    def _reported_before(self, sent: Span, start: int) -> Attribution | None:
        """"Brooks said staff would be exempt. “Nobody will pay a penny.”": a quotation that opens its
        sentence right after a sentence of the same paragraph reporting someone's words is theirs."""
        if sent.start == 0 or self.text[sent.start_char:start].strip(" “\"‘'«") != "":
            return None
        previous = self.doc[sent.start - 1].sent
        if "\n" in self.text[previous.end_char:sent.start_char] or any(t.is_quote for t in previous):
            return None
        root = previous.root
        if root.lemma_.lower() not in SPEECH_VERBS or root.pos_ != "VERB":
            return None
        # A statement reported ("said staff would be exempt"), not a question ("asked whether ..."),
        # and no other name in the quotation's own sentence ("... came from Daniel Okafor").
        said = [c for c in root.children if c.dep_ == "ccomp"]
        if not said or any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for c in said for m in c.children) \
                or any(self.actors.actor_covering(t.idx) for t in sent if not self.quoted(t.idx)):
            return None
        found = self._speaker_of(root)
        if found is None:
            return None
        return replace(found, cue=None, rule="reported-before",
                       detail=f"the sentence before reports the words of its subject ({found.detail})")

    # --- cues -----------------------------------------------------------------------------------

    def _named_phrase(self, first: Token) -> Attribution | None:
        """A quotation that a noun before it names ("the slogan “...”", "the mission of “...”")
        is no one's speech, unless the noun is the subject's own: "its mission of “...”",
        "which had given itself the mission of “...”"."""
        doc = self.doc
        noun = None
        for token in reversed(doc[max(0, first.i - 4): first.i]):
            if token.lower_ in _NAMING_NOUNS and token.pos_ in ("NOUN", "PROPN"):
                noun = token
                break
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
                break
        if noun is None:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
            reflexive = next((c for c in verb.children if c.lower_ in _REFLEXIVE), None) if verb is not None else None
            if verb is not None and reflexive is not None:
                pronoun = _REFLEXIVE_PRONOUNS.get(reflexive.lower_)
                speaker = self.antecedent(pronoun, reflexive.idx) if pronoun else None
                return Attribution(speaker, doc[verb.i: noun.i + 1].text if speaker else None, True, "named-phrase",
                                   f"a phrase the noun '{noun.text}' names, the subject's own ('{reflexive.text}')")
            return Attribution(None, None, True, "named-phrase", f"a phrase the noun '{noun.text}' names, no statement")
        speaker = self._resolve(owner)
        return Attribution(speaker, doc[owner.i: noun.i + 1].text, True, "named-phrase",
                           f"a phrase the noun '{noun.text}' of '{owner.text}' names")

    def _verb_cue(self, sent: Span, start: int, end: int) -> Attribution | None:
        """The speech verb outside quotations nearest to the quotation, and its speaker."""
        verbs = [t for t in sent if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")
                 and not self.quoted(t.idx) and not _governs_infinitive(t) and not _puts_something(t)]
        # The verb whose clause holds the quotation first ("he told X that the firm is “...”,
        # continuing ..."), then the nearest.
        inside = self.doc.char_span(start, end, alignment_mode="expand")
        quoted = {t.i for t in inside} if inside is not None else set()
        verbs.sort(key=lambda t: (not _dominates(t, quoted), min(abs(t.idx - end), abs(t.idx - start))))
        for verb in verbs:
            found = self._speaker_of(verb)
            if found is not None:
                return found
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to" \
                    and not self.quoted(token.idx):
                objects = [c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects:
                    words = list(objects[0].subtree)
                    speaker = self._actor_in(words[0].idx, words[-1].idx + len(words[-1])) \
                        or self._document_owner(objects[0], token)
                    if speaker is not None:
                        return Attribution(speaker, self.doc[token.i: words[-1].i + 1].text, rule="according-to",
                                           detail=f"'according to {objects[0].text}'")
        return None

    def _speaker_of(self, verb: Token) -> Attribution | None:
        """Subject of a speech verb (resolving pronouns), or the name right after it."""
        # (A closing quotation mark the parser took for a subject, "’’ added X", is none.)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not self.quoted(c.idx)
                        and not c.is_punct and any(ch.isalnum() for ch in c.text)), None)
        if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and not self.quoted(c.idx)), None)
        if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            # "The secretary finishes by stressing that ...": the subject of the verb the phrase qualifies
            subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and not self.quoted(c.idx)),
                           None)
        if subject is not None:
            speaker = self._resolve(subject)
            if speaker is not None:
                words = list(subject.subtree)
                low, high = min(verb.i, words[0].i), max(verb.i, words[-1].i)
                how = f"pronoun '{subject.text}' stands for the last fitting actor" if subject.pos_ == "PRON" \
                    else f"subject '{subject.text}'"
                return Attribution(speaker, self.doc[low: min(high, low + 12) + 1].text, rule="speech-verb",
                                   detail=f"{how} of the speech verb '{verb.text}'")
            if subject.i < verb.i and subject.lower_ not in ("it", "this", "that"):
                return None  # "The authors claim that Kestrel ...": Kestrel is what they speak of
        if subject is None:
            found = self._subject_between(verb)
            if found is not None:
                return found
        # "…”, warned Ana Ruiz": the parser may hang the name elsewhere.
        for token in self.doc[verb.i + 1: verb.i + 4]:
            if self.quoted(token.idx) or token.is_punct and token.text not in (",",) or token.dep_ == "mark":
                break  # "stressing that Acme will ...": Acme is what is said, not who says it
            speaker = self.actors.actor_covering(token.idx)
            if speaker is not None:
                ends = [m.end for m in self.actors.mentions if m.start <= token.idx < m.end]
                end = min(ends) if ends else token.idx + len(token)
                return Attribution(speaker, self.text[verb.idx: end], rule="speech-verb",  # "warned Ana Ruiz"
                                   detail=f"the name right after the speech verb '{verb.text}'")
        return None

    def _subject_between(self, verb: Token) -> Attribution | None:
        """"“…,” the judge, Ana Ruiz of the High Court, said": when the parser finds no subject, the
        words between a closing quotation mark and the verb are it; a person named there first."""
        doc = self.doc
        start = verb.i
        while start > verb.sent.start and verb.i - start < 14:
            token = doc[start - 1]
            if self.quoted(token.idx) or token.text in ("”", "\"", "’", "»") or token.pos_ in ("VERB", "AUX"):
                break
            start -= 1
        if start == verb.i or start == verb.sent.start or not doc[start - 1].is_quote \
                and not self.quoted(doc[start - 1].idx):
            return None
        gap = doc[start: verb.i]
        ids = [self.actors.actor_covering(t.idx) for t in gap if not t.is_punct]
        people = [i for i in ids if i is not None and self.actors.kind(i) == "person"]
        speaker = people[0] if people else next((i for i in ids if i is not None), None)
        if speaker is None:
            return None
        return Attribution(speaker, doc[start: verb.i + 1].text.strip(" ,"), rule="speech-verb",
                           detail=f"the words between the quotation and the speech verb '{verb.text}'")

    def _resolve(self, token: Token) -> str | None:
        """The actor a subject refers to: a pronoun's antecedent, the mention it holds, or
        for "the authors" the outlet named just before."""
        if token.pos_ == "PRON" or token.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            chained = self._subject_before(token)
            return self._resolve(chained) if chained is not None else self.antecedent(token.lower_, token.idx)
        speaker = self.actors.actor_covering(token.idx)
        if speaker is not None:
            return speaker
        # "The head of sales at Acme, Ana Ruiz, said": the person in apposition, not the body in the title.
        # (The parser often hangs the apposition on the nearest noun, "Acme".)
        words = list(token.subtree)
        for word in words:
            named = self.actors.actor_covering(word.idx) if word.dep_ == "appos" else None
            if named is not None and self.actors.kind(named) == "person":
                return named
        speaker = self._actor_in(words[0].idx, words[-1].idx + len(words[-1]))
        if speaker is None and token.lemma_.lower() in _WRITERS and words[0].lower_ == "the":
            speaker = self._recent_outlet(token)
        return speaker

    def _subject_before(self, pronoun: Token) -> Token | None:
        """The main subject of the sentence before, that a pronoun opening its own sentence as the main
        subject goes on from, rather than from a name that sentence mentions in passing: the same "he" or
        "she" ("He told the BBC the men, Ana Ruiz's sons, ... He said ..."), or for "they" a person (the
        singular they) or a body ("A Coats spokesperson told reporters ... They added:")."""
        if pronoun.lower_ not in ("he", "she", "they") or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT" \
                or pronoun.sent.start == 0 or pronoun.lower_ == "they" and pronoun.i - pronoun.sent.start > 1:
            return None
        previous = self.doc[pronoun.sent.start - 1].sent
        subjects = [t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and not self.quoted(t.idx)]
        if pronoun.lower_ != "they":
            return next((t for t in subjects if t.lower_ == pronoun.lower_), None)
        subject = next((t for t in subjects if t.pos_ != "PRON"), None)
        return subject if subject is not None and self.actors.actor_covering(subject.idx) is not None else None

    def _recent_outlet(self, token: Token) -> str | None:
        """The outlet or body named in this sentence or the two before ("The Courier published
        ... The authors claim"): the authors of the piece it published."""
        sent = token.sent
        for _ in range(2):
            if sent.start > 0:
                sent = self.doc[sent.start - 1].sent
        start = sent.start_char
        outlets = [m for m in self.others if start <= m.start < token.idx
                   and self.actors.kind(name_id(m.key)) in ("media", "organization")]
        return name_id(outlets[-1].key) if outlets else None

    def _document_owner(self, noun: Token, according: Token) -> str | None:
        """"according to the statement after its meeting": a document's owner, by possessive."""
        if noun.lemma_.lower() not in _DOCUMENTS:
            return None
        for token in according.subtree:
            if token.dep_ == "poss":
                pronoun = _POSSESSIVE_PRONOUNS.get(token.lower_)
                return self.antecedent(pronoun, token.idx) if pronoun else self._resolve(token)
        return None

    def _actor_in(self, start: int, end: int) -> str | None:
        return self.actors.actor_at(start, end)

    def antecedent(self, pronoun: str, offset: int) -> str | None:
        """The last person (he, she) or organisation (it, we, they) named before ``offset``,
        outside quotations; "they" and "we" fall back to a person."""
        pools: list[list[Mention]]
        if pronoun in _PERSON_PRONOUNS:
            pools = [self.people]
        elif pronoun in ("we", "they"):
            pools = [self.others, self.people]
        elif pronoun == "it":
            pools = [self.others]
        else:
            return None
        want = "m" if pronoun in ("he", "him") else "f" if pronoun in ("she", "her") else None
        for pool in pools:
            before = sorted((m for m in pool if m.end <= offset and offset - m.end < self.reach),
                            key=lambda m: m.start, reverse=True)
            fitting = [m for m in before if want is None or self.gender.get(name_id(m.key), want) == want]
            if fitting:
                main = [m for m in fitting if m.sentence == fitting[0].sentence and m.named and self.main_subject(m)]
                return name_id((main[0] if main else _centre(fitting)).key)
            if before:
                return name_id(before[0].key)
        return None

    def _lead_in(self, sent: Span, start: int) -> Attribution | None:
        """A lead-in ending with a colon before the quotation: its subject, or the previous
        speaker when it has none ("And to wonder: “...”")."""
        before = self.text[sent.start_char:start].rstrip(" “\"‘'«")
        if not before.endswith(":"):
            return None
        return self._clause_subject(sent, start, "lead-in-colon") or Attribution(
            self.previous.speaker, before.strip(), rule="lead-in-colon",
            detail="a lead-in with no subject of its own: the previous speaker goes on")

    def _clause_subject(self, sent: Span, limit: int, rule: str) -> Attribution | None:
        """The subject of the lead-in's main verb first ("Asked where the company would be,
        she laughed:" is hers), then of any verb; never a product."""
        subjects = [t for t in sent if t.idx < limit and t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.pos_ in ("VERB", "AUX") and not self.quoted(t.idx)]
        subjects.sort(key=subject_order)
        for token in subjects:
            speaker = self._resolve(token)
            if speaker is not None and self.actors.kind(speaker) == "product" and token.lemma_.lower() in _DOCUMENTS:
                speaker = self.actors.maker(speaker)  # "Kestrel’s technical report says:" speaks for its maker
            if speaker is not None and self.actors.kind(speaker) != "product":
                return Attribution(speaker, sent.text.strip(), rule=rule,
                                   detail=f"subject '{token.text}' of '{token.head.text}' in the sentence before")
        return None

    def _block_lead(self, first: Token) -> Attribution | None:
        """A blockquote's speaker is the subject of the sentence that introduces it."""
        if first.sent.start == 0:
            return None
        previous = self.doc[first.sent.start - 1].sent
        if self.quoted(previous.start_char) and self.previous.speaker is not None:
            return Attribution(self.previous.speaker, None, rule="blockquote-continues",
                               detail="follows the previous speaker's quotation")
        introduces = previous.text.rstrip().endswith(":") or any(
            t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") for t in previous)
        if not introduces and self.block_speaker is not None:
            return Attribution(self.block_speaker, None, rule="blockquote-answer",  # an interview's next answer
                               detail="the speaker of the previous blockquote answers again")
        return self._clause_subject(previous, previous.end_char, "blockquote-lead")

    def _announced(self, sent: Span, start: int) -> Attribution | None:
        """A quotation that opens a paragraph after one announcing it ("... issued the following
        statement from its president, Ana Ruiz." or "... told the board:"): whoever the statement is
        from, else the subject of the announcing sentence."""
        if sent.start == 0 or self.text[sent.start_char:start].strip(" “\"‘'«") != "" \
                or "\n" not in self.text[max(0, sent.start_char - 3):sent.start_char]:
            return None
        previous = self.doc[sent.start - 1].sent
        if self.quoted(previous.start_char):
            return None
        nouns = [t for t in previous if t.lemma_.lower() in _ANNOUNCED and t.pos_ == "NOUN"
                 and any(c.lower_ == "following" for c in t.children)]
        if not nouns and not previous.text.rstrip().endswith(":"):
            # "Ruiz lamented the missed chances. | “First half, we ...”": the paragraph before reports
            # what its subject says or feels, and the quotation gives the words.
            root = previous.root
            asks = root.lemma_.lower() in ("ask", "wonder", "question") or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for t in root.children for c in t.children)
            paragraph_end = self.text.find("\n", start)
            paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
            # Someone named later in the quotation's own paragraph ("... came from X") is its speaker.
            named_after = any(start < m.start < paragraph_end for m in self.people)
            if (root.lemma_.lower() in SPEECH_VERBS or self._person_acts(root)) and root.pos_ == "VERB" \
                    and not asks and not named_after \
                    and self.text[previous.start_char:sent.start_char].rstrip(" ").endswith("\n"):
                return self._clause_subject(previous, previous.end_char, "reported-before-paragraph")
            return None
        for noun in nouns:
            sources = [o for p in (*noun.children, *noun.head.children) if p.lower_ == "from" and p.dep_ == "prep"
                       for o in p.children if o.dep_ == "pobj"]
            for source in sources:
                speaker = self._resolve(source)
                if speaker is not None and self.actors.kind(speaker) != "product":
                    return Attribution(speaker, previous.text.strip(), rule="announced",
                                       detail=f"the {noun.text} the paragraph before announces is from "
                                              f"'{source.text}'")
        return self._clause_subject(previous, previous.end_char, "announced")

    def _person_acts(self, verb: Token) -> bool:
        """Whether a named person is the active subject of the verb ("Chair Ana Ruiz pushed back."):
        a one-sentence paragraph that sets up the quotation opening the next one."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speaker = self._resolve(subject) if subject is not None and subject.pos_ != "PRON" else None
        return speaker is not None and self.actors.kind(speaker) == "person"

    def _next_sentence_cue(self, sent: Span, end: int) -> Attribution | None:
        """"“...” | She added." : a cue that opens the sentence after the quotation."""
        if sent.end >= len(self.doc) or self.text[end:sent.end_char].strip(" ”\"’'»,.!?") != "":
            return None
        following = self.doc[sent.end].sent
        head = [t for t in following[:4] if not t.is_punct]
        for token in head:
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
                found = self._speaker_of(token)
                return None if found is None else replace(found, rule="next-sentence-cue")
        return None

    def _continues(self, start: int, text: str) -> bool:
        """A quotation right after an attributed one, with only its cue between them."""
        if self.previous.speaker is None or self.previous_end < 0:
            return False
        gap = self.text[self.previous_end:start]
        statement = len(text.split()) > 3 or text.rstrip()[-1:] in ".?!"
        if gap.count("\n\n") > 1 or not statement:
            return False
        if len(gap) < 80:
            return True
        if "\n" not in gap and not any(m.named and self.previous_end <= m.start < start
                                       and name_id(m.key) != self.previous.speaker
                                       for m in self.people + self.others):
            return True  # same paragraph, nobody else named in between
        # The quotation opens the sentence right after the one that closed the previous quote.
        tokens = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        sent = tokens[0].sent
        return sent.start == self.previous_sentence_end and \
            self.text[sent.start_char:start].strip(" “\"‘'«\n") == ""


def subject_order(subject: Token) -> tuple[bool, int]:
    """The main verb's subject first; of two that the parser gave one verb ("Growers Union (GU)
    President Ana Ruiz issued ..."), the one next to the verb."""
    return subject.head.dep_ != "ROOT", -subject.i


def _centre(mentions: list[Mention]) -> Mention:
    """The antecedent among fitting mentions, latest first: the latest, unless it is no
    subject and someone else is the subject of its sentence ("Ruiz questioned Hale’s
    figures. She said ..." means Ruiz)."""
    latest = mentions[0]
    if latest.subject:
        return latest
    for mention in mentions[1:]:
        if mention.sentence != latest.sentence:
            break
        if mention.subject and mention.named and mention.key != latest.key:
            return mention
    return latest


def _governs_infinitive(verb: Token) -> bool:
    """"continuing to set a high mark", "added to the pressure": going on and adding that take an
    infinitive or a "to" phrase act; they report no words ("telling him to “...”" does)."""
    if verb.lemma_.lower() not in ("continue", "add"):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") or c.dep_ == "prep" and c.lower_ == "to"
               for c in verb.children)


def _puts_something(verb: Token) -> bool:
    """"putting all its resources into ...": to put reports words only as "put it" ("as she put it")."""
    return verb.lemma_.lower() == "put" and not any(c.lower_ == "it" for c in verb.children)


def _dominates(verb: Token, quoted: set[int]) -> bool:
    """Whether a quotation lies in the clause of the verb: going up from its words meets the verb
    before any other verb of speech outside the quotation."""
    for i in quoted:
        token = verb.doc[i]
        while token.head.i != token.i:
            token = token.head
            if token.i == verb.i:
                return True
            if token.i not in quoted and token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                break
    return False
