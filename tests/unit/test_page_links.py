"""Links between an explainer's pages land on ids those pages define."""

from __future__ import annotations

import dataclasses
import re

from markdown.extensions.toc import slugify

from generator.model import Analysis
from generator.render.pages import render_article

LINK = re.compile(r"\]\(([a-z]+)\.md(?:#([^)\s]+))?\)")
DEFINED = re.compile(r"\{ #([^\s}]+) \}|\bid=\"([^\"]+)\"")
PLAIN_HEADING = re.compile(r"^#+ ([^{\n]+)$", re.MULTILINE)


def _ids(markdown: str) -> set[str]:
    """Ids a page defines: explicit ones, and those the toc extension gives plain headings."""
    return {a or b for a, b in DEFINED.findall(markdown)} | {
        slugify(title, "-") for title in PLAIN_HEADING.findall(markdown)}


def _with_actor_ids(analysis: Analysis, rename) -> Analysis:
    """The analysis with every actor id passed through ``rename``, references included."""
    actors = tuple(dataclasses.replace(a, id=rename(a.id)) for a in analysis.actors)
    quotes = tuple(dataclasses.replace(q, speaker=rename(q.speaker) if q.speaker else None)
                   for q in analysis.quotes)
    return dataclasses.replace(analysis, actors=actors, quotes=quotes)


def _broken_links(analysis: Analysis) -> list[str]:
    pages = render_article(analysis, model_name="test")
    slug = analysis.article.slug
    defined = {page: _ids(text) for page, text in pages.items()}
    broken = []
    for page, text in pages.items():
        for target, fragment in LINK.findall(text):
            if f"{slug}/{target}.md" not in defined or (fragment and fragment not in defined[f"{slug}/{target}.md"]):
                broken.append(f"{page} -> {target}.md#{fragment}")
    return broken


def test_an_explainer_has_six_pages_and_links_only_to_them(seed_analysis):
    pages = render_article(seed_analysis, model_name="test")
    slug = seed_analysis.article.slug
    assert sorted(pages) == sorted(f"{slug}/{name}.md" for name in
                                   ("index", "background", "actors", "arguments", "stakes", "source"))
    targets = {target for text in pages.values() for target, _ in LINK.findall(text)}
    assert targets == {"index", "background", "actors", "arguments", "stakes", "source"} - {"index"}


def test_every_link_to_an_actor_or_section_lands_on_an_id(seed_analysis):
    assert _broken_links(seed_analysis) == []


def test_actor_ids_that_are_not_plain_html_ids_still_link(seed_analysis):
    # A name such as "3D Systems" or "01.AI" gives an id that starts with a digit; the pages
    # replace such ids by a hashed form, and every link must use the same form.
    renamed = _with_actor_ids(seed_analysis, lambda actor_id: f"0{actor_id}")
    assert renamed.quotes and any(q.speaker for q in renamed.quotes)
    assert _broken_links(renamed) == []
