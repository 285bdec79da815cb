"""Dated events: every date expression of the article, resolved to ISO, with a short event phrase."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Found, Trace
from generator.analyse.timeline.dates import DateMention, DateResolver, infer_reference, iso
from generator.ids import with_ids
from generator.model import Event, Sentence

# Clauses hanging off the verb that tell another story than the dated one.
# Kinds of date expression that carry their own year; the others are read against a reference date.
_ABSOLUTE = frozenset({"cjk", "iso", "mdy", "dmy", "my", "decade", "yrange", "year"})
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "conj", "relcl", "cc", "mark", "punct", "appos"})


def find_timeline(ctx: Context, actors: Cast) -> Found[Event]:
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
            if _in_dateline(sentence, mention):
                continue
            phrase = _phrase(span, sentence, mention, most) if span is not None else _trim(sentence.text, most)
            if (mention.date, phrase) in seen or any(date == mention.date for date, _ in seen) \
                    and not _relative(mention):
                continue
            seen.add((mention.date, phrase))
            absolute = mention.kind in _ABSOLUTE
            read = "" if absolute else ", counted from the date named before it" if mention.kind == "offset" \
                else f", read {anchor}"
            detail = f"'{mention.text}' ({mention.kind}) is {mention.date}{read}" \
                + ("; an expectation" if mention.expected else "")
            events.append((mention.date, position, Event(
                date=mention.date, event=phrase, actors=actors.in_sentence(sentence.start, sentence.end),
                evidence=(sentence.id,), expected=mention.expected),
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
    """"HARBRIDGE, Sept 19 - Drivers will ...": the date of a news-agency dateline."""
    before, after = sentence.text[:mention.start], sentence.text[mention.end:]
    return sentence.paragraph < 4 and bool(re.fullmatch(r"\s*[A-Z][A-Z.' ]+,?\s*", before)) \
        and bool(re.match(r"\s*[-–—:|]", after))


def _phrase(span: Span, sentence: Sentence, mention: DateMention, most: int) -> str:
    """The clause the date belongs to, cut to a few words: subject, verb, object, the date."""
    start = sentence.start + mention.start
    token = next((t for t in span if t.idx >= start), span.root)
    verb = _governing_verb(token, span)
    if verb is None:
        return _trim(sentence.text, most)
    keep = {verb.i}
    for child in verb.children:
        if child.dep_ in _OTHER_CLAUSES and not (child.left_edge.i <= token.i <= child.right_edge.i):
            continue
        keep.update(t.i for t in child.subtree)
    ordered = [t for t in span if t.i in keep]
    while ordered and (ordered[0].is_punct or ordered[0].dep_ in ("cc", "mark")):
        ordered.pop(0)
    while ordered and ordered[-1].is_punct:
        ordered.pop()
    if len(ordered) > most:
        ordered = _window(ordered, verb, most)
    text = _join(ordered)
    return text if len(text.split()) >= 3 else _trim(sentence.text, most)


def _join(tokens: list[Token]) -> str:
    """Tokens as text, with a space wherever the article had one or a token was left out between."""
    out = []
    for index, token in enumerate(tokens):
        out.append(token.text)
        if index + 1 < len(tokens):
            following = tokens[index + 1]
            if token.whitespace_ or following.i != token.i + 1:
                out.append(" ")
    return "".join(out).strip()


def _governing_verb(token: Token, span: Span) -> Token | None:
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod", "acomp"):
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _window(tokens: list[Token], verb: Token, most: int) -> list[Token]:
    """A shorter clause: the head of the subject, the verb and what follows it, up to ``most`` words."""
    kept = {t.i for t in tokens}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head: list[Token] = []
    if subject is not None:
        skip = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl", "punct") for t in c.subtree}
        head = [t for t in subject.subtree if t.i in kept and t.i not in skip][:7]
    before = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass", "neg", "advmod") and t.i in kept]
    tail = [t for t in tokens if t.i > verb.i]
    dated = [t for t in tokens if t.i < verb.i and t not in head and t not in before
             and t.ent_type_ == "DATE"][:4]
    window = dated + head + before + [verb] + tail
    window = sorted(dict.fromkeys(window), key=lambda t: t.i)[:most]
    while window and window[-1].is_punct:
        window.pop()
    return window


def _trim(text: str, most: int) -> str:
    words = text.split()
    return " ".join(words[:most]) + (" …" if len(words) > most else "")
