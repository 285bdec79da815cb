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
from generator.ingest.zones import Piece, split_zones
from generator.model import Block, BlockKind

_SPACE = re.compile(r"\s+")
_FORMAT_CHARS = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_HUGO_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.DOTALL)
_HEADING_END = re.compile(r"[.!?:;,…\"”’)\]]$")
_RULE = re.compile(r"^\s*(?:[-=*_~•·]\s*){3,}$")
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "img", "figure", "figcaption",
                           "nav", "footer", "aside", "form", "button", "svg", "iframe", "head"})
_BLOCK_TAGS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading",
               "h4": "heading", "h5": "heading", "h6": "heading", "li": "item", "pre": "paragraph",
               "dt": "paragraph", "dd": "paragraph", "td": "paragraph"}


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What trafilatura found in an HTML page: its blocks with their page signals, and metadata."""

    pieces: tuple[Piece, ...]
    metadata: dict[str, Any]

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The body blocks (page furniture left out)."""
        return split_zones(self.pieces).body


def clean_text(text: str) -> str:
    """Collapse whitespace and drop invisible format characters."""
    return _SPACE.sub(" ", _FORMAT_CHARS.sub("", text)).strip()


def looks_like_heading(line: str) -> bool:
    """A short line with no final punctuation, such as "Shaken global competition"."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and not _HEADING_END.search(line)
        and (line[0].isupper() or line[0].isdigit())
    )


# A headline may close on a quotation mark, a question or an exclamation, not on a sentence's
# full stop or a clause's comma or colon.
_HEADLINE_END = re.compile(r"[.:;,…][\"”’']?$")
# A full stop after a lower-case word ends a sentence inside the line ("... the clinic. We ..."),
# unlike the stops of an abbreviation ("U.S. Recovers").
_SENTENCE_BREAK = re.compile(r"[a-z]{2}\.[\"”’']?\s")


def _opening_headline(line: str) -> bool:
    """A first line that reads as a headline: a few words up to a long headline's length, starting
    with a capital, a digit or a quotation mark, with no sentence-final full stop."""
    words = line.split()
    return (3 <= len(words) <= 25 and len(line) <= 200 and not _HEADLINE_END.search(line)
            and not _SENTENCE_BREAK.search(line) and (line[0].isupper() or line[0].isdigit() or line[0] in "'\"‘“"))


def text_blocks(body: str) -> tuple[Block, ...]:
    """Read plain text: the body blocks (page furniture left out)."""
    return split_zones(text_pieces(body)).body


def text_pieces(body: str) -> tuple[Piece, ...]:
    """Read plain text: blank lines separate paragraphs; hard-wrapped lines are joined; a line of
    dashes or stars is a thematic break; a line of its own that opens the text and reads as a
    headline is a heading, however long."""
    pieces: list[Piece] = []
    rule = False
    chunks = _rejoined([chunk for chunk in re.split(r"\n\s*\n", body) if chunk.strip()])
    for number, chunk in enumerate(chunks):
        lines = [clean_text(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if number == 0 and len(lines) == 1 and len(chunks) > 1 and _opening_headline(lines[0]):
            pieces.append(Piece("heading", lines[0]))
            continue
        hard_wrapped = len(lines) > 1 and all(len(line) <= 100 for line in lines[:-1]) and not any(
            looks_like_heading(line) or _RULE.match(line) for line in lines
        )
        units = [" ".join(lines)] if hard_wrapped else _unwrapped(lines) or lines
        for unit in units:
            if _RULE.match(unit):
                rule = True
                continue
            pieces.append(_piece_for_line(unit, rule))
            rule = False
    return tuple(pieces)


# A paragraph that goes on in lower case after a blank line ("... to the\n\nharbour.") was cut mid-sentence;
# a byline ("by Ana Ruiz") under a headline was not.
_GOES_ON = re.compile(r"^\s*(?!by\s)[a-z]")
_ENDS_SENTENCE = re.compile(r"[.!?:…\"”’)\]]$")


def _rejoined(chunks: list[str]) -> list[str]:
    """Chunks with a blank line that cuts a sentence in two joined again: the first does not end its
    sentence and the next goes on in lower case."""
    out: list[str] = []
    for chunk in chunks:
        if out and _GOES_ON.match(chunk) and not _ENDS_SENTENCE.search(out[-1].rstrip()) \
                and not _RULE.match(out[-1].strip().split("\n")[-1]):
            out[-1] = f"{out[-1].rstrip()} {chunk.lstrip()}"
            continue
        out.append(chunk)
    return out


# Lines of a hard-wrapped text fill most of the width it is wrapped at; a line well short of it ends a
# paragraph (or is a heading).
_FULL_LINE = 0.7
_WRAPPED_SHARE = 0.6
_MAX_WRAP = 100
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s")


def _unwrapped(lines: list[str]) -> list[str] | None:
    """The paragraphs of a chunk of hard-wrapped lines with no blank line between paragraphs (wire copy,
    text pasted from a terminal), or ``None`` when its lines are not wrapped. A short line opening the
    chunk that reads as a heading stays a line of its own; a short line that ends a sentence ends its
    paragraph."""
    width = max(len(line) for line in lines)
    full = [len(line) >= _FULL_LINE * width for line in lines[:-1]]
    if len(lines) < 3 or width > _MAX_WRAP or sum(full) < _WRAPPED_SHARE * len(full) \
            or sum(bool(_LIST_ITEM.match(line)) for line in lines) * 2 >= len(lines) - 1:
        return None  # a list keeps its items, one to a line (a wrapped line may start with a dash too)
    units: list[str] = []
    current: list[str] = []
    for at, line in enumerate(lines):
        short = len(line) < _FULL_LINE * width
        if not current and at < 2 and short and looks_like_heading(line):
            units.append(line)
            continue
        current.append(line)
        if short and _HEADING_END.search(line):
            units.append(" ".join(current))
            current = []
    if current:
        units.append(" ".join(current))
    return units


def _piece_for_line(line: str, rule: bool) -> Piece:
    kind: BlockKind = "heading" if looks_like_heading(line) else "paragraph"
    if line.startswith(("> ", ">")) and len(line) > 1:
        return Piece("blockquote", clean_text(line.lstrip("> ")), rule=rule)
    return Piece(kind, line, rule=rule)


def markdown_blocks(body: str) -> tuple[Block, ...]:
    """Read Markdown: the body blocks (page furniture left out)."""
    return split_zones(markdown_pieces(body)).body


def markdown_pieces(body: str) -> tuple[Piece, ...]:
    """Read Markdown: render it, then keep the text of each block with its share of link text.

    Link text is kept; images, raw HTML tags, Hugo shortcodes and reference definitions go.
    """
    body = _HUGO_SHORTCODE.sub("", body)
    rendered = markdown.markdown(body, extensions=["tables", "sane_lists"], output_format="html")
    return _html_fragment_pieces(rendered)


# "[#]: author: "Jane Doe https://..."": metadata some projects keep in reference definitions.
_REFERENCE_META = re.compile(r"^\[[^\]\n]{1,10}\]:\s*([A-Za-z_]{2,20})\s*:\s*(.+?)\s*$", re.MULTILINE)


def reference_metadata(body: str) -> dict[str, str]:
    """Metadata kept as Markdown reference definitions (``[#]: author: "..."``), which render as nothing."""
    out: dict[str, str] = {}
    for key, value in _REFERENCE_META.findall(body):
        value = value.strip().strip("\"'").strip()
        if key.lower() in ("author", "authors", "byline"):
            value = re.sub(r"\s*https?://\S+", "", value).strip()
        if value:
            out.setdefault(key.lower(), value)
    return out


def _html_fragment_pieces(fragment: str) -> tuple[Piece, ...]:
    if not fragment.strip():
        return ()
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return tuple(_walk(root, inside_quote=False, rule=[False]))


def _walk(element: Any, *, inside_quote: bool, rule: list[bool]) -> Iterator[Piece]:
    """Blocks of an HTML tree in reading order; ``rule`` carries a thematic break to the next one."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag == "hr":
            rule[0] = True
            continue
        if tag in _SKIPPED_TAGS:
            continue
        if tag == "blockquote":
            yield from _walk(child, inside_quote=True, rule=rule)
            if child.text and child.text.strip():
                yield Piece("blockquote", clean_text(child.text), rule=rule[0])
                rule[0] = False
            continue
        if tag in _BLOCK_TAGS and not _has_block_children(child):
            kind: BlockKind = "blockquote" if inside_quote else _BLOCK_TAGS[tag]  # type: ignore[assignment]
            raw = _element_text(child)
            # A code block (often an indented list in loose Markdown) keeps one block a line.
            for text in (raw.split("\n") if tag == "pre" else [raw]):
                text = clean_text(text)
                if text:
                    yield Piece(kind, text, links=_link_share(child, text) if tag != "pre" else 0.0, rule=rule[0])
                    rule[0] = False
            continue
        yield from _walk(child, inside_quote=inside_quote, rule=rule)


def _link_share(element: Any, text: str) -> float:
    linked = sum(len(clean_text(_element_text(a))) for a in element.iter("a"))
    return min(1.0, linked / len(text)) if text else 0.0


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
    """Extract the article's blocks and metadata of a web page with trafilatura.

    trafilatura finds the main text; its furniture (credits, teasers, contact lines) is left
    for :func:`~generator.ingest.zones.split_zones` to tell from the body, which it does the
    same way for every format. A body that the page splits into several containers of the
    same kind (between advertisements) is read from all of them.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    page = strip_code(page)
    xml = trafilatura.extract(
        page, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=True, deduplicate=False,
    )
    if not xml:
        return HtmlExtract(pieces=(), metadata={})
    root = etree.fromstring(xml.encode("utf-8"))
    pieces: list[Piece] = []
    for element in root.iter("head", "p", "quote", "item"):
        if element.getparent() is not None and element.getparent().tag in ("quote", "item") and element.tag == "p":
            continue
        text = clean_text("".join(element.itertext()))
        if not text:
            continue
        kind: BlockKind = {"head": "heading", "quote": "blockquote", "item": "item"}.get(element.tag, "paragraph")  # type: ignore[assignment]
        linked = sum(len(clean_text("".join(ref.itertext()))) for ref in element.iter("ref"))
        pieces.append(Piece(kind, text, links=min(1.0, linked / len(text))))
    pieces = continued_body(page, pieces)
    title = page_headline(page, root.get("title"), root.get("sitename"))
    # The headline is the article's title, not a heading of its body.
    pieces = [p for p in pieces if not (p.kind == "heading" and title and _same_words(p.text, title))]
    metadata = {
        "title": title,
        "author": root.get("author"), "published": root.get("date"),
        "source": root.get("sitename"), "url": root.get("url"), "language": _html_language(page),
    }
    return HtmlExtract(pieces=tuple(pieces), metadata={k: v for k, v in metadata.items() if v})


def _same_words(one: str, other: str) -> bool:
    return re.findall(r"\w+", one.lower()) == re.findall(r"\w+", other.lower())


def continued_body(page: str, pieces: list[Piece]) -> list[Piece]:
    """The body read from every container of the kind that holds the extracted paragraphs.

    Pages cut their article into several containers with the same class, with advertisements
    and teasers between them; an extractor that settles on the first one loses the rest.
    """
    paragraphs = {p.text for p in pieces if p.kind == "paragraph" and len(p.text) > 60}
    if len(paragraphs) < 2:
        return pieces
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return pieces
    holders: dict[tuple[str, str], int] = {}
    for element in tree.iter("p"):
        if clean_text(element.text_content()) in paragraphs:
            parent = element.getparent()
            if parent is not None and parent.get("class"):
                key = (parent.tag, parent.get("class", ""))
                holders[key] = holders.get(key, 0) + 1
    if not holders:
        return pieces
    (tag, cls), _ = max(holders.items(), key=lambda item: item[1])
    containers = [e for e in tree.iter(tag) if e.get("class") == cls]
    if len(containers) < 2:
        return pieces
    walked = [piece for container in containers for piece in _walk(container, inside_quote=False, rule=[False])]
    texts = {piece.text for piece in walked}
    # Only when the containers hold what was extracted, and more of the same.
    if sum(1 for text in paragraphs if text in texts) < 0.9 * len(paragraphs) or \
            sum(len(p.text) for p in walked) <= sum(len(p.text) for p in pieces):
        return pieces
    return walked


def _html_language(page: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", page[:5000], re.IGNORECASE)
    return match.group(1).lower() if match else None

