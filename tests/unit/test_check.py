"""``explainer check``: what needs an editor, and exit codes a CI job can use."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.check import Finding, Report, exit_status, format_report, item_ids, review
from generator.cli import main
from generator.overrides import apply_overrides, read_overrides
from tests.conftest import SEED


def applied_with(analysis, tmp_path: Path, text: str | None):
    if text is None:
        return apply_overrides(analysis, None)
    path = tmp_path / "x.overrides.yml"
    path.write_text(text, encoding="utf-8")
    return apply_overrides(analysis, read_overrides(path))


def test_unattributed_quotes_are_findings_until_an_editor_decides(seed_analysis, knowledge, tmp_path):
    import dataclasses

    first = next(q for q in seed_analysis.quotes if not q.fragment)
    seed_analysis = dataclasses.replace(seed_analysis, quotes=tuple(
        dataclasses.replace(q, speaker=None) if q is first else q for q in seed_analysis.quotes))
    report = review(applied_with(seed_analysis, tmp_path, None), knowledge)
    missing = [q.id for q in seed_analysis.quotes if q.speaker is None and not q.fragment]
    assert missing and [f.target for f in report.findings if f.kind == "speaker"] == missing
    fixed = "quotes:\n" + "".join(f"  {qid}: {{speaker: google}}\n" for qid in missing[:-1]) + \
        f"  {missing[-1]}: {{speaker: null, reviewed: true}}\n"
    report = review(applied_with(seed_analysis, tmp_path, fixed), knowledge)
    assert not [f for f in report.findings if f.kind == "speaker"]


def test_actor_kind_guessed_by_the_model_is_a_finding(seed_analysis, knowledge, tmp_path):
    import dataclasses

    unknown = dataclasses.replace(seed_analysis.actors[0], id="nadia-volkova", name="Nadia Volkova",
                                  description=None, kind="organization")
    analysis = dataclasses.replace(seed_analysis, actors=(*seed_analysis.actors, unknown))
    report = review(applied_with(analysis, tmp_path, None), knowledge)
    assert "nadia-volkova" in [f.target for f in report.findings if f.kind == "kind"]
    assert "meta" not in [f.target for f in report.findings]  # in the knowledge file
    report = review(applied_with(analysis, tmp_path, "actors:\n  nadia-volkova: {kind: person}\n"), knowledge)
    assert "nadia-volkova" not in [f.target for f in report.findings]


def test_uncertain_sides_and_imprecise_dates_are_findings(seed_analysis, knowledge, tmp_path):
    import dataclasses

    argument = dataclasses.replace(seed_analysis.arguments[0], confidence=0.5)
    event = dataclasses.replace(seed_analysis.timeline[0], date="1999")  # a year the text does not write
    analysis = dataclasses.replace(seed_analysis, arguments=(argument, *seed_analysis.arguments[1:]),
                                   timeline=(event, *seed_analysis.timeline[1:]))
    report = review(applied_with(analysis, tmp_path, None), knowledge)
    kinds = {(f.kind, f.target) for f in report.findings}
    assert ("side", argument.id) in kinds and ("date", event.id) in kinds
    confirmed = f"arguments:\n  {argument.id}: {{side: {argument.side}}}\nevents:\n  {event.id}: {{date: 1999-03}}\n"
    kinds = {(f.kind, f.target) for f in review(applied_with(analysis, tmp_path, confirmed), knowledge).findings}
    assert ("side", argument.id) not in kinds and ("date", event.id) not in kinds


def test_exit_status():
    clean = Report("a.txt", "a", "A", (), ())
    finding = Finding("speaker", "q-1", "quote without a speaker")
    review_only = Report("b.txt", "b", "B", (finding,), ())
    stale = Report("c.txt", "c", "C", (), ("c.overrides.yml:2: quotes: no quote has id 'q-2' (stale override)",))
    assert exit_status([clean, review_only], strict=False) == 0
    assert exit_status([clean, review_only], strict=True) == 5
    assert exit_status([clean, stale], strict=False) == 5
    assert format_report(review_only) == ["b.txt (b): 1 to review", f"  q-1: {finding.message}"]


def test_item_ids_cover_every_section(seed_analysis):
    sections = {section for section, _, _ in item_ids(seed_analysis)}
    assert sections == {"actors", "quotes", "arguments", "stakes", "events", "figures", "terms"}


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_suffix(".yml"), folder / SEED.with_suffix(".yml").name)
    return folder


def test_command_reports_stale_overrides_with_exit_5(seeds, seed_analysis):
    overrides = seeds / f"{SEED.stem}.overrides.yml"
    overrides.write_text("quotes:\n  q-00000000: {speaker: meta}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--seeds", str(seeds), "--no-cache"])
    assert result.exit_code == 5, result.output
    assert f"{overrides}:2: quotes: no quote has id 'q-00000000' (stale override)" in result.output


def test_command_exit_codes_and_json(seeds, seed_analysis):
    runner = CliRunner()
    assert runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache"]).exit_code == 0
    strict = runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache", "--strict"])
    # Strict mode fails on any item that needs an editor (which items the seed has depends on the analysis).
    assert strict.exit_code == 5 and re.search(r"^  [a-z]+-[0-9a-f]{8}: ", strict.output, re.M), strict.output
    data = json.loads(runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache", "--json", "--ids"]).output)
    assert data[0]["slug"] == "meta-llama-2-open-models"
    assert {"section": "actors", "id": "meta", "label": "Meta (organization)"} in data[0]["ids"]
    (seeds / f"{SEED.stem}.overrides.yml").write_text("quotes: {q-1: {hide: true}\n", encoding="utf-8")
    broken = runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache"])
    assert broken.exit_code == 1 and "malformed YAML in the overrides file" in broken.output


def test_command_says_what_the_build_warns_about_and_strict_fails_on_it(tmp_path, seed_analysis):
    """A guessed encoding or a misspelt key: ``mkdocs build --strict`` fails, and so does
    ``explainer check --strict``; without --strict both go on."""
    from tests.conftest import FIXTURES

    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in ("cp1252.txt", "typos.md"):
        shutil.copy(FIXTURES / "bad" / name, folder / name)
    runner = CliRunner()
    plain = runner.invoke(main, ["check", "--seeds", str(folder), "--no-cache"])
    assert plain.exit_code == 0, plain.output
    warned = [line for line in plain.stderr.splitlines() if line.startswith("explainer: warning: ")]
    assert f"explainer: warning: {folder / 'cp1252.txt'}: not valid UTF-8; decoded as cp1252 (guessed)" in warned
    assert f"explainer: warning: {folder / 'typos.md'}: unknown metadata key 'publised', did you mean " \
           "'published'?" in warned
    assert len(warned) == 4  # the guess and three typos
    strict = runner.invoke(main, ["check", "--seeds", str(folder), "--no-cache", "--strict"])
    assert strict.exit_code == 1 and strict.stderr == plain.stderr


def test_a_year_the_text_writes_is_not_a_finding(seed_analysis, knowledge, tmp_path):
    import dataclasses

    sentence = seed_analysis.article.sentences[0]
    written = dataclasses.replace(seed_analysis.timeline[0], date="2023", evidence=(sentence.id,), id="e-written")
    article = dataclasses.replace(seed_analysis.article, sentences=(
        dataclasses.replace(sentence, text=sentence.text + " By 2023 it was done."), *seed_analysis.article.sentences[1:]))
    analysis = dataclasses.replace(seed_analysis, article=article, timeline=(written,))
    assert not [f for f in review(applied_with(analysis, tmp_path, None), knowledge).findings if f.kind == "date"]


def test_command_filters_by_article(seeds, seed_analysis):
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache", "--article", "meta-llama-2-open-models"])
    assert result.exit_code == 0 and "meta-llama-2-open-models" in result.output
    missing = runner.invoke(main, ["check", "--seeds", str(seeds), "--no-cache", "--article", "nothing-here"])
    assert missing.exit_code == 1 and "no article matches nothing-here" in missing.output
