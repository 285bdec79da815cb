"""Helpers to go from character offsets to the article's sentence ids."""

from __future__ import annotations

import bisect

from generator.model import Article


class SentenceIndex:
    """Maps character offsets of the article text to sentence ids."""

    def __init__(self, article: Article) -> None:
        self._starts = [sentence.start for sentence in article.sentences]
        self._sentences = article.sentences

    def at(self, offset: int) -> str:
        """Id of the sentence containing ``offset`` (or the nearest before it)."""
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self._sentences[index].id

    def covering(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of every sentence overlapping ``[start, end)``, in order."""
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        for sentence in self._sentences[first:]:
            if sentence.start >= end:
                break
            if sentence.end > start:
                out.append(sentence.id)
        return tuple(out) or (self.at(start),)
