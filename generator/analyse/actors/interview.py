"""Interviews: the question-and-answer structure of a page, and who answers.

A Q&A page sets each question apart, as a heading or a line of its own that ends with a
question mark (often bold, or opened by "Q:" or the interviewer's name and a colon), and lets
the answer follow in plain paragraphs, opened by "A:" or the interviewee's name at most. The
answers are the interviewee's words, the questions the interviewer's. The interviewee is the
person the answers name in their prefix, else the person the title or the introduction names
most (never the byline's author). An "as told to" profile has no questions: a third-person
introduction of one person, then a body in the first person, which is that person speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.analyse.contracts import Interview, Mention
from generator.ids import name_id
from generator.model import Actor, Article

# "Q:", "Q.", "Question:" and "A:", "Answer:" opening a line.
_Q_PREFIX = re.compile(r"^(?:Q|Question)\s*[:.–—-]\s*\S")
_A_PREFIX = re.compile(r"^(?:A|Answer)\s*[:.–—-]\s*\S")
# "Whitfield: I was twelve ..." / "DANA WHITFIELD: ...": a transcript's speaker prefix.
_NAME_PREFIX = re.compile(r"^((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s*:\s+\S")
_QUESTION_END = re.compile(r"\?[\s”\"’'*)]*$")
_OPENS_QUOTE = re.compile(r"^[“\"‘'«„]")
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|my|me|myself)\b")
# The question addresses the interviewee; the answer opens in the first person.
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^[^.?!]*?\b(?:I|I[’']m|I[’']ve|I[’']d|my|me|we|our|us|we[’']re|we[’']ve)\b")
_QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")
QUESTION_WORDS = 60
"""Longest question block, in words: longer blocks ending with "?" are answers that ask."""
MIN_PAIRS = 2
"""Questions, each followed by an answer, that make a page a Q&A."""
MONOLOGUE_SHARE = 0.5
"""Share of the body's sentences in the first person that make a profile an "as told to"."""


def find_interview(article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]) -> Interview | None:
    """The Q&A structure of the article and its interviewee, or ``None`` for other pages."""
    blocks = article.blocks
    questions = [n for n, block in enumerate(blocks) if _is_question(block.text)]
    answers: list[int] = []
    pairs = addressed = 0
    for number, block_number in enumerate(questions):
        following = questions[number + 1] if number + 1 < len(questions) else len(blocks)
        answer = next((n for n in range(block_number + 1, following) if blocks[n].kind != "heading"), None)
        # An interviewer asks someone ("What was your first job?", "Q: ..."), who answers
        # ("A: ...", "I was twelve ..."); a rhetorical question heads the writer's own section.
        asked = _Q_PREFIX.match(blocks[block_number].text) or _ADDRESSED.search(blocks[block_number].text)
        answered = answer is not None and (_A_PREFIX.match(blocks[answer].text) or _NAME_PREFIX.match(
            blocks[answer].text) or _FIRST_PERSON.match(_QUOTED.sub("", blocks[answer].text)))
        pairs += bool(answer is not None and (asked or answered))
        addressed += bool(asked)
        answers.extend(n for n in range(block_number + 1, following))
    people = [a for a in actors if a.kind == "person"]
    if pairs >= MIN_PAIRS and pairs * 2 >= len(questions) and addressed:
        intro = set(range(questions[0]))
        interviewee, how = _prefixed(article, answers, people)
        if interviewee is None:
            interviewee, how = _introduced(article, intro, people, mentions)
        if interviewee is not None:
            return Interview(questions=_sentences(article, questions), answers=_sentences(article, answers),
                             interviewee=interviewee, how=how)
    return _monologue(article, people, mentions)


def _is_question(text: str) -> bool:
    if _Q_PREFIX.match(text):
        return True
    return bool(_QUESTION_END.search(text)) and not _OPENS_QUOTE.match(text) \
        and len(text.split()) <= QUESTION_WORDS and text.count("?") <= 3


def _sentences(article: Article, blocks: Sequence[int]) -> tuple[str, ...]:
    wanted = set(blocks)
    return tuple(s.id for s in article.sentences if s.paragraph in wanted)


def _byline(article: Article) -> set[str]:
    names = re.split(r",|;|&|\band\b", article.meta.author or "")
    return {n.strip().casefold() for n in names if n.strip()}


def _is_author(actor: Actor, authors: set[str]) -> bool:
    names = {actor.name.casefold(), *(a.casefold() for a in actor.aliases)}
    return bool(names & authors)


def _prefixed(article: Article, answers: Sequence[int], people: Sequence[Actor]) -> tuple[str | None, str]:
    """The person whose name opens the answers ("Whitfield: ..."), when one does."""
    said: Counter[str] = Counter()
    for number in answers:
        match = _NAME_PREFIX.match(article.blocks[number].text)
        if match is None or _A_PREFIX.match(article.blocks[number].text):
            continue
        prefix = match.group(1).casefold()
        for person in people:
            names = {person.name.casefold(), person.name.split()[-1].casefold(),
                     *(a.casefold() for a in person.aliases)}
            if prefix in names:
                said[person.id] += 1
    if not said:
        return None, ""
    return said.most_common(1)[0][0], "the name that opens the answers"


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
    if not rest or any(_FIRST_SINGULAR.search(_QUOTED.sub("", s.text)) for s in opening):
        return None
    personal = [s for s in rest if _FIRST_SINGULAR.search(_QUOTED.sub("", s.text))]
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
