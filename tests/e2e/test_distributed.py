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
