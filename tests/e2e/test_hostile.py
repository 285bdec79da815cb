"""Hostile article text stays text: article -> pages -> ``mkdocs build --strict`` -> HTML.

The corpus is ``tests/fixtures/hostile/``: ``payloads.txt`` (one hostile string a line) and
three articles that carry them in their body, their metadata and (copied at test time)
their file names. Two checks:

- Markdown level: every page rendered from a hostile analysis has exactly the element and
  attribute structure of the same page rendered from a benign twin of that analysis (every
  ASCII punctuation character of article text replaced by a middle dot).
- Site level: a real strict build succeeds without warnings, no page has an event-handler
  attribute, a ``javascript:``/``data:`` link, a script the theme did not put there or a
  dangerous element in its content, and each payload shows literally.
"""

from __future__ import annotations

import dataclasses
import html as html_lib
import json
import os
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html

from generator.analyse import analyse_articles
from generator.ingest import read_article
from generator.model import Analysis
from generator.render.escape import clean
from generator.render.pages import render_article
from tests.conftest import FIXTURES, ROOT
from tests.tools.fuzzing import converter
from tests.tools.site import free_port, serve

HOSTILE = FIXTURES / "hostile"
PAYLOADS = (HOSTILE / "payloads.txt").read_text(encoding="utf-8").split("\n")[:-1]
ARTICLES = ("hostile-text.txt", "hostile-markdown.md", "hostile-page.html")
# File names made of hostile text; each must become a safe, distinct slug.
HOSTILE_NAMES = {
    "<img src=x onerror=alert(1)>.txt": "img-src-x-onerror-alert-1",
    "{{ config.site_name }}.md": "config-site_name",
    "CON.txt": "article-con",
    "index.txt": "article-index",
    "«»—.txt": None,  # no ASCII letters or digits: a hashed slug
    "名前.txt": None,
    "evil\u202etxt.md": "eviltxt",
    "--8<-- x.txt": "8-x",
}
SHORT_ARTICLE = ("“We received <script>alert(1)</script> in a letter,” said Alice Moreno, the mayor. "
                 "The council met on March 3, 2024 and voted on the toll {: onclick=alert(1) }.\n")

# Elements that article text must never add to a page's content.
FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "input", "img", "svg", "math",
                  "base", "meta", "link", "details", "video", "audio", "source", "textarea", "select",
                  "button", "frame", "frameset", "template", "noscript"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"}
# Paths that differ by page depth only: "../../assets/x.js", new URL("../..", location).
_RELATIVE = re.compile(r'(\.\./)+|"[./]*"')
DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)

# Fields of the model that hold article-derived text, neutralised in the benign twin.
TEXT_FIELDS = {"text", "title", "source", "author", "question", "name", "aliases", "description", "claim",
               "event", "value", "what", "definition", "for_label", "against_label", "notes", "changes",
               "note", "cue"}
_NEUTRAL = {ord(ch): "·" for ch in string.punctuation}


# --- Markdown level -----------------------------------------------------------------------------

def neutral(value: object) -> object:
    if isinstance(value, str):
        return value.translate(_NEUTRAL)
    if isinstance(value, tuple):
        return tuple(neutral(item) for item in value)
    return value


