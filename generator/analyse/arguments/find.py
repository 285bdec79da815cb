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
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from generator.analyse.actors.find import ActorResult
from generator.analyse.arguments.claims import core_claim
from generator.analyse.lexicons import WITHHOLD, Hit, Lexicon, Topic, load_lexicon
from generator.ids import item_id, unique_ids
from generator.analyse.voices.find import sentence_speakers
from generator.model import Actor, Argument, Article, Position, Quote, Sentence, Sides

# Contrast words that split a sentence into segments that may argue different ways.
_SPLIT = re.compile(r"(?:,|;|—|–)?\s+\b(?:but|however|yet|whereas|although|though|while)\b\s+|(?:,|;)\s+and\s+(?=to\b)",
                    re.IGNORECASE)
_LEAD_IN = re.compile(r":\s*[“\"«]")
_LEADING_WHILE = re.compile(r"^\W*(?:while|although|though|even if|even though)\b[^,]{8,},\s+", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:said|says|told|added|according to|announced|wrote|writes|reported|"
                        r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )published)\b",
                        re.IGNORECASE)
# A reply opening the sentence ("But ...", "Yet ..."): the speaker's own view after a concession.
_REPLY = re.compile(r"^\W*(?:but|yet|however|still)\b", re.IGNORECASE)
_MIN_WORDS = 4
# Words that turn the proposal that follows into its opposite ("no open release", "delaying the release").
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|without|n[’']t|delay(?:s|ed|ing)?|stop(?:s|ped|ping)?|ban(?:s|ned|ning)?|"
                             r"withh[oe]ld(?:s|ing)?|restrict(?:s|ed|ing)?|limit(?:s|ed|ing)?|prevent(?:s|ed|ing)?)\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)
# A headline that asks or tells why ("Why we release ...") makes the case for what it names.
_WHY = re.compile(r"^\W*why\b", re.IGNORECASE)
# The narrator speaking in the first person, outside quotations (an op-ed, a statement, a blog post).
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|my|me)\b")
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e[’']re|[Ww]e[’']ve)\b")
_UNQUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]")
# A dated list entry or dateline ("May 3, 2023 - Lab X releases ...", "NAME 2023-05-04 ∙ ..."): a date
# within the first words, then a dash or a bullet. It records an event; it does not argue.
_DATELINE = re.compile(
    r"^\W*(?:\S+\s+){0,6}?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[-–—∙·|•]\s)")
_HEADLINE_WEIGHT = 3
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


def find_arguments(article: Article, doc: Doc, actors: ActorResult, quotes: tuple[Quote, ...],
                   sides: Sides, positions: tuple[Position, ...] = (),
                   voices: dict[str, tuple[str | None, bool]] | None = None) -> tuple[Argument, ...]:
    """Claims that argue for or against the question, each with its speaker, theme and sentence.

    ``voices`` is :func:`sentence_speakers` of the article when the caller has it already.
    """
    lexicon = load_lexicon()
    topic = lexicon.topic(sides.question, article.text)
    proposal = topic.proposal if topic else _question_terms(sides.question)
    opposite = topic.opposite if topic else None
    targets = (_with_names(proposal, actors.actors, positions, "open"),
               _with_names(opposite, actors.actors, positions, "closed"))
    if voices is None:
        voices = sentence_speakers(article, doc, actors, quotes)
    segments: list[_Segment] = []
    for sentence in article.sentences:
        if len(sentence.text.split()) < _MIN_WORDS and sentence.kind != "heading":
            continue
        speaker, quoted = voices.get(sentence.id, (None, False))
        for text in _segments(sentence.text):
            # The lead-in before a quotation ("And to anticipate criticism ...: “...”") is the article's.
            lead_in = quoted and not any(ch in text for ch in "“”\"«»") and _LEAD_IN.search(sentence.text) is not None \
                and sentence.text.startswith(text)
            segment = _judge(lexicon, topic, proposal, opposite, sentence, text,
                             None if lead_in else speaker, quoted and not lead_in, targets)
            if segment is not None:
                segments.append(segment)
    _apply_stances(segments, _voice_lead(lexicon, topic, proposal, opposite, article, voices))
    drafts = _merge(segments)
    claims = [(s, core_claim(doc, s.sentence, s.text)) for s in drafts]
    ids = unique_ids([item_id("a", s.text) for s, _ in claims])
    return tuple(
        Argument(id=i, side="for" if s.side > 0 else "against", claim=claim, speaker=s.speaker,
                 theme=s.theme, evidence=(s.sentence.id,), confidence=round(min(1.0, 0.4 + 0.2 * abs(s.score)), 2))
        for i, (s, claim) in zip(ids, claims))


