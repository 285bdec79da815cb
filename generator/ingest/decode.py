"""Bytes to text: refuse binary files, decode with a clear fallback order, normalise lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.errors import IngestError

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_FRONT_MATTER_CHARSET = re.compile(rb"^(?:charset|encoding):\s*['\"]?([A-Za-z0-9_\-]+)", re.MULTILINE)
# C0 controls other than tab, newline and carriage return, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text read from a file and how it was decoded."""

    text: str
    """Decoded text with ``\\n`` line ends and no byte-order mark."""
    encoding: str
    """The codec that decoded it."""
    guessed: bool
    """True when the encoding was a fallback rather than valid UTF-8 or a declared charset."""


def looks_binary(data: bytes) -> bool:
    """Return True for data that is not text: NUL bytes or many control bytes."""
    if b"\x00" in data[:65536]:
        return True
    sample = data[:4096]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes, path: Path | str) -> DecodedText:
    """Decode article bytes: strict UTF-8 first, then a declared charset, then cp1252.

    Raises:
        IngestError: the file is empty, whitespace only, or binary.
    """
    if not data.strip():
        raise IngestError(path, "the file is empty")
    if looks_binary(data):
        raise IngestError(path, "the file is binary (it contains NUL or control bytes), not an article")
    encoding, guessed = "utf-8", False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        declared = _declared_charset(data)
        text = ""
        if declared:
            try:
                text, encoding = data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                declared = None
        if not declared:
            text, encoding, guessed = data.decode("cp1252", errors="replace"), "cp1252", True
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    if not text.strip():
        raise IngestError(path, "the file holds only whitespace")
    return DecodedText(text=text, encoding=encoding, guessed=guessed)


def _declared_charset(data: bytes) -> str | None:
    for pattern in (_DECLARED_CHARSET, _FRONT_MATTER_CHARSET):
        match = pattern.search(data[:4096])
        if match:
            return match.group(1).decode("ascii").lower()
    return None
