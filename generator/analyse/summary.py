"""Key points, lede and background: sentences chosen and ordered, each cited."""

from __future__ import annotations

from generator.model import Article, Point, Quote


def _plain(article: Article, quotes: tuple[Quote, ...]) -> list:
    quoted = {sid for quote in quotes if not quote.fragment for sid in quote.evidence}
    return [s for s in article.sentences
            if s.kind != "heading" and s.id not in quoted and len(s.text.split()) >= 6]


def lede(article: Article, quotes: tuple[Quote, ...]) -> Point | None:
    """The first informative sentence of the article's own voice."""
    plain = _plain(article, quotes)
    return Point(plain[0].text, (plain[0].id,)) if plain else None


def key_points(article: Article, quotes: tuple[Quote, ...], limit: int = 5) -> tuple[Point, ...]:
    """Up to five sentences spread over the article: the first plain sentence of each part."""
    plain = _plain(article, quotes)
    seen: set[int] = set()
    out = []
    for sentence in plain:
        if sentence.paragraph in seen:
            continue
        seen.add(sentence.paragraph)
        out.append(Point(sentence.text, (sentence.id,)))
    return tuple(out[:limit])


def background(article: Article, quotes: tuple[Quote, ...], limit: int = 6) -> tuple[Point, ...]:
    """Context for a newcomer: the article's own sentences from its opening part."""
    plain = _plain(article, quotes)
    first_paragraphs = {s.paragraph for s in plain[:1]} | {s.paragraph for s in plain[:limit]}
    return tuple(Point(s.text, (s.id,)) for s in plain if s.paragraph in first_paragraphs)[:limit]
