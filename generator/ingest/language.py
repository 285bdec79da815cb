"""The language an article is written in, told from its body text.

py3langid (a naive Bayes classifier over byte n-grams, trained on 97 languages and shipped
inside the package, so nothing is downloaded) reads the body once its furniture is gone. The
answer counts only when the text is long enough and the classifier sure enough; otherwise the
metadata's language (or English) stands.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import yaml

from generator.knowledge import DATA_DIR

MIN_CHARS = 200
"""Shorter texts are not judged: a few words are often in any of several languages."""
CONFIDENCE = 0.9
"""Probability the classifier must give a language for it to override the metadata."""
SAMPLE_CHARS = 20_000
"""The classifier reads this much of a long text, which is plenty."""


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language."""

    code: str
    """ISO 639-1 code such as ``en`` or ``fr``."""
    probability: float
    """How sure the classifier is, 0 to 1."""

    @property
    def confident(self) -> bool:
        return self.probability >= CONFIDENCE


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loaded once per process, and only when an article is read (about half a second).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Language | None:
    """The language of ``text``, or ``None`` when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for char in sample if char.isalpha()) < MIN_CHARS:
        return None
    code, probability = _identifier().classify(sample)
    return Language(str(code), float(probability))


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    data = yaml.safe_load((DATA_DIR / "languages.yml").read_text(encoding="utf-8")) or {}
    return {str(code): str(name) for code, name in data.items()}


def language_name(code: str) -> str:
    """The English name of a language code ("fr" -> "French"), or the code itself."""
    return _names().get(code.split("-")[0].lower(), code)
