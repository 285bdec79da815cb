"""The language of an article, and the speech cues of languages other than English.

The metadata says the language when the page does (``lang``, front matter); otherwise the
commonest function words tell it. The cues come from ``generator/data/speech.yml``: general
grammar of each language (speech-verb forms, "according to" words, determiners, pronouns).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.errors import ConfigError
from generator.knowledge import DATA_DIR
from generator.model import Article

SPEECH = DATA_DIR / "speech.yml"
_ENGLISH = frozenset("the and of to is in that it was for on are with as his her they be at by this".split())
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
FUNCTION_SHARE = 0.08
"""Share of a text's words that must be one language's function words for that language."""


@dataclass(frozen=True, slots=True)
class Speech:
    """How one language attributes speech."""

    language: str
    verbs: re.Pattern[str]
    """Speech-verb forms as whole words ("a déclaré", "sagte")."""
    according: re.Pattern[str]
    """Words that attribute what follows to the name after them ("laut", "selon")."""
    articles: frozenset[str]
    pronouns: dict[str, str]
    """Subject pronouns for one person -> ``m`` or ``f``."""
    nouns_capitalised: bool = False
    """Every noun is written with a capital (German)."""


@functools.lru_cache(maxsize=2)
def _lexicon(path: Path = SPEECH) -> dict[str, dict[str, object]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of languages")
    return data


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _words(pattern_words: object) -> re.Pattern[str]:
    words = sorted((str(w) for w in _listed(pattern_words)), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def speech_of(language: str) -> Speech | None:
    """The speech cues of ``language`` (``de``, ``fr`` ...), or ``None`` for English and languages the file lacks."""
    entry = _lexicon().get(language)
    if not isinstance(entry, dict):
        return None
    pronouns = entry.get("pronouns")
    return Speech(language, _words(entry.get("verbs")), _words(entry.get("according")),
                  frozenset(str(w).casefold() for w in _listed(entry.get("articles"))),
                  {str(k).casefold(): str(v) for k, v in pronouns.items()} if isinstance(pronouns, dict) else {},
                  bool(entry.get("nouns_capitalised")))


def language_of(article: Article) -> str:
    """The article's language code: its metadata's, else the one whose function words its text uses."""
    if article.meta.language:
        return article.meta.language.split("-")[0].casefold()
    words = [w.casefold() for w in _WORD.findall(article.text[:20000])]
    if not words:
        return "en"
    counts = Counter(words)
    english = sum(counts[w] for w in _ENGLISH) / len(words)
    best, share = "en", english
    for language, entry in _lexicon().items():
        if isinstance(entry, dict):
            function = {str(w) for w in _listed(entry.get("function"))}
            found = sum(counts[w] for w in function) / len(words)
            if found > share:
                best, share = str(language), found
    return best if best == "en" or share >= FUNCTION_SHARE else "en"
