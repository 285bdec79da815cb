"""Names that are not actors: buildings, treaties, events, court cases, terms and fragments.

spaCy marks many capitalised phrases as entities that no one would call an actor of a story:
a property ("Harbour Tower"), a treaty ("the Lisbon Accord"), an event ("the Great Slump"
written as "the Great Recession"), the parties of a court case ("Smith v. Jones"), a piece of
a hyphenated place ("Stratford" in "Stratford-upon-Avon"), a common phrase capitalised at the
start of a sentence or a heading ("Giant models ..." beside "giant models"), an acronym of a
lower-case term ("low rank adaptation, or LoRA") and a clause cut short ("Data Does" before
"n't"). These rules apply to names the knowledge file does not know.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from generator.analyse.actors.names import ORG_SUFFIXES

# Last words of names of places, buildings, agreements, laws, documents and events.
THING_WORDS = frozenset(
    "tower towers hotel building plaza mansion stadium arena airport bridge station street avenue "
    "boulevard road lane square centre center accord accords agreement treaty protocol pact act recession "
    "depression "
    "war crisis revolution pandemic epidemic awards festival olympics championship championships expo "
    "principles guidelines charter declaration manifesto mill mills farm manor castle abbey chapel wharf quay pier "
    "hall prize prizes award medal trophy cup plan plans scheme strategy games marathon tournament regatta "
    "payment payments allowance budget budgets".split()
)
# Of those, the names of texts: a law or an agreement "states" or "says" things, but never acts.
_DOCUMENT_THINGS = frozenset("act accord accords agreement treaty protocol pact principles guidelines charter "
                             "declaration manifesto".split())
# Of those, the ones that are also common English surnames ("Peter Mills", "Ana Hall").
_SURNAME_THINGS = frozenset("hall mills lane castle chapel street abbey".split())
# "Carter's Mill": a possessive before a place's last word makes one name of a building or a place.
_OWNED_THING = re.compile(r"[’']s\s+([A-Z][a-z]+)\b")
_OWNER_BEFORE = re.compile(r"[’']s\s+$")
_CASE_AFTER = re.compile(r"\s+vs?\.?\s+[A-Z]")
_CASE_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+vs?\.?\s+$")
_HYPHEN_AFTER = re.compile(r"-[a-z]+-[A-Z]")
_PLACE_ADJECTIVE = re.compile(r"-(?:based|born|bred|headquartered|registered)\b")
_HYPHEN_BEFORE = re.compile(r"[A-Z][\w]*-[a-z]+-$")
# Days named from today, which a sentence or a quotation can open with a capital.
_DAY_WORDS = frozenset("today tonight yesterday tomorrow".split())
# A photo's credit ("Wire Photo/Ana Ruiz") names who took the picture, not an actor.
_PHOTO_CREDIT = re.compile(r"\bPhoto(?:graph)?s?\s*/[^()]*$")
# Nouns after a name that make it a natural feature, a place ("the Indian and Pacific oceans").
_FEATURE_NOUNS = frozenset("ocean sea river lake mountain mountains hill island islands coast bay gulf desert valley "
                           "strait peninsula basin glacier forest road street avenue boulevard".split())
# Landscape nouns that end a place's name.
_LANDSCAPE_LAST = frozenset("dale dales vale valley glen moor moors heath fell fells downs hills falls gorge canyon "
                            "forest".split())
# The rest of a thing's name after a coordinated part: "... and Accountability Act".
_THING_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:" + "|".join(
    sorted(w.capitalize() for w in _DOCUMENT_THINGS)) + r")\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A preposition of place right before a name.
_AT_PLACE = re.compile(r"\b(?:at|in|near|across|around|into|through)\s+(?:the\s+)?$", re.IGNORECASE)
# A member's seat: "MP for", "senator for", "councillor for" (members sit for places).
SEAT_BEFORE = re.compile(r"\b(?:MPs?|MSPs?|MEPs?|TDs?|[Ss]enators?|[Cc]ongress(?:wo)?m[ae]n|[Rr]epresentatives?|"
                          r"[Cc]ouncill?ors?|[Aa]ssembly(?:wo)?m[ae]n|[Mm]embers? of [Pp]arliament|[Mm]embers?)"
                          r"\s+for\s+$")
# A minister's title before the portfolio it names: "Minister for", "Secretary of State for", "Chancellor of the".
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Ministers?|Secretar(?:y|ies)(?: of State)?|Chancellor|Commissioner)"
                               r"\s+(?:for|of)\s+(?:the\s+)?$")
_SHOUTED = re.compile(r"[a-z][A-Z]{2,}")
_SPELLED = re.compile(r"((?:[a-z][\w-]*\s+){0,7}[a-z][\w-]*)\s*(?:,\s*or\s+|\(\s*)$")
# Nouns that say a name is a place ("Millbrook, a town in the valley"; "the State of Ohio").
PLACE_NOUNS = frozenset("town city village district county state region country province neighbourhood "
                        "neighborhood suburb borough municipality island commonwealth territory area valley "
                        "coast peninsula isle isles lake bay gulf cape mount".split())


def place_name(name: str) -> bool:
    """"State of Ohio", "County of Kent": a place named by its kind, not the body that runs it."""
    words = name.split()
    return len(words) >= 3 and words[1] == "of" and words[0].casefold() in PLACE_NOUNS


def not_an_actor(span: Span, name: str, text: str, kind: str) -> bool:
    """Whether an entity span names something other than an actor (see the module rules); a
    person's name is never taken for a common phrase ("Rose" beside "rose")."""
    words = name.split()
    if name.casefold() in _DAY_WORDS or _PHOTO_CREDIT.search(text[max(0, span.start_char - 40):span.end_char]):
        return True  # "Today’s announcement" opening a quotation; "(Wire Photo/Ana Ruiz)" under a picture
    start, end = span.start_char, span.end_char
    if _THING_AFTER.match(text, end) or words and words[-1].casefold().strip(".,") in _DOCUMENT_THINGS:
        return True  # "the Health Insurance Portability" of "... and Accountability Act"; a law that "states"
    if words and words[-1].casefold().strip(".,") in THING_WORDS and not _speaks(span) and (
            kind != "person" or words[-1].casefold() not in _SURNAME_THINGS
            or _AT_PLACE.search(text[max(0, start - 12):start]) or _THE_BEFORE.search(text[max(0, start - 5):start])):
        return True  # "Harbour Tower" is a building; "Tessford Airport said ..." is its operator; a person
        # named so ("Peter Mills", "Ana Hall") is one unless the text puts the name where a place goes
    owned = _OWNED_THING.match(text, end)
    if owned and owned.group(1).casefold() in THING_WORDS:
        return True  # "Carter" of "Carter's Mill"
    if len(words) == 1 and words[0].casefold() in THING_WORDS and _OWNER_BEFORE.search(text[max(0, start - 3):start]):
        return True  # "Mill" of "Carter's Mill"
    if _CASE_AFTER.match(text, end) or _CASE_BEFORE.search(text[max(0, start - 40):start]):
        return True  # "Smith v. Jones" is a court case
    if _HYPHEN_AFTER.match(text, end) or _HYPHEN_BEFORE.search(text[max(0, start - 30):start]):
        return True  # a part of "Stratford-upon-Avon"
    if _PLACE_ADJECTIVE.match(text, end):
        return True  # "a Leeds-based festival": where something is
    if span.end < len(span.doc) and span.doc[span.end].lemma_.lower() in _FEATURE_NOUNS \
            or kind != "person" and len(words) > 1 and words[0].casefold() in _FEATURE_NOUNS \
            and words[-1].casefold() not in ORG_SUFFIXES:
        return True  # "the Pacific oceans", "the River Tewe" (not River Phoenix): a natural feature
    if len(words) > 1 and words[-1].casefold() in _LANDSCAPE_LAST and (
            kind != "person" or _AT_PLACE.search(text[max(0, start - 12):start])):
        return True  # "Cradley Dale", "Silicon Valley", "farmland at Hollin Dale": a landscape's name, a place
    if _listed_place(span):
        return True  # "other cities, including Leeds and Glasgow": examples of places
    if kind != "person" and len(words) == 1 and _joined_to_place(span):
        return True  # "the Arctic and Antarctic": a name joined by "and" to a place is a place
    if SEAT_BEFORE.search(text[max(0, start - 40):start]):
        return True  # "the Labour MP for Newcastle Central": the seat a member sits for, a place
    if _PORTFOLIO_BEFORE.search(text[max(0, start - 40):start]) and words \
            and words[-1].casefold() not in ORG_SUFFIXES:
        return True  # "Minister for Energy", "Chancellor of the Exchequer": a portfolio, not a body (but the
        # "secretary of the Harbour Federation" works for one)
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("n't", "not") and span[-1].pos_ in ("AUX", "VERB"):
        return True  # "Data Does" of "Data Doesn't Do What You Think"
    if len(span) >= 3 and any(t.tag_ in ("VBZ", "VBD") for t in span[1:]):
        return True  # "The Ferry Plan Has Flaws": a headline in title case, a clause, not a name
    if kind == "person" and span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "the") \
            and (len(span) == 1 or span[-1].tag_ == "NNPS"):
        return True  # "the Pliocene", "an Oscar", "the Golden Globes": no one's name takes an article
    if kind == "person" and len(words) == 1 and common_phrase(name, text) and not _mid_sentence(name, text):
        return True  # "Measles" of a title-case headline, which the text writes "measles" elsewhere
    if kind == "person" and _AT_PLACE.search(text[max(0, start - 8):start]) and not _speaks(span) \
            and not text.startswith(("’s", "'s"), end):
        return True  # "at Corner Video", "near Harbour Walk": where something happened
    return (kind != "person" and common_phrase(name, text)) or lower_case_acronym(name, text)


