"""Run every analysis stage over a parsed article and assemble the :class:`Analysis`.

Stages are pure functions of the article, its spaCy doc and what earlier stages found.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.actors.find import find_actors
from generator.analyse.arguments.find import find_arguments, narrator_side, proposal_terms, stances, voice_actors
from generator.analyse.stances.declared import declared_stances
from generator.analyse.figures.find import find_figures
from generator.analyse.glossary.find import find_glossary
from generator.ids import with_ids
from generator.analyse.nlp import parse_articles
from generator.analyse.question.find import decide_sides
from generator.analyse.quotes.find import find_quotes
from generator.analyse.positions.find import find_positions
from generator.analyse.stakes.find import find_stakes
from generator.analyse.summary.find import background, key_points, lede
from generator.analyse.timeline.find import find_timeline
from generator.analyse.voices.find import sentence_speakers
from generator.knowledge import Knowledge
from generator.model import Analysis, Article

__all__ = ["analyse_doc", "analyse_articles"]


def analyse_doc(article: Article, doc: Doc, knowledge: Knowledge) -> Analysis:
    """Run every analysis stage on one parsed article."""
    found = find_actors(article, doc, knowledge)
    quotes = find_quotes(article, doc, found)
    sides = decide_sides(article, doc)
    positions = find_positions(article, doc, found, sides)
    voices = sentence_speakers(article, doc, found, quotes)
    arguments = find_arguments(article, doc, found, quotes, sides, positions, voices)
    stance_of = stances(found.actors, arguments, positions, voice_actors(article, found, voices),
                        narrator_side(article, sides, voices),
                        declared_stances(doc, found, proposal_terms(article, sides)))
    quotes_of: dict[str, list[str]] = {}
    for quote in quotes:
        if quote.speaker:
            quotes_of.setdefault(quote.speaker, []).append(quote.id)
    actors = tuple(
        dataclasses.replace(actor, stance=stance_of.get(actor.id, "none"),  # type: ignore[arg-type]
                            quotes=tuple(quotes_of.get(actor.id, ())))
        for actor in found.actors
    )
    timeline = find_timeline(article, doc, found)
    return Analysis(
        article=article, sides=sides, lede=lede(article, quotes),
        summary=key_points(article, quotes, actors=actors, arguments=arguments, timeline=timeline),
        background=background(article, quotes, timeline=timeline), actors=actors, quotes=quotes,
        arguments=arguments, stakes=find_stakes(article, found, quotes),
        positions=positions,
        timeline=with_ids(timeline, "e", lambda e: f"{e.date} {e.event}"),
        figures=with_ids(find_figures(article, doc), "f", lambda f: f"{f.value} {f.what}"),
        glossary=with_ids(find_glossary(article, knowledge), "g", lambda t: t.term),
    )


def analyse_articles(nlp: Language, articles: Iterable[Article], knowledge: Knowledge, *,
                     n_process: int = 1) -> Iterator[Analysis]:
    """Parse articles in batches with one pipeline and analyse each."""
    articles = list(articles)
    for article, doc in zip(articles, parse_articles(nlp, articles, n_process=n_process)):
        yield analyse_doc(article, doc, knowledge)
