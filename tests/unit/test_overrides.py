"""The overrides file: corrections by stable id, validation with lines, stale reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import IngestError, with_article
from generator.ingest import read_article
from generator.model import Analysis
from generator.overrides import apply_overrides, read_overrides
from tests.conftest import SEED


def apply(analysis: Analysis, tmp_path: Path, text: str):
    path = tmp_path / "seed.overrides.yml"
    path.write_text(text, encoding="utf-8")
    return apply_overrides(analysis, read_overrides(path))


def quote_with(analysis: Analysis, words: str):
    return next(q for q in analysis.quotes if words in q.text)


def argument_with(analysis: Analysis, words: str):
    return next(a for a in analysis.arguments if words in a.claim)


def test_without_overrides_the_analysis_is_unchanged(seed_analysis):
    applied = apply_overrides(seed_analysis, None)
    assert applied.analysis is seed_analysis and not applied.problems


def test_rename_kind_and_description_of_an_actor(seed_analysis, tmp_path):
    applied = apply(seed_analysis, tmp_path, "actors:\n  meta:\n    name: Meta Platforms\n"
                    "    kind: organization\n    description: Owner of Facebook.\n    note: Renamed for clarity.\n")
    actor = applied.analysis.actor("meta")
    assert actor.name == "Meta Platforms" and "Meta" in actor.aliases
    assert actor.description == "Owner of Facebook."
    assert seed_analysis.actor("meta").description_origin == "knowledge" and actor.description_origin == "editor"
    edit = applied.analysis.edit("meta")
    assert edit.note == "Renamed for clarity."
    assert any(change.startswith("name set to Meta Platforms") for change in edit.changes)
    assert any("Meta Platforms" in line and "(meta)" in line for line in applied.analysis.notes)
    assert not applied.problems


def test_merge_moves_mentions_quotes_and_references(seed_analysis, tmp_path):
    gpt4 = seed_analysis.actor("gpt-4")
    applied = apply(seed_analysis, tmp_path, "actors:\n  openai:\n    merge: [gpt-4]\n")
    result = applied.analysis
    assert result.actor("gpt-4") is None
    openai = result.actor("openai")
    assert "GPT-4" in openai.aliases
    assert set(gpt4.mentions) <= set(openai.mentions)
    assert all("gpt-4" not in event.actors for event in result.timeline)
    assert all(quote.speaker != "gpt-4" for quote in result.quotes)


def test_split_carves_a_new_actor_out_of_a_wrong_merge(seed_analysis, tmp_path):
    meta = seed_analysis.actor("meta")
    assert "the firm" in meta.aliases
    applied = apply(seed_analysis, tmp_path, "actors:\n  meta:\n    split:\n"
                    "      - name: The firm\n        kind: group\n        aliases: [the firm]\n")
    result = applied.analysis
    firm = result.actor("the-firm")
    assert firm is not None and firm.kind == "group"
    assert firm.mentions and set(firm.mentions) <= set(meta.mentions)
    assert "the firm" not in result.actor("meta").aliases
    assert not applied.problems


def test_fix_a_speaker_and_arguments_from_that_quote_follow(seed_analysis, tmp_path):
    # Google is deliberately not the speaker the analysis finds: the test is about the mechanism.
    quote = quote_with(seed_analysis, "extremely powerful")
    argument = argument_with(seed_analysis, "extremely powerful")
    assert quote.speaker != "google" and argument.speaker == quote.speaker
    applied = apply(seed_analysis, tmp_path, f"quotes:\n  {quote.id}:\n    speaker: google\n")
    result = applied.analysis
    assert quote_with(result, "extremely powerful").speaker == "google"
    assert quote.id in result.actor("google").quotes
    assert argument_with(result, "extremely powerful").speaker == "google"
    assert result.actor("google").stance in (argument.side, "mixed")
    was = seed_analysis.actor(quote.speaker).name if quote.speaker else "not stated"
    assert f"speaker set to Google (was: {was})" in result.edit(quote.id).changes
    assert quote.id in applied.reviewed


def test_remove_a_speaker(seed_analysis, tmp_path):
    quote = next(q for q in seed_analysis.quotes if q.speaker is not None)
    applied = apply(seed_analysis, tmp_path, f"quotes:\n  {quote.id}:\n    speaker: null\n")
    assert next(q for q in applied.analysis.quotes if q.id == quote.id).speaker is None
    assert quote.id not in applied.analysis.actor(quote.speaker).quotes


def test_move_an_argument_and_drop_another(seed_analysis, tmp_path):
    moved = argument_with(seed_analysis, "inexpensive")
    dropped = next(a for a in seed_analysis.arguments if a.side == "against")
    assert moved.side == "for"
    applied = apply(seed_analysis, tmp_path, f"arguments:\n  {moved.id}:\n    side: against\n"
                    f"  {dropped.id}:\n    drop: true\n")
    result = applied.analysis
    assert argument_with(result, "inexpensive").side == "against"
    assert all(a.id != dropped.id for a in result.arguments)
    assert result.edit(dropped.id).hidden
    assert "moved to the against side (was: for)" in result.edit(moved.id).changes


def test_notes_and_hiding_on_events_figures_terms_and_stakes(seed_analysis, tmp_path):
    event, figure, term, stake = (seed_analysis.timeline[0], seed_analysis.figures[0], seed_analysis.glossary[0],
                                  seed_analysis.stakes[0])
    applied = apply(seed_analysis, tmp_path, f"events:\n  {event.id}:\n    note: Checked with the archive.\n"
                    f"    date: 2023-03-14\nfigures:\n  {figure.id}: {{note: Meta's own count.}}\n"
                    f"terms:\n  {term.id}: {{hide: true}}\nstakes:\n  {stake.id}: {{hide: true}}\n")
    result = applied.analysis
    fixed = next(e for e in result.timeline if e.id == event.id)
    assert fixed.date == "2023-03-14" and result.edit(event.id).note == "Checked with the archive."
    assert result.edit(figure.id).note == "Meta's own count." and not result.edit(figure.id).changes
    assert all(t.id != term.id for t in result.glossary)
    assert all(k.id != stake.id for k in result.stakes)
    assert not applied.problems


def test_question_labels_title_and_lede(seed_analysis, tmp_path):
    applied = apply(seed_analysis, tmp_path, "title: Llama 2 goes open\nlede: Meta opened its model.\n"
                    "question: Should AI models be open?\nfor_label: Open\nagainst_label: Closed\n")
    result = applied.analysis
    assert result.article.title == "Llama 2 goes open"
    assert result.lede.text == "Meta opened its model."
    assert (result.sides.question, result.sides.for_label, result.sides.against_label) == (
        "Should AI models be open?", "Open", "Closed")
    assert not result.sides.derived
    assert len(result.edit("article").changes) == 5


def test_stale_override_is_reported_with_line_and_existing_ids(seed_analysis, tmp_path):
    applied = apply(seed_analysis, tmp_path, "quotes:\n  q-00000000:\n    speaker: meta\n"
                    "actors:\n  nobody:\n    kind: person\n  openai:\n    merge: [ghost]\n")
    stale = [str(problem) for problem in applied.stale]
    assert len(stale) == 3
    assert stale[0].endswith(f"seed.overrides.yml:5: actors: no actor has id 'nobody' (stale override); "
                             f"actors in the article: {', '.join(sorted(a.id for a in seed_analysis.actors))}")
    assert any(":8: actors: cannot merge 'ghost'" in line for line in stale)
    assert any(":2: quotes: no quote has id 'q-00000000'" in line and seed_analysis.quotes[0].id in line
               for line in stale)
    assert applied.analysis.quotes == seed_analysis.quotes
    assert applied.analysis.actors == seed_analysis.actors


@pytest.mark.parametrize("text, line, message", [
    ("quotes:\n  q-1:\n    speker: meta\n", 3, "a quote has no field 'speker'; did you mean 'speaker'?"),
    ("actors:\n  meta:\n    kind: persn\n", 3, "'kind' must be one of person, organization"),
    ("arguments:\n  a-1:\n    side: maybe\n", 3, "'side' must be one of for, against"),
    ("events:\n  e-1:\n    date: yesterday\n", 3, "is not a date"),
    ("quots:\n  q-1: {hide: true}\n", 1, "unknown key 'quots'; did you mean 'quotes'?"),
    ("quotes:\n  q-1: {hide: yes please}\n", 2, "'hide' must be true or false"),
    ("quotes: [q-1]\n", 1, "'quotes' must map item ids to changes"),
])
def test_invalid_fields_are_reported_with_their_line(tmp_path, text, line, message):
    path = tmp_path / "a.overrides.yml"
    path.write_text(text, encoding="utf-8")
    problems = read_overrides(path).problems
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}:{line}: ") and message in str(problems[0])


@pytest.mark.parametrize("section, expected", [
    ("actors", "an actor"), ("quotes", "a quote"), ("arguments", "an argument"), ("stakes", "a stake"),
    ("events", "an event"), ("figures", "a figure"), ("terms", "a term"),
])
def test_unknown_field_messages_use_the_right_article(tmp_path, section, expected):
    path = tmp_path / "a.overrides.yml"
    path.write_text(f"{section}:\n  x-1:\n    colour: red\n", encoding="utf-8")
    (problem,) = read_overrides(path).problems
    assert f": {section}: {expected} has no field 'colour'; " in str(problem)


@pytest.mark.parametrize("noun, expected", [
    ("argument", "an argument"), ("event", "an event"), ("item", "an item"), ("overrides file", "an overrides file"),
    ("quote", "a quote"), ("user", "a user"), ("one-line note", "a one-line note"), ("hour", "an hour"),
    ("European outlet", "a European outlet"), ("Uncertain side", "an Uncertain side"),
    ("unimportant item", "an unimportant item"), ("university", "a university"),
    ("urgent fix", "an urgent fix"), ("URL", "a URL"),
])
def test_with_article(noun, expected):
    assert with_article(noun) == expected


@pytest.mark.parametrize("text, line, message", [
    ("quotes:\n  q-1: {hide: true\n", None, "malformed YAML"),
    ("quotes:\n  q-1: {hide: true}\n  q-1: {note: x}\n", 3, "'q-1' is written twice (the first is on line 2)"),
    ("- a list\n", 1, "must be a YAML mapping"),
    ("events:\n  e-1:\n    date: 2024-02-30\n", 3, "impossible date 2024-02-30 (day is out of range for month)"),
])
def test_unreadable_overrides_file_is_an_error_naming_the_file(tmp_path, text, line, message):
    path = tmp_path / "a.overrides.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as error:
        read_overrides(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)
    if line:
        assert error.value.line == line


def test_speaker_that_is_no_actor_is_reported(seed_analysis, tmp_path):
    quote = seed_analysis.quotes[0]
    applied = apply(seed_analysis, tmp_path, f"quotes:\n  {quote.id}:\n    speaker: nobody\n")
    assert len(applied.problems) == 1 and "speaker 'nobody' is not an actor" in str(applied.problems[0])
    assert applied.analysis.quotes[0].speaker == quote.speaker


def test_ids_survive_unrelated_edits_of_the_article(seed_analysis, analyse_file, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    paragraphs = text.split("\n")
    edited = "\n".join(["A new opening paragraph about something else entirely, added by an editor.",
                        *paragraphs[:-1], paragraphs[-1] + " One more closing sentence."])
    path = tmp_path / SEED.name
    path.write_text(edited, encoding="utf-8")
    (tmp_path / SEED.with_suffix(".yml").name).write_text(SEED.with_suffix(".yml").read_text(), encoding="utf-8")
    changed = analyse_file(path)
    assert read_article(path).sentences[0].text.startswith("A new opening")
    for attribute in ("quotes", "arguments", "timeline", "figures", "glossary"):
        before = {item.id for item in getattr(seed_analysis, attribute)}
        after = {item.id for item in getattr(changed, attribute)}
        assert before and len(before & after) >= len(before) - 1, attribute
    assert {a.id for a in seed_analysis.actors} <= {a.id for a in changed.actors}


def test_editor_text_is_escaped_on_the_site(seed_analysis, tmp_path):
    from generator.render.pages import render_article

    quote = seed_analysis.quotes[0]
    hostile = '<script>alert(1)</script> {: onclick="x" } *bold* [link](javascript:alert(1))'
    applied = apply(seed_analysis, tmp_path, f"title: '{hostile}'\nquotes:\n  {quote.id}:\n    note: '{hostile}'\n"
                    f"    speaker: null\n")
    pages = render_article(applied.analysis, model_name="test")
    for name, text in pages.items():
        body = text.split("\n---\n", 1)[1]  # the front matter holds the title HTML-escaped, as plain text
        assert "<script" not in text and 'onclick="' not in text, name
        assert "javascript:" not in body and "*bold*" not in body, name
    assert 'class="editor-note"' in pages["meta-llama-2-open-models/actors.md"]
    assert 'class="editor-mark"' in pages["meta-llama-2-open-models/actors.md"]
