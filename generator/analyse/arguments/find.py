"""Arguments for and against the central question, with the actor who makes each.

Each sentence is cut at contrast words ("but", "while", "however") into segments. A segment
argues when it uses cue words of the question's topic or evaluative language; its side comes
from those cues (negation turns them around), from what they are about (the proposal or its
opposite), and, for concessions and cue-less statements, from the stance of its speaker.
A quotation's argument belongs to the quote's speaker; the article's own voice has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from generator.analyse.arguments.claims import core_claim
from generator.analyse.arguments.consolidate import Point, ideas, runs
from generator.analyse.arguments.narration import narrates
from generator.analyse.arguments.quantities import with_amounts
from generator.analyse.arguments.themes import name_themes, pair_themes
from generator.analyse.arguments.thesis import thesis_direction, thesis_text, with_valence
from generator.analyse.arguments.turns import camps_by_turns
from generator.analyse.common.sentiment import Valence, load_valence
from generator.analyse.common.stance_verbs import RESTRICTING_VERBS, declared_stances, main_stance, stance_verbs
from generator.analyse.context import Context
from generator.analyse.contracts import Arguments, Cast, Interview, Trace, Voices
from generator.analyse.lexicons import Hit, Lexicon, Topic
from generator.analyse.settings import ArgumentSettings
from generator.ids import item_id, unique_ids
from generator.model import Actor, Argument, Article, Position, Quote, Sentence

# Themes that say only which way a claim judges, not what it is about.
_GENERIC = frozenset({"benefits", "risks and costs", "other"})
# Contrast words that split a sentence into segments that may argue different ways.
# A semicolon between two clauses with subjects of their own ("The company says ...; farmers say ...")
# joins two claims too.
# "while" contrasts only after a comma or a dash ("..., while others ..."); without one it tells when
# ("do nothing while the town dies").
_SPLIT = re.compile(r"(?:,|;|—|–)?\s+\b(?:but|however|yet|whereas|although|though)\b\s+|(?:,|;|—|–)\s+while\s+"
                    r"|(?:,|;)\s+and\s+(?=to\b)"
                    r"|;\s+(?=(?:\S+\s+){0,4}?(?:says?|said|argues?|argued|warns?|warned|insists?|insisted|claims?|"
                    r"claimed)\b)",
                    re.IGNORECASE)
_LEAD_IN = re.compile(r":\s*[“\"«]")
_LEADING_WHILE = re.compile(r"^\W*(?:(?:so|and|but|yet|still),?\s+)?(?:while|although|though|even if|even though|"
                            r"even as|whereas)\b[^,]{8,},\s+", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:said|says|told|added|according to|announced|wrote|writes|reported|"
                        r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )published)\b",
                        re.IGNORECASE)
# A reply opening the sentence ("But ...", "Yet ..."): the speaker's own view after a concession.
_REPLY = re.compile(r"^\W*(?:but|yet|however|still)\b", re.IGNORECASE)
# Words that turn the proposal that follows into its opposite ("no open release", "delaying the release").
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|without|n[’']t|delay(?:s|ed|ing)?|stop(?:s|ped|ping)?|"
                             r"ban(?:s|ned|ning)?|"
                             r"withh[oe]ld(?:s|ing)?|restrict(?:s|ed|ing)?|limit(?:s|ed|ing)?|prevent(?:s|ed|ing)?)\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)
# A headline that asks or tells why ("Why we release ...") makes the case for what it names.
_WHY = re.compile(r"^\W*why\b", re.IGNORECASE)
# A dated list entry or dateline ("May 3, 2023 - Lab X releases ...", "NAME 2023-05-04 ∙ ..."): a date
# within the first words, then a dash or a bullet. It records an event; it does not argue.
_DATELINE = re.compile(
    r"^\W*(?:\S+\s+){0,6}?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[-–—∙·|•]\s)")
# Answering a case with doubt or denial: a verb of disputing whose object is evidence or a case made
# ("disputes Varga's conclusions", "questioned the calculation", "those figures were dismissed"), or
# doubt itself ("sceptical", "unconvinced").
_EVIDENCE = (r"(?:claims?|figures?|numbers?|conclusions?|findings?|estimates?|calculations?|analysis|case|"
             r"arguments?|evidence|data|reports?|study|studies|projections?|forecasts?)")
_DISPUTE = re.compile(
    r"\b(?:(?:disput|question|reject|challeng|dismiss|den(?:y|i))\w*\s+(?:\S+\s+){0,3}?" + _EVIDENCE
    + r"|" + _EVIDENCE + r"\s+(?:\S+\s+){0,2}?(?:was|were|has been|have been)\s+(?:disputed|questioned|rejected|"
    r"challenged|dismissed|denied)|sceptic\w*|skeptic\w*|unconvinced|doubt(?:s|ed)? (?:that|whether)"
    r"|question(?:s|ed|ing)? (?:whether|why|how)|(?:little|no) evidence (?:that|of)"
    r"|misread\w*|misleading|misrepresent\w*|untrue|inaccurate|not true|myths?|misconceptions?|unfounded|baseless"
    r"|not the case|(?:does|do|did) not support)\b",
    re.IGNORECASE)
# A case's gap the reporter notes: "the statement did not say what would happen", "has not said how much".
_OMISSION = re.compile(r"\b(?:(?:did|does|do|has|have|had|would|could)\s+not|(?:didn|doesn|don|hasn|haven|wouldn|"
                       r"couldn)[’']t|declined to|refused to)\s+(?:say|said|explain|explained|disclose|disclosed|"
                       r"specify|specified)\b", re.IGNORECASE)
# A view the text gives to unnamed others, to answer it: "Critics say ...", "Some will argue ...",
# "It is often claimed that ...", "One could argue ...".
_OBJECTION = re.compile(
    r"^\W*(?:(?:but|yet|and|of course|now),?\s+)?(?:(?:some|many|critics|opponents|sceptics|skeptics|detractors|others|"
    r"naysayers|those\s+(?:who\s+(?:are\s+)?)?(?:against|opposed|oppose))\b(?:\s+\S+){0,4}?\s+"
    r"(?:will\s+|would\s+|might\s+|may\s+)?(?:say|says|said|argue|argues|argued|claim|claims|claimed|"
    r"contend|contends|object|objects|insist|insists|warn|warns|worry|worries|fear|fears|point out|"
    r"told us|tell us|complain|complains|complained)"
    r"|it\s+is\s+(?:often\s+|sometimes\s+)?(?:said|argued|claimed|objected)|one\s+(?:can|could|might)\s+argue)\b",
    re.IGNORECASE)
# Modals of prediction and possibility, and verbs that report a view rather than an event.
_PREDICTION = re.compile(r"\b(?:would|will|could|may|might|(?:is|are|was|were) (?:expected|likely|set) to|"
                         r"argue[sd]?|arguing|warn(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|contend(?:s|ed)?|"
                         r"believe[sd]?|fear(?:s|ed)?|predict(?:s|ed)?|maintain(?:s|ed)?|accuse[sd]?|"
                         r"den(?:y|ies|ied)|dispute[sd]?|reject(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed))\b",
                         re.IGNORECASE)
# Verbs and phrases that bring a finding or an estimate, and a figure for it.
_FINDING = re.compile(r"\b(?:f[io]unds?|finding|estimates?|estimated|shows?|showed|shown|calculat\w*|conclud\w*|"
                      r"determined|projects?|projected|according to|data|survey|study|analysis)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d|\b(?:half|third|quarter|fifth|double[sd]?|tripled?|halved)\b", re.IGNORECASE)
# Verbs of losing and reducing right before a judging word: what they act on is lost ("cost jobs",
# "destroy the habitat") or reduced ("cut pollution"), which turns the word's side around.
# A clause that opens by supposing something absent ("Without this investment ...", "But without the
# new rules, ..."): what the rest of the sentence says happens without it. Not "without doubt".
# A subject that stops or puts off a course of action ("Delaying the work would mean ...") supposes it
# absent too.
_WITHOUT_LEAD = re.compile(r"^\W*(?:(?:but|and|yet|so)\s+)?(?:without\s+(?!doubt\b|question\b|exception\b|fail\b)"
                           r"(?:(?:this|these|that|those|the|such|our|their|its|a|an|any)\s+)(?:[\w-]+\s+){0,3}?"
                           r"[\w-]+(?:,\s*|\s+(?=(?:the|we|it|they|there|this|our|people|families|many|you|i)\b))"
                           r"|(?:delaying|postponing|stopping|halting|scrapping|abandoning|cancelling|canceling|"
                           r"dropping|pausing|shelving)\s+(?:(?:this|these|that|those|the|such|our|their|its)\s+)"
                           r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?=(?:would|will|could|means?|risks?)\b))",
                           re.IGNORECASE)
_REVERSING = re.compile(r"\b(cost|costs|costing|lose|loses|losing|lost|cut|cuts|cutting|destroy(?:s|ed|ing)?|"
                        r"delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|halt(?:s|ed|ing)?|block(?:s|ed|ing)?|"
                        r"threaten(?:s|ed|ing)?|kill(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|wipe[sd]? out|"
                        r"reduc(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|erod(?:e|es|ed|ing)|curb(?:s|ed|ing)?|"
                        r"tackl(?:e|es|ed|ing)|fight(?:s|ing)?|end(?:s|ed|ing)?)\s+"
                        r"(?:(?:the|a|an|our|their|its|his|her|your|my|more|some|many|local|those|these)\s+)?"
                        r"(?:[a-z-]+\s+)?$", re.IGNORECASE)
# A question about what a named body does: "Should Westline Ferries cut ...?".
_ASKS_ACTOR = re.compile(r"^Should ((?:the )?[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,4}) [a-z]+\b")
_BACKERS_SAY = re.compile(
    r"^\W*(?:(?:but|yet|and|of course|now),?\s+)?(?:supporters|proponents|advocates|backers|defenders|"
    r"those\s+(?:who\s+(?:are\s+)?)?(?:in\s+favou?r|support))\b"
    r"(?:\s+\S+){0,4}?\s+(?:say|argue|claim|contend|insist|maintain|point out|believe)\b", re.IGNORECASE)
# A call, then what happens if it is not heeded: "should be stopped before someone is hurt", "must act
# now or people will suffer".
_AVERTED = re.compile(r"\b(?:should|must|needs? to|has to|have to)\b[^.;:]*?\b(?P<then>before|or|otherwise|unless)\b"
                      r"[^.;:]*$", re.IGNORECASE)
_FORETELLING = re.compile(r"\b(?:would|will|could|might|(?:is|are) (?:likely|set|bound) to)\b", re.IGNORECASE)
# Calling for something, then a call to stop or put off the proposal ("called for the rise to be
# delayed", "urged a pause to the plan").
_CALLING = (r"\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|want(?:s|ed)?|ask(?:s|ed)? for)\s+"
            r"(?:(?:the|a|an|this|that|its)\s+)?")
_CALL_TO_STOP = re.compile(
    _CALLING + r"(?:(?:\S+\s+){0,4}?(?:to\s+be\s+)(?:delayed|scrapped|dropped|postponed|"
    r"halted|paused|shelved|abandoned|cancell?ed|reversed|withdrawn|frozen)|(?:delay|pause|halt|moratorium|"
    r"rethink|freeze|reversal|u-turn)\b)", re.IGNORECASE)
# The mirror call, to keep or widen the proposal ("wants the trial made permanent", "urged the council to
# extend the scheme").
_CALL_TO_KEEP = re.compile(
    _CALLING + r"(?:\S+\s+){0,4}?(?:(?:to\s+be\s+)?(?:made\s+permanent|extended|expanded|"
    r"kept|continued|approved|rolled\s+out)|to\s+(?:extend|expand|keep|continue|approve|back)\b)", re.IGNORECASE)
# What the proposal would do to someone, with a verb of burden the valence list does not rate ("a strike
# would cost shops £2m", "the charge will force small firms to close"): the proposal's harm.
_BURDENS = re.compile(r"^\W*(?:[\w’'-]+\s+){0,6}?(?:would|will|could|might|may)\s+(?:also\s+)?(?:cost|hit|force|strand|"
                      r"squeeze|burden|drive|push|price)\s+(?!up\b)", re.IGNORECASE)
_WARNING = re.compile(r"\bwarn(?:s|ed|ing)?\b(?:\s+[\w’']+){0,6}?\s+that\b", re.IGNORECASE)
# "only" restricts ("they could only rent it"), except as an adjective ("the only change") or in "not only".
_MODAL = re.compile(r"\b(?:should|must|cannot|can[’']t|never|nobody|no one|(?<!the )(?<!not )only|always|need to|"
                    r"have to|would rather)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Segment:
    sentence: Sentence
    text: str
    speaker: str | None
    quoted: bool
    score: float
    cues: int
    concession: bool
    rhetorical: bool
    theme: str
    side: int = 0
    weak: bool = False
    withhold: bool = False
    steady: float = 0.0
    """The part of the score that does not depend on the claim's direction (a dispute of the case)."""
    reply: bool = False
    """It opens with "But", "However": it may answer what came before."""
    on_topic: bool = False
    """It names what the question is about."""
    lead: bool = False
    """A leading concessive clause that judges nothing: it argues only against a judging main clause."""
    objection: bool = False
    """A view given to unnamed others ("Critics say ..."): the other side from the text's own."""
    backers: bool = False
    """A view given to the proposal's backers ("Supporters point out ..."): in a report, it argues for."""
    lean: int = 0
    """For a weak claim, the way its own judging words lean (too weakly to argue alone)."""
    put_to: str | None = None
    """The interviewee an interviewer's question puts this view of someone else's to ("Shopkeepers say
    ... Are they wrong?"): it is the other side from the interviewee's."""
    why: list[tuple[str, str]] = field(default_factory=list)
    """(rule, detail) of every step that made or moved it, for the trace."""


