"""Cue lexicons for arguments: themes with a side, evaluative words, negation, concession.

The lexicon lives in ``generator/data/arguments.yml`` (general language, no article's phrases).
A cue matches at a word start; overlapping matches keep the longest, so "not profitable" wins
over "profitable".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.knowledge import DATA_DIR

_RELEASE = re.compile(r"\b(?:releas\w*|publish\w*|shar(?:e|ed|ing))\b", re.IGNORECASE)
_MODELS = re.compile(r"\b(?:models?|weights|LLMs?|GPT\S*)\b")
DATA = DATA_DIR / "arguments.yml"
# A decision or a call not to release ("we would not release it", "things we decide not to publish",
# "it should never be opened"): whatever else the clause praises, it argues against releasing. Those who
# release say it too, of their limits, so it does not count toward anyone's stance.
WITHHOLD = re.compile(r"\b(?:(?:would|will|should|must|decided?|decides|deciding|chose|choose|chooses|choosing)\s+"
                      r"(?:not|never)|(?:won|wouldn|shouldn|mustn)[’']t)\s+(?:to\s+)?(?:be\s+)?"
                      r"(?:releas|publish|open|shar)\w*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a text."""

    start: int
    end: int
    theme: str
    """Theme name, or ``positive``/``negative`` for general evaluative words."""
    side: int
    """+1 for the proposal, -1 against it; for general words, +1 good, -1 bad."""


def _pattern(cues: list[str]) -> re.Pattern[str]:
    parts = sorted({cue.lower() for cue in cues}, key=len, reverse=True)

    def one(cue: str) -> str:
        # "transparen*" is a word start; other cues are whole words, with an optional plural;
        # a lone "*" inside a phrase ("take * back") stands for one or two words.
        body = re.escape(cue.rstrip("*")).replace(r"\ \*\ ", r"(?:\s+[\w’'-]+){1,2}\s+").replace(r"\ ", r"\s+")
        if cue.endswith("*"):
            return body + r"[\w-]*"
        return body + (r"s?" if cue[-1:].isalpha() else "") + r"(?![\w-])"

    return re.compile(r"(?<![\w-])(?:" + _by_first_letter(parts, one) + ")", re.IGNORECASE)


def _by_first_letter(parts: list[str], one) -> str:  # noqa: ANN001 - the cue-to-pattern function
    """The alternation of ``parts`` grouped by first letter, each group behind a look-ahead for it.

    Only cues starting with the letter at a position can match there, so the regex tries one
    look-ahead per group instead of every cue; within a group the order (longest first) is kept.
    Two ASCII letters or digits never match the same character, even ignoring case; cues that
    start otherwise keep the plain alternation.
    """
    if not all(part[:1].isascii() and part[:1].isalnum() for part in parts):
        return "|".join(one(p) for p in parts)
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(one(part))
    return "|".join(f"(?={first})(?:{'|'.join(group)})" for first, group in groups.items())


@dataclass(frozen=True)
class Topic:
    """A kind of question with its own vocabulary."""

    name: str
    detect: re.Pattern[str]
    proposal: re.Pattern[str]
    opposite: re.Pattern[str]
    themes: tuple[tuple[str, int, re.Pattern[str]], ...]
    anything: re.Pattern[str]
    """Every theme cue at once: where it finds nothing, no theme cue is."""


