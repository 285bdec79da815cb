"""What is at stake for whom, and each organisation's strategy where the article says it."""

from __future__ import annotations

import re

from generator.analyse.actors import ActorResult
from generator.analyse.ids import item_id, unique_ids
from generator.model import Article, Position, Stake

CATEGORIES: dict[str, tuple[str, ...]] = {
    "competition": ("competition", "competitor", "rival", "race", "market", "win"),
    "revenue": ("profit", "revenue", "pay", "business model", "money", "cost"),
    "reputation": ("promise", "reputation", "criticized", "criticised", "image", "trust"),
    "control": ("control", "power", "access"),
    "regulation": ("regulat", "law", "rules", "ban"),
}


def find_stakes(article: Article, actors: ActorResult) -> tuple[Stake, ...]:
    """Sentences that say what actors stand to win or lose, by category."""
    drafts = []
    for sentence in article.sentences:
        lower = sentence.text.lower()
        category = next((name for name, cues in CATEGORIES.items() if any(c in lower for c in cues)), None)
        if category is None or sentence.kind == "heading":
            continue
        involved = tuple(dict.fromkeys(
            actor_id for m in actors.mentions if sentence.start <= m.start < sentence.end
            for actor_id in [actors.actor_at(m.start, m.end)] if actor_id))
        if involved:
            drafts.append((sentence.text, involved, (sentence.id,), category))
    ids = unique_ids([item_id("k", text) for text, *_ in drafts])
    return tuple(Stake(id=i, text=t, actors=a, evidence=e, category=c) for i, (t, a, e, c) in zip(ids, drafts))


_OPEN = re.compile(r"\bopen(?:ing)? (?:source|access)\b", re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:abandoned|renounced|closed)\b", re.IGNORECASE)


def find_positions(article: Article, actors: ActorResult) -> tuple[Position, ...]:
    """An organisation's strategy: open when it opens access, closed when it renounces openness."""
    found: dict[str, tuple[set[str], list[str]]] = {}
    for sentence in article.sentences:
        strategy = "closed" if _CLOSED.search(sentence.text) else "open" if _OPEN.search(sentence.text) else None
        if strategy is None:
            continue
        for m in actors.mentions:
            if sentence.start <= m.start < sentence.end:
                actor_id = actors.actor_at(m.start, m.end)
                actor = next((a for a in actors.actors if a.id == actor_id), None)
                if actor and actor.kind == "organization":
                    strategies, evidence = found.setdefault(actor.id, (set(), []))
                    strategies.add(strategy)
                    evidence.append(sentence.id)
                break
    return tuple(Position(actor=actor_id, strategy="mixed" if len(s) > 1 else next(iter(s)),  # type: ignore[arg-type]
                          evidence=tuple(dict.fromkeys(e))) for actor_id, (s, e) in sorted(found.items()))
