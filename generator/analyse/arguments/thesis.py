"""What a judging word means for the question: the sign of the question's thesis.

A question about a proposal ("Should the plan go ahead?", or a topic pack's "Should AI models be
open?") is answered yes by praise of the proposal: a good word about it argues for. A question
that asks whether a claim holds ("Is the case made in “Thousands of academics treated as
second-class citizens” right?") is answered yes by evidence that agrees with the claim: when the
claim is a complaint or a warning, a sentence that complains argues for it and one that speaks
well of the state of things argues against it. This is the contrast step of Bar-Haim et al.
(EACL 2017): the side of a claim is its sentiment toward its target times whether that target
agrees with the question's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analyse.common.sentiment import Valence
from generator.analyse.context import Context
from generator.analyse.lexicons import Hit

# A question that recommends (deontic modal first) is about a proposal.
_PROPOSAL_QUESTION = re.compile(r"^\W*(?:should|must|ought|shall)\b", re.IGNORECASE)
_LEDE_SENTENCES = 2


# An adverb of how something is said or known ("I can safely say", "we confidently predict") judges
# the saying, not what is said.
_MANNER_OF_SAYING = re.compile(r"[a-z]+ly\s+(?:say|said|says|tell|told|predict|predicted|assure|state|admit|"
                               r"conclude|assume|claim|argue|report|believe|expect)\b", re.IGNORECASE)


# Excess: "too" before a word of degree ("too restrictive", "goes too far", "too many cars") judges
# badly; "too" that ends a clause means "also".
_EXCESS = re.compile(r"\btoo\s+(?:[a-z]+ly\s+)?(?!(?:many|much|few|little|early|late|soon|long|often)\b)[a-z]{3,}\b",
                     re.IGNORECASE)


def with_valence(hits: list[Hit], text: str, valence: Valence, least: float) -> list[Hit]:
    """``hits``, every word VADER rates at least ``least`` either way, and every excess ("too
    costly"), where no hit covers them yet."""
    extra = [Hit(start, end, "positive" if value > 0 else "negative", 1 if value > 0 else -1)
             for start, end, value in valence.scan(text, least=least)
             if all(end <= h.start or start >= h.end for h in hits) and not _MANNER_OF_SAYING.match(text, start)]
    extra += [Hit(m.start(), m.end(), "negative", -1) for m in _EXCESS.finditer(text)
              if all(m.end() <= h.start or m.start() >= h.end for h in [*hits, *extra])]
    return sorted([*hits, *extra], key=lambda h: h.start) if extra else hits


def thesis_text(ctx: Context) -> str | None:
    """The words that state the thesis of a question about a claim, ``None`` for a proposal question."""
    frame = ctx.frame
    if frame.sides is None or frame.topic is not None or frame.action \
            or _PROPOSAL_QUESTION.match(frame.sides.question):
        return None
    if ctx.article.meta.question:
        return ctx.article.meta.question
    lede = [s.text for s in ctx.article.sentences if s.kind != "heading"][:_LEDE_SENTENCES]
    return " ".join([ctx.article.title, *lede])


def thesis_direction(ctx: Context, scores: Sequence[tuple[int, float]]) -> tuple[int, str]:
    """-1 when the question's claim is a complaint or a warning, else +1; and why.

    ``scores`` are (sentence index, score) of the judged segments, good words counting up. A
    question about a proposal is +1. For a question about a claim, the article's own case sets the
    direction: the judging sentences of its opening state the claim, and an article that makes a
    case makes it more often than it reports the replies, so the sign most of its judged sentences
    share, the opening's counting double, is the claim's.
    """
    if thesis_text(ctx) is None:
        return 1, "a question about a proposal: good words about it argue for"
    if ctx.frame.rebutted:
        return 1, "a fact check: who says it decides the side, not the words (see the arguments' camps)"
    opening = ctx.settings.arguments.opening_sentences
    votes = sum((2 if index < opening else 1) * (1 if score > 0 else -1) for index, score in scores if score)
    if votes < 0:
        return -1, (f"the article's case is a complaint (its judged sentences lean bad, {votes:+d}): "
                    "bad words argue for it, good ones against")
    return 1, f"the article's case speaks well of its subject ({votes:+d}): good words argue for it"
