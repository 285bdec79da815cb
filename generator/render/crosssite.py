"""Pages across articles: shared actors, the merged timeline and tags, rendered from :mod:`generator.corpus`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.corpus import Appearance, SharedActor, merged_timeline, shared_actors
from generator.model import Analysis, Event
from generator.render.environment import template_environment
from generator.render.escape import Trusted, anchor, escape_markdown
from generator.render.pages import (
    KNOWLEDGE_NOTE,
    STANCE_LABELS,
    citation_link,
    date_label,
    event_date,
    front_matter,
    iso_date,
)
from generator.render.titles import short_title

ACTORS_DIR = "actors"
TIMELINE_PAGE = "timeline.md"
TIMELINE_DIR = "timeline"
TIMELINE_PAGE_SIZE = 300
"""Most events one page of the merged timeline lists; more are split by year, then month, then in parts."""
TAGS_PAGE = "tags.md"
KIND_NAMES = {"person": "Person", "organization": "Organisation", "product": "Product", "media": "Media",
              "group": "Group"}


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

    knowledge_note = KNOWLEDGE_NOTE

    @staticmethod
    def short(analysis: Analysis) -> str:
        """The explainer's short title (see :mod:`generator.render.titles`)."""
        return short_title(analysis.article.title)

    def kind(self, kind: str) -> str:
        return KIND_NAMES.get(kind, kind)

    def stance(self, appearance: Appearance) -> str:
        """The actor's stance in one explainer, named as that explainer names its sides."""
        sides = appearance.analysis.sides
        stance = appearance.actor.stance
        if sides is None:
            return STANCE_LABELS[stance]
        return {"for": sides.for_label, "against": sides.against_label}.get(stance, STANCE_LABELS[stance])


def cross_pages(analyses: Sequence[Analysis], *, template_dir: str | None = None) -> dict[str, str]:
    """The cross-article pages; none for a site of a single explainer."""
    if len(analyses) < 2:
        return {}
    env = template_environment(template_dir)
    actors = shared_actors(analyses)
    common = {"iso": iso_date, "date": date_label, "when": event_date}
    pages = {
        f"{ACTORS_DIR}/index.md": env.get_template("cross_actors.md.j2").render(
            actors=actors, c=CrossContext("../"), front_matter=front_matter(
                "Actors across articles", "People and organisations that appear in several explainers"), **common),
        **timeline_pages(env, merged_timeline(analyses), common),
        TAGS_PAGE: env.get_template("tags.md.j2").render(
            front_matter=front_matter("Tags", "Explainers by actor and theme")),
    }
    for shared in actors:
        pages[f"{ACTORS_DIR}/{shared.key}.md"] = env.get_template("cross_actor.md.j2").render(
            actor=shared, c=CrossContext("../"), front_matter=front_matter(
                f"{shared.name} across articles", shared.description), **common)
    return pages


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """One page of the merged timeline: its events and how the index names it."""

    key: str
    label: str
    rows: tuple[tuple[Event, Analysis], ...]

    @property
    def path(self) -> str:
        return f"{TIMELINE_DIR}/{self.key}.md"


def timeline_periods(rows: Sequence[tuple[Event, Analysis]], size: int = TIMELINE_PAGE_SIZE) -> list[TimelinePage]:
    """The merged timeline cut into pages of at most ``size`` events, in date order: a year per
    page, a busy year by month, a busy month in parts."""
    def grouped(items: Sequence[tuple[Event, Analysis]], width: int) -> dict[str, list[tuple[Event, Analysis]]]:
        out: dict[str, list[tuple[Event, Analysis]]] = {}
        for row in items:
            out.setdefault(row[0].date[:width], []).append(row)
        return out

    pages: list[TimelinePage] = []
    for year, in_year in grouped(rows, 4).items():
        periods = {year: in_year} if len(in_year) <= size else grouped(in_year, 7)
        for period, members in periods.items():
            label = date_label(period) if len(period) == 7 else (f"{year}, month not given" if period == year
                                                                   and len(periods) > 1 else year)
            chunks = [members[start:start + size] for start in range(0, len(members), size)]
            pages.extend(TimelinePage(period if n == 1 else f"{period}-{n}",
                                      label if len(chunks) == 1 else f"{label}, part {n}", tuple(chunk))
                         for n, chunk in enumerate(chunks, start=1))
    return pages


def timeline_pages(env: Any, rows: Sequence[tuple[Event, Analysis]], common: dict[str, Any]) -> dict[str, str]:
    """``timeline.md`` with every event when they fit one page; else an index of periods
    (``timeline.md``) and a page per period under ``timeline/``, so no page grows with the site."""
    template = env.get_template("cross_timeline.md.j2")
    description = "Every dated event of every explainer, in date order"
    if len(rows) <= TIMELINE_PAGE_SIZE:
        return {TIMELINE_PAGE: template.render(rows=rows, periods=(), c=CrossContext(""), front_matter=front_matter(
            "Timeline across articles", description), **common)}
    periods = timeline_periods(rows)
    pages = {TIMELINE_PAGE: template.render(rows=(), periods=periods, c=CrossContext(""), front_matter=front_matter(
        "Timeline across articles", description), **common)}
    for period in periods:
        pages[period.path] = template.render(rows=period.rows, periods=(), period=period, c=CrossContext("../"),
                                             front_matter=front_matter(f"Timeline: {period.label}",
                                                                       f"Events of {period.label}"), **common)
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
    """The "Across articles" section of the navigation, empty for a single explainer. The
    page of each shared actor is reached from the actors' index, not listed here: the
    navigation keeps its size however many actors the explainers share."""
    links = cross_links(analyses)
    if not links:
        return []
    return [{"Across articles": [{"Actors": links[0][1]}, {"Timeline": links[1][1]}, {"Tags": links[2][1]}]}]
