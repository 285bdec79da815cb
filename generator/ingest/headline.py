"""The headline of an article when its metadata gives none, or gives the browser's title.

A web page's ``<title>`` (and often its ``og:title``) carries the site's name after a bar
("Council backs toll | Courier Politics") and is sometimes a shorter version of the
headline the page shows in its ``<h1>``. Text and Markdown files without metadata often
open with the headline on a line of its own.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Sequence

from generator.model import Block

_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:title[\"'][^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"\bcontent=(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Separators between a headline and the site's name in a browser title.
_BAR = " | "
_DASHES = (" - ", " – ", " — ")


def strip_site_name(title: str, site: str | None = None) -> str:
    """``title`` without the site's name that browser titles add before or after a bar
    (or after a dash, when the part after it is the site's name)."""
    if _BAR in title:
        title = max(title.split(_BAR), key=len).strip()
    if site:
        for dash in _DASHES:
            head, sep, tail = title.rpartition(dash)
            if sep and head and _words(tail) == _words(site):
                return head.strip()
    return title


def page_headline(page: str, fallback: str | None = None, site: str | None = None) -> str | None:
    """The headline of a web page: its first ``<h1>`` when that is the headline its title
    (``og:title``, else ``<title>``, else ``fallback``) abbreviates or rewords, else that
    title without the site's name."""
    title = _head_title(page) or fallback
    short = strip_site_name(title, site) if title else None
    match = _H1.search(page)
    if match is None:
        return short
    h1 = _text(match.group(1))
    if not h1 or len(h1) > 300:
        return short
    if short is None:
        return h1 if len(_words(h1)) >= 3 else None
    # A logo or section name in an <h1> shares the title's words but is much shorter.
    h1_words, title_words = _words(h1), _words(short)
    shared = len(set(h1_words) & set(title_words))
    if 2 * len(h1_words) >= len(title_words) and 2 * shared >= len(set(h1_words)):
        return h1
    return short


def opening_headline(blocks: Sequence[Block]) -> str | None:
    """The first block when it is a heading of a few words (not a bare "Background")
    that article text follows."""
    if len(blocks) < 2 or blocks[0].kind != "heading" or len(_words(blocks[0].text)) < 3:
        return None
    return blocks[0].text


def _head_title(page: str) -> str | None:
    og = _OG_TITLE.search(page)
    content = _CONTENT.search(og.group(0)) if og else None
    if content and _text(content.group(1) or content.group(2) or ""):
        return _text(content.group(1) or content.group(2))
    title = _TITLE.search(page)
    return (_text(title.group(1)) or None) if title else None


def _text(markup: str) -> str:
    return _SPACE.sub(" ", html_lib.unescape(_TAG.sub(" ", markup))).strip()


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]