@dataclass(frozen=True)
class Lexicon:
    """All cue patterns, compiled once."""

    negation: re.Pattern[str]
    rhetorical: re.Pattern[str]
    concession: re.Pattern[str]
    evaluative: re.Pattern[str]
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    topics: tuple[Topic, ...]
    anything: re.Pattern[str]
    """Every general evaluative word at once (positive and negative)."""
    mention: re.Pattern[str]
    """Theme cues that name a subject rather than judge it (see ``mentions`` in the data file)."""

    def topic(self, question: str, text: str) -> Topic | None:
        """The topic whose vocabulary the question uses, or the text uses often."""
        return _topic_of(self, question, text)

    def _topic(self, question: str, text: str) -> Topic | None:
        for topic in self.topics:
            if topic.detect.search(question) or len(topic.detect.findall(text)) >= 4:
                return topic
        # An article about releasing models says so again and again even without "open".
        releasing = sum(1 for sentence in re.split(r"(?<=[.!?])\s+", text)
                        if _RELEASE.search(sentence) and _MODELS.search(sentence))
        if releasing >= 3 and self.topics:
            return self.topics[0]
        return None

    def hits(self, text: str, topic: Topic | None) -> list[Hit]:
        """Theme cues (with their side) and general evaluative words, longest match first."""
        found: list[Hit] = []
        # One scan for all theme cues and one for all general words first: most sentences have
        # none of either, and no single cue starts before the first one of its kind.
        themed = topic.anything.search(text) if topic is not None else None
        general = self.anything.search(text)
        if themed is not None:
            for theme, side, pattern in topic.themes:  # type: ignore[union-attr]
                found += [Hit(m.start(), m.end(), theme, side) for m in pattern.finditer(text, themed.start())]
        if general is not None:
            found += [Hit(m.start(), m.end(), "positive", 1) for m in self.positive.finditer(text, general.start())]
            found += [Hit(m.start(), m.end(), "negative", -1) for m in self.negative.finditer(text, general.start())]
        if not found:
            return found
        # Theme cues first, then longer matches: overlapping general words give way.
        found.sort(key=lambda h: (h.theme in ("positive", "negative"), -(h.end - h.start), h.start))
        kept: list[Hit] = []
        for hit in found:
            if all(hit.end <= other.start or hit.start >= other.end for other in kept):
                kept.append(hit)
        return sorted(kept, key=lambda h: h.start)

    def mentions_only(self, text: str, hits: list[Hit]) -> bool:
        """Whether ``hits`` are all theme cues that merely name a subject ("the community"), and the
        text has no other evaluative word nor a negation: it reports rather than argues."""
        if not hits or self.negation.search(text) or any(h.theme in ("positive", "negative") or not self.mention.fullmatch(text[h.start:h.end])
                           for h in hits):
            return False
        return not any(all(m.end() <= h.start or m.start() >= h.end for h in hits)
                       for m in self.evaluative.finditer(text))

    def negated(self, text: str, hit: Hit) -> bool:
        """A negation in the few words before the cue (and not part of the cue itself)."""
        if self.negation.search(text[hit.start:hit.end]):
            return False
        before = re.split(r"[;:]|\bbut\b", text[:hit.start])[-1]
        window = " ".join(before.split()[-5:])
        return bool(self.negation.search(window))


@functools.lru_cache(maxsize=8)
def _topic_of(lexicon: Lexicon, question: str, text: str) -> Topic | None:
    # Several stages ask about the same article in a row; each answer scans the whole text.
    return lexicon._topic(question, text)


@functools.lru_cache(maxsize=2)
def load_lexicon(path: Path = DATA) -> Lexicon:
    """Read and compile the cue lexicon."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    topics = []
    for name, spec in (data.get("topics") or {}).items():
        themes = []
        every = []
        for theme, sides in (spec.get("themes") or {}).items():
            for side_name, cues in sides.items():
                themes.append((theme, 1 if side_name == "for" else -1, _pattern(cues)))
                every += cues
        topics.append(Topic(name, _pattern(spec["detect"]), _pattern(spec["proposal"]),
                            _pattern(spec["opposite"]), tuple(themes), _pattern(every)))
    return Lexicon(
        negation=re.compile(r"(?:n[’']t\b|(?<![\w-])(?:" + "|".join(
            re.escape(n) for n in data["negations"] if "'" not in n) + r")(?![\w-]))", re.IGNORECASE),
        rhetorical=re.compile(r"^\W*(?:and |but |so )?(?:" + "|".join(re.escape(r) for r in data["rhetorical"]) + r")\b",
                              re.IGNORECASE),
        concession=_pattern(data["concessions"]),
        evaluative=_pattern(data["evaluative"]),
        positive=_pattern(data["positive"]),
        negative=_pattern(data["negative"]),
        topics=tuple(topics),
        anything=_pattern([*data["positive"], *data["negative"]]),
        mention=_pattern(data.get("mentions") or ["\u0000"]),
    )
