"""Generated pages converted on several cores give the very same site, and their warnings still count."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_build import make_project

ROOT = Path(__file__).resolve().parents[2]


def _build(project: Path, processes: int, site: str, strict: bool = True) -> subprocess.CompletedProcess:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace(
        "      seeds: seeds\n", f"      seeds: seeds\n      render_processes: {processes}\n"), encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(project / site)] + (["--strict"] if strict else [])
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def _files(site: Path) -> dict[str, bytes]:
    # The sitemap carries the build date; everything else must be equal byte for byte.
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.name.startswith("sitemap")}


def test_two_processes_build_the_same_site_as_one(tmp_path):
    project = make_project(tmp_path)
    one = _build(project, 1, "site-one")
    two = _build(project, 2, "site-two")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert "converted in 1 other process" in two.stderr
    assert _files(project / "site-one") == _files(project / "site-two")


def test_a_warning_of_a_page_another_process_converted_fails_strict(tmp_path):
    project = make_project(tmp_path)
    templates = project / "templates"
    shutil.copytree(ROOT / "generator" / "render" / "templates", templates)
    for page in templates.glob("*.md.j2"):
        if not page.name.startswith(("_", "cross", "home", "tags")):
            page.write_text(page.read_text(encoding="utf-8") + "\n[broken](no-such-page.md)\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    warnings = {}
    for processes in (1, 2):
        (project / "mkdocs.yml").write_text(config.replace(
            "      seeds: seeds\n", f"      seeds: seeds\n      templates: templates\n"
            f"      render_processes: {processes}\n"), encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                                cwd=project, capture_output=True, text=True, timeout=600,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        assert result.returncode != 0
        warnings[processes] = sorted(line for line in result.stderr.splitlines() if "no-such-page.md" in line)
    assert warnings[1] and warnings[2] == warnings[1]
