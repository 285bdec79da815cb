"""The analysis context: built once per article, read by every stage.

It holds what a stage may need besides what earlier stages found: the article, its spaCy doc,
the knowledge file, the lexicons, the settings, and the facts several stages derive the same
way (the question and its sides, the topic pack whose vocabulary the article uses, what the
proposal and its opposite are called). Computing them here once replaces each stage working
them out again.
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
from generator.model import Article, Sides

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Frame:
    """What the article is arguing about, as the stages need it."""

    sides: Sides
    """The question and the names of its sides."""
    topic: Topic | None
    """The topic pack whose vocabulary the article uses, if any."""
    proposal: re.Pattern[str] | None
    """Words that name the proposal (the yes side's course of action)."""
    opposite: re.Pattern[str] | None
    """Words that name its opposite."""

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
    """Character offsets of the article text to sentence ids."""

    @property
    def text(self) -> str:
        return self.article.text


def build_context(article: Article, doc: Doc, knowledge: Knowledge, lexicons: Lexicons,
                  settings: AnalysisSettings,
                  question: Callable[[Article, Doc, Lexicons, AnalysisSettings], Frame]) -> Context:
    """The context of one article; ``question`` is the stage that frames it (a ``QuestionFinder``)."""
    frame = question(article, doc, lexicons, settings)
    return Context(article=article, doc=doc, knowledge=knowledge, lexicons=lexicons, settings=settings,
                   frame=frame, index=SentenceIndex(article))
