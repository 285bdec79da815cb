"""Zones of a page: the article's body, and the furniture around and inside it.

Every reader (text, Markdown, HTML) hands over :class:`Piece` s: its blocks with the few page
signals it can see (how much of the text is link text, a thematic break before it). The rules
here are the same for every format and look at page structure, not at one site's wording:

- position: bylines, datelines, credit and contact lines sit at the start or the end;
- link density: a block that is mostly a link is a teaser for another page;
- list shape: a run of short name-like lines is a signature list, a run of lines with years,
  initials and titles a reference list, a heading that announces other stories and the short
  lines under it a related-links box;
- names: "<role> by <Name>" constructions, all-caps agency credits (``NAME/AGENCY``);
- script: a block in another writing system than the body (a translation project's footer);
- calls to act: sign up, subscribe, follow, watch, download, donate, check out, get in touch.

Only the body becomes sentences; the furniture is kept with its kind, and the byline, credit
and date it holds fill in metadata the page does not give otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.model import Block, BlockKind, Furniture, FurnitureKind

__all__ = ["Piece", "Zoning", "split_zones"]


@dataclass(frozen=True, slots=True)
class Piece:
    """A block as a reader found it, with the page signals it carries."""

    kind: BlockKind
    text: str
    links: float = 0.0
    """Share of the text that is link text (0 to 1)."""
    rule: bool = False
    """A thematic break (``<hr>``, ``---``) comes right before it."""


@dataclass(frozen=True, slots=True)
class Zoning:
    """The body blocks, the furniture, and what the furniture says about the article."""

    body: tuple[Block, ...]
    furniture: tuple[Furniture, ...]
    author: str | None = None
    """The byline or the first credit ("Reporting by ...") when the page names one."""
    date: str | None = None
    """A dateline at the top of the page, as written."""
    url: str | None = None
    """A source link ("via: https://...") at the end of the page."""


_NAME = r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}(?= [A-Z]))"  # "Serjeant", "J.", "de" in "de la Garza"
_PERSON = rf"[A-Z][\w'’.-]+(?: {_NAME}){{0,3}}"
_PEOPLE = rf"{_PERSON}(?:(?:, | and | & ){_PERSON})*"
# "By Jill Serjeant", "By Jill Serjeant and Steve Gorman, Reuters"
_BYLINE = re.compile(rf"^\(?by:? ({_PEOPLE})\b", re.IGNORECASE)
# "Reporting by X; Editing by Y", "Photographs by X", "Additional reporting by X in Paris"
_ROLE_BY = re.compile(rf"(?:^|[;(|•]\s*)(?:[A-Z]?[a-z]+ ){{0,2}}(?:[a-z]+ing|[a-z]+s?)\s+by:?\s+({_PEOPLE})")
# "Jane Doe contributed reporting.", "Jane Doe and John Roe contributed to this report."
_CONTRIBUTED = re.compile(rf"^({_PEOPLE}) contributed\b(?: (?:reporting|research|to this \w+))?", re.IGNORECASE)
# "Contributors: A, B", "Additional reporting: X", "Credit: X"
_LABELLED_CREDIT = re.compile(rf"^(?:[A-Z][a-z]+ )?(?:[a-z]+ing|credits?|contributors?|sources?|"
                              rf"photos?|photographs?|images?|pictures?|illustrations?|graphics?)\s*:\s*({_PEOPLE})",
                              re.IGNORECASE)
# "REUTERS/Mario Anzuoni", "AP Photo/Jane Doe", "Jane Doe/Getty Images"
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(?: [A-Z][a-z]+)?/[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}\)?\.?$"
                            r"|[a-z]/(?:[A-Z]\w+ )*[A-Z]\w+ (?:Images|Photos?|Pictures)\b"
                            r"|(?:^|[(\[|]\s*|[.!?]\s+)(?:[A-Z]\w+ )?"
                            r"(?i:photo|photograph|picture|image|illustration|credit)s?\s*(?::|(?i:by)\s+[A-Z])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_URL = re.compile(r"https?://\S+|www\.\S+")
_LABEL_URL = re.compile(r"^[\w ]{1,20}\s*[:：]\s*(https?://\S+)\s*$")
# Calls to act: what a promotion or newsletter box asks of the reader.
_CALL = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|subscription|newsletters?|download (?:the|our) app|follow us|click here|"
    r"tap here|register (?:now|here)|watch now|listen now|become a (?:member|subscriber|supporter)|"
    # what invites the reader to look further or to write in
    r"check out our|stay tuned|feel free to (?:reach out|contact|get in touch|email)|"
    r"get in touch|contact us)\b",
    re.IGNORECASE)
# Where a promotion sends the reader, and the verbs that send them there.
_PLATFORM = re.compile(r"\b(?:on|at|via) (?:youtube|facebook|instagram|twitter|x|linkedin|tiktok|whatsapp|github|"
                       r"spotify|apple podcasts|our (?:website|channel|podcast|app))\b", re.IGNORECASE)
_SEND = re.compile(r"^(?:follow|watch|listen|find|join|like|subscribe|sign up|download|get|read|share|click|tap|check|"
                   r"register|want)\b", re.IGNORECASE)
# Openers of furniture that names itself: teasers, widgets, notes of the editor.
_SELF_NAMED = re.compile(
    r"^(?:read (?:more|next|also)|related(?: articles?| stories| content| coverage| posts?| reading)?|see also|"
    r"also read|more (?:from|on|stories|coverage)|keep reading|recommended|advertisement|sponsored|"
    r"copyright|©|all rights reserved|listen to|watch:|editor'?s note|correction:|"
    r"this (?:story|article|post|piece) (?:has been|was) (?:updated|corrected|amended))\b",
    re.IGNORECASE)
# A heading that announces other stories rather than a section of this one.
_TEASER_HEADING = re.compile(
    r"\b(?:must[- ]reads?|more (?:stories|from|news|reads?|on|coverage)|most (?:read|popular|viewed)|"
    r"popular|trending|related|recommended|you (?:may|might) (?:also )?like|read (?:next|more|about)|"
    r"top stories|latest (?:news|stories)|editor'?s picks|also read|further reading|more to read)\b",
    re.IGNORECASE)
_REFERENCE_HEADING = re.compile(r"^(?:references?|notes|footnotes|endnotes|sources|bibliography|works cited|"
                                r"citations|further reading|literature)\s*:?$", re.IGNORECASE)
_SIGNATURE_HEADING = re.compile(r"\b(?:signatories|signed|signatures|co-?signers)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d[a-z]?\b")
_INITIALS = re.compile(r"\b[A-Z]\.(?:\s?[A-Z]\.)*(?=[\s,])|\bet al\b")
_FOOTNOTE_MARK = re.compile(r"^(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}\.\s|[¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3}\s)")
# "(15 images)", "( 3 videos )": the counter of a slideshow or playlist widget
_WIDGET_COUNT = re.compile(r"\(\s*\d+\s+[a-z]+\s*\)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_DATE = re.compile(rf"\b(?:{_MONTH}[a-z]*\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}} {_MONTH}[a-z]* \d{{4}}"
                   r"|\d{4}-\d\d-\d\d)\b", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\b|\b(?:updated|published|posted)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words that may stand lower-case in a name list ("Saladin Ambar, Rutgers University of Newark").
_NAME_GLUE = frozenset("of and the for at de la le van von der da du di del y & in on".split())


def split_zones(pieces: Sequence[Piece], title: str | None = None) -> Zoning:
    """Tell the article's body from its furniture.

    Args:
        pieces: the blocks of one page, in reading order, with their page signals.
        title: the page's own headline (front matter, ``<title>``), when it has one.

    Returns:
        The body blocks (repeated paragraphs once), the furniture with its kind, and the
        byline, date and source link the furniture gives.
    """
    kinds: list[FurnitureKind | None] = [None] * len(pieces)
    script = _main_script(pieces)
    _mark_runs(pieces, kinds)
    for number, piece in enumerate(pieces):
        if kinds[number] is None:
            kinds[number] = _single(piece, script)
        # A linked name or date right under a quotation says who said it and when, not a teaser.
        if kinds[number] == "related" and number and pieces[number - 1].kind == "blockquote" and (
                _is_name(piece.text) or _DATE.fullmatch(piece.text.strip(" .—-"))):
            kinds[number] = None
    _mark_teaser_items(pieces, kinds)
    _mark_repeated_labels(pieces, kinds)
    headline_at = _mark_masthead(pieces, kinds, title)
    _mark_signoff(pieces, kinds)
    _mark_photo_captions(pieces, kinds)
    body_at = [n for n, kind in enumerate(kinds) if kind is None and pieces[n].kind != "heading"]
    if not body_at:
        # Nothing but furniture is no article; keep the blocks the self-named rules let through.
        kinds = [None if k in ("caption", "dateline", "promo", "boilerplate") else k for k in kinds]
        body_at = [n for n, kind in enumerate(kinds) if kind is None]
    first, last = (body_at[0], body_at[-1]) if body_at else (0, -1)
    _mark_edges(pieces, kinds, first, last)
    _mark_empty_headings(pieces, kinds)
    body: list[Block] = []
    furniture: list[Furniture] = []
    seen: set[str] = set()
    for piece, kind in zip(pieces, kinds, strict=True):
        if kind is not None:
            furniture.append(Furniture(kind, piece.text))
            continue
        # Wire copy and web pages repeat lead paragraphs; one copy is enough.
        if piece.kind != "heading" and len(piece.text) > 80 and piece.text in seen:
            continue
        seen.add(piece.text)
        body.append(Block(piece.kind, piece.text))
    return Zoning(body=tuple(body), furniture=tuple(furniture), author=_author(furniture),
                  date=_date(pieces, kinds, max(first, headline_at)), url=_source_url(furniture))


def _single(piece: Piece, script: str) -> FurnitureKind | None:
    """The furniture a block is on its own signals, wherever it stands."""
    text = piece.text
    words = len(text.split())
    if _SELF_NAMED.match(text):
        return "note" if re.match(r"(?i)this|editor|correction|copyright|©|all rights", text) else "related"
    if script and words <= 40 and _foreign_share(text, script) >= 0.25:
        return "boilerplate"
    if _LABEL_URL.match(text) or (_URL.sub("", text).strip(" :：-—") == "" and _URL.search(text)):
        return "boilerplate"
    if piece.links >= 0.75 and words <= 25:
        return "related"
    if words <= 40 and (_ROLE_BY.search(text) or _CONTRIBUTED.match(text) or _LABELLED_CREDIT.match(text)) \
            and not _sentence_like(_ROLE_BY.sub("", text)):
        return "credit"
    if words <= 14 and _BYLINE.match(text):
        return "byline"
    if (_EMAIL.search(text) or _HANDLE.search(text)) and (words <= 20 or words <= 60 and _CALL.search(text)):
        return "contact"
    if words <= 45 and (_CALL.search(text) and (piece.links >= 0.3 or _imperative(text))
                        or _PLATFORM.search(text) and _imperative(text)):
        return "promo"
    if words <= 6 and _WIDGET_COUNT.search(text):
        return "related"
    if words <= 60 and _AGENCY_CREDIT.search(text) and _caption_like(text):
        return "caption"
    return None


def _mark_runs(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """Furniture that shows as a run of blocks: related-links boxes, reference and signature lists."""
    n = len(pieces)
    number = 0
    while number < n:
        piece = pieces[number]
        if piece.kind == "heading" and (_TEASER_HEADING.search(piece.text) or _REFERENCE_HEADING.match(piece.text)
                                        or _SIGNATURE_HEADING.search(piece.text)) or _teaser_label(piece):
            kind: FurnitureKind = "references" if _REFERENCE_HEADING.match(piece.text) else (
                "signatures" if _SIGNATURE_HEADING.search(piece.text) else "related")
            end = number + 1
            while end < n and pieces[end].kind != "heading" and (
                    kind != "related" or pieces[end].kind == "item" or pieces[end].links >= 0.5
                    # a short headline, not a sentence of the story going on ("Not all doctors agree.")
                    or len(pieces[end].text) <= 160 and not _sentence_like(pieces[end].text)):
                end += 1
            if end > number + 1 or kind == "related":
                for k in range(number, end):
                    kinds[k] = kind
                number = end
                continue
        number += 1
    _mark_shaped_runs(pieces, kinds, _reference_like, "references", 3)
    _mark_shaped_runs(pieces, kinds, _name_line, "signatures", 5)
    # Near the end, a shorter list of people with their roles links to other stories about them.
    tail = _tail_start(pieces)
    _mark_shaped_runs(pieces, kinds, lambda p: p.kind == "item" and _name_line(p), "related", 3, start=tail)
    _mark_shaped_runs(pieces, kinds, lambda p: p.links >= 0.5 and len(p.text.split()) <= 20, "related", 3)
    # A lead-in that announces the run ("Read about:", "Signed by:") belongs to it.
    for number in range(1, n):
        before = re.split(r"(?<=[.!?])\s+", pieces[number - 1].text)[-1]
        if kinds[number] in ("related", "signatures", "references") and kinds[number - 1] is None \
                and before.rstrip().endswith(":") and len(before.split()) <= 8:
            kinds[number - 1] = kinds[number]
    # A paragraph of many names ("A, B, C, ... Z"), as a signature list collapsed into one block.
    for number, piece in enumerate(pieces):
        if kinds[number] is None and _name_list(piece.text):
            kinds[number] = "signatures"


def _mark_shaped_runs(pieces: Sequence[Piece], kinds: list[FurnitureKind | None],
                      shaped: Callable[[Piece], bool], kind: FurnitureKind, least: int, start: int = 0) -> None:
    """Mark runs of at least ``least`` blocks (from ``start`` on) that all have the shape."""
    number = start
    while number < len(pieces):
        end = number
        while end < len(pieces) and kinds[end] is None and pieces[end].kind != "heading" and shaped(pieces[end]):
            end += 1
        if end - number >= least:
            for k in range(number, end):
                kinds[k] = kind
        number = max(end, number + 1)


def _mark_teaser_items(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """A list of short headlines right before or after a teaser label ("Keep Reading", "Related") is
    that box of other stories, even when the page lost its links."""
    def headline_item(n: int) -> bool:
        text = pieces[n].text.strip()
        return kinds[n] is None and pieces[n].kind in ("item", "paragraph") and len(text.split()) <= 14 \
            and not re.search(r"[.!:;…\"”’]$", text)

    for number, kind in enumerate(kinds):
        if kind != "related":
            continue
        for step in (-1, 1):
            run, n = [], number + step
            while 0 <= n < len(pieces) and headline_item(n):
                run.append(n)
                n += step
            if len(run) >= 3:
                for n in run:
                    kinds[n] = "related"


def _mark_repeated_labels(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """A label of a few words that the page repeats between paragraphs ("Hide Ad", "Advertisement"):
    the mark of an ad slot, not a heading of the story."""
    def label(piece: Piece) -> bool:
        # Not a speaker's label of an interview ("MITCHELL:", "Q:"), which repeats too.
        text = piece.text.strip()
        return len(text.split()) <= 3 and not _sentence_like(text) and not text.endswith(":") \
            and not text.isupper() and not re.search(r"\d", text)

    labelled = {number: _label_key(piece.text) for number, piece in enumerate(pieces) if label(piece)}
    repeats = Counter(labelled.values())
    for number, key in labelled.items():
        if kinds[number] is None and repeats[key] >= 3:
            kinds[number] = "boilerplate"


def _teaser_label(piece: Piece) -> bool:
    """A short line that names a box of other stories ("Most Popular", "Recommended"): a heading whose
    mark the page lost when it was turned into text."""
    text = piece.text.strip()
    return (piece.kind == "paragraph" and len(text.split()) <= 4 and not re.search(r"[.!?,;…\"”’]$", text)
            and bool(_TEASER_HEADING.search(text)))


def _tail_start(pieces: Sequence[Piece]) -> int:
    """Where the page's tail begins: after its last paragraph of prose."""
    prose = [n for n, p in enumerate(pieces) if p.kind in ("paragraph", "blockquote") and len(p.text.split()) >= 25]
    return prose[-1] + 1 if prose else len(pieces)


