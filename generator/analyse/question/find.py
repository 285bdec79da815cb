"""The central question, the labels of its two sides, and the topic pack the article belongs to.

The metadata's ``question`` wins. Otherwise the question is derived from what the text raises,
for any subject: a topic pack's question when the text keeps coming back to its vocabulary; a
yes/no question the headline asks; the proposal or decision the article reports (a plan, ban,
charge, bill, loan ... that someone approves, rejects, votes on or opposes); the claim the
headline makes with a modal ("X can ...", "We need ...", "Y should ..."), turned into a question.
When none of these is there (a plain news report), there is no question: ``sides`` is ``None``
and no debate is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from spacy.tokens import Doc, Span, Token

from generator.analyse.common.patterns import QUOTED_SPAN
from generator.analyse.common.sentiment import load_valence
from generator.analyse.common.stance_verbs import RESTRICTING_VERBS, SIDE_TAKING_VERBS
from generator.analyse.common.titles import is_headline
from generator.analyse.context import Frame, Reading
from generator.analyse.lexicons import Lexicons
from generator.analyse.nlp import doc_text
from generator.analyse.settings import AnalysisSettings
from generator.model import Article, Sides

# Head nouns of things people argue about adopting or stopping.
PROPOSAL_NOUNS = frozenset(
    "plan plans ban charge bill law tax loan subsidy trial extension policy proposal deal reform scheme project "
    "rule rules measure measures decision strike merger programme program mandate cut cuts increase release "
    "referendum treaty agreement motion budget pilot moratorium levy fee tariff regulation regulations "
    "expansion closure restriction restrictions rise rises hike hikes freeze sale takeover acquisition "
    "privatisation privatization application bid".split())
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|its|their|his|her|our|any|such)\s+", re.IGNORECASE)
_QUESTION_STOP = frozenset({"should", "would", "could", "will", "does", "did", "is", "are", "be", "the", "a", "an",
                            "of", "to", "in", "on", "for", "and", "or", "its", "their", "it", "with", "by", "than",
                            "rather", "this", "that", "ahead", "case", "made", "right", "what", "whether", "do", "have",
                            "has"})


# Verbs that make a decision, take a side on a proposal or put it forward: their object (or the
# subject of their passive) is a proposal at issue ("the council approved the loan").
DECISION_VERBS = frozenset(
    "approve back reject vote propose plan introduce adopt scrap block oppose support debate consider pass veto "
    "announce unveil challenge overturn delay halt suspend defend criticise criticize endorse sign push launch "
    "withdraw drop resist fight condemn agree accept refuse shelve abandon revive review table amend extend "
    "impose lift ratify uphold strike defeat weigh end keep scrap trial test cancel confirm".split())
# Nouns of a decision taken on a proposal ("the adoption of the rule").
DECISION_NOUNS = frozenset("adoption approval rejection introduction repeal withdrawal passage implementation "
                           "scrapping abandonment cancellation suspension extension signing ratification".split())
# Adjectives that mark a proposal as disputed or still to be decided ("the contested trial").
_AT_ISSUE = frozenset("contested controversial proposed planned disputed divisive mooted draft planned".split())
# Prepositions that tie a proposal to a decision ("vote on the bill", "campaign against the ban").
_DECISION_PREPOSITIONS = frozenset({"on", "for", "against", "over", "about", "to"})
_AUXILIARIES = frozenset("can could should must will would may might is are was were has have had".split())
_REPORTING_TAIL = re.compile(r"[,;:–—-]\s*(?:(?:a|an|the|new)\s+)?(?:[\w’'-]+\s+){0,2}?(?:warns?|says?|said|argues?|"
                             r"claims?|insists?|writes?|tells?|urges?|finds?|found|shows?|suggests?)\b.*$",
                             re.IGNORECASE)
_REPORTING_HEAD = re.compile(r"^[^:]{2,60}:\s+")
# A headline that reports someone's claim ("Union says hospitals are ..."): the claim is the clause.
_REPORTED_LEAD = re.compile(r"^(?:[\w’'.-]+\s+){1,5}?(?:says?|warns?|claims?|argues?|insists?|believes?|thinks?|"
                            r"fears?)\s+(?:that\s+)?", re.IGNORECASE)
_REPORTING_LEMMAS = frozenset("say warn claim argue insist believe think fear".split())
# Quotation marks around words of the claim (not apostrophes inside words).
_CLAIM_QUOTES = re.compile(r"(?<!\w)['‘’“”\"]|['‘’“”\"](?!\w)")
# Subjects that name nobody a question could be about.
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})
_QUOTED_HEADLINE = re.compile(r"[:–—]\s*[“\"‘']|^\W*[“\"‘'][^”\"’']+[”\"’']\s*[:–—]")
# A quotation that opens with its speaker's own person ("I would ...", "We must ...", "Our town ...").
_FIRST_PERSON = re.compile(r"(?:i|we|my|our|you)\b", re.IGNORECASE)
_QUOTED_PREDICATE = re.compile(r"(?<!\w)['‘“\"](?:not\s+)?[a-z]+(?:ed|ing|en)\b[^'’”\"]*['’”\"](?!\w)")
_YES_NO = re.compile(r"^(?:is|are|was|were|should|shall|can|could|will|would|does|do|did|has|have|had|must|may|"
                     r"might)\b", re.IGNORECASE)


def frame_question(article: Article, doc: Doc, lexicons: Lexicons, settings: AnalysisSettings,
                   reading: Reading | None = None) -> Frame:
    """The question at issue (or none) and its sides, the topic pack whose vocabulary the article
    uses, and what the proposal and its opposite are called."""
    limits = settings.question
    # The question, else the headline, says what the article is about most plainly.
    topic = lexicons.topic(article.meta.question or article.title, article.text, mentions=limits.topic_mentions,
                           cooccurrences=limits.topic_cooccurrences)
    question = article.meta.question
    # An interview's questions put others' claims to be answered: they are no fact check.
    interview = reading is not None and reading.genre == "interview"
    rebutted = None if question or interview else rebutted_question(article, doc)
    if rebutted is not None:
        topic = None  # the text is about the claim it answers, not the topic pack's debate
    sides: Sides | None
    if rebutted is not None:
        sides = Sides(question=rebutted[0], for_label="Yes", against_label="No", derived=True)
    elif question:
        labels = topic.labels_when_set if topic is not None else ("Yes", "No")
        sides = Sides(question=question, for_label=labels[0], against_label=labels[1])
    elif topic is not None:
        sides = Sides(question=topic.question, for_label=topic.labels[0], against_label=topic.labels[1],
                      derived=True)
    else:
        sides = derived_sides(article, doc, limits.proposal_mentions, reading or Reading(),
                              limits.contention_sentences)
    proposal = topic.proposal if topic is not None else _proposal_terms(sides.question) \
        if sides else None
    opposite = topic.opposite if topic is not None else \
        restricted_terms(doc, sides.question) if sides is not None and not question and rebutted is None else None
    return Frame(sides=sides, topic=topic, proposal=proposal, opposite=opposite,
                 rebutted=rebutted[1] if rebutted is not None else None,
                 action=sides is not None and not question and rebutted is None and asks_action(sides.question),
                 restricts=topic is None and opposite is not None)


def _proposal_terms(question: str) -> re.Pattern[str] | None:
    """What the proposal is called. "Should the aid budget cut go ahead?" proposes the cut ("the
    decision", "the move"): "aid budget" names what it restricts, the opposite; "Should the trial be
    stopped?" proposes stopping."""
    stopped = _BE_STOPPED.match(question)
    if stopped is not None:  # "Should the trial be stopped?" proposes stopping it
        lemma = next((verb for verb, done in _STOPPED.items() if done == stopped.group("done")), "")
        return question_terms(f"{lemma} {stopped.group('done')} decision move")
    asked = _GO_AHEAD.match(question)
    if asked is None or asked.group(1).lower() not in _RESTRICTIVE:
        return question_terms(question)
    return question_terms(f"{asked.group(1)} decision move")


def asks_action(question: str) -> bool:
    """Whether a "Does/Did ...?" question asks if someone takes a decision ("Did the council
    overturn the ban?"), rather than whether a state of things holds."""
    if not _DO_QUESTION.match(question):
        return False
    return any(word in _ENACTING for word in re.findall(r"\b[a-z]+\b", question)) or \
        _UNDONE_REFUSAL.search(question) is not None


_DO_QUESTION = re.compile(r"^(?:Does|Do|Did)\s")
# Decisions that put something in force: praise of what they enact argues for them. (A decision that
# stops something, "reject", "ban", turns praise of its object around; that is the claim rules' case.)
_ENACTING = frozenset("approve adopt pass ratify endorse sign impose introduce launch extend uphold accept "
                      "authorise authorize".split())
# Undoing a refusal ("overturn the council's rejection of the site") enacts what was refused.
_UNDONE_REFUSAL = re.compile(r"\b(?:overturn|reverse|lift|quash)\s+(?:\S+\s+){0,3}?(?:rejection|refusal|ban|veto|"
                             r"block)\b", re.IGNORECASE)


# Proposals that stop or take away something, and the verbs that do it: what they act on is the
# proposal's opposite ("the ban on rental scooters": praise of the scooters argues against the ban).
_RESTRICTIVE = frozenset("ban closure cut cuts restriction restrictions moratorium freeze abolition end removal "
                         "withdrawal shutdown".split())
# Nouns for doing something with a thing ("the use of pesticides"): a ban on them acts on the thing.
_ACTIVITY_NOUNS = frozenset("use sale sales import imports export exports production supply purchase".split())
_GO_AHEAD = re.compile(r"^Should the (?:[\w-]+ )*?([\w-]+) go ahead\?$")


def _after_owner(noun: Token) -> int:
    """Where a noun's phrase starts once its owner is left out ("the town's rental trial" -> "rental")."""
    owned = [t.i for t in noun.doc[noun.left_edge.i:noun.i] if t.tag_ == "POS" or t.dep_ == "case"]
    return max(owned) + 1 if owned else noun.left_edge.i


def restricted_terms(doc: Doc, question: str, lede: int = 3) -> re.Pattern[str] | None:
    """Words for what a restrictive proposal acts on ("Should the ban go ahead?" and "ban the hire
    schemes", "the ban on e-scooters" -> scheme, scooter; "Should the trial be stopped?" -> trial), or
    ``None``."""
    stopped = _BE_STOPPED.match(question)
    if stopped is not None:
        return question_terms(stopped.group("what"))  # what is to be stopped
    asked = _GO_AHEAD.match(question)
    if asked is None or asked.group(1).lower() not in _RESTRICTIVE:
        return None
    noun = asked.group(1).lower()
    objects: list[Token] = []
    for index, sentence in enumerate(doc.sents):
        for token in sentence:
            if index < lede and token.pos_ == "VERB" and token.lemma_.lower() in RESTRICTING_VERBS:
                # "ban the hire schemes", and the passive "pesticides ... are (to be) banned"
                objects += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                if token.dep_ == "xcomp" and token.tag_ == "VBN":
                    objects += [c for c in token.head.children if c.dep_ == "nsubj"]
            elif token.lower_ in (noun, noun.rstrip("s")) and token.pos_ == "NOUN":
                objects += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "of", "to")
                            for o in p.children if o.dep_ == "pobj"]
                # "the pesticides ban"
                objects += [c for c in token.children if c.dep_ == "compound" and c.tag_ == "NNS"]
    # "the ban on the outdoor use of pesticides": what is used, sold or made is what the ban acts on.
    objects = [o for noun_ in objects for o in (
        [o for p in noun_.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if noun_.lemma_.lower() in _ACTIVITY_NOUNS else [noun_])]
    asked_words = {noun, noun.rstrip("s")}
    # The object and the nouns before it in its phrase ("rental e-scooter trial": scooter, trial).
    words = sorted({t.lemma_.lower() for o in objects for t in doc[_after_owner(o):o.i + 1]
                    if (t.pos_ == "NOUN" or t.dep_ in ("compound", "amod") and t.tag_ in ("NN", "NNS"))
                    and len(t.text) > 2 and t.is_alpha and not t.ent_type_
                    and t.lemma_.lower() not in asked_words | _QUESTION_STOP}
                   # What the question names before the restriction ("the aid budget cut") is restricted too.
                   | {w.lower() for w in re.findall(r"[A-Za-z]{3,}", question[len("Should the "):asked.start(1)])
                      if w.lower() not in _QUESTION_STOP})
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es|[’']s)?\b", re.IGNORECASE)


def derived_sides(article: Article, doc: Doc, needed: int, reading: Reading, contended: int = 3) -> Sides | None:
    """The question the text raises: the headline's own question, the proposal or decision it
    reports, the claim its headline makes, (in an opinion or a statement) the thesis its own voice
    states, or (in a text that argues) its headline's or lede's claim as a question; ``None`` when
    it raises none."""
    title = (article.meta.title or "").strip()
    if title.endswith("?") and _YES_NO.match(title):
        return Sides(question=_sentence_case(title, article.text), for_label="Yes", against_label="No", derived=True)
    disputed = contention(doc)
    proposal = _main_proposal(doc, title, needed, disputed)
    if proposal:
        stopped = _restriction_sought(doc, title, proposal.split()[-1])
        if stopped is not None:
            return Sides(question=f"Should {proposal} be {stopped}?", for_label="Yes", against_label="No",
                         derived=True)
        return _go_ahead(proposal)
    decision = decision_question(doc, title=title)
    if decision:
        return Sides(question=decision, for_label="Yes", against_label="No", derived=True)
    # A text that keeps reporting disagreement is about the proposal its headline names ("Arts bodies
    # stunned by grant cuts"), whatever verb the headline uses.
    proposal = _named_proposal(doc, title, needed, PROPOSAL_NOUNS, headline_at_issue=True) if disputed >= 2 else None
    if proposal:
        return _go_ahead(proposal)
    claim = claim_question(title, article.text)
    if claim is not None and _clause_before(doc, title, _modal_word(title)):
        claim = None  # "Union says hospitals are ...": the auxiliary belongs to a reported clause
    if claim is None and reading.genre in ("opinion", "statement"):
        claim = next(filter(None, (claim_question(thesis, article.text) for thesis in _theses(article))), None) \
            or _called_for(article) or _recommended(doc)
    claim = claim or _wary_question(doc, title)
    if claim is None and (disputed >= 1 or reading.genre in ("opinion", "statement")):
        claim = _verbless_claim(doc, title)
    if claim:
        return Sides(question=claim, for_label="Yes", against_label="No", derived=True)
    # A headline that quotes someone's words as its verb ("Council 'not listening' to residents")
    # reports a charge: that is contention enough.
    charged = _QUOTED_PREDICATE.search(title) is not None
    # Without a headline to say what the text is about, a text that disputes, predicts or recommends
    # (not a plain account of events) is about what its lede says.
    untitled = not title and (disputed >= 1 or _modal_sentences(doc) >= 2)
    if reading.genre in ("opinion", "statement", "interview") or disputed >= contended or charged or untitled:
        argued = participle_question(title, article.text)
        if argued is not None and _clause_before(doc, title, _participle_word(title), participle=True):
            argued = None  # "Agency investigates alleged ...": a headline with a verb of its own
        if argued is None and (reading.genre in ("opinion", "statement", "interview") or disputed >= contended
                               or untitled):
            argued = lede_question(doc, article.text, decides=reading.genre == "statement", title=title)
        if argued:
            return Sides(question=argued, for_label="Yes", against_label="No", derived=True)
    if reading.genre in ("opinion", "statement"):
        # A text with a voice of its own argues a case even when neither its headline nor its lede can
        # be asked: the proposal it names, else the first judgement it makes in its own words.
        proposal = _named_proposal(doc, title, needed, PROPOSAL_NOUNS, headline_at_issue=True)
        if proposal:
            return _go_ahead(proposal)
        argued = _own_judgement(doc)
        if argued:
            return Sides(question=argued, for_label="Yes", against_label="No", derived=True)
    return None


# Verbs that stop, undo or take away a proposal, with their participles: "Should the trial be stopped?".
_STOPPED = {"stop": "stopped", "halt": "halted", "pause": "paused", "suspend": "suspended", "block": "blocked",
            "terminate": "terminated", "scrap": "scrapped", "axe": "axed", "cancel": "cancelled", "shelve": "shelved",
            "abandon": "abandoned", "lift": "lifted", "overturn": "overturned", "end": "ended",
            "withdraw": "withdrawn", "ban": "banned", "close": "closed", "freeze": "frozen"}
# "calls for", "decision to": what makes a stopping verb a course of action sought or taken.
_SEEKING = frozenset("call urge demand want ask decide decision vote move plan bid push campaign seek".split())
_PREDICTING = frozenset("could might may would".split())
_BE_STOPPED = re.compile(r"^Should the (?P<what>.+) be (?P<done>[a-z]+)\?$")


def _restriction_sought(doc: Doc, title: str, head: str, lede: int = 3) -> str | None:
    """The participle of a verb that stops the proposal, when the headline or the lede calls for it or
    reports it done ("the trial should be stopped", "the decision to lift the ban", "USDA terminated
    the rule"), not when it only predicts it ("protests could halt the closures"). The text is then
    about stopping it."""
    parsed = _title_span(doc, title)
    for sentence in [*([parsed] if parsed is not None else []), *_lede_sentences(doc, title, lede)]:
        for verb in sentence:
            lemma = verb.lemma_.lower()
            if lemma not in _STOPPED or verb.pos_ != "VERB":
                continue
            acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if verb.dep_ == "xcomp" and verb.tag_ == "VBN":  # "wants the trial stopped"
                acted_on += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")]
            acted_on += [c for o in acted_on for c in o.children if c.dep_ == "conj"]  # "X and Y powers"
            if not any(o.lemma_.lower() == head.rstrip("s") or o.lower_ == head for o in acted_on):
                continue
            modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            sought = modals & {"should", "must"} or verb.head.lemma_.lower() in _SEEKING and verb.dep_ in (
                "xcomp", "acl", "ccomp") or verb.tag_ in ("VBD", "VBZ") and not modals & _PREDICTING
            if sought and not modals & _PREDICTING:
                return _STOPPED[lemma]
    return None


def _lede_sentences(doc: Doc, title: str, lede: int) -> list[Span]:
    """The first sentences of the text, without the headline where the text repeats it."""
    return list(islice((s for s in doc.sents if not title or s.text.strip() != title), lede))


def _go_ahead(proposal: str) -> Sides:
    return Sides(question=f"Should {proposal} go ahead?", for_label=f"For {proposal}",
                 against_label=f"Against {proposal}", derived=True)


def _clause_before(doc: Doc, title: str, word: str | None, *, participle: bool = False) -> bool:
    """Whether the headline, as the text parses it, has a finite verb of its own before ``word``
    (the auxiliary or participle a question would be built on), or takes the participle for a
    verb in the past: then it is no headline that dropped its auxiliary."""
    span = _title_span(doc, title) if word is not None else None
    if span is None:
        return False
    for token in span:
        if token.text.strip("‘’'\"“”,") == word:
            return participle and token.tag_ == "VBD"  # "X alleged Y": a verb in the past, no participle
        if token.pos_ == "VERB" and token.tag_ in ("VBZ", "VBD", "VBP") and not (
                token.lemma_.lower() in _REPORTING_LEMMAS and not participle):
            return True  # "says" before the claim it reports is cut off the question
    return False


def _title_span(doc: Doc, title: str) -> Span | None:
    """The headline's words in the text, where the text repeats it (a page's heading), for their parse."""
    at = doc_text(doc).find(title) if title else -1
    return doc.char_span(at, at + len(title), alignment_mode="expand") if at >= 0 else None


def _modal_word(title: str) -> str | None:
    claim = _bare_claim(title)
    at = _modal_at(claim)
    return claim.split()[at].strip(",") if at is not None else None


def _headline_words(title: str) -> list[str]:
    """The headline's words without a reporting tail ("..., study finds") and without quotation marks."""
    return _CLAIM_QUOTES.sub("", _REPORTING_TAIL.sub("", title)).split()


def _participle_word(title: str) -> str | None:
    words = _headline_words(title)
    at = _participle_at(words)
    return words[at] if at is not None else None


# Participles that stand before a noun to qualify it ("investigates alleged fraud"), not as a passive
# with its auxiliary dropped ("fraud alleged by auditors").
_PREMODIFYING = frozenset("alleged suspected purported".split())
_PREPOSITIONS = frozenset("by for to in at on after over as from with under against about of".split())


def _participle_at(words: list[str]) -> int | None:
    """Where a headline's dropped auxiliary would stand: before a past participle ("staff treated as
    ..."), or before "not" and a present one ("council 'not listening' to residents")."""
    return next((n for n, word in enumerate(words[1:8], start=1) if _participle(word) and not (
        word in _PREMODIFYING and n + 1 < len(words) and words[n + 1].lower() not in _PREPOSITIONS) or (
        word.lower() == "not" and n + 1 < len(words) and words[n + 1].endswith("ing") and words[n + 1].islower())),
        None)


# Verbs and nouns of contention: someone disputes, attacks or warns against something (a closed
# class of reporting and conflict words, not any subject's vocabulary).
CONTENTION_VERBS = frozenset(
    "criticise criticize accuse deny reject dispute attack oppose argue insist warn claim defend condemn complain "
    "urge demand protest object challenge contend counter disagree blame denounce dismiss refute rebut slam blast "
    "rip decry lambast fault allege".split())
CONTENTION_NOUNS = frozenset(
    "criticism critic critics opposition controversy dispute row backlash complaint complaints objection "
    "objections accusation accusations allegation allegations outcry anger fury outrage protest protests".split())


def contention(doc: Doc) -> int:
    """Sentences with a verb or noun of contention: how much the text reports people disagreeing."""
    return sum(1 for sentence in doc.sents if any(
        token.pos_ == "VERB" and token.lemma_.lower() in CONTENTION_VERBS
        or token.pos_ == "NOUN" and token.lower_ in CONTENTION_NOUNS for token in sentence))


_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
# Past participles: regular ones in -ed, and irregular ones; not words that only end so ("open",
# "green", "hundred").
_IRREGULAR_PARTICIPLES = frozenset(
    "taken given written broken chosen driven eaten fallen forgotten frozen hidden spoken stolen shaken woken "
    "beaten bitten proven risen shown sworn torn worn drawn grown known thrown blown flown seen done gone "
    "undone overtaken mistaken forbidden forgiven sewn sown".split())
_NOT_PARTICIPLES = frozenset("hundred sacred naked wicked rugged speed seed feed breed greed indeed hatred kindred "
                             "bloodshed watershed homestead".split())


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed") and word.islower()
                                              and word.isalpha() and word not in _NOT_PARTICIPLES)


_PLURAL_HEADS = frozenset("people children men women staff police".split())


def participle_question(title: str, text: str) -> str | None:
    """A headline that drops its auxiliary before a participle, as a question: "Thousands of
    academics 'treated as second-class citizens'" -> "Are thousands of academics treated as
    second-class citizens?"."""
    words = _headline_words(title)
    at = _participle_at(words)
    if at is None or at + 1 >= len(words) or any(w.lower() in _AUXILIARIES for w in words[:at]):
        return None
    if any(w.lower().strip(",") in _THE_TEXT_ITSELF for w in words[:at + 2]):
        return None  # "An open letter to ...", "Interview given to ...": the text names itself
    head = words[at - 1].lower().strip(",")
    auxiliary = "Are" if head.endswith("s") and not head.endswith("ss") or head in _PLURAL_HEADS else "Is"
    subject = " ".join(words[:at])
    if not _proper(words[0], text):
        subject = words[0].lower() + subject[len(words[0]):]
    rest = _sentence_case("x " + " ".join(words[at:]), text)[2:]
    return f"{auxiliary} {subject} {rest}".rstrip(" ,;:.!") + "?"


# Nouns for the text itself: "The letter below will appear ..." says nothing about the question.
_THE_TEXT_ITSELF = frozenset("letter article piece essay post column interview transcript text editorial "
                             "story conversation".split())


def _after_dateline(doc: Doc, start: int) -> Token:
    """The first word after a dateline that opens a sentence ("HALDEN — The mayor ..." -> "The")."""
    for token in doc[start:start + 6]:
        if token.text in ("—", "–", "-", "--"):
            return doc[token.i + 1] if token.i + 1 < len(doc) else doc[start]
        if not (token.is_upper or token.is_punct or token.text in (",", "(", ")")):
            break
    return doc[start]


_DO_SUPPORT = {"VBD": "Did", "VBZ": "Does", "VBP": "Do"}
_MAX_QUESTION_WORDS = 24


def lede_question(doc: Doc, text: str, lede: int = 3, decides: bool = False, title: str = "") -> str | None:
    """The main clause of a lede sentence as a yes/no question, by subject-auxiliary inversion:
    "The governor's speech pushed a senator over the edge, leading to ..." -> "Did the governor's
    speech push a senator over the edge?". In a statement (``decides``), what the body says will
    happen is its decision: "Bills will rise by £6" -> "Should bills rise by £6?". A headline tells
    events in the present tense, so a past form in it is a participle ("Kelby probes alleged fraud"),
    never its main verb."""
    for sentence in islice(doc.sents, lede):
        if title and sentence.text.strip() == title.strip() and sentence.root.tag_ == "VBD":
            continue
        question = _sentence_question(doc, sentence, decides)
        if question is not None:
            return _as_asked(question, sentence, text, title)
    return None


def _as_asked(question: str, sentence: Span, text: str, title: str = "") -> str:
    """A question made from a sentence, in sentence case when the sentence is a headline ("Council Shelves
    Plan" -> "... shelve plan"): in title case, or the text's own headline, which may capitalise only
    some words ("Journal retracts Controversial paper")."""
    headline = is_headline(sentence.text) or bool(title) \
        and sentence.text.strip().casefold() == title.strip().casefold()
    return _headline_case(question, text) if headline else question


def _headline_case(question: str, text: str) -> str:
    """A question made from a title-case headline, with the capitals the text itself drops: a word
    the text also writes in lower case ("Council Shelves Plan": "the council") loses its capital;
    names and acronyms keep theirs."""
    words = question.split()
    return " ".join([words[0], *(
        word.lower() if word[:1].isupper() and not (len(word) > 1 and word.isupper())
        and re.search(rf"\b{re.escape(word.lower().strip('?,:;'))}\b", text) else word for word in words[1:])])


def _sentence_question(doc: Doc, sentence: Span, decides: bool = False) -> str | None:
    """The main clause of one sentence (or the claim its reporting verb reports) as a yes/no question."""
    root = sentence.root
    # "Scientists say the stock has halved": what is said is the claim, not the saying.
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i and (
        c.tag_ in _DO_SUPPORT or any(a.dep_ in ("aux", "auxpass") and a.tag_ != "TO" for a in c.children))),
        None)
    if said is not None and not any(c.dep_ == "dobj" for c in root.children):
        root = said
    # The subject nearest the verb: a dateline may parse as a second one ("HALDEN — The mayor ...").
    subject = next((c for c in reversed(list(root.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or root.pos_ not in ("VERB", "AUX") or sentence.text.rstrip().endswith("?") or any(
            t.is_quote for t in sentence):
        return None
    # A dateline may parse as the subject, the real one as its apposition ("TRENTON — Gov. X's speech").
    start = _after_dateline(doc, sentence.start).i
    if subject.i < start:
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i >= start), None)
        if subject is None:
            return None
    if subject.lower_ in _PRONOUNS or subject.lower_ in ("this", "that", "there") or \
            subject.lemma_.lower() in _THE_TEXT_ITSELF:
        return None
    if root.lemma_.lower() in _SAYING:
        return None  # "The minister has said ...": whether someone spoke is no question
    if sum(not any(ch.isalpha() for ch in t.text) for t in sentence) * 2 > len(sentence):
        return None  # a line of dots, scores or figures, not a clause
    backed = _backed_object(root)
    if backed is not None:
        return backed
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass") and subject.i < c.i < root.i]
    copula = root.lemma_ == "be" and root.tag_ in ("VBZ", "VBD", "VBP")
    if not auxiliaries and not copula and root.tag_ not in _DO_SUPPORT:
        return None
    # The main clause: the root and its arguments, not a clause after a comma or a conjunction.
    dropped = {t.i for c in root.children if c.i > root.i and c.dep_ in ("advcl", "conj", "cc", "parataxis",
                                                                        "punct", "relcl")
               for t in c.subtree}
    first = doc[max(start, subject.left_edge.i)]
    if first.dep_ == "mark":  # "that the stock ...": the complementiser stays out
        first = doc[first.i + 1]
    # The subject without its apposition ("the dam, a 1960s design, is ..." -> "the dam is ...").
    aside = {t.i for c in subject.children if c.dep_ == "appos" and c.i > subject.i for t in c.subtree}
    aside |= {i for i in (min(aside, default=0) - 1, max(aside, default=0) + 1) if aside and doc[i].is_punct}
    before = "".join(t.text_with_ws for t in doc[first.i:root.i]
                     if (not auxiliaries or t.i != auxiliaries[0].i) and t.i not in aside)
    end = root.right_edge.i + 1
    after = "".join(t.text_with_ws for t in doc[root.i + 1:end] if t.i not in dropped)
    if copula:
        moved, verb = root.text, ""
    elif auxiliaries:
        moved, verb = auxiliaries[0].text, root.text
        if moved.lower() in ("will", "would") and (decides or root.tag_ == "VBN"
                                                    and any(c.dep_ == "auxpass" for c in root.children)):
            # "Cars will be banned from the old town": a measure someone imposes, asked as a decision.
            moved = "should"
    else:
        moved, verb = _DO_SUPPORT[root.tag_], root.lemma_
    if first.pos_ != "PROPN" and not first.ent_type_ and not first.is_upper:
        before = first.lower_ + before[len(first.text):]
    question = " ".join(" ".join((moved.capitalize(), before, verb, after.strip().rstrip(" ,;:.—–-"))).split())
    if len(question.split()) <= _MAX_QUESTION_WORDS:
        return question + "?"
    return None


_MAX_PROPOSAL_WORDS = 10


def _backed_object(verb: Token) -> str | None:
    """What a main verb backs or fights, as the question: "The mayor backs a new tram line" asks
    "Should a new tram line go ahead?", not whether the mayor backs it."""
    if verb.lemma_.lower() not in SIDE_TAKING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ not in ("PRON", "NUM", "DET")), None)
    if thing is None or thing.lemma_.lower() in _NOT_PROJECTS:
        return None  # "rejected the claim", "backed the call": a view, not a thing to go ahead
    words = thing.doc[thing.left_edge.i:thing.right_edge.i + 1]
    if len(words) > _MAX_PROPOSAL_WORDS or any(t.is_quote for t in words):
        return None
    first = words[0]
    phrase = words.text if first.pos_ == "PROPN" or first.ent_type_ else first.lower_ + words.text[len(first.text):]
    return f"Should {' '.join(phrase.split())} go ahead?"


