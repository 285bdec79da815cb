"""Figures: numbers with what they count, written in digits or in words.

A figure is a run of number tokens ("100,000", "Seven hundred", "a few dozen", "four-fifths",
"$4.2 billion", "48.3% vs. 51.7%", "29 of 50") with its qualifier ("over", "about") and the
noun phrase it counts. Years and days of the month belong to the timeline, not here.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]  # compiled, not in the stubs
from spacy.tokens import Doc, Span, Token

from generator.analyse.context import Context
from generator.analyse.contracts import Found, Trace
from generator.analyse.nlp import doc_text
from generator.ids import with_ids
from generator.model import Figure

_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion quadrillion dozen hundreds thousands millions billions trillions dozens tens "
    "half third thirds quarter quarters fifth fifths tenth tenths bn".split())
# Words that make a number vague or bounded; kept in the value as written.
_QUALIFIERS = ("more than", "less than", "fewer than", "at least", "up to", "as many as", "as much as",
               "nearly", "almost", "about", "around", "roughly", "some", "over", "under", "just over",
               "just under", "approximately", "an estimated", "a few", "several", "between", "only")
_LONE = frozenset({"one", "a", "an"})
# Joiners inside one figure: "29 of 50", "12 of the 13", "25 to 34", "7B, 13B and 65B", "one in four".
_JOINERS = frozenset({"of", "to", "and", "or", "vs", "vs.", "versus", "in", "-", "–", "/", ",", "the", "out"})
_UNITS = frozenset({"%", "percent", "per", "cent", "percentage", "points", "$", "£", "€", "¥", "~", "<", ">",
                    "b", "m", "k", "bn", "mn", "x"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DIGITS = re.compile(r"[~<>]?[$£€¥]?\d[\d,.]*(?:[kmb]n?|bn|%|x)?\.?", re.IGNORECASE)
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?")
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


_FRACTIONS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())


def _numeric(token: Token) -> bool:
    text = token.lower_
    if text in _FRACTIONS:
        # "a third of", "four-fifths": a fraction; "a third faction": an ordinal.
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is None or following.lower_ in ("of", ",", ".", "-", "and", "or", "century", "hour",
                                                         "an", "a", "mile", "decade") or following.is_punct
    if text in _NUMBER_WORDS:
        return True
    if _DIGITS.fullmatch(text):
        return True
    return text in ("a", "an") and token.i + 1 < len(token.doc) and \
        token.doc[token.i + 1].lower_ in _A_NUMBER


def _is_date_number(token: Token) -> bool:
    """A year, or the day of a month ("July 18", "18 July")."""
    if _YEAR.match(token.text) and not any(t.text in ("$", "£", "€") for t in token.doc[max(0, token.i - 1):token.i]):
        return True
    if _DAY.fullmatch(token.text):
        near = [t for t in token.doc[max(0, token.i - 2): token.i + 3] if t.i != token.i]
        return any(_MONTH.match(t.text) and t.text[:1].isupper() for t in near)
    return False


def find_figures(ctx: Context) -> Found[Figure]:
    """Every figure of the article in reading order, with what it counts and its sentence."""
    doc, index = ctx.doc, ctx.index
    out: list[Figure] = []
    traces: list[Trace] = []
    openers = _possible_openers(doc)
    if not openers:
        return Found(())
    opening = frozenset(openers)
    for sentence in doc.sents:
        at = bisect.bisect_left(openers, sentence.start)
        if at == len(openers) or openers[at] >= sentence.end:
            continue  # no token of the sentence can open a figure
        for start, end in _runs(sentence, opening):
            span = doc[start:end]
            value = _with_qualifier(doc, start, span.text)
            if value.lower() in _LONE or re.fullmatch(r"\d", value) and _ordinal_like(doc, start):
                continue
            what, how = _what(doc, span)
            out.append(Figure(value=value, what=what, evidence=(index.at(span.start_char),)))
            traces.append(Trace("figures", "number", f"'{value}' counts '{what}': {how}", out[-1].evidence))
    figures = with_ids(out, "f", lambda f: f"{f.value} {f.what}")
    return Found(figures, {figure.id: (trace,) for figure, trace in zip(figures, traces, strict=True)})


_A_NUMBER = frozenset(("million", "billion", "trillion", "dozen", "hundred", "thousand", "third", "quarter", "fifth",
                       "half", "tenth"))


def _possible_openers(doc: Doc) -> list[int]:
    """Indices of the tokens :func:`_numeric` can accept, found on the doc's arrays: number and
    fraction words, "a"/"an" before one of :data:`_A_NUMBER`, and tokens with a digit."""
    if not len(doc):
        return []
    lower = doc.to_array(LOWER)
    hashes = lambda words: numpy.array([hash_string(w) for w in words], dtype=lower.dtype)
    possible = numpy.isin(lower, hashes(_NUMBER_WORDS | _FRACTIONS))
    before_number = numpy.append(numpy.isin(lower[1:], hashes(_A_NUMBER)), False)
    possible |= numpy.isin(lower, hashes(("a", "an"))) & before_number
    digits = [m.start() for m in re.finditer(r"\d", doc_text(doc))]
    if digits:
        starts = doc.to_array(IDX).astype("int64")
        possible[numpy.searchsorted(starts, digits, side="right") - 1] = True
    return numpy.flatnonzero(possible).tolist()


def _runs(sentence: Span, openers: frozenset[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges of number runs, with joiners between numbers folded in. Only tokens in
    ``openers`` (when given: :func:`_possible_openers`) are tried as the start of a run."""
    runs: list[tuple[int, int]] = []
    tokens = list(sentence)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if openers is not None and token.i not in openers:
            i += 1
            continue
        if not _numeric(token) or _is_date_number(token) or token.lower_ in ("a", "an") and not _numeric(token):
            i += 1
            continue
        start = token.i
        end = token.i + 1
        j = i + 1
        while j < len(tokens):
            following = tokens[j]
            if _numeric(following) and not _is_date_number(following) or following.lower_ in _UNITS:
                end = following.i + 1
                j += 1
                continue
            # A joiner counts only when a number follows within two tokens.
            look = tokens[j: j + 3]
            if following.lower_ in _JOINERS and any(_numeric(t) and not _is_date_number(t) for t in look[1:]) \
                    and not (following.text == "," and _list_end(tokens, j)):
                j += 1
                continue
            break
        if start > sentence.start and tokens[i - 1].text in ("$", "£", "€", "~", "<", ">"):
            start -= 1
        runs.append((start, end))
        i = max(j, i + 1)
    return runs


