"""Who speaks in each sentence (a quotation's speaker, a reported speaker, or the article itself),
and whether the article argues in its own voice, and whose voice that is."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Doc, Span

from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Narrator, Voices
from generator.model import Article, Quote, Sentence

# The narrator speaking in the first person, outside quotations (an op-ed, a statement, a blog post).
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|my|me)\b")
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e[’']re|[Ww]e[’']ve)\b")
_UNQUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]")

# Verbs that report what someone says or thinks ("Castell argued that ...", "He conceded ...").
SPEECH_VERBS = frozenset(
    "say tell add argue warn insist claim believe concede admit reject call accuse criticize criticise note "
    "stress contend suggest maintain acknowledge agree disagree counter reply respond explain predict expect "
    "fear worry think write ask wonder question dismiss deny urge propose point describe complain estimate "
    "calculate reckon doubt".split())
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": None, "it": "organization",
             "we": None}


def find_voices(ctx: Context, cast: Cast, quotes: tuple[Quote, ...]) -> Voices:
    """Who speaks in each sentence, and the article's own voice when it argues in the first person."""
    speakers = sentence_speakers(ctx.article, ctx.doc, cast, quotes)
    narrator = own_voice(ctx, speakers)
    return Voices(speakers=speakers, narrator=narrator,
                  narrators=voice_actors(ctx.article, cast, speakers, narrator))


def sentence_speakers(article: Article, doc: Doc, actors: Cast,
                      quotes: tuple[Quote, ...]) -> dict[str, tuple[str | None, bool]]:
    """For each sentence id: its speaker (actor id or ``None``) and whether it is quoted speech."""
    out: dict[str, tuple[str | None, bool]] = {}
    starts = [s.start for s in article.sentences]
    cursor = 0
    for quote in quotes:
        if quote.speaker is None or (quote.fragment and len(quote.text.split()) > 3):
            # No one speaks a title or a term in quotation marks, nor a longer fragment that is a
            # named phrase ("its mission of “...”"): the sentence keeps its reported speaker, if any.
            continue
        # From the quotation's own sentence: a phrase quoted twice ("atypical contracts") is found where
        # this quotation is, not at an earlier mention.
        position = article.text.find(quote.text[:40], _sentence_start(article, quote.evidence, cursor))
        if position < 0:
            position = article.text.find(quote.text[:40], cursor)
        if position < 0:
            position = article.text.find(quote.text[:40])
        if position < 0:
            ids = list(quote.evidence[:-1] or quote.evidence)
        else:
            cursor = position
            end = position + len(quote.text)
            first = max(0, bisect.bisect_right(starts, position) - 1)
            ids = [s.id for s in article.sentences[first:] if s.start < end]
        for sentence_id in ids:
            if quote.fragment:
                out.setdefault(sentence_id, (quote.speaker, False))
            else:
                out[sentence_id] = (quote.speaker, True)
    kinds = {actor.id: actor.kind for actor in actors.actors}
    spans = {span.start_char: span for span in doc.sents}
    interview = actors.interview
    for sentence in article.sentences:
        if sentence.id in out:
            continue
        answering = interview.answering(sentence.id) if interview is not None else None
        if answering is not None:
            out[sentence.id] = (answering, True)  # an interview's answer: the interviewee speaks
            continue
        span = spans.get(sentence.start)
        if span is None:
            continue
        speaker = _reported_speaker(span, actors, kinds)
        if speaker is not None and speaker != actors.own_voice:  # "We write to ask ...": the letter itself
            out[sentence.id] = (speaker, False)
    return out


def _sentence_start(article: Article, evidence: tuple[str, ...], default: int) -> int:
    """Where the first sentence of ``evidence`` starts, or ``default`` when there is none."""
    try:
        return article.sentence(evidence[0]).start if evidence else default
    except KeyError:
        return default


def _reported_speaker(span: Span, actors: Cast, kinds: Mapping[str, str]) -> str | None:
    """The subject of a speech verb at the top of the sentence, as an actor id."""
    verbs = [span.root] + [t for t in span.root.children if t.dep_ in ("conj", "ccomp") and t.pos_ == "VERB"]
    for verb in verbs:
        if verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        actor = actors.actor_covering(subject.idx) or actors.actor_at(start, end)
        if actor is not None:
            return actor
        pronoun = subject.lower_
        if pronoun in _PRONOUNS:
            return _antecedent(actors, kinds, span.start_char, _PRONOUNS[pronoun])
    return None


def _antecedent(actors: Cast, kinds: Mapping[str, str], offset: int, kind: str | None) -> str | None:
    """The last actor of the right kind mentioned before ``offset``."""
    best = None
    for mention in actors.mentions:
        if mention.start >= offset:
            continue
        actor = actors.actor_at(mention.start, mention.end)
        if actor is not None and (kind is None or kinds.get(actor) == kind):
            if best is None or mention.start > best[0]:
                best = (mention.start, actor)
    return best[1] if best else None


def _own_sentences(article: Article, voices: dict[str, tuple[str | None, bool]]) -> list[Sentence]:
    return [s for s in article.sentences if s.kind != "heading" and voices.get(s.id, (None, False))[0] is None]


def own_voice(ctx: Context, voices: dict[str, tuple[str | None, bool]]) -> Narrator | None:
    """Whether the article argues in its own voice: its narrator says "I" (an op-ed: ``"I"``) or "we"
    (a statement, a blog post: ``"we"``) again and again outside quotations. A report has none."""
    limits = ctx.settings.voices
    own = [_UNQUOTED.sub("", s.text) for s in _own_sentences(ctx.article, voices)]
    if sum(1 for text in own if _FIRST_SINGULAR.search(text)) >= limits.first_singular:
        return "I"
    if own and sum(1 for text in own if _FIRST_PLURAL.search(text)) >= max(limits.first_plural, len(own) // 5):
        return "we"
    return None


def voice_actors(article: Article, actors: Cast, voices: dict[str, tuple[str | None, bool]],
                 narrator: Narrator | None) -> tuple[str, ...]:
    """Who the article's own voice is: the people of the byline, and for a "we" their organisation:
    the one named beside them ("A and B lead the X team"), else the one named most often in the
    narrator's own sentences that say "we" ("Here at X, we ...")."""
    if narrator is None:
        return ()
    names = {n.strip().lower() for n in re.split(r",|;|&|\band\b", article.meta.author or "") if n.strip()}
    out = [a.id for a in actors.actors if a.kind == "person" and names & {n.lower() for n in (a.name, *a.aliases)}]
    if narrator == "we" and actors.own_voice is not None:
        return (*out, actors.own_voice)
    if narrator == "we":
        kinds = {a.id: a.kind for a in actors.actors}
        # Actors of each sentence in order of mention (a set's order would vary between runs).
        named_in = {s.id: list(dict.fromkeys(actors.actor_at(m.start, m.end) for m in actors.mentions
                                             if s.start <= m.start < s.end))
                    for s in article.sentences}
        beside = [s for s in article.sentences if set(named_in[s.id]) & set(out)]
        ours = beside or [s for s in _own_sentences(article, voices)
                          if _FIRST_PLURAL.search(_UNQUOTED.sub("", s.text))]
        named = Counter(actor for s in ours for actor in named_in[s.id]
                        if actor is not None and kinds.get(actor) == "organization")
        if named:
            out.append(named.most_common(1)[0][0])
    return tuple(out)