# Verbs that report someone else's claim, and words by which a text's own voice says a claim is wrong.
# Not "say" or "report": news says and reports what it never disputes.
_CLAIMING = frozenset("claim allege argue assert suggest contend insist maintain".split())
_REBUTS = re.compile(r"\b(?:misread\w*|mislead\w*|mistaken|wrong|false|incorrect|untrue|inaccurate|not true|"
                     r"myths?|misconceptions?|unfounded|baseless|not the case|(?:does|do|did) not (?:support|hold)|"
                     r"no evidence|debunk\w*|set(?:ting)? the record straight|misrepresent\w*|fact[- ]check\w*)\b",
                     re.IGNORECASE)
_REBUTTAL_WINDOW = 4


def rebutted_question(article: Article, doc: Doc, opening: int = 6) -> tuple[str, str] | None:
    """A claim the text reports near its start and its own voice then calls wrong, as a yes/no
    question: "Its reporters claim that the dam is leaking ... This claim rests on a misread report"
    -> "Is the dam leaking?". A fact check or a rebuttal is about that claim.
    Returns the question and the id of the sentence that reports the claim."""
    sentences = [s for s in article.sentences if s.kind != "heading"]
    for index, sentence in enumerate(sentences[:opening]):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or sentence.kind == "blockquote":
            continue
        root = span.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_.lower() not in _CLAIMING or subject is None or subject.lower_ in _PRONOUNS \
                or not any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
            continue
        after = [s for s in sentences[index + 1:index + 1 + _REBUTTAL_WINDOW] if s.kind != "blockquote"]
        if not any(_REBUTS.search(QUOTED_SPAN.sub("", s.text)) for s in after):
            continue
        question = _sentence_question(doc, span)
        if question is not None:
            return question, sentence.id
    return None


