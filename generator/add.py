"""``explainer add``: bring an article into ``seeds/`` from a file or a URL, with its metadata.

HTML pages (files or URLs) go through trafilatura, which finds the article body and its
title, author, date and outlet; the result is written as a plain-text article with YAML
front matter, so an editor can read and correct it. Markdown and text files keep their
format; metadata given on the command line is merged into their front matter.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import __version__
from generator.errors import GeneratorError, IngestError
from generator.ingest import FORMATS, MAX_BYTES, read_article
from generator.ingest.decode import decode_bytes
from generator.ingest.formats import html_blocks
from generator.ingest.metadata import build_metadata, normalise_date, read_sidecar, split_front_matter
from generator.ingest.slug import slugify
from generator.model import Block

FETCH_TIMEOUT = 20.0
# The order in which metadata keys are written, for readable, stable front matter.
KEY_ORDER = ("title", "published", "author", "source", "url", "language", "question", "slug")


class AddError(GeneratorError):
    """The source cannot be added; the message names it and says what to do."""


@dataclass(frozen=True, slots=True)
class Added:
    """An article written into the seeds folder."""

    path: Path
    """The new file."""
    slug: str
    """Its folder in the site."""
    title: str | None
    metadata: dict[str, Any]
    """The metadata written into its front matter."""
    replaced: bool
    """An earlier file was replaced (``--force``)."""


@dataclass(frozen=True, slots=True)
class Source:
    """What was read from a file or URL: the raw bytes, their format and where from."""

    data: bytes
    format: str
    """``html``, ``md`` or ``txt``."""
    name: str
    """A file stem to fall back on for the slug."""
    url: str | None = None
    origin: Path | None = None
    """The local file, when the source is one."""


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https")


def read_source(source: str, *, timeout: float = FETCH_TIMEOUT) -> Source:
    """Read a local file, or fetch an ``http(s)`` URL.

    Raises:
        AddError: the file or URL cannot be read, or is not an article format.
    """
    if is_url(source):
        return _fetch(source, timeout)
    path = Path(source)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise AddError(f"{source}: unsupported file type '{path.suffix}' (use .html, .md, .txt or a URL)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise AddError(f"{source}: cannot read the file: {error.strerror or error}") from error
    if len(data) > MAX_BYTES:
        raise AddError(f"{source}: the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return Source(data, fmt, path.stem, origin=path)


def _fetch(url: str, timeout: float) -> Source:
    request = urllib.request.Request(url, headers={"User-Agent": f"explainer/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            content_type = response.headers.get_content_type()
            final_url = response.geturl()
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise AddError(f"{url}: cannot fetch the page: {reason}") from error
    if len(data) > MAX_BYTES:
        raise AddError(f"{url}: the page is larger than {MAX_BYTES // (1024 * 1024)} MB")
    suffix = Path(urllib.parse.urlsplit(final_url).path).suffix.lower()
    fmt = {"text/plain": "txt", "text/markdown": "md"}.get(content_type) or (
        FORMATS.get(suffix) if suffix in (".md", ".markdown", ".txt") else "html")
    name = Path(urllib.parse.urlsplit(final_url).path.rstrip("/")).stem or urllib.parse.urlsplit(final_url).hostname
    return Source(data, fmt or "html", name or "article", url=final_url)


def text_body(blocks: tuple[Block, ...]) -> str:
    """Blocks as plain text that ingest reads back into the same blocks: one per paragraph."""
    lines = [f"> {block.text}" if block.kind == "blockquote" else block.text for block in blocks]
    return "\n\n".join(lines) + "\n"


def extract(source: Source) -> tuple[dict[str, Any], str, str]:
    """Metadata, body text and the file suffix to write, from a source."""
    where = source.url or str(source.origin)
    decoded = decode_bytes(source.data, where)
    if source.format == "html":
        found = html_blocks(decoded.text)
        if not found.blocks:
            raise AddError(f"{where}: no article text found in the page")
        metadata = dict(found.metadata)
        if source.url:
            metadata.setdefault("url", source.url)
        return metadata, text_body(found.blocks), ".txt"
    inline, body, _ = split_front_matter(decoded.text, where)
    sidecar = read_sidecar(source.origin)[0] if source.origin else {}
    merged = build_metadata(inline, sidecar, path=where).values
    if source.url:
        merged.setdefault("url", source.url)
    if not body.strip():
        raise AddError(f"{where}: no article text found in the file")
    return merged, body if body.endswith("\n") else body + "\n", ".md" if source.format == "md" else ".txt"


def readable_slug(title: str, *, limit: int = 50) -> str:
    """A slug from a headline, cut at a word boundary: ``port-alden-weighs-a-toll``."""
    slug = slugify(title, max_length=200)
    if len(slug) > limit:
        slug = slug[:limit + 1].rsplit("-", 1)[0] if "-" in slug[:limit + 1] else slug[:limit]
    return slugify(slug)


def front_matter(metadata: Mapping[str, Any]) -> str:
    """YAML front matter with ``yaml.safe_dump``, keys in a readable order, empty ones left out."""
    ordered = {key: metadata[key] for key in KEY_ORDER if metadata.get(key) not in (None, "")}
    return "---\n" + yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def add_article(source: str, seeds: Path, *, slug: str | None = None, force: bool = False,
                metadata: Mapping[str, Any] | None = None, timeout: float = FETCH_TIMEOUT) -> Added:
    """Extract an article from ``source`` and write it into ``seeds`` under a readable slug.

    Args:
        source: a local ``.html``, ``.md`` or ``.txt`` file, or an ``http(s)`` URL.
        seeds: the seeds folder (created when missing).
        slug: the file and folder name; default: made from the title.
        force: replace an existing article of the same slug.
        metadata: values that win over what was extracted (title, published, author, ...).

    Raises:
        AddError: the source cannot be read, holds no article, or the slug is taken.
    """
    found = read_source(source, timeout=timeout)
    values, body, suffix = extract(found)
    for key, value in (metadata or {}).items():
        if value not in (None, ""):
            values[key] = value
    values.pop("slug", None)
    where = found.url or source
    if values.get("published") is not None:
        try:
            values["published"] = normalise_date(values["published"], where)
        except IngestError:
            values.pop("published")  # a page's odd date is not worth refusing the article for
    name = slugify(slug) if slug else readable_slug(values.get("title") or found.name)
    target = seeds / f"{name}{suffix}"
    replaced = _check_free(seeds, name, target, force)
    seeds.mkdir(parents=True, exist_ok=True)
    target.write_text(front_matter(values) + body, encoding="utf-8")
    try:
        article = read_article(target)
    except IngestError as error:
        target.unlink()
        raise AddError(f"{where}: the extracted article cannot be read back ({error.problem})") from error
    written = {key: values[key] for key in KEY_ORDER if values.get(key) not in (None, "")}
    return Added(target, article.slug, values.get("title"), written, replaced)


def _check_free(seeds: Path, name: str, target: Path, force: bool) -> bool:
    """Refuse to overwrite an article unless ``force``; remove the replaced file when forced."""
    same_stem = [p for p in seeds.glob(f"{name}.*") if p.suffix.lower() in FORMATS] if seeds.is_dir() else []
    others = _slug_users(seeds, name, exclude=set(same_stem))
    if others:
        raise AddError(f"{target}: the slug '{name}' is already used by {others[0]}; choose another with --slug")
    if same_stem and not force:
        raise AddError(f"{same_stem[0]} already exists; use --force to replace it or --slug to choose another name")
    for path in same_stem:
        if path != target:
            path.unlink()  # the replaced article in another format; its sidecar and overrides stay
    return bool(same_stem)


def _slug_users(seeds: Path, name: str, exclude: set[Path]) -> list[Path]:
    """Other articles whose metadata sets the slug ``name``."""
    if not seeds.is_dir():
        return []
    users = []
    for path in sorted(seeds.iterdir()):
        if path in exclude or path.suffix.lower() not in FORMATS or path.stem == name:
            continue
        try:
            if read_article(path).slug == name:
                users.append(path)
        except IngestError:
            continue
    return users
