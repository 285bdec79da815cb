"""Glossary: acronyms and appositions the article defines, shipped terms it uses."""

from __future__ import annotations

from generator.analyse.glossary.find import find_glossary
from generator.ingest import read_article


def glossary_of(knowledge, tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {term.term: term for term in find_glossary(read_article(path), knowledge)}


def test_seed_defines_llm_and_ai(seed_analysis):
    terms = {term.term: term for term in seed_analysis.glossary}
    assert terms["LLM"].origin == "article" and terms["LLM"].definition.startswith("large language model")
    assert terms["AI"].origin == "article" and terms["AI"].definition.startswith("artificial intelligence")
    sentence = seed_analysis.article.sentence(terms["LLM"].evidence[0]).text
    assert "(LLM)" in sentence


def test_plural_acronym_and_apposition(knowledge, tmp_path):
    terms = glossary_of(knowledge, tmp_path,
                        "Firms build large language models (LLMs) every month. Critics point to quantisation, "
                        "a method that stores each weight in fewer bits, as a shortcut.")
    assert terms["LLM"].definition.startswith("large language model")
    assert "LLMs" not in terms
    assert terms["quantisation"].definition.startswith("A method that stores")
    assert terms["quantisation"].origin == "article"


def test_shipped_terms_that_occur(knowledge, tmp_path):
    terms = glossary_of(knowledge, tmp_path, "The city voted for a congestion charge on Tuesday.")
    assert terms["congestion charge"].origin == "glossary"