def find_arguments(ctx: Context, cast: Cast, quotes: tuple[Quote, ...], voices: Voices,
                   positions: tuple[Position, ...]) -> Arguments:
    """Claims that argue for or against the question, each with its speaker, theme and sentence."""
    article, frame = ctx.article, ctx.frame
    lexicon, topic = ctx.lexicons.arguments, frame.topic
    proposal, opposite = frame.proposal, frame.opposite
    limits = ctx.settings.arguments
    targets = (_with_names(proposal, cast.actors, positions, "for"),
               _with_names(opposite, cast.actors, positions, "against"))
    valence = load_valence()
    segments: list[_Segment] = []
    for sentence in article.sentences:
        if len(sentence.text.split()) < limits.min_words and sentence.kind != "heading":
            continue
        speaker, quoted = voices.of(sentence.id)
        if speaker is None and not quoted and voices.narrator is None and sentence.kind != "heading" \
                and narrates(ctx.doc, sentence):
            continue  # the reporter tells what happened
        for text in _segments(sentence.text):
            # The lead-in before a quotation ("And to anticipate criticism ...: “...”") is the article's.
            lead_in = quoted and not any(ch in text for ch in "“”\"«»") and _LEAD_IN.search(sentence.text) is not None \
                and sentence.text.startswith(text)
            at = sentence.start + max(0, sentence.text.find(text))  # where the segment starts in the text
            segment = _judge(lexicon, topic, frame.withhold, proposal, opposite, sentence, text,
                             None if lead_in else speaker, quoted and not lead_in, targets,
                             valence=valence, least=limits.valence_least, doc=ctx.doc, offset=at,
                             unmarked=-1 if frame.restricts else 1,
                             own_case=ctx.reading.genre in ("opinion", "statement") and speaker is None and not quoted,
                             stance=stance_verbs(ctx.doc, at, at + len(text), frame.proposal, frame.opposite))
            if segment is not None:
                segments.append(segment)
    turns = camps_by_turns(article, lambda sentence_id: voices.of(sentence_id)[0],
                           lambda s: main_stance(ctx.doc, s.start, s.end, frame.proposal, frame.opposite)) \
        if voices.narrator is None else {}
    if ctx.reading.genre != "interview" and -1 not in turns.values():
        turns = {}  # a report that never turns to the other side says nothing of its speakers' camps
    _orient(ctx, segments, turns)
    _put_to_interviewee(segments, cast.interview)
    lead = _voice_lead(lexicon, topic, proposal, opposite, article) if voices.narrator else None
    if lead is not None and frame.rebutted:
        lead = -1  # a fact check: its own voice calls the claim wrong
    declared = declared_stances(ctx.doc, cast, ctx.frame.proposal, ctx.frame.opposite)
    for actor_id in _proposers(frame.sides.question if frame.sides is not None and frame.sides.derived else "",
                               cast.actors):
        declared.setdefault(actor_id, "for")
    # A report (no voice of its own) that gives a view to the proposal's backers gives it to the yes side.
    backers_side = 1 if lead is None and ctx.reading.genre not in ("opinion", "statement") \
        and thesis_text(ctx) is None else 0
    order = {sentence.id: i for i, sentence in enumerate(article.sentences)}
    _apply_stances(segments, lead, limits, declared, turns, _speaks_for(cast.actors, order), backers_side)
    _concede_leads(segments)
    if frame.rebutted is not None:
        _fact_check_camps(segments, _claimants(article, voices, frame.rebutted))
    drafts = _merge(segments)
    quote_of = {sentence_id: quote.id for quote in quotes for sentence_id in quote.evidence}
    points = [Point(order[d.sentence.id], d.sentence.paragraph, d.speaker, d.side, d.concession,
                    quote_of.get(d.sentence.id), _nouns(ctx, d.sentence)) for d in drafts]
    grouped = ideas(points, runs(points, most=limits.run_sentences), most=limits.run_sentences,
                    shared=limits.idea_nouns)
    groups = [[drafts[p] for p in sorted(group)] for group in grouped]
    heads = [max(group, key=lambda d: abs(d.score)) for group in groups]
    group_nouns = [frozenset().union(*(_nouns(ctx, d.sentence) for d in group)) for group in groups]
    named = name_themes(group_nouns, [head.side for head in heads],
                        [all(d.theme in _GENERIC for d in group) for group in groups],
                        _question_words(frame.sides.question if frame.sides is not None else ""))
    claims = [core_claim(ctx, head.sentence, head.text) for head in heads]
    ids = unique_ids([item_id("a", head.text) for head in heads])
    arguments, traces = [], {}
    for argument_id, group, head, claim, noun in zip(ids, groups, heads, claims, named, strict=True):
        evidence = tuple(dict.fromkeys(d.sentence.id for d in group))
        themes = [d.theme for d in group if d.theme not in _GENERIC] or ([noun] if noun else [])
        score = sum(d.score for d in group)
        arguments.append(Argument(id=argument_id, side="for" if head.side > 0 else "against", claim=claim,
                                  speaker=head.speaker, theme=themes[0] if themes else head.theme, evidence=evidence,
                                  confidence=round(min(1.0, 0.4 + 0.2 * abs(score)), 2)))
        trace = [t for d in group for t in _trace(d)]
        if noun:
            trace.append(Trace("arguments", "theme-from-text", f"theme '{noun}': the noun it shares with most "
                               "other arguments", evidence))
        if len(evidence) > 1:
            trace.append(Trace("arguments", "consolidated", f"{len(evidence)} sentences of one speaker arguing "
                               "one way in a row make one argument", evidence))
        traces[argument_id] = tuple(trace)
    _pair(arguments, traces, [order[a.evidence[0]] for a in arguments], group_nouns,
          [any(d.concession for d in group) for group in groups])
    return Arguments(tuple(arguments), traces=traces, thesis=lead, declared=declared)


