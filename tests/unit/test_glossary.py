"""Glossary: acronyms and appositions the article defines, shipped terms it uses."""

from __future__ import annotations

from generator.analyse.glossary import find_glossary


def glossary_of(context_of, text):
    return {term.term: term for term in find_glossary(context_of(text)).items}



def test_plural_acronym_and_apposition(context_of):
    terms = glossary_of(context_of,
                        "Firms build large language models (LLMs) every month. Critics point to quantisation, "
                        "a method that stores each weight in fewer bits, as a shortcut.")
    assert terms["LLM"].definition.startswith("large language model")
    assert "LLMs" not in terms
    assert terms["quantisation"].definition.startswith("A method that stores")
    assert terms["quantisation"].origin == "article"


def test_shipped_terms_that_occur(context_of):
    terms = glossary_of(context_of, "The city voted for a congestion charge on Tuesday.")
    assert terms["congestion charge"].origin == "glossary"