def _list_end(tokens: list[Token], j: int) -> bool:
    """A comma is a list separator only when the numbers on both sides look alike ("7B, 13B")."""
    before = tokens[j - 1].text
    after = next((t.text for t in tokens[j + 1: j + 3] if _numeric(t)), "")
    return bool(re.search(r"\d", before)) != bool(re.search(r"\d", after))


def _ordinal_like(doc: Doc, start: int) -> bool:
    """A single digit used as a label ("GPT 4", "Section 2") rather than a count."""
    previous = doc[start - 1] if start > 0 else None
    return previous is not None and previous.text[:1].isupper() and not previous.is_sent_start


def _with_qualifier(doc: Doc, start: int, value: str) -> str:
    before = doc[max(0, start - 3): start].text.lower()
    for qualifier in _QUALIFIERS:
        if before.endswith(qualifier) and value.lower().split()[0] != "few":
            words = qualifier.split()
            return doc[start - len(words): start].text + " " + value
    return value


def _what(doc: Doc, span: Span) -> tuple[str, str]:
    """The noun phrase the number counts (the noun it modifies and its "of ..." complement), and how
    it was found."""
    last = span[-1]
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end), None)
    if of is not None:
        return doc[of.i: min(of.right_edge.i + 1, of.i + 8)].text, "the 'of' phrase after it"
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].pos_ in ("NOUN", "ADJ"):
        compound = doc[span.end + 1]
        return (doc[span.end - 1: compound.head.i + 1 if compound.head.i > compound.i else compound.i + 1].text,
                "the hyphenated compound it opens")
    head = last.head if last.head.i >= span.end else None
    how = "the noun it modifies"
    if head is None:
        following = [t for t in doc[span.end: span.end + 4] if not t.is_punct]
        if following and following[0].pos_ in ("NOUN", "PROPN", "ADJ"):
            head = next((t for t in following if t.pos_ in ("NOUN", "PROPN")), following[0])
            how = "the noun that follows it"
    if head is None or head.is_sent_start and head.i < span.start:
        return _context(doc, span), "no noun counts it: the words around it"
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("prep", "acl", "compound") and child.i - head.i <= 2:
            end = max(end, min(child.right_edge.i + 1, child.i + 8))
    words = doc[span.end: end]
    text = words.text.strip(" ,;:-–")
    return (text, how) if text else (_context(doc, span), "no noun counts it: the words around it")


def _context(doc: Doc, span: Span) -> str:
    """A few words around the number when no noun hangs on it (ages, scores, votes)."""
    sentence = span.sent
    left = doc[max(sentence.start, span.start - 4): span.start].text
    right = doc[span.end: min(sentence.end, span.end + 3)].text
    return f"{left} … {right}".strip(" …,") or span.text