def _pair(arguments: list[Argument], traces: dict[str, tuple[Trace, ...]], positions: list[int],
          nouns: list[frozenset[str]], concessions: list[bool]) -> None:
    """Join one-sided themes that answer each other (see :func:`.themes.pair_themes`), in place."""
    paired = pair_themes([a.theme for a in arguments], [1 if a.side == "for" else -1 for a in arguments],
                         positions, nouns, concessions)
    for index, (argument, theme) in enumerate(zip(arguments, paired, strict=True)):
        if theme != argument.theme:
            arguments[index] = replace(argument, theme=theme)
            traces[argument.id] += (Trace("arguments", "paired", f"theme '{argument.theme}' joins '{theme}': "
                                          "the arguments of the other side there answer it", argument.evidence),)


def _proposers(question: str, actors: tuple[Actor, ...]) -> list[str]:
    """Who proposes what a derived question asks about: the named subject of "Should X cut ...?"
    (a question made from what X decided or said it would do), and the people who speak for X."""
    asked = _ASKS_ACTOR.match(question)
    if asked is None:
        return []
    subject = asked.group(1).casefold()
    body = next((a for a in actors if a.kind != "person" and subject in {n.casefold() for n in (a.name, *a.aliases)}),
                None)
    if body is None:
        return []
    speakers = [a.id for a in actors if a.kind == "person" and (a.name.startswith(f"{body.name} ")
                                                                or body.name in (a.description or ""))]
    return [body.id, *speakers]


