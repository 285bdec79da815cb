"""Escaping article text so that it renders literally in our Markdown.

Python-Markdown passes raw HTML through, and the enabled extensions give meaning to many
ASCII punctuation characters (attribute lists, abbreviations, footnotes, tables, smart
symbols...). Turning every ASCII punctuation character into a numeric character reference
makes the text inert for all of them at once, while browsers and the search index still
read it as the same characters.

Where each helper is for:

- :func:`escape_markdown`: page body, headings, tables, admonitions, list items, and
  Markdown link titles (tooltips). The default of the template environment.
- :func:`escape_attribute`: values of raw HTML attributes written by templates.
- :func:`escape_tooltip`: ``title`` attributes and Markdown link titles and abbreviation
  definitions, which the theme's ``content.tooltips`` feature renders as HTML.
- :func:`escape_html`: places MkDocs or the theme print without escaping (front matter
  ``title``, navigation titles).
- :func:`safe_url`: link targets (only ``http``/``https``, percent-encoded).
- :func:`anchor`: ids and fragments made from analysed text.
- :func:`is_safe_abbreviation`: abbreviation terms, which cannot be escaped at all.
"""

from __future__ import annotations

import hashlib
import html
import re
import string
from urllib.parse import quote, urlsplit

_PUNCTUATION = {ord(ch): f"&#{ord(ch)};" for ch in string.punctuation}
# Invisible, control and direction-changing characters, and lone surrogates: shown as
# nothing, never allowed to reorder text or break an encoder.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f"
                        r"\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
# Python-Markdown's placeholder for stashed HTML; an abbreviation term matching it would
# rewrite our own stashed markup.
_STASH_MARKER = "klzzwxh"
_ABBREVIATION = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 \-]{0,38}[A-Za-z0-9])?")
_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,79}")
# Characters left as they are in a URL: unreserved, and the reserved ones that structure it.
# Quotes, brackets, parentheses, spaces and backslashes are percent-encoded.
_URL_SAFE = "/:?#&=%@+,;~-._!$*"


class Trusted(str):
    """Markdown written by the generator itself, passed through templates unescaped."""

    __slots__ = ()


def strip_invisible(text: str) -> str:
    """Drop control, zero-width and bidirectional-override characters and lone surrogates."""
    return _INVISIBLE.sub("", text)


def clean(text: str) -> str:
    """Collapse whitespace (no leading indentation, no line breaks) and drop invisible marks."""
    return _SPACE.sub(" ", strip_invisible(text)).strip()


def escape_markdown(value: object) -> str:
    """Article text to inert Markdown: ASCII punctuation as numeric character references.

    Whitespace collapses to single spaces, so text never starts an indented code block or
    breaks a line; a single space at either end is kept so that ``", "`` between two values
    stays a comma and a space.
    """
    if isinstance(value, Trusted):
        return value
    if value is None:
        return ""
    return _SPACE.sub(" ", strip_invisible(str(value))).translate(_PUNCTUATION)


def escape_attribute(value: object) -> str:
    """Article text for an HTML attribute value inside double quotes, or a link title."""
    return clean(str(value)).translate(_PUNCTUATION) if value is not None else ""


def escape_tooltip(value: object) -> str:
    """Article text for a tooltip: a Markdown link title, an abbreviation or a ``title``.

    Material's ``content.tooltips`` copies the *decoded* title into the tooltip as HTML, so
    the text is HTML-escaped first and then made inert for Markdown and the attribute: the
    browser decodes ``&#38;lt;`` to ``&lt;``, and the tooltip shows ``<``.
    """
    if value is None:
        return ""
    return html.escape(clean(str(value)), quote=False).translate(_PUNCTUATION)


def escape_html(value: object) -> str:
    """Article text for places MkDocs passes through as raw HTML (navigation titles)."""
    return html.escape(clean(str(value or "")), quote=True)


def safe_url(value: object) -> str | None:
    """A link target for an article's URL, or None when it is not a plain web address.

    Only ``http`` and ``https`` URLs with a host are kept (no ``javascript:``, ``data:``,
    relative paths); characters that could end the link or an attribute are
    percent-encoded.
    """
    text = clean(str(value or ""))
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(text, safe=_URL_SAFE)


def anchor(value: object) -> str:
    """An HTML id or URL fragment: ``value`` itself when it is a plain id, else a hash of it."""
    text = str(value or "")
    if _ANCHOR.fullmatch(text):
        return text
    return "id-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def is_safe_abbreviation(term: str) -> bool:
    """True when ``term`` can be an abbreviation (``*[term]: ...``) without escaping.

    The abbr extension matches the term as raw text, so it cannot be entity-escaped: only
    letters, digits, spaces and inner hyphens, with at least one letter, are allowed.
    """
    return (bool(_ABBREVIATION.fullmatch(term)) and any(ch.isalpha() for ch in term)
            and _STASH_MARKER not in term.lower())
