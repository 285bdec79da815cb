"""What is at stake for whom: sentences that say what actors stand to win or lose, by category.

Categories (competition, revenue, reputation, control, regulation, safety, society) come from cue
words in ``generator/data/stakes.yml``; a sentence that also says something could be won, lost or
decided weighs more. Each stake is the clause carrying the cue, the actors of its sentence and
the sentence itself.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import yaml

from generator.knowledge import DATA_DIR

from generator.analyse.actors.find import ActorResult
from generator.analyse.arguments.claims import clean
from generator.analyse.lexicons import _pattern
from generator.ids import item_id, unique_ids
from generator.model import Article, Quote, Sentence, Stake

DATA = DATA_DIR / "stakes.yml"
MAX_WORDS = 18
_CHUNK = re.compile(r"\s*(?:[;:—–]|,\s+(?=(?:and|but|which|while|as|because|so)\b)|…)\s*")
_SHARE = 0.7
"""The share of candidate sentences kept, the strongest first."""


@functools.lru_cache(maxsize=2)
def _lexicon(path: Path = DATA) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str], re.Pattern[str]]:
    """Each category's cues, the consequence cues, and every category cue at once (a cheap first test)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    categories = tuple((name, _pattern(cues)) for name, cues in data["categories"].items())
    anything = _pattern([cue for cues in data["categories"].values() for cue in cues])
    return categories, _pattern(data["consequences"]), anything


def find_stakes(article: Article, actors: ActorResult, quotes: tuple[Quote, ...] = ()) -> tuple[Stake, ...]:
    """Sentences that say what is at stake, strongest first within the share kept, in reading order."""
    categories, consequences, anything = _lexicon()
    candidates: list[tuple[float, Sentence, str, str]] = []
    for sentence in article.sentences:
        if sentence.kind == "heading" or len(sentence.text.split()) < 5:
            continue
        earliest = anything.search(sentence.text)
        if earliest is None:
            continue
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for name, pattern in categories:
            for match in pattern.finditer(sentence.text, earliest.start()):  # none starts before
                counts[name] += 1
                first.setdefault(name, match.start())
        if not counts:
            continue
        category = max(counts, key=lambda name: (counts[name], -first[name]))
        score = sum(counts.values()) + 1.5 * len(consequences.findall(sentence.text))
        candidates.append((score, sentence, category, _phrase(sentence.text, first[category])))
    if not candidates:
        return ()
    ranked = sorted(candidates, key=lambda c: -c[0])
    keep = max(3, round(len(candidates) * _SHARE))
    threshold = ranked[min(keep, len(ranked)) - 1][0]
    chosen = [c for c in candidates if c[0] >= threshold and c[0] >= 2]
    drafts = [(phrase, _actors_in(actors, sentence), (sentence.id,), category)
              for _, sentence, category, phrase in chosen]
    ids = unique_ids([item_id("k", text) for text, *_ in drafts])
    return tuple(Stake(id=i, text=t, actors=a, evidence=e, category=c) for i, (t, a, e, c) in zip(ids, drafts))


def _phrase(text: str, position: int) -> str:
    """The clause around the cue, cleaned, at most :data:`MAX_WORDS` words."""
    start = 0
    for piece in _CHUNK.split(text):
        where = text.find(piece, start)
        if where <= position < where + len(piece) + 1 and len(piece.split()) >= 3:
            phrase = clean(piece)
            break
        start = max(start, where)
    else:
        phrase = clean(text)
    words = phrase.split()
    return " ".join(words[:MAX_WORDS]) + (" …" if len(words) > MAX_WORDS else "")


def _actors_in(actors: ActorResult, sentence: Sentence) -> tuple[str, ...]:
    return tuple(dict.fromkeys(
        actor_id for m in actors.mentions if sentence.start <= m.start < sentence.end
        for actor_id in [actors.actor_at(m.start, m.end)] if actor_id))
