"""The bad-input corpus in a real build: bad seeds are skipped with one line, the others
build, ``--strict`` turns the lines into a failure, thin articles still get every section."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from generator.cli import main as cli
from tests.conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad"
SKIPPED = {  # seed -> what its one line says
    "empty.txt": "the file is empty",
    "whitespace.txt": "only whitespace",
    "image.md": "a PNG image",
    "nul-bytes.txt": "binary data",
    "broken-front-matter.md": "broken-front-matter.md:5: malformed YAML metadata",
    "unclosed-front-matter.md": "never closed",
    "front-matter-list.md": "must be a YAML mapping",
    "broken-sidecar.yml": "broken-sidecar.yml:4: malformed YAML metadata",
    "same-slug-b.txt": "slug 'same' is already used by",
    "impossible-date.md": "impossible-date.md:3: impossible date 2024-02-30",
    "impossible-date-sidecar.yml": "impossible-date-sidecar.yml:2: impossible date 2024-02-30",
    "impossible-event.overrides.yml": "impossible-event.overrides.yml:4: impossible date 2024-02-30",
}
WARNED = {
    "cp1252.txt": "decoded as cp1252 (guessed)",
    "typos.md": "'publised', did you mean 'published'",
    "bad-date.md": "'published' is not a date",
    "orphan.yml": "metadata file without an article",
}
BUILT = ["bom", "crlf", "cr", "stray-nul", "utf16", "latin1", "cp1252", "other-tools", "typos", "bad-date",
         "no-findings", "single-sentence", "furniture", "same"]


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site"), *args],
                          cwd=project, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def bad_project(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    project = tmp_path_factory.mktemp("bad") / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(BAD, project / "seeds")
    return project, mkdocs(project)


def test_bad_seeds_are_skipped_with_one_line_each_and_the_others_build(bad_project):
    project, result = bad_project
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    for seed, problem in {**SKIPPED, **WARNED}.items():
        lines = [line for line in warnings if f"seeds/{seed}" in line and problem in line]
        assert len(lines) == 1, (seed, warnings)
    for slug in BUILT:
        for page in ("", "actors/", "source/"):
            assert (project / "site" / slug / page / "index.html").is_file(), (slug, page)


def test_strict_fails_on_the_same_lines_even_from_the_cache(bad_project):
    project, _ = bad_project
    result = mkdocs(project, "--strict")
    assert result.returncode == 1
    assert "seeds/cp1252.txt: not valid UTF-8" in result.stderr  # the guess is reported again


def test_check_reports_every_warning_the_build_gives(bad_project):
    """What ``mkdocs build`` warns about, ``explainer check`` says too (run where the project is)."""
    project, result = bad_project
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    checked = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True,
                             text=True, env=env, timeout=600)
    said = checked.stdout + checked.stderr
    build_lines = [line.split("-  ", 1)[1].removeprefix("skipped ").replace(f"{project}/", "")
                   for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(build_lines) >= len(SKIPPED) + len(WARNED)
    missing = [line for line in build_lines if line not in said]
    assert not missing, "explainer check does not say:\n" + "\n".join(missing)
    assert checked.returncode == 1  # unreadable seeds


def test_cli_export_skips_bad_seeds_and_strict_fails(bad_project, tmp_path, nlp):
    project, _ = bad_project
    runner = CliRunner()
    seeds = str(project / "seeds")
    result = runner.invoke(cli, ["export", str(tmp_path / "out"), "--seeds", seeds])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "no-findings" / "index.md").is_file()
    strict = runner.invoke(cli, ["export", str(tmp_path / "strict"), "--seeds", seeds, "--strict"])
    assert strict.exit_code == 1
    assert not (tmp_path / "strict").exists()


def test_cli_names_an_impossible_date_instead_of_an_internal_error():
    result = CliRunner().invoke(cli, ["analyse", str(BAD / "impossible-date.md")])
    assert result.exit_code == 1
    assert result.stderr == (f"explainer: error: {BAD / 'impossible-date.md'}:3: impossible date 2024-02-30 "
                             "(day is out of range for month); write a date that exists, as YYYY-MM-DD\n")


@pytest.mark.parametrize("slug", ["no-findings", "single-sentence"])
def test_thin_articles_get_every_section_with_none_found(bad_project, slug):
    project, _ = bad_project
    folder = project / "site" / slug
    pages = sorted(folder.rglob("index.html"))
    # A thin text raises no question: every page but the arguments (no debate is invented).
    assert len(pages) == 5
    assert not (folder / "arguments" / "index.html").exists()
    for page in pages:
        content = lxml_html.fromstring(page.read_bytes()).xpath("//article")[0]
        headings = [el for el in content.iter("h2", "h3")]
        for heading in headings:
            following = heading.getnext()
            assert following is not None and following.tag not in ("h1", "h2"), (page, heading.text_content())
    actors = " ".join(lxml_html.fromstring((folder / "actors" / "index.html").read_bytes())
                      .xpath("//article")[0].text_content().split())
    assert re.search(r"No (actors|people or organisations) found", actors), actors
    assert "No quotations found" in actors
