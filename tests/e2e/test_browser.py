"""The built site in a real headless Chromium, as a reader uses it.

Needs Debian's ``chromium`` (apt) and ``axe-core`` (``npm ci``). Without them the tests are
skipped with the reason, except in CI (``CI=true``), where a missing tool is a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.tools.site import AXE, CHROMIUM, CHROMIUM_ARGS, SEED_SLUG, generated_pages, page_urls

PHONE = {"width": 360, "height": 740}
# Every rule axe runs by default, plus WCAG 2.2's target size (Lighthouse checks it too).
AXE_RUN = ("axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
           ".then(r => r.violations.map(v => ({id: v.id, help: v.help,"
           " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))")
DESKTOP = {"width": 1280, "height": 800}


def _missing_tool() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM}: apt-get install chromium"
    if not AXE.exists():
        return f"axe-core not found at {AXE}: run npm ci"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install -e '.[test]'"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = _missing_tool()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run in CI: {reason}")
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose console errors, failed requests and requests to other hosts are recorded."""

    def __init__(self, context, base: str) -> None:
        self.problems: list[str] = []
        self.page = context.new_page()
        host = urlsplit(base).netloc
        # Any request to another host is stopped and reported: a reader's visit must not leak.
        context.route(lambda url: urlsplit(url).netloc != host and not url.startswith("data:"),
                      lambda route: (self.problems.append(f"outside request {route.request.url}"),
                                     route.abort()))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        # ERR_ABORTED is the browser cancelling a request itself because the page moved on
        # (a late favicon fetch on a loaded machine); refused or missing files still count.
        self.page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
                     and self.problems.append(f"failed: {r.url} {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))

    def goto(self, url: str, *, settle: bool = False) -> None:
        """Open ``url``; with ``settle``, also wait until the network is quiet (the search index)."""
        self.page.goto(url, wait_until="networkidle" if settle else "load")


@pytest.fixture
def open_page(browser, served_site):
    contexts = []

    def make(viewport: dict = DESKTOP, scheme: str = "light") -> Watched:
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        contexts.append(context)
        return Watched(context, served_site[1])

    yield make
    for context in contexts:
        context.close()


def _all_pages(served_site) -> list[str]:
    site, base = served_site
    return generated_pages(site, base)


def test_every_page_loads_without_errors_or_outside_requests(open_page, served_site):
    urls = _all_pages(served_site)
    assert len(urls) >= 8  # home, six pages of the seed's explainer, 404
    watched = open_page()
    for url in urls:
        watched.goto(url, settle=True)
        assert watched.page.locator("h1").count() == 1, url
    assert watched.problems == []


def test_axe_finds_no_violations_on_any_page_light_or_dark(open_page, served_site):
    watched = open_page()
    page = watched.page
    found = {}
    for url in _all_pages(served_site):
        watched.goto(url)
        page.add_script_tag(path=str(AXE))
        schemes = [("light", "default"), ("dark", "slate")]
        if page.evaluate("document.body.dataset.mdColorScheme") == "slate":
            schemes.reverse()  # the choice is remembered from the previous page: start with it
        for scheme, palette in schemes:
            if page.evaluate("document.body.dataset.mdColorScheme") != palette:
                page.locator("form[data-md-component=palette] label:visible").click()  # the toggle
                page.mouse.move(0, DESKTOP["height"] - 1)  # let the toggle's tooltip fade out
                page.wait_for_function("!document.querySelector('.md-tooltip--active')")
                page.wait_for_timeout(400)
            page.wait_for_function(f"document.body.dataset.mdColorScheme === '{palette}'")
            violations = page.evaluate(AXE_RUN)
            if violations:
                found[f"{url} ({scheme})"] = violations
    assert found == {}, json.dumps(found, indent=1)


@pytest.mark.parametrize("query, expected", [
    ("Sutskever", f"{SEED_SLUG}/actors/?h=sutskever#ilya-sutskever"),
    ("transparency", "/arguments/?h=transparency#transparency"),  # the theme, in any explainer
])
def test_search_lands_on_the_right_page_and_section(open_page, served_site, query, expected):
    watched = open_page()
    watched.goto(page_urls(served_site[1])["overview"], settle=True)
    watched.page.locator(".md-search__input").click()
    watched.page.keyboard.type(query, delay=20)
    # results are final once the whole word is highlighted in them (search.highlight marks it)
    watched.page.wait_for_function(
        "q => [...document.querySelectorAll('.md-search-result__item mark')]"
        ".some(m => m.textContent.toLowerCase() === q)", arg=query.lower())
    links = watched.page.eval_on_selector_all(".md-search-result__item a", "els => els.map(a => a.href)")
    top = links[:3]
    assert any(expected in link for link in top), top
    watched.page.locator(".md-search-result__item a").first.click()
    watched.page.wait_for_url("**/arguments/**" if "arguments" in expected else "**/actors/**")
    assert watched.problems == []


def test_citation_shows_its_sentence_and_leads_to_it_highlighted(open_page, served_site):
    watched = open_page()
    page = watched.page
    watched.goto(page_urls(served_site[1])["arguments"], settle=True)
    cite = page.locator("a.cite").first
    sentence_id = cite.get_attribute("href").rsplit("#", 1)[1]
    cite.focus()
    tooltip = page.locator("#explainer-cite-tip")
    tooltip.wait_for()
    assert tooltip.inner_text() == cite.get_attribute("data-sentence") and len(tooltip.inner_text()) > 20
    assert cite.get_attribute("aria-describedby") == "explainer-cite-tip"  # screen readers hear the sentence
    box, width = tooltip.bounding_box(), page.viewport_size["width"]
    assert box and 0 <= box["x"] and box["x"] + box["width"] <= width
    page.keyboard.press("Escape")
    assert tooltip.is_hidden() and cite.get_attribute("aria-describedby") is None
    cite.hover()
    tooltip.wait_for()
    cite.click()  # instant navigation: the page changes without a full load
    page.wait_for_url(f"**/source/#{sentence_id}")
    target = page.locator(f"#{sentence_id}")
    # The address changes before instant navigation swaps the content in: wait for both.
    page.wait_for_function("id => document.getElementById(id)?.classList.contains('is-cited')", arg=sentence_id)
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    box = target.bounding_box()
    assert box and 0 <= box["y"] < DESKTOP["height"] - 10
    assert watched.problems == []


def test_a_tap_on_a_citation_shows_its_sentence_and_a_second_tap_leads_to_it(browser, served_site):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        watched = Watched(context, served_site[1])
        page = watched.page
        watched.goto(page_urls(served_site[1])["arguments"], settle=True)
        cite = page.locator("a.cite").first
        cite.scroll_into_view_if_needed()
        sentence_id = cite.get_attribute("href").rsplit("#", 1)[1]
        cite.tap()
        tooltip = page.locator("#explainer-cite-tip")
        tooltip.wait_for()
        assert cite.get_attribute("data-sentence") in tooltip.inner_text()
        assert "again" in tooltip.locator(".cite-tip-hint").inner_text()
        assert cite.get_attribute("aria-describedby") == "explainer-cite-tip"
        assert "/arguments/" in page.url  # the first tap stays on the page
        box = tooltip.bounding_box()
        assert box and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"]
        page.locator("h1").tap()  # a tap elsewhere closes it
        tooltip.wait_for(state="hidden")
        cite.tap()
        tooltip.wait_for()
        cite.tap()  # the second tap on the same citation follows it
        page.wait_for_url(f"**/source/#{sentence_id}")
        assert watched.problems == []
    finally:
        context.close()


def test_dark_mode_is_used_and_readable(open_page, served_site):
    watched = open_page(scheme="dark")
    watched.goto(page_urls(served_site[1])["background"])
    page = watched.page
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    colours = page.locator("ol.timeline time").first.evaluate(
        "el => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]")
    assert _contrast(*colours) >= 7, colours


def test_phone_viewport_has_no_horizontal_scroll(open_page, served_site):
    watched = open_page(viewport=PHONE)
    wide = {}
    for url in _all_pages(served_site):
        watched.goto(url)
        width = watched.page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[url] = width
    assert wide == {}


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [float(part) / 255 for part in colour[colour.index("(") + 1:-1].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
