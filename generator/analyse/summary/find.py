"""Key points, lede and background: sentences of the article's own voice, chosen, ordered, cited.

Key points favour sentences that carry the story: they name the main actors, hold a dated
event, an argument or a stake, and come early; at most one per paragraph, in reading order.
Background gathers the context a newcomer needs: past events, who the players are, history.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Summary
from generator.model import Actor, Argument, Article, Event, Point, Quote, Sentence

_BYLINE = re.compile(r"^(?:by\s|opinion\b|photo\b|image\b|credit\b|updated\b|published\b|read more\b|share\b)",
                     re.IGNORECASE)
_CONTEXT = re.compile(r"\b(?:since|first|founded|launched|began|began|history|previously|earlier|years? ago|"
                      r"in (?:19|20)\d\d|was|were|had|has long|used to|once|last (?:year|month|week))\b",
                      re.IGNORECASE)
_INTRODUCES = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*, (?:a|an|the|who|which)\b")


def summarise(ctx: Context, cast: Cast, quotes: tuple[Quote, ...], actors: tuple[Actor, ...],
              arguments: tuple[Argument, ...], timeline: tuple[Event, ...]) -> Summary:
    """The lede, the key points and the background of the article, each naming its actors, and the
    brief: who stands on each side, and why, in one clause each."""
    article, limits = ctx.article, ctx.settings.summary

    def named(point: Point | None) -> Point | None:
        if point is None:
            return None
        sentence = article.sentence(point.evidence[0])
        return Point(_strip_dateline(cast.with_names(sentence.text, sentence.start)), point.evidence)

    def shortened(point: Point | None) -> Point | None:
        if point is None:
            return None
        words = point.text.split()
        if len(words) <= limits.lede_words:
            return point
        return Point(" ".join(words[:limits.lede_words]).rstrip(",;:") + " …", point.evidence)

    key = key_points(article, quotes, limits.key_points, actors=actors, arguments=arguments, timeline=timeline)
    context = background(article, quotes, limits.background, timeline=timeline)
    return Summary(
        lede=shortened(named(lede(article, quotes, limits.lede_words))),
        key_points=tuple(p for p in map(named, key) if p is not None),
        background=tuple(p for p in map(named, context) if p is not None),
        brief=brief(ctx, actors, arguments, limits.brief_per_side),
    )


def brief(ctx: Context, actors: tuple[Actor, ...], arguments: tuple[Argument, ...], per_side: int) -> tuple[Point, ...]:
    """Who stands on each side and why: for the most mentioned actors of each side, their name, the
    side's label and their strongest argument, cited. Empty when no actor takes a side, or when
    no question is at issue."""
    sides = ctx.frame.sides
    if sides is None:
        return ()
    out = []
    for side, label in (("for", sides.for_label), ("against", sides.against_label)):
        holders = [actor for actor in actors if actor.stance == side]
        for actor in holders[:per_side]:
            own = sorted((a for a in arguments if a.speaker == actor.id and a.side == side),
                         key=lambda a: (a.claim.endswith("…"), -a.confidence, int(a.evidence[0][1:])))
            if own:
                claim = own[0].claim.rstrip()
                end = "" if claim.endswith(("…", ".", "?", "!")) else "."
                out.append(Point(f"{actor.name} ({label.lower()}): {claim}{end}", own[0].evidence))
    return tuple(out)


def _plain(article: Article, quotes: tuple[Quote, ...]) -> list[Sentence]:
    """The article's own sentences: not headings, not inside quotations, not bylines, long
    enough, each text once."""
    quoted = set()
    for quote in quotes:
        if quote.fragment:
            continue
        for sentence_id in quote.evidence:
            text = article.sentence(sentence_id).text
            if quote.text[:30] in text or len(quote.text) > len(text) * 0.5:
                quoted.add(sentence_id)
    seen: set[str] = set()
    plain = []
    for s in article.sentences:
        if s.kind in ("heading",) or s.id in quoted or len(s.text.split()) < 6 or _BYLINE.match(s.text) \
                or "“" in s.text[:2] or '"' in s.text[:2] or s.text in seen:
            continue  # a sentence the page repeats (wire copy, teasers) counts once
        seen.add(s.text)
        plain.append(s)
    return plain


def lede(article: Article, quotes: tuple[Quote, ...], most: int = 40) -> Point | None:
    """The first informative sentence of the article's own voice, shortened to one line."""
    plain = _plain(article, quotes)
    if not plain:
        return None
    first = plain[0]
    # A teaser opening ("Some thought they had ruled it out.") gives way to the next sentence.
    if len(first.text.split()) < 10 and len(plain) > 1 and plain[1].paragraph == first.paragraph:
        first = plain[1]
    text = _strip_dateline(first.text)
    words = text.split()
    if len(words) > most:
        text = " ".join(words[:most]).rstrip(",;:") + " …"
    return Point(text, (first.id,))


