"""Dated events, with dates normalised to ISO and partial dates completed from context."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.analyse.actors import ActorResult
from generator.model import Article, Event

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]+)\.? (\d{1,2})\b")
_FUTURE = re.compile(r"\b(?:in a few|next|coming|by 20\d\d|will)\b", re.IGNORECASE)


def find_timeline(article: Article, doc: Doc, actors: ActorResult) -> tuple[Event, ...]:
    """Every DATE entity that can be normalised becomes an event of its sentence."""
    year = int(article.meta.published[:4]) if article.meta.published else None
    events: list[Event] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        date, year = _normalise(ent.text, year, article.meta.published)
        if date is None:
            continue
        sentence = ent.sent
        sentence_id = _sentence_id(article, sentence.start_char)
        involved = tuple(dict.fromkeys(
            actor_id for m in actors.mentions if sentence.start_char <= m.start < sentence.end_char
            for actor_id in [actors.actor_at(m.start, m.end)] if actor_id))
        events.append(Event(date=date, event=sentence.text.strip(), actors=involved,
                            evidence=(sentence_id,), expected=bool(_FUTURE.search(sentence.text))))
    events.sort(key=lambda event: (event.date, event.evidence))
    return tuple(events)


def _normalise(text: str, year: int | None, published: str | None) -> tuple[str | None, int | None]:
    lower = text.lower()
    found_year = _YEAR.search(lower)
    if found_year:
        year = int(found_year.group(1))
    month = next((number for name, number in MONTHS.items() if re.search(rf"\b{name}\b", lower)), None)
    if "summer" in lower and year:
        month = month or 7
    if month and year:
        day = _MONTH_DAY.search(text)
        if day and day.group(1).lower().rstrip(".") in MONTHS and 1 <= int(day.group(2)) <= 31:
            return f"{year:04d}-{month:02d}-{int(day.group(2)):02d}", year
        return f"{year:04d}-{month:02d}", year
    if found_year:
        return f"{year:04d}", year
    return None, year


def _sentence_id(article: Article, offset: int) -> str:
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end + 2:
            return sentence.id
    return article.sentences[-1].id