# Verbs whose clause complement is a course of action decided or sought ("agreed to extend ...").
_DECIDING = DECISION_VERBS | frozenset("decide vote plan propose seek aim move want intend prepare threaten".split())
_BELIEF = re.compile(r"\b(?:I|we)\s+(?:firmly\s+|strongly\s+)?(?:think|believe|argue|hold|contend|are convinced|"
                     r"am convinced|know)\s+(?:that\s+)?(.+)", re.IGNORECASE)


# Verbs by which a body makes its intention known: "X said it would cut ...".
_ANNOUNCING = frozenset("say announce confirm".split())
# A lede whose main verb is one of these tells that someone spoke: no question (see _sentence_question).
_SAYING = _REPORTING_LEMMAS | _ANNOUNCING


def _announced(verb: Token) -> Token | None:
    """What a body says it will do: "X said it would cut winter sailings" -> "cut"; the
    intention's subject is the speaker itself ("it", "they", "we"). A quotation ("“We will keep every
    sailing,” said Ana Ruiz") is someone's words, not a decision the report tells."""
    doc = verb.doc
    for clause in verb.children:
        edges = doc[max(0, clause.left_edge.i - 1):clause.right_edge.i + 2]
        if clause.dep_ == "ccomp" and clause.tag_ == "VB" and not any(t.is_quote for t in edges) \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in clause.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in clause.children) \
                and not any(c.dep_ == "neg" for c in clause.children):
            return clause
    return None


