"""Stable ids for analysed items, derived from their own text, never from their position."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def name_id(name: str) -> str:
    """An id readable in URLs, from a canonical name: ``Ana Ruiz`` -> ``ana-ruiz``."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:48].strip("-")
    return slug or "actor-" + text_hash(name)


def text_hash(text: str, length: int = 8) -> str:
    """Short hash of normalised text, stable across runs and Python versions."""
    normal = " ".join(text.casefold().split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:length]


def item_id(prefix: str, text: str) -> str:
    """``q-1a2b3c4d`` style id for a quote, argument, stake or event."""
    return f"{prefix}-{text_hash(text)}"


def unique_ids(ids: list[str]) -> list[str]:
    """Make ids unique by suffixing repeats with ``-2``, ``-3``... in order."""
    seen: dict[str, int] = {}
    out = []
    for value in ids:
        count = seen.get(value, 0) + 1
        seen[value] = count
        out.append(value if count == 1 else f"{value}-{count}")
    return out


def with_ids(items: Sequence[T], prefix: str, text_of: Callable[[T], str]) -> tuple[T, ...]:
    """Give dataclass items (events, figures, terms) an ``id`` derived from their own text."""
    ids = unique_ids([item_id(prefix, text_of(item)) for item in items])
    return tuple(dataclasses.replace(item, id=value) for item, value in zip(items, ids, strict=True))  # type: ignore[type-var]
