"""Word valence from VADER's sentiment lexicon (the word list the ``vaderSentiment`` package ships).

VADER rates about 7,500 English words and emoticons from -4 (very bad) to +4 (very good), each the
mean of ten human ratings (Hutto and Gilbert, ICWSM 2014). We read only its word list, once per
process, and weigh words ourselves: what a word judges depends on what it is about, which
VADER's sentence score does not know. Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from generator.errors import ConfigError

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
# Entries of VADER's list that social media gave a valence but news prose uses without judging,
# and verbs of speech acts.
_NEUTRAL_IN_PROSE = frozenset(
    "yes no ok okay please like likes liked want wants wanted care cares share shares shared lol party parties "
    "play plays played join joins joined joke big huge serious seriously sure surely true truth natural united "
    "clear clearly help helps god intense pay paid cut cuts argue argues argued arguing argument arguments "
    "demand demands demanded accept accepts accepted convinced honest honestly "
    # Verbs of a speech act: they report what someone did to a claim (the stance rules read them).
    "reject rejects rejected rejecting deny denies denied dismiss dismissed dismisses agree agrees agreed "
    "disagree disagrees disagreed "
    # A firm's profit is a figure its critics cite as often as its backers.
    "profit profits".split())


@dataclass(frozen=True)
class Valence:
    """Word -> valence, -4 to +4."""

    words: Mapping[str, float]

    def of(self, word: str) -> float:
        """The valence of a word (lower case), 0 when the list has none or it is neutral in prose."""
        return self.words.get(word, 0.0)

    def scan(self, text: str, *, least: float = 1.0) -> list[tuple[int, int, float]]:
        """(start, end, valence) of every word of ``text`` whose valence is at least ``least`` either way."""
        lowered = text.lower()
        return [(m.start(), m.end(), v) for m in _WORD.finditer(lowered)
                for v in [self.words.get(m.group(0), 0.0)] if abs(v) >= least]


@functools.lru_cache(maxsize=1)
def load_valence() -> Valence:
    """VADER's word list, read once per process.

    Raises:
        ConfigError: the ``vaderSentiment`` package is not installed.
    """
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise ConfigError("the sentiment lexicon is missing: pip install vaderSentiment==3.3.2") from error
    words: dict[str, float] = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if not word or not word[0].isalpha() or word in _NEUTRAL_IN_PROSE:
            continue
        try:
            words[word] = float(rest.split("\t", 1)[0])
        except ValueError:
            continue
    return Valence(words)
