"""Short claims: the core clause of an argument, without quotation marks, attribution or connectives."""

from __future__ import annotations

import re

from generator.analyse.common.clauses import clean
from generator.analyse.context import Context
from generator.model import Sentence

_RELATIVE = re.compile(r"^\W*(?:which|who|whom|whose)\b", re.IGNORECASE)
# Verbs that report a view: what their clausal complement says is the claim.
_REPORTING = frozenset("say argue warn insist claim add believe tell write note explain contend maintain fear "
                       "predict stress suggest accept admit concede think".split())
_CUE_SPLIT = re.compile(r"\s*(?:[;:]|,\s+(?=(?:and|but|which|as|because|since|so)\b)|…|\.\.\.)\s*")


def core_claim(ctx: Context, sentence: Sentence, text: str) -> str:
    """The clause of ``text`` that carries the argument, at most ``claim_words`` words (see the settings)."""
    most = ctx.settings.arguments.claim_words
    claim = clean(_reported(ctx, sentence, text))
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


def _reported(ctx: Context, sentence: Sentence, text: str) -> str:
    """What a reporting verb that heads the whole sentence reports: "The group, which has collected
    9,000 signatures, argues that the flooding would drown ..." claims "the flooding would drown ..."."""
    if text.strip() != sentence.text.strip():
        return text
    span = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return text
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _REPORTING:
        return text
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if said is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in said.children):
        return text  # nothing reported, or a clause without a subject of its own ("admitted to have ...")
    words = [t for t in said.subtree if not (t.i == said.left_edge.i and t.lower_ == "that" and t.dep_ == "mark")]
    if len(words) < 4:
        return text
    if words[-1].i < span[-1].i - 1:
        # "said the cut was a punishment and warned that ...": the first thing said, when another verb
        # of the speaker's follows; anything else after it belongs to the claim, so the whole stays.
        follows = span.doc[words[-1].i + 1]
        if not (follows.dep_ == "cc" and follows.head.i == root.i):
            return text
        return ctx.doc.text[words[0].idx:words[-1].idx + len(words[-1].text)].rstrip(" ,;") + "."
    return ctx.doc.text[words[0].idx:span.end_char]
