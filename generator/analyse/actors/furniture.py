"""Page furniture that ingest keeps: teaser lists and contact lines, where names are not actors.

Ingest drops blocks that open with "Read more" or "Related articles". What remains of a web
page can still carry other stories' headlines ("More Must-Reads From ...", then a list of
titles) and contact lines ("Follow him on Twitter @...", "Find us on Facebook"). A name that
appears only there is not an actor of the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.model import Article

# A heading that announces other stories rather than a section of this one.
_TEASER_HEADING = re.compile(
    r"\b(?:must[- ]reads?|more (?:stories|from|news|reads?|on)|most (?:read|popular|viewed)|"
    r"popular|trending|related|recommended|you (?:may|might) (?:also )?like|read next|"
    r"top stories|latest (?:news|stories)|editor'?s picks|also read|further reading|more to read)\b",
    re.IGNORECASE,
)
# A block that tells readers how to reach someone or where to follow the outlet.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|\bfollow (?:us|him|her|me|them)\b|"
    r"\b(?:find|like|join) (?:us|[\w.]+) on (?:facebook|twitter|instagram|linkedin|x)\b|"
    r"\bsign up for\b|\bsubscribe to\b|\bnewsletter\b",
    re.IGNORECASE,
)
# A roster line: a name of two to four capitalised words, a comma, then who they are.
_ROSTER_LINE = re.compile(r"^(?:[–—-]\s*)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?:,\s+|\s+\()\S")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?$")
_READ_ON = re.compile(r"\b(?:read|see|meet|check out|explore|learn)\b[^.]*:$", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")
ROSTER_WORDS = 16
"""Longest roster line, in words."""
ROSTER_RUN = 3
"""Lines in a row that make a roster."""
# What every contact line holds; the full pattern, slow on long words, runs only where this is.
_CONTACT_HINT = re.compile(r"@|follow|find|like|join|sign up|subscribe|newsletter", re.IGNORECASE)


def furniture_blocks(article: Article) -> tuple[set[int], set[int]]:
    """Indices of furniture blocks: the headline-like blocks that follow a teaser heading up
    to the next heading (with the heading), and contact lines, where only the people named
    (reporters, editors) are actors."""
    teaser_blocks: set[int] = set()
    contact_blocks: set[int] = set()
    teasers = False
    for number, block in enumerate(article.blocks):
        if block.kind == "heading":
            teasers = bool(_TEASER_HEADING.search(block.text))
            if teasers:
                teaser_blocks.add(number)
            continue
        if teasers and (block.kind == "item" or len(block.text) <= 120):
            teaser_blocks.add(number)
            continue
        teasers = False
        if len(block.text) <= 300 and _CONTACT_HINT.search(block.text) and _CONTACT.search(block.text):
            contact_blocks.add(number)
    return teaser_blocks, contact_blocks


def roster_blocks(article: Article, doc: Doc | None = None) -> set[int]:
    """Indices of roster blocks: three or more blocks in a row, each a short line that opens
    with a capitalised name followed by a comma and an affiliation and ends with no full stop
    ("Ana Ruiz, professor of history, University of Leeds"), or one block listing many names
    between commas: an open letter's signatures, people featured elsewhere, credits. The people
    there sign or are listed; they do not act in the story. After a line that invites the
    reader on ("Read about:"), one such line is enough."""
    out: set[int] = set()
    run: list[int] = []
    blocks = article.blocks
    for number, block in enumerate(blocks):
        if _name_list(block.text) and block.kind != "heading":
            out.add(number)
        if block.kind != "heading" and _ROSTER_LINE.match(block.text) and len(block.text.split()) <= ROSTER_WORDS \
                and (not _SENTENCE_END.search(block.text) or not _has_verb(doc, article, number)):
            run.append(number)
            if number + 1 < len(blocks):
                continue
        if len(run) >= ROSTER_RUN or run and run[0] > 0 and _READ_ON.search(blocks[run[0] - 1].text):
            out.update(run)
        run = []
    return out


def _has_verb(doc: Doc | None, article: Article, number: int) -> bool:
    """Whether the block holds a verb (a sentence, not a line of a list); without a parse, assume so."""
    if doc is None:
        return True
    for sentence in article.sentences:
        if sentence.paragraph == number:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None or any(t.pos_ == "VERB" for t in span):
                return True
    return False


def _name_list(text: str) -> bool:
    """Many names between commas and no sentence: "Ana Ruiz, Tom Hale, Lee Wong, ..."."""
    parts = [p.strip() for p in re.split(r",|;|\band\b", text) if p.strip()]
    names = [p for p in parts if _NAME.fullmatch(p)]
    return len(parts) >= 6 and len(names) >= 0.8 * len(parts) and not _SENTENCE_END.search(text)


def furniture_ranges(article: Article, doc: Doc | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the article text that are teasers (rosters too), and that are contact lines."""
    teasers, contacts = furniture_blocks(article)
    teasers |= roster_blocks(article, doc)
    return ([(s.start, s.end) for s in article.sentences if s.paragraph in teasers],
            [(s.start, s.end) for s in article.sentences if s.paragraph in contacts])
