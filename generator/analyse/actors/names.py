"""Names of actors: cleaning spaCy's entity spans and telling what kind of actor a name is.

The small English model cuts entities loosely ("Launched Acme", "Ruiz a", "Acme’s Kestrel",
"Facebook and Instagram") and types them loosely (an AI lab as a place, a model as an
organisation). These rules repair both from the words of the name and their context.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.analyse.actors.descriptions import OCCUPATION_NOUNS
from generator.analyse.actors.wordlists import load_names

_WORDS = load_names()
TITLES = _WORDS.words("titles")
HONORIFICS = _WORDS.words("honorifics")
PORTFOLIOS = _WORDS.words("portfolios")
ORG_SUFFIXES = _WORDS.words("organisation_suffixes")
CORPORATE_SUFFIXES = _WORDS.words("corporate_suffixes")
MEASURES = _WORDS.words("measures")
MEDIA_WORDS = _WORDS.words("media_words")
MEDIA_SUFFIXES = _WORDS.words("media_suffixes")
PRODUCT_WORDS = _WORDS.words("product_words")
PRODUCT_PATTERNS = _WORDS.patterns("product_patterns")
_GLUE = frozenset("of for and & de du la le von van der den al bin the on in".split())
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_JUNK = re.compile(r"@|https?:|www\.|\.(?:" + "|".join(sorted(_WORDS.words("web_domains"))) + r")\b|^\W|\d{3,}\s*$")


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text)


def clean_name(text: str) -> str:
    """Strip articles, possessives, titles and stray punctuation: "the Meta’s" -> "Meta"."""
    text = " ".join(text.split())
    text = _ARTICLE.sub("", text.strip(" ,.;:–—-\"'“”‘’()[]"))
    text = strip_possessive(text).strip(" ,.;:–—-\"'“”‘’()[]")
    words = text.split()
    if words and words[-1].casefold() in ORG_SUFFIXES:
        return " ".join(words)  # "St Aldhelm's Hospital", "Prince Albert Museum": the title is the body's name
    while len(words) > 1 and words[0].casefold() in TITLES:
        words.pop(0)
    return " ".join(words[titled_at(words) + 1:])


def titled_at(words: list[str]) -> int:
    """Index of the title a person's name follows ("Finance Minister Ana Ruiz", "Port
    Commissioner Ilse Varga": the title is 1), or -1 when no title stands before a name of
    one to three capitalised words."""
    for at in range(len(words) - 2, -1, -1):
        word = words[at].casefold()
        if word in TITLES or word in PORTFOLIOS:
            rest = words[at + 1:]
            shortest = 1 if word in PORTFOLIOS or word in HONORIFICS else 2  # "Minister Ruiz"; not "Big Brother Watch"
            if shortest <= len(rest) <= 3 and words[at][:1].isupper() and all(_name_word(w) for w in rest):
                return at
            return -1
    return -1


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("’", "").isalpha() \
        and word.casefold() not in ORG_SUFFIXES | TITLES


def tidy_span(span: Span) -> Span | None:
    """The part of an entity span that is a name: no leading verbs or adverbs, no trailing
    lower-case words or determiners, no second sentence, no possessor ("Acme’s Kestrel")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].pos_ in ("VERB", "ADV", "ADP", "DET", "PUNCT", "PRON", "AUX")
                           or doc[start].is_punct) and doc[start].lower_ not in ("the",):
        start += 1
    for i in range(start, end):
        if doc[i].tag_ == "POS" and i + 1 < end and (any(ch.isdigit() for ch in doc[i + 1:end].text)
                                                     or doc[i + 1].text.isupper()):
            start = i + 1  # "Acme’s Kestrel", "Acme’s Kestrel 2": the name is what the possessive qualifies
    for i in range(start + 1, end):
        if doc[i].text in (".", "?", "!") or doc[i - 1].text.endswith(".") and doc[i].is_title and \
                doc[i].pos_ in ("VERB", "PRON", "DET", "ADV"):
            end = i
            break
        if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_ and doc[i].whitespace_:
            end = i  # "Associated Press - Saturday": a spaced dash ends a name
            break
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",)
                           or doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "PART")
                           or doc[end - 1].is_lower and doc[end - 1].lower_ not in _GLUE
                           and not any(ch.isdigit() for ch in doc[end - 1].text)):
        end -= 1
    if end <= start:
        return None
    return doc[start:end]


def split_coordination(span: Span) -> list[Span]:
    """"Facebook and Instagram" -> two names; "Procter and Gamble"-like names joined by "&" stay."""
    parts: list[Span] = []
    begin = span.start
    if any(token.lower_ in ("of", "for") for token in span):
        return [span]  # "Bureau of Business and Economic Research" is one name
    for token in span:
        if token.lower_ in ("and", ",") and token.i > begin and token.i + 1 < span.end \
                and span.doc[token.i + 1].is_title and token.dep_ in ("cc", "punct") \
                and any(t.dep_ == "conj" for t in span.doc[token.i + 1:span.end]):
            parts.append(span.doc[begin:token.i])
            begin = token.i + 1
    parts.append(span.doc[begin:span.end])
    return [part for part in parts if len(part)]


