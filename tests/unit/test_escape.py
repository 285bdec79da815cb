from __future__ import annotations

import markdown
import pytest

from generator.render.escape import Trusted, escape_markdown

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables"]


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "[link](javascript:alert(1))",
    "![img](data:image/png;base64,xx)",
    "{: onclick=alert(1) }",
    "*[HTML]: Hyper",
    "    indented code",
    "!!! note \"x\"",
    "| a | b |",
    "{{ config }} {% raw %}",
    "&amp; &#60;",
])
def test_escaped_text_renders_literally(text):
    html = markdown.markdown(escape_markdown(text), extensions=EXTENSIONS)
    assert html.count("<") == 2  # only the <p> and </p> the paragraph adds
    assert "onclick" not in html.replace("onclick=", "", 1) or "&#" in html


def test_trusted_markdown_passes_through():
    assert escape_markdown(Trusted("**bold**")) == "**bold**"
    assert escape_markdown("**bold**") == "&#42;&#42;bold&#42;&#42;"
