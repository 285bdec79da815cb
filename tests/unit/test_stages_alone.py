"""Each analysis stage called alone on the context of a small text, with what earlier stages would give it."""

from __future__ import annotations

import pytest

from generator.analyse.actors import find_actors
from generator.analyse.arguments import find_arguments
from generator.analyse.contracts import Arguments, Voices
from generator.analyse.figures import find_figures
from generator.analyse.glossary import find_glossary
from generator.analyse.lexicons import load_lexicons
from generator.analyse.positions import find_positions
from generator.analyse.question import frame_question
from generator.analyse.quotes import find_quotes
from generator.analyse.settings import DEFAULT_SETTINGS
from generator.analyse.stakes import find_stakes
from generator.analyse.stances import find_stances
from generator.analyse.summary import summarise
from generator.analyse.timeline import find_timeline
from generator.analyse.voices import find_voices
from generator.model import Argument

REPORT = ("The council of Marlow voted on Tuesday to build a new bridge over the river. "
          "“The bridge will cut traffic and save lives,” said Helen Carter, the mayor. "
          "Critics warned that the bridge is too expensive and will destroy the old harbour. "
          "The project costs £40 million and should open in 2027.")


@pytest.fixture(scope="module")
def report(context_of):
    return context_of(REPORT, published="2024-05-16", question="Should Marlow build the bridge?")


def test_question_frames_the_context(nlp):
    from tests.conftest import article_of

    article = article_of("Councillors debated the new parking charge again. The parking charge was the talk of "
                         "the meeting, and a vote on the charge comes next week.", title="A parking charge for Marlow")
    frame = frame_question(article, nlp(article.text), load_lexicons(topics=()), DEFAULT_SETTINGS)
    assert frame.topic is None and frame.sides.derived
    assert "parking charge" in frame.sides.question
    assert frame.proposal is not None and frame.proposal.search("the parking charge")


def test_actors_alone(report):
    cast = find_actors(report)
    ids = [actor.id for actor in cast.actors]
    assert "helen-carter" in ids
    assert cast.actor_covering(REPORT.index("Helen Carter")) == "helen-carter"
    assert all(cast.traces[actor.id] for actor in cast.actors)


def test_quotes_alone(report):
    cast = find_actors(report)
    quotes = find_quotes(report, cast)
    assert [q.speaker for q in quotes.items] == ["helen-carter"]
    assert [t.rule for t in quotes.traces[quotes.items[0].id]] == ["quotation-marks", "speech-verb"]


def test_voices_alone(report):
    cast = find_actors(report)
    voices = find_voices(report, cast, find_quotes(report, cast).items)
    assert voices.of("s2") == ("helen-carter", True)
    assert voices.narrator is None


def test_positions_need_a_topic_pack(report):
    assert find_positions(report, find_actors(report)).items == ()


def test_arguments_alone(report):
    cast = find_actors(report)
    quotes = find_quotes(report, cast).items
    arguments = find_arguments(report, cast, quotes, find_voices(report, cast, quotes), ())
    sides = {a.evidence[0]: a.side for a in arguments.items}
    assert sides.get("s2") == "for" and sides.get("s3") == "against"
    assert all(arguments.traces[a.id] for a in arguments.items)


def test_stances_alone(report):
    cast = find_actors(report)
    argument = Argument(id="a-1", side="for", claim="The bridge will save lives", speaker="helen-carter",
                        theme="benefits", evidence=("s2",))
    found = find_stances(report, cast, Arguments((argument,)), (), Voices({}))
    stance = {item.actor: item.stance for item in found.items}
    assert stance["helen-carter"] == "for"
    assert found.traces["helen-carter"][0].rule == "arguments"


def test_stakes_alone(report):
    stakes = find_stakes(report, find_actors(report))
    assert any(stake.category == "revenue" for stake in stakes.items)
    assert all(stakes.traces[s.id] for s in stakes.items)


def test_timeline_alone(report):
    events = find_timeline(report, find_actors(report), Voices({}))
    assert {e.date for e in events.items} >= {"2024-05-14", "2027"}
    assert all(events.traces[e.id][0].rule == "date-expression" for e in events.items)


def test_figures_alone(report):
    figures = find_figures(report)
    assert [f.value for f in figures.items] == ["£40 million"]


def test_glossary_alone(context_of):
    terms = find_glossary(context_of("The Marlow Transport Board (MTB) met. The MTB voted.")).items
    assert [(t.term, t.definition) for t in terms] == [("MTB", "Marlow Transport Board")]


def test_summary_alone(report):
    summary = summarise(report, find_actors(report), (), (), (), ())
    assert summary.lede is not None and summary.lede.evidence == ("s1",)
    assert 1 <= len(summary.key_points) <= DEFAULT_SETTINGS.summary.key_points
