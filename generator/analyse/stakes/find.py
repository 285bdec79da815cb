"""What is at stake for whom: sentences that say what actors stand to win or lose, by category.

Categories (competition, revenue, reputation, control, regulation, safety, society) come from cue
words in ``generator/data/stakes.yml``; a sentence that also says something could be won, lost or
decided weighs more. Each stake is the clause carrying the cue, the actors of its sentence and
the sentence itself.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.analyse.common.clauses import clean
from generator.analyse.common.sentiment import Valence, load_valence
from generator.analyse.context import Context
from generator.analyse.contracts import Cast, Found, Trace
from generator.ids import item_id, unique_ids
from generator.model import Quote, Sentence, Stake

_CHUNK = re.compile(r"\s*(?:[;:—–]|,\s+(?=(?:and|but|which|while|as|because|so)\b)|…)\s*")


def find_stakes(ctx: Context, actors: Cast, quotes: tuple[Quote, ...] = ()) -> Found[Stake]:
    """Sentences that say what is at stake, strongest first within the share kept, in reading order."""
    article, limits, lexicon = ctx.article, ctx.settings.stakes, ctx.lexicons.stakes
    categories, consequences, anything = lexicon.categories, lexicon.consequences, lexicon.anything
    valence = load_valence()
    candidates: list[tuple[float, Sentence, str, str, str]] = []
    for sentence in article.sentences:
        if sentence.kind == "heading" or len(sentence.text.split()) < 5:
            continue
        earliest = anything.search(sentence.text)
        if earliest is None:
            consequence = _any_subject(ctx, actors, sentence, consequences, valence)
            if consequence is not None:
                candidates.append(consequence)
            continue
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        cues: dict[str, list[str]] = {}
        for name, pattern in categories:
            for match in pattern.finditer(sentence.text, earliest.start()):  # none starts before
                counts[name] += 1
                first.setdefault(name, match.start())
                cues.setdefault(name, []).append(match.group(0))
        if not counts:
            continue
        category = max(counts, key=lambda name: (counts[name], -first[name]))
        said = [m.group(0) for m in consequences.finditer(sentence.text)]
        score = sum(counts.values()) + 1.5 * len(said)
        detail = f"{category} cues {', '.join(map(repr, cues[category]))}" + (
            f"; what can be won or lost: {', '.join(map(repr, said))}" if said else "") + f"; score {score:g}"
        candidates.append((score, sentence, category, _phrase(sentence.text, first[category], limits.max_words),
                           detail))
    if not candidates:
        return Found(())
    ranked = sorted(candidates, key=lambda c: -c[0])
    keep = max(limits.min_kept, round(len(candidates) * limits.share))
    threshold = ranked[min(keep, len(ranked)) - 1][0]
    chosen = [c for c in candidates if c[0] >= threshold and c[0] >= limits.min_score]
    bar = max(threshold, limits.min_score)
    drafts = [(phrase, actors.in_sentence(sentence.start, sentence.end), (sentence.id,), category,
               Trace("stakes", "category-cue", f"{detail} (kept from {bar:g}, the strongest "
                     f"{limits.share:.0%} of {len(candidates)} candidates)", (sentence.id,)))
              for _, sentence, category, phrase, detail in chosen]
    ids = unique_ids([item_id("k", text) for text, *_ in drafts])
    return Found(tuple(Stake(id=i, text=t, actors=a, evidence=e, category=c)
                       for i, (t, a, e, c, _) in zip(ids, drafts, strict=True)),
                 {i: (trace,) for i, (*_, trace) in zip(ids, drafts, strict=True)})


def _any_subject(ctx: Context, actors: Cast, sentence: Sentence, consequences: re.Pattern[str],
                 valence: Valence) -> tuple[float, Sentence, str, str, str] | None:
    """A stake on any subject: a sentence that names an actor and says what it can win or lose, in
    judging words ("the families who would lose their homes"), though no category cue names it."""
    said = [m for m in consequences.finditer(sentence.text)]
    if not said or not actors.in_sentence(sentence.start, sentence.end):
        return None
    judged = valence.scan(sentence.text, least=ctx.settings.arguments.valence_least)
    if not judged:
        return None
    score = 1.5 * len(said) + 0.5 * min(len(judged), 2)
    words = ", ".join(repr(m.group(0)) for m in said)
    detail = (f"what can be won or lost: {words}, in judging words "
              f"({', '.join(repr(sentence.text[a:b]) for a, b, _ in judged[:3])}); score {score:g}")
    return (score, sentence, "other", _phrase(sentence.text, said[0].start(), ctx.settings.stakes.max_words), detail)


def _phrase(text: str, position: int, most: int) -> str:
    """The clause around the cue, cleaned, at most ``most`` words."""
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
    return " ".join(words[:most]) + (" …" if len(words) > most else "")
