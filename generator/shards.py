"""Filling the analysis cache one shard of the seeds at a time, on as many machines as there are.

A corpus too big for one machine's build is analysed ahead, in shards: every seed belongs to
exactly one of ``N`` shards (by a digest of its path relative to the project, so every machine
agrees without talking), and analysing shard ``K`` stores its analyses in the cache folder. The
cache keys are relative to the project, so entries made by any worker, in any checkout of the
same project, are what ``mkdocs build`` finds afterwards: it then analyses nothing.
:mod:`generator.distributed` runs the shards on a Dask cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import relative_name
from generator.errors import ConfigError
from generator.site import SiteBuild, SiteOptions, analyse_cached, seed_files


@dataclass(frozen=True, slots=True)
class ShardReport:
    """What filling one shard did."""

    shard: int
    shards: int
    seeds: int
    """Seeds in the shard."""
    analysed: int
    """Seeds analysed now (the others were in the cache already)."""
    problems: tuple[str, ...] = field(default=())
    """One line per seed that could not be read or analysed."""


def shard_of(path: Path, root: Path, shards: int) -> int:
    """The shard (0 to ``shards - 1``) a seed belongs to: stable across machines and runs."""
    digest = hashlib.sha256(relative_name(path, root).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shards


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/4"`` (the second of four, counting from 1) as ``(1, 4)``.

    Raises:
        ConfigError: not of the form K/N with 1 <= K <= N.
    """
    number, sep, total = text.partition("/")
    try:
        index, count = int(number), int(total)
    except ValueError:
        index = count = 0
    if not sep or not 1 <= index <= count:
        raise ConfigError(f"--shard expects K/N with 1 <= K <= N (such as 2/4), not '{text}'")
    return index - 1, count


def shard_seeds(options: SiteOptions, shard: int, shards: int) -> list[Path]:
    """The seed files of one shard, in name order."""
    root = options.seeds.parent
    return [path for path in seed_files(options.seeds) if shard_of(path, root, shards) == shard]


def fill_shard(options: SiteOptions, shard: int, shards: int) -> ShardReport:
    """Analyse the seeds of one shard that the cache does not hold yet, and store them.

    Raises:
        ConfigError: the options name no cache folder.
    """
    if options.cache_dir is None:
        raise ConfigError("filling the cache needs a cache folder (cache_dir)")
    paths = shard_seeds(options, shard, shards)
    build = SiteBuild()
    analyse_cached(paths, options, build)
    return ShardReport(shard, shards, len(paths), build.analysed, tuple(build.problems))


def summary(reports: Sequence[ShardReport]) -> str:
    """One line for what several shards did."""
    seeds = sum(r.seeds for r in reports)
    analysed = sum(r.analysed for r in reports)
    problems = sum(len(r.problems) for r in reports)
    shards = ", ".join(str(r.shard + 1) for r in reports)
    total = reports[0].shards if reports else 0
    return (f"shard{'s' if len(reports) != 1 else ''} {shards} of {total}: {seeds} seeds, {analysed} analysed now, "
            f"{seeds - analysed - problems} already in the cache, {problems} skipped")
