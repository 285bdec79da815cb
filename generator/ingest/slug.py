"""Safe slugs for output folders, made from file names or titles."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Names Windows refuses as file names, and names MkDocs or the site already use.
RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10)),
     "assets", "search", "stylesheets", "javascripts", "actors", "timeline", "404", "index",
     "sitemap", "overrides", "tags", "site", "docs", "explainers"}
)


def slugify(value: str, *, max_length: int = 60) -> str:
    """Turn ``value`` into a lowercase ASCII slug of letters, digits, ``-`` and ``_``.

    The result never contains a path separator or ``..``, is never empty and never a
    reserved name (those get an ``article-`` prefix). A value with no ASCII letters or
    digits (a title in another script) gets ``article-`` and a short hash of itself, so two
    such files do not collide.
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower()).strip("-_")
    slug = re.sub(r"-{2,}", "-", slug)[:max_length].strip("-_")
    if not slug:
        digest = hashlib.sha1(value.strip().encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = f"article-{digest}" if value.strip() else "article"
    if slug in RESERVED:
        slug = f"article-{slug}"
    return slug
