"""Split blocks into sentences with stable ids and offsets."""

from __future__ import annotations

import re

from generator.model import Block, Sentence

BLOCK_SEPARATOR = "\n\n"

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gov sen rep gen col lt sgt capt adm maj cmdr rev hon pres coun cllr det supt insp "
    "cpl const atty "
    "inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al fig "
    "approx dept univ est e.g i.e u.s u.k u.n e.u a.m p.m mt ft".split()
)
# A sentence ends at . ! ? or … (possibly repeated), then optional closing quotes or
# brackets, then whitespace, when what follows can start a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[]?[A-Z0-9À-Ý])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of one block of text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        if match.group(1) == "." and _is_abbreviation(text[start:match.start(1)]):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end(3)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _is_abbreviation(before: str) -> bool:
    word = re.search(r"([A-Za-z.]+)$", before)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    # Single capital initials ("J. R. Smith") and known abbreviations.
    return token in _ABBREVIATIONS or (len(token) == 1 and before[-1:].isupper())


def build_sentences(blocks: tuple[Block, ...]) -> tuple[str, tuple[Sentence, ...]]:
    """Join blocks into the article text and cut it into numbered sentences.

    Returns:
        The article text (blocks joined by blank lines) and its sentences, ids ``s1``...
    """
    sentences: list[Sentence] = []
    offset = 0
    parts: list[str] = []
    for index, block in enumerate(blocks):
        spans = [(0, len(block.text))] if block.kind == "heading" else split_sentences(block.text)
        for start, end in spans:
            sentences.append(Sentence(
                id=f"s{len(sentences) + 1}", text=block.text[start:end], paragraph=index,
                start=offset + start, end=offset + end, kind=block.kind,
            ))
        parts.append(block.text)
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    return BLOCK_SEPARATOR.join(parts), tuple(sentences)
