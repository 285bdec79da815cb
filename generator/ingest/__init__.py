"""Ingest: a file (text, Markdown or HTML) and its metadata become an :class:`Article`."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from generator.errors import IngestError
from generator.ingest.decode import decode_bytes
from generator.ingest.headline import opening_headline
from generator.ingest.language import detect_language, language_name
from generator.ingest.metadata import (
    build_metadata,
    read_sidecar,
    split_front_matter,
    text_value,
    to_metadata,
)
from generator.ingest.sentences import build_sentences
from generator.ingest.slug import slugify
from generator.model import Article

FORMATS: dict[str, str] = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                           ".html": "html", ".htm": "html"}
MAX_BYTES = 20 * 1024 * 1024
# spaCy's own limit for one text; a news article is a hundredth of that.
MAX_TEXT_CHARS = 1_000_000
# Beyond this a text is rarely one article (a whole report, a live blog): it is warned about.
# Analysing 200,000 characters took 17 s and 900 MB (README, "Adding an article").
LONG_TEXT_CHARS = 100_000

__all__ = ["FORMATS", "LONG_TEXT_CHARS", "MAX_TEXT_CHARS", "read_article", "slugify"]


# File names that say nothing about the story: a folder per article often holds "article.txt".
_GENERIC_STEMS = frozenset("article index story text body content page document untitled main post".split())


def _named_stem(path: Path) -> str:
    """What names the article on disk: its file name, or, when that is generic and the folder holds
    this article alone, the folder's name."""
    if path.stem.lower() not in _GENERIC_STEMS or not path.parent.name:
        return path.stem
    try:
        alone = not any(other.suffix.lower() in FORMATS and other.name != path.name for other in path.parent.iterdir())
    except OSError:
        alone = False
    return path.parent.name if alone else path.stem


def read_article(path: Path | str) -> Article:
    """Read an article file and the metadata beside or inside it.

    Args:
        path: a ``.txt``, ``.md`` or ``.html`` file anywhere on disk.

    Raises:
        IngestError: the file cannot be read or holds no article; the message names the file.
    """
    # Imported here: the readers pull in lxml (and trafilatura for HTML), which a build that
    # takes every article from the analysis cache never needs.
    from generator.ingest.formats import html_blocks, markdown_pieces, reference_metadata, text_pieces
    from generator.ingest.zones import split_zones

    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(path, f"unsupported file type '{path.suffix}' (use .txt, .md or .html)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read the file: {error.strerror or error}") from error
    if len(data) > MAX_BYTES:
        raise IngestError(path, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    decoded = decode_bytes(data, path)
    warnings: list[str] = []
    if decoded.guessed:
        warnings.append(f"{path}: not valid UTF-8; decoded as {decoded.encoding} (guessed)")

    sidecar, sidecar_path = read_sidecar(path)
    page: dict[str, object] = {}
    if fmt == "html":
        extract = html_blocks(decoded.text)
        pieces, inline = extract.pieces, extract.metadata
    else:
        inline, body, _ = split_front_matter(decoded.text, path)
        if fmt == "md":
            page = dict(reference_metadata(body))
        pieces = markdown_pieces(body) if fmt == "md" else text_pieces(body)
    title = inline.get("title")
    zoning = split_zones(pieces, title if isinstance(title, str) else None)
    blocks = zoning.body
    if not blocks:
        raise IngestError(path, "no article text found in the file")
    # What the page's furniture says (a byline, a dateline, a source link) counts least.
    page.update({key: value for key, value in
                 (("author", zoning.author), ("published", zoning.date), ("url", zoning.url)) if value})

    merged = build_metadata(page, inline, sidecar, path=sidecar_path or path)
    warnings.extend(merged.warnings)
    meta = to_metadata(merged.values, sidecar_path or path, warnings)
    if meta.title is None:
        meta = dataclasses.replace(meta, title=opening_headline(blocks))
    text, sentences = build_sentences(blocks)
    language = detect_language(text)
    if language is not None and (meta.language is None or language.code != meta.language.split("-")[0].lower()
                                 and language.confident):
        meta = dataclasses.replace(meta, language=language.code)
    if meta.language and meta.language.split("-")[0].lower() != "en":
        warnings.append(f"{path}: the article is in {language_name(meta.language)} ({meta.language}), not English; "
                        f"it is not analysed (its source page is still published)")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(path, f"the article text is {len(text):,} characters long, more than the "
                                f"{MAX_TEXT_CHARS:,} we analyse: split it into separate articles")
    if len(text) > LONG_TEXT_CHARS:
        warnings.append(f"{path}: very long article ({len(text):,} characters of text, more than "
                        f"{LONG_TEXT_CHARS:,}): its analysis needs much time and memory; split it into "
                        f"separate articles if it holds several stories")
    slug_source = text_value(merged.values.get("slug")) or _named_stem(path)
    digest = hashlib.sha256(data + repr((meta, slug_source)).encode("utf-8", "surrogatepass")).hexdigest()
    return Article(
        slug=slugify(str(slug_source)), path=str(path), format=fmt,  # type: ignore[arg-type]
        meta=meta, blocks=blocks, sentences=sentences, text=text, digest=digest,
        warnings=tuple(warnings), furniture=zoning.furniture,
    )
