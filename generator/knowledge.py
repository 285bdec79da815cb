"""Shipped and user-supplied knowledge: well-known entities and glossary terms."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import ConfigError
from generator.model import KINDS

DATA_DIR = Path(__file__).parent / "data"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class DatedDescription:
    """A description that holds from a date on (a later role, a renamed company)."""

    valid_from: str
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    description: str


def certainly_on_or_after(date: str, start: str) -> bool:
    """Whether a ``YYYY[-MM[-DD]]`` date lies on or after ``start`` whatever its missing parts.

    ``2024-07`` is after ``2024-06``; ``2024`` is not certainly after ``2024-06`` (it may be
    January), so a description from June 2024 does not apply to an article dated only 2024.
    """
    if len(date) >= len(start):
        return date[: len(start)] >= start
    return date > start[: len(date)]


@dataclass(frozen=True, slots=True)
class Entity:
    """Public facts about a well-known entity."""

    name: str
    """Canonical name."""
    kind: str
    """person, organization, product, media or group."""
    description: str | None
    """One neutral line."""
    aliases: tuple[str, ...] = ()
    """Other spellings of the name itself."""
    owner: str | None = None
    """Canonical name of the organisation a product belongs to."""
    later: tuple[DatedDescription, ...] = ()
    """Descriptions that replace ``description`` from their date on, oldest first."""

    def as_of(self, date: str | None) -> Entity:
        """The entity as it was described on ``date``: the latest description that certainly
        holds by then; the base description when the date is unknown, so that nothing an
        article could not have known is shown beside it."""
        description = self.description
        for dated in self.later:
            if date and certainly_on_or_after(date, dated.valid_from):
                description = dated.description
        return dataclasses.replace(self, description=description, later=())


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term with a definition written for the project."""

    term: str
    definition: str
    variants: tuple[str, ...] = ()
    abbreviation: str | None = None


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Entities by lower-cased name or alias, and glossary entries."""

    entities: dict[str, Entity]
    glossary: tuple[GlossaryEntry, ...]
    _views: dict[tuple[str, ...], Knowledge] = field(default_factory=dict, compare=False, repr=False)
    """Views already made by :meth:`as_of`, by the dated descriptions they apply."""

    def entity(self, name: str) -> Entity | None:
        """Look an entity up by any of its names, ignoring case."""
        return self.entities.get(name.casefold())

    def as_of(self, date: str | None) -> Knowledge:
        """The knowledge as of a publication date (``YYYY[-MM[-DD]]`` or ``None``): every
        entity with the description that held then (see :meth:`Entity.as_of`).

        Articles published between the same two dates of the file share one view, so code
        that prepares tables per knowledge object does it once per period, not per article.
        """
        known = date if date and _DATE.fullmatch(date) else None
        starts = sorted({d.valid_from for e in self.entities.values() for d in e.later})
        if not starts:
            return self
        # Each entity's description depends only on which of these dates have passed.
        applied = tuple(s for s in starts if known and certainly_on_or_after(known, s))
        view = self._views.get(applied)
        if view is None:
            # One object per entity, as in the file (its names share it).
            dated = {id(e): e.as_of(known) for e in self.entities.values() if e.later}
            view = self._views[applied] = Knowledge(
                entities={key: dated.get(id(e), e) for key, e in self.entities.items()}, glossary=self.glossary)
        return view


# libyaml's safe loader when PyYAML has it: about ten times faster on the shipped files,
# which every build that analyses an article reads.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the knowledge file: {error}") from error
    except ValueError as error:  # PyYAML's date constructor: a date such as 2024-02-30
        raise ConfigError(f"{path}: cannot read the knowledge file: a date that does not exist ({error})") from error
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a knowledge file must be a YAML mapping")
    return data


def _entities(path: Path) -> list[Entity]:
    out = []
    for number, item in enumerate(_read_yaml(path).get("entities") or [], start=1):
        if not isinstance(item, dict) or not item.get("name") or item.get("kind") not in KINDS:
            raise ConfigError(f"{path}: entity #{number} needs a 'name' and a 'kind' among {', '.join(KINDS)}")
        out.append(Entity(
            name=str(item["name"]), kind=str(item["kind"]), description=item.get("description"),
            aliases=tuple(str(alias) for alias in item.get("aliases") or ()), owner=item.get("owner"),
            later=_later(path, number, item.get("later")),
        ))
    return out


def _later(path: Path, number: int, items: object) -> tuple[DatedDescription, ...]:
    """The ``later`` descriptions of entity ``number``, checked and sorted by date."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ConfigError(f"{path}: entity #{number}: 'later' must be a list of {{from, description}}")
    out = []
    for item in items:
        # YAML reads a full date (2024-06-19) as a date object: str() gives it back in ISO form.
        start = str(item.get("from", "")) if isinstance(item, dict) else ""
        if not _DATE.fullmatch(start) or not isinstance(item.get("description"), str):
            raise ConfigError(f"{path}: entity #{number}: each 'later' entry needs 'from' (YYYY, YYYY-MM or "
                              f"YYYY-MM-DD) and a 'description'")
        out.append(DatedDescription(start, " ".join(item["description"].split())))
    return tuple(sorted(out, key=lambda d: d.valid_from))


def _glossary(path: Path) -> list[GlossaryEntry]:
    out = []
    for number, item in enumerate(_read_yaml(path).get("terms") or [], start=1):
        if not isinstance(item, dict) or not item.get("term") or not item.get("definition"):
            raise ConfigError(f"{path}: term #{number} needs a 'term' and a 'definition'")
        out.append(GlossaryEntry(
            term=str(item["term"]), definition=" ".join(str(item["definition"]).split()),
            variants=tuple(str(v) for v in item.get("variants") or ()),
            abbreviation=item.get("abbreviation"),
        ))
    return out


@functools.lru_cache(maxsize=8)
def load_knowledge(extra_entities: Sequence[str] = (), extra_glossaries: Sequence[str] = ()) -> Knowledge:
    """Load the shipped files, then the user's files (which win on the same name)."""
    entities: dict[str, Entity] = {}
    for path in [DATA_DIR / "knowledge.yml", *map(Path, extra_entities)]:
        if not path.is_file():
            if path.parent == DATA_DIR:
                continue
            raise ConfigError(f"{path}: knowledge file not found")
        for entity in _entities(path):
            for name in (entity.name, *entity.aliases):
                entities[name.casefold()] = entity
    terms: dict[str, GlossaryEntry] = {}
    for path in [DATA_DIR / "glossary.yml", *map(Path, extra_glossaries)]:
        if not path.is_file():
            if path.parent == DATA_DIR:
                continue
            raise ConfigError(f"{path}: glossary file not found")
        for entry in _glossary(path):
            terms[entry.term.casefold()] = entry
    return Knowledge(entities=entities, glossary=tuple(terms.values()))
