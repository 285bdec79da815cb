"""Pages across articles: actors that appear in several explainers, a merged timeline, tags.

An actor is the same across articles when its canonical name is (the knowledge file and the
editor's renames make names canonical), exactly as within one article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analyse.ids import name_id
from generator.model import Actor, Analysis, Argument, Event, Quote
from generator.render.environment import template_environment
from generator.render.escape import Trusted, anchor, escape_markdown
from generator.render.pages import STANCE_LABELS, citation_link, date_label, front_matter, iso_date

ACTORS_DIR = "actors"
TIMELINE_PAGE = "timeline.md"
TAGS_PAGE = "tags.md"
# Tag names end up in HTML the theme writes unescaped: only plain names become tags.
_SAFE_TAG = re.compile(r"[^\W_][\w .'’-]{0,60}")
MAX_ACTOR_TAGS = 6
KIND_NAMES = {"person": "Person", "organization": "Organisation", "product": "Product or model", "media": "Media",
              "group": "Group"}


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

    @property
    def stance(self) -> str:
        sides = self.analysis.sides
        return {"for": sides.for_label, "against": sides.against_label}.get(self.actor.stance,
                                                                            STANCE_LABELS[self.actor.stance])


@dataclass(frozen=True, slots=True)
class SharedActor:
    """An actor that appears in more than one explainer."""

    key: str
    """File name of its page: ``actors/<key>.md``."""
    name: str
    kind: str
    description: str | None
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
        description = next((a.actor.description for a in appearances if a.actor.description), None)
        shared.append(SharedActor(key if key != "index" else "index-actor", first.name,
                                  max(set(kinds), key=lambda k: (kinds.count(k), k)), description,
                                  tuple(appearances)))
    shared.sort(key=lambda s: (-len(s.appearances), s.name.casefold()))
    return shared


def merged_timeline(analyses: Sequence[Analysis]) -> list[tuple[Event, Analysis]]:
    """Every dated event of every explainer, in date order, each with its explainer."""
    rows = [(event, analysis) for analysis in analyses for event in analysis.timeline]
    rows.sort(key=lambda row: (row[0].date, row[1].article.slug, row[0].evidence))
    return rows


def article_tags(analysis: Analysis) -> list[str]:
    """Tags of an explainer: its most mentioned actors and the themes of its arguments."""
    names = [actor.name for actor in sorted(analysis.actors, key=lambda a: (-len(a.mentions), a.name))
             if actor.kind != "media"][:MAX_ACTOR_TAGS]
    themes = sorted({argument.theme.capitalize() for argument in analysis.arguments if argument.theme})
    return [tag for tag in dict.fromkeys([*names, *themes]) if _SAFE_TAG.fullmatch(tag)]


class CrossContext:
    """Helpers the cross-article templates call: links into explainers from one folder up."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        """How to reach the site root from the page (``""`` or ``"../"``)."""

    def article(self, analysis: Analysis, page: str = "index.md", fragment: str = "") -> Trusted:
        target = f"{self.prefix}{analysis.article.slug}/{page}" + (f"#{anchor(fragment)}" if fragment else "")
        return Trusted(target)

    def cite(self, analysis: Analysis, evidence: Sequence[str]) -> Trusted:
        links = []
        for sentence_id in evidence:
            try:
                sentence = analysis.article.sentence(sentence_id)
            except (KeyError, ValueError):
                continue
            links.append(citation_link(self.article(analysis, "source.md", sentence_id), sentence_id[1:],
                                       sentence.text))
        return Trusted(" ".join(links))

    def kind(self, kind: str) -> str:
        return KIND_NAMES.get(kind, kind)


def cross_pages(analyses: Sequence[Analysis], *, template_dir: str | None = None) -> dict[str, str]:
    """The cross-article pages; none for a site of a single explainer."""
    if len(analyses) < 2:
        return {}
    env = template_environment(template_dir)
    actors = shared_actors(analyses)
    common = {"iso": iso_date, "date": date_label}
    pages = {
        f"{ACTORS_DIR}/index.md": env.get_template("cross_actors.md.j2").render(
            actors=actors, c=CrossContext("../"), front_matter=front_matter(
                "Actors across articles", "People and organisations that appear in several explainers"), **common),
        TIMELINE_PAGE: env.get_template("cross_timeline.md.j2").render(
            rows=merged_timeline(analyses), c=CrossContext(""), front_matter=front_matter(
                "Timeline across articles", "Every dated event of every explainer, in date order"), **common),
        TAGS_PAGE: env.get_template("tags.md.j2").render(
            front_matter=front_matter("Tags", "Explainers by actor and theme")),
    }
    for shared in actors:
        pages[f"{ACTORS_DIR}/{shared.key}.md"] = env.get_template("cross_actor.md.j2").render(
            actor=shared, c=CrossContext("../"), front_matter=front_matter(
                f"{shared.name} across articles", shared.description), **common)
    return pages


def see_also(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Markdown to append to each explainer's actors page: links to the cross-article pages of
    its actors that other explainers share. Kept apart from the article's own pages so their
    rendering never depends on the other articles."""
    by_slug: dict[str, list[tuple[SharedActor, Appearance]]] = {}
    for shared in shared_actors(analyses):
        for appearance in shared.appearances:
            by_slug.setdefault(appearance.analysis.article.slug, []).append((shared, appearance))
    out = {}
    for slug, rows in sorted(by_slug.items()):
        lines = ["", "## In other explainers", ""]
        for shared, appearance in sorted(rows, key=lambda row: row[0].name.casefold()):
            others = len({a.analysis.article.slug for a in shared.appearances}) - 1
            lines.append(f"- [{escape_markdown(appearance.actor.name)}](../{ACTORS_DIR}/{shared.key}.md): "
                         f"in {others} other explainer{'s' if others != 1 else ''}")
        out[f"{slug}/actors.md"] = "\n".join(lines) + "\n"
    return out


def cross_links(analyses: Sequence[Analysis]) -> list[tuple[str, str]]:
    """(title, path) of the cross-article pages, empty for a single explainer."""
    if len(analyses) < 2:
        return []
    return [("Actors across articles", f"{ACTORS_DIR}/index.md"), ("Timeline across articles", TIMELINE_PAGE),
            ("Tags", TAGS_PAGE)]


def cross_navigation(analyses: Sequence[Analysis]) -> list[object]:
    """The "Across articles" section of the navigation, empty for a single explainer."""
    links = cross_links(analyses)
    if not links:
        return []
    from generator.render.escape import escape_html

    actors: list[object] = [{"All shared actors": links[0][1]}]
    actors.extend({escape_html(shared.name): f"{ACTORS_DIR}/{shared.key}.md"} for shared in shared_actors(analyses))
    return [{"Across articles": [{"Actors": actors}, {"Timeline": links[1][1]}, {"Tags": links[2][1]}]}]