def is_junk(name: str) -> bool:
    """Names that are no actor: addresses, handles, bare numbers, lower-case phrases."""
    if len(name) < 2 or not any(ch.isalpha() for ch in name) or _JUNK.search(name):
        return True
    if name.count("(") != name.count(")"):
        return True
    if any(part.split()[0].casefold() not in CORPORATE_SUFFIXES for part in name.split(", ")[1:] if part):
        return True  # "MySQL, PostgreSQL": a list the parser took for one name ("Acme Co., Ltd." is one)
    words = name.split()
    if not words[0][0].isupper() and not words[0][0].isdigit():
        return True
    if len(words) == 1 and name.casefold() in MEASURES:
        return True  # "12:00 a.m. CDT", "90 degrees Fahrenheit"
    return len(words) > 7


# Last words of place names ("Fenwick Borough") that the parser sometimes takes for surnames.
_PLACE_LAST = frozenset("borough county district township parish shire province region valley".split())


def _is_someone(span: Span) -> bool:
    """The text says the name is a person's: it is the subject of "is/was/has been a <person noun>"
    ("Nadia Okafor has been the chief librarian"), or follows "an interview/a conversation with"."""
    root, doc = span.root, span.doc
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.tag_ == "NN" and c.lemma_.lower() in OCCUPATION_NOUNS for c in root.head.children):
        return True
    before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
    return before in (["interview", "with"], ["conversation", "with"])


def guess_kind(span: Span, name: str, label: str) -> str | None:
    """Kind of an actor from its name and spaCy label, or ``None`` for a setting (a place)."""
    words = [w.casefold().strip(".,") for w in name.split()]
    last = words[-1]
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if any(ch.isdigit() for ch in name) and label in ("ORG", "PRODUCT", "PERSON", "WORK_OF_ART", "GPE", "FAC") \
            and not re.fullmatch(r"[\d\W]+", name):
        return "product"  # "Kestrel 2", "Kestrel-13B": models the small model calls organisations
    if after is not None and after.lower_ in PORTFOLIOS and span.end + 1 < len(doc) \
            and doc[span.end + 1].pos_ == "PROPN" and label != "PERSON":
        return None  # "Energy Minister Lars Fjeld": a portfolio, not an actor
    if (after is not None and after.lower_ in PRODUCT_WORDS) and label != "PERSON":
        return "product"
    if (before is not None and before.lower_ in MEDIA_WORDS) or (after is not None and after.lower_ in MEDIA_WORDS):
        return "media"
    if last in MEDIA_SUFFIXES and len(words) > 1:
        return "media"
    if last in ORG_SUFFIXES or words[0] in ("university", "department", "ministry", "council"):
        return "organization"
    first = span[0].lower_
    if first in HONORIFICS and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in name.split()) \
            and last not in ORG_SUFFIXES:
        return "person"  # "Councillor Derek Hale" typed as an organisation
    if _is_someone(span):
        return "person"  # "Nadia Okafor has been the chief librarian", "an interview with Nadia Okafor"
    if label == "PERSON":
        if len(words) > 1 and last in _PLACE_LAST:
            return None  # "Fenwick Borough", "Kent County": a place, whatever the parser says
        return "person" if len(words) <= 4 and all(w[:1].isalpha() for w in words) else None
    if label in ("ORG", "FAC"):
        return "organization"
    if label in ("PRODUCT", "WORK_OF_ART"):
        return "product"
    if label == "GPE":
        # A place acting in the sentence (subject of a verb, owner of things) is an institution
        # or a lab mistyped as a place; a place after "in", "at", "from" is a setting.
        root = span.root
        if root.dep_ == "nsubj" and 2 <= len(words) <= 3 and _she_or_he_follows(span):
            return "person"  # "Grace Mbeki runs the shop ... she said": a person the tagger took for a place
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _ACTING_VERBS:
            return "organization"
        return None
    return None


def _she_or_he_follows(span: Span, sentences: int = 2) -> bool:
    """"he" or "she" is a subject in the span's sentence or the next one, before any person's name."""
    starts = 0
    for token in span.doc[span.end:]:
        starts += bool(token.is_sent_start)
        if starts >= sentences or token.ent_type_ == "PERSON":
            return False
        if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


# Verbs whose subject is an institution or a lab, not a place used as a setting.
_ACTING_VERBS = frozenset("say announce release launch publish decide warn argue sue train open "
                          "unveil introduce license licence claim state insist tell respond impose restrict ban "
                          "block retaliate approve reject agree sign demand urge want plan push threaten pressure "
                          "seek ask accuse condemn vow pledge promise order require allow refuse".split())


def initials(name: str) -> str:
    """Initials of the capitalised words of a name: "Nuclear Safety Inspectorate" -> "NSI"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 7 and text.isupper() and text.isalpha()