def decision_question(doc: Doc, lede: int = 3, title: str = "") -> str | None:
    """A decision the lede reports as a question about its course of action: "Ministers agreed to
    extend sanctions on X" -> "Should ministers extend sanctions on X?". The headline, where the text
    repeats it, is not part of the lede."""
    for sentence in _lede_sentences(doc, title, lede):
        for verb in sentence:
            if verb.pos_ != "VERB":
                continue
            subject = _acting_subject(verb)
            if verb.lemma_.lower() in _DECIDING:
                # "agreed to extend sanctions", "proposed closing four branches", "met to decide whether to
                # put $5 million towards the pool"
                action = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ in ("VB", "VBG")
                               or c.dep_ == "ccomp" and c.tag_ == "VB" and _infinitive_whether(c)), None)
            elif verb.lemma_.lower() in _ANNOUNCING:
                action = _announced(verb)
            else:
                continue
            if action is None or subject is None or subject.tag_ in ("WP", "WDT") \
                    or not any(c.dep_ == "dobj" for c in action.children):
                continue  # "those who refuse to take part" names no one
            # Whoever decides, without the number of them ("11 councillors").
            start = max([subject.left_edge.i] + [t.i + 1 for t in subject.lefts if t.dep_ == "nummod"])
            who = doc[start:subject.right_edge.i + 1].text
            rest = [t for t in action.subtree if t.i > action.i and not t.is_punct or t.text in ("-", "'s", "’s")]
            what = doc[rest[0].i:rest[-1].i + 1].text if rest else ""
            if who.lower() in _PRONOUNS or len(what.split()) > 14:
                continue
            # A name keeps its capital ("Ofwat", "Kelby council"); "The council", "Ministers" lose it, and so
            # does a common noun the parser takes for a name at the start of the lede ("Health bosses").
            first, text = doc[start], doc_text(doc)
            named = _proper(first.text, text) or (first.tag_ == "NNP" or first.ent_type_) \
                and not re.search(rf"\b{re.escape(first.lower_)}\b", text)
            who = who if named else first.lower_ + who[len(first.text):]
            return f"Should {who} {action.lemma_} {what}?".replace("  ", " ")
    return None


