"""Page furniture that ingest keeps: teaser lists and contact lines, where names are not actors.

Ingest drops blocks that open with "Read more" or "Related articles". What remains of a web
page can still carry other stories' headlines ("More Must-Reads From ...", then a list of
titles) and contact lines ("Follow him on Twitter @...", "Find us on Facebook"). A name that
appears only there is not an actor of the article.
"""

from __future__ import annotations

import re

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


def furniture_ranges(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the article text that are teasers, and that are contact lines."""
    teasers, contacts = furniture_blocks(article)
    return ([(s.start, s.end) for s in article.sentences if s.paragraph in teasers],
            [(s.start, s.end) for s in article.sentences if s.paragraph in contacts])
