"""Article bodies to blocks: plain text, Markdown and HTML each have a reader here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import markdown
from lxml import etree
from lxml import html as lxml_html

from generator.ingest.headline import page_headline
from generator.model import Block, BlockKind

_SPACE = re.compile(r"\s+")
_FORMAT_CHARS = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_HUGO_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.DOTALL)
_HEADING_END = re.compile(r"[.!?:;,…\"”’)\]]$")
# Paragraphs that are page furniture, not article text.
_FURNITURE = re.compile(
    r"^(read more|related( articles?| stories| content)?|see also|advertisement|sponsored|"
    r"sign up|subscribe|follow us|share this|image|photo|photograph|credit|copyright|©|"
    r"all rights reserved|click here|listen to|watch:|more from)\b",
    re.IGNORECASE,
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "img", "figure", "figcaption",
                           "nav", "footer", "aside", "form", "button", "svg", "iframe", "head"})
_BLOCK_TAGS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading",
               "h4": "heading", "h5": "heading", "h6": "heading", "li": "item", "pre": "paragraph",
               "dt": "paragraph", "dd": "paragraph", "td": "paragraph"}


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What trafilatura found in an HTML page."""

    blocks: tuple[Block, ...]
    metadata: dict[str, Any]


def clean_text(text: str) -> str:
    """Collapse whitespace and drop invisible format characters."""
    return _SPACE.sub(" ", _FORMAT_CHARS.sub("", text)).strip()


def is_furniture(text: str) -> bool:
    """Return True for page furniture: "Read more", "Related articles", captions, ..."""
    return bool(_FURNITURE.match(text))


def looks_like_heading(line: str) -> bool:
    """A short line with no final punctuation, such as "Shaken global competition"."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and not _HEADING_END.search(line)
        and (line[0].isupper() or line[0].isdigit())
    )


def text_blocks(body: str) -> tuple[Block, ...]:
    """Read plain text: blank lines separate paragraphs; hard-wrapped lines are joined."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body):
        lines = [clean_text(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        hard_wrapped = len(lines) > 1 and all(len(line) <= 100 for line in lines[:-1]) and not any(
            looks_like_heading(line) for line in lines
        )
        units = [" ".join(lines)] if hard_wrapped else lines
        for unit in units:
            blocks.append(_block_for_line(unit))
    return _drop_furniture(blocks)


def _block_for_line(line: str) -> Block:
    kind: BlockKind = "heading" if looks_like_heading(line) else "paragraph"
    if line.startswith(("> ", ">")) and len(line) > 1:
        return Block("blockquote", clean_text(line.lstrip("> ")))
    return Block(kind, line)


def markdown_blocks(body: str) -> tuple[Block, ...]:
    """Read Markdown: render it, then keep the text of each block.

    Link text is kept; images, raw HTML tags, Hugo shortcodes and reference definitions go.
    """
    body = _HUGO_SHORTCODE.sub("", body)
    rendered = markdown.markdown(body, extensions=["tables", "sane_lists"], output_format="html")
    return _html_fragment_blocks(rendered)


def _html_fragment_blocks(fragment: str) -> tuple[Block, ...]:
    if not fragment.strip():
        return ()
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    blocks = list(_walk(root, inside_quote=False))
    return _drop_furniture(blocks)


def _walk(element: Any, *, inside_quote: bool) -> Iterator[Block]:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in _SKIPPED_TAGS:
            continue
        if tag == "blockquote":
            yield from _walk(child, inside_quote=True)
            if child.text and child.text.strip():
                yield Block("blockquote", clean_text(child.text))
            continue
        if tag in _BLOCK_TAGS and not _has_block_children(child):
            kind: BlockKind = "blockquote" if inside_quote else _BLOCK_TAGS[tag]  # type: ignore[assignment]
            raw = _element_text(child)
            # A code block (often an indented list in loose Markdown) keeps one block a line.
            for text in (raw.split("\n") if tag == "pre" else [raw]):
                text = clean_text(text)
                if text:
                    yield Block(kind, text)
            continue
        yield from _walk(child, inside_quote=inside_quote)


def _has_block_children(element: Any) -> bool:
    return any(isinstance(child.tag, str) and (child.tag.lower() in _BLOCK_TAGS or child.tag.lower()
               in {"div", "ul", "ol", "blockquote", "table", "section"}) for child in element)


def _element_text(element: Any) -> str:
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() not in _SKIPPED_TAGS:
            parts.append(_element_text(child))
            if child.tag.lower() == "br":
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


# Scripts, styles and inline data are most of a big web page and never article text; JSON-LD
# stays because trafilatura reads the byline and date from it.
_CODE_ELEMENT = re.compile(r"<(script|style|noscript|template|svg)\b([^>]*)>.*?</\1\s*>|<!--.*?-->",
                           re.IGNORECASE | re.DOTALL)


def strip_code(page: str) -> str:
    """The page without scripts (but JSON-LD), styles, inline SVG and comments."""
    return _CODE_ELEMENT.sub(lambda m: m.group(0) if "ld+json" in (m.group(2) or "").lower() else "", page)


def html_blocks(page: str) -> HtmlExtract:
    """Extract the article body and metadata of a web page with trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    page = strip_code(page)
    xml = trafilatura.extract(
        page, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False, deduplicate=False,
        favor_precision=True,
    )
    if not xml:
        return HtmlExtract(blocks=(), metadata={})
    root = etree.fromstring(xml.encode("utf-8"))
    blocks: list[Block] = []
    for element in root.iter("head", "p", "quote", "item"):
        if element.getparent() is not None and element.getparent().tag in ("quote", "item") and element.tag == "p":
            continue
        text = clean_text("".join(element.itertext()))
        if not text:
            continue
        kind: BlockKind = {"head": "heading", "quote": "blockquote", "item": "item"}.get(element.tag, "paragraph")  # type: ignore[assignment]
        blocks.append(Block(kind, text))
    metadata = {
        "title": page_headline(page, root.get("title"), root.get("sitename")),
        "author": root.get("author"), "published": root.get("date"),
        "source": root.get("sitename"), "url": root.get("url"), "language": _html_language(page),
    }
    return HtmlExtract(blocks=_drop_furniture(blocks), metadata={k: v for k, v in metadata.items() if v})


def _html_language(page: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", page[:5000], re.IGNORECASE)
    return match.group(1).lower() if match else None


def _drop_furniture(blocks: list[Block]) -> tuple[Block, ...]:
    kept: list[Block] = []
    seen: set[str] = set()
    for block in blocks:
        if is_furniture(block.text):
            continue
        # Wire copy and web pages repeat lead paragraphs; one copy is enough.
        if block.kind != "heading" and len(block.text) > 80 and block.text in seen:
            continue
        seen.add(block.text)
        kept.append(block)
    return tuple(kept)