def _acting_subject(verb: Token) -> Token | None:
    """The verb's subject, or for a verb with none or with "they" ("when they met to decide"), the
    subject of the clause it depends on ("councillors faced ... when they met to decide")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ != "they" or verb.dep_ not in ("xcomp", "advcl") \
                or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _infinitive_whether(clause: Token) -> bool:
    """"whether to put ...": a choice still to be made."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children) and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


# The own voice calling on someone to act: "Let's ... urge the Legislature to approve a living wage".
_OWN_CALL = re.compile(r"\b(?:I|we|let[’']s)\b[^.;:“\"]*?\b(?:urge|urges|call on|calls on|ask|asks|implore|beg)\s+"
                       r"((?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+to\s+([a-z][^.;:“\"]{5,120})",
                       re.IGNORECASE)


def _called_for(article: Article) -> str | None:
    """What the own voice calls on someone to do, as a question: "we urge the council to keep the
    library open" -> "Should the council keep the library open?"."""
    for sentence in article.sentences:
        match = _OWN_CALL.search(sentence.text)
        if match is not None:
            doer = match.group(1)
            if doer.split()[0].lower() in _PRONOUNS | {"you", "them", "us", "everyone"}:
                continue
            return f"Should {doer} {match.group(2).strip(' ,')}?"
    return None


_DEONTIC = frozenset("should must ought".split())


def _modal_sentences(doc: Doc) -> int:
    """Sentences with a modal verb: what the text predicts, allows or recommends."""
    return sum(1 for sentence in doc.sents if any(token.tag_ == "MD" for token in sentence))


def _recommended(doc: Doc) -> str | None:
    """The first thing the text's own voice says should be done, as a question: "The council should
    keep the library open" -> "Should the council keep the library open?"."""
    for sentence in doc.sents:
        if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in sentence.root.children) \
                and not any(c.dep_ == "neg" for c in sentence.root.children):
            question = _sentence_question(doc, sentence)
            if question is not None:
                return question
    return None


