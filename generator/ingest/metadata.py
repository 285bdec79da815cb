"""Article metadata: YAML front matter, sidecar files, and the keys we understand."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import IngestError
from generator.ingest.decode import strip_controls
from generator.model import Metadata

KNOWN_KEYS: tuple[str, ...] = (
    "title", "published", "source", "url", "author", "language", "question", "slug",
    "for_label", "against_label",
)
# Common names other tools give to the same facts.
KEY_SYNONYMS: dict[str, str] = {
    "date": "published", "pubdate": "published", "publishdate": "published",
    "published_at": "published", "publication_date": "published",
    "authors": "author", "byline": "author", "publisher": "source", "outlet": "source",
    "sitename": "source", "site_name": "source", "link": "url", "canonical_url": "url",
    "lang": "language", "headline": "title", "subject": "title", "via": "url",
}
SIDECAR_SUFFIXES: tuple[str, ...] = (".yml", ".yaml")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class MetadataResult:
    """Metadata read from one source, with warnings for the build log."""

    values: dict[str, Any]
    warnings: tuple[str, ...]


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], str, int]:
    """Split YAML front matter off ``text``.

    Returns:
        The front matter mapping (empty when there is none), the body, and the number of
        lines the front matter took.

    Raises:
        IngestError: the front matter is not valid YAML or not a mapping.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n") and "\n---" not in text[4:]:
            raise IngestError(path, "front matter opened with '---' is never closed", line=1)
        return {}, text, 0
    raw = match.group(1) or ""
    values = _load_yaml(raw, path, first_line=2)
    return values, text[match.end():], match.group(0).count("\n")


def read_sidecar(article_path: Path) -> tuple[dict[str, Any], Path | None]:
    """Read ``<stem>.yml`` (or ``.yaml``) beside an article, if there is one."""
    for suffix in SIDECAR_SUFFIXES:
        sidecar = article_path.with_suffix(suffix)
        if sidecar.is_file():
            try:
                text = sidecar.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise IngestError(sidecar, f"cannot read the metadata file: {error}") from error
            return _load_yaml(text, sidecar, first_line=1), sidecar
    return {}, None


class ImpossibleDate(yaml.constructor.ConstructorError):
    """A value YAML reads as a date (``2024-02-30``) although no such day exists."""


def _checked_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    # PyYAML lets the ValueError of ``datetime.date`` escape, without the line.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise ImpossibleDate(None, None, f"impossible date {node.value} ({error}); write a date that exists, "
                             "as YYYY-MM-DD", node.start_mark) from None


class DateCheckingLoader(yaml.SafeLoader):
    """The safe loader, reporting an impossible date as a YAML error that knows its line."""


DateCheckingLoader.add_constructor("tag:yaml.org,2002:timestamp", _checked_timestamp)


def yaml_problem(error: yaml.YAMLError, what: str) -> tuple[str, int | None]:
    """What is wrong, for one line, and the 0-based line of the YAML text it is on.

    ``what`` names the kind of file ("YAML metadata"); an impossible date is no syntax error
    and is named as itself.
    """
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return (problem if isinstance(error, ImpossibleDate) else f"malformed {what}: {problem}",
            mark.line if mark is not None else None)


def _load_yaml(raw: str, path: Path | str, *, first_line: int) -> dict[str, Any]:
    try:
        values = yaml.load(raw, Loader=DateCheckingLoader) if raw.strip() else {}  # DateCheckingLoader is a SafeLoader
    except RecursionError as error:
        raise IngestError(path, "malformed YAML metadata: nested too deeply", line=first_line) from error
    except yaml.YAMLError as error:
        problem, line = yaml_problem(error, "YAML metadata")
        raise IngestError(path, problem, line=None if line is None else first_line + line) from error
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise IngestError(path, "metadata must be a YAML mapping of keys to values", line=first_line)
    return {str(key): value for key, value in values.items()}


def build_metadata(*sources: dict[str, Any], path: Path | str) -> MetadataResult:
    """Merge metadata mappings (later ones win) into our keys, warning about likely typos.

    Keys of other tools are ignored quietly unless they look like a misspelt key of ours.
    """
    merged: dict[str, Any] = {}
    warnings: list[str] = []
    for source in sources:
        for key, value in source.items():
            name = key.strip().lower()
            if name in KNOWN_KEYS:
                merged[name] = value
            elif name in KEY_SYNONYMS:
                merged.setdefault(KEY_SYNONYMS[name], value)
            else:
                close = difflib.get_close_matches(name, KNOWN_KEYS, n=1, cutoff=0.75)
                if close:
                    warnings.append(f"{path}: unknown metadata key '{key}', did you mean '{close[0]}'?")
    return MetadataResult(values=merged, warnings=tuple(warnings))


def to_metadata(values: dict[str, Any], path: Path | str, warnings: list[str] | None = None) -> Metadata:
    """Turn merged values into :class:`Metadata`, normalising the date.

    Args:
        warnings: when given, a date we cannot read is reported here and left out;
            otherwise it raises :class:`IngestError`.
    """
    try:
        published = normalise_date(values.get("published"), path)
    except IngestError as error:
        if warnings is None:
            raise
        warnings.append(f"{error}; the date is left out")
        published = None
    return Metadata(
        title=text_value(values.get("title")),
        published=published,
        source=text_value(values.get("source")),
        url=text_value(values.get("url")),
        author=_author(values.get("author")),
        language=(text_value(values.get("language")) or None),
        question=text_value(values.get("question")),
    )


def normalise_date(value: Any, path: Path | str) -> str | None:
    """Return an ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) or None.

    Raises:
        IngestError: the value is present but is not a date we can read.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = text_value(value) or ""
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?$", text)
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return dt.date(int(year), int(month), int(day)).isoformat()
            if month:
                if not 1 <= int(month) <= 12:
                    raise ValueError(month)
                return f"{year}-{int(month):02d}"
            return year
        except ValueError:
            pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %Y", "%b %Y"):
        try:
            parsed = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed.strftime("%Y-%m") if "%d" not in fmt else parsed.date().isoformat()
    raise IngestError(path, f"'published' is not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


_SCALARS = (str, int, float, dt.date)
MAX_VALUE_CHARS = 1000


def text_value(value: Any) -> str | None:
    """A metadata value as one line of text: scalars and flat lists of scalars only.

    Nested values (which YAML aliases can make enormous) are ignored, long values cut.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(item) for item in value if isinstance(item, _SCALARS) and not isinstance(item, bool))
    elif not isinstance(value, _SCALARS):
        return None
    text = " ".join(strip_controls(str(value)[:MAX_VALUE_CHARS]).split())
    return text or None


def _author(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, (list, tuple)):
        value = [item.get("name") if isinstance(item, dict) else item for item in value[:20]]
    return text_value(value)
