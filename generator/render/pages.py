"""Render an analysis into the Markdown pages of its explainer, and the site's home page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from generator.corpus import article_tags
from generator.ids import name_id
from generator.model import Actor, Analysis, Argument, Event, Figure, Quote
from generator.render import limits
from generator.render.environment import template_environment
from generator.render.escape import (
    Trusted,
    anchor,
    escape_attribute,
    escape_html,
    escape_markdown,
    escape_tooltip,
    is_safe_abbreviation,
)
from generator.render.marks import edit_marks
from generator.render.salience import key_figure
from generator.render.titles import short_title

KIND_LABELS = {"person": "People", "organization": "Organisations", "product": "Products",
               "media": "Media", "group": "Groups"}
KIND_NAMES = {"person": "Person", "organization": "Organisation", "product": "Product or model", "media": "Media",
              "group": "Group"}
STANCE_LABELS = {"for": "For", "against": "Against", "mixed": "Mixed", "none": "No stance stated"}
# Pages people search for by name or topic rank above the rest (Material's per-page boost).
SEARCH_BOOST = {"actors.md": 2, "arguments.md": 2}
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page of an explainer: file name, navigation title and template."""

    filename: str
    title: str
    template: str


# Six pages: a reader finds everything in a few places, and the sidebar stays short.
ARTICLE_PAGES: tuple[PageSpec, ...] = (
    PageSpec("index.md", "Overview", "overview.md.j2"),
    PageSpec("background.md", "Background and timeline", "background.md.j2"),
    PageSpec("actors.md", "Actors and quotes", "actors.md.j2"),
    PageSpec("arguments.md", "Arguments", "arguments.md.j2"),
    PageSpec("stakes.md", "Stakes and figures", "stakes.md.j2"),
    PageSpec("source.md", "Source and method", "source.md.j2"),
)
# Where each part of an explainer lives: page and anchor, for links between pages.
SECTIONS: dict[str, str] = {
    "background": "background.md", "timeline": "background.md#timeline", "terms": "background.md#terms",
    "actors": "actors.md", "unattributed": "actors.md#quotes-unattributed", "arguments": "arguments.md",
    "stakes": "stakes.md", "figures": "stakes.md#figures", "positions": "stakes.md#positions",
    "source": "source.md", "method": "source.md#method",
}
KNOWLEDGE_NOTE = "from our knowledge file, not the article"
"""Beside a description that the knowledge file gave, not the article."""


def pages_of(analysis: Analysis) -> tuple[PageSpec, ...]:
    """The pages an explainer has: no arguments page when no question is at issue, and only the
    overview and the source (with the method) when the text was not analysed (not in English)."""
    if not analysis.analysed:
        return tuple(spec for spec in ARTICLE_PAGES if spec.filename in ("index.md", "source.md"))
    if analysis.sides is None:
        return tuple(spec for spec in ARTICLE_PAGES if spec.filename != "arguments.md")
    return ARTICLE_PAGES


def citation_link(target: str, number: str, sentence: str) -> str:
    """A citation: a Markdown link to the sentence, which it carries in ``data-sentence``.

    ``explainer.js`` shows that text (as text, never as HTML) in one shared tooltip on hover
    and focus. A ``title`` would make the theme set up a tooltip of its own for every
    citation when the page loads, the biggest share of its script time on a long page.
    """
    return (f'[{number}]({target}){{ .cite aria-label="Source sentence {number}" '
            f'data-sentence="{escape_attribute(sentence)}" }}')


def iso_date(date: str | None) -> Trusted:
    """A ``YYYY[-MM[-DD]]`` date as is, for ``<time datetime>``; anything else escaped."""
    text = (date or "").strip()
    return Trusted(text) if _ISO_DATE.fullmatch(text) else Trusted(escape_attribute(text))


def event_date(event: Event) -> str:
    """The date of an event as a reader sees it: "about 2026" when the text gives it only roughly."""
    label = date_label(event.date)
    return f"about {label}" if event.approximate else label


def date_label(date: str | None) -> str:
    """``2023-07-18`` -> ``18 July 2023``, ``2023-07`` -> ``July 2023``; other text unchanged."""
    text = (date or "").strip()
    if not _ISO_DATE.fullmatch(text):
        return text
    parts = text.split("-")
    if len(parts) == 1 or not 1 <= int(parts[1]) <= 12:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


