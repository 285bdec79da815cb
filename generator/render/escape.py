"""Escaping article text so that it renders literally in our Markdown.

Python-Markdown passes raw HTML through, and the enabled extensions give meaning to many
ASCII punctuation characters (attribute lists, abbreviations, footnotes, tables, smart
symbols...). Turning every ASCII punctuation character into a numeric character reference
makes the text inert for all of them at once, while browsers and the search index still
read it as the same characters.
"""

from __future__ import annotations

import html
import re
import string

_PUNCTUATION = {ord(ch): f"&#{ord(ch)};" for ch in string.punctuation}
# Invisible and direction-changing characters: shown as nothing, never allowed to reorder text.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e"
                        r"\u2060-\u2069\ufeff\ud800-\udfff]")
_SPACE = re.compile(r"\s+")


class Trusted(str):
    """Markdown written by the generator itself, passed through templates unescaped."""

    __slots__ = ()


def clean(text: str) -> str:
    """Collapse whitespace (no leading indentation, no line breaks) and drop invisible marks."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def escape_markdown(value: object) -> str:
    """Article text to inert Markdown: ASCII punctuation as numeric character references."""
    if isinstance(value, Trusted):
        return value
    if value is None:
        return ""
    return clean(str(value)).translate(_PUNCTUATION)


def escape_attribute(value: object) -> str:
    """Article text for an HTML attribute value inside double quotes."""
    return escape_markdown(value)


def escape_html(value: object) -> str:
    """Article text for places MkDocs passes through as raw HTML (navigation titles)."""
    return html.escape(clean(str(value or "")), quote=True)