def key_points(article: Article, quotes: tuple[Quote, ...], limit: int = 5, *,
               actors: Iterable[Actor] = (), arguments: Iterable[Argument] = (),
               timeline: Iterable[Event] = ()) -> tuple[Point, ...]:
    """Three to five sentences that together tell the story, in reading order."""
    plain = _plain(article, quotes)
    if not plain:
        return ()
    main = [a for a in sorted(actors, key=lambda a: -len(a.mentions))[:4]]
    mentions = {sid: sum(sid in a.mentions for a in main) for s in plain for sid in [s.id]}
    argued = Counter(sid for a in arguments for sid in a.evidence)
    dated = {sid for e in timeline if not e.expected for sid in e.evidence}
    last = max(s.paragraph for s in plain) or 1

    def score(sentence: Sentence) -> float:
        position = 1.5 * (1 - sentence.paragraph / last)
        length = 1.0 if 12 <= len(sentence.text.split()) <= 40 else 0.0
        return position + length + 0.6 * mentions[sentence.id] + 0.8 * min(argued[sentence.id], 2) \
            + 0.7 * (sentence.id in dated)

    chosen: list[Sentence] = []
    for sentence in sorted(plain, key=lambda s: (-score(s), int(s.id[1:]))):
        if any(c.paragraph == sentence.paragraph for c in chosen):
            continue
        chosen.append(sentence)
        if len(chosen) == limit:
            break
    if len(chosen) < 3:
        chosen += [s for s in plain if s not in chosen][:3 - len(chosen)]
    chosen.sort(key=lambda s: int(s.id[1:]))
    return tuple(Point(_strip_dateline(s.text), (s.id,)) for s in chosen)


def background(article: Article, quotes: tuple[Quote, ...], limit: int = 6, *,
               timeline: Iterable[Event] = ()) -> tuple[Point, ...]:
    """Context for a newcomer: past events, introductions of the players, history; in reading order."""
    plain = _plain(article, quotes)
    dated = {sid for e in timeline if not e.expected for sid in e.evidence}
    scored = []
    for rank, sentence in enumerate(s for s in plain if len(s.text.split()) >= 10):
        value = (sentence.id in dated) * 1.5 + bool(_CONTEXT.search(sentence.text)) \
            + bool(_INTRODUCES.match(sentence.text)) + (rank < 3) * 0.8
        if value >= 1:
            scored.append((value, sentence))
    best = sorted(scored, key=lambda item: (-item[0], int(item[1].id[1:])))[:limit]
    ordered = sorted((s for _, s in best), key=lambda s: int(s.id[1:]))
    return tuple(Point(_strip_dateline(s.text), (s.id,)) for s in ordered)


def _strip_dateline(text: str) -> str:
    """"PARIS — The ..." and "HARBRIDGE, Sept 19 - Drivers ..." lose their dateline."""
    return re.sub(r"^[A-Z][A-Z .'’]+(?:,[^-—–]{0,20})?\s+[-—–]\s+", "", text)
