"""The built site as published: configuration, search, no outside calls, workflow."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.tools.site import ROOT, SEED_SLUG

WORKFLOWS = ROOT / ".github" / "workflows"


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_no_page_loads_anything_from_another_server(served_site):
    site, _ = served_site
    # src/href attributes and CSS url()s that leave the site: scripts, styles, fonts, images
    pattern = re.compile(r'(?:<script[^>]+src|<link[^>]+href|<img[^>]+src)="(https?:)?//', re.I)
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<link[^>]*>", text):
            if re.search(r'href="(https?:)?//', tag):
                assert re.search(r'rel="(canonical|alternate)"', tag), (path, tag)
        assert not re.search(r'<(script|img|iframe)[^>]+src="(https?:)?//', text), path
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, path
        # the repository link is static: the theme's "source" component would call the GitHub API
        assert 'data-md-component="source"' not in text, path
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css


def test_search_finds_actors_and_arguments_with_boost(served_site):
    site, _ = served_site
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    by_location = {doc["location"]: doc for doc in docs}
    actor = by_location[f"{SEED_SLUG}/actors/#ilya-sutskever"]
    assert actor["title"] == "Ilya Sutskever"
    # A page's own entry names its explainer: a search result says "Arguments · Meta opens Llama 2".
    assert by_location[f"{SEED_SLUG}/arguments/"]["title"] == "Arguments · Meta opens Llama 2"
    assert any("transparency" in doc["text"] and doc["location"].startswith(f"{SEED_SLUG}/arguments/")
               for doc in docs)
    assert by_location[f"{SEED_SLUG}/actors/"].get("boost") == 2
    assert by_location[f"{SEED_SLUG}/arguments/"].get("boost") == 2


def test_article_language_marks_the_content(served_site):
    site, _ = served_site
    html = _html(site, f"{SEED_SLUG}/arguments")
    assert '<div lang="en">' in html
    assert '<html lang="en"' in html


def test_sitemap_and_404_page(served_site):
    site, base = served_site
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{base}{SEED_SLUG}/arguments/</loc>" in sitemap
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(base + "no-such-page/")
    assert caught.value.code == 404
    assert "404" in caught.value.read().decode("utf-8")


def test_pages_have_their_own_title_and_description(served_site):
    site, _ = served_site
    html = _html(site, f"{SEED_SLUG}/actors")
    assert re.search(r"<title>Actors and quotes · Meta opens Llama 2 - ", html)
    overview = _html(site, SEED_SLUG)
    description = re.search(r'<meta name="description" content="([^"]*)"', overview)
    assert description and description.group(1) != "Sourced explainers generated from news articles."


def test_timeline_is_a_list_of_time_elements(served_site):
    site, _ = served_site
    html = _html(site, f"{SEED_SLUG}/background")
    assert '<h2 id="timeline">' in html and '<ol class="timeline">' in html
    assert '<li><time datetime="2023-07-18">18 July 2023</time>' in html


def test_publishing_workflow_builds_strict_and_deploys_to_pages():
    workflow = yaml.safe_load((WORKFLOWS / "pages.yml").read_text(encoding="utf-8"))
    build_steps = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for job in workflow["jobs"].values() for step in job["steps"]]
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses)
    assert any(step.get("run") == "make site" for step in build_steps)
    assert "mkdocs build --strict" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint") or str(Path(__import__("sys").executable).parent / "actionlint")
    if not Path(actionlint).exists():
        pytest.fail("actionlint is not installed: install the test extras (make test does)")
    files = sorted(str(p) for p in WORKFLOWS.glob("*.y*ml"))
    result = subprocess.run([actionlint, "-no-color", *files], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def _primary_nav(html: str) -> str:
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start:html.index('<div class="md-sidebar md-sidebar--secondary"', start)]


def test_navigation_shows_only_the_current_explainers_pages(served_site):
    site, _ = served_site
    slugs = [p.parent.parent.name for p in site.glob("*/source/index.html")]
    assert len(slugs) >= 2 and SEED_SLUG in slugs
    nav = _primary_nav(_html(site, f"{SEED_SLUG}/arguments"))
    for page in ("", "background/", "actors/", "stakes/", "source/"):
        assert f'href="../{page}"' in nav or (page == "" and 'href="../"' in nav), page
    for other in (slug for slug in slugs if slug != SEED_SLUG):
        assert other not in nav, other
    assert 'href="../../explainers/"' in nav and 'href="../../timeline/"' in nav
    home_nav = _primary_nav(_html(site, ""))
    assert not any(f'href="{slug}/arguments/"' in home_nav for slug in slugs)


def test_the_explainers_index_lists_every_explainer_on_pages_by_year(served_site):
    site, _ = served_site
    index = _html(site, "explainers")
    years = sorted(p.parent.name for p in (site / "explainers").glob("*/index.html"))
    assert years and all(f'href="{year}/"' in index for year in years)
    listed = " ".join(_html(site, f"explainers/{year}") for year in years)
    for slug in (p.parent.parent.name for p in site.glob("*/source/index.html")):
        assert f'href="../../{slug}/"' in listed, slug


def test_no_repository_link_unless_one_is_configured(served_site):
    site, _ = served_site
    assert "REPO_URL" not in __import__("os").environ
    for page in ("", f"{SEED_SLUG}/arguments"):
        assert 'class="md-source"' not in _html(site, page)
