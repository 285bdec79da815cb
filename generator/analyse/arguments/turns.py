"""The two camps of a news report by its structure: the case first, then the turn to the other side.

A report on a proposal or a claim presents the case and those who make it, then turns to the
other side: a paragraph that opens with a contrast ("But ...", "However, ...", "Not everyone is
convinced"), names the critics ("Critics say ...", "Opponents warned ...") or says outright which
side its subject takes ("Some local businesses back the plan"). Each speaker the text
quotes for the first time joins the camp the text is in at that point. This is a weak prior; what
the speakers say weighs more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.model import Article, Sentence

_TURN = re.compile(r"^\W*(?:but|however|yet|still|meanwhile|not (?:everyone|all|everybody))\b", re.IGNORECASE)
_CRITICS = re.compile(r"\b(?:critics|opponents|sceptics|skeptics|detractors|opposition|campaigners against)\b",
                      re.IGNORECASE)
_BACKERS = re.compile(r"\b(?:supporters|backers|proponents|advocates|defenders)\b", re.IGNORECASE)


def camps_by_turns(article: Article, speaker_of: Callable[[str], str | None],
                   declares: Callable[[Sentence], int] = lambda sentence: 0) -> dict[str, int]:
    """Speaker actor id -> +1 (the case's camp) or -1 (the other side), from where the text first quotes them.

    ``declares`` gives the side a sentence of the reporter's states for its subject (+1, -1 or 0)."""
    camp = 1
    out: dict[str, int] = {}
    for sentence in article.sentences:
        if sentence.kind == "heading":
            continue
        text = sentence.text
        critics, backers = _CRITICS.search(text), _BACKERS.search(text)
        declared = declares(sentence) if speaker_of(sentence.id) is None else 0
        if declared:
            camp = declared
        elif critics and not backers:
            camp = -1
        elif backers and not critics:
            camp = 1
        elif _TURN.match(text):
            camp = -camp
        speaker = speaker_of(sentence.id)
        if speaker is not None and speaker not in out:
            out[speaker] = camp
    return out
