"""Shards of the seeds and cache keys that hold in any checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cache import article_key, files_fingerprint
from generator.errors import ConfigError
from generator.shards import parse_shard, shard_of, shard_seeds
from generator.site import SiteOptions

ROOT = Path(__file__).resolve().parents[2]


def test_every_seed_is_in_exactly_one_shard(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for number in range(40):
        (seeds / f"article-{number}.txt").write_text(f"Article {number}.\n", encoding="utf-8")
    options = SiteOptions(seeds=seeds)
    shards = [shard_seeds(options, shard, 4) for shard in range(4)]
    names = sorted(p.name for shard in shards for p in shard)
    assert names == sorted(p.name for p in seeds.iterdir())
    assert all(shards), "forty seeds spread over four shards leave none empty"


def test_shards_and_keys_are_the_same_in_another_checkout(tmp_path):
    first, second = tmp_path / "one" / "project", tmp_path / "two" / "elsewhere"
    for project in (first, second):
        shutil.copytree(ROOT / "seeds", project / "seeds")
    for path in sorted((first / "seeds").glob("*.txt")):
        twin = second / "seeds" / path.name
        assert shard_of(path, first, 3) == shard_of(twin, second, 3)
        assert article_key(path, "context", first) == article_key(twin, "context", second)
    assert files_fingerprint([first / "seeds" / "000_838607606c939916.yml"]) == \
        files_fingerprint([second / "seeds" / "000_838607606c939916.yml"])


@pytest.mark.parametrize("text, expected", [("1/1", (0, 1)), ("2/4", (1, 4))])
def test_shard_numbers(text, expected):
    assert parse_shard(text) == expected


@pytest.mark.parametrize("text", ["0/2", "3/2", "x", "1-2", "/"])
def test_bad_shard_numbers_are_one_clear_error(text):
    with pytest.raises(ConfigError, match="K/N"):
        parse_shard(text)
