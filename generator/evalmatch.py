"""Matching rules of the evaluation: when a predicted item counts as a gold item.

The rules follow the ones documented for the development corpus (``devset/README.md``), so
our numbers and the corpus scorer's agree:

* text is normalised: HTML tags and Markdown links/emphasis dropped, curly quotes and
  dashes folded, case and whitespace folded;
* an actor matches a gold actor when one of its names equals a gold name or alias (leading
  articles and possessives ignored), or when its canonical name and the gold canonical name
  end the same way word by word ("Ruiz" ~ "Ana Ruiz");
* a quote matches when the gold's first six words occur in it, or when 60% of the shorter
  one's distinct words occur in the longer (at least three words);
* arguments, stakes and events match when the gold evidence phrase occurs in the item's
  text or in one of its evidence sentences; a figure when its digits (or words) do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...",
                       "\u00a0": " "})
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_ARTICLES = ("a", "an", "the")


def normalise(text: str | None) -> str:
    """Fold markup, typography, case and whitespace so texts compare on words."""
    if not text:
        return ""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", text))
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown link -> its text
    text = text.replace("*", "").replace("_", " ").translate(_FOLD).lower()
    return " ".join(text.split())


def words(text: str | None) -> list[str]:
    """Normalised words, keeping inner apostrophes and hyphens."""
    return _WORD.findall(normalise(text))


def name_key(text: str | None) -> str:
    """A name reduced for comparison: no leading articles, no possessive ``'s``."""
    tokens = words(text)
    while tokens and tokens[0] in _ARTICLES:
        tokens.pop(0)
    return " ".join(token[:-2] if token.endswith("'s") else token for token in tokens)


def _bare(name: str) -> str:
    """A gold canonical name without its parenthesised note: "X (anonymous)" -> "X"."""
    return re.sub(r"\(.*?\)", "", name)


def gold_names(gold: Mapping[str, Any]) -> set[str]:
    names = {name_key(gold["name"]), name_key(_bare(gold["name"]))}
    names.update(name_key(alias) for alias in gold.get("aliases") or ())
    return {name for name in names if name}


def predicted_names(actor: Mapping[str, Any]) -> set[str]:
    names = {name_key(actor.get("name"))}
    names.update(name_key(alias) for alias in actor.get("aliases") or ())
    return {name for name in names if name}


def actor_matches(actor: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether a predicted actor is the gold actor (see the module rules)."""
    if predicted_names(actor) & gold_names(gold):
        return True
    own = name_key(actor.get("name"))
    target = name_key(_bare(gold["name"]))
    if len(own) < 3 or len(target) < 3:
        return False
    return target.endswith(" " + own) or own.endswith(" " + target)


def quote_matches(predicted: str, gold: str) -> bool:
    """Whether a predicted quotation is the gold one (see the module rules)."""
    mine, theirs = words(predicted), words(gold)
    if not mine or not theirs:
        return False
    if " ".join(theirs[:6]) in " ".join(mine):
        return True
    shorter, longer = sorted((mine, theirs), key=len)
    if len(shorter) < 3:
        return False
    distinct = set(shorter)
    return len(distinct & set(longer)) / len(distinct) >= 0.6


def evidence_text(item: Mapping[str, Any], sentences: Mapping[str, str], *fields: str) -> str:
    """An item's own text fields and its evidence sentences, normalised, as one string."""
    parts = [str(item.get(name) or "") for name in fields]
    parts.extend(sentences.get(sid, "") for sid in item.get("evidence") or ())
    return normalise(" ".join(parts))


def phrase_in(phrase: str | None, texts: Iterable[str]) -> bool:
    """Whether a normalised gold phrase occurs in any of the (normalised) texts."""
    needle = normalise(phrase)
    return bool(needle) and any(needle in text for text in texts)


def figure_matches(value: Any, figure: Mapping[str, Any], sentences: Mapping[str, str]) -> bool:
    """A gold figure is found when its digits occur in a predicted value, or, for a figure
    written in words, when the words occur in the value, what it counts or its sentences."""
    wanted = normalise(str(value))
    digits = re.sub(r"\D", "", wanted)
    if digits:
        return digits in re.sub(r"\D", "", normalise(str(figure.get("value"))))
    return wanted in evidence_text(figure, sentences, "value", "what")