def _question_words(question: str) -> frozenset[str]:
    """The question's words, singular and as written: nouns of the question name no theme."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", question)]
    return frozenset(words) | frozenset(w.rstrip("s") for w in words)


def _nouns(ctx: Context, sentence: Sentence) -> frozenset[str]:
    """Lemmas of the common nouns of a sentence: what it speaks of."""
    span = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in span if t.pos_ == "NOUN" and not t.is_stop and len(t.text) > 2)


def _orient(ctx: Context, segments: list[_Segment], turns: Mapping[str, int]) -> None:
    """Turn every judged segment around when the question's claim is a complaint (see :mod:`.thesis`);
    ``turns`` are the camps a report's structure puts its speakers in: the other side's judgements
    tell the claim's direction the other way round."""
    order = {sentence.id: i for i, sentence in enumerate(ctx.article.sentences)}
    judged = [(order[s.sentence.id], (s.score - s.steady) * turns.get(s.speaker or "", 1)) for s in segments if s.side]
    direction, detail = thesis_direction(ctx, judged)
    if direction > 0:
        return
    for segment in segments:
        segment.score = segment.steady - (segment.score - segment.steady)
        segment.side = 1 if segment.score > 0 else -1 if segment.score < 0 else 0
        if segment.side:
            segment.why.append(("thesis", detail))


def _trace(segment: _Segment) -> tuple[Trace, ...]:
    speaker = "quoted speech of" if segment.quoted else "said by"
    who = f"{speaker} '{segment.speaker}'" if segment.speaker else "the article's own voice"
    first = Trace("arguments", "segment", f"'{_short(segment.text)}', {who}", (segment.sentence.id,))
    return (first, *(Trace("arguments", rule, detail, (segment.sentence.id,)) for rule, detail in segment.why))


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _with_names(pattern: re.Pattern[str] | None, actors: tuple[Actor, ...], positions: tuple[Position, ...],
                side: str) -> re.Pattern[str] | None:
    """``pattern`` widened by the names of organisations the article places on ``side``: what is said
    of a company on the no side ("a black box") is said of that side."""
    ids = {p.actor for p in positions if p.side == side}
    names = sorted({n for a in actors if a.id in ids for n in (a.name, *a.aliases) if len(n) >= 3},
                   key=len, reverse=True)
    if not names:
        return pattern
    named = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"
    return re.compile(f"{pattern.pattern}|{named}" if pattern is not None else named,
                      pattern.flags if pattern is not None else 0)


def _segments(text: str) -> list[str]:
    """The sentence cut at contrast words; a leading "While ..., " clause is its own segment."""
    parts: list[str] = []
    lead = _LEADING_WHILE.match(text)
    if lead:
        parts.append(lead.group(0).rstrip(", "))
        text = text[lead.end():]
    lead_in = _LEAD_IN.search(text)
    if lead_in and len(text[:lead_in.start()].split()) >= 3:
        parts.append(text[:lead_in.start()])
        text = text[lead_in.start() + 1:].strip()
    pieces = _SPLIT.split(text)
    # Keep the contrast word with the piece it opens: it marks a concession or a reply.
    markers = [m.group(0).strip(" ,;—–") for m in _SPLIT.finditer(text)]
    parts.append(pieces[0])
    for marker, piece in zip(markers, pieces[1:], strict=True):
        parts.append(f"{marker} {piece}")
    return [p.strip() for p in parts if len(p.split()) >= 3]


# "keep investing in innovation rather than impose the rule": what comes before is preferred to what
# follows, so a judging word before it is about the alternative, not about what follows.
_PREFERRED_OVER = re.compile(r"\b(?:rather than|instead of|in place of)\b", re.IGNORECASE)


def _target(text: str, position: int, proposal: re.Pattern[str] | None, opposite: re.Pattern[str] | None,
            unmarked: int = 1) -> int:
    """What a general evaluative word is about: the proposal (+1) or its opposite (-1), nearest first;
    ``unmarked`` when the text names neither."""
    candidates = []
    for pattern, sign in ((proposal, 1), (opposite, -1)):
        if pattern is None:
            continue
        # "no open release", "not releasing": a negated proposal is its opposite.
        candidates += [(abs(m.start() - position), -sign if _NEGATED_BEFORE.search(text, 0, m.start())
                        or _PREFERRED_OVER.search(text, max(position, m.start() - 40), m.start()) else sign)
                       for m in pattern.finditer(text)]
    return min(candidates)[1] if candidates else unmarked


def _syntactic_target(doc: Doc, at: int, proposal: re.Pattern[str] | None,
                      opposite: re.Pattern[str] | None) -> int | None:
    """What the parse says a judging word is about: the proposal (+1), its opposite (-1), or ``None``
    when the parse does not tell (then the nearest mention decides). An adjective is about the noun it
    qualifies or the subject it is said of ("the ban is harmful"); a verb about what it acts on, or its
    subject ("the ban was criticised", "the ban hurts farmers"). What a restricting proposal acts on
    is its opposite ("ban anything that is harmful")."""
    token = _token_at(doc, at)
    if token is None or proposal is None:
        return None
    target: Token | None = None
    if token.pos_ == "ADJ":
        if token.dep_ == "amod":
            target = token.head
        elif token.dep_ in ("acomp", "attr"):
            target = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif token.pos_ == "VERB":
        target = next((c for c in token.children if c.dep_ == "nsubjpass"), None) or \
            next((c for c in token.children if c.dep_ == "nsubj"), None)
    if target is not None and target.tag_ in ("WDT", "WP") and target.head.dep_ == "relcl":
        target = target.head.head  # "anything that is harmful": the noun the clause describes
    if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    acted_on = target.dep_ in ("dobj", "nsubjpass") and proposal.search(target.head.text) is not None \
        and target.head.lemma_.lower() in RESTRICTING_VERBS
    if acted_on:
        return -1
    if target.pos_ == "PRON":
        # "It is catastrophic", "This is a betrayal": a judgement of "it" or "this" is of the matter at issue.
        # ("It was wrong to sell it on speed" judges the act its infinitive names, not the matter.)
        act = any(c.dep_ == "xcomp" for c in (*token.children, *token.head.children))
        return 1 if target.lower_ in ("it", "this") and token.dep_ in ("acomp", "attr") and not act else None
    words = doc[target.left_edge.i:target.i + 1].text  # the noun with what comes before it
    if opposite is not None and opposite.search(words):
        return -1
    if proposal.search(words):
        return 1
    return None



