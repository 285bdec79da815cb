"""The cue lexicons every article's analysis reads: general argument and stake cues, and topic packs.

General cues live in ``generator/data/arguments.yml`` and ``stakes.yml`` (general language, no
article's phrases). What belongs to one debate (its detection cues, the names of its proposal and
its opposite, its themes, what an organisation does when it takes a side, its default question)
lives in a topic pack under ``generator/data/topics/``; the analysis works with no pack at all.
A cue matches at a word start; overlapping matches keep the longest, so "not profitable" wins
over "profitable". Everything is compiled once per process and reaches the stages through the
analysis context.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.analyse.common.patterns import NEVER, cue_pattern, cues_or_never
from generator.errors import ConfigError
from generator.knowledge import DATA_DIR

ARGUMENT_CUES = DATA_DIR / "arguments.yml"
STAKE_CUES = DATA_DIR / "stakes.yml"
TOPICS_DIR = DATA_DIR / "topics"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a text."""

    start: int
    end: int
    theme: str
    """Theme name, or ``positive``/``negative`` for general evaluative words."""
    side: int
    """+1 for the proposal, -1 against it; for general words, +1 good, -1 bad."""


@dataclass(frozen=True)
class Topic:
    """A topic pack: one kind of question with its own vocabulary (see ``data/topics/``)."""

    name: str
    detect: re.Pattern[str]
    action: re.Pattern[str]
    """With ``object``: a sentence that pairs the two speaks of the topic."""
    object: re.Pattern[str]
    proposal: re.Pattern[str]
    opposite: re.Pattern[str]
    themes: tuple[tuple[str, int, re.Pattern[str]], ...]
    anything: re.Pattern[str]
    """Every theme cue at once: where it finds nothing, no theme cue is."""
    withhold: re.Pattern[str] | None
    """A decision or call not to do what the proposal does ("we would not release it")."""
    positions: tuple[tuple[str, re.Pattern[str]], ...]
    """(``for`` or ``against``, what an organisation does when it takes that side)."""
    question: str
    """The question when the article names none."""
    labels: tuple[str, str]
    """Names of the for and against sides of that question."""
    labels_when_set: tuple[str, str]
    """Names of the sides when the metadata or an editor sets the question."""


@dataclass(frozen=True)
class Lexicon:
    """General argument cues, compiled once."""

    negation: re.Pattern[str]
    rhetorical: re.Pattern[str]
    concession: re.Pattern[str]
    evaluative: re.Pattern[str]
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    anything: re.Pattern[str]
    """Every general evaluative word at once (positive and negative)."""
    mention: re.Pattern[str]
    """Theme cues that name a subject rather than judge it (see ``mentions`` in the data file)."""

    def hits(self, text: str, topic: Topic | None) -> list[Hit]:
        """Theme cues (with their side) and general evaluative words, longest match first."""
        found: list[Hit] = []
        # One scan for all theme cues and one for all general words first: most sentences have
        # none of either, and no single cue starts before the first one of its kind.
        themed = topic.anything.search(text) if topic is not None else None
        general = self.anything.search(text)
        if themed is not None and topic is not None:
            for theme, side, pattern in topic.themes:
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
        if not hits or self.negation.search(text) or any(
                h.theme in ("positive", "negative") or not self.mention.fullmatch(text[h.start:h.end]) for h in hits):
            return False
        return not any(all(m.end() <= h.start or m.start() >= h.end for h in hits)
                       for m in self.evaluative.finditer(text))

    def negated(self, text: str, hit: Hit) -> bool:
        """A negation in the few words before the cue (and not part of the cue itself: "not open"
        carries its own; a cue that is a negator alone, "fail", can still be negated: "no reason it
        would fail")."""
        cue = text[hit.start:hit.end]
        if self.negation.search(cue) and not self.negation.fullmatch(cue):
            return False
        # A negation stops at a clause's end: "I don't like it – I hate it" hates.
        before = re.split(r"[;:–—]|\bbut\b", text[:hit.start])[-1]
        window = " ".join(before.split()[-5:])
        return bool(self.negation.search(window))


@dataclass(frozen=True)
class StakeLexicon:
    """Stake cues by category, the cues of consequence, and every category cue at once."""

    categories: tuple[tuple[str, re.Pattern[str]], ...]
    consequences: re.Pattern[str]
    anything: re.Pattern[str]


