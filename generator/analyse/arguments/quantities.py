"""Amounts that judge by what they measure: "lower bills" and "fewer deaths" are good, "higher
costs" and "fewer jobs" bad, whatever a word list says of "low" or "more" alone.

A word of amount (higher, lowest, more, fewer, rising ...) before a noun of something people want
more of (jobs, wages, savings) or less of (costs, bills, crime, delays), or after it as a predicate
("our costs are among the lowest"), judges by the product of the two directions.
"""

from __future__ import annotations

import re

from generator.analyse.lexicons import Hit

_UP = (r"higher|highest|high|more|rising|increased|extra|bigger|biggest|greater|greatest|doubled|doubling|"
       r"soaring|above")
_DOWN = r"lower|lowest|low|less|least|fewer|fewest|reduced|falling|smaller|smallest|halved|halving|below"
# Things people want less of, and things they want more of (plural and singular).
_BAD = (r"costs?|prices?|bills?|fares?|fees?|rents?|tax(?:es)?|debts?|crime|pollution|emissions|deaths|"
        r"injur(?:y|ies)|delays?|waits?|waiting times?|power cuts|outages|accidents|congestion|traffic|"
        r"unemployment|inflation|risks?|losses|waste|poverty|homelessness")
_GOOD = (r"jobs|wages?|incomes?|pay|savings|growth|investment|revenues?|funding|support|choice|access|"
         r"output|productivity|safety|quality")
# "families on low incomes" says who, it does not judge.
_BEFORE = re.compile(rf"(?<!\bon )(?<!\bwith )(?<!\bof )(?<!\bfrom )\b(?P<amount>{_UP}|{_DOWN})\s+(?:[a-z-]+\s+)?"
                     rf"(?P<noun>{_BAD}|{_GOOD})\b", re.IGNORECASE)
_AFTER = re.compile(rf"\b(?P<noun>{_BAD}|{_GOOD})\s+(?:(?:are|is|were|was|will be|would be|remain|remains|will remain|"
                    rf"would remain|stay|stays|will stay)\s+)(?:(?:among|one of)\s+)?(?:the\s+)?"
                    rf"(?P<amount>{_UP}|{_DOWN})\b", re.IGNORECASE)
_UP_WORDS = frozenset(_UP.split("|"))
_BAD_NOUN = re.compile(rf"^(?:{_BAD})$", re.IGNORECASE)


def with_amounts(hits: list[Hit], text: str) -> tuple[list[Hit], int]:
    """``hits`` with every amount of a judged noun as one good or bad cue, in place of the cues for
    its words alone; and how many amounts there are (each judges, like an evaluative word)."""
    found, covered = [], []
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            up = 1 if match.group("amount").lower() in _UP_WORDS else -1
            side = up * (-1 if _BAD_NOUN.match(match.group("noun")) else 1)
            # The cue is the amount word: the noun may be what the question is about ("the bill").
            found.append(Hit(match.start("amount"), match.end("amount"), "positive" if side > 0 else "negative", side))
            covered.append((match.start(), match.end()))
    if not found:
        return hits, 0
    kept = [h for h in hits if all(h.end <= start or h.start >= end for start, end in covered)]
    return sorted([*kept, *found], key=lambda h: h.start), len(found)
