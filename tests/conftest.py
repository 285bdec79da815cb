"""Session fixtures: the spaCy pipeline and the knowledge files are loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse import analyse_articles
from generator.analyse.nlp import load_pipeline
from generator.ingest import read_article
from generator.knowledge import load_knowledge
from generator.model import Analysis

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_838607606c939916.txt"
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
