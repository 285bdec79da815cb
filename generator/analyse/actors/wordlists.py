"""The word classes of names (``generator/data/names.yml``), read once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError
from generator.knowledge import DATA_DIR

NAMES = DATA_DIR / "names.yml"


@dataclass(frozen=True)
class WordLists:
    data: dict[str, Any]
    path: Path

    def words(self, key: str) -> frozenset[str]:
        try:
            return frozenset(str(word) for word in self.data[key])
        except (KeyError, TypeError) as error:
            raise ConfigError(f"{self.path}: '{key}' must be a list of words") from error

    def patterns(self, key: str) -> tuple[re.Pattern[str], ...]:
        try:
            return tuple(re.compile(rf"(?<![\w-]){pattern}(?![\w-])") for pattern in self.data.get(key) or ())
        except re.error as error:
            raise ConfigError(f"{self.path}: '{key}': {error}") from error


@functools.lru_cache(maxsize=1)
def load_names(path: Path = NAMES) -> WordLists:
    return WordLists(yaml.safe_load(path.read_text(encoding="utf-8")), path)
