"""Short claims: the core clause of an argument, without quotation marks, attribution or connectives."""

from __future__ import annotations

import re

from generator.analyse.common.clauses import clean
from generator.analyse.context import Context
from generator.model import Sentence

_RELATIVE = re.compile(r"^\W*(?:which|who|whom|whose)\b", re.IGNORECASE)
_CUE_SPLIT = re.compile(r"\s*(?:[;:]|,\s+(?=(?:and|but|which|as|because|since|so)\b)|…|\.\.\.)\s*")


def core_claim(ctx: Context, sentence: Sentence, text: str) -> str:
    """The clause of ``text`` that carries the argument, at most ``claim_words`` words (see the settings)."""
    most = ctx.settings.arguments.claim_words
    claim = clean(text)
    if len(claim.split()) <= most:
        return claim or sentence.text
    lexicon = ctx.lexicons.arguments
    withholding = ctx.frame.withhold
    chunks = [c for c in _CUE_SPLIT.split(claim) if len(c.split()) >= 4]
    # A relative clause ("which had given itself ...") hangs on a noun of another clause: not a claim alone.
    chunks = [c for c in chunks if not _RELATIVE.match(c)] or chunks
    if chunks:
        def weight(chunk: str) -> tuple[bool, int, int]:
            # A decision not to release is the point of its sentence ("..., we would not release it, as ...").
            return (withholding is not None and withholding.search(chunk) is not None,
                    len(lexicon.hits(chunk, None)) + len(lexicon.evaluative.findall(chunk)), -len(chunk))
        claim = clean(max(chunks, key=weight))
    words = claim.split()
    if len(words) > most:
        claim = " ".join(words[:most]).rstrip(",;:") + " …"
    return claim
