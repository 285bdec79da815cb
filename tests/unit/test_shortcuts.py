"""Shortcuts of the analysis find exactly what the plain patterns they stand for find.

Several stages search only near the words a match must contain (a date near a digit or a
month, an acronym before its bracket, an attribution before its verb) or test a union of cues
before the single ones. These tests compare each shortcut with the plain search on texts built
from the words the patterns care about, so a pattern that grows beyond its shortcut's reach fails here.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from generator.analyse import lexicons as cues
from generator.analyse.common import patterns
from generator.analyse.actors import furniture
from generator.analyse.common import clauses as claims
from generator.analyse.glossary import find as glossary
from generator.analyse.timeline import dates

DATE_WORDS = ("in the beginning of before until at by end turn middle start early mid- late March 2023 , May 5 "
              "last next this coming past week weeks year ago two days later earlier after a couple of few several "
              "for the past within Monday Wednesday morning night summer fall spring Christmas New Year’s Day Eve "
              "1999 – 2001 % percent 20 years 2000 workers 5th of June Sept. September Dec 12 2019-03-04 today "
              "yesterday tonight earlier this month 2010s 2019-20 foo , ; Omar ſpring 年 月 日 2020年3月 SPRING "
              "quarter Q3 Q4 weekend over first fourth final its of year the end of the month by at "
              "THE BEGINNING OF During ON In offspring nearly upon bathe a eighteen thirty decade decades").split() + [
                  "before the beginning of the", "until the end of", "for the past a couple of", "barely a couple of",
                  "within several", "at the start of", "by the turn of the", "earlier this", "during the", "last"]


def _texts(words: list[str], seed: int, count: int, joints: tuple[str, ...] = (" ", " ", "", "  ", "-", "\n")) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice(joints) for _ in range(rng.randint(1, 30))) for _ in range(count)]


# The longest stretches a date expression spans: a prefix, a core and a suffix, set in other words.
DATE_PREFIXES = ("", "before the beginning of the", "until the end of", "for the past a couple of", "barely a couple of",
                 "within several", "at the start of", "by the turn of the", "earlier this", "during the", "last", "on",
                 "some", "in", "the", "mid-", "coming")
DATE_CORES = ("2019-20", "1999 – 2001", "March 2023", "spring", "Wednesday", "months", "weeks", "2023", "Sept.",
              "September", "12", "eighteen months", "New Year’s", "Christmas", "2010s", "year", "day")
DATE_SUFFIXES = ("", "earlier", "ago", "later", "percent", "%", "night", "afternoon", "of 2023", "Eve", "5th", "s",
                 "-old", "4", ", 2021")


def _date_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    soup = _texts(DATE_WORDS, seed, count)
    return [f"{rng.choice(soup)} {rng.choice(DATE_PREFIXES)} {rng.choice(DATE_CORES)} {rng.choice(DATE_SUFFIXES)}"
            f"{rng.choice(' ,.')}{rng.choice(soup)}".replace(" ", rng.choice((" ", " ", "  ", "\n"))) for _ in range(count)]


def test_date_scan_matches_the_full_scanner():
    for text in _texts(DATE_WORDS, 1, 1500) + _date_texts(2, 1500):
        full = [(m.span(), m.lastgroup, m.groupdict()) for m in dates._SCANNER.finditer(text)]
        assert [(m.span(), m.lastgroup, m.groupdict()) for m in dates._scan(text)] == full, text


def test_acronym_search_matches_the_plain_pattern():
    words = ["(AI)", "(LLMs)", "(A)", "(ABCDEFGHIJKL)", "(Ab)", "large", "language", "models", "(", ")", "x-y",
             "“", ",", "Artificial", "Intelligence", "(Open AI)", "(OAI)(OAI)", "_", "a", "b", "c", "d", "e", "f", "g"]
    for text in _texts(words, 2, 2000, (" ", "", "\n", "\t")):
        plain = [(m.span(), m.groups()) for m in glossary._ACRONYM.finditer(text)]
        assert [(m.span(), m.groups()) for m in glossary._acronyms(text)] == plain, text


def test_trailing_attribution_search_matches_the_plain_pattern():
    words = ["said", "says", "according to", "told", "SAID", "unsaid", "asks", "writes", "he", "Smith", "Mr.", "the", "“", "”", "\"", ",", ":", ".", "?",
             "’", "'", "-", "—", ";", "(", ")", "a", "b", "c", "d", "e", "f", "g", "h", "said."]
    for text in _texts(words, 3, 2000, (" ", "", "  ", "\n")):
        assert claims.clean(text) == _clean_plainly(text), text


def _clean_plainly(text: str) -> str:
    """``claims.clean`` with the trailing attribution found by plain patterns searched from the start."""
    verbs, quotes = claims.ATTRIBUTION_VERBS, claims._QUOTES
    plain = {
        "_TRAILING_REACH": re.compile(r"[\s\S]*"),  # reach back to the start
        "_TRAILING": re.compile(rf"[,:]?\s*[{quotes}]?\s*,?\s*(?:(?:[\w’'.-]+\s+){{0,7}}(?<!\()(?:{verbs})\b"
                                rf"(?:\s+[^\s.?!]+){{0,8}}\s*)[.?!]?$", re.IGNORECASE),
        "_TRAILING_VERB": re.compile(rf"(?:{verbs})\b[^.?!]*[.?!]?$", re.IGNORECASE),
    }
    originals = {name: getattr(claims, name) for name in plain}
    try:
        for name, pattern in plain.items():
            setattr(claims, name, pattern)
        return claims.clean(text)
    finally:
        for name, pattern in originals.items():
            setattr(claims, name, pattern)


@pytest.fixture(scope="module")
def plain_lexicon():
    """The cue lexicon with plain alternations and a union that lets every text through."""
    grouped = patterns.by_first_letter
    patterns.by_first_letter = lambda parts, one: "|".join(one(p) for p in parts)
    try:
        lexicons = cues.load_lexicons.__wrapped__()
    finally:
        patterns.by_first_letter = grouped
    everything = re.compile(r"")
    return dataclasses.replace(lexicons, arguments=dataclasses.replace(lexicons.arguments, anything=everything),
                               topics=tuple(dataclasses.replace(t, anything=everything) for t in lexicons.topics))


@pytest.mark.parametrize("number", range(len(cues.load_lexicons().topics) + 1))
def test_cue_hits_match_plain_patterns(plain_lexicon, number):
    lexicons = cues.load_lexicons()
    lexicon = lexicons.arguments
    topic, plain_topic = ((lexicons.topics[number - 1], plain_lexicon.topics[number - 1]) if number else (None, None))
    every = [lexicon.positive, lexicon.negative, *(p for _, _, p in (topic.themes if topic else ()))]
    words = sorted({w for pattern in every for w in re.findall(r"[a-z]{3,}", pattern.pattern)})
    for text in _texts([*words, "the", "not", "is", "X", "s", "ing", "-"], 4, 1000):
        assert lexicon.hits(text, topic) == plain_lexicon.arguments.hits(text, plain_topic), text


def test_contact_hint_is_in_every_contact_line():
    words = ["follow", "us", "him", "on", "Twitter", "find", "like", "join", "sign", "up", "for", "subscribe", "to",
             "newsletter", "news@example.org", "@handle", "FOLLOW", "Us", "x", "a.b", "-", "+", "the"]
    for text in _texts(words, 5, 2000, (" ", "", "  ")):
        assert not furniture._CONTACT.search(text) or furniture._CONTACT_HINT.search(text), text


def test_glossary_word_lookup_matches_the_plain_search():
    from generator.knowledge import load_knowledge

    forms = [f for e in load_knowledge().glossary for f in (e.term, *e.variants, e.abbreviation or "x")]
    forms += [".net", "open-source", "ſtate", "İstanbul", "AI-"]
    for text in _texts([*forms, "STATE", "Open", "-", ".", "(", "x"], 6, 150, (" ", "", "s ", "-", ". ")):
        lower = text.casefold()
        words = ({"", *glossary._WORD.findall(text)}, {"", *glossary._WORD.findall(lower)})
        for form in forms:
            haystack, needle = (text, form) if form.isupper() else (lower, form.casefold())
            plain = re.search(rf"\b{re.escape(needle)}\b", haystack) is not None
            assert glossary._occurs(form, text, lower, words) == plain, (form, text)
