"""Actor corrections: split a wrong merge, merge two actors, rename, change kind or description.

The result is the corrected actor list and a map from old actor ids to new ones (``None``
for a hidden actor), which the other corrections use to follow every reference.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from generator.ids import name_id
from generator.model import Actor, Analysis
from generator.overrides.ledger import Ledger, id_list
from generator.overrides.schema import Entry, Split


@dataclass(frozen=True, slots=True)
class ActorFix:
    """Corrected actors and where old ids now point."""

    actors: tuple[Actor, ...]
    remap: dict[str, str | None]
    """Old actor id -> new actor id, or ``None`` when the actor was hidden."""
    moved: dict[str, tuple[str, tuple[str, ...]]]
    """Actor id -> (new actor id, its names) for every split, to re-attribute quotes by sentence."""


def sentence_order(sentence_id: str) -> int:
    return int(sentence_id[1:]) if sentence_id[1:].isdigit() else 0


def names_in(text: str, names: tuple[str, ...] | list[str]) -> bool:
    """Whether any of ``names`` occurs in ``text`` as whole words."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names if name)


def fix_actors(analysis: Analysis, entries: list[Entry], ledger: Ledger) -> ActorFix:
    actors: dict[str, Actor] = {actor.id: actor for actor in analysis.actors}
    remap: dict[str, str | None] = {}
    moved: dict[str, tuple[str, tuple[str, ...]]] = {}
    known = sorted(actors)
    live = [entry for entry in entries if entry.target in actors]
    for entry in entries:
        if entry.target not in actors:
            ledger.problem(entry.line, f"actors: no actor has id '{entry.target}' (stale override); "
                           f"actors in the article: {id_list(known)}", stale=True)
    for entry in live:
        for split in entry.values.get("split", ()):
            _split(analysis, actors, entry, split, ledger, moved)
    for entry in live:
        for source in entry.values.get("merge", ()):
            _merge(actors, entry, source, ledger, remap, known)
    for entry in live:
        if entry.target in actors:
            _fields(actors, entry, ledger, remap)
    return ActorFix(tuple(actors.values()), remap, moved)


def _split(analysis: Analysis, actors: dict[str, Actor], entry: Entry, split: Split, ledger: Ledger,
           moved: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    original = actors[entry.target]
    new_id = name_id(split.name)
    if new_id in actors:
        ledger.problem(entry.lines["split"], f"actors: cannot split '{split.name}' out of '{original.id}': "
                       f"an actor '{new_id}' already exists (use 'merge' to join them)")
        return
    remaining = tuple(name for name in (original.name, *original.aliases) if name not in split.aliases)
    taken, kept = [], []
    for sentence_id in original.mentions:
        text = analysis.article.sentence(sentence_id).text
        if names_in(text, split.aliases):
            taken.append(sentence_id)
            if names_in(text, remaining):
                kept.append(sentence_id)
        else:
            kept.append(sentence_id)
    if not taken:
        ledger.problem(entry.lines["split"], f"actors: none of the sentences mentioning '{original.name}' "
                       f"contains {', '.join(repr(a) for a in split.aliases)}; nothing to split (stale override)",
                       stale=True)
        return
    actors[entry.target] = dataclasses.replace(
        original, aliases=tuple(a for a in original.aliases if a not in split.aliases), mentions=tuple(kept))
    actors[new_id] = Actor(id=new_id, name=split.name, kind=split.kind or original.kind,  # type: ignore[arg-type]
                           aliases=tuple(a for a in split.aliases if a != split.name),
                           description=split.description, stance="none", mentions=tuple(taken),
                           description_origin="editor" if split.description else None)
    moved[entry.target] = (new_id, split.aliases)
    ledger.change("actors", new_id, split.name, f"split out of {original.name}")
    ledger.change("actors", original.id, original.name, f"{split.name} split out as its own actor")


def _merge(actors: dict[str, Actor], entry: Entry, source_id: str, ledger: Ledger,
           remap: dict[str, str | None], known: list[str]) -> None:
    target = actors[entry.target]
    line = entry.lines["merge"]
    source = actors.get(source_id)
    if source_id == target.id:
        ledger.problem(line, f"actors: '{target.id}' cannot be merged into itself")
        return
    if source is None:
        ledger.problem(line, f"actors: cannot merge '{source_id}' into '{target.id}': no actor has that id "
                       f"(stale override); actors in the article: {id_list(known)}", stale=True)
        return
    aliases = [a for a in (*target.aliases, source.name, *source.aliases) if a != target.name]
    mentions = sorted(set(target.mentions) | set(source.mentions), key=sentence_order)
    described = target if target.description else source
    actors[target.id] = dataclasses.replace(target, aliases=tuple(dict.fromkeys(aliases)), mentions=tuple(mentions),
                                            description=described.description,
                                            description_origin=described.description_origin)
    del actors[source_id]
    remap[source_id] = target.id
    for old, new in list(remap.items()):
        if new == source_id:
            remap[old] = target.id
    ledger.change("actors", target.id, target.name, f"merged with {source.name} ({source_id})")


def _fields(actors: dict[str, Actor], entry: Entry, ledger: Ledger, remap: dict[str, str | None]) -> None:
    actor = actors[entry.target]
    values = entry.values
    changes: dict[str, object] = {}
    for name in ("name", "kind", "description", "stance"):
        if name in values and values[name] != getattr(actor, name):
            changes[name] = values[name]
            was = getattr(actor, name) or "none"
            ledger.change("actors", actor.id, actor.name, f"{name} set to {values[name] or 'none'} (was: {was})")
    if "description" in changes:
        changes["description_origin"] = "editor" if changes["description"] else None
    if "name" in changes:
        changes["aliases"] = tuple(dict.fromkeys(a for a in (*actor.aliases, actor.name) if a != values["name"]))
    if changes:
        actors[actor.id] = dataclasses.replace(actor, **changes)  # type: ignore[arg-type]
    if values.get("note"):
        ledger.note("actors", actor.id, actors[actor.id].name, values["note"])
    if values.get("reviewed"):
        ledger.reviewed.add(actor.id)
    if values.get("hide"):
        ledger.hide("actors", actor.id, actors[actor.id].name)
        del actors[actor.id]
        remap[actor.id] = None
        for old, new in list(remap.items()):
            if new == actor.id:
                remap[old] = None
