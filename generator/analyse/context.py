"""The analysis context: built once per article, read by every stage.

It holds what a stage may need besides what earlier stages found: the article, its spaCy doc,
the knowledge file, the lexicons, the settings, and the facts several stages derive the same
way: how the article reads (its genre, and in an interview which sentences are the questions
and which the answers, and who answers), the question and its sides (or none), the topic pack
whose vocabulary the article uses, what the proposal and its opposite are called. Computing
them here once replaces each stage working them out again. The page's furniture (bylines,
credits, captions) is on ``ctx.article.furniture``; it is never part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.common.spans import SentenceIndex
from generator.analyse.lexicons import Lexicons, Topic
from generator.analyse.settings import AnalysisSettings
from generator.knowledge import Knowledge
from generator.model import Article, Genre, Sides

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Reading:
    """How the article reads: its genre and, for an interview, its turns."""

    genre: Genre = "report"
    """``report``, ``opinion``, ``interview`` or ``statement``."""
    why: str = ""
    """What decided it, for traces and tests."""
    questions: tuple[str, ...] = ()
    """In a question-and-answer interview: ids of the interviewer's sentences."""
    answers: tuple[str, ...] = ()
    """In a question-and-answer interview: ids of the sentences that answer, the interviewee's words."""
    interviewee: str | None = None
    """The name of who answers, as the text writes it, when it can be told."""


@dataclass(frozen=True, slots=True)
class Frame:
    """What the article is arguing about, as the stages need it."""

    sides: Sides | None
    """The question and the names of its sides; ``None`` when the article raises no question
    (a plain news report): then there are no arguments to find."""
    topic: Topic | None
    """The topic pack whose vocabulary the article uses, if any."""
    proposal: re.Pattern[str] | None
    """Words that name the proposal (the yes side's course of action)."""
    opposite: re.Pattern[str] | None
    """Words that name its opposite."""
    rebutted: str | None = None
    """The sentence that reports the claim the question asks about, when the text's own voice then
    calls it wrong (a fact check): that voice argues no, the claim's owner yes."""
    action: bool = False
    """The question asks whether someone takes or took a course of action ("Did the minister
    overturn the ban?"): as for a proposal, good words about that action argue yes."""
    restricts: bool = False
    """The proposal stops or restricts something the text is about ("Should the trial be stopped?",
    "Should the phone ban go ahead?"): a judging word that names no target is about that thing."""

    @property
    def debate(self) -> bool:
        """Whether a question is at issue, so that arguments for and against it make sense."""
        return self.sides is not None

    @property
    def withhold(self) -> re.Pattern[str] | None:
        """A decision or call not to do what the proposal does, when the topic says what that is."""
        return self.topic.withhold if self.topic is not None else None


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a stage reads about one article, besides what earlier stages found."""

    article: Article
    doc: Doc
    knowledge: Knowledge
    lexicons: Lexicons
    settings: AnalysisSettings
    frame: Frame
    index: SentenceIndex
    reading: Reading = Reading()
    """The article's genre and interview turns."""
    """Character offsets of the article text to sentence ids."""

    @property
    def text(self) -> str:
        return self.article.text


def build_context(article: Article, doc: Doc, knowledge: Knowledge, lexicons: Lexicons,
                  settings: AnalysisSettings,
                  question: Callable[[Article, Doc, Lexicons, AnalysisSettings, Reading], Frame],
                  genre: Callable[[Article, Doc, AnalysisSettings], Reading] | None = None) -> Context:
    """The context of one article: ``genre`` reads its form (a ``GenreFinder``; none: a report),
    then ``question`` frames it (a ``QuestionFinder``).

    The stages see the knowledge as of the article's publication date: a description the
    knowledge file dates later than the article (a role taken since) never reaches them.
    """
    reading = genre(article, doc, settings) if genre is not None else Reading()
    frame = question(article, doc, lexicons, settings, reading)
    return Context(article=article, doc=doc, knowledge=knowledge.as_of(article.meta.published), lexicons=lexicons,
                   settings=settings, frame=frame, index=SentenceIndex(article), reading=reading)
