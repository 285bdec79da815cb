"""Figures: numbers with what they count."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.analyse.spans import SentenceIndex
from generator.model import Article, Figure

_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def find_figures(article: Article, doc: Doc) -> tuple[Figure, ...]:
    """Numbers spaCy recognises, with the noun phrase they count."""
    index = SentenceIndex(article)
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS or not any(ch.isdigit() for ch in ent.text):
            continue
        what = ent.root.head
        phrase = doc[ent.start: what.i + 1].text if what.i >= ent.end else ent.text
        if what.i >= ent.end:
            tail = [t for t in what.subtree if t.i > what.i][:6]
            if tail:
                phrase = doc[ent.start: tail[-1].i + 1].text
        out.append(Figure(value=ent.text, what=phrase, evidence=(index.at(ent.start_char),)))
    return tuple(out)