# Adjectives of a stance toward doing something, before "of" or "to" and the action: "Coaches wary of
# disclosing injuries", "Farmers opposed to selling land".
_STANCE_ADJECTIVES = frozenset("wary opposed reluctant hesitant unwilling keen eager willing resistant".split())


def _wary_question(doc: Doc, title: str) -> str | None:
    """A headline that gives its subject's stance toward an action asks whether they should take it:
    "Coaches wary of disclosing injuries" -> "Should coaches disclose injuries?"."""
    span = _title_span(doc, title)
    if span is None:
        return None
    words = list(span)
    for i, token in enumerate(words[1:-2], start=1):
        if token.lower_ not in _STANCE_ADJECTIVES or words[i + 1].lower_ not in ("of", "to"):
            continue
        action = words[i + 2]
        if action.pos_ != "VERB" or action.tag_ not in ("VBG", "VB"):
            return None
        subject = " ".join(t.text for t in words[:i])
        rest = " ".join(t.text for t in words[i + 3:]).strip(" .")
        subject = _lower_first(subject, doc_text(doc))
        return f"Should {subject} {action.lemma_.lower()} {rest}".rstrip() + "?"
    return None


# How strongly a word must judge (VADER's scale, -4 to +4) for a verbless headline to claim a judgement.
_JUDGING_VALENCE = 1.5


def _judges(token: Token) -> bool:
    """Whether the word judges strongly enough to make a claim of its sentence."""
    return abs(load_valence().of(token.lower_)) >= _JUDGING_VALENCE


