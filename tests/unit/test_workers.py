"""Analysis in forked workers: same results, in order, and a fallback when a worker fails."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from generator.errors import ModelLoadError
from generator.site import SiteOptions, build_site
from generator.workers import Batch, PendingAnalyses, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="analysis workers need the fork start method")

ROOT = Path(__file__).resolve().parents[2]
PARENT = os.getpid()


def _upper(items):
    return Batch("test-model", [f"{item.upper()} in {'worker' if os.getpid() != PARENT else 'parent'}"
                                for item in items])


def test_workers_return_every_outcome_in_input_order():
    items = [f"article {n}" for n in range(7)]
    batch = PendingAnalyses(items, _upper, workers=3).result()
    assert batch.model == "test-model"
    assert batch.outcomes == [f"ARTICLE {n} in worker" for n in range(7)]


def test_a_worker_that_dies_is_replaced_by_analysis_here():
    def dies_in_worker(items):
        if os.getpid() != PARENT:
            os._exit(7)
        return _upper(items)

    batch = PendingAnalyses(["a", "b", "c"], dies_in_worker, workers=2).result()
    assert batch.outcomes == ["A in parent", "B in parent", "C in parent"]


def test_a_user_facing_error_in_a_worker_reaches_the_build():
    def no_model(items):
        raise ModelLoadError("spaCy model 'missing_model' is not installed")

    with pytest.raises(ModelLoadError, match="missing_model"):
        PendingAnalyses(["a"], no_model, workers=1).result()


def test_background_analysis_builds_the_same_site(tmp_path, nlp):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted((ROOT / "seeds").glob("000_*")):
        shutil.copy(path, seeds / path.name)
    shutil.copy(ROOT / "tests" / "fixtures" / "articles" / "harbour-toll.md", seeds / "harbour-toll.md")
    here = build_site(SiteOptions(seeds=seeds, cache_dir=tmp_path / "here"))
    assert here.analysed == 2 and not here.problems
    options = SiteOptions(seeds=seeds, cache_dir=tmp_path / "background", background=True)
    background = build_site(options)
    assert background.analysed == 2 and background.pages == here.pages and background.model == here.model
    # One article changed: the other is rendered from the cache while a worker analyses it.
    (seeds / "harbour-toll.md").write_text((seeds / "harbour-toll.md").read_text(encoding="utf-8")
                                           + "\nThe council met again on Monday.\n", encoding="utf-8")
    again = build_site(options)
    assert again.analysed == 1 and not again.problems
    assert again.pages == build_site(dataclasses.replace(options, cache_dir=None, background=False)).pages
