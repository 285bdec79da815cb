"""The central question and the labels of its two sides."""

from __future__ import annotations

import re
from collections import Counter

from generator.model import Article, Sides

# Contested subjects the article may turn on, with the question and side labels they give.
_OPENNESS = re.compile(r"\bopen[- ]?(?:source|access|weights?|models?)\b|\bclosed\b", re.IGNORECASE)


def decide_sides(article: Article) -> Sides:
    """Use the question from the metadata, or derive one from what the article discusses."""
    if article.meta.question:
        return Sides(question=article.meta.question, for_label="Yes", against_label="No")
    counts = Counter(match.group(0).lower() for match in _OPENNESS.finditer(article.text))
    if sum(counts.values()) >= 3:
        return Sides(question="Should AI models be open?", for_label="For open models",
                     against_label="Against", derived=True)
    subject = article.title.rstrip(".?!")
    return Sides(question=f"Is the case made in “{subject}” right?", derived=True)
