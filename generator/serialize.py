"""The model as JSON: stable field names, documented in docs/schema.md."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from generator.model import Analysis


class TraceLike(Protocol):
    """A trace of the analysis (``generator.analyse.contracts.Trace``), as the JSON shows it."""

    def as_dict(self) -> dict[str, object]: ...


ItemTraces = Mapping[str, Mapping[str, Sequence[TraceLike]]]
"""Section (``actors``, ``quotes`` ...) -> item id -> its traces."""

SCHEMA_VERSION = 3


def to_dict(analysis: Analysis, traces: ItemTraces | None = None) -> dict[str, Any]:
    """The analysis as plain data, in the documented shape; with ``traces``, every item of the
    traced sections carries a ``trace`` list saying which rules made it."""
    article = analysis.article
    meta = article.meta

    def items(values: tuple, *fields: str) -> list[dict[str, Any]]:
        return [{name: _plain(getattr(value, name)) for name in fields} for value in values]

    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "article": {
            "slug": article.slug, "title": article.title, "published": meta.published,
            "language": meta.language or "en", "question": analysis.sides.question if analysis.sides else None,
            "genre": analysis.genre,
            "source": meta.source, "url": meta.url, "author": meta.author, "format": article.format,
            "sentences": [{"id": s.id, "text": s.text, "paragraph": s.paragraph, "kind": s.kind}
                          for s in article.sentences],
        },
        "sides": {"question": analysis.sides.question, "for": analysis.sides.for_label,
                  "against": analysis.sides.against_label, "derived": analysis.sides.derived}
        if analysis.sides else None,
        "lede": items((analysis.lede,), "text", "evidence")[0] if analysis.lede else None,
        "summary": items(analysis.summary, "text", "evidence"),
        "background": items(analysis.background, "text", "evidence"),
        "brief": items(analysis.brief, "text", "evidence"),
        "actors": items(analysis.actors, "id", "name", "kind", "aliases", "description", "description_origin",
                        "stance", "mentions", "quotes"),
        "quotes": items(analysis.quotes, "id", "text", "speaker", "evidence", "cue", "fragment"),
        "arguments": items(analysis.arguments, "id", "side", "claim", "speaker", "theme", "evidence",
                           "confidence"),
        "stakes": items(analysis.stakes, "id", "text", "actors", "evidence", "category"),
        "positions": items(analysis.positions, "actor", "side", "evidence"),
        "timeline": items(analysis.timeline, "id", "date", "event", "actors", "evidence", "expected", "approximate"),
        "figures": items(analysis.figures, "id", "value", "what", "evidence"),
        "glossary": items(analysis.glossary, "id", "term", "definition", "origin", "evidence", "abbreviation"),
        "notes": list(analysis.notes),
        "edits": items(analysis.edits, "target", "label", "changes", "note", "hidden"),
    }
    for section, by_id in (traces or {}).items():
        for item in data[section]:
            item["trace"] = [trace.as_dict() for trace in by_id.get(item["id"], ())]
    return data


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def to_json(analysis: Analysis, traces: ItemTraces | None = None) -> str:
    """Deterministic, human-readable JSON (keys in schema order, non-ASCII kept)."""
    return json.dumps(to_dict(analysis, traces), ensure_ascii=False, indent=2) + "\n"