@dataclass(frozen=True)
class Lexicons:
    """Everything the stages match text against, besides the knowledge file."""

    arguments: Lexicon
    stakes: StakeLexicon
    topics: tuple[Topic, ...]

    def topic(self, question: str, text: str, *, mentions: int = 4, cooccurrences: int = 3) -> Topic | None:
        """The topic whose vocabulary the question uses or the text uses often, else ``None``."""
        for topic in self.topics:
            if topic.detect.search(question) or len(topic.detect.findall(text)) >= mentions:
                return topic
        # An article about a topic says so again and again even without its detection words.
        sentences = re.split(r"(?<=[.!?])\s+", text)
        for topic in self.topics:
            paired = sum(1 for s in sentences if topic.action.search(s) and topic.object.search(s))
            if paired >= cooccurrences:
                return topic
        return None


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the cue file ({error})") from error


def _general(data: Mapping[str, Any]) -> Lexicon:
    return Lexicon(
        negation=re.compile(r"(?:n[’']t\b|(?<![\w-])(?:" + "|".join(
            re.escape(n) for n in data["negations"] if "'" not in n) + r")(?![\w-]))", re.IGNORECASE),
        # The listed openings, and any wh-word before a modal or auxiliary ("who would", "why do").
        rhetorical=re.compile(r"^\W*(?:and |but |so )?(?:" + "|".join(re.escape(r) for r in data["rhetorical"])
                              + r"|(?:who|why|how)\s+(?:will|would|can|could|should|do|does|need|needs))\b",
                              re.IGNORECASE),
        concession=cue_pattern(data["concessions"]),
        evaluative=cue_pattern(data["evaluative"]),
        positive=cue_pattern(data["positive"]),
        negative=cue_pattern(data["negative"]),
        anything=cue_pattern([*data["positive"], *data["negative"]]),
        mention=cues_or_never(data.get("mentions") or ()),
    )


def _withhold(verbs: Sequence[str]) -> re.Pattern[str] | None:
    """"would not release", "decided not to publish", "won't open": a call or decision not to act."""
    if not verbs:
        return None
    stems = "|".join(re.escape(v.rstrip("*")) + (r"\w*" if v.endswith("*") else r"\b") for v in verbs)
    return re.compile(r"\b(?:(?:would|will|should|must|decided?|decides|deciding|chose|choose|chooses|choosing)\s+"
                      r"(?:not|never)|(?:won|wouldn|shouldn|mustn)[’']t)\s+(?:to\s+)?(?:be\s+)?"
                      rf"(?:{stems})", re.IGNORECASE)


def load_topic(path: Path) -> Topic:
    """Read and compile one topic pack."""
    spec = _read(path)
    try:
        themes = []
        every: list[str] = []
        for theme, sides in (spec.get("themes") or {}).items():
            for side_name, cues in sides.items():
                themes.append((theme, 1 if side_name == "for" else -1, cue_pattern(cues)))
                every += cues
        pairs = spec.get("cooccurrence") or {}
        sides = spec.get("sides") or {}
        when_set = spec.get("sides_when_set") or sides
        positions = tuple((side, re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE))
                          for side, patterns in (spec.get("positions") or {}).items() if patterns)
        return Topic(
            name=path.stem, detect=cue_pattern(spec["detect"]),
            action=cues_or_never(pairs.get("action") or ()), object=cues_or_never(pairs.get("object") or ()),
            proposal=cue_pattern(spec["proposal"]), opposite=cue_pattern(spec["opposite"]),
            themes=tuple(themes), anything=cues_or_never(every), withhold=_withhold(spec.get("withhold") or ()),
            positions=positions, question=str(spec["question"]),
            labels=(str(sides.get("for", "For")), str(sides.get("against", "Against"))),
            labels_when_set=(str(when_set.get("for", "Yes")), str(when_set.get("against", "No"))),
        )
    except (KeyError, TypeError, AttributeError, re.error) as error:
        raise ConfigError(f"{path}: not a valid topic pack ({type(error).__name__}: {error})") from error


@functools.lru_cache(maxsize=4)
def load_lexicons(arguments: Path = ARGUMENT_CUES, stakes: Path = STAKE_CUES,
                  topics: tuple[Path, ...] | None = None) -> Lexicons:
    """Read and compile the lexicons; ``topics`` defaults to every pack shipped in ``data/topics``."""
    data = _read(stakes)
    stake_lexicon = StakeLexicon(
        categories=tuple((name, cue_pattern(cues)) for name, cues in data["categories"].items()),
        consequences=cue_pattern(data["consequences"]),
        anything=cue_pattern([cue for cues in data["categories"].values() for cue in cues]),
    )
    packs = sorted(TOPICS_DIR.glob("*.yml")) if topics is None else topics
    return Lexicons(arguments=_general(_read(arguments)), stakes=stake_lexicon,
                    topics=tuple(load_topic(path) for path in packs))


__all__ = ["NEVER", "Hit", "Lexicon", "Lexicons", "StakeLexicon", "Topic", "load_lexicons", "load_topic"]
