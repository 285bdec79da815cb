"""A very long article (generated, 120,000 characters) in a real ``mkdocs build``: one line
warns about it, and its actors page stays small: the main actors in full, the others in one
compact table, every actor still a link target."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from generator.ingest import LONG_TEXT_CHARS, read_article
from generator.render.limits import MAIN_ACTORS
from tests.conftest import ROOT
from tests.tools.longarticle import long_article

CHARS = 120_000
# Before the actors page summarised minor actors it was 902 KB of HTML for this article.
ACTORS_PAGE_MAX_BYTES = 300_000


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site"), *args],
                          cwd=project, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def long_project(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    project = tmp_path_factory.mktemp("long") / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "seeds").mkdir()
    (project / "seeds" / "long-report.txt").write_text(long_article(CHARS), encoding="utf-8")
    return project, mkdocs(project)


def test_one_line_names_the_file_and_its_size_and_the_site_builds(long_project):
    project, result = long_project
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    size = len(read_article(project / "seeds" / "long-report.txt").text)
    assert warnings == [(f"WARNING -  {project / 'seeds' / 'long-report.txt'}: very long article ({size:,} "
                         f"characters of text, more than {LONG_TEXT_CHARS:,}): its analysis needs much time and "
                         "memory; split it into separate articles if it holds several stories")]
    assert mkdocs(project, "--strict").returncode == 1  # from the cache: the warning again


def test_actors_page_shows_the_main_actors_in_full_and_the_others_in_a_table(long_project):
    project, _ = long_project
    page = project / "site" / "long-report" / "actors" / "index.html"
    assert page.stat().st_size < ACTORS_PAGE_MAX_BYTES
    article = lxml_html.fromstring(page.read_bytes()).xpath("//article")[0]
    sections = article.xpath(".//h3")
    assert len(sections) == MAIN_ACTORS
    rows = article.xpath(".//table//tbody/tr")
    assert len(rows) > 200  # the generated article names hundreds of people once or twice
    assert all(row.xpath("./td[1]/strong[@id]") for row in rows)
    heading = article.xpath(".//h2[starts-with(normalize-space(.), 'Other actors')]")[0]
    assert f"{len(rows)} more actors" in heading.getnext().text_content()
    # Every citation of the page stays within the caps of a main actor's section.
    assert len(article.find_class("cite")) <= MAIN_ACTORS * (20 + 20 + 20)


def test_every_actor_link_of_the_explainer_lands(long_project):
    """No anchor warnings in the build above, and every speaker link has its target."""
    project, _ = long_project
    folder = project / "site" / "long-report"
    ids = set(lxml_html.fromstring((folder / "actors" / "index.html").read_bytes()).xpath("//@id"))
    targets = set()
    for page in folder.glob("*/index.html"):
        hrefs = lxml_html.fromstring(page.read_bytes()).xpath("//a/@href")
        targets |= {href.split("#", 1)[1] for href in hrefs if href.startswith("../actors/#")}
    assert len(targets) > MAIN_ACTORS and targets <= ids
