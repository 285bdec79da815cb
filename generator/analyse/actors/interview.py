"""Interviews: who answers the questions, and "as told to" profiles.

The genre stage tells a Q&A page from its form (questions set apart, answers in the first
person) and gives its turns and the name of who answers (``ctx.reading``); here that name
becomes an actor: the person it names, else the person the title or the introduction names
most (never the byline's author). The answers are the interviewee's words, the questions the
interviewer's. An "as told to" profile has no questions: a third-person introduction of one
person (the title names them, the opening says who they are), then a body in the first
person, which is that person speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.analyse.common.patterns import QUOTED_SPAN
from generator.analyse.context import Reading
from generator.analyse.contracts import Interview, Mention
from generator.ids import name_id
from generator.model import Actor, Article

_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|my|me|myself)\b")
MONOLOGUE_SHARE = 0.5
"""Share of the body's sentences in the first person that make a profile an "as told to"."""


def find_interview(article: Article, reading: Reading, actors: Sequence[Actor],
                   mentions: Sequence[Mention]) -> Interview | None:
    """The interview's turns and who answers, or ``None`` for other pages.

    A Q&A page is told by the genre stage (``reading``: its questions, answers and the name of
    who answers); here that name becomes an actor. An "as told to" profile has no questions
    and is found here.
    """
    people = [a for a in actors if a.kind == "person"]
    if reading.genre == "interview" and reading.answers:
        interviewee, how = _named(reading.interviewee, people)
        if interviewee is None and reading.questions:
            first = article.sentence(reading.questions[0]).paragraph
            interviewee, how = _introduced(article, set(range(first)), people, mentions)
        if interviewee is not None:
            return Interview(questions=reading.questions, answers=reading.answers, interviewee=interviewee, how=how)
    return _monologue(article, people, mentions)


def _named(name: str | None, people: Sequence[Actor]) -> tuple[str | None, str]:
    """The person the genre stage names as the interviewee (by name, alias or surname)."""
    if not name:
        return None, ""
    wanted = name.casefold()
    for person in people:
        names = {person.name.casefold(), person.name.split()[-1].casefold(), *(a.casefold() for a in person.aliases)}
        if wanted in names or wanted.split()[-1] == person.name.split()[-1].casefold():
            return person.id, f"'{name}' answers the questions of the interview"
    return None, ""


def _byline(article: Article) -> set[str]:
    names = re.split(r",|;|&|\band\b", article.meta.author or "")
    return {n.strip().casefold() for n in names if n.strip()}


def _is_author(actor: Actor, authors: set[str]) -> bool:
    names = {actor.name.casefold(), *(a.casefold() for a in actor.aliases)}
    return bool(names & authors)


def _introduced(article: Article, intro: set[int], people: Sequence[Actor],
                mentions: Sequence[Mention]) -> tuple[str | None, str]:
    """The person the title or the introduction names most, who is not the byline's author."""
    authors = _byline(article)
    title = article.meta.title or ""
    paragraph = {s.id: s.paragraph for s in article.sentences}
    headed = {s.id for s in article.sentences if s.kind == "heading" and s.paragraph == 0}
    scores: Counter[str] = Counter()
    for person in people:
        if _is_author(person, authors):
            continue
        if any(name in title for name in (person.name, person.name.split()[-1])):
            scores[person.id] += 3
    for mention in mentions:
        if paragraph.get(mention.sentence) in intro or mention.sentence in headed:
            actor_id = name_id(mention.key)
            if any(p.id == actor_id and not _is_author(p, authors) for p in people):
                scores[actor_id] += 1
    if not scores:
        return None, ""
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[0][0]
    return best, "the person the title and the introduction name"


def _monologue(article: Article, people: Sequence[Actor], mentions: Sequence[Mention]) -> Interview | None:
    """An "as told to" profile: the opening paragraph introduces one person in the third
    person, the rest is mostly in the first person and has no other speaker's cue."""
    body = [s for s in article.sentences if s.kind != "heading"]
    if not body:
        return None
    first = body[0].paragraph
    opening = [s for s in body if s.paragraph == first]
    rest = [s for s in body if s.paragraph != first]
    if not rest or any(_FIRST_SINGULAR.search(QUOTED_SPAN.sub("", s.text)) for s in opening):
        return None
    personal = [s for s in rest if _FIRST_SINGULAR.search(QUOTED_SPAN.sub("", s.text))]
    if len(personal) < MONOLOGUE_SHARE * len(rest) or len(personal) < 3:
        return None
    opened = {s.id for s in opening}
    authors = _byline(article)
    named = Counter(name_id(m.key) for m in mentions if m.sentence in opened and m.named)
    # The title names them and the opening says who they are ("X is a ...").
    introduced = [p for p in people if named.get(p.id) and not _is_author(p, authors)
                  and p.name.split()[-1] in (article.meta.title or "")
                  and any(re.match(rf"{re.escape(name)}(?:,| is | was )", s.text)
                          for s in opening for name in (p.name, *p.aliases))]
    if len(introduced) != 1:
        return None
    person = introduced[0]
    answers = tuple(s.id for s in article.sentences if s.paragraph > first)
    return Interview(questions=(), answers=answers, interviewee=person.id,
                     how="the one person the introduction names, speaking in the first person after it")
