"""One ``Protocol`` per analysis stage: what it takes and what it returns.

:mod:`generator.analyse.pipeline` calls the stages in this order, and
:mod:`generator.analyse.registry` picks each one's implementation by name. A replacement
stage only has to be a callable of the same shape.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from generator.analyse.context import Context, Frame, Reading
from generator.analyse.contracts import ActorStance, Arguments, Cast, Found, Summary, Voices
from generator.analyse.lexicons import Lexicons
from generator.analyse.settings import AnalysisSettings
from generator.model import Actor, Argument, Article, Event, Figure, Position, Quote, Stake, Term


class GenreFinder(Protocol):
    """The article's genre and, in an interview, its questions and answers (computed once, into the context)."""

    def __call__(self, article: Article, doc: Doc, settings: AnalysisSettings) -> Reading: ...


class QuestionFinder(Protocol):
    """The question at issue (or none), its sides and the topic vocabulary it uses (computed once, into the
    context), knowing the article's genre."""

    def __call__(self, article: Article, doc: Doc, lexicons: Lexicons, settings: AnalysisSettings,
                 reading: Reading) -> Frame: ...


class ActorFinder(Protocol):
    """People, organisations, products, outlets and groups, with every mention of each."""

    def __call__(self, ctx: Context) -> Cast: ...


class QuoteFinder(Protocol):
    """Quotations in reading order, each with its speaker (or none) and the cue that names them."""

    def __call__(self, ctx: Context, cast: Cast) -> Found[Quote]: ...


class VoiceFinder(Protocol):
    """Who speaks in each sentence, and whether the article argues in its own voice."""

    def __call__(self, ctx: Context, cast: Cast, quotes: tuple[Quote, ...]) -> Voices: ...


class PositionFinder(Protocol):
    """The side organisations take by what they do (only where a topic pack names such doings)."""

    def __call__(self, ctx: Context, cast: Cast) -> Found[Position]: ...


class ArgumentFinder(Protocol):
    """Claims for and against the question, with speaker, theme and side."""

    def __call__(self, ctx: Context, cast: Cast, quotes: tuple[Quote, ...], voices: Voices,
                 positions: tuple[Position, ...]) -> Arguments: ...


class StanceFinder(Protocol):
    """Every actor's stance on the question."""

    def __call__(self, ctx: Context, cast: Cast, arguments: Arguments, positions: tuple[Position, ...],
                 voices: Voices) -> Found[ActorStance]: ...


class StakeFinder(Protocol):
    """What is at stake for whom."""

    def __call__(self, ctx: Context, cast: Cast, quotes: tuple[Quote, ...]) -> Found[Stake]: ...


class TimelineFinder(Protocol):
    """Dated events in date order."""

    def __call__(self, ctx: Context, cast: Cast, voices: Voices) -> Found[Event]: ...


class FigureFinder(Protocol):
    """Numbers and what they count."""

    def __call__(self, ctx: Context) -> Found[Figure]: ...


class GlossaryFinder(Protocol):
    """Terms the article defines or uses that a reader may need explained."""

    def __call__(self, ctx: Context) -> Found[Term]: ...


class Summariser(Protocol):
    """The lede, the key points and the background."""

    def __call__(self, ctx: Context, cast: Cast, quotes: tuple[Quote, ...], actors: tuple[Actor, ...],
                 arguments: tuple[Argument, ...], timeline: tuple[Event, ...]) -> Summary: ...
