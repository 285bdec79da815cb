"""The overrides file: what an editor may write, checked field by field before anything applies.

Problems found here concern the file alone (an unknown field, a wrong value); whether an id
still matches an item is decided when the overrides meet the analysis (see ``apply``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import IngestError, with_article
from generator.ingest.metadata import normalise_date
from generator.model import KINDS, SIDES, STANCES
from generator.overrides.yamlfile import LineMap, load_yaml_file

COMMON = ("note", "hide", "reviewed")
SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "actors": ("actor", ("name", "kind", "description", "stance", "merge", "split", *COMMON)),
    "quotes": ("quote", ("speaker", *COMMON)),
    "arguments": ("argument", ("side", "speaker", "theme", "drop", *COMMON)),
    "stakes": ("stake", COMMON),
    "events": ("event", ("date", *COMMON)),
    "figures": ("figure", COMMON),
    "terms": ("term", ("definition", *COMMON)),
}
ARTICLE_KEYS: tuple[str, ...] = ("title", "lede", "question", "for_label", "against_label", "note")
SPLIT_KEYS: tuple[str, ...] = ("name", "kind", "description", "aliases")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in an overrides file, with the line to look at."""

    path: str
    """The overrides file."""
    line: int
    """1-based line of the offending key."""
    message: str
    """What is wrong and what to do."""
    stale: bool = False
    """The override addresses an item the analysis no longer has."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Split:
    """A new actor carved out of a wrong merge."""

    name: str
    kind: str | None
    description: str | None
    aliases: tuple[str, ...]
    """Names in the text that mean the new actor (always includes ``name``)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """The editor's wishes for one item."""

    section: str
    """``actors``, ``quotes``, ``arguments``, ``stakes``, ``events``, ``figures`` or ``terms``."""
    target: str
    """The item's id."""
    line: int
    """Line of the id in the file."""
    values: dict[str, Any]
    """Validated fields: only the ones the editor wrote."""
    lines: dict[str, int]
    """Line of each field."""


@dataclass(frozen=True, slots=True)
class Overrides:
    """A parsed overrides file."""

    path: str
    article: dict[str, Any]
    """Article-level fields: title, lede, question, for_label, against_label, note."""
    article_lines: dict[str, int]
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    """Fields that were not understood; they are not applied."""

    def entry(self, section: str, target: str) -> Entry | None:
        for entry in self.entries:
            if entry.section == section and entry.target == target:
                return entry
        return None


def overrides_path(article_path: Path | str) -> Path:
    """Where the overrides of an article live: ``seeds/<stem>.overrides.yml``."""
    path = Path(article_path)
    return path.with_name(path.stem + ".overrides.yml")


def find_overrides(article_path: Path | str) -> Path | None:
    """The overrides file of an article (``.yml`` or ``.yaml``), when there is one."""
    path = overrides_path(article_path)
    for candidate in (path, path.with_suffix(".yaml")):
        if candidate.is_file():
            return candidate
    return None


