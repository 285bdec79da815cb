"""Run the analysis stages over a parsed article and assemble the :class:`Analysis`.

The context is built once (the genre stage reads the article's form, the question stage frames
it); each stage then reads it and what earlier stages found, in this order: actors, quotes,
voices, positions, arguments, stances, timeline, stakes, figures, glossary, summary. When no
question is at issue, the arguments stage is not run: there is nothing to argue for or against.
An article that is not in English is not analysed at all. Each implementation comes from
:mod:`generator.analyse.registry`, so any of them can be replaced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.context import Context, build_context
from generator.analyse.contracts import Arguments, Trace, Traces
from generator.analyse.lexicons import Lexicons, load_lexicons
from generator.analyse.nlp import parse_articles
from generator.analyse.registry import Stages, resolve_stages
from generator.analyse.settings import DEFAULT_SETTINGS, AnalysisSettings
from generator.knowledge import Knowledge
from generator.model import Actor, Analysis, Article, DescriptionOrigin

__all__ = ["Run", "analyse_articles", "analyse_doc", "run_stages", "trace_articles"]

TRACED_SECTIONS: tuple[str, ...] = ("actors", "quotes", "arguments", "stakes", "timeline", "figures")
"""The sections of the model whose items carry a trace."""


@dataclass(frozen=True)
class Run:
    """One article's analysis and the traces of its items."""

    analysis: Analysis
    traces: Mapping[str, Traces] = field(default_factory=dict)
    """Section (``actors``, ``quotes`` ...) -> item id -> traces."""


def run_stages(article: Article, doc: Doc, knowledge: Knowledge, *, stages: Stages | None = None,
               lexicons: Lexicons | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS) -> Run:
    """Run every stage on one parsed article."""
    if not article.english:
        return Run(unanalysed(article))
    stages = stages or resolve_stages()
    ctx: Context = build_context(article, doc, knowledge, lexicons or load_lexicons(), settings, stages.question,
                                 stages.genre)
    cast = stages.actors(ctx)
    quotes = stages.quotes(ctx, cast)
    voices = stages.voices(ctx, cast, quotes.items)
    positions = stages.positions(ctx, cast)
    arguments = stages.arguments(ctx, cast, quotes.items, voices, positions.items) if ctx.frame.debate \
        else Arguments(items=())
    stances = stages.stances(ctx, cast, arguments, positions.items, voices)
    stance_of = {found.actor: found.stance for found in stances.items}
    quotes_of: dict[str, list[str]] = {}
    for quote in quotes.items:
        if quote.speaker:
            quotes_of.setdefault(quote.speaker, []).append(quote.id)
    actors = tuple(dataclasses.replace(actor, stance=stance_of.get(actor.id, "none"),
                                       quotes=tuple(quotes_of.get(actor.id, ())),
                                       description_origin=_description_origin(ctx, actor))
                   for actor in cast.actors)
    timeline = stages.timeline(ctx, cast, voices)
    stakes = stages.stakes(ctx, cast, quotes.items)
    figures = stages.figures(ctx)
    glossary = stages.glossary(ctx)
    summary = stages.summary(ctx, cast, quotes.items, actors, arguments.items, timeline.items)
    analysis = Analysis(
        article=article, sides=ctx.frame.sides, lede=summary.lede, summary=summary.key_points,
        background=summary.background, brief=summary.brief, actors=actors, quotes=quotes.items,
        arguments=arguments.items, stakes=stakes.items, positions=positions.items, timeline=timeline.items,
        figures=figures.items, glossary=glossary.items, genre=ctx.reading.genre,
    )
    traces = {
        "actors": _joined(cast.traces, positions.traces, stances.traces),
        "quotes": quotes.traces, "arguments": arguments.traces, "stakes": stakes.traces,
        "timeline": timeline.traces, "figures": figures.traces,
    }
    return Run(analysis, traces)


def unanalysed(article: Article) -> Analysis:
    """The analysis of an article that is not read (not in English): its text, and nothing found in it."""
    return Analysis(article=article, sides=None, lede=None, summary=(), background=(), actors=(), quotes=(),
                    arguments=(), stakes=(), positions=(), timeline=(), figures=(), glossary=())


def _description_origin(ctx: Context, actor: Actor) -> DescriptionOrigin | None:
    """Whether the actor's description is the knowledge file's (as of the article) or the text's."""
    if not actor.description:
        return None
    entity = ctx.knowledge.entity(actor.name)
    return "knowledge" if entity is not None and entity.description == actor.description else "article"


def _joined(*parts: Traces) -> dict[str, tuple[Trace, ...]]:
    out: dict[str, tuple[Trace, ...]] = {}
    for part in parts:
        for key, traces in part.items():
            out[key] = out.get(key, ()) + tuple(traces)
    return out


def analyse_doc(article: Article, doc: Doc, knowledge: Knowledge, *, stages: Stages | None = None) -> Analysis:
    """Run every analysis stage on one parsed article."""
    return run_stages(article, doc, knowledge, stages=stages).analysis


def analyse_articles(nlp: Language, articles: Iterable[Article], knowledge: Knowledge, *,
                     n_process: int = 1, stages: Stages | None = None) -> Iterator[Analysis]:
    """Parse articles in batches with one pipeline and analyse each."""
    for run in trace_articles(nlp, articles, knowledge, n_process=n_process, stages=stages):
        yield run.analysis


def trace_articles(nlp: Language, articles: Iterable[Article], knowledge: Knowledge, *,
                   n_process: int = 1, stages: Stages | None = None) -> Iterator[Run]:
    """Like :func:`analyse_articles`, with the traces of every item."""
    articles = list(articles)
    stages = stages or resolve_stages()
    for article, doc in zip(articles, parse_articles(nlp, articles, n_process=n_process), strict=True):
        yield run_stages(article, doc, knowledge, stages=stages)
