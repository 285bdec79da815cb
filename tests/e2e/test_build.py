"""A real `mkdocs build --strict` of the project into a temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT


def make_project(tmp_path: Path, extra_seeds: list[Path] = ()) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for seed in extra_seeds:
        shutil.copy(seed, project / "seeds" / seed.name)
    return project


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                          cwd=project, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("build"), [FIXTURES / "articles" / "harbour-toll.md"])
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def test_every_page_of_the_seed_is_built(built: Path):
    slug = built / "meta-llama-2-open-models"
    for page in ("", "background", "actors", "arguments", "stakes", "source"):
        assert (slug / page / "index.html").is_file(), page
    assert sorted(p.parent.name for p in slug.glob("*/index.html")) == ["actors", "arguments", "background",
                                                                        "source", "stakes"]


def test_source_page_has_an_anchor_per_sentence(built: Path):
    html = (built / "meta-llama-2-open-models" / "source" / "index.html").read_text(encoding="utf-8")
    for number in range(1, 29):
        assert f'id="s{number}"' in html


def test_citations_link_to_source_sentences(built: Path):
    html = (built / "meta-llama-2-open-models" / "actors" / "index.html").read_text(encoding="utf-8")
    assert 'href="../source/#s13"' in html


def test_second_article_is_listed_on_the_home_page(built: Path):
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "Port Alden weighs a toll on its harbour bridge" in home
    assert "meta-llama-2-open-models/" in home and "harbour-toll/" in home
    assert (built / "harbour-toll" / "actors" / "index.html").is_file()


def test_search_index_holds_actors_and_quotes(built: Path):
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
    for needle in ("Ilya Sutskever", "Mark Zuckerberg", "Our open source approach promotes transparency"):
        assert needle in text


def test_bad_seed_is_skipped_with_one_line_and_strict_fails(tmp_path: Path):
    project = make_project(tmp_path)
    (project / "seeds" / "broken.md").write_text("---\ntitle: [oops\n---\nText here.\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "broken.md" in line]
    assert len(lines) == 1 and "malformed YAML" in lines[0]
    assert "Traceback" not in result.stderr