class PageContext:
    """Helpers the templates call: citations, actor links, labels."""

    def __init__(self, analysis: Analysis, model_name: str) -> None:
        self.analysis = analysis
        self.model_name = model_name
        self.short_title = short_title(analysis.article.title)
        self._actors = {actor.id: actor for actor in analysis.actors}
        self._main: set[str] | None = None
        self.limits = limits
        self._quotes: dict[str, list[Quote]] = {}
        for quote in analysis.quotes:
            self._quotes.setdefault(quote.speaker or "", []).append(quote)
        self._arguments: dict[str, list[Argument]] = {}
        for argument in analysis.arguments:
            self._arguments.setdefault(argument.speaker or "", []).append(argument)

    @staticmethod
    def count(number: int, noun: str, plural: str | None = None) -> str:
        """``1 quotation``, ``2 quotations``."""
        return f"{number} {noun if number == 1 else plural or noun + 's'}"

    @staticmethod
    def link(section: str) -> Trusted:
        """The page (and anchor) of a part of the explainer, e.g. ``timeline``."""
        return Trusted(SECTIONS[section])

    def explainer_of(self) -> Trusted:
        """The explainer's short title after a page's heading, so that search results and
        the page itself say which explainer a page such as "Arguments" belongs to. The
        separator is for search and screen readers; on screen the title is a line of its own."""
        return Trusted(f'<span class="explainer-of"><span class="explainer-of-sep"> · </span>'
                       f"{escape_markdown(self.short_title)}</span>")

    @staticmethod
    def origin(actor: Actor) -> Trusted:
        """A note after a description that the knowledge file gave, not the article."""
        if actor.description_origin != "knowledge":
            return Trusted("")
        return Trusted(f' <span class="origin-note">({KNOWLEDGE_NOTE})</span>')

    def said(self, actor: Actor) -> Trusted:
        """How many quotations and arguments an actor has, for its card; empty for none."""
        quotes = len([q for q in self.quotes_of(actor) if not q.fragment])
        arguments = len(self.arguments_of(actor))
        parts = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in ((quotes, "quote"), (arguments, "argument")) if n]
        return Trusted(f' <span class="actor-count">{" · ".join(parts)}</span>' if parts else "")

    def cite(self, evidence: Sequence[str]) -> Trusted:
        """Citation links to the source sentences, each carrying its sentence for the tooltip."""
        links = []
        for sentence_id in evidence:
            try:
                sentence = self.analysis.article.sentence(sentence_id)
            except (KeyError, ValueError):
                continue
            links.append(citation_link(f"source.md#{sentence_id}", sentence_id[1:], sentence.text))
        return Trusted(" ".join(links))

    def join(self, items: Sequence[object], separator: str = ", ") -> Trusted:
        """Article-derived values, each escaped, joined by a separator of our own."""
        return Trusted(separator.join(escape_markdown(item) for item in items))

    iso = staticmethod(iso_date)
    date = staticmethod(date_label)
    when = staticmethod(event_date)

    def anchor(self, text: str) -> Trusted:
        """A URL-safe anchor id for a label such as an argument theme."""
        return Trusted(name_id(text))

    def counts(self) -> dict[str, int]:
        """How many items of each kind the analysis found, for cards and the method page."""
        a = self.analysis
        return {"actors": len(a.actors), "quotes": sum(1 for q in a.quotes if not q.fragment),
                "for": sum(1 for x in a.arguments if x.side == "for"),
                "against": sum(1 for x in a.arguments if x.side == "against"),
                "stakes": len(a.stakes), "events": len(a.timeline), "figures": len(a.figures),
                "terms": len(a.glossary), "sentences": len(a.article.sentences)}

    def key_dates(self, limit: int = 3) -> list[Event]:
        """The first distinct dates of the timeline's past events."""
        seen: dict[str, Event] = {}
        for event in self.analysis.timeline:
            if not event.expected:
                seen.setdefault(event.date, event)
        return list(seen.values())[:limit]

    def key_figure(self) -> Figure | None:
        """The figure the overview's card shows (see generator/render/salience.py)."""
        return key_figure(self.analysis.figures, len(self.analysis.article.sentences))

    def actor(self, actor_id: str | None) -> Actor | None:
        return self._actors.get(actor_id or "")

    def marks(self, item_id: str | None) -> Trusted:
        """The "edited" badge and editor's note of an item, empty when no editor touched it."""
        return edit_marks(self.analysis, item_id)

    def speaker(self, actor_id: str | None) -> Trusted:
        """Link to the speaker's section on the actors page, or "the article" for none."""
        actor = self.actor(actor_id)
        if actor is None:
            return Trusted("*the article*")
        return Trusted(f"[{escape_markdown(actor.name)}](actors.md#{anchor(actor.id)})")

    def quotes_of(self, actor: Actor) -> list[Quote]:
        return self._quotes.get(actor.id, [])

    def arguments_of(self, actor: Actor) -> list[Argument]:
        return self._arguments.get(actor.id, [])

    def actors_by_kind(self) -> list[tuple[str, list[Actor]]]:
        """The actors shown in full, by kind (see generator/render/limits.py)."""
        main = self._main_actors()
        groups = []
        for kind, label in KIND_LABELS.items():
            members = [actor for actor in self.analysis.actors if actor.kind == kind and actor.id in main]
            if members:
                groups.append((label, members))
        return groups

    def minor_actors(self) -> list[Actor]:
        """The other actors, for the actors page's compact table, most mentioned first."""
        main = self._main_actors()
        return [actor for actor in self.analysis.actors if actor.id not in main]

    def _main_actors(self) -> set[str]:
        if self._main is None:
            self._main = limits.main_actors(self.analysis.actors)
        return self._main

    def kind_name(self, kind: str) -> str:
        return KIND_NAMES.get(kind, kind)

    def stance_label(self, stance: str) -> str:
        sides = self.analysis.sides
        if sides is None:
            return STANCE_LABELS[stance]
        return {"for": sides.for_label, "against": sides.against_label}.get(stance, STANCE_LABELS[stance])

    def involved(self, limit: int = 6) -> list[Actor]:
        """Who is involved: the actors mentioned most, people and organisations first."""
        ranked = sorted(self.analysis.actors, key=lambda actor: (actor.kind not in ("person", "organization"),
                                                                 -len(actor.mentions), actor.name))
        return ranked[:limit]

    def open_points(self, limit: int = 5) -> list[Event]:
        """What is not yet known: the expected events of the timeline, soonest first."""
        return [event for event in self.analysis.timeline if event.expected][:limit]

    def happened(self, limit: int = 5) -> list[Event]:
        """What happened: the dated past events, most recent last."""
        return [event for event in self.analysis.timeline if not event.expected][-limit:]

    def themes(self) -> list[tuple[str, list, list]]:
        """Arguments grouped by theme: (theme, for, against), biggest themes first."""
        themes: dict[str, tuple[list, list]] = {}
        for argument in self.analysis.arguments:
            pair = themes.setdefault(argument.theme, ([], []))
            pair[0 if argument.side == "for" else 1].append(argument)
        ordered = sorted(themes.items(), key=lambda item: (-len(item[1][0]) - len(item[1][1]), item[0]))
        return [(theme, pro, con) for theme, (pro, con) in ordered]

    def paragraphs(self) -> list[tuple[str, list]]:
        """Sentences of the source grouped by block, with the block kind."""
        out: list[tuple[str, list]] = []
        current = -1
        for sentence in self.analysis.article.sentences:
            if sentence.paragraph != current:
                out.append((sentence.kind, []))
                current = sentence.paragraph
            out[-1][1].append(sentence)
        return out


