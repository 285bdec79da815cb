"""Safe slugs for output folders, made from file names or titles."""

from __future__ import annotations

import re
import unicodedata

# Names Windows refuses as file names, and names MkDocs or the site already use.
RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3",
     "assets", "search", "stylesheets", "javascripts", "actors", "timeline", "404", "index",
     "sitemap", "overrides", "tags"}
)


def slugify(value: str, *, max_length: int = 60) -> str:
    """Turn ``value`` into a lowercase ASCII slug of letters, digits, ``-`` and ``_``.

    The result never contains a path separator or ``..``, is never empty and never a
    reserved name (those get an ``article-`` prefix).
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower()).strip("-_")
    slug = re.sub(r"-{2,}", "-", slug)[:max_length].strip("-_")
    if not slug:
        slug = "article"
    if slug in RESERVED:
        slug = f"article-{slug}"
    return slug
