"""Quotations and their speakers."""

from __future__ import annotations

from generator.analyse.names import is_title as _is_title
from tests.unit.test_actors import analyse_text  # noqa: F401 - shared fixture


def speakers(analysis):
    names = {actor.id: actor.name for actor in analysis.actors}
    return [(quote.text.split()[0], names.get(quote.speaker)) for quote in analysis.quotes]


def test_seed_every_quotation_has_its_speaker(seed_analysis):
    names = {actor.id: actor.name for actor in seed_analysis.actors}
    got = [names.get(quote.speaker) for quote in seed_analysis.quotes if not quote.fragment]
    assert len(seed_analysis.quotes) == 8
    assert got[:3] == ["Meta", "Meta", "Meta"]  # including "insists the company headed by Mark Zuckerberg"
    assert got[3] == "Ilya Sutskever"  # introduced as "one of the co-founders of OpenAI"
    assert got[-2:] == ["Google researcher", "Google researcher"]  # "the expert", then "And to wonder:"
    assert "Mark Zuckerberg" not in got


def test_speech_verbs_pronouns_and_continuations(analyse_text):
    analysis = analyse_text(
        "Maria Lopez runs the clinic. “We cannot wait any longer,” she said. “Patients are suffering.”\n\n"
        "“This plan is reckless and expensive,” said Tom Becker, who chairs the opposition.\n\n"
        "According to Becker, “the numbers simply do not add up for anyone.”\n\n"
        "Nobody knows what “The Long Wait” will change.")
    assert speakers(analysis) == [("We", "Maria Lopez"), ("Patients", "Maria Lopez"), ("This", "Tom Becker"),
                                  ("the", "Tom Becker"), ("The", None)]


def test_titles_are_not_statements():
    assert _is_title("The Last Open Door")
    assert not _is_title("We will win this.")
    assert not _is_title("completely mistaken")
