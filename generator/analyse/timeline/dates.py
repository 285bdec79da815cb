"""Date expressions in text: found with patterns, resolved to ISO dates against a reference date.

The reference date is the publication date, or, when the metadata has none, a dateline near the
top or the latest year the text mentions as past. Partial dates ("In March", "July 18") take their
year from an earlier mention of the same month or from the reference; relative ones ("last Tuesday",
"two weeks later", "the beginning of May", "in the summer") are resolved where the text allows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _month_number, _names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1):
    for _name in _names:
        MONTHS[_name] = _month_number
_FULL_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"))
_MONTH_PREPOSITIONS = ("in", "since", "by", "until", "of", "early", "late", "mid", "from", "through", "during",
                       "and", "or", "to", "between", "before", "after")
WEEKDAYS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
# Month of the year a season stands for (its middle, northern hemisphere).
SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
                "twenty": 20, "thirty": 30, "a few": 3, "a couple of": 2, "several": 3}

# The look-aheads name the letters each part can start with: where none fits, the regex moves on
# in one step instead of trying every month, number or word of the part there.
_M = (r"(?=[JFMASOND])(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_N = (r"(?=[\daseotfn])(?P<n>\d+|a few|a couple of|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
      r"|eleven|twelve|fifteen|eighteen|twenty|thirty)")
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_WD = r"(?=[MTWFS])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REL = r"(?P<rel>(?i:(?=[ltncp])(?:last|this|next|coming|past)))"
_EDGE = (r"(?P<edge>(?i:(?=[abelmstu])(?:(?:(?=[abu])(?:at |by |until |before ))?(?:(?=t)the )?"
         r"(?=[bemst])(?:beginning|start|end|middle|turn) of|early|mid-?|late)))")

_PATTERNS: list[tuple[str, str]] = [
    ("cjk", r"(?P<y>\d{4})年(?P<mo>\d{1,2})月(?:(?P<d>\d{1,2})日)?"),
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("mdy", _M.format("m") + r" (?P<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"),
    ("dmy", r"\b(?P<d>[0-3]?\d) " + _M.format("m") + r",? (?P<y>(?:19|20)\d\d)\b"),
    ("my", rf"(?:{_EDGE} )?" + _M.format("m") + r",? (?:of )?(?P<y>(?:19|20)\d\d)\b"),
    ("m_rel", _M.format("m") + r" of (?P<rel>last|this|next) year\b"),
    ("md", _M.format("m") + r" (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d)"),
    ("dm", r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?" + _M.format("m")),
    ("m", rf"(?:{_EDGE} |{_REL} )?" + _M.format("m") + r"(?![\w-])"),
    ("season", rf"(?i:(?:{_REL} |(?=[idt])(?:(?=[id])(?:in |during ))?the |{_EDGE} )?"
               r"(?=[saw])(?P<season>spring|summer|autumn|winter)"
               r"|(?=[ltn])(?P<rel2>last|this|next) fall)(?: of (?P<y>(?:19|20)\d\d))?\b"),
    ("holiday", r"\b(?P<holiday>Christmas(?: Day| Eve)?|New Year[’']s (?:Day|Eve))\b"),
    ("weekday", rf"(?<!\ba )(?i:(?:(?=[lnot])(?P<rel>last|this|next|on) )?){_WD}(?!s)"
                r"(?P<part> (?:night|morning|afternoon|evening))?"),
    ("deictic", r"(?i:\b(?=[elnpty])(?P<word>today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening"
                r"|earlier this (?:week|month|year)|later this (?:week|month|year)"
                r"|(?:last|this|next|past) (?:week|month|year))\b)"),
    ("quarter", r"(?i:\b(?:(?=[lntpc])(?P<rel>last|this|next|past|coming) quarter"
                r"|(?:(?=[ti])(?:the|its|their) )?(?=[fst1-4])(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                r" quarter(?: of (?P<y>(?:19|20)\d\d))?"
                r"|Q(?P<q>[1-4])(?: (?P<y2>(?:19|20)\d\d))?)\b)"),
    ("weekend", r"(?i:\b(?:(?=[lnto])(?P<rel>last|this|next|the|over the) )weekend\b)"),
    ("period", r"(?i:\b(?:(?=[abu])(?:by|at|until|before) )?the "
               r"(?=[bsemt])(?P<edge>beginning|start|end|middle|turn) of "
               r"(?=[tnl])(?P<which>the|this|next|last) (?P<unit>year|month)\b)"),
    ("ago", rf"(?i:\b{_N} {_UNIT} ago\b)"),
    ("offset", rf"(?i:\b(?:(?=[abjos])(?:barely |just |only |some |about ))?{_N} {_UNIT} "
               r"(?P<dir>later|after|earlier|before)\b)"),
    ("within", r"(?i:\bwithin (?:a few |several )?(?P<unit>day|week|month)s?\b)"),
    ("ahead", rf"(?i:\b(?:in|within) {_N} {_UNIT}\b)"),
    ("lasting", rf"(?i:\bfor (?:the past |the last )?{_N} {_UNIT}\b)"),
    ("decade", r"\b(?:the )?(?P<y>(?:19|20)\d0)s\b"),
    ("yrange", rf"(?:{_EDGE} )?(?:the )?\b(?P<y>(?:19|20)\d\d)\s?[-–/]\s?(?P<y2>(?:19|20)?\d\d)\b"),
    ("year", rf"(?:{_EDGE} )?\b(?P<y>(?:19|20)\d\d)\b(?!\s?(?:%|percent|°|[-–]\d))"),
]
# Every pattern starts with a digit or one of these letters (either case); the lookahead skips
# other positions in one step instead of trying each alternative there.
_SCANNER = re.compile(r"(?=(?i:[\dabcdefijlmnopqstuwy]))(?:" + "|".join(
    f"(?P<k_{kind}>{pattern.replace('(?P<', f'(?P<{kind}_')})" for kind, pattern in _PATTERNS) + ")")
# Words before a bare four-digit number that make it a year rather than a count.
_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|by|until|till|before|after|from|of|to|through|during|and|or|"
                           r"early|late|mid|summer|spring|autumn|winter|year|the|between|around|circa|than|his|her|its|their|our|"
                           r"my|your|this|that|entered|in early|in late)"
                           r"|[,(–-])\s*$", re.IGNORECASE)
# Every match of the scanner holds one of these words or digits, no further than _BEFORE characters
# from its start and _AFTER characters from its end (lookaheads included): the scanner only runs
# on the stretches of text around them, which leaves out most of a typical sentence.
_ANCHOR = re.compile(r"\d+|(?=[JFMASONDC])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|New Year)|"
                     r"(?i:(?=[adefmqstwy])(?:s(?:pring|ummer)|a(?:utumn|fternoon)|w(?:inter|eek)|fall|quarter"
                     r"|t(?:onight|omorrow)|m(?:orning|onth)|evening|d(?:ay|ecade)|year))")
_BEFORE, _AFTER = 32, 16
"""The longest reach: "before the beginning of the 2019-20 season" starts 28 characters before
its digits; "two months earlier" ends 10 after its unit, a year's look-ahead reads 8 after it."""