def _judge(lexicon: Lexicon, topic: Topic | None, withholding: re.Pattern[str] | None,
           proposal: re.Pattern[str] | None, opposite: re.Pattern[str] | None, sentence: Sentence,
           text: str, speaker: str | None, quoted: bool,
           targets: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None, *,
           valence: Valence | None = None, least: float = 1.5,
           stance: list[tuple[str, int]] | None = None, doc: Doc | None = None, offset: int = 0,
           unmarked: int = 1, own_case: bool = False) -> _Segment | None:
    if _DATELINE.match(text):
        return None
    hits = lexicon.hits(text, topic)
    if valence is not None:
        hits = with_valence(hits, text, valence, least)
    hits, amounts = with_amounts(hits, text)
    if sentence.kind != "heading":
        hits = [hit for hit in hits if not _in_name(text, hit) and not _in_entity(doc, offset + hit.start)]
    hits = _heads(lexicon, text, hits)
    if topic is None and proposal is not None:
        # The question's own words name the target ("the ban", "the closure"), they do not judge it.
        named = [(m.start(), m.end()) for m in proposal.finditer(text)]
        hits = [h for h in hits if h.theme not in ("positive", "negative")
                or all(h.end <= a or h.start >= b for a, b in named)]
    if not quoted and sentence.kind != "heading" and lexicon.mentions_only(text, hits):
        return None  # "The technique was adopted by the community.": it names the theme, it does not argue
    pro_target, con_target = targets or (proposal, opposite)
    score = 0.0
    anchored = False
    themes: Counter[str] = Counter()
    why: list[tuple[str, str]] = []
    for hit in hits:
        negated = lexicon.negated(text, hit)
        sign = -hit.side if negated else hit.side
        cue = f"'{text[hit.start:hit.end]}'" + (" negated" if negated else "")
        if hit.theme in ("positive", "negative"):
            reversed_by = _REVERSING.search(text, max(0, hit.start - 40), hit.start)
            if reversed_by is not None:
                # "will cost jobs", "cuts pollution": what is lost or reduced turns the word around.
                sign = -sign
                cue += f" lost by '{reversed_by.group(1)}'"
            averted = _AVERTED.search(text, 0, hit.start)
            if sign < 0 and averted is not None and pro_target is not None \
                    and pro_target.search(text, averted.start(), averted.start("then")):
                # "should be stopped before someone is hurt": the harm is what the proposal prevents.
                score += 1
                why.append(("averted-harm", f"negative cue {cue} after '{averted.group('then')}': what the proposal "
                            "prevents: +1"))
                continue
            said_of = _syntactic_target(doc, offset + hit.start, pro_target, con_target) if doc is not None else None
            target = said_of if said_of is not None else _target(text, hit.start, pro_target, con_target, unmarked)
            # A reported view counts when the parse ties its judging word to what is at issue.
            anchored = anchored or said_of is not None
            sign *= target
            score += sign
            about = "the proposal" if target > 0 else "its opposite"
            why.append(("evaluative-cue", f"{hit.theme} cue {cue}, about {about}: {sign:+d}"))
        else:
            # "closed models cannot be audited": a negated theme said of the opposite argues for the proposal.
            if sign != hit.side and _target(text, hit.start, pro_target, con_target, unmarked) < 0:
                sign = hit.side
                cue += " of the opposite"
            score += 2 * sign
            themes[hit.theme] += 1
            why.append(("theme-cue", f"theme '{hit.theme}' cue {cue}: {2 * sign:+d}"))
    lacking = _WITHOUT_LEAD.match(text)
    if lacking is not None and score < 0 \
            and not _about_the_question(lacking.group(0), pro_target, con_target):
        # "Without this investment the network will fail": the harm follows from going without what
        # the speaker defends, so the claim argues for it. ("Without the increase ..." names the
        # proposal itself; the target rules read that.)
        score = abs(score)
        why.append(("counterfactual", f"'{lacking.group(0).strip()}': the harm named follows from going without "
                    "it: for"))
    warned = _WARNING.search(text)
    if warned and proposal is not None and proposal.search(text, warned.end()):
        # "warned that the freeze would cost £2.6 million": a warning about what the proposal would do.
        score -= 2
        why.append(("warning", f"'{warned.group(0)}' what the proposal would do: against"))
    burden = _BURDENS.search(_reported_clause(text))
    if burden and proposal is not None and proposal.search(burden.group(0)) and score <= 0:
        score -= 2
        why.append(("burden", f"'{burden.group(0).strip()}': what the proposal would do to someone: against"))
    keeping = _CALL_TO_KEEP.search(text)
    if keeping and proposal is not None and proposal.search(text[keeping.start():keeping.end() + 40]) \
            and not lexicon.negated(text, Hit(keeping.start(), keeping.end(), "", 0)):
        score += 2
        why.append(("call-to-keep", f"'{keeping.group(0)}': a call to keep or widen the proposal: for"))
    stopping = _CALL_TO_STOP.search(text)
    if stopping and proposal is not None and proposal.search(text) and not lexicon.negated(
            text, Hit(stopping.start(), stopping.end(), "", 0)):
        score -= 2
        why.append(("call-to-stop", f"'{stopping.group(0)}': a call to stop or put off the proposal: against"))
    disputed = _DISPUTE.search(text)
    steady = 0.0
    if disputed and not lexicon.negated(text, Hit(disputed.start(), disputed.end(), "", 0)):
        # "Ruiz disputes Varga's conclusions", "the figures were dismissed by X": it answers the case made.
        score -= 2
        steady = -2.0
        why.append(("dispute", f"'{disputed.group(0)}': it disputes the case made: against"))
    for verb, side in stance or ():
        # "opposed the plan", "voted in favour of the charge": a side declared, by whoever it is.
        score += 2 * side
        steady += 2.0 * side
        why.append(("stance-verb", f"'{verb}' {'backs' if side > 0 else 'fights'} a proposal: "
                    f"{'for' if side > 0 else 'against'}"))
    declared = main_stance(doc, offset, offset + len(text), pro_target, con_target, announcing=False) \
        if doc is not None else 0
    if declared and score * declared < 2:
        # "X attacked the decision to shut the pool and keep the fine old gym": the side the main verb
        # declares is the claim's; the judging words inside what it acts on do not turn it.
        score = 2.0 * declared
        why.append(("main-stance", f"the main verb {'backs' if declared > 0 else 'fights'} the proposal: "
                    f"{'for' if declared > 0 else 'against'}"))
    # The pattern names unnamed others as the subject ("Some customers have told us ..."): whoever the
    # voices stage made the speaker, it is a view the text answers.
    objection = not quoted and _OBJECTION.match(text) is not None
    if objection:
        score -= 2
        steady -= 2.0
        why.append(("objection", "a view the text gives to unnamed others to answer it: the other side"))
    # "Supporters of the cut argue ...": the proposal's backers, answered by a text that argues its own
    # case; the side comes from that case (see _apply_stances), not from a fixed sign.
    backers = not quoted and not objection and _BACKERS_SAY.match(text) is not None
    omitted = _OMISSION.search(text)
    if omitted:
        score -= 2
        steady -= 2.0
        why.append(("omission", f"'{omitted.group(0)}': a gap in the case made: against"))
    withhold = withholding is not None and withholding.search(text) is not None
    if withhold:
        score = -2 - abs(score) / 2
        themes["prudence"] += 1
        why.append(("withhold", "a decision or call not to do what the proposal does: against"))
    rhetorical = text.rstrip().endswith("?") and bool(lexicon.rhetorical.search(text))
    if rhetorical and not hits \
            and not _about_the_question(_main_clause(text), proposal, opposite):
        rhetorical = False  # "Who will get there first?" asks about nothing the question is about
    if text.rstrip(" ”\"").endswith("?") and not rhetorical and speaker is None and not quoted:
        return None  # a reporter's question ("Isn't that dangerous?") asks, it does not argue
    if rhetorical:
        # "Would we publish ...?", "Why do we have to share?": asking whether to do it argues against
        # doing it; asking who would choose the alternative argues for. Other questions keep their cues.
        main = _main_clause(text)
        if proposal is not None and proposal.search(main):
            score = -2 - abs(score) / 2
            why.append(("rhetorical-question", "asks whether to do what the proposal does: against"))
        elif opposite is not None and opposite.search(main):
            score = 2 + abs(score) / 2
            why.append(("rhetorical-question", "asks who would choose the opposite: for"))
        elif topic is None and speaker is not None:
            # Its words are ironic ("Why should they accept a part-time council at a full-time price?"):
            # it argues its asker's case, whatever it is.
            score = 0.0
            why.append(("rhetorical-question", "a rhetorical question: it argues its asker's side"))
        elif topic is None:
            # "Who would pay for a restricted model ...?": it asks who would choose what its asking
            # clause judges, and argues the other way.
            asked = [h for h in hits if h.theme in ("positive", "negative") and h.end <= len(main)]
            score = -float(sum(-h.side if lexicon.negated(text, h) else h.side for h in asked))
            why.append(("rhetorical-question", f"asks who would choose what its asking clause judges: {score:+g}"))
        else:
            why.append(("rhetorical-question", "a rhetorical question; its cues decide"))
    concession = any(not _temporal_while(text, m) for m in lexicon.concession.finditer(text))
    evaluative = len(lexicon.evaluative.findall(text)) + amounts
    # A judged outcome predicted ("would make the streets less safe") argues, like an evaluative word.
    foretelling = _FORETELLING.search(text)
    predicts = foretelling is not None
    argues = bool(themes) or abs(score) >= 2 or rhetorical or objection or (quoted and (evaluative >= 1 or hits)) \
        or ((evaluative >= 1 or predicts) and abs(score) >= 1 and not _REPORTING.search(text)) \
        or (speaker is not None and anchored and abs(score) >= 1)
    if sentence.kind == "heading" and not themes:
        return None
    if not argues:
        # Weakly argumentative: quoted speech or a modal or negated statement; it takes the side
        # of its speaker later, when the speaker's stance is clear.
        reported = speaker is not None and not quoted
        # A concession or a reply ("While the rules are new, ...", "But ...") with no judging word of its
        # own ("But the structure is the same.") narrates; it does not argue.
        judging = evaluative >= 1
        leading = _LEADING_WHILE.match(sentence.text) is not None and sentence.text.startswith(text)
        conceding = concession and len(text.split()) >= 5 and (judging or leading)
        replying = _REPLY.match(text) and len(text.split()) >= 5 and not _REPORTING.search(text) \
            and (judging or lexicon.negation.search(text) or _FORETELLING.search(text))
        # A speaker's prediction or recommendation, reported ("X said the stadium would anchor ..."),
        # argues the speaker's case even without a judging word.
        predicted = reported and len(text.split()) >= 6 and _PREDICTION.search(text) is not None
        # A finding or an estimate with its figure ("a study found that ... 2 percent", "according to
        # the council, traffic would fall by 20 percent"): evidence the text brings to the question.
        finding = len(text.split()) >= 8 and _FINDING.search(text) is not None and _FIGURE.search(text) is not None
        # What the proposal itself would do ("Rent caps would discourage building"): a predicted effect.
        foretold = foretelling is not None and len(text.split()) >= 6 and pro_target is not None \
            and pro_target.search(text, 0, foretelling.start()) is not None \
            and not _REPORTING.search(text, 0, foretelling.start())
        if (quoted and len(text.split()) >= 5) or (_MODAL.search(text) and (reported or not _REPORTING.search(text))) \
                or predicted or finding or backers or foretold \
                or replying \
                or (reported and proposal is not None and proposal.search(text)) or conceding \
                or (reported and judging and len(text.split()) >= 6) \
                or (own_case and len(text.split()) >= 6 and _about_the_question(text, pro_target, con_target)):
            kind = "quoted speech" if quoted and len(text.split()) >= 5 else "a concession" if conceding \
                else "a reported prediction or view" if predicted \
                else "a predicted effect of the proposal" if foretold \
                else "a finding or an estimate" if finding \
                else "a view of the proposal's backers" if backers \
                else "a reply" if replying \
                else "a statement of the text's own case about the question" if own_case and not reported \
                else "a modal or reported claim"
            why.append(("weak-claim", f"{kind} with no side of its own: it takes its speaker's stance"))
            return _Segment(sentence, text, speaker, quoted, 0.0, 0, concession,
                            False, _generic_theme(hits), 0, weak=True, why=why, reply=bool(replying),
                            on_topic=_about_the_question(text, pro_target, con_target),
                            lead=leading and not judging, objection=backers, backers=backers,
                            lean=1 if score >= 1 else -1 if score <= -1 else 0)
        return None
    theme = themes.most_common(1)[0][0] if themes else _generic_theme(hits)
    side = 1 if score > 0 else -1 if score < 0 else 0
    why.append(("score", f"score {score:+g}: " + ("for" if side > 0 else "against" if side < 0 else "no side")))
    return _Segment(sentence, text, speaker, quoted, score, len(hits), concession, rhetorical, theme, side,
                    withhold=withhold, why=why, steady=steady, reply=_REPLY.match(text) is not None,
                    objection=objection or backers, backers=backers)