def twin(value: object) -> object:
    """The same model with every article-derived text made of letters, digits and dots."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            if field.name in TEXT_FIELDS:
                changes[field.name] = neutral(current)
            elif dataclasses.is_dataclass(current) or isinstance(current, tuple):
                changes[field.name] = twin(current)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(twin(item) for item in value)
    return value


def structure(page: str) -> list[tuple[str, tuple[str, ...]]]:
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.DOTALL)
    md = converter()
    md.reset()
    root = lxml_html.fragment_fromstring(md.convert(body), create_parent="div")
    return [(el.tag, tuple(sorted(el.attrib))) for el in root.iter() if isinstance(el.tag, str)]


@pytest.fixture(scope="module")
def hostile_analyses(nlp, knowledge) -> dict[str, Analysis]:
    articles = [read_article(HOSTILE / name) for name in ARTICLES]
    return {a.article.path: a for a in analyse_articles(nlp, articles, knowledge)}


@pytest.mark.parametrize("name", ARTICLES)
def test_hostile_pages_have_the_structure_of_their_benign_twin(hostile_analyses, name):
    analysis = hostile_analyses[str(HOSTILE / name)]
    pages = render_article(analysis, model_name="test")
    benign = render_article(twin(analysis), model_name="test")
    assert pages.keys() == benign.keys()
    for uri, page in pages.items():
        assert structure(page) == structure(benign[uri]), uri


def test_front_matter_is_yaml_with_an_html_escaped_title(hostile_analyses):
    analysis = hostile_analyses[str(HOSTILE / "hostile-text.txt")]
    page = render_article(analysis, model_name="test")[f"{analysis.article.slug}/index.md"]
    meta = yaml.safe_load(page.split("---\n")[1])
    assert html_lib.unescape(meta["title"]) == clean(analysis.article.title)
    assert "<" not in meta["title"]


def test_the_twin_really_is_benign(hostile_analyses):
    analysis = twin(hostile_analyses[str(HOSTILE / "hostile-text.txt")])
    assert all(not set(s.text) & set(string.punctuation) for s in analysis.article.sentences)


# --- Site level ---------------------------------------------------------------------------------

def strict_build(project: Path, site_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                          cwd=project, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def served_hostile_site(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    """A strict build of the hostile articles and of a short article under hostile file names,
    served on 127.0.0.1: (site folder, base URL)."""
    project = tmp_path_factory.mktemp("hostile") / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    seeds = project / "seeds"
    seeds.mkdir()
    for path in HOSTILE.iterdir():
        if path.name != "payloads.txt":
            shutil.copy(path, seeds / path.name)
    for name in HOSTILE_NAMES:
        (seeds / name).write_text(SHORT_ARTICLE, encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    result = strict_build(project, base)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    with serve(project / "site", port) as url:
        yield project / "site", url


@pytest.fixture(scope="module")
def hostile_site(served_hostile_site) -> Path:
    return served_hostile_site[0]


def pages_of(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_hostile_file_name_gets_a_safe_distinct_folder(hostile_site: Path):
    folders = {p.name for p in hostile_site.iterdir() if p.is_dir()} - {"assets", "search", "stylesheets"}
    for expected in filter(None, HOSTILE_NAMES.values()):
        assert expected in folders
    hashed = [f for f in folders if re.fullmatch(r"article-[0-9a-f]{8}", f)]
    assert len(hashed) == 2  # "«»—.txt" and "名前.txt", which have no ASCII letters
    for folder in folders:
        assert re.fullmatch(r"[a-z0-9_-]+", folder), folder
    assert "etc-script" in folders  # slug: "../../etc/<script>" stays inside the site


def test_no_page_has_event_handlers_or_script_links(hostile_site: Path):
    for page in pages_of(hostile_site):
        root = lxml_html.fromstring(page.read_bytes())
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (page, element.tag, name)
                if name.lower() in URL_ATTRIBUTES:
                    assert not DANGEROUS_SCHEME.match(value), (page, element.tag, name, value)
                # Text-only attributes may hold a literal "<" (escaped in the HTML); explainer.js
                # puts data-sentence into the page with textContent only.
                assert "<" not in value or name in ("content", "title", "aria-label", "data-md-state",
                                                    "data-sentence"), (page, name, value)


def test_only_the_theme_scripts_run(hostile_site: Path):
    # 404.html uses absolute paths under the site URL's path, the other pages relative ones.
    base = "/"

    def scripts(page: Path) -> set[str]:
        found = set()
        for script in lxml_html.fromstring(page.read_bytes()).iter("script"):
            src = script.get("src")
            # Inline theme scripts differ by the page's depth; their start names them.
            found.add(_RELATIVE.sub("", src).removeprefix(base) if src else "inline:" + (script.text or "")[:12])
        return found

    theme = scripts(hostile_site / "index.html")
    for page in pages_of(hostile_site):
        assert scripts(page) <= theme, page
        code = "".join(lxml_html.fromstring(page.read_bytes()).xpath("//script/text()"))
        assert "__pwned" not in code and "alert(" not in code, page


def test_content_has_no_dangerous_elements(hostile_site: Path):
    for page in pages_of(hostile_site):
        root = lxml_html.fromstring(page.read_bytes())
        for content in root.xpath("//article"):
            tags = {el.tag for el in content.iter() if isinstance(el.tag, str)}
            assert not tags & FORBIDDEN_TAGS, (page, tags & FORBIDDEN_TAGS)
        # No element added to the head either: the title is text.
        assert [el.tag for el in root.xpath("//head/title/*")] == []


def visible_text(page: Path) -> str:
    root = lxml_html.fromstring(page.read_bytes())
    for article in root.xpath("//article"):
        return " ".join(article.text_content().split())
    return ""


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_shows_literally_on_the_source_page(hostile_site: Path, payload):
    text = visible_text(hostile_site / "hostile-text" / "source" / "index.html")
    assert " ".join(clean(payload).split()) in text


def test_hostile_metadata_shows_literally_in_title_heading_and_navigation(hostile_site: Path):
    meta = yaml.safe_load((HOSTILE / "hostile-text.yml").read_text(encoding="utf-8"))
    title = clean(meta["title"])
    root = lxml_html.fromstring((hostile_site / "hostile-text" / "index.html").read_bytes())
    assert root.xpath("//head/title")[0].text_content().startswith(title)
    heading = root.xpath("//article//h1")[0]
    for permalink in heading.xpath(".//a[contains(@class, 'headerlink')]"):
        permalink.drop_tree()
    assert " ".join(heading.text_content().split()) == title
    nav = [" ".join(el.text_content().split()) for el in root.xpath("//nav//*[contains(@class, 'md-ellipsis')]")]
    assert title in nav
    credit = visible_text(hostile_site / "hostile-text" / "index.html")
    for key in ("author", "source", "question"):
        assert " ".join(clean(meta[key]).split()) in credit, key
    link = root.xpath("//article//a[contains(normalize-space(), 'original article')]")[0]
    assert link.get("href").startswith("https://example.org/a%22onmouseover")


def test_unsafe_links_in_metadata_are_dropped(hostile_site: Path):
    page = (hostile_site / "etc-script" / "index.html").read_text(encoding="utf-8")
    assert "original article" not in page  # its url is javascript:


def test_search_index_holds_text_not_markup(hostile_site: Path):
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    allowed = {"div", "p", "ul", "ol", "li", "strong", "em", "a", "abbr", "blockquote", "dl", "dt", "dd",
               "span", "time", "code"}
    texts = []
    for doc in index["docs"]:
        for key in ("title", "text"):
            fragment = lxml_html.fragment_fromstring(f"<div>{doc[key]}</div>")
            tags = {el.tag for el in fragment.iter() if isinstance(el.tag, str)}
            assert tags <= allowed, (doc["location"], tags - allowed)
            for element in fragment.iter():
                assert not any(name.startswith("on") for name in getattr(element, "attrib", {}))
            texts.append(" ".join(fragment.text_content().split()))
    everything = "\n".join(texts)
    for payload in ("<script>window.__pwned = 1; alert(1)</script>", "{: onclick=\"alert(8)\" }",
                    "{{ config.site_name }} {% include 'base.html' %} {# comment #}"):
        assert payload in everything


# --- In a real browser ---------------------------------------------------------------------------

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
# Set before any page script runs: records every way a payload could announce itself.
TRAP = """
window.__calls = [];
for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
  const original = window[name];
  window[name] = function (...args) { window.__calls.push(name); return original.apply(this, args); };
}
"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is missing at {CHROMIUM}; CI must run the browser tests")
        pytest.skip(f"Chromium is missing at {CHROMIUM}: install Debian's chromium to run browser tests")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def test_no_script_runs_and_no_dialog_opens_in_a_browser(served_hostile_site, browser):
    site, base = served_hostile_site
    page = browser.new_page()
    page.add_init_script(TRAP)
    dialogs, errors, requests = [], [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    every_page = ("", "background/", "actors/", "arguments/", "stakes/", "source/")
    urls = [base] + [f"{base}hostile-text/{page_type}" for page_type in every_page]
    urls += [f"{base}{slug}/{page_type}" for slug in ("hostile-markdown", "hostile-page", "etc-script")
             if (site / slug).is_dir() for page_type in ("", "actors/", "source/")]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        # Tooltips show article text: citations (explainer.js) and abbreviations (the theme's
        # content.tooltips). Show a few; the citation tooltip must hold text, never elements.
        for selector in ("a.cite", "abbr"):
            elements = [e for e in page.query_selector_all(f"article {selector}")[:6] if e.is_visible()]
            for element in elements[:2]:
                element.hover(force=True, timeout=5000)
                if selector == "a.cite":
                    tip = page.evaluate("() => { const t = document.getElementById('explainer-cite-tip');"
                                        " return t && [t.childElementCount, t.textContent]; }")
                    assert tip == [0, element.get_attribute("data-sentence")], url
        state = page.evaluate("() => ({calls: window.__calls, pwned: window.__pwned === undefined ? null"
                              " : String(window.__pwned)})")
        assert state == {"calls": [], "pwned": None}, url
    # Search renders results from the index as HTML: look for the payloads there too.
    page.goto(base)
    for query in ("script", "onerror", "alert", "javascript"):
        page.keyboard.press("/")  # Material's shortcut to focus the search box
        page.locator("input.md-search__input").fill(query)
        page.wait_for_timeout(400)
        state = page.evaluate("() => ({calls: window.__calls, pwned: window.__pwned === undefined ? null"
                              " : String(window.__pwned)})")
        assert state == {"calls": [], "pwned": None}, query
    page.close()
    assert dialogs == []
    assert errors == []
    assert all(url.startswith(base) for url in requests), [u for u in requests if not u.startswith(base)]
