"""Bookkeeping while overrides apply: what changed on which item, and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Edit
from generator.overrides.schema import Overrides, Problem

NOUNS = {"actors": "Actor", "quotes": "Quote", "arguments": "Argument", "stakes": "Stake",
         "events": "Event", "figures": "Figure", "terms": "Term", "article": "Article"}


def short(text: str, limit: int = 60) -> str:
    """The start of a long text, cut at a word, for labels and messages."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def id_list(ids: list[str], limit: int = 25) -> str:
    """Existing ids for an error message, shortened when there are many."""
    if not ids:
        return "none"
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more (explainer check --ids lists them)" if len(ids) > limit else "")


@dataclass(slots=True)
class _Record:
    section: str
    label: str
    changes: list[str] = field(default_factory=list)
    note: str | None = None
    hidden: bool = False


@dataclass(slots=True)
class Ledger:
    """Collects edits per item and problems per line while the overrides apply."""

    overrides: Overrides
    problems: list[Problem] = field(default_factory=list)
    reviewed: set[str] = field(default_factory=set)
    _records: dict[str, _Record] = field(default_factory=dict)

    def problem(self, line: int, message: str, *, stale: bool = False) -> None:
        self.problems.append(Problem(self.overrides.path, line, message, stale=stale))

    def _record(self, section: str, target: str, label: str) -> _Record:
        record = self._records.get(target)
        if record is None:
            record = self._records[target] = _Record(section, label)
        return record

    def change(self, section: str, target: str, label: str, change: str) -> None:
        self._record(section, target, label).changes.append(change)
        self.reviewed.add(target)

    def note(self, section: str, target: str, label: str, note: str) -> None:
        self._record(section, target, label).note = note

    def hide(self, section: str, target: str, label: str) -> None:
        record = self._record(section, target, label)
        record.hidden = True
        record.changes.append("hidden")
        self.reviewed.add(target)

    def edits(self) -> tuple[Edit, ...]:
        return tuple(Edit(target=target, label=r.label, changes=tuple(r.changes), note=r.note, hidden=r.hidden)
                     for target, r in self._records.items())

    def notes(self) -> tuple[str, ...]:
        """One line per edited item for the "How this was made" page."""
        lines = []
        for target, record in self._records.items():
            what = "; ".join(record.changes)
            if record.note:
                what = f"{what}; editor's note: {record.note}" if what else f"editor's note: {record.note}"
            where = "" if target == "article" else f" ({target})"
            lines.append(f"{NOUNS[record.section]} “{record.label}”{where}: {what}")
        return tuple(lines)