def _about_the_question(text: str, proposal: re.Pattern[str] | None, opposite: re.Pattern[str] | None) -> bool:
    """Whether a statement names the proposal or its opposite ("The law burdens street officers")."""
    return any(p is not None and p.search(text) for p in (proposal, opposite))


def _put_to_interviewee(segments: list[_Segment], interview: Interview | None) -> None:
    """Mark the views an interviewer's questions give to someone else ("The Chamber of Commerce says sales
    could fall by a third. What if they are right?"): they are put to the interviewee to answer."""
    if interview is None or interview.interviewee is None or not interview.questions:
        return
    questions = set(interview.questions)
    for segment in segments:
        if segment.sentence.id in questions and segment.speaker not in (None, interview.interviewee) \
                and not segment.quoted:
            segment.put_to = interview.interviewee


def _temporal_while(text: str, cue: re.Match[str]) -> bool:
    """A cue "while" inside a clause, right after a word ("do nothing while the town dies"): a time, not a
    concession; after a comma or a dash, or opening the sentence, it concedes."""
    before = text[:cue.start()].rstrip()
    return cue.group(0).lower() == "while" and bool(before) and (before[-1].isalnum() or before[-1] in "’'")


def _in_name(text: str, hit: Hit) -> bool:
    """A cue inside a capitalised name ("Centre for AI Risk Studies", "Open Source Initiative") says
    nothing about the question."""
    if not text[hit.start:hit.start + 1].isupper():
        return False
    before = text[:hit.start].split()
    after = text[hit.end:].split()
    capital = re.compile(r"^[A-Z][\w’'-]*$")
    # "Dangerous AI ..." opens a sentence: an acronym after a cue does not make a name.
    return bool(before and capital.match(before[-1]) and not before[-1].endswith(("’s", "'s"))) \
        or bool(after and capital.match(after[0]) and not after[0].isupper())


