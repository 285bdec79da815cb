"""Filling the analysis cache on a Dask cluster: one task per shard of the seeds.

Every worker imports the generator, loads the spaCy pipeline once and analyses its shard into
the cache folder, which must be the same folder for all of them (a shared disk, or the local
disk of a cluster on one machine). Dask is optional: ``pip install "explainer[distributed]"``.
"""

from __future__ import annotations

from typing import Any

from generator.errors import ConfigError
from generator.shards import ShardReport, fill_shard
from generator.site import SiteOptions


def fill_cache_on_cluster(client: Any, options: SiteOptions, shards: int) -> list[ShardReport]:
    """Run :func:`generator.shards.fill_shard` for every shard on the workers of ``client`` (a
    ``distributed.Client``) and wait for all of them; reports come in shard order."""
    if shards < 1:
        raise ConfigError("the number of shards must be at least 1")
    futures = [client.submit(fill_shard, options, shard, shards, key=f"explainer-shard-{shard + 1}-of-{shards}",
                             pure=False) for shard in range(shards)]
    return list(client.gather(futures))


def connect(address: str | None) -> Any:
    """A client of the scheduler at ``address``, or of a local cluster of processes when ``None``.

    Raises:
        ConfigError: Dask's distributed scheduler is not installed.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ConfigError("the Dask scheduler is not installed: pip install 'explainer[distributed]'") from error
    if address:
        return Client(address)
    return Client(LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None))
