"""Who speaks in each sentence: a quotation's speaker, a reported speaker, or the article itself."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from generator.analyse.actors.find import ActorResult
from generator.model import Article, Quote

# Verbs that report what someone says or thinks ("Castell argued that ...", "He conceded ...").
SPEECH_VERBS = frozenset(
    "say tell add argue warn insist claim believe concede admit reject call accuse criticize criticise note "
    "stress contend suggest maintain acknowledge agree disagree counter reply respond explain predict expect "
    "fear worry think write ask wonder question dismiss deny urge propose point describe complain".split())
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": None, "it": "organization",
             "we": None}


def sentence_speakers(article: Article, doc: Doc, actors: ActorResult,
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
    for sentence in article.sentences:
        if sentence.id in out:
            continue
        span = spans.get(sentence.start)
        if span is None:
            continue
        speaker = _reported_speaker(span, actors, kinds)
        if speaker is not None:
            out[sentence.id] = (speaker, False)
    return out


def _reported_speaker(span, actors: ActorResult, kinds: dict[str, str]) -> str | None:  # noqa: ANN001
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


def _antecedent(actors: ActorResult, kinds: dict[str, str], offset: int, kind: str | None) -> str | None:
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