def _mid_sentence(name: str, text: str) -> bool:
    """Whether the text writes the word capitalised after a lower-case word or a comma, as a name,
    outside lines in title case ("Cases of Measles")."""
    pattern = re.compile(rf"(?:[a-z]|,)\s+{re.escape(name)}(?![\w-])")
    for line in text.splitlines():
        if pattern.search(line) is None:
            continue
        long = [w for w in line.split() if len(w) > 3]
        if not long or sum(w[0].isupper() for w in long) < 0.6 * len(long):
            return True
    return False


def _joined_to_place(span: Span) -> bool:
    """The name is coordinated with a place the tagger knows as one (a region, a country, a town)."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ in ("GPE", "LOC") and not (span.start <= p.i < span.end) and p.dep_ == "pobj"
               for p in partners)  # "travel books about the Arctic and Antarctic"


def _listed_place(span: Span) -> bool:
    """The name is an example of a kind of place: "cities, including Leeds and Glasgow", "towns such as X"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in ("including", "like", "as"):
        return False
    kind = root.head.head
    if kind.lower_ == "such" and kind.head is not kind:
        kind = kind.head  # "towns such as"
    return kind.lemma_.lower() in PLACE_NOUNS


# Verbs by which a body speaks or decides.
_SPEAKING = frozenset("say tell announce confirm deny state warn insist add explain respond reply decide "
                      "apologise apologize promise plan close reopen suspend cancel".split())