_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|’ll|shall|would|is|are|was|were) (?:\w+ )?(?:be )?(?:due|expected|scheduled|set|planned|slated|"
    r"likely|going)\b|\bwill\b|\bwon[’']t\b|\bplans? to\b|\bexpects?\b|\bforecasts?\b|\bprojected\b|"
    r"\bcould (?:run|reach|be)\b|\bwould\b|\bintends? to\b|\bnext\b|\bupcoming\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference date as precise as known."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, self.month or 12, self.day or 28)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a sentence, resolved."""

    start: int
    """Offset in the sentence text."""
    end: int
    text: str
    date: str
    """ISO date, as precise as the expression allows."""
    expected: bool
    """A future expectation rather than something that happened."""
    kind: str = ""
    """The kind of expression: ``mdy`` ("July 18, 2023"), ``weekday``, ``ago``, ``season`` ..."""
    approximate: bool = False
    """A vague time ("in a few years", "more than two decades ago", "the 1970s"): the date is a rough one."""


# Counts that say how long only roughly, and words before a span of time that make it rough.
_VAGUE_COUNTS = frozenset({"a few", "several", "a couple of"})
_ROUGHLY = re.compile(r"\b(?:more than|over|nearly|almost|about|around|roughly|some|at least|less than|"
                      r"under|up to|well over|just over|just under)\s*$", re.IGNORECASE)


def _approximate(text: str, match: re.Match[str], kind: str) -> bool:
    """A decade, or a span of time counted vaguely ("a few years", "more than two decades ago")."""
    if kind == "decade":
        return True
    if kind not in ("ago", "offset", "ahead", "lasting", "within"):
        return False
    count = (_group(match, kind, "n") or "").lower()
    return count in _VAGUE_COUNTS or kind == "within" or bool(_ROUGHLY.search(text[:match.start()])) \
        or match.group(0).lower().startswith(("some ", "about "))


def parse_iso(value: str | None) -> Ref | None:
    """``2023``, ``2023-07`` or ``2023-07-18`` as a :class:`Ref`."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    return Ref(int(match.group(1)), int(match.group(2)) if match.group(2) else None,
               int(match.group(3)) if match.group(3) else None)


