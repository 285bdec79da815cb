"""The explainers' index: every explainer, newest first, on pages of bounded size.

The home page shows the newest explainers; ``explainers/`` lists the archive's pages, one
per year, a busy year split by month and a busy month into numbered parts, so that no page
lists more than :data:`PAGE_SIZE` explainers however big the site grows. The navigation
links only the index, never every explainer (see :func:`generator.site.navigation`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.corpus import newest_first
from generator.model import Analysis
from generator.render.environment import template_environment
from generator.render.pages import date_label, front_matter, iso_date
from generator.render.titles import short_title

ARCHIVE_DIR = "explainers"
INDEX_PAGE = f"{ARCHIVE_DIR}/index.md"
PAGE_SIZE = 50
"""Most explainers one archive page lists."""
HOME_LIMIT = 10
"""Explainers the home page lists before pointing to the archive."""
UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class ArchivePage:
    """One page of the archive."""

    key: str
    """File name without ``.md``: ``2024``, ``2024-09``, ``2024-09-2`` or ``undated``."""
    label: str
    """What the page is called: "2024", "September 2024", "September 2024, part 2"."""
    year: str
    """The year it belongs to, or ``undated``."""
    analyses: tuple[Analysis, ...]
    """Its explainers, newest first."""

    @property
    def path(self) -> str:
        return f"{ARCHIVE_DIR}/{self.key}.md"


def archive_pages(analyses: Sequence[Analysis], size: int = PAGE_SIZE) -> list[ArchivePage]:
    """The archive's pages, newest first: a year per page, by month when a year has more than
    ``size`` explainers, and in parts when a month (or the undated ones) still has."""
    years: dict[str, list[Analysis]] = {}
    for analysis in newest_first(analyses):
        published = analysis.article.meta.published or ""
        years.setdefault(published[:4] if published[:4].isdigit() else UNDATED, []).append(analysis)
    pages: list[ArchivePage] = []
    for year, members in years.items():
        label = "Undated" if year == UNDATED else year
        if len(members) <= size or year == UNDATED:
            pages.extend(_parts(year, label, year, members, size))
            continue
        months: dict[str, list[Analysis]] = {}
        for analysis in members:
            month = (analysis.article.meta.published or "")[:7]
            months.setdefault(month if len(month) == 7 else year, []).append(analysis)
        for month, group in months.items():
            pages.extend(_parts(month, date_label(month) if month != year else f"{year}, month not given",
                                year, group, size))
    return pages


def _parts(key: str, label: str, year: str, members: list[Analysis], size: int) -> list[ArchivePage]:
    chunks = [members[start:start + size] for start in range(0, len(members), size)]
    return [ArchivePage(key if number == 1 else f"{key}-{number}",
                        label if len(chunks) == 1 else f"{label}, part {number}", year, tuple(chunk))
            for number, chunk in enumerate(chunks, start=1)]


class ArchiveContext:
    """Helpers of the archive templates: links to explainers from one folder down."""

    iso = staticmethod(iso_date)
    date = staticmethod(date_label)
    short = staticmethod(lambda analysis: short_title(analysis.article.title))

    @staticmethod
    def article(analysis: Analysis) -> str:
        return f"../{analysis.article.slug}/index.md"


def render_archive(analyses: Sequence[Analysis], *, template_dir: str | None = None) -> dict[str, str]:
    """The index page and every archive page; none for a site of a single explainer."""
    if len(analyses) < 2:
        return {}
    env = template_environment(template_dir)
    pages = archive_pages(analyses)
    years: dict[str, list[ArchivePage]] = {}
    for page in pages:
        years.setdefault(page.year, []).append(page)
    # A small site's index lists its explainers; a big one's, its pages.
    out = {INDEX_PAGE: env.get_template("explainers.md.j2").render(
        years=years, total=len(analyses), page_size=PAGE_SIZE, c=ArchiveContext(), front_matter=front_matter(
            "All explainers", f"Every explainer of the site, {len(analyses)} in all, by date"))}
    for number, page in enumerate(pages):
        newer = pages[number - 1] if number > 0 else None
        older = pages[number + 1] if number + 1 < len(pages) else None
        out[page.path] = env.get_template("explainers_page.md.j2").render(
            page=page, newer=newer, older=older, c=ArchiveContext(),
            front_matter=front_matter(f"Explainers: {page.label}", f"Explainers of {page.label}"))
    return out
