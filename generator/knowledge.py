"""Shipped and user-supplied knowledge: well-known entities and glossary terms."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import ConfigError
from generator.model import KINDS

DATA_DIR = Path(__file__).parent / "data"


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

    def entity(self, name: str) -> Entity | None:
        """Look an entity up by any of its names, ignoring case."""
        return self.entities.get(name.casefold())


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
        ))
    return out


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
