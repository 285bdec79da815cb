"""Glossary: terms the article defines, and shipped terms it uses."""

from __future__ import annotations

import functools
import re

from generator.analyse.common.spans import SentenceIndex
from generator.analyse.context import Context
from generator.analyse.contracts import Found
from generator.ids import with_ids
from generator.model import Article, Term

# "generative artificial intelligence (AI)": words before an acronym in brackets.
_ACRONYM = re.compile(r"((?:[\w-]+\s+){1,6})\(([A-Z][A-Za-z]{1,9})\)")
# Where an acronym in brackets opens, and (read backwards from there) the words it may follow.
_OPENING = re.compile(r"\((?=[A-Z][A-Za-z]{1,9}\))")
_WORDS_BEFORE = re.compile(r"(?:\s+[\w-]+){0,6}")
_LONGEST_ACRONYM = 12


def find_glossary(ctx: Context) -> Found[Term]:
    """Acronyms defined in the text, then shipped glossary terms found in it."""
    article, knowledge, index = ctx.article, ctx.knowledge, ctx.index
    terms: dict[str, Term] = {}
    for match in _acronyms(article.text):
        acronym = match.group(2)
        words = match.group(1).split()
        if acronym.endswith("s") and acronym[:-1].isupper() and len(acronym) > 2:
            # "large language models (LLMs)": the singular is the term.
            acronym = acronym[:-1]
            if words and words[-1].endswith("s"):
                words[-1] = words[-1][:-1]
        if acronym.casefold() in terms:
            continue
        initials = [c for c in acronym if c.isupper()]
        expansion = words[-len(initials):] if len(words) >= len(initials) else words
        if [w[0].upper() for w in expansion] != initials:
            continue
        phrase = " ".join(expansion)
        terms[acronym.casefold()] = Term(term=acronym, definition=phrase, origin="article",
                                         evidence=(index.at(match.start(2)),), abbreviation=acronym)
    for term in _appositions(article, index):
        terms.setdefault(term.term.casefold(), term)
    lower = article.text.casefold()
    words = ({"", *_WORD.findall(article.text)}, {"", *_WORD.findall(lower)})
    for entry in knowledge.glossary:
        forms = (entry.term, *entry.variants, *([entry.abbreviation] if entry.abbreviation else []))
        found = [form for form in forms if _occurs(form, article.text, lower, words)]
        if not found or entry.term.casefold() in terms:
            continue
        position = min(lower.find(form.casefold()) for form in found)
        existing = terms.get((entry.abbreviation or "").casefold())
        if existing:
            terms[existing.term.casefold()] = Term(existing.term, f"{existing.definition}: {entry.definition}",
                                                   "article", existing.evidence, existing.abbreviation)
            continue
        terms[entry.term.casefold()] = Term(term=entry.term, definition=entry.definition, origin="glossary",
                                            evidence=(index.at(position),), abbreviation=entry.abbreviation)
    ordered = sorted(terms.values(), key=lambda term: term.term.casefold())
    return Found(with_ids(ordered, "g", lambda t: t.term))


def _acronyms(text: str) -> list[re.Match[str]]:
    """What ``_ACRONYM.finditer(text)`` finds, searching only the words before each "(".

    A match runs over words and spaces only, up to the bracket that ends them, so it starts
    no earlier than six words before that bracket and ends right after the acronym.
    """
    found: list[re.Match[str]] = []
    position = 0
    for opening in _OPENING.finditer(text):
        at = opening.start()
        if at < position:
            continue
        words = _WORDS_BEFORE.match(text[at - 1::-1] if at else "")
        match = _ACRONYM.search(text, max(position, at - words.end()), at + _LONGEST_ACRONYM)  # type: ignore[union-attr]
        if match is not None:
            found.append(match)
            position = match.end()
    return found


@functools.lru_cache(maxsize=8192)
def _word_pattern(form: str) -> re.Pattern[str]:
    # Compiled once per form: the glossary has more forms than re's own cache holds.
    return re.compile(rf"\b{re.escape(form)}\b")


def _occurs(form: str, text: str, lower: str, words: tuple[set[str], set[str]]) -> bool:
    """``form`` as a whole word in the text (in upper case as written, else ignoring case).

    ``words`` are the words of the text and of its case-folded form: a form found as a whole
    word starts with a whole word of the text, so most forms are ruled out by one look-up.
    """
    if form.isupper():
        return _first_word(form) in words[0] and _word_at_some(form, text)
    folded = form.casefold()
    return _first_word(folded) in words[1] and _word_at_some(folded, lower)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=8192)
def _first_word(form: str) -> str:
    """The word a form starts with; a form that starts otherwise gets a word every text has."""
    first = _WORD.match(form)
    return first.group(0) if first else ""


def _word_at_some(form: str, text: str) -> bool:
    """``form`` as a whole word somewhere in ``text``: the pattern is tried only where the form is."""
    at = text.find(form)
    while at >= 0:
        if _word_pattern(form).match(text, at):
            return True
        at = text.find(form, at + 1)
    return False


# "a technique called LoRA", "so-called open weights", "what it calls a “responsible scaling policy”".
_TERM = r"[“\"]?(?P<term>[a-z][\w-]*(?: [a-z][\w-]*){0,3}|[A-Z][\w-]*[A-Z][\w-]*)[”\"]?"
# "open weights, a release of the trained parameters that ...,": a lower-case term and its apposition.
_APPOSITION = re.compile(r"(?:^|[.;:]\s+|\b(?:of|on|about|with|called|named|the|to|for|from|by|as|in|use|uses|using"
                         r"|and)\s+)" + _TERM +
                         r", (?P<definition>(?:a|an) (?:(?!\b(?:he|she|said|says)\b)[^,.;:()]){8,140})[,.]")
# "Open weights means that ...", "Fine-tuning is the process of ...": a definition sentence.
_IS_DEFINITION = re.compile(r"^" + _TERM.replace("[a-z]", "[A-Za-z]", 1) +
                            r" (?:is|are|refers to|means) (?P<definition>(?:a|an|the process of|the practice of|"
                            r"when|the idea that|the ability to) [^.;]{8,160})[.;]")
_NOT_TERMS = frozenset("he she it they we i you this that there which who what one some many most all each "
                       "both none time year years people".split())


def _appositions(article: Article, index: SentenceIndex) -> list[Term]:
    """Terms the article itself explains with an apposition or a definition sentence."""
    out = []
    for sentence in article.sentences:
        if sentence.kind == "heading":
            continue
        for pattern in (_IS_DEFINITION, _APPOSITION):
            for match in pattern.finditer(sentence.text):
                term = match.group("term").strip()
                if term.lower() in _NOT_TERMS or term.split()[0].lower() in ("the", "a", "an", "his", "her", "its"):
                    continue
                if len(term) < 3 or term.split()[0].lower() in _NOT_TERMS:
                    continue
                if term[0].isupper() and not term.isupper():
                    # A capitalised word at the start of a sentence is a term only if the text also
                    # writes it in lower case elsewhere ("Fine-tuning is ..." and "fine-tuning").
                    lowered = term[0].lower() + term[1:]
                    if pattern is _APPOSITION or not re.search(rf"\b{re.escape(lowered)}\b", article.text):
                        continue
                definition = match.group("definition").strip()
                out.append(Term(term=term, definition=definition[0].upper() + definition[1:], origin="article",
                                evidence=(sentence.id,)))
    return out