def _question_terms(question: str):  # noqa: ANN202 - a compiled pattern
    """Content words of a question outside a known topic: what the proposal is called."""
    stop = {"should", "would", "could", "will", "does", "did", "is", "are", "be", "the", "a", "an", "of", "to",
            "in", "on", "for", "and", "or", "its", "their", "it", "with", "by", "than", "rather", "this", "that",
            "case", "made", "right", "what", "whether", "do", "have", "has"}
    words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", question) if w.lower() not in stop]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w[:-1] if w.endswith("s") else w) for w in words) + r")",
                      re.IGNORECASE)


def _with_names(pattern, actors: tuple[Actor, ...], positions: tuple[Position, ...], strategy: str):  # noqa: ANN001, ANN202
    """``pattern`` widened by the names of organisations whose strategy the article gives as ``strategy``:
    what is said of a closed company ("a black box") is said of the closed side."""
    ids = {p.actor for p in positions if p.strategy == strategy}
    names = sorted({n for a in actors if a.id in ids for n in (a.name, *a.aliases) if len(n) >= 3}, key=len, reverse=True)
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
    for marker, piece in zip(markers, pieces[1:]):
        parts.append(f"{marker} {piece}")
    return [p.strip() for p in parts if len(p.split()) >= 3]


def _target(text: str, position: int, proposal, opposite) -> int:  # noqa: ANN001
    """What a general evaluative word is about: the proposal (+1) or its opposite (-1), nearest first."""
    candidates = []
    for pattern, sign in ((proposal, 1), (opposite, -1)):
        if pattern is None:
            continue
        # "no open release", "not releasing": a negated proposal is its opposite.
        candidates += [(abs(m.start() - position), -sign if _NEGATED_BEFORE.search(text, 0, m.start()) else sign)
                       for m in pattern.finditer(text)]
    return min(candidates)[1] if candidates else 1


def _judge(lexicon: Lexicon, topic: Topic | None, proposal, opposite, sentence: Sentence,  # noqa: ANN001
           text: str, speaker: str | None, quoted: bool, targets=None) -> _Segment | None:  # noqa: ANN001
    if _DATELINE.match(text):
        return None
    hits = lexicon.hits(text, topic)
    if sentence.kind != "heading":
        hits = [hit for hit in hits if not _in_name(text, hit)]
    hits = _heads(lexicon, text, hits)
    if not quoted and sentence.kind != "heading" and lexicon.mentions_only(text, hits):
        return None  # "The technique was adopted by the community.": it names the theme, it does not argue
    pro_target, con_target = targets or (proposal, opposite)
    score = 0.0
    themes: Counter[str] = Counter()
    for hit in hits:
        sign = -hit.side if lexicon.negated(text, hit) else hit.side
        if hit.theme in ("positive", "negative"):
            sign *= _target(text, hit.start, pro_target, con_target)
            score += sign
        else:
            # "closed models cannot be audited": a negated theme said of the opposite argues for the proposal.
            if sign != hit.side and _target(text, hit.start, pro_target, con_target) < 0:
                sign = hit.side
            score += 2 * sign
            themes[hit.theme] += 1
    withhold = topic is not None and WITHHOLD.search(text) is not None
    if withhold:
        score = -2 - abs(score) / 2
        themes["prudence"] += 1
    rhetorical = text.rstrip().endswith("?") and bool(lexicon.rhetorical.search(text))
    if rhetorical and not hits and not any(p is not None and p.search(_main_clause(text)) for p in (proposal, opposite)):
        rhetorical = False  # "Who will get there first?" asks about nothing the question is about
    if text.rstrip(" ”\"").endswith("?") and not rhetorical and speaker is None and not quoted:
        return None  # a reporter's question ("Isn't that dangerous?") asks, it does not argue
    if rhetorical:
        # "Would we publish ...?", "Why do we have to share?": asking whether to do it argues against
        # doing it; asking who would choose the alternative argues for. Other questions keep their cues.
        main = _main_clause(text)
        if proposal is not None and proposal.search(main):
            score = -2 - abs(score) / 2
        elif opposite is not None and opposite.search(main):
            score = 2 + abs(score) / 2
    concession = bool(lexicon.concession.search(text))
    evaluative = len(lexicon.evaluative.findall(text))
    argues = bool(themes) or abs(score) >= 2 or rhetorical or (quoted and (evaluative >= 1 or hits)) \
        or (evaluative >= 1 and abs(score) >= 1 and not _REPORTING.search(text))
    if sentence.kind == "heading" and not themes:
        return None
    if not argues:
        # Weakly argumentative: quoted speech or a modal or negated statement; it takes the side
        # of its speaker later, when the speaker's stance is clear.
        reported = speaker is not None and not quoted
        # A concession or a reply ("While the rules are new, ...", "But ...") with no judging word of its
        # own ("But the structure is the same.") narrates; it does not argue.
        judging = evaluative >= 1
        conceding = concession and len(text.split()) >= 5 and judging
        replying = _REPLY.match(text) and len(text.split()) >= 5 and not _REPORTING.search(text) \
            and (judging or lexicon.negation.search(text))
        if (quoted and len(text.split()) >= 5) or (_MODAL.search(text) and (reported or not _REPORTING.search(text))) \
                or replying \
                or (reported and proposal is not None and proposal.search(text)) or conceding:
            return _Segment(sentence, text, speaker, quoted, 0.0, 0, concession,
                            False, _generic_theme(hits), 0, weak=True)
        return None
    theme = themes.most_common(1)[0][0] if themes else _generic_theme(hits)
    side = 1 if score > 0 else -1 if score < 0 else 0
    return _Segment(sentence, text, speaker, quoted, score, len(hits), concession, rhetorical, theme, side,
                    withhold=withhold)


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