def _suggest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'? " if close else ""


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def text(self, value: Any, line: int, what: str, *, nullable: bool = False) -> tuple[bool, Any]:
        if value is None and nullable:
            return True, None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return True, " ".join(str(value).split())
        self.problem(line, f"{what} must be text{' or null' if nullable else ''}, not {value!r}")
        return False, None

    def field(self, section: str, name: str, value: Any, line: int) -> tuple[bool, Any]:
        """Check one field; returns (ok, normalised value)."""
        what = f"{section}: '{name}'"
        if name in ("hide", "reviewed", "drop"):
            if isinstance(value, bool):
                return True, value
            self.problem(line, f"{what} must be true or false, not {value!r}")
            return False, None
        choices = {"kind": KINDS, "stance": STANCES, "side": SIDES}.get(name)
        if choices is not None:
            if value in choices:
                return True, value
            self.problem(line, f"{what} must be one of {', '.join(choices)}, not {value!r}")
            return False, None
        if name == "speaker":
            return self.text(value, line, f"{what} (an actor id, or null for no speaker)", nullable=True)
        if name == "description":
            return self.text(value, line, what, nullable=True)
        if name == "date":
            try:
                return True, normalise_date(value, self.path)
            except IngestError:
                self.problem(line, f"{what} is not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
                return False, None
        if name == "merge":
            items = [value] if isinstance(value, str) else value
            if isinstance(items, list) and items and all(isinstance(i, str) and i.strip() for i in items):
                return True, tuple(i.strip() for i in items)
            self.problem(line, f"{what} must be an actor id or a list of actor ids")
            return False, None
        if name == "split":
            return self.splits(value, line)
        return self.text(value, line, what)

    def splits(self, value: Any, line: int) -> tuple[bool, Any]:
        items = [value] if isinstance(value, dict) else value
        if not isinstance(items, list) or not items:
            self.problem(line, "actors: 'split' must be a list of new actors, each with a 'name'")
            return False, None
        out: list[Split] = []
        for item in items:
            item_line = getattr(item, "line", line)
            if not isinstance(item, LineMap) or not isinstance(item.get("name"), str) or not item["name"].strip():
                self.problem(item_line, "actors: each 'split' entry needs a 'name' (the new actor's name)")
                return False, None
            for key in item:
                if key not in SPLIT_KEYS:
                    self.problem(item.line_of(key), f"actors: unknown 'split' field '{key}'; "
                                 f"{_suggest(key, SPLIT_KEYS)}use {', '.join(SPLIT_KEYS)}")
                    return False, None
            kind = item.get("kind")
            if kind is not None and kind not in KINDS:
                self.problem(item.line_of("kind"), f"actors: split 'kind' must be one of {', '.join(KINDS)}")
                return False, None
            aliases = item.get("aliases") or []
            aliases = [aliases] if isinstance(aliases, str) else aliases
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                self.problem(item.line_of("aliases"), "actors: split 'aliases' must be a list of names")
                return False, None
            name = " ".join(item["name"].split())
            description = item.get("description")
            out.append(Split(name, kind, str(description) if description else None,
                             tuple(dict.fromkeys([name, *(" ".join(a.split()) for a in aliases if a.strip())]))))
        return True, tuple(out)


def read_overrides(path: Path) -> Overrides:
    """Read and check an overrides file.

    Raises:
        IngestError: the file is not readable YAML or not a mapping.
    """
    data = load_yaml_file(path)
    reader = _Reader(path)
    article: dict[str, Any] = {}
    article_lines: dict[str, int] = {}
    entries: list[Entry] = []
    for key, value in data.items():
        line = data.line_of(key)
        if key in ARTICLE_KEYS:
            ok, text = reader.text(value, line, f"'{key}'")
            if ok:
                article[key], article_lines[key] = text, line
            continue
        if key not in SECTIONS:
            reader.problem(line, f"unknown key '{key}'; {_suggest(key, [*SECTIONS, *ARTICLE_KEYS])}"
                           f"use {', '.join(ARTICLE_KEYS)} or a section: {', '.join(SECTIONS)}")
            continue
        if value is None:
            continue
        if not isinstance(value, LineMap):
            reader.problem(line, f"'{key}' must map item ids to changes, e.g. '{key}: {{<id>: {{note: ...}}}}'")
            continue
        entries.extend(_section(reader, key, value))
    return Overrides(path=str(path), article=article, article_lines=article_lines, entries=tuple(entries),
                     problems=tuple(reader.problems))


def _section(reader: _Reader, section: str, items: LineMap) -> list[Entry]:
    noun, allowed = SECTIONS[section]
    entries = []
    for target, fields in items.items():
        line = items.line_of(target)
        if not isinstance(fields, LineMap) or not fields:
            reader.problem(line, f"{section}: '{target}' must be followed by the changes to make "
                           f"({', '.join(allowed)})")
            continue
        values: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for name, value in fields.items():
            field_line = fields.line_of(name)
            if name not in allowed:
                reader.problem(field_line, f"{section}: {with_article(noun)} has no field '{name}'; "
                               f"{_suggest(name, allowed)}use {', '.join(allowed)}")
                continue
            ok, normal = reader.field(section, name, value, field_line)
            if ok:
                values["hide" if name == "drop" else name] = normal
                lines["hide" if name == "drop" else name] = field_line
        if values:
            entries.append(Entry(section, str(target), line, values, lines))
    return entries
