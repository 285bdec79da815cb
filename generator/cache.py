"""The analysis cache: an unchanged article is not read, parsed or analysed again.

An entry holds the pure result of :func:`generator.analyse.analyse_doc` for one article
(before any editor overrides), as deterministic JSON. Its key is a SHA-256 of everything
that can change that result:

- the article file's path relative to the project folder (so a cache made in another checkout,
  on another machine or by a cluster worker is reused), its bytes and its metadata sidecar's bytes;
- the generator: its version and the source of every module and data file the analysis
  depends on (so a rule change during development is never served stale);
- the spaCy model's name and ``meta.json`` (name, version, pipeline) and spaCy's version;
- the file names and contents of the user's knowledge and glossary files.

The key is computed from bytes on disk without importing spaCy or parsing anything, so a
build where every article is cached never loads the pipeline. Entries are written
atomically; an unreadable or corrupt entry counts as a miss and is rewritten. The folder
can be deleted at any time.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import tempfile
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator import __version__
from generator.model import Analysis

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
DEFAULT_CACHE_DIR = ".cache/explainer"
PACKAGE_DIR = Path(__file__).parent
# What the analysis result depends on inside the package (render, plugin and cli do not count).
ANALYSIS_SOURCES: tuple[str, ...] = ("analyse", "ingest", "data", "model.py", "ids.py", "knowledge.py",
                                     "errors.py", "cache.py")
# Must match generator.ingest.metadata.SIDECAR_SUFFIXES (a unit test checks it); not imported
# from there because importing the ingest package pulls in Markdown and lxml.
SIDECAR_SUFFIXES: tuple[str, ...] = (".yml", ".yaml")


def _digest(parts: Iterable[bytes]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(len(part).to_bytes(8, "big"))
        sha.update(part)
    return sha.hexdigest()


@functools.lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """Version plus the bytes of every source and data file the analysis depends on."""
    files: list[Path] = []
    for name in ANALYSIS_SOURCES:
        path = PACKAGE_DIR / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".pyc")
                     if path.is_dir() else [path])
    return _digest([__version__.encode()] + [
        p.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + p.read_bytes() for p in files])


@dataclasses.dataclass(frozen=True, slots=True)
class ModelInfo:
    """What identifies a spaCy pipeline, read without loading it."""

    id: str
    """``<lang>_<name>-<version>``, as :func:`generator.analyse.nlp.model_id` prints it."""
    fingerprint: str
    """Digest of the model name, its ``meta.json`` and spaCy's version."""


@functools.lru_cache(maxsize=8)
def model_info(name: str) -> ModelInfo | None:
    """Identify an installed pipeline (package name or folder) from its ``meta.json``.

    Returns ``None`` when the model cannot be found this way; the caller then loads it.
    """
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            return None
        folder = Path(spec.origin).parent
    try:
        raw = (folder / "meta.json").read_bytes()
        meta = json.loads(raw)
        spacy_version = importlib.metadata.version("spacy")
    except (OSError, ValueError, importlib.metadata.PackageNotFoundError):
        return None
    model_id = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
    return ModelInfo(id=model_id, fingerprint=_digest([name.encode(), raw, spacy_version.encode()]))


def files_fingerprint(paths: Iterable[str | Path]) -> str:
    """Digest of the names and contents of the given files (missing ones count as empty); the
    folders they are in do not count, so the digest is the same in any checkout."""
    parts = []
    for path in paths:
        path = Path(path)
        parts.append(path.name.encode())
        parts.append(path.read_bytes() if path.is_file() else b"")
    return _digest(parts)


def build_context(model: ModelInfo, knowledge: Iterable[str | Path] = (),
                  glossary: Iterable[str | Path] = (), stages: str = "") -> str:
    """The part of every key shared by the articles of one build; ``stages`` fingerprints the
    analysis stages that are not the built-in ones."""
    parts = [str(CACHE_FORMAT).encode(), generator_fingerprint().encode(), model.fingerprint.encode(),
             files_fingerprint(knowledge).encode(), b"glossary", files_fingerprint(glossary).encode()]
    if stages:
        parts += [b"stages", stages.encode()]
    return _digest(parts)


def article_key(path: Path, context: str, root: Path | None = None) -> str:
    """Key of one article: its path relative to ``root`` (the project folder), its bytes, its
    sidecar's bytes and the build context.

    Raises:
        OSError: the article cannot be read (the caller lets ingest report it).
    """
    parts = [context.encode(), relative_name(path, root).encode(), path.read_bytes()]
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_suffix(suffix)
        parts.append(sidecar.read_bytes() if sidecar.is_file() else b"")
    return _digest(parts)


def relative_name(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` in POSIX form, or its name when it lies elsewhere."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


# --- the model as plain data and back --------------------------------------------------------

def to_data(value: Any) -> Any:
    """A model value as JSON-ready data: dataclasses become dicts in field order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(hint: Any, data: Any) -> Any:
    """Rebuild a value of type ``hint`` from :func:`to_data` output.

    Raises:
        ValueError: the data does not have the shape of the type.
    """
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise ValueError(f"expected an object for {hint.__name__}")
        hints = _hints(hint)
        names = [f.name for f in dataclasses.fields(hint)]
        if set(data) != set(names):
            raise ValueError(f"fields of {hint.__name__} differ")
        return hint(**{name: from_data(hints[name], data[name]) for name in names})
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        options = [arg for arg in args if arg is not type(None)]
        if len(options) == 1:
            return from_data(options[0], data)
        return data
    if origin is tuple:
        if not isinstance(data, list):
            raise ValueError("expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], item) for item in data)
        return tuple(from_data(arg, item) for arg, item in zip(args, data, strict=True))
    if origin is dict:
        return {k: from_data(args[1], v) for k, v in data.items()}
    if hint is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return data


# --- the store -------------------------------------------------------------------------------

class AnalysisCache:
    """A folder of analyses as JSON, one file per key."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Analysis | None:
        """The analysis stored under ``key``, or ``None`` (missing or unreadable entry)."""
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
                raise ValueError("entry for another key or format")
            analysis = from_data(Analysis, entry["analysis"])
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            log.debug("explainer cache: ignoring %s (%s)", path, error)
            self.misses += 1
            return None
        self.hits += 1
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        """Store ``analysis`` under ``key`` atomically; a failure to write only logs."""
        path = self._path(key)
        text = json.dumps({"format": CACHE_FORMAT, "key": key, "analysis": to_data(analysis)},
                          ensure_ascii=False, separators=(",", ":"))
        try:
            self.prepare()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            log.warning("explainer cache: cannot write %s: %s", path, error)

    def prepare(self) -> None:
        """Create the folder with a ``.gitignore`` so that git ignores it in any project."""
        if (self.folder / ".gitignore").is_file():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".gitignore").write_text("# Created by explainer: safe to delete.\n*\n",
                                                encoding="utf-8")
