"""What several explainers share: actors found in more than one, a merged timeline, tags.

Plain data over analyses, rendered by :mod:`generator.render.crosssite`. An actor is the same
across articles when its canonical name is (the knowledge file and the editor's renames make
names canonical), exactly as within one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.ids import name_id
from generator.model import Actor, Analysis, Argument, Event, Quote

# Tag names end up in HTML the theme writes unescaped: only plain names become tags.
_SAFE_TAG = re.compile(r"[^\W_][\w .'’-]{0,60}")
MAX_TAGS = 8
"""Most tags an explainer gets: a phone shows them all on its first screen."""
MAX_ACTOR_TAGS = 5


@dataclass(frozen=True, slots=True)
class Appearance:
    """One actor in one explainer."""

    analysis: Analysis
    actor: Actor

    @property
    def quotes(self) -> list[Quote]:
        return [q for q in self.analysis.quotes if q.speaker == self.actor.id]

    @property
    def arguments(self) -> list[Argument]:
        return [a for a in self.analysis.arguments if a.speaker == self.actor.id]


@dataclass(frozen=True, slots=True)
class SharedActor:
    """An actor that appears in more than one explainer."""

    key: str
    """File name of its page: ``actors/<key>.md``."""
    name: str
    kind: str
    description: str | None
    description_origin: str | None
    """Where ``description`` comes from (see :attr:`generator.model.Actor.description_origin`)."""
    appearances: tuple[Appearance, ...]
    """Newest explainer first."""


def newest_first(analyses: Sequence[Analysis]) -> list[Analysis]:
    return sorted(analyses, key=lambda a: (a.article.meta.published or "", a.article.slug), reverse=True)


def shared_actors(analyses: Sequence[Analysis]) -> list[SharedActor]:
    """Actors found in two or more explainers, the most widespread first."""
    groups: dict[str, list[Appearance]] = {}
    for analysis in newest_first(analyses):
        for actor in analysis.actors:
            groups.setdefault(name_id(actor.name), []).append(Appearance(analysis, actor))
    shared = []
    for key, appearances in groups.items():
        if len({a.analysis.article.slug for a in appearances}) < 2:
            continue
        first = appearances[0].actor
        kinds = [a.actor.kind for a in appearances]
        described = next((a.actor for a in appearances if a.actor.description), None)
        shared.append(SharedActor(key if key != "index" else "index-actor", first.name,
                                  max(set(kinds), key=lambda k: (kinds.count(k), k)),
                                  described.description if described else None,
                                  described.description_origin if described else None, tuple(appearances)))
    shared.sort(key=lambda s: (-len(s.appearances), s.name.casefold()))
    return shared


def merged_timeline(analyses: Sequence[Analysis]) -> list[tuple[Event, Analysis]]:
    """Every dated event of every explainer, in date order, each with its explainer."""
    rows = [(event, analysis) for analysis in analyses for event in analysis.timeline]
    rows.sort(key=lambda row: (row[0].date, row[1].article.slug, row[0].evidence))
    return rows


def article_tags(analysis: Analysis) -> list[str]:
    """Tags of an explainer, at most :data:`MAX_TAGS`: its most mentioned actors (up to
    :data:`MAX_ACTOR_TAGS`), then the themes with the most arguments."""
    names = [actor.name for actor in sorted(analysis.actors, key=lambda a: (-len(a.mentions), a.name))
             if actor.kind != "media" and _SAFE_TAG.fullmatch(actor.name)][:MAX_ACTOR_TAGS]
    counts: dict[str, int] = {}
    for argument in analysis.arguments:
        if argument.theme and _SAFE_TAG.fullmatch(theme := argument.theme.capitalize()):
            counts[theme] = counts.get(theme, 0) + 1
    themes = sorted(counts, key=lambda theme: (-counts[theme], theme))
    return list(dict.fromkeys([*names, *themes]))[:MAX_TAGS]
