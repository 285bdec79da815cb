"""Names in an article in another language, which the English model reads poorly.

The English model marks almost any capitalised word of a German or French text as a name
(German writes every noun with a capital). In such a text a name is kept when it has two
words or more (a single capitalised word is as likely a noun), or when the knowledge file
knows it, or when it is an acronym; determiners and "according to" words that open it go
("Laut Nordwind Energie" is "Nordwind Energie"). A name right after a speech verb is a
person's, as is one whose words end another name of two capitalised words ("Bürgermeister
Klaus Berger" is "Klaus Berger" when the text also writes "Klaus Berger").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.analyse.actors.drafts import Candidate
from generator.analyse.common.languages import Speech

_ELIDED = re.compile(r"^[LlDd][’']")  # "L’Agence" is "Agence"


def foreign_candidates(candidates: list[Candidate], speech: Speech, text: str) -> list[Candidate]:
    """The candidates worth keeping in a text of ``speech``'s language, their names trimmed."""
    out: list[Candidate] = []
    for cand in candidates:
        span = _trimmed(cand.span, speech)
        if span is None:
            continue
        name = cand.name if cand.known else _ELIDED.sub("", span.text)
        words = name.split()
        before = text[max(0, span.start_char - 40):span.start_char]
        spoken = _after_speech(before, speech)
        speaks = speech.verbs.match(text, span.end_char + 1) is not None  # "Gegenwind kritisierte ..."
        if not cand.known and len(words) < 2 and not (name.isupper() and 2 <= len(name) <= 6) \
                and speech.nouns_capitalised and not spoken and not speaks and not _bare(name, text, speech):
            continue  # "Strom", "Anlagen": nouns, which German writes with a capital
        kind = cand.kind
        if not cand.known and len(words) <= 4 and spoken:
            kind = "person"
        out.append(Candidate(name, kind, span, cand.known, cand.origin, cand.why))
    names = {c.name for c in out}
    for number, cand in enumerate(out):
        words = cand.name.split()
        if cand.known or len(words) < 3:
            continue
        shorter = " ".join(words[-2:])
        if shorter in names:  # "Bürgermeister Klaus Berger" beside "Klaus Berger"
            span = cand.span.doc.char_span(cand.span.end_char - len(shorter), cand.span.end_char)
            if span is not None:
                out[number] = Candidate(shorter, cand.kind, span, False, cand.origin, cand.why)
    return out


def _bare(word: str, text: str, speech: Speech) -> bool:
    """A capitalised word the text writes twice or more and never after a determiner: a name
    rather than a noun ("Berger sagte", "von Nordwind", never "der Berger")."""
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    if len(uses) < 2:
        return False
    return not any(text[max(0, at - 12):at].split()[-1:] and text[max(0, at - 12):at].split()[-1].casefold()
                   in speech.articles for at in uses)


def _trimmed(span: Span, speech: Speech) -> Span | None:
    """The span without opening determiners, "according to" words and speech verbs."""
    start = span.start
    while start < span.end and (span.doc[start].lower_ in speech.articles
                                or speech.according.fullmatch(span.doc[start].text)
                                or speech.verbs.fullmatch(span.doc[start].text)
                                or not span.doc[start].text[:1].isalnum()):
        start += 1
    return span.doc[start:span.end] if start < span.end else None


def _after_speech(before: str, speech: Speech) -> bool:
    """A speech verb ends the text before the name, give or take a determiner or a title
    ("sagte Bürgermeister", "a déclaré le maire,", "affirme sa porte-parole")."""
    cues = list(speech.verbs.finditer(before))
    if not cues:
        return False
    rest = before[cues[-1].end():].replace(",", " ").split()
    return len(rest) <= 3
