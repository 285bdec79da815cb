"""Direct quotations: where they are in the text (their speakers: :mod:`speakers`).

Quotations are found on the article text (curly and straight quotes, quotes that run on
into the next paragraph, blockquotes); the speaker comes from the sentence's syntax: the
subject of a speech verb outside the quotation, "according to X", or a colon that
continues the previous speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from generator.analyse.common.clauses import ATTRIBUTION_VERBS
from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Found, Trace
from generator.analyse.quotes.speakers import Speakers
from generator.ids import item_id, unique_ids
from generator.model import Article, Quote

# German quotes open low and close high („…“), so “ opens only in a block without „.
_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“"}
# A sentence in single quotes: it opens a paragraph or follows a sentence's end, and its
# closing mark (after the final punctuation) ends a word, unlike the apostrophe of "don’t".
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[.!?”’]\s))‘(\S[^‘“”\"]*?[.!?,])’+(?=\s|$)")
# Where a quotation left without its closing mark ends: at the comma before its cue ("…farm, said X"),
# else, when another quotation opens before the next closing mark, after its last sentence.
# The cue is whole: a name after the verb ("said Ana Ruiz"), or the verb ending the clause
# ("Ruiz said."), never a speaker in the first person ("…, I said these ...").
_CUE_AFTER_COMMA = re.compile(rf",\s+(?:(?:{ATTRIBUTION_VERBS})\s+[A-Z]|(?!(?:I|we|you)\s)(?:[\w’'.-]+\s+){{1,3}}?"
                              rf"(?:{ATTRIBUTION_VERBS})\s*[.,])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


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
        found = len(spans)
        position = 0
        if open_start is not None and not text.startswith(tuple(_PAIRS)):
            open_start = None
        while position < len(text):
            opener = _next_opener(text, position)
            if opener is None:
                break
            mark_at, mark = opener
            close_at = text.find(_PAIRS[mark], mark_at + 1)
            if mark == "“":
                # Two closing single marks typed for a closing double one: "… partners,’’ added X"
                doubled = text.find("’’", mark_at + 1)
                if doubled != -1 and (close_at == -1 or doubled < close_at):
                    close_at = doubled
            if mark == "„" and close_at == -1:
                close_at = text.find("”", mark_at + 1)  # „…” as in Polish or Hungarian
            if close_at == mark_at + 1 and mark != '"' and text.find(_PAIRS[mark], close_at + 1) != -1:
                mark_at, close_at = close_at, text.find(_PAIRS[mark], close_at + 1)  # "“”Words ...”": a stray mark
            if mark == "“" and close_at != -1:
                close_at = _unclosed_end(text, mark_at, close_at)
            cue = _CUE_AFTER_COMMA.search(text, mark_at + 1) if close_at == -1 and mark == "“" else None
            if cue is not None and open_start is None:
                close_at = cue.start()  # "“We want none of it, said X." and no closing mark
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
        if block.kind == "paragraph":
            spans[found:] = sorted(spans[found:] + _single_quoted(text, offset, spans[found:]), key=lambda q: q.start)
        offset += len(text) + 2
    return _merge_continued(spans)


def _unclosed_end(text: str, mark_at: int, close_at: int) -> int:
    """Where a quotation opened at ``mark_at`` ends when another opens before its closing mark: the
    first was never closed ("“We want none of it, said X. “Nobody …”"), so it ends before its cue."""
    inner = text.find("“", mark_at + 1, close_at)
    if inner == -1:
        return close_at
    segment = text[mark_at + 1:inner]
    cue = _CUE_AFTER_COMMA.search(segment)
    if cue is not None:
        return mark_at + 1 + cue.start()
    ends = list(_SENTENCE_END.finditer(segment))
    return mark_at + 1 + ends[-1].end() if ends else close_at


def _single_quoted(text: str, offset: int, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Whole sentences in single quotes outside the double-quoted ones ("‘We are not done.’"),
    as some wires set a quotation that goes on from the previous speaker's."""
    out = []
    for match in _SINGLE_QUOTED.finditer(text):
        start, end = offset + match.start(1), offset + match.end(1)
        if len(match.group(1).split()) > 3 and not any(s.start - 1 <= start and end <= s.end + 1 for s in taken):
            out.append(QuoteSpan(start, end))
    return out


def _next_opener(text: str, position: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for mark in _PAIRS:
        if mark == "“" and "„" in text:
            continue
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


@dataclass(slots=True)
class _Draft:
    text: str
    speaker: str | None
    cue: str | None
    evidence: tuple[str, ...]
    named: bool
    traces: list[Trace]


def find_quotes(ctx: Context, actors: Cast) -> Found[Quote]:
    """Find quotations and attribute each to a speaker, or to no one when unclear."""
    article, doc, index, limits = ctx.article, ctx.doc, ctx.index, ctx.settings.quotes
    spans = [span for span in find_quote_spans(article) if article.text[span.start:span.end].strip()]
    speakers = Speakers(doc, actors, [(s.start, s.end, s.blockquote) for s in spans], reach=limits.antecedent_reach)
    drafts: list[_Draft] = []
    for span in spans:
        text = article.text[span.start:span.end].strip()
        found = speakers.attribute(span.start, span.end, span.blockquote, text)
        evidence = index.covering(span.start, span.end)
        where = "a blockquote" if span.blockquote else "text in quotation marks"
        traces = [Trace("quotes", "blockquote" if span.blockquote else "quotation-marks", where, evidence),
                  Trace("quotes", found.rule, found.detail + (f"; cue '{found.cue}'" if found.cue else ""), evidence)]
        answering = actors.interview.answering(evidence[0]) if actors.interview is not None else None
        if found.speaker is None and answering is not None and not found.named and found.rule != "title":
            found = replace(found, speaker=answering, rule="interview-answer")
            speakers.previous = found
            traces.append(Trace("quotes", "interview-answer", "in an answer of the interview, with no cue of its "
                                "own: the interviewee's words", evidence))
        drafts.append(_Draft(text, found.speaker, found.cue, evidence, found.named, traces))
    _headline_quotes(article, drafts, limits.headline_majority)
    ids = unique_ids([item_id("q", draft.text) for draft in drafts])
    # A named phrase ("its mission of “...”") is a fragment of the author's sentence, not a statement.
    quotes = tuple(
        Quote(id=quote_id, text=" ".join(draft.text.split()), speaker=draft.speaker, evidence=draft.evidence,
              cue=draft.cue, fragment=len(draft.text.split()) <= limits.fragment_words or draft.named)
        for quote_id, draft in zip(ids, drafts, strict=True))
    return Found(quotes, {quote_id: tuple(draft.traces) for quote_id, draft in zip(ids, drafts, strict=True)})


def _headline_quotes(article: Article, drafts: list[_Draft], majority: int) -> None:
    """A quotation that makes a headline ("“Open is our strategy”") has no cue of its own: in an
    interview it is the words of the one who speaks most of the other quotations."""
    said = Counter(d.speaker for d in drafts if d.speaker is not None and len(d.text.split()) > 3 and not d.named)
    if not said:
        return
    speaker, count = said.most_common(1)[0]
    if count * 2 < sum(said.values()) or count < majority:
        return
    for draft in drafts:
        if draft.speaker is None and len(draft.text.split()) > 3 and draft.evidence \
                and all(article.sentence(sid).kind == "heading" for sid in draft.evidence):
            draft.speaker = speaker
            draft.traces.append(Trace("quotes", "headline-quote", f"a headline quotation: the words of '{speaker}', "
                                      f"who speaks {count} of the other quotations", draft.evidence))