def _speaks(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _SPEAKING


def mistyped_person(name: str) -> bool:
    """A word with capitals run together after a small letter ("SwiGLU", "NumPY") is a term
    or a product, not a person's name ("McDonald", "DeVos" have one capital at a time)."""
    return bool(_SHOUTED.search(name))


def common_phrase(name: str, text: str) -> bool:
    """A capitalised phrase the text also writes in lower case: an ordinary phrase that
    opened a sentence or a heading, not a name (unless it names an institution)."""
    lower = name.lower()
    if lower.split()[-1] in ORG_SUFFIXES:
        return False  # "Parliament" beside "parliament" is the institution either way
    if lower == name or any(ch.isdigit() for ch in name) or any(w[1:] != w[1:].lower() for w in name.split()):
        return False  # "OpenAI", "GPT-4" and acronyms are names however the text writes them
    return lower in text and _alone(lower).search(text) is not None


def lower_case_acronym(name: str, text: str) -> bool:
    """An acronym the text spells out in lower-case words ("low rank adaptation, or LoRA",
    "mixture of experts (MoE)"): a term, not an organisation."""
    capitals = "".join(ch for ch in name if ch.isupper())
    if " " in name or len(capitals) < 2 or not name.isalpha():
        return False
    at = text.find(name)
    while at != -1:  # look only before each occurrence: a scan of the whole text per name is slow
        after = text[at + len(name): at + len(name) + 1]
        before = text[max(0, at - 120):at]
        opened = before.rstrip().endswith(("(", ", or", ",or"))
        spelled = _SPELLED.search(before) if opened and not after.isalnum() else None
        if spelled is not None:
            words = [w for w in re.split(r"[\s-]+", spelled.group(1)) if w not in ("of", "and", "the", "for", "to")]
            if "".join(w[0] for w in words[-len(capitals):]).upper() == capitals:
                return True
        at = text.find(name, at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _alone(phrase: str) -> re.Pattern[str]:
    escaped = re.escape(phrase)
    return re.compile(rf"(?<![\w-]){escaped}(?![\w-])")
