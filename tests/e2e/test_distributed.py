"""The cache filled on a real local Dask cluster: a build afterwards analyses nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.site import SiteOptions, build_site

distributed = pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parents[2]
EVALSET = ROOT / "tests" / "evalset"


def test_two_workers_fill_the_cache_and_the_build_reuses_it(tmp_path: Path):
    from generator.distributed import fill_cache_on_cluster

    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for case in ("harbridge-congestion-charge", "kelford-four-day-week", "strandhaven-nuclear-extension"):
        source = next(EVALSET.joinpath(case).glob("article.[tm]*"))
        shutil.copy(source, project / "seeds" / f"{case}{source.suffix}")
    options = SiteOptions(seeds=project / "seeds", cache_dir=project / ".cache" / "explainer")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        reports = fill_cache_on_cluster(client, options, shards=3)
    assert [r.shard for r in reports] == [0, 1, 2]
    assert sum(r.seeds for r in reports) == 7 and sum(r.analysed for r in reports) == 7
    assert not any(r.problems for r in reports)

    # A checkout elsewhere with the same files and the cache folder copied over reuses every entry.
    elsewhere = tmp_path / "another" / "checkout"
    shutil.copytree(project, elsewhere)
    build = build_site(SiteOptions(seeds=elsewhere / "seeds", cache_dir=elsewhere / ".cache" / "explainer"))
    assert build.analysed == 0 and len(build.analyses) == 7
    assert all(a.article.path.startswith(str(elsewhere)) for a in build.analyses)


def test_the_command_fills_each_shard_and_the_build_then_analyses_nothing(tmp_path: Path):
    import os
    import subprocess
    import sys

    from tests.e2e.test_build import make_project

    project = make_project(tmp_path)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for shard in ("1/2", "2/2"):
        done = subprocess.run([sys.executable, "-m", "generator", "fill-cache", "--shard", shard], cwd=project,
                              capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        assert f"shard {shard[0]} of 2:" in done.stdout
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                           cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert build.returncode == 0, build.stderr
    assert "(0 analysed, 4 from the cache)" in build.stderr
