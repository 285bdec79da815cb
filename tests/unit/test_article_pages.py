"""An explainer's pages as a reader meets them: titles, knowledge marks, a report without a debate."""

from __future__ import annotations

import dataclasses

import yaml

from generator.render.pages import KNOWLEDGE_NOTE, render_article

SLUG = "meta-llama-2-open-models"


def _front_matter(page: str) -> dict:
    return yaml.safe_load(page.split("---\n")[1])


def test_pages_name_their_explainer_in_title_and_heading(seed_analysis):
    pages = render_article(seed_analysis, model_name="m")
    arguments = pages[f"{SLUG}/arguments.md"]
    assert _front_matter(arguments)["title"] == "Arguments · Meta opens Llama 2"
    assert ('# Arguments<span class="explainer-of"><span class="explainer-of-sep"> · </span>'
            "Meta opens Llama 2</span>") in arguments
    overview = _front_matter(pages[f"{SLUG}/index.md"])
    assert overview["title"].startswith("Meta opens Llama 2: the fight")  # the overview keeps the headline
    assert len(overview["tags"]) <= 8


def test_a_description_from_the_knowledge_file_says_so(seed_analysis):
    actors = render_article(seed_analysis, model_name="m")[f"{SLUG}/actors.md"]
    section = actors[actors.index("### Ilya Sutskever"):]
    who = section[section.index("**Who:**"):].split("\n", 1)[0]
    assert f"({KNOWLEDGE_NOTE})" in who and "former" not in who  # July 2023: still chief scientist
    editor = dataclasses.replace(seed_analysis, actors=tuple(
        dataclasses.replace(a, description="Co-founder of OpenAI.", description_origin="editor")
        if a.id == "ilya-sutskever" else a for a in seed_analysis.actors))
    edited = render_article(editor, model_name="m")[f"{SLUG}/actors.md"]
    assert "**Who:** Co&#45;founder of OpenAI&#46;\n" in edited


def test_a_report_without_a_question_shows_no_stances(seed_analysis):
    report = dataclasses.replace(seed_analysis, sides=None, arguments=(), brief=())
    pages = render_article(report, model_name="m")
    assert f"{SLUG}/arguments.md" not in pages
    actors = pages[f"{SLUG}/actors.md"]
    assert 'class="stance' not in actors and "arguments" not in actors.split("\n## ")[0]


def test_counts_are_singular_for_one(seed_analysis):
    one = dataclasses.replace(seed_analysis, quotes=seed_analysis.quotes[:1],
                              timeline=seed_analysis.timeline[:1])
    pages = render_article(one, model_name="m")
    assert "1 quotation in all." in pages[f"{SLUG}/actors.md"]
    assert "1 quotation from the article" in pages[f"{SLUG}/index.md"]
    assert "1 dated event in all." in pages[f"{SLUG}/index.md"]


def test_an_actor_the_text_never_names_says_where_it_is_named_instead_of_an_empty_list(seed_analysis):
    unnamed = dataclasses.replace(seed_analysis, actors=tuple(
        dataclasses.replace(a, mentions=()) if a.id == "ilya-sutskever" else a for a in seed_analysis.actors))
    actors = render_article(unnamed, model_name="m")[f"{SLUG}/actors.md"]
    section = actors[actors.index("### Ilya Sutskever"):].split("\n### ", 1)[0]
    assert "**Mentioned in sentences**" not in section
    assert "Named in the byline or the headline only, not in the text." in section
    assert "**Mentioned in sentences**" in actors  # the others keep their sentences
