"""Dated events: every date expression of the article, resolved to ISO, with a short event phrase."""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Found, Trace, Voices
from generator.analyse.timeline.clauses import Resolve, event_clause
from generator.analyse.timeline.dates import DateMention, DateResolver, infer_reference, iso
from generator.ids import with_ids
from generator.model import Event, Sentence

# Kinds of date expression that carry their own year; the others are read against a reference date.
_ABSOLUTE = frozenset({"cjk", "iso", "mdy", "dmy", "my", "decade", "yrange", "year"})
_FIRST_PERSON = frozenset({"i", "we"})
# Times counted from something else ("a week after its publication"): the words stay in the event.
_COUNTED = frozenset({"offset", "ago", "ahead", "lasting", "within"})


def find_timeline(ctx: Context, actors: Cast, voices: Voices) -> Found[Event]:
    """Every resolvable date of the article as an event, sorted by date then reading order."""
    article, doc, most = ctx.article, ctx.doc, ctx.settings.timeline.max_words
    reference = infer_reference(article.meta.published, [block.text for block in article.blocks])
    resolver = DateResolver(reference)
    if reference is None:
        anchor = "no reference date (none published, none in the text)"
    else:
        source = "the publication date" if article.meta.published else "a date the text gives as its own"
        anchor = f"against {source}, {iso(reference)}"
    spans = {span.start_char: span for span in doc.sents}
    events: list[tuple[str, int, Event, Trace]] = []
    for position, sentence in enumerate(article.sentences):
        mentions = resolver.find(sentence.text)
        if not mentions or _is_dateline(sentence, mentions):
            continue
        span = spans.get(sentence.start)
        seen: set[tuple[str, str]] = set()
        for mention in mentions:
            if _in_dateline(sentence, mention) and len(mentions) > 1:
                continue  # the dateline dates the report; the sentence's own date dates the event
            clause = event_clause(span, sentence.start + mention.start, sentence.start + mention.end,
                                  _resolver(actors, voices, sentence.id), most,
                                  keep_date=mention.kind in _COUNTED) if span is not None else None
            phrase = clause or _trim(sentence.text, most)
            if (mention.date, phrase) in seen or any(date == mention.date for date, _ in seen) \
                    and not _relative(mention):
                continue
            seen.add((mention.date, phrase))
            absolute = mention.kind in _ABSOLUTE
            read = "" if absolute else ", counted from the date named before it" if mention.kind == "offset" \
                else f", read {anchor}"
            detail = f"'{mention.text}' ({mention.kind}) is {mention.date}{read}" \
                + ("; an expectation" if mention.expected else "") + ("; approximate" if mention.approximate else "") \
                + ("" if clause else "; no clause found: the sentence's opening words")
            events.append((mention.date, position, Event(
                date=mention.date, event=phrase, actors=actors.in_sentence(sentence.start, sentence.end),
                evidence=(sentence.id,), expected=mention.expected, approximate=mention.approximate),
                Trace("timeline", "date-expression", detail, (sentence.id,))))
    events.sort(key=lambda item: (item[0], item[1]))
    dated = with_ids([event for _, _, event, _ in events], "e", lambda e: f"{e.date} {e.event}")
    return Found(dated, {event.id: (trace,) for event, (*_, trace) in zip(dated, events, strict=True)})


def _relative(mention: DateMention) -> bool:
    return any(word in mention.text.lower() for word in ("after", "later", "before", "earlier"))


def _is_dateline(sentence: Sentence, mentions: list[DateMention]) -> bool:
    """A block that is nothing but a date (a dateline): the reference, not an event."""
    rest = sentence.text
    for mention in mentions:
        rest = rest.replace(mention.text, "")
    return sentence.paragraph < 6 and len(rest.strip(" ,.-–|")) <= 3 and len(mentions) == 1 and \
        not any(ch.isdigit() for ch in rest)


def _in_dateline(sentence: Sentence, mention: DateMention) -> bool:
    """"HARBRIDGE, Sept 19 - Drivers will ...", "TESSFORD, British Columbia, March 4 (Agency) - ...": the
    date of a news-agency dateline, which dates the report, not an event of it."""
    before, after = sentence.text[:mention.start], sentence.text[mention.end:]
    return sentence.paragraph < 4 and bool(_DATELINE_PLACE.fullmatch(before)) and bool(_DATELINE_END.match(after))


# The place of a dateline: a name in capitals, maybe followed by a region ("TESSFORD, British Columbia, ").
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z.' -]+(?:,\s*[A-Z][\w.' -]*)?,?\s*")
# What follows its date: an agency in brackets, then a dash or a colon.
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:|]")


def _resolver(cast: Cast, voices: Voices, sentence_id: str) -> Resolve:
    """Who a subject is when its words do not say: the actor a description or pronoun of the cast
    refers to, and the speaker of a quotation for its "I" or "we"."""
    names = {actor.id: actor.name for actor in cast.actors}

    def resolve(token: Token) -> str | None:
        if token.lower_ in _FIRST_PERSON:
            speaker, quoted = voices.of(sentence_id)
            return names.get(speaker or "") if quoted else None
        actor = cast.actor_covering(token.idx)
        return names.get(actor or "")

    return resolve


def _trim(text: str, most: int) -> str:
    words = text.split()
    return " ".join(words[:most]) + (" …" if len(words) > most else "")