def language(analysis: Analysis) -> str | None:
    """The article's language as a well-formed BCP 47 tag, or None."""
    tag = (analysis.article.meta.language or "").strip()
    return tag if _LANGUAGE.fullmatch(tag) else None


def front_matter(title: str, description: str | None = None, **extra: object) -> Trusted:
    """YAML front matter, written with ``yaml.safe_dump``; title and description are
    HTML-escaped because the theme prints them unescaped."""
    data = {"title": escape_html(title), **extra}
    if description:
        data["description"] = escape_html(description)
    return Trusted("---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True) + "---\n\n")


def abbreviations(analysis: Analysis) -> Trusted:
    """Abbreviation definitions so glossary terms get tooltips on every page."""
    lines = []
    for term in analysis.glossary:
        for form in {term.term, *(filter(None, [term.abbreviation]))}:
            if is_safe_abbreviation(form):
                lines.append(f"*[{form}]: {escape_tooltip(term.definition)}")
    return Trusted("\n" + "\n".join(sorted(set(lines))) + "\n" if lines else "")


def render_article(analysis: Analysis, *, model_name: str, template_dir: str | None = None) -> dict[str, str]:
    """All pages of one explainer, as ``{"<slug>/<file>.md": markdown}``."""
    env = template_environment(template_dir)
    context = PageContext(analysis, model_name)
    pages = {}
    article = analysis.article
    lang = language(analysis)
    lede = analysis.lede.text if analysis.lede else None
    pages_here = pages_of(analysis)
    for spec in pages_here:
        extra: dict[str, object] = {}
        if spec.filename in SEARCH_BOOST:
            extra["search"] = {"boost": SEARCH_BOOST[spec.filename]}
        if lang:
            extra["lang"] = lang
        if spec.filename == "index.md":
            matter = front_matter(article.title, lede, **extra, **({"tags": tags} if (tags := article_tags(analysis))
                                                                    else {}))
        else:
            matter = front_matter(f"{spec.title} · {context.short_title}", f"{spec.title} of the explainer "
                                  f"on {article.title}", **extra)
        body = env.get_template(spec.template).render(
            a=analysis, article=article, page=spec, c=context, pages=pages_here,
            front_matter=matter, abbreviations=abbreviations(analysis),
        )
        pages[f"{analysis.article.slug}/{spec.filename}"] = body
    return pages


def render_home(analyses: Sequence[Analysis], *, site_name: str, template_dir: str | None = None,
                across: Sequence[tuple[str, str]] = (), limit: int | None = None, archive: str | None = None) -> str:
    """The home page: the newest explainers (``limit`` of them, or all) with their ledes;
    ``archive`` links the explainers' index, ``across`` the cross-article pages as (title,
    path) pairs."""
    env = template_environment(template_dir)
    ordered = sorted(analyses, key=lambda a: (a.article.meta.published or "", a.article.slug), reverse=True)
    return env.get_template("home.md.j2").render(
        analyses=ordered[:limit], total=len(ordered), archive=archive, site_name=site_name,
        front_matter=front_matter(site_name), iso=iso_date, date=date_label, across=across,
    )
