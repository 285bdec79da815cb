"""Actors: names repaired and typed, many names merged into one actor, anonymous people."""

from __future__ import annotations

import pytest

from generator.analyse import analyse_doc
from generator.analyse.names import clean_name, initials, is_junk
from generator.analyse.nlp import make_doc
from generator.ingest.formats import text_blocks
from generator.ingest.sentences import build_sentences
from generator.model import Article, Metadata


@pytest.fixture(scope="module")
def analyse_text(nlp, knowledge):
    def run(text: str):
        blocks = text_blocks(text)
        joined, sentences = build_sentences(blocks)
        article = Article(slug="t", path="t.txt", format="txt", meta=Metadata(), blocks=blocks,
                          sentences=sentences, text=joined, digest="0")
        return analyse_doc(article, nlp(make_doc(nlp, article)), knowledge)
    return run


def by_name(analysis):
    return {actor.name: actor for actor in analysis.actors}


def test_clean_name_strips_articles_titles_and_possessives():
    assert clean_name("the Meta’s") == "Meta"
    assert clean_name("Dr. Amara Osei") == "Amara Osei"
    assert clean_name("Councillor Derek Hale") == "Derek Hale"
    assert initials("Nuclear Safety Inspectorate") == "NSI"
    assert is_junk("contact@example.org") and is_junk("lower case") and not is_junk("OpenAI")


def test_seed_actors_each_once_with_kinds_and_aliases(seed_analysis):
    actors = by_name(seed_analysis)
    for name, kind in [("Meta", "organization"), ("OpenAI", "organization"), ("Google", "organization"),
                       ("Ilya Sutskever", "person"), ("Google researcher", "person"), ("Llama 2", "product"),
                       ("Llama 1", "product"), ("GPT-4", "product"), ("Mark Zuckerberg", "person")]:
        assert actors[name].kind == kind, name
    assert "the company headed by Mark Zuckerberg" in actors["Meta"].aliases
    assert "the firm" in actors["Meta"].aliases
    assert "one of the co-founders of OpenAI" in actors["Ilya Sutskever"].aliases
    assert set(actors["Google researcher"].aliases) >= {"A Google researcher", "the expert"}
    assert "the expert" not in actors["Ilya Sutskever"].aliases
    assert "AI" not in actors
    assert not any(" and " in name for name in actors)  # "Facebook and Instagram" is two names
    assert len(actors) == len({a.id for a in seed_analysis.actors})


def test_surnames_acronyms_and_descriptions_merge(analyse_text):
    analysis = analyse_text(
        "The Harbour Safety Board (HSB) published its review on Monday. Dana Whitfield, a marine engineer, "
        "led the work. Whitfield said the board had found no fault. The HSB will meet again in June. "
        "A port official, who asked not to be named, said the review was rushed. The official added that "
        "nobody had been consulted.")
    actors = by_name(analysis)
    assert "HSB" in actors["Harbour Safety Board"].aliases
    assert "Whitfield" in actors["Dana Whitfield"].aliases
    assert "Whitfield" not in actors
    assert "a marine engineer" in actors["Dana Whitfield"].aliases
    assert actors["Dana Whitfield"].description == "a marine engineer"
    official = actors["port official"]
    assert official.kind == "person" and "The official" in official.aliases
    assert "Monday" not in actors and "June" not in actors


def test_mentions_cover_every_sentence(analyse_text):
    analysis = analyse_text("Acme Corp. makes anvils. Critics say Acme is careless. The company denies it.")
    acme = by_name(analysis)["Acme"]
    assert acme.mentions == ("s1", "s2", "s3")
    assert "Acme Corp." in acme.aliases and "The company" in acme.aliases
