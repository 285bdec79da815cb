"""Who the article's own "we" is: an open letter's signatories, a statement's organisation.

A letter (its title or first heading calls it one, or it says "we, the undersigned", "this
letter", "signatories") that argues in the first person plural speaks for those who sign it;
a statement whose byline is an organisation ("Greywater Utilities") speaks for it. Either is
an actor of its own, mentioned wherever the article says "we" outside quotations.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc

from generator.analyse.actors.drafts import Draft
from generator.analyse.actors.names import ORG_SUFFIXES
from generator.analyse.common.patterns import QUOTED_SPAN
from generator.analyse.common.spans import SentenceIndex
from generator.analyse.contracts import Mention
from generator.model import Article

NAME = "signatories"
_LETTER = re.compile(r"\b(?:open\s+)?letter\b|\bpetition\b", re.IGNORECASE)
_SIGNED = re.compile(r"\bwe,? the undersigned\b|\b(?:this|our|the below|the following) (?:open )?letter\b|"
                     r"\bopen letter\b|\bsignatories\b", re.IGNORECASE)
_WE = frozenset("we us our ourselves".split())
WE_SENTENCES = 4
"""Sentences outside quotations that say "we" before a letter speaks as its signatories."""


def letter_voice(article: Article, doc: Doc, index: SentenceIndex, bodies: Collection[str] = ()) -> Draft | None:
    """The signatories of an open letter, or the organisation a statement's byline names (by a word
    for a body, or by the first word of a body the text names: "Brightpath Energy" for "Brightpath"),
    with a mention at each "we" of the article's own voice."""
    first_heading = next((s.text for s in article.sentences if s.kind == "heading"), "")
    author = " ".join((article.meta.author or "").split())
    if _LETTER.search(article.meta.title or "") or _LETTER.search(first_heading) or _SIGNED.search(article.text):
        draft = Draft(NAME, "group")
        rule = "a letter that argues as 'we' speaks for those who sign it"
    elif author and (named := next((b for b in sorted(bodies) if b.split()[0] == author.split()[0]), None)):
        draft = Draft(named, "organization")  # the text's own name for the byline's body
        rule = f"a statement that argues as 'we' speaks for the organisation its byline names ('{author}')"
    elif author and author.split()[-1].casefold() in ORG_SUFFIXES:
        draft = Draft(author, "organization")  # "Greywater Utilities" signs its own statement
        rule = "a statement that argues as 'we' speaks for the organisation its byline names"
    else:
        return None
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(article.text)]
    sentences: set[str] = set()
    for token in doc:
        if token.lower_ not in _WE or any(s <= token.idx < e for s, e in quoted):
            continue
        sentence = index.at(token.idx)
        sentences.add(sentence)
        draft.mentions.append(Mention(draft.name, token.idx, token.idx + len(token), token.text, sentence,
                                      subject=token.dep_ in ("nsubj", "nsubjpass"), named=False))
    if len(sentences) < WE_SENTENCES:
        return None
    draft.note("own-voice", rule, draft.mentions[0].sentence)
    return draft
