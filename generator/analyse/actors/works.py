"""Works named in quotation marks: films, albums, books and shows are products of the story.

News sets the title of a work in quotation marks ("their album “Salt Roads,”", "the film
“Harbour Lights”"). A quoted title right after a noun for a work, or a title-case quotation the
text comes back to, names a product; the names of people inside it are not actors.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.analyse.actors.drafts import Candidate
from generator.analyse.nlp import doc_text

# Nouns for works, written before their title.
WORK_NOUNS = frozenset("film movie album record single song ep book novel memoir biography show series sitcom "
                       "drama play musical opera documentary podcast game video painting exhibition".split())
_QUOTED = re.compile(r"[“\"]([^”\"\n]{1,80}?)[,.]?[”\"]")
MAX_WORDS = 8
"""Longest title taken for a work's name."""


def quoted_works(doc: Doc) -> list[Candidate]:
    """Products named by a quoted title after a noun for a work ("the album “Salt Roads”")."""
    text = doc_text(doc)
    titles = [(m.start(1), m.group(1).strip(" ,.")) for m in _QUOTED.finditer(text)]
    counts: dict[str, int] = {}
    for _, title in titles:
        counts[title] = counts.get(title, 0) + 1
    out: list[Candidate] = []
    for start, title in titles:
        words = title.split()
        if not words or len(words) > MAX_WORDS or not words[0][:1].isupper() \
                or not all(w[:1].isupper() or w.lower() in _SMALL or w[:1].isdigit() for w in words):
            continue
        before = text[max(0, start - 30):start - 1].split()
        noun = before[-1].casefold().strip(",") if before else ""
        if noun.rstrip("s") not in WORK_NOUNS and noun not in WORK_NOUNS and counts[title] < 2:
            continue
        span = doc.char_span(start, start + len(title), alignment_mode="expand")
        if span is None:
            continue
        why = f"a title in quotation marks after '{noun}'" if noun in WORK_NOUNS or noun.rstrip("s") in WORK_NOUNS \
            else "a title in quotation marks the text comes back to"
        out.append(Candidate(title, "product", span, False, "quoted-work", f"'{title}': {why}"))
    return out


_SMALL = frozenset("a an the of on in and or for to at by with from".split())