# Entities whose names hold words that judge elsewhere ("the Department of Justice", "Friends of the Earth").
_NAMED = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def _in_entity(doc: Doc | None, at: int) -> bool:
    """Whether the character at ``at`` lies in a name the parser found: a name judges nothing."""
    if doc is None:
        return False
    token = _token_at(doc, at)
    return token is not None and token.ent_type_ in _NAMED


def _token_at(doc: Doc, at: int) -> Token | None:
    """The token the character at ``at`` belongs to."""
    return next(iter(doc.char_span(at, at + 1, alignment_mode="expand") or ()), None)


def _heads(lexicon: Lexicon, text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a cue that directly qualifies a theme cue of the other side: in "a dangerous concentration
    of power" the danger is the concentration's, and the phrase argues as the noun does; and a judging
    word in the complement of a judging word of the other side ("a threat to jobs")."""
    out: list[Hit] = []
    for hit, following in zip(hits, [*hits[1:], None], strict=False):
        if following is not None and following.theme not in ("positive", "negative") and hit.theme != following.theme \
                and not text[hit.end:following.start].strip() \
                and (-hit.side if lexicon.negated(text, hit) else hit.side) != following.side:
            continue
        previous = out[-1] if out else None
        if previous is not None and hit.theme in ("positive", "negative") and previous.side != hit.side \
                and _COMPLEMENT.fullmatch(text[previous.end:hit.start]):
            continue  # "a punishment for success", "a threat to jobs": the head noun judges, not its complement
        out.append(hit)
    return out


# Between a judging noun and a judging word in its complement: a preposition and perhaps a determiner.
_COMPLEMENT = re.compile(r"\s+(?:for|to|of|against|on)\s+(?:(?:the|a|an|our|their|its|his|her|your|my|local)\s+)?",
                         re.IGNORECASE)


def _main_clause(question: str) -> str:
    """The asking clause of a question, without its condition ("if ...", "on the grounds that ...")."""
    if re.match(r"^\W*(?:and |but )?(?:if|when|unless)\b", question, re.IGNORECASE) and "," in question:
        question = question.split(",", 1)[1]
    return re.split(r"\b(?:if|when|unless|on the grounds|because)\b", question, flags=re.IGNORECASE)[0]


def _generic_theme(hits: list[Hit]) -> str:
    if any(h.theme == "negative" for h in hits):
        return "risks and costs"
    if any(h.theme == "positive" for h in hits):
        return "benefits"
    return "other"


def _voice_lead(lexicon: Lexicon, topic: Topic | None, proposal: re.Pattern[str] | None,
                opposite: re.Pattern[str] | None, article: Article) -> int:
    """The side of the headline (+1, -1, 0) of an article that argues in its own voice (an op-ed, a
    statement): it states its thesis there."""
    title = article.meta.title or next((s.text for s in article.sentences if s.kind == "heading"), "")
    score = 0
    for hit in lexicon.hits(title, topic):
        sign = -hit.side if lexicon.negated(title, hit) else hit.side
        if hit.theme in ("positive", "negative"):
            sign *= _target(title, hit.start, proposal, opposite)
        score += sign
    if not score and _WHY.match(title) and proposal is not None:
        found = proposal.search(title)
        if found:
            score = -1 if _NEGATED_BEFORE.search(title, 0, found.start()) else 1
    return (1 if score > 0 else -1) if score else 0


def _speaks_for(actors: tuple[Actor, ...], order: Mapping[str, int]) -> dict[str, str]:
    """The body each person speaks for, when the text says so: their description names it ("chair of
    the Heat Customers Forum", "Acme's chief executive"), their name is the body's spokesperson's, or
    a bare title ("said chief executive Laura Penn") follows the turn of an organisation, named in
    the two sentences before the person's first mention or in the same one."""
    bodies = [a for a in actors if a.kind in ("organization", "group") and len(a.name) > 2]
    out: dict[str, str] = {}
    for person in actors:
        if person.kind != "person":
            continue
        described = " ".join(filter(None, (person.description, *person.aliases)))
        named = [b for b in bodies if person.name.startswith(b.name + " ")
                 or described and any(re.search(rf"\b{re.escape(n)}\b", described) for n in _own_names(b))]
        if not named and person.description and _BARE_TITLE.fullmatch(person.description) and person.mentions:
            first = min(order.get(s, 0) for s in person.mentions)
            recent = {b.id: max((order.get(s, -9) for s in b.mentions if order.get(s, -9) <= first), default=-9)
                      for b in bodies if b.kind == "organization"}
            latest = max(recent.values(), default=-9)
            if latest >= first - 2:  # the nearest body named in the sentences just before, or in the same one
                named = [b for b in bodies if recent.get(b.id) == latest]
        if len(named) == 1:
            out[person.id] = named[0].id
    return out


# A job title alone, which says whose only by where it stands ("chief executive", "a spokeswoman").
_BARE_TITLE = re.compile(r"(?:(?:the|its|a|an)\s+)?(?:chief executive|managing director|chief operating officer|"
                         r"chair(?:man|woman|person)?|spokes(?:man|woman|person)|director|president|general secretary|"
                         r"head of [a-z ]+|director of [a-z ]+|[a-z]+ director)", re.IGNORECASE)


def _own_names(body: Actor) -> list[str]:
    """The names a description may call a body by: its name, its proper aliases, and "the trust" for
    the Harlow Estuary Trust (its last word after "the", which only that body may have)."""
    names = [body.name, *(a for a in body.aliases if a[:1].isupper() and not a.lower().startswith("the "))]
    last = body.name.split()[-1]
    if " " in body.name and last[:1].isupper():
        names.append(f"the {last.lower()}")
    return names


def _apply_stances(segments: list[_Segment], voice: int | None, limits: ArgumentSettings,
                   declared: Mapping[str, str] | None = None, turns: Mapping[str, int] | None = None,
                   speaks_for: Mapping[str, str] | None = None, backers_side: int = 0) -> None:
    """Concessions argue against their speaker's stance; cue-less and weakly judged statements go with it.

    ``voice`` is the headline's side when the article argues in its own voice (see :func:`_voice_lead`);
    ``declared`` are the sides actors declare ("X opposes the plan"), each weighing like a few arguments;
    ``turns`` the camps a report's structure puts its speakers in (see :mod:`.turns`), a weak prior.
    """
    # Each judged statement weighs as strongly as it judges, at most three.
    tally: dict[str | None, Counter[int]] = {}
    for segment in segments:
        if segment.side and not segment.concession and not segment.withhold:
            tally.setdefault(segment.speaker, Counter())[segment.side] += min(3, max(1, round(abs(segment.score))))
    for actor, side in (declared or {}).items():
        if side in ("for", "against"):
            tally.setdefault(actor, Counter())[1 if side == "for" else -1] += limits.declared_weight
    # A speaker placed only by the report's structure takes a camp for what it is quoted saying,
    # not for a reported aside ("she rejected the idea that she would run").
    placed_only = {actor for actor in (turns or {}) if actor not in tally}
    for actor, camp in (turns or {}).items():
        tally.setdefault(actor, Counter())[camp] += limits.turn_weight
    if voice:
        tally.setdefault(None, Counter())[voice] += limits.headline_weight
    # A person who speaks for a body ("its director of supply") and the body argue one case: each
    # counts what the other argues.
    for person, body in (speaks_for or {}).items():
        if person in tally or body in tally:
            pooled = tally.get(person, Counter()) + tally.get(body, Counter())
            tally[person], tally[body] = Counter(pooled), Counter(pooled)
    stance: dict[str | None, int] = {}
    clear: set[str | None] = set()
    for speaker, counts in tally.items():
        total = counts[1] + counts[-1]
        lead = 1 if counts[1] >= counts[-1] else -1
        # The article's own voice needs a clear lead (an op-ed, a statement), not a reporter's balance.
        if speaker is not None:
            needed, share = 1, limits.stance_share
        elif voice is None:
            needed, share = limits.voice_arguments, limits.stance_share
        else:
            needed, share = limits.headline_weight, limits.voice_share
        if total >= needed and counts[lead] / total >= share:
            stance[speaker] = lead
            if speaker is not None and counts[lead] - counts[-lead] >= limits.camp_margin:
                clear.add(speaker)
    previous = 0
    for segment in segments:
        own = stance.get(segment.speaker, 0)
        if segment.withhold or segment.lead:
            continue
        if segment.put_to and stance.get(segment.put_to) and not segment.concession:
            segment.side = -stance[segment.put_to]
            segment.why.append(("put-to-interviewee", f"a view the interviewer puts to '{segment.put_to}' "
                                f"({'for' if stance[segment.put_to] > 0 else 'against'}) to answer: the other side"))
            previous = segment.side
            continue
        if segment.backers and backers_side:
            segment.side = backers_side
            segment.why.append(("backers", "a view the report gives to the proposal's backers: for"))
            previous = segment.side
            continue
        if segment.objection and stance.get(None):
            # In an article that argues its own case, the view it answers is the other side of that case.
            segment.side = -stance[None]
            segment.why.append(("objection", f"the other side from the article's own "
                                f"({'for' if stance[None] > 0 else 'against'})"))
            previous = segment.side
            continue
        if segment.reply and segment.speaker is None and not segment.quoted and previous \
                and abs(segment.score) < 1 and not segment.concession:
            # A reporter's "However, reading the code does not tell you how it works" turns from what
            # was just argued to the other side.
            segment.side = -previous
            segment.why.append(("reply", f"the reporter's reply to what was just argued "
                                f"({'for' if previous > 0 else 'against'}): the other side"))
            previous = segment.side
            continue
        if segment.side:
            previous = segment.side
        whose = "the article's own voice" if segment.speaker is None else f"'{segment.speaker}'"
        if segment.concession and own and (segment.side in (0, own) and abs(segment.score) <= 3):
            segment.side = -own
            previous = segment.side  # a reply that follows answers the concession
            segment.why.append(("concession", f"a concession: it argues against the stance of {whose} "
                                f"({'for' if own > 0 else 'against'})"))
        elif segment.side == 0 and own and (segment.speaker not in placed_only or segment.quoted or segment.on_topic
                                            or segment.lean == own):
            segment.side = own
            segment.why.append(("speaker-stance", f"the side of {whose}, whose other arguments are "
                                f"{'for' if own > 0 else 'against'}"))
        elif segment.side == -own and segment.speaker in clear and not segment.concession \
                and not segment.rhetorical and abs(segment.score) <= limits.camp_override:
            # A speaker in a clear camp who uses one bad word about something else ("every previous
            # plan has failed") still argues the camp's side.
            segment.side = own
            segment.why.append(("speaker-camp", f"weakly judged ({segment.score:+g}) against the clear camp of "
                                f"{whose} ({'for' if own > 0 else 'against'}): the camp's side"))


def _claimants(article: Article, voices: Voices, claimed: str) -> set[str]:
    """Who makes the claim a fact check answers: the speaker of the sentence that reports it and of
    the quotation that follows it (up to the text's next words of its own)."""
    out: set[str] = set()
    ids = [s.id for s in article.sentences]
    for sentence_id in ids[ids.index(claimed):]:
        speaker = voices.of(sentence_id)[0]
        if speaker is None and sentence_id != claimed:
            break
        if speaker is not None:
            out.add(speaker)
    return out


def _fact_check_camps(segments: list[_Segment], claimants: set[str]) -> None:
    """In a fact check the camps are the text's own voice (no, but what it concedes) and whoever makes
    the claim (yes); their words do not decide which way they argue."""
    for segment in segments:
        if segment.speaker is None and not segment.quoted:
            side = 1 if segment.concession or any(rule == "concessive-clause" for rule, _ in segment.why) else -1
            who = "the text's own voice, which calls the claim wrong"
        elif segment.speaker in claimants:
            side, who = 1, f"'{segment.speaker}', who makes the claim"
        else:
            continue
        if segment.side != side:
            segment.side = side
            segment.why.append(("fact-check-camp", f"said by {who}: {'for' if side > 0 else 'against'}"))


def _concede_leads(segments: list[_Segment]) -> None:
    """"While the industry has recovered, employment has not": a leading concessive clause grants the
    other side what its main clause answers, so it argues the other way."""
    for lead, main in zip(segments, segments[1:], strict=False):
        if lead.sentence.id == main.sentence.id and _LEADING_WHILE.match(lead.sentence.text) \
                and lead.sentence.text.startswith(lead.text) and main.side and main.score and abs(lead.score) <= 1:
            lead.side = -main.side
            lead.why.append(("concessive-clause", "a leading concessive clause: the other side of its main clause"))


def _merge(segments: list[_Segment]) -> list[_Segment]:
    """Drop segments with no side; join segments of one sentence that argue the same way."""
    out: list[_Segment] = []
    for segment in segments:
        if segment.side == 0:
            continue
        previous = out[-1] if out else None
        if previous and previous.sentence.id == segment.sentence.id and previous.side == segment.side:
            out[-1] = replace(previous, text=f"{previous.text} {segment.text}",
                              score=previous.score + segment.score,
                              why=[*previous.why, ("merged", "the next segment of its sentence argues the same way"),
                                   *segment.why],
                              theme=previous.theme if previous.theme not in _GENERIC
                              else segment.theme)
            continue
        out.append(segment)
    return out


_SAID_THAT = re.compile(r"^\W*(?:[\w’'-]+\s+){0,8}?(?:said|says|warned|warns|argued|argues|claimed|claims|believes?|"
                        r"fears?|told \w+)\s+(?:that\s+)?", re.IGNORECASE)


def _reported_clause(text: str) -> str:
    """What a reporting verb at the head of the sentence reports ("Business groups said a strike would
    ..." -> "a strike would ..."), else the text."""
    said = _SAID_THAT.match(text)
    return text[said.end():] if said else text