def _mark_edges(pieces: Sequence[Piece], kinds: list[FurnitureKind | None], first: int, last: int) -> None:
    """Datelines and bylines before the body, and whatever follows a thematic break after it."""
    for number in [*range(first), *range(last + 1, len(pieces))]:
        if kinds[number] is None and _dateline(pieces[number].text):
            kinds[number] = "dateline"
    # After the body's last thematic break, short lines that are not sentences are a footer.
    breaks = [n for n in range(len(pieces)) if pieces[n].rule]
    if breaks and breaks[-1] > first:
        tail = range(breaks[-1], len(pieces))
        if all(kinds[n] is not None or not _sentence_like(pieces[n].text) for n in tail):
            for n in tail:
                kinds[n] = kinds[n] or "boilerplate"


# A credit that names who took a picture: "Photo: Ana Ruiz", "Picture by Tom Barr / Kelby Times".
_PHOTO_CREDIT = re.compile(r"^(?:photo|photograph|picture|image)s?\s*(?::|by\b)", re.IGNORECASE)
_CAPTION_WORDS = 25


def _mark_photo_captions(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """A short paragraph right above a photo's credit line is that photo's caption ("The harbour
    at low tide on May 2. | Photo: Ana Ruiz"), not a sentence of the story."""
    for n in range(1, len(pieces)):
        above = pieces[n - 1]
        if kinds[n] == "credit" and _PHOTO_CREDIT.match(pieces[n].text.strip()) and kinds[n - 1] is None \
                and above.kind == "paragraph" and len(above.text.split()) <= _CAPTION_WORDS \
                and _caption_like(above.text):
            kinds[n - 1] = "caption"


# A writer's sign-off under a letter or a column: "ANA RUIZ, Portview" or "Ana M. Ruiz, Portview".
_SIGNOFF = re.compile(r"^((?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+),\s+[A-Z][\w.' -]{1,40}$")


def _mark_signoff(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """The signature closing a letter or a column is its byline; the lines after it (the writer's job)
    are its credit."""
    body = [n for n, kind in enumerate(kinds) if kind is None]
    signed = [n for n in body if _SIGNOFF.match(pieces[n].text.strip()) and len(pieces[n].text.split()) <= 9]
    if len(signed) != 1 or signed[0] not in body[-3:] or _sentence_like(pieces[signed[0]].text):
        return  # no sign-off near the end, or a list of signatories
    after = [n for n in body if n > signed[0]]
    if all(not _sentence_like(pieces[n].text) and len(pieces[n].text.split()) <= 14 for n in after):
        kinds[signed[0]] = "byline"
        for n in after:
            kinds[n] = "credit"


def _mark_masthead(pieces: Sequence[Piece], kinds: list[FurnitureKind | None], title: str | None) -> int:
    """Labels above the headline are the site's masthead (its address, menus, "Play Live Radio"):
    where the page's own title stands as a block, the short lines before it are no part of the story.
    Returns where the headline stands (0 when it is not found)."""
    if not title:
        return 0
    wanted = _label_key(title)
    at = next((n for n, piece in enumerate(pieces[:30]) if wanted and _label_key(piece.text) == wanted), None)
    for number in range(at or 0):
        text = pieces[number].text
        # The site's own name heads the page ("Harbour Gazette"): it names the outlet, so it stays.
        if number == 0 and re.fullmatch(r"[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}", text.strip()):
            continue
        if kinds[number] is None and not _sentence_like(text) and len(text.split()) <= 12:
            kinds[number] = "dateline" if _dateline(text) else "boilerplate"
    return at or 0


def _label_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _mark_empty_headings(pieces: Sequence[Piece], kinds: list[FurnitureKind | None]) -> None:
    """A heading whose section is all furniture belongs to that furniture ("More from us")."""
    for number, piece in enumerate(pieces):
        if piece.kind != "heading" or kinds[number] is not None:
            continue
        end = number + 1
        while end < len(pieces) and pieces[end].kind != "heading":
            end += 1
        section = kinds[number + 1:end]
        if section and all(kind is not None for kind in section):
            kinds[number] = section[0]


def _sentence_like(text: str) -> bool:
    """A clause with lower-case words in it, ending like a sentence: prose rather than a label."""
    words = _WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower() and w.lower() not in _NAME_GLUE)
    return len(words) >= 6 and lower >= max(3, len(words) // 3) and bool(re.search(r"[.!?…\"”’)]\s*$", text))


def _imperative(text: str) -> bool:
    """Some sentence of the block opens with a verb that sends the reader somewhere ("Sign up for ...",
    "Want more? Subscribe", "Follow them on ...")."""
    return any(_SEND.match(part) or _CALL.match(part) for part in re.split(r"(?:^|[.!?:]\s+)[\W_]*", text) if part)


def _caption_like(text: str) -> bool:
    """A photo caption: short, with its credit, and not a quotation or a chain of sentences."""
    return not re.search(r"[“\"]", text) and len(re.findall(r"[.!?](?:\s|$)", text)) <= 3


def _dateline(text: str) -> bool:
    """A line that only dates the page: "Updated 3:41 PM, November 6, 2023", "June 22, 2022"."""
    if len(text.split()) > 12 or not _DATE.search(text):
        return False
    rest = _CLOCK_WORDS.sub("", _TIME.sub("", _DATE.sub("", text)))
    return len(_WORD.findall(rest)) <= 4


# Weekdays and time zones beside a date: "Page last updated at 13:18 GMT, Friday, 12 December 2008".
_CLOCK_WORDS = re.compile(r"\b(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|[A-Z]{1,2}[SD]?T)\b")


_PROSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|we|they|he|she|it|"
                    r"this|that|which|who|but|because)\b", re.IGNORECASE)


def _reference_like(piece: Piece) -> bool:
    """A bibliography entry: a year, and initials, "et al." or a link, in a line that is no prose."""
    text = piece.text
    if len(text.split()) > 80 or not _YEAR.search(text) or len(_PROSE.findall(text)) >= 2:
        return False
    marks = bool(_INITIALS.search(text)) + bool(_URL.search(text) or "doi" in text.lower()) + bool(
        _FOOTNOTE_MARK.match(text)) + bool(re.search(r"[“\"][^”\"]{8,}[”\"]|\bpp?\.\s?\d", text))
    return marks >= 2 or (marks >= 1 and bool(re.match(r"^[A-Z][\w'’-]+,\s+[A-Z]", text)))


def _name_line(piece: Piece) -> bool:
    """A line that is a name, with or without what follows a comma ("Saladin Ambar, Rutgers University")."""
    text = piece.text.strip().rstrip(".;")
    if len(text.split()) > 14 or re.search(r"[.!?]\s", text):
        return False
    return _is_name(text.split(",")[0])


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    capitals = [w for w in words if w[0].isupper()]
    return len(capitals) >= 2 and all(w[0].isupper() or w.lower() in _NAME_GLUE for w in words)


def _name_list(text: str) -> bool:
    """Many comma-separated names and few other words: a list of signatories or contributors."""
    parts = [p.strip() for p in re.split(r"[,;\n]| and ", text) if p.strip()]
    if len(parts) < 10:
        return False
    names = sum(1 for p in parts if _is_name(p.rstrip(".")))
    return names >= 0.6 * len(parts)


def _scripts(text: str) -> dict[str, int]:
    """Letters of ``text`` per writing system (``LATIN``, ``CJK``, ``CYRILLIC`` ...)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            script = "CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")) else name.split(" ")[0]
            # A CJK character carries a word; weigh it like the letters of one.
            counts[script] = counts.get(script, 0) + (4 if script == "CJK" else 1)
    return counts


def _script_of(text: str) -> str:
    """The writing system most letters of ``text`` are in."""
    counts = _scripts(text)
    if not counts:
        return ""
    script, number = max(counts.items(), key=lambda item: (item[1], item[0]))
    return script if number >= 0.3 * sum(counts.values()) else ""


def _foreign_share(text: str, script: str) -> float:
    """Share of the letters of ``text`` in another writing system than ``script``."""
    counts = _scripts(text)
    total = sum(counts.values())
    return (total - counts.get(script, 0)) / total if total else 0.0


def _main_script(pieces: Sequence[Piece]) -> str:
    return _script_of(" ".join(p.text for p in pieces if p.kind == "paragraph")[:20000])


def _author(furniture: Sequence[Furniture]) -> str | None:
    for item in furniture:
        if item.kind == "byline":
            match = _BYLINE.match(item.text)
            if match:
                return _people(match.group(1))
            signed = _SIGNOFF.match(item.text.strip())
            if signed:
                name = signed.group(1)
                return name.title() if name.isupper() else name  # "ANA M. RUIZ" signs as Ana M. Ruiz
    for item in furniture:
        if item.kind == "credit":
            match = _ROLE_BY.search(item.text) or _CONTRIBUTED.match(item.text)
            if match and not re.search(r"(?i)photo|pictur|image|illustrat|graphic|edit", item.text[:match.start(1)]):
                return _people(match.group(1))
    return None


def _people(names: str) -> str:
    """Names of a byline without what follows them ("in Paris", an outlet after a comma)."""
    names = re.split(r"\s+in\s+[A-Z]|\s*[|•]\s*", names)[0]
    parts = [p.strip() for p in re.split(r",| and | & ", names) if p.strip()]
    people = [p for p in parts if len(p.split()) >= 2] or parts[:1]
    return ", ".join(people)


def _date(pieces: Sequence[Piece], kinds: Sequence[FurnitureKind | None], first: int) -> str | None:
    """The date of a dateline or byline above the body, as ``YYYY-MM-DD``."""
    for number in range(len(pieces)):
        if kinds[number] in ("dateline", "byline") and number < max(first, 1):
            match = _DATE.search(pieces[number].text)
            if match:
                return iso_date(match.group(0))
    return None


def iso_date(text: str) -> str | None:
    """``"Nov. 6, 2023"``, ``"6 November 2023"`` or ``"2023-11-06"`` as ``2023-11-06``; ``None`` if no date."""
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text)
    if iso:
        return text
    parts = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((i + 1 for part in parts for i, name in enumerate(_MONTHS) if part.lower().startswith(name)), None)
    numbers = [int(part) for part in parts if part.isdigit()]
    if month is None or len(numbers) != 2:
        return None
    day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _source_url(furniture: Sequence[Furniture]) -> str | None:
    for item in furniture:
        match = _LABEL_URL.match(item.text) if item.kind == "boilerplate" else None
        if match:
            return match.group(1)
    return None
