"""Clauses as a reader should see them: without quotation marks, trailing attribution or connectives."""

from __future__ import annotations

import re

from generator.analyse.common.patterns import by_first_letter

_QUOTES = "“”\"‘’«»"
_LEADING = re.compile(r"^(?:and|but|so|yet|however|still|also|then|now|indeed|instead|while|although|though|"
                      r"plainly put|in short|in other words|"
                      # "that" left by a dropped "X said that"; "That is ..." is a pronoun, the subject.
                      r"that(?!\s+(?:is|was|would|will|has|had|does|did|can|could|may|might|must|should|seems?)\b))"
                      r"\b[,:]?\s+", re.IGNORECASE)
ATTRIBUTION_VERBS = (r"said|says|say|warned|warns|insisted|insists|added|adds|argued|argues|told|tells|wrote|"
                      r"writes|explained|explains|noted|notes|claimed|claims|asked|asks|stressed|stresses|"
                      r"admitted|admits|conceded|concedes|continued|continues|according to")
# ", Kovacs said." / "”, insists the company headed by X" / ", she said" at the end.
# The verbs grouped by first letter behind look-aheads: a word tries one group, not every verb.
_VERBS_BY_LETTER = by_first_letter(ATTRIBUTION_VERBS.split("|"), lambda verb: verb)
# A verb opening a parenthesis ("(say one billion)") attributes nothing.
# What follows the verb is short ("insists the company headed by X"): a long clause after it is what
# was said ("Its chairman, X, said he feared the council would ..."), not a trailing attribution.
_TRAILING = re.compile(rf"[,:]?\s*[{_QUOTES}]?\s*,?\s*(?:(?:[\w’'.-]+\s+){{0,7}}"
                       rf"(?<!\()(?:{_VERBS_BY_LETTER})\b(?:\s+[^\s.?!]+){{0,8}}\s*)[.?!]?$", re.IGNORECASE)
# What any trailing attribution must end with: a cheap search that rules most sentences out.
_TRAILING_VERB = re.compile(rf"(?:{_VERBS_BY_LETTER})\b[^.?!]*[.?!]?$", re.IGNORECASE)
# Read backwards from that verb: what a trailing attribution can hold before it (the rest of the
# verb's word, seven words, then commas, colons, quotation marks and spaces), so the full search
# starts no earlier.
_TRAILING_REACH = re.compile(rf"[\w’'.-]*(?:\s+[\w’'.-]+){{0,7}}[\s,:{_QUOTES}]*")
# "Castell said that" / "He conceded that" at the start.
_REPORT = re.compile(rf"^(?:[\w’'.-]+,?\s+){{1,8}}(?:{ATTRIBUTION_VERBS})(?:\s+\w+)?\s+that\s+"
                     rf"|^(?:[\w’'.-]+,?\s+){{1,8}}(?:said|says|added|adds|warned|warns)\s+(?=(?:he|she|it|they|we)\s)",
                     re.IGNORECASE)
_DROP_QUOTES = str.maketrans("", "", _QUOTES.replace("’", ""))


_SINGLE = re.compile(r"(?<![A-Za-z])[’']|[’'](?![A-Za-z])")


def _without_single_quotes(text: str) -> str:
    """Single quotation marks go; an apostrophe inside a word ("It’s") stays, and so does a plural's
    possessive ("the farmers' union") when no quotation it could close is open."""
    out, opened, last = [], False, 0
    for mark in _SINGLE.finditer(text):
        at = mark.start()
        opening = at == 0 or not text[at - 1].isalpha()
        possessive = not opening and not opened and text[at - 1] == "s" and text[at + 1:at + 2] == " " \
            and text[at + 2:at + 3].isalpha()
        if possessive:
            continue
        opened = opening
        out.append(text[last:at])
        last = mark.end()
    out.append(text[last:])
    return "".join(out)


def clean(text: str) -> str:
    """Drop quotation marks, attribution and leading connectives."""
    text = text.strip()
    verb = _TRAILING_VERB.search(text)
    if verb:
        reach = _TRAILING_REACH.match(text[verb.start() - 1::-1] if verb.start() else "")
        trailing = _TRAILING.search(text, verb.start() - reach.end())  # type: ignore[union-attr]
    else:
        trailing = None
    if trailing and trailing.start() > 12:
        text = text[:trailing.start()]
    text = _REPORT.sub("", text)
    text = _without_single_quotes(text)
    text = text.translate(_DROP_QUOTES).strip(" ,;:-–—")
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text).strip(" ,;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text
