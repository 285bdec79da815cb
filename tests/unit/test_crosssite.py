"""Pages across articles: shared actors by canonical name, merged timeline, safe tags."""

from __future__ import annotations

import dataclasses

from generator.corpus import article_tags, merged_timeline, shared_actors
from generator.render.crosssite import cross_navigation, cross_pages
from generator.model import Analysis


def other_article(analysis: Analysis, slug: str, published: str) -> Analysis:
    """A second explainer sharing the seed's actors (same canonical names), under another slug."""
    article = dataclasses.replace(analysis.article, slug=slug,
                                  meta=dataclasses.replace(analysis.article.meta, published=published,
                                                           title=f"Another look ({slug})"))
    return dataclasses.replace(analysis, article=article)


def test_single_explainer_has_no_cross_pages(seed_analysis):
    assert cross_pages([seed_analysis]) == {} and cross_navigation([seed_analysis]) == []


def test_actor_in_two_explainers_gets_a_page_with_both(seed_analysis):
    second = other_article(seed_analysis, "second-look", "2024-01")
    renamed = dataclasses.replace(second, actors=tuple(
        dataclasses.replace(a, id="zuck", name="Mark Zuckerberg") if a.id == "mark-zuckerberg" else a
        for a in second.actors))
    shared = {s.key: s for s in shared_actors([seed_analysis, renamed])}
    assert "meta" in shared and "mark-zuckerberg" in shared  # the name decides, not the in-article id
    meta = shared["meta"]
    assert [ap.analysis.article.slug for ap in meta.appearances] == ["second-look", "meta-llama-2-open-models"]
    pages = cross_pages([seed_analysis, renamed])
    assert {"actors/index.md", "actors/meta.md", "timeline.md", "tags.md"} <= set(pages)
    assert "../second-look/actors.md#meta" in pages["actors/meta.md"]
    assert "../meta-llama-2-open-models/source.md#s" in pages["actors/meta.md"]
    assert "<!-- material/tags -->" in pages["tags.md"]


def test_merged_timeline_is_in_date_order_across_explainers(seed_analysis):
    second = other_article(seed_analysis, "second-look", "2024-01")
    rows = merged_timeline([second, seed_analysis])
    assert len(rows) == 2 * len(seed_analysis.timeline)
    assert [event.date for event, _ in rows] == sorted(event.date for event, _ in rows)


def test_tags_keep_only_plain_names(seed_analysis):
    hostile = dataclasses.replace(seed_analysis.actors[0], name='<img src=x onerror="alert(1)">',
                                  mentions=seed_analysis.actors[0].mentions * 5)
    analysis = dataclasses.replace(seed_analysis, actors=(hostile, *seed_analysis.actors[1:]))
    tags = article_tags(analysis)
    assert tags and not any(ch in "".join(tags) for ch in '<>"=&')


def test_at_most_eight_tags_the_main_actors_then_the_biggest_themes(seed_analysis):
    from collections import Counter

    tags = article_tags(seed_analysis)
    assert len(tags) == 8
    actors = [a.name for a in sorted(seed_analysis.actors, key=lambda a: (-len(a.mentions), a.name))
              if a.kind != "media"][:5]
    assert tags[:5] == actors
    themes = Counter(argument.theme.capitalize() for argument in seed_analysis.arguments)
    assert tags[5:] == sorted(themes, key=lambda theme: (-themes[theme], theme))[:3]


def test_actors_pages_link_to_the_shared_actor_pages(seed_analysis):
    from generator.render.crosssite import see_also

    second = other_article(seed_analysis, "second-look", "2024-01")
    extra = see_also([seed_analysis, second])
    assert set(extra) == {"second-look/actors.md", "meta-llama-2-open-models/actors.md"}
    assert "- [Meta](../actors/meta.md): in 1 other explainer\n" in extra["second-look/actors.md"]
    assert see_also([seed_analysis]) == {}


def test_a_long_merged_timeline_is_paged_by_year_then_month(seed_analysis):
    from generator.render.crosssite import timeline_periods

    event = seed_analysis.timeline[0]
    rows = [(dataclasses.replace(event, date=f"2023-{month:02d}"), seed_analysis) for month in range(1, 13)
            for _ in range(40)] + [(dataclasses.replace(event, date="2022"), seed_analysis)] * 5
    rows.sort(key=lambda row: row[0].date)
    pages = timeline_periods(rows, size=100)
    assert [p.key for p in pages][:2] == ["2022", "2023-01"]
    assert all(len(p.rows) <= 100 for p in pages)
    assert sum(len(p.rows) for p in pages) == len(rows)
    assert pages[1].label == "January 2023"
    small = timeline_periods(rows[:50], size=100)
    assert [p.key for p in small] == ["2022", "2023"]


def test_the_cross_timeline_page_links_its_periods_when_it_is_long(seed_analysis, monkeypatch):
    from generator.render import crosssite

    monkeypatch.setattr(crosssite, "TIMELINE_PAGE_SIZE", 3)
    other = dataclasses.replace(seed_analysis, article=dataclasses.replace(seed_analysis.article, slug="other"))
    pages = crosssite.cross_pages([seed_analysis, other])
    periods = [uri for uri in pages if uri.startswith("timeline/")]
    assert len(periods) >= 2
    assert all(f"]({uri})" in pages["timeline.md"] for uri in periods)
    assert '<ol class="timeline"' not in pages["timeline.md"]
    assert all("(../other/background.md#timeline)" in pages[uri] and "[All periods](../timeline.md)" in pages[uri]
               for uri in periods)
