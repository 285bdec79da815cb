"""Same seeds, same bytes: two cold builds in separate processes with different hash seeds.

``SOURCE_DATE_EPOCH`` fixes the build date (sitemap, gzip headers); everything else must
come out the same by itself: page order, ids, search index, JSON model.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EPOCH = "1700000000"
JSON_SCRIPT = """
import sys
from pathlib import Path
from generator.analyse import analyse_articles
from generator.analyse.nlp import load_pipeline
from generator.ingest import read_article
from generator.knowledge import load_knowledge
from generator.serialize import to_json
from generator.site import seed_files
articles = [read_article(p) for p in seed_files(Path(sys.argv[1]))]
for analysis in analyse_articles(load_pipeline(), articles, load_knowledge()):
    sys.stdout.write(to_json(analysis))
"""


def digest_tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def project_copy(root: Path) -> Path:
    root.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    return root


def environment(hash_seed: str) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": hash_seed}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """Two cold strict builds of the project's seeds, run side by side."""
    base = tmp_path_factory.mktemp("reproducible")
    projects = [project_copy(base / name) for name in ("one", "two")]
    runs = [subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site"],
                             cwd=project, env=environment(seed), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
            for project, seed in zip(projects, ("1", "2023"))]
    for run in runs:
        _, stderr = run.communicate(timeout=900)
        assert run.returncode == 0, stderr
    return projects[0] / "site", projects[1] / "site"


def test_two_builds_give_byte_identical_sites(two_builds):
    one, two = (digest_tree(site) for site in two_builds)
    assert one.keys() == two.keys()
    different = [name for name in one if one[name] != two[name]]
    assert different == []
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json"):
        assert name in one


def test_the_build_date_comes_from_source_date_epoch(two_builds):
    sitemap = (two_builds[0] / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2023-11-14</lastmod>" in sitemap


def test_json_model_is_byte_identical_whatever_the_hash_seed():
    runs = [subprocess.Popen([sys.executable, "-c", JSON_SCRIPT, str(ROOT / "seeds")], cwd=ROOT,
                             env=environment(seed), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for seed in ("0", "4242")]
    outputs = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stderr.decode()
        outputs.append(stdout)
    assert outputs[0] and outputs[0] == outputs[1]
