"""Bytes to text: refuse binary files, decode with a clear fallback order, normalise lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.errors import IngestError

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_FRONT_MATTER_CHARSET = re.compile(rb"^(?:charset|encoding):\s*['\"]?([A-Za-z0-9_\-]+)", re.MULTILINE)
# C0 controls other than tab, newline and carriage return, DEL, C1 controls, and lone
# surrogates (which YAML escapes and HTML entities can produce and no encoder accepts).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Byte-order marks of the UTF-16 and UTF-32 files some Windows editors save.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
# Signatures of common binary formats people drop by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (a .docx or .odt?)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"), (b"{\\rtf", "an RTF document"),
)
# Declared charsets that cannot describe a file whose declaration we read as ASCII.
_IMPOSSIBLE_DECLARED = ("utf-16", "utf-32", "utf16", "utf32", "ucs-2", "ucs2")


def strip_controls(text: str) -> str:
    """Drop control characters (other than tab and line ends) and lone surrogates."""
    return _CONTROL.sub("", text)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text read from a file and how it was decoded."""

    text: str
    """Decoded text with ``\\n`` line ends and no byte-order mark."""
    encoding: str
    """The codec that decoded it."""
    guessed: bool
    """True when the encoding was a fallback rather than valid UTF-8 or a declared charset."""


def binary_kind(data: bytes) -> str | None:
    """Say what ``data`` is when it is not text: a known format, or bytes full of controls."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:65536]
    nul = sample.count(0)
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    # A stray NUL in a text file is dropped (see decode_bytes); many of them mean binary data.
    if sample and (nul > 8 and nul / len(sample) > 0.001 or controls / len(sample) > 0.05):
        return "binary data (NUL or control bytes)"
    return None


def looks_binary(data: bytes) -> bool:
    """Return True for data that is not text."""
    return binary_kind(data) is not None


def decode_bytes(data: bytes, path: Path | str) -> DecodedText:
    """Decode article bytes: a UTF-16/32 byte-order mark, strict UTF-8, a declared charset,
    then cp1252 (Latin-1 for the few bytes cp1252 leaves undefined).

    Raises:
        IngestError: the file is empty, whitespace only, or binary.
    """
    wide = next((codec for bom, codec in _WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        try:
            return _finish(data.decode(wide), wide, False, path)
        except UnicodeDecodeError as error:
            raise IngestError(path, f"the file starts like {wide.upper()} text but is not: {error.reason}") from error
    if not data:
        raise IngestError(path, "the file is empty")
    if not data.strip():
        raise IngestError(path, "the file holds only whitespace")
    kind = binary_kind(data)
    if kind:
        raise IngestError(path, f"the file is {kind}, not an article (use .txt, .md or .html text)")
    try:
        return _finish(data.decode("utf-8-sig"), "utf-8", False, path)
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and not declared.startswith(_IMPOSSIBLE_DECLARED):
        try:
            return _finish(data.decode(declared), declared, False, path)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _finish(data.decode("cp1252"), "cp1252", True, path)
    except UnicodeDecodeError:
        return _finish(data.decode("latin-1"), "latin-1", True, path)


def _finish(text: str, encoding: str, guessed: bool, path: Path | str) -> DecodedText:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", strip_controls(text))
    if not text.strip():
        raise IngestError(path, "the file holds only whitespace" if text else "the file is empty")
    return DecodedText(text=text, encoding=encoding, guessed=guessed)


def _declared_charset(data: bytes) -> str | None:
    for pattern in (_DECLARED_CHARSET, _FRONT_MATTER_CHARSET):
        match = pattern.search(data[:4096])
        if match:
            return match.group(1).decode("ascii").lower()
    return None
