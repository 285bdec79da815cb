"""Navigation of bounded size: short titles, the archive's pages, each page's own navigation."""

from __future__ import annotations

import dataclasses

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation

from generator.plugin import PrunedNavigation
from generator.render.archive import INDEX_PAGE, archive_pages, render_archive
from generator.render.pages import render_home
from generator.render.titles import SHORT_TITLE, short_title
from generator.site import SiteBuild, navigation


@pytest.mark.parametrize("title, short", [
    ("Meta and OpenAI clash over open model weights at Berlin forum",
     "Meta and OpenAI clash over open model weights at Berlin forum"),  # short enough
    ("Meta opens Llama 2: the fight between open and closed large language models", "Meta opens Llama 2"),
    ("“Open weights are our strategy”: the research chief of a start-up on the openness fight",
     "“Open weights are our strategy”"),
    ("Harbridge council backs £12 congestion charge despite union and business anger",
     "Harbridge council backs £12 congestion charge"),
    ("Takeaways from the mayor's contentious testimony in the long-running civil fraud trial",
     "Takeaways from the mayor's contentious testimony"),
    ("'Salt Roads' wins surprise prize at the festival, raising its hopes for the spring awards",
     "'Salt Roads' wins surprise prize at the festival"),
    ("Strandhaven nuclear plant could run until 2045 under a government plan for the coast",
     "Strandhaven nuclear plant could run until 2045"),
    ("Supercalifragilistic expialidocious headlinewithoutanybreaks keepsgoingon andon of the",
     "Supercalifragilistic expialidocious headlinewithoutanybreaks…"),
])
def test_a_short_title_keeps_the_main_clause_of_a_long_headline(title, short):
    assert short_title(title) == short
    assert len(short_title(title)) <= SHORT_TITLE


def copies(analysis, dates):
    """Explainers like ``analysis``, one per publication date, with slugs a0, a1, ..."""
    out = []
    for number, published in enumerate(dates):
        article = dataclasses.replace(analysis.article, slug=f"a{number}",
                                      meta=dataclasses.replace(analysis.article.meta, published=published))
        out.append(dataclasses.replace(analysis, article=article))
    return out


def test_archive_pages_are_years_busy_years_by_month_busy_months_in_parts(seed_analysis):
    dates = ["2021-05-01"] * 3 + [f"2023-{1 + n % 2:02d}-10" for n in range(8)] + ["2023"] + [None] * 5
    pages = archive_pages(copies(seed_analysis, dates), size=3)
    assert [(p.key, p.label, len(p.analyses)) for p in pages] == [
        ("2023-02", "February 2023, part 1", 3), ("2023-02-2", "February 2023, part 2", 1),
        ("2023-01", "January 2023, part 1", 3), ("2023-01-2", "January 2023, part 2", 1),
        ("2023", "2023, month not given", 1),
        ("2021", "2021", 3), ("undated", "Undated, part 1", 3), ("undated-2", "Undated, part 2", 2)]
    assert sum(len(p.analyses) for p in pages) == len(dates)


def test_the_archive_links_every_page_and_the_home_page_the_newest(seed_analysis):
    analyses = copies(seed_analysis, [f"20{10 + n}-03-01" for n in range(12)])
    archive = render_archive(analyses)
    assert set(archive) == {INDEX_PAGE, *(f"explainers/20{10 + n}.md" for n in range(12))}
    assert all(f"]({10 + n + 2000}.md)" in archive[INDEX_PAGE] for n in range(12))
    assert "[Older: 2020 →](2020.md)" in archive["explainers/2021.md"]
    assert "](../a11/index.md)" in archive["explainers/2021.md"]
    home = render_home(analyses, site_name="S", limit=10, archive=INDEX_PAGE)
    assert home.count("/index.md)\n") == 10 and "a0/index.md" not in home and "a11/index.md" in home
    assert f"[All 12 explainers]({INDEX_PAGE})" in home
    assert render_archive(analyses[:1]) == {}


def _site_navigation(tmp_path, build: SiteBuild):
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "Test", "docs_dir": str(tmp_path / "docs")})
    errors, _ = config.validate()
    assert not errors
    uris = ["index.md", INDEX_PAGE, "actors/index.md", "timeline.md", "tags.md",
            *(f"{a.article.slug}/{name}.md" for a in build.analyses
              for name in ("index", "background", "actors", "arguments", "stakes", "source"))]
    build.pages.update({uri: "# Page\n" for uri in uris})
    config.plugins._current_plugin = None  # as during a build
    files = Files([File.generated(config, uri, content="# Page\n") for uri in uris])
    config.nav = navigation(build)
    return get_navigation(files, config), files


@pytest.mark.parametrize("count", [3, 40])
def test_each_page_shows_the_site_sections_and_only_its_own_explainer(tmp_path, seed_analysis, count):
    build = SiteBuild(analyses=copies(seed_analysis, [f"2024-01-{1 + n % 28:02d}" for n in range(count)]))
    nav, files = _site_navigation(tmp_path, build)
    pruned = PrunedNavigation(nav, {f"{a.article.slug}/index.md" for a in build.analyses})
    page = files.get_file_from_path("a1/arguments.md").page
    titles = [item.title for item in pruned.for_page(page)]
    assert titles == ["Home", "All explainers", "Meta opens Llama 2", "Across articles"]
    own = pruned.for_page(page).items[2]
    assert [child.file.src_uri for child in own.children][:2] == ["a1/index.md", "a1/background.md"]
    assert [item.title for item in pruned.for_page(files.get_file_from_path("timeline.md").page)] == [
        "Home", "All explainers", "Across articles"]
    assert [item.title for item in pruned.for_page(None)] == ["Home", "All explainers", "Across articles"]
    assert pruned.for_page(page).homepage is files.get_file_from_path("index.md").page
    assert len(nav.items) == count + 3  # MkDocs itself keeps every explainer