def iso(ref: Ref) -> str:
    """ISO text at the precision of ``ref``."""
    if ref.month is None:
        return f"{ref.year:04d}"
    if ref.day is None:
        return f"{ref.year:04d}-{ref.month:02d}"
    return f"{ref.year:04d}-{ref.month:02d}-{ref.day:02d}"


def _valid(year: int, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def _number(text: str | None) -> int:
    if not text:
        return 1
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


def _shift(ref: Ref, amount: int, unit: str) -> Ref:
    """Move ``ref`` by ``amount`` units, keeping its precision (weeks and days need a day)."""
    if unit in ("year", "decade"):
        return Ref(ref.year + amount * (10 if unit == "decade" else 1), ref.month, ref.day)
    if unit == "month":
        if ref.month is None:
            return ref
        index = ref.year * 12 + ref.month - 1 + amount
        day = min(ref.day, 28) if ref.day else None
        return Ref(index // 12, index % 12 + 1, day)
    if ref.month is None:
        return ref
    days = amount * (7 if unit == "week" else 1)
    moved = dt.date(ref.year, ref.month, ref.day or 15) + dt.timedelta(days=days)
    return Ref(moved.year, moved.month, moved.day if ref.day else None)


def _coarse(ref: Ref, unit: str) -> Ref:
    """A date counted in years is a year, in months a month: "three years ago" names no day."""
    if unit in ("year", "decade"):
        return Ref(ref.year)
    if unit == "month":
        return Ref(ref.year, ref.month)
    return ref


def _month_year(month: int, ref: Ref | None, future: bool, *, day: int | None = None,
                tense: int | None = -1) -> int | None:
    """The year of a bare month (and day): the next one from the reference when the clause is
    future, the latest one up to it when its verb is past, else the one nearest the reference
    ("The hearing resumes June 3" in a May article is this June, not last June)."""
    if ref is None:
        return None
    if ref.month is None:
        return ref.year
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    if tense == -1:
        return ref.year if month <= ref.month else ref.year - 1
    reference = dt.date(ref.year, ref.month, ref.day or 15)

    def distance(year: int) -> int:
        return abs((dt.date(year, month, min(day or 15, 28)) - reference).days)

    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda year: (distance(year), -year < -ref.year))


def _scan(text: str) -> list[re.Match[str]]:
    """What ``_SCANNER.finditer(text)`` finds, scanning only the stretches around anchors."""
    found: list[re.Match[str]] = []
    start = end = -1
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() - _BEFORE > end:
            if end >= 0:
                found.extend(_SCANNER.finditer(text, start, end))
            start = max(0, anchor.start() - _BEFORE)
        end = min(len(text), anchor.end() + _AFTER)
    if end >= 0:
        found.extend(_SCANNER.finditer(text, start, end))
    return found


def _group(match: re.Match[str], kind: str, name: str) -> str | None:
    try:
        return match.group(f"{kind}_{name}")
    except IndexError:
        return None


_NEAR = 6
"""Sentences within which "In March" takes the year of an earlier "March 2023"."""
_CLAUSE_BREAK = re.compile(r"[;:—–()]|,\s|\b(?:and|but|while|whereas|although|which|who|after|before|when)\b")


def _clause(text: str, start: int, end: int) -> str:
    """The stretch of the sentence around ``[start, end)`` between clause breaks."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    # A date that is a clause of its own ("In June, we will ...") belongs with the next one.
    if len(text[left:start].split()) <= 1 and len(text[end:right].split()) <= 1 and right < len(text):
        right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 2)), len(text))
    return text[left:right]


# Tense markers for a bare month's year: future (will, due, scheduled, next, ...) or past
# (said, was, had, regular past forms; "need", "proceed" are not past).
_TENSE = re.compile(
    r"(?P<future>\b(?:will|would|shall|won[’']t|due|scheduled|slated|expected|planned|plans?|set to|going to|next|"
    r"upcoming)\b|[’']ll\b)"
    r"|(?P<past>\b(?:said|told|was|were|had|did|began|came|went|made|took|gave|won|lost|met|saw|wrote|"
    r"sent|held|left|brought|became|rose|fell|spent|paid|sold|bought|found|put|ran|kept|"
    r"\w{2,}(?<!e)ed)\b)", re.IGNORECASE)


def _nearest_tense(text: str, start: int, end: int) -> int | None:
    """+1 when the tense marker closest before a date is future, -1 when past, ``None`` when none.

    A date that opens the sentence ("In May, ...") looks at the first marker after it instead. The
    date's own clause speaks first ("..., and in June a group will present" is future whatever
    came before the "and").
    """
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    own = list(_TENSE.finditer(text, left, start)) or list(_TENSE.finditer(text, end, right))[:1]
    if own:
        return 1 if own[-1].group("future") else -1
    before = list(_TENSE.finditer(text, 0, start))
    if before:
        return 1 if before[-1].group("future") else -1
    after = _TENSE.search(text, end)
    if after is None:
        return None
    return 1 if after.group("future") else -1


class DateResolver:
    """Resolves date expressions of one article in reading order, remembering earlier mentions."""

    def __init__(self, reference: Ref | None) -> None:
        self.reference = reference
        self.month_years: dict[int, tuple[int, int]] = {}
        """Year of each month mentioned with an explicit year so far, and the sentence number."""
        self.count = 0
        """Sentences seen."""
        self.last: Ref | None = None
        """The latest resolved date, the anchor of "two weeks later"."""

    def find(self, text: str) -> list[DateMention]:
        """Resolved date expressions of one sentence, in order."""
        self.count += 1
        raw = []
        for match in _scan(text):
            kind = (match.lastgroup or "")[2:]  # the outer group of a kind closes last
            if kind == "year" and not _YEAR_CONTEXT.search(text[:match.start()]) \
                    and not _group(match, kind, "edge") and match.start() > 0:
                continue
            if kind == "year" and re.match(r"\s+[a-z]+s\b(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bas)(?<!\bits)(?<!\bthis)",
                                            text[match.end():]):
                continue  # "2000 workers": a count
            if kind == "m" and not self._month_is_date(text, match, kind):
                continue
            raw.append((match, kind))
        # A relative expression ("a week after its publication in March 2023") hangs on the
        # absolute date of its own sentence when there is one.
        local_anchor = None
        for match, kind in raw:
            if kind in ("cjk", "iso", "mdy", "dmy", "my"):
                local_anchor = self._absolute(match, kind)
                break
        out = []
        for match, kind in raw:
            future_sentence = bool(_FUTURE_CUES.search(_clause(text, match.start(), match.end())))
            ref, exact = self._resolve(match, kind, text, future_sentence, local_anchor)
            if ref is None or not (1000 <= ref.year <= 2999) or not _valid(ref.year, ref.month, ref.day):
                continue
            if exact and ref.month is not None:
                self.month_years[ref.month] = (ref.year, self.count)
            if kind not in ("ahead", "lasting"):
                self.last = ref
            out.append(DateMention(match.start(), match.end(), match.group(0), iso(ref),
                                   self._expected(ref, kind, text, match, future_sentence), kind,
                                   _approximate(text, match, kind)))
        return out

    @staticmethod
    def _month_is_date(text: str, match: re.Match[str], kind: str) -> bool:
        word = (_group(match, kind, "m") or "").rstrip(".")
        if not word[:1].isupper() or (word.lower() not in _FULL_MONTHS and not match.group(0).endswith(".")):
            return False
        if word.lower() in ("may", "march") and not (_group(match, kind, "edge") or _group(match, kind, "rel")):
            # "may" the verb, "March" the walk: a date only after "in", "since", ... or before a comma.
            before = text[:match.start()].rstrip().lower()
            return before.endswith(_MONTH_PREPOSITIONS) or text[match.end():].startswith(",")
        return True

    def _absolute(self, match: re.Match[str], kind: str) -> Ref | None:
        year = int(_group(match, kind, "y") or 0)
        month_text = _group(match, kind, "m")
        month = MONTHS.get(month_text.rstrip(".").lower()) if month_text \
            else int(_group(match, kind, "mo") or 0) or None
        day_text = _group(match, kind, "d")
        day = int(day_text) if day_text else None
        if not year or not _valid(year, month, day):
            return None
        return Ref(year, month, day)

    def _resolve(self, match: re.Match[str], kind: str, text: str, future: bool,
                 local_anchor: Ref | None) -> tuple[Ref | None, bool]:
        ref = self.reference
        year: int | None

        def g(name: str) -> str:
            return _group(match, kind, name) or ""

        if kind in ("cjk", "iso", "mdy", "dmy", "my"):
            return self._absolute(match, kind), True
        if kind == "m_rel":
            if ref is None:
                return None, False
            year = ref.year + {"last": -1, "this": 0, "next": 1}[g("rel").lower()]
            return Ref(year, MONTHS[g("m").rstrip(".").lower()]), False
        if kind in ("md", "dm", "m"):
            month = MONTHS[g("m").rstrip(".").lower()]
            day = int(g("d")) if g("d") else None
            rel = (g("rel") or "").lower()
            if rel in ("last", "past") and ref is not None:
                year = ref.year if ref.month is not None and month < ref.month else ref.year - 1
            elif rel in ("next", "coming") and ref is not None:
                year = ref.year if ref.month is not None and month > ref.month else ref.year + 1
            else:
                earlier = self.month_years.get(month)
                close = earlier is not None and (self.count - earlier[1] <= _NEAR or ref is None)
                tense = _nearest_tense(text, match.start(), match.end())
                if future:
                    # A clause with a future word is future only when the verb nearest the month is not
                    # past ("will open in May", but "In May, it said it would ...").
                    future = tense != -1
                year = earlier[0] if earlier is not None and close else \
                    _month_year(month, ref, future, day=day, tense=tense)
                if year is None and self.last is not None:
                    year = self.last.year
            return (Ref(year, month, day) if year else None), False
        if kind == "season":
            season = (g("season") or "fall").lower()
            month = SEASONS[season]
            if g("y"):
                return Ref(int(g("y")), month), True
            if ref is None:
                return (Ref(self.last.year, month) if self.last else None), False
            rel = (g("rel") or g("rel2") or "").lower()
            current = ref.month or 12
            if rel in ("last", "past"):
                year = ref.year if current > month + 2 else ref.year - 1
            elif rel in ("next", "coming"):
                year = ref.year if current < month - 2 else ref.year + 1
            elif future:
                year = ref.year if current <= month + 2 else ref.year + 1
            else:
                year = ref.year if current >= month - 1 else ref.year - 1
            return Ref(year, month), False
        if kind == "holiday":
            if ref is None:
                return None, False
            month, day = (12, 31) if "Eve" in g("holiday") and "New" in g("holiday") else \
                (1, 1) if "New" in g("holiday") else (12, 25 if "Eve" not in g("holiday") else 24)
            holiday_year = _month_year(month, ref, future)
            return (Ref(holiday_year, month, day) if holiday_year else None), False
        if kind == "weekday":
            if ref is None or ref.day is None:
                return None, False
            target = WEEKDAYS[g("wd").lower()]
            today = dt.date(ref.year, ref.month or 1, ref.day)
            rel = (g("rel") or "").lower()
            if future and _nearest_tense(text, match.start(), match.end()) == -1:
                future = False  # "He said on Monday that he would resign": the saying is past
            if rel == "next" or (future and rel != "last"):
                delta = (target - today.weekday()) % 7 or 7
            else:
                delta = -((today.weekday() - target) % 7)
                if rel == "last" and delta == 0:
                    delta = -7
            when = today + dt.timedelta(days=delta)
            return Ref(when.year, when.month, when.day), False
        if kind == "deictic":
            return self._deictic(g("word").lower(), ref), False
        if kind == "quarter":
            return self._quarter(g, ref, future, text, match)
        if kind == "weekend":
            if ref is None or ref.day is None:
                return None, False
            today = dt.date(ref.year, ref.month or 1, ref.day)
            rel = g("rel").lower()
            if rel == "this":  # the weekend of this week: Saturday to come, or the one just passed on a Sunday
                delta = (5 - today.weekday()) % 7 if today.weekday() < 6 else -1
            else:
                ahead = rel == "next" or (rel != "last" and future
                                          and _nearest_tense(text, match.start(), match.end()) != -1)
                delta = ((5 - today.weekday()) % 7 or 7) if ahead else -((today.weekday() - 5) % 7 or 7)
            when = today + dt.timedelta(days=delta)
            return Ref(when.year, when.month, when.day), False
        if kind == "period":
            if ref is None:
                return None, False
            step = {"next": 1, "last": -1}.get(g("which").lower(), 0)
            edge = g("edge").lower()
            if g("unit").lower() == "year":
                return Ref(ref.year + step, {"end": 12, "middle": 6, "turn": 1}.get(edge, 1)), False
            if ref.month is None:
                return None, False
            return _shift(Ref(ref.year, ref.month), step, "month"), False
        if kind == "ago":
            unit = g("unit").lower()
            return (_coarse(_shift(ref, -_number(g("n")), unit), unit) if ref else None), False
        if kind == "offset":
            anchor = local_anchor or self.last
            if anchor is None:
                return None, False
            sign = 1 if g("dir").lower() in ("later", "after") else -1
            unit = g("unit").lower()
            return _coarse(_shift(anchor, sign * _number(g("n")), unit), unit), False
        if kind == "within":
            return self.last, False
        if kind == "ahead":
            if ref is None or not future:
                return None, False
            return Ref(_shift(ref, _number(g("n")), g("unit").lower()).year), False
        if kind == "lasting":
            # "For eighteen months, the staff have worked ...": the start, counted back from the reference.
            perfect = re.search(r"\b(?:have|has)(?: been)?(?: \w+ed)?\s*$", text[:match.start()], re.IGNORECASE)
            opening = match.start() < 3 and re.search(r"\b(?:have|has)\b", text, re.IGNORECASE)
            if ref is None or not (perfect or opening):
                return None, False
            unit = g("unit").lower()
            start = _shift(ref, -_number(g("n")), unit)
            return (Ref(start.year) if unit in ("year", "decade") else Ref(start.year, start.month)), False
        if kind == "decade":
            return Ref(int(g("y"))), True
        if kind == "yrange":
            first, second = g("y"), g("y2")
            if len(second) == 2:
                second = first[:2] + second
            if int(second) <= int(first) or int(second) - int(first) > 30:
                return None, False
            end = "end" in (g("edge") or "").lower() or "until" in (g("edge") or "").lower()
            return Ref(int(second if end else first)), True
        if kind == "year":
            return Ref(int(g("y"))), True
        return None, False

    @staticmethod
    def _quarter(g: Callable[[str], str], ref: Ref | None, future: bool, text: str,
                 match: re.Match[str]) -> tuple[Ref | None, bool]:
        """"the third quarter (of 2023)", "Q3 2023", "last quarter": the quarter's first month."""
        ordinal = (g("ord") or "").lower()
        number = int(g("q")) if g("q") else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                               "fourth": 4, "4th": 4, "final": 4}.get(ordinal, 0)
        year_text = g("y") or g("y2")
        if year_text and number:
            return Ref(int(year_text), 3 * number - 2), True
        if ref is None or ref.month is None:
            return None, False
        current = (ref.month - 1) // 3 + 1
        rel = (g("rel") or "").lower()
        if rel:
            index = ref.year * 4 + current - 1 + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
            return Ref(index // 4, 3 * (index % 4) + 1), False
        tense = _nearest_tense(text, match.start(), match.end())
        year = ref.year
        if tense == -1 and number > current:
            year -= 1  # "profit fell in the fourth quarter", said in spring: last year's
        elif future and tense != -1 and number < current:
            year += 1
        return Ref(year, 3 * number - 2), False

    @staticmethod
    def _deictic(word: str, ref: Ref | None) -> Ref | None:
        if ref is None:
            return None
        unit = word.split()[-1]
        if unit in ("today", "tonight", "morning", "afternoon", "evening"):
            return ref if ref.day else None
        if unit in ("yesterday", "tomorrow"):
            return _shift(ref, -1 if unit == "yesterday" else 1, "day") if ref.day else None
        step = -1 if word.startswith(("last", "past")) else 1 if word.startswith("next") else 0
        if unit == "week":
            return _shift(ref, 7 * step, "day") if ref.day else None
        if unit == "month":
            return _shift(Ref(ref.year, ref.month), step, "month") if ref.month else None
        return Ref(ref.year + step)

    def _expected(self, ref: Ref, kind: str, text: str, match: re.Match[str], future: bool) -> bool:
        if kind == "ahead":
            return True
        reference = self.reference
        if reference is not None:
            precision = min(len(iso(ref)), len(iso(reference)))
            mine, theirs = iso(ref)[:precision], iso(reference)[:precision]
            if mine != theirs:
                return mine > theirs
        before = text[max(0, match.start() - 12):match.start()].lower()
        if re.search(r"\b(?:by|until|before)\s+(?:the\s+)?$", before) and future:
            return True
        clause = _clause(text, match.start(), match.end())
        return future and bool(re.search(r"\b(?:will|'ll|’ll|shall|expected|due|scheduled|plans?|planned|would)\b",
                                         clause, re.IGNORECASE))


# A report's dateline: the place in capitals (maybe a region after it), the date, an agency, a dash.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.' -]+(?:,\s*[A-Z][\w.' -]*)?,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
                       r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:]")


def infer_reference(published: str | None, paragraphs: list[str]) -> Ref | None:
    """The publication date, else a dateline among the first blocks, else the latest past year mentioned."""
    ref = parse_iso(published)
    if ref is not None:
        return ref
    resolver = DateResolver(None)
    for text in paragraphs[:6]:
        if len(text) <= 40:
            for mention in resolver.find(text):
                if len(mention.date) == 10 and len(mention.text) >= len(text.strip()) - 12:
                    return parse_iso(mention.date)
        dateline = _DATELINE.match(text)
        if dateline is not None:  # "TESSFORD, British Columbia, March 4, 2025 (Agency) - ..."
            found = DateResolver(None).find(dateline.group("date"))
            if found and len(found[0].date) == 10:
                return parse_iso(found[0].date)
    years = []
    for text in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if _FUTURE_CUES.search(sentence):
                continue
            for mention in DateResolver(None).find(sentence):
                before = sentence[:mention.start].rstrip().lower()
                if not before.endswith(("by", "until", "before")):
                    years.append(int(mention.date[:4]))
    return Ref(max(years)) if years else None
