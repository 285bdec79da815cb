"""Escaping: article text renders literally with the Markdown extensions of mkdocs.yml."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import markdown
import pytest
import yaml

from generator.render.escape import (
    Trusted,
    anchor,
    clean,
    escape_attribute,
    escape_html,
    escape_markdown,
    escape_tooltip,
    is_safe_abbreviation,
    safe_url,
)
from tests.conftest import ROOT

PAYLOADS = (Path(__file__).resolve().parent.parent / "fixtures" / "hostile" / "payloads.txt").read_text(
    encoding="utf-8").split("\n")[:-1]


def site_extensions() -> tuple[list, dict]:
    """The Markdown extensions and their options exactly as mkdocs.yml enables them."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names, options = [], {}
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, opts), = entry.items()
            names.append(name)
            options[name] = opts or {}
        else:
            names.append(entry)
    return names, options


@functools.lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    names, options = site_extensions()
    return markdown.Markdown(extensions=names, extension_configs=options)


def render(source: str) -> str:
    converter = _converter()
    converter.reset()
    return converter.convert(source)


def text_of(html: str) -> str:
    from lxml import html as lxml_html

    return lxml_html.fragment_fromstring(html, create_parent="div").text_content()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_renders_as_one_paragraph_of_its_own_text(payload):
    html = render(escape_markdown(payload))
    assert re.fullmatch(r"<p>[^<>]*</p>", html), html
    assert text_of(html).strip() == clean(payload)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("template", [
    "# {}",
    "## {} {{ #fixed-id }}",
    "- item {} end",
    "| a | b |\n| --- | --- |\n| {} | x |",
    '!!! note "Title"\n    {}',
    "Term\n:   {}",
    '[1](source.md#s1 "{}")',
    "<p class=\"lede\" markdown>{}</p>",
    "> “{}”",
])
def test_payload_stays_text_in_every_context(payload, template):
    escaped = escape_tooltip(payload) if "source.md" in template else escape_markdown(payload)
    html = render(template.format(escaped))
    benign = render(template.format("word"))
    assert _structure(html) == _structure(benign), (payload, html)


def _structure(html: str) -> list[tuple[str, tuple[str, ...]]]:
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return [(el.tag, tuple(sorted(el.attrib))) for el in root.iter() if isinstance(el.tag, str)]


def test_trusted_markdown_passes_through():
    assert escape_markdown(Trusted("**bold**")) == "**bold**"
    assert escape_markdown("**bold**") == "&#42;&#42;bold&#42;&#42;"


def test_separators_keep_their_space():
    assert escape_markdown(", ") == "&#44; "
    assert escape_markdown("  a \n\n    b  ") == " a b "


def test_invisible_and_bidi_characters_are_dropped():
    assert escape_markdown("a\u202eb\u200bc\ud800d\x07e") == "abcde"


def test_html_escape_for_titles():
    assert escape_html("<b onclick='x'>T</b> & co") == "&lt;b onclick=&#x27;x&#x27;&gt;T&lt;/b&gt; &amp; co"


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a?b=1&c=2#d", "https://example.org/a?b=1&c=2#d"),
    ("http://example.org/a b\"c'd<e>(f)", "http://example.org/a%20b%22c%27d%3Ce%3E%28f%29"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html;base64,xx", None),
    ("//evil.example/x", None),
    ("/relative/path", None),
    ("https:///nohost", None),
    ("java\u200bscript:alert(1)", None),
    ("", None),
    (None, None),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected


@pytest.mark.parametrize("value, safe", [
    ("ilya-sutskever", True), ("s12", True), ("costs", True),
    ("x\" onclick=\"y", False), ("a b", False), ("../x", False), ("", False), ("1abc", False),
])
def test_anchor(value, safe):
    result = anchor(value)
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", result)
    assert (result == value) is safe


@pytest.mark.parametrize("term, safe", [
    ("LLM", True), ("open source", True), ("Llama 2", True), ("state-of-the-art", True),
    ("AT&T", False), ("<b>", False), ("x]: y", False), ("42", False), ("-x", False),
    ("klzzwxh", False), ("a" * 60, False), ("", False),
])
def test_safe_abbreviation_terms(term, safe):
    assert is_safe_abbreviation(term) is safe


def test_tooltips_decode_to_escaped_html():
    """The theme puts a decoded title into a tooltip as HTML: it must still be escaped then."""
    import html

    value = escape_tooltip("a <img src=x onerror=alert(1)> & b")
    assert "<" not in value and '"' not in value
    assert html.unescape(value) == "a &lt;img src=x onerror=alert(1)&gt; &amp; b"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_citation_carries_its_sentence_as_one_inert_attribute(payload):
    from lxml import html as lxml_html

    from generator.render.pages import citation_link

    page = render(f"Claim {citation_link('source.md#s1', '1', payload)} end.")
    root = lxml_html.fragment_fromstring(page, create_parent="div")
    links = root.findall(".//a")
    assert len(links) == 1 and len(list(root.iter())) == 3, page  # div, p, a: nothing else
    assert dict(links[0].attrib) == {"href": "source.md#s1", "class": "cite", "aria-label": "Source sentence 1",
                                     "data-sentence": clean(payload)}
    assert links[0].text == "1"
