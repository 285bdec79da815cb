"""Session fixtures: the spaCy pipeline and the knowledge files are loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse import analyse_articles
from generator.analyse.context import Context, build_context
from generator.analyse.lexicons import load_lexicons
from generator.analyse.nlp import load_pipeline, make_doc
from generator.analyse.genre import find_genre
from generator.analyse.question import frame_question
from generator.analyse.settings import DEFAULT_SETTINGS
from generator.ingest import read_article
from generator.ingest.formats import markdown_blocks, text_blocks
from generator.ingest.sentences import build_sentences
from generator.knowledge import load_knowledge
from generator.model import Analysis, Article, Metadata

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_838607606c939916.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files from today's output")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge()


@pytest.fixture(scope="session")
def analyse_file(nlp, knowledge):
    """Analyse an article file with the shared pipeline."""

    def run(path: Path) -> Analysis:
        return next(analyse_articles(nlp, [read_article(path)], knowledge))

    return run


@pytest.fixture(scope="session")
def seed_analysis(analyse_file) -> Analysis:
    return analyse_file(SEED)


def article_of(text: str, *, markdown: bool = False, **meta: str) -> Article:
    """An article made from ``text`` (plain text, or Markdown body), with metadata ``meta``."""
    blocks = markdown_blocks(text) if markdown else text_blocks(text)
    joined, sentences = build_sentences(blocks)
    return Article(slug="t", path="t.md" if markdown else "t.txt", format="md" if markdown else "txt",
                   meta=Metadata(**meta), blocks=blocks, sentences=sentences, text=joined, digest="0")


@pytest.fixture(scope="session")
def context_of(nlp, knowledge):
    """The analysis context of a small text, for calling one stage alone: ``context_of(text, question=...)``."""

    def build(text: str, *, markdown: bool = False, **meta: str) -> Context:
        article = article_of(text, markdown=markdown, **meta)
        return build_context(article, nlp(make_doc(nlp, article)), knowledge, load_lexicons(), DEFAULT_SETTINGS,
                             frame_question, find_genre)

    return build
