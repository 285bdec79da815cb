"""Glossary: terms the article defines, and shipped terms it uses."""

from __future__ import annotations

import functools
import re

from generator.analyse.spans import SentenceIndex
from generator.knowledge import Knowledge
from generator.model import Article, Term

# "generative artificial intelligence (AI)": words before an acronym in brackets.
_ACRONYM = re.compile(r"((?:[\w-]+\s+){1,6})\(([A-Z][A-Za-z]{1,9})\)")


def find_glossary(article: Article, knowledge: Knowledge) -> tuple[Term, ...]:
    """Acronyms defined in the text, then shipped glossary terms found in it."""
    index = SentenceIndex(article)
    terms: dict[str, Term] = {}
    for match in _ACRONYM.finditer(article.text):
        acronym = match.group(2)
        words = match.group(1).split()
        initials = [c for c in acronym if c.isupper()]
        expansion = words[-len(initials):] if len(words) >= len(initials) else words
        if [w[0].upper() for w in expansion] != initials:
            continue
        phrase = " ".join(expansion)
        terms[acronym.casefold()] = Term(term=acronym, definition=phrase, origin="article",
                                         evidence=(index.at(match.start(2)),), abbreviation=acronym)
    lower = article.text.casefold()
    for entry in knowledge.glossary:
        forms = (entry.term, *entry.variants, *([entry.abbreviation] if entry.abbreviation else []))
        found = [form for form in forms if _occurs(form, article.text, lower)]
        if not found or entry.term.casefold() in terms:
            continue
        position = min(lower.find(form.casefold()) for form in found)
        existing = terms.get((entry.abbreviation or "").casefold())
        if existing:
            terms[existing.term.casefold()] = Term(existing.term, f"{existing.definition}: {entry.definition}",
                                                   "article", existing.evidence, existing.abbreviation)
            continue
        terms[entry.term.casefold()] = Term(term=entry.term, definition=entry.definition, origin="glossary",
                                            evidence=(index.at(position),), abbreviation=entry.abbreviation)
    return tuple(sorted(terms.values(), key=lambda term: term.term.casefold()))


@functools.lru_cache(maxsize=8192)
def _word_pattern(form: str) -> re.Pattern[str]:
    # Compiled once per form: the glossary has more forms than re's own cache holds.
    return re.compile(rf"\b{re.escape(form)}\b")


def _occurs(form: str, text: str, lower: str) -> bool:
    if form.isupper():
        return form in text and _word_pattern(form).search(text) is not None
    folded = form.casefold()
    return folded in lower and _word_pattern(folded).search(lower) is not None