def _verbless_claim(doc: Doc, title: str) -> str | None:
    """A headline that leaves out its "is" and judges its subject ("Ferry timetable a disaster for commuters")
    claims that judgement: "Is ferry timetable a disaster for commuters?"."""
    span = _title_span(doc, title)
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    at = next((t.i for t in span if t.lower_ in ("a", "an") and t.i > span.start + 1
               and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
    if at is None or not any(t.pos_ in ("ADJ", "NOUN") and _judges(t) for t in doc[at:span.end]):
        return None  # "Kelby man a finalist in ...": no judgement, no claim
    text = doc_text(doc)
    subject = _lower_first(_sentence_case(doc[span.start:at].text, text), text)
    predicate = _sentence_case(f"x {doc[at:span.end].text}", text)[2:]
    return f"Is {subject} {predicate}".rstrip(" .!") + "?"


def _own_judgement(doc: Doc) -> str | None:
    """The first sentence in the text's own words (no quotation, no one's words reported) that judges
    something, as a question: "The new timetable is a disaster for commuters" -> "Is the new timetable
    a disaster for commuters?"."""
    for sentence in doc.sents:
        if any(t.is_quote for t in sentence) or any(t.lemma_.lower() in _SAYING for t in sentence):
            continue
        if not any(t.pos_ in ("ADJ", "NOUN", "VERB", "ADV") and _judges(t) for t in sentence):
            continue
        question = _sentence_question(doc, sentence)
        if question is not None:
            return _as_asked(question, sentence, doc_text(doc))
    return None


def _theses(article: Article) -> list[str]:
    """What the article's own voice says it believes, in its first paragraphs ("we think that X")."""
    out = []
    for sentence in article.sentences[:12]:
        match = _BELIEF.search(re.sub(r"[“\"][^”\"]*[”\"]", "", sentence.text))
        if match:
            out.append(match.group(1).split(";")[0].rstrip(" ."))
    return out


_WH_HEADLINE = re.compile(r"^\W*(?:why|how|what|when|where|who)\s", re.IGNORECASE)


def claim_question(title: str, text: str) -> str | None:
    """A headline's claim made with a modal or "need" as a yes/no question: "AI Can Do Great Things"
    -> "Can AI do great things?", "We Need X, Warns Y" -> "Do we need X?"."""
    quoted = _QUOTED_HEADLINE.search(title)
    if quoted is not None and (quoted.start() == 0 or _FIRST_PERSON.match(title[quoted.end():])):
        return None  # a speaker's own words ("Name: “I would ...”", "“...”: an interview with Name") are
        # no claim to invert; "Name: ‘Tenants should set the rules’" claims something of others
    if quoted is not None:
        title = _CLAIM_QUOTES.sub("", title[quoted.end():])
    if _WH_HEADLINE.match(title):
        return None  # "Why Tessmouth is closing its harbour": it explains a fact; it does not claim one
    claim = _bare_claim(title)
    words = claim.split()
    at = _modal_at(claim)
    if at is None:
        return None
    verb = words[at].lower()
    subject = " ".join(words[:at])
    if subject.lower() in ("he", "she", "it", "they"):
        return None  # "He could win it all": whom the headline means, only the text says
    rest = " ".join(words[at + 1:])
    if verb in ("need", "needs"):
        auxiliary, rest = ("Does" if verb == "needs" else "Do"), f"need {rest}"
    else:
        # "Reefs may recover" asks "Could reefs recover?": the question form of a possibility.
        auxiliary = "Could" if verb in ("may", "might") else verb.capitalize()
    rest = _sentence_case(f"x {rest}", text)[2:]
    return f"{auxiliary} {_lower_first(subject, text)} {rest}".strip().rstrip(" ,;:") + "?"


def _bare_claim(title: str) -> str:
    """The claim a headline makes, without who says it ("..., warns X", "X: ...", "X says ...") and
    without a second clause after a semicolon."""
    claim = _REPORTING_TAIL.sub("", title).strip()
    claim = _REPORTING_HEAD.sub("", claim) if not _modal_at(claim) else claim
    reported = _REPORTED_LEAD.match(claim)
    if reported is not None and _modal_at(claim[reported.end():]) is not None:
        claim = _CLAIM_QUOTES.sub("", claim[reported.end():].split(";")[0])
    return claim.strip(" '\"‘’“”.!")


def _modal_at(claim: str) -> int | None:
    """Index of the modal, auxiliary or "need" that follows the headline's subject (not its first word)."""
    words = claim.split()
    for index, word in enumerate(words[1:8], start=1):
        lower = word.lower().strip(",")
        if lower in ("has", "have", "had") and index + 1 < len(words) \
                and not (_participle(words[index + 1].lower()) or words[index + 1].lower() in ("been", "got")):
            return None  # "County Has 21 Cases of Measles": to have, not an auxiliary
        if lower in _AUXILIARIES or lower in ("need", "needs"):
            return index if index + 1 < len(words) else None
    return None


def _lower_first(subject: str, text: str) -> str:
    """The subject with its first word in lower case, unless it is a name (capitalised in the text,
    or never written in lower case there)."""
    words = subject.split()
    if words and not _proper(words[0], text) and (re.search(rf"\b{re.escape(words[0].lower())}\b", text)
                                                   or _GERUND.fullmatch(words[0])):
        words[0] = words[0].lower()  # "Scrapping the night bus would ..." -> "Would scrapping the night bus ...?"
    return " ".join(words)


def _sentence_case(question: str, text: str) -> str:
    """A title-case headline in sentence case: words the article writes capitalised mid-sentence
    (names, acronyms) keep their capital, the others lose it."""
    words = question.split()
    out = []
    for index, word in enumerate(words):
        if index == 0 or not word[:1].isupper() or _proper(word, text):
            out.append(word)
        else:
            out.append(word.lower())
    return " ".join(out)


def _proper(word: str, text: str) -> bool:
    """Whether the article writes ``word`` with its capital in mid-sentence more often than without."""
    bare = re.sub(r"[^\w'’-]", "", word)
    if not bare:
        return False
    if bare.isupper() and len(bare) > 1 or bare.lower() in ("i",):
        return True
    capital = len(re.findall(rf"(?<=[a-z,;] ){re.escape(bare)}\b", text))
    lower = len(re.findall(rf"\b{re.escape(bare.lower())}\b", text))
    return capital > lower


# Nouns that name the same change to a price, a service or a rule.
_SAME_CHANGE = (frozenset({"rise", "increase", "hike"}), frozenset({"cut", "reduction"}),
                frozenset({"closure", "shutdown"}), frozenset({"rule", "regulation"}),
                frozenset({"takeover", "acquisition"}), frozenset({"plan", "scheme", "proposal"}),
                frozenset({"tax", "levy"}), frozenset({"ban", "prohibition"}), frozenset({"trial", "pilot", "scheme"}))


def question_terms(question: str) -> re.Pattern[str] | None:
    """Content words of a question outside a known topic: what the proposal is called."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", question) if w.lower() not in _QUESTION_STOP]
    if not words:
        return None
    # The text calls a change by any of its names ("the increase" is "the rise").
    words += sorted({other for w in words for family in _SAME_CHANGE if w.lower() in family for other in family}
                    - {w.lower() for w in words})
    # A word and its inflections ("ship", "ships"), not a longer word it starts ("harbour" in "harbourmaster").
    # A last consonant doubles before an ending ("ban", "banned", "banning").
    return re.compile(r"\b(?:" + "|".join(re.escape(w[:-1] if w.endswith("s") else w)
                                         + (f"(?:{re.escape(w[-1])}(?=ed|ing))?" if w[-1] in _DOUBLED else "")
                                         for w in words)
                      + r")(?:s|es|ed|d|ing|[’']s)?\b", re.IGNORECASE)


_DOUBLED = frozenset("bdgmnprt")


def _main_proposal(doc: Doc, title: str, needed: int, disputed: int) -> str | None:
    """The proposal noun phrase the article names most often ("the congestion charge"); else, in a
    text that reports disagreement, the thing its lede says someone decides on ("back a £90 million
    desalination plant"). ``disputed`` is the text's :func:`contention`."""
    found = _named_proposal(doc, title, needed, PROPOSAL_NOUNS)
    if found is not None:
        return found
    nouns = Counter(t.lower_ for t in doc if t.pos_ == "NOUN")  # how often the text names each noun
    # A project nobody disputes is news, not a question; a headline set against it disputes it.
    opposed = _title_opposed(title, nouns)
    if disputed >= 1 or opposed:
        return _named_proposal(doc, title, needed, _lede_proposals(doc) | _title_objects(title, doc, nouns) | opposed)
    return None


# What a headline is against ("Walkers camp against bypass", "Villagers protest against Kelby quarry").
_TITLE_AGAINST = re.compile(r"\bagainst\s+(?:(?:the|a|an|new|proposed|planned)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
                            r"([a-z][a-z-]+)\b")


def _title_opposed(title: str, nouns: Counter[str]) -> frozenset[str]:
    """The noun a headline sets itself or its actors against, when the text (whose ``nouns`` are
    counted) names it again."""
    return frozenset(noun for noun in _TITLE_AGAINST.findall(title) if nouns[noun] >= 2)


# A decision verb of a headline, its object's capitalised words, and the object's noun ("Councillors
# approve Bridge Road flats").
_TITLE_DECISION = re.compile(r"\b([a-z]+)\s+(?:(?:the|a|an|new)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}([a-z][a-z-]+)\b")


def _title_objects(title: str, doc: Doc, nouns: Counter[str]) -> frozenset[str]:
    """What a headline's decision verb acts on, when the text (whose ``nouns`` are counted) calls it by
    that noun again: the proposal, whatever noun names it."""
    at_issue = {t.head.lower_ for t in doc if t.dep_ == "amod" and t.lower_ in _AT_ISSUE}
    out = set()
    for match in _TITLE_DECISION.finditer(title):
        verb, noun = match.group(1), match.group(2)
        stem = verb[:-1] if verb.endswith("s") else verb
        # Things built or set up ("flats", "turbines") or a thing the text calls proposed; not a
        # substance ("reject fluoride") nor another decision ("overturn the rejection").
        countable = noun.endswith("s") and not noun.endswith("ss") or noun in at_issue
        if stem in DECISION_VERBS and countable and noun not in _NOT_PROJECTS | DECISION_NOUNS and nouns[noun] >= 2:
            out.add(noun)
    return frozenset(out)


def _named_proposal(doc: Doc, title: str, needed: int, named: frozenset[str], *,
                    headline_at_issue: bool = False) -> str | None:
    """The noun phrase headed by one of ``named`` that the article names most often and that someone
    decides on, backs or fights."""
    if not named:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    proper_names: set[str] = set()  # the phrases that are a measure's own name
    title_words = re.findall(r"[a-z]+", title.lower())
    for at, word in enumerate(title_words):
        if word in named and not (word in _DECISIONS_ON and title_words[at + 1:at + 2] in (["on"], ["over"])):
            counts[word] += 2
    decided: set[str] = set(_title_decisions(title)) | (named - PROPOSAL_NOUNS)
    if headline_at_issue:
        decided |= {word for word in title_words if word in named}
    for chunk in doc.noun_chunks:
        if chunk.root.lower_ not in named or chunk.root.tag_ == "NNP" and not _named_measure(chunk) \
                or _about_another(chunk.root):
            continue
        if _decided(chunk.root) or any(t.dep_ == "amod" and t.lower_ in _AT_ISSUE for t in chunk.root.children):
            decided.add(chunk.root.lower_)
        # Start after a possessive ("the council's contested trial" -> "contested trial").
        # ... and after an amount ("a £90 million desalination plant" -> "desalination plant").
        # An amount joined to a word by a hyphen ("24-hour strike", "four-day week") says what kind it is.
        start = max([t.i + 1 for t in chunk if t.tag_ == "POS" or t.dep_ == "poss" or t.pos_ in ("NUM", "SYM")
                     and not (t.i + 1 < chunk.end and doc[t.i + 1].text == "-" and not t.whitespace_)]
                    + [chunk.start])
        if chunk.root.tag_ == "NNP":  # a named measure is named from its proper name ("new Clean Air Rule")
            start = max(start, next(t.i for t in chunk if t.tag_ in ("NNP", "NNPS")))
        # ... and after a quoted word ("'cowardly' grant cuts" -> "grant cuts").
        start = max([start] + [t.i + 1 for t in doc[start:chunk.end] if t.is_quote])
        words = [t for t in doc[start:chunk.end] if not t.is_punct or t.text == "-"]
        text = _DETERMINERS.sub("", doc[words[0].i:chunk.end].text if words else "").strip()
        if not text or len(text.split()) > 5:
            continue
        key = text.lower()
        counts[chunk.root.lower_] += 1
        counts[key] += 2 if len(text.split()) > 1 else 0
        first.setdefault(key, text)
        if chunk.root.tag_ == "NNP":
            proper_names.add(key)
        first.setdefault(chunk.root.lower_, text)
    # Only a proposal someone decides on, backs or fights is at issue ("the pilot" of a plane is not).
    counts = Counter({key: number for key, number in counts.items() if key.split()[-1] in decided})
    if not counts:
        return None
    best, number = counts.most_common(1)[0]
    if number < needed or best not in first:
        return None
    phrase = first.get(best, best)
    # A restriction acting on it in the lede ("plans to cut the harbour budget") is the proposal.
    restriction = _restriction_of(doc, phrase.split()[-1].lower())
    # The headline may name what is done to it ("heating tariff increase"): that is the proposal.
    done = re.search(rf"\b{re.escape(phrase.split()[-1])}\s+([a-z]+)\b", title, re.IGNORECASE)
    if restriction is not None:
        phrase = f"{phrase} {restriction}"
    elif done is not None and done.group(1).lower() in PROPOSAL_NOUNS:
        phrase = f"{phrase} {done.group(1).lower()}"
    elif " " not in phrase:
        phrase = _headline_modifiers(title, phrase, doc)
    # "the Clean Air Rule" keeps its capitals, and so does a place before it ("the Kelby tram trial"); a
    # heading's "Decision" does not
    proper = phrase.lower() in proper_names or _proper(phrase.split()[0], doc_text(doc))
    return f"the {phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() and not proper else phrase}"


def _about_another(noun: Token) -> bool:
    """"the decision on the proposed flats", "a vote over the levy": a decision about another thing,
    which is the proposal."""
    return noun.lower_ in _DECISIONS_ON and any(
        c.dep_ == "prep" and c.lower_ in ("on", "over", "about") and any(o.dep_ == "pobj" for o in c.children)
        or c.dep_ == "acl" and any(o.dep_ == "dobj" for o in c.children)  # "a decision to grant the permit"
        for c in noun.children)


_DECISIONS_ON = frozenset("decision decisions vote votes".split())


# The noun of each restricting verb: what "cut the budget" proposes is "the budget cut".
_RESTRICTION_NOUNS = {"cut": "cut", "ban": "ban", "close": "closure", "freeze": "freeze", "abolish": "abolition",
                      "remove": "removal", "withdraw": "withdrawal", "shut": "shutdown", "restrict": "restriction"}


def _restriction_of(doc: Doc, noun: str, lede: int = 4) -> str | None:
    """The noun of a restricting verb the lede applies to ``noun`` ("plans to cut the aid budget",
    "by cutting the aid budget"): the proposal is that restriction, not the thing restricted."""
    for sentence in islice(doc.sents, lede):
        for token in sentence:
            if token.lower_ == noun and token.dep_ == "dobj" and token.head.lemma_.lower() in _RESTRICTION_NOUNS \
                    and token.head.dep_ in ("acl", "pcomp", "xcomp", "advcl"):
                return _RESTRICTION_NOUNS[token.head.lemma_.lower()]
    return None


def _named_measure(chunk: Span) -> bool:
    """A proposal with a proper name of its own: "the Clean Water Rule", "the Harbour Plan" (not a
    lone capitalised "Plan" that opens a sentence, nor words of a headline in title case)."""
    named = [t for t in chunk if t.tag_ in ("NNP", "NNPS")]
    # A headline in title case ("Council Should Scrap Harbour Plan") has no lower-case word of its own.
    title_case = not any(t.is_alpha and len(t) > 3 and t.is_lower and not (chunk.start <= t.i < chunk.end)
                         for t in chunk.sent)
    return len(named) >= 2 and named[-1] == chunk.root and not chunk.root.is_sent_start and not title_case


# Nouns for what is said or shown, not done: rejecting "the claims" decides no project.
_NOT_PROJECTS = frozenset("claim claims report reports figure figures finding findings evidence allegation "
                          "allegations idea ideas view views argument arguments call calls request requests "
                          "offer offers advice suggestion suggestions".split())


def _lede_proposals(doc: Doc, lede: int = 3) -> frozenset[str]:
    """Any thing the lede says someone decides on, described by its modifiers ("vote on whether to
    back a £90 million desalination plant", "approved the new runway"): the proposal of this
    article, whatever noun names it. A named entity or a person is no project."""
    out = set()
    for sentence in islice(doc.sents, lede):
        for token in sentence:
            if token.pos_ != "NOUN" or token.ent_type_ or token.lower_ in _NOT_PROJECTS or not _decided(token):
                continue
            if any(c.dep_ in ("compound", "amod", "nummod") and c.ent_type_ not in ("PERSON", "NORP", "GPE")
                   for c in token.children):
                out.add(token.lower_)
    return frozenset(out)


def _headline_modifiers(title: str, noun: str, doc: Doc) -> str:
    """A bare proposal noun with the lower-case nouns the headline writes before it ("confirms day
    ticket increase" -> "day ticket increase"); verbs, function words and names stop it, and so does a
    word that the text's parse never makes a noun or an adjective ("shareholders lay takeover bid")."""
    words = re.findall(r"[\w’'-]+", title)
    parsed = _title_span(doc, title)
    # Only the headline's own parse, where the text repeats it, or else the rest of the text, says what
    # a word is.
    nominal = {t.lower_ for t in parsed if t.pos_ in ("NOUN", "ADJ") and t.dep_ not in ("nsubj", "ROOT")} \
        if parsed is not None else {w for t in doc if t.pos_ in ("NOUN", "ADJ") for w in (t.lower_, t.lemma_.lower())}
    at = next((i for i, w in enumerate(words) if w.lower() == noun.lower()), None)
    if at is None:
        return noun
    start = at
    while start > 0 and at - start < 2:
        word = words[start - 1]
        lower = word.lower()
        stem = lower[:-1] if lower.endswith("s") else lower
        if word != lower or lower in _QUESTION_STOP or lower in DECISION_VERBS or stem in DECISION_VERBS \
                or lower in _AUXILIARIES or not word.isalpha() or lower not in nominal and stem not in nominal:
            break
        start -= 1
    return " ".join(words[start:at] + [noun])


_NOUN_BEFORE = frozenset("the a an our your their its his her my this that these those".split())


def _title_decisions(title: str) -> list[str]:
    """Proposal nouns of a headline that also has a decision verb or an at-issue adjective
    ("Council backs stadium loan", "Kelford's contested trial")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    # A word after a determiner is a noun ("Our plan for ..."), not the verb of a decision.
    verbs = [w for n, w in enumerate(words) if n == 0 or words[n - 1] not in _NOUN_BEFORE]
    stems = {w[:-2] if w.endswith("es") and w[:-2] in DECISION_VERBS else w[:-1] if w.endswith(("s", "d"))
             and w[:-1] in DECISION_VERBS else w[:-2] if w.endswith("ed") else w for w in verbs}
    if not (stems & DECISION_VERBS or set(words) & (_AT_ISSUE | DECISION_NOUNS)):
        return []
    return [w for w in words if w in PROPOSAL_NOUNS]


# Words of people's reaction to a proposal: what they react to is at issue.
_REACTIONS = frozenset("unhappy angry furious upset outraged dismayed opposed stunned incensed livid "
                       "disappointed".split())


def _decided(noun: Token) -> bool:
    """Whether a proposal noun is what a decision verb acts on: its object, its passive subject, the
    object of its preposition ("vote on the bill"), or the subject of "go ahead", "pass", "fail"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "conj") and head.pos_ in ("VERB", "AUX", "NOUN"):
        if noun.dep_ == "conj":
            return _decided(head)
        # "reached an agreement": a deal is decided by reaching it (a number of cases is not)
        return head.lemma_.lower() in DECISION_VERBS or head.lemma_.lower() == "reach" and noun.lower_ in PROPOSAL_NOUNS
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DECISION_NOUNS:
        return True  # "the adoption of the rule", "the repeal of the levy"
    if noun.dep_ == "pobj" and head.lower_ in ("with", "over", "at", "about", "by") \
            and head.head.lower_ in _REACTIONS:
        return True  # "residents unhappy with the price hike", "stunned by the cuts"
    if noun.dep_ == "pobj" and head.lower_ in _DECISION_PREPOSITIONS:
        governor = head.head
        return governor.lemma_.lower() in DECISION_VERBS or governor.lemma_.lower() in (
            "campaign", "protest", "vote", "debate", "decision", "opposition", "support", "case", "row", "fight",
            "signature", "petition", "objection", "appeal")
    if noun.dep_ == "nsubj":
        return head.lemma_.lower() in ("pass", "fail", "proceed", "go", "divide", "split", "face")
    return False