def _heads(lexicon: Lexicon, text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a cue that directly qualifies a theme cue of the other side: in "a dangerous concentration
    of power" the danger is the concentration's, and the phrase argues as the noun does."""
    out = []
    for hit, following in zip(hits, hits[1:] + [None]):
        if following is not None and following.theme not in ("positive", "negative") and hit.theme != following.theme \
                and not text[hit.end:following.start].strip() \
                and (-hit.side if lexicon.negated(text, hit) else hit.side) != following.side:
            continue
        out.append(hit)
    return out


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


def _voice_lead(lexicon: Lexicon, topic: Topic | None, proposal, opposite,  # noqa: ANN001
                article: Article, voices: dict[str, tuple[str | None, bool]]) -> int | None:
    """The side of the headline when the article argues in its own voice, else ``None``.

    Such an article (an op-ed, a statement) states its thesis in the headline.
    """
    if not own_voice(article, voices):
        return None
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


def _own_sentences(article: Article, voices: dict[str, tuple[str | None, bool]]) -> list[Sentence]:
    return [s for s in article.sentences if s.kind != "heading" and voices.get(s.id, (None, False))[0] is None]


def own_voice(article: Article, voices: dict[str, tuple[str | None, bool]]) -> str | None:
    """Whether the article argues in its own voice: its narrator says "I" (an op-ed: ``"I"``) or "we"
    (a statement, a blog post: ``"we"``) again and again outside quotations. A report has none."""
    own = [_UNQUOTED.sub("", s.text) for s in _own_sentences(article, voices)]
    if sum(1 for text in own if _FIRST_SINGULAR.search(text)) >= 3:
        return "I"
    if own and sum(1 for text in own if _FIRST_PLURAL.search(text)) >= max(4, len(own) // 5):
        return "we"
    return None


def narrator_side(article: Article, sides: Sides, voices: dict[str, tuple[str | None, bool]]) -> int | None:
    """The headline's side (+1, -1, 0) when the article argues in its own voice, else ``None``."""
    if own_voice(article, voices) is None:
        return None
    lexicon = load_lexicon()
    topic = lexicon.topic(sides.question, article.text)
    return _voice_lead(lexicon, topic, proposal_terms(article, sides), topic.opposite if topic else None,
                       article, voices)


def proposal_terms(article: Article, sides: Sides):  # noqa: ANN201 - a compiled pattern or None
    """What the proposal is called: the topic's words, else the question's content words."""
    topic = load_lexicon().topic(sides.question, article.text)
    return topic.proposal if topic else _question_terms(sides.question)


def voice_actors(article: Article, actors: ActorResult, voices: dict[str, tuple[str | None, bool]]) -> tuple[str, ...]:
    """Who the article's own voice is: the people of the byline, and for a "we" their organisation:
    the one named beside them ("A and B lead the X team"), else the one named most often in the
    narrator's own sentences that say "we" ("Here at X, we ...")."""
    narrator = own_voice(article, voices)
    if narrator is None:
        return ()
    names = {n.strip().lower() for n in re.split(r",|;|&|\band\b", article.meta.author or "") if n.strip()}
    out = [a.id for a in actors.actors if a.kind == "person" and names & {n.lower() for n in (a.name, *a.aliases)}]
    if narrator == "we":
        kinds = {a.id: a.kind for a in actors.actors}
        # Actors of each sentence in order of mention (a set's order would vary between runs).
        named_in = {s.id: list(dict.fromkeys(actors.actor_at(m.start, m.end) for m in actors.mentions
                                             if s.start <= m.start < s.end))
                    for s in article.sentences}
        beside = [s for s in article.sentences if set(named_in[s.id]) & set(out)]
        ours = beside or [s for s in _own_sentences(article, voices)
                          if _FIRST_PLURAL.search(_UNQUOTED.sub("", s.text))]
        named = Counter(actor for s in ours for actor in named_in[s.id] if kinds.get(actor) == "organization")
        if named:
            out.append(named.most_common(1)[0][0])
    return tuple(out)


def _apply_stances(segments: list[_Segment], voice: int | None = None) -> None:
    """Concessions argue against their speaker's stance; cue-less statements go with it.

    ``voice`` is the headline's side when the article argues in its own voice (see :func:`_voice_lead`).
    """
    tally: dict[str | None, Counter[int]] = {}
    for segment in segments:
        if segment.side and not segment.concession and not segment.withhold:
            tally.setdefault(segment.speaker, Counter())[segment.side] += 1
    if voice:
        tally.setdefault(None, Counter())[voice] += _HEADLINE_WEIGHT
    stance: dict[str | None, int] = {}
    for speaker, counts in tally.items():
        total = counts[1] + counts[-1]
        lead = 1 if counts[1] >= counts[-1] else -1
        # The article's own voice needs a clear lead (an op-ed, a statement), not a reporter's balance.
        needed, share = ((4, 0.65) if voice is None else (3, 0.6)) if speaker is None else (1, 0.65)
        if total >= needed and counts[lead] / total >= share:
            stance[speaker] = lead
    for segment in segments:
        own = stance.get(segment.speaker, 0)
        if segment.withhold:
            continue
        if segment.concession and own and (segment.side in (0, own) and abs(segment.score) <= 3):
            segment.side = -own
        elif segment.side == 0 and own:
            segment.side = own


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
                              theme=previous.theme if previous.theme not in ("benefits", "risks and costs", "other")
                              else segment.theme)
            continue
        out.append(segment)
    return out


def stances(actors: tuple[Actor, ...], arguments: tuple[Argument, ...],
            positions: tuple[Position, ...] = (), authors: tuple[str, ...] = (), headline: int | None = None,
            declared: dict[str, str] | None = None) -> dict[str, str]:
    """Each actor's stance from the sides of the arguments it makes: mostly one way, or mixed.

    The ``authors`` of an article that argues in its own voice make the voice's arguments too,
    and its ``headline`` side (see :func:`narrator_side`) weighs like a few of them. An actor that
    argues nothing takes the stance it ``declared`` ("X opposes the plan", see :mod:`backing`).
    An organisation that argues nothing itself takes the stance of the people the text places in
    it ("head of policy at OpenAI"), else the strategy the article gives it (open is for).
    """
    out: dict[str, str] = {}
    # A point conceded to the other side ("the risks are real, of course") is not the actor's stance.
    concession = load_lexicon().concession
    for actor in actors:
        voice = actor.id in authors
        counts = Counter(argument.side for argument in arguments
                         if (argument.speaker == actor.id or (voice and argument.speaker is None))
                         and not concession.search(argument.claim) and not WITHHOLD.search(argument.claim))
        if voice and headline:
            counts["for" if headline > 0 else "against"] += _HEADLINE_WEIGHT
        out[actor.id] = _stance(counts["for"], counts["against"])
        if out[actor.id] == "none" and declared and actor.id in declared:
            out[actor.id] = declared[actor.id]
    for actor in actors:
        if out[actor.id] != "none" or actor.kind != "organization":
            continue
        members = Counter(out[other.id] for other in actors
                          if other.kind == "person" and other.description and out[other.id] in ("for", "against")
                          and re.search(rf"\b{re.escape(actor.name)}\b", other.description))
        if members:
            out[actor.id] = _stance(members["for"], members["against"])
            continue
        strategy = next((p.strategy for p in positions if p.actor == actor.id), None)
        if strategy in ("open", "closed"):
            out[actor.id] = "for" if strategy == "open" else "against"
    return out


def _stance(pro: int, con: int) -> str:
    total = pro + con
    if not total:
        return "none"
    if pro / total >= 0.65:
        return "for"
    if con / total >= 0.65:
        return "against"
    return "mixed"
