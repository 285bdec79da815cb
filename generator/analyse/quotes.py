"""Direct quotations and their speakers.

Quotations are found on the article text (curly and straight quotes, quotes that run on
into the next paragraph, blockquotes); the speaker comes from the sentence's syntax: the
subject of a speech verb outside the quotation, "according to X", or a colon that
continues the previous speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.actors import ActorResult
from generator.analyse.ids import item_id, unique_ids
from generator.analyse.spans import SentenceIndex
from generator.model import Article, Quote

SPEECH_VERBS = frozenset(
    "say tell warn insist add admit explain argue claim note write state declare announce "
    "stress emphasise emphasize point ask wonder reply respond answer acknowledge concede "
    "suggest believe predict recall continue conclude comment observe remark caution boast "
    "promise complain confirm deny tweet post assert maintain contend affirm estimate".split()
)
_PAIRS = {"“": "”", '"': '"', "«": "»"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of a quotation in the article text, marks excluded."""

    start: int
    end: int
    blockquote: bool = False


def find_quote_spans(article: Article) -> list[QuoteSpan]:
    """Find quotations in every block; a block that opens a quote without closing it
    continues into the next block when that one opens with a quote mark too."""
    spans: list[QuoteSpan] = []
    offset = 0
    open_start: int | None = None
    for block in article.blocks:
        text = block.text
        if block.kind == "blockquote":
            if not any(mark in text for mark in _PAIRS):
                spans.append(QuoteSpan(offset, offset + len(text), blockquote=True))
                offset += len(text) + 2
                continue
        position = 0
        if open_start is not None and not text.startswith(tuple(_PAIRS)):
            open_start = None
        while position < len(text):
            opener = _next_opener(text, position)
            if opener is None:
                break
            mark_at, mark = opener
            close_at = text.find(_PAIRS[mark], mark_at + 1)
            if close_at == -1:
                open_start = open_start if open_start is not None else offset + mark_at + 1
                if mark_at + 1 < len(text):
                    spans.append(QuoteSpan(open_start, offset + len(text)))
                break
            start = open_start if open_start is not None and position == 0 else offset + mark_at + 1
            open_start = None
            if close_at > mark_at + 1:
                spans.append(QuoteSpan(start, offset + close_at))
            position = close_at + 1
        offset += len(text) + 2
    return _merge_continued(spans)


def _next_opener(text: str, position: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for mark in _PAIRS:
        at = text.find(mark, position)
        if mark == '"':
            # A straight quote opens only at a word start.
            while at != -1 and at > 0 and text[at - 1].isalnum():
                at = text.find(mark, at + 1)
        if at != -1 and (best is None or at < best[0]):
            best = (at, mark)
    return best


def _merge_continued(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Join a quote left open at a paragraph end with the one that continues it."""
    out: list[QuoteSpan] = []
    for span in spans:
        if out and out[-1].start == span.start:
            out[-1] = QuoteSpan(out[-1].start, max(out[-1].end, span.end), out[-1].blockquote)
        else:
            out.append(span)
    return out


def find_quotes(article: Article, doc: Doc, actors: ActorResult) -> tuple[Quote, ...]:
    """Find quotations and attribute each to a speaker, or to no one when unclear."""
    index = SentenceIndex(article)
    drafts: list[tuple[QuoteSpan, str, str | None, str | None, tuple[str, ...]]] = []
    previous_speaker: str | None = None
    previous_end = -1
    for span in find_quote_spans(article):
        text = article.text[span.start:span.end].strip()
        if not text:
            continue
        words = len(text.split())
        speaker, cue = _speaker(article, doc, actors, span)
        if speaker is None and words > 3 and _colon_continues(article, span, previous_end):
            speaker, cue = previous_speaker, None
        evidence = index.covering(span.start, span.end)
        drafts.append((span, text, speaker, cue, evidence))
        if words > 3:
            previous_speaker, previous_end = speaker, span.end
    ids = unique_ids([item_id("q", text) for _, text, *_ in drafts])
    return tuple(
        Quote(id=quote_id, text=" ".join(text.split()), speaker=speaker, evidence=evidence, cue=cue,
              fragment=len(text.split()) <= 3)
        for quote_id, (_, text, speaker, cue, evidence) in zip(ids, drafts)
    )


def _colon_continues(article: Article, span: QuoteSpan, previous_end: int) -> bool:
    """"And to wonder: “...”": a colon lead-in with no speaker of its own, soon after a quote."""
    before = article.text[max(0, span.start - 40):span.start - 1].rstrip()
    return before.endswith(":") and previous_end >= 0 and span.start - previous_end < 400


def _speaker(article: Article, doc: Doc, actors: ActorResult, span: QuoteSpan) -> tuple[str | None, str | None]:
    """The subject of a speech verb outside the quotation, in the sentences around it."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return None, None
    candidates = []
    for sent in {tokens[0].sent.start: tokens[0].sent, tokens[-1].sent.start: tokens[-1].sent}.values():
        candidates.append(sent)
    after = tokens[-1].sent.end
    if after < len(doc):
        candidates.append(doc[after].sent)  # the cue may follow the quote's last sentence
    for sent in candidates:
        for token in sent:
            if span.start <= token.idx < span.end:
                continue
            if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                subject, head = _subject(token)
                if subject is not None:
                    # The subject's head names the speaker ("Tom Reilly, who chairs X"); the
                    # whole subject is the fallback ("one of the co-founders of OpenAI").
                    speaker = actors.actor_covering(head.idx) or actors.actor_at(
                        subject[0].idx, subject[-1].idx + len(subject[-1]))
                    if speaker is not None or subject[0].pos_ == "PRON":
                        if speaker is None:
                            speaker = _pronoun_referent(actors, subject[0].idx)
                        cue = doc[min(token.i, subject[0].i): max(token.i, subject[-1].i) + 1].text
                        return speaker, cue
            if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
                obj = list(doc[token.i + 1].children)
                if obj:
                    words = list(obj[0].subtree)
                    speaker = actors.actor_at(words[0].idx, words[-1].idx + len(words[-1]))
                    if speaker:
                        return speaker, doc[token.i: words[-1].i + 1].text
        if sent is candidates[-1] and sent.start >= after:
            break
    return None, None


def _subject(verb):  # noqa: ANN001, ANN202 - spaCy tokens
    """The subject of a verb as (its tokens, its head token), or (None, None)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return list(child.subtree), child
    return None, None


def _pronoun_referent(actors: ActorResult, offset: int) -> str | None:
    """The last person (or organisation for "it"/"we") mentioned before ``offset``."""
    for mention in reversed(actors.mentions):
        if mention.end <= offset:
            return actors.actor_at(mention.start, mention.end)
    return None
