"""Knowledge files: a file that cannot be used is one line naming it; dated descriptions, the view
as of an article's date, and where descriptions come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.nlp import make_doc
from generator.analyse.pipeline import run_stages
from generator.errors import ConfigError
from generator.knowledge import Entity, Knowledge, certainly_on_or_after, load_knowledge
from tests.conftest import article_of

KNOWLEDGE = """
entities:
  - name: Dana Whitlow
    kind: person
    description: Engineer at Corvane.
    aliases: [D. Whitlow]
    later:
      - from: 2024-06-19
        description: Engineer who co-founded Brightmoor after leaving Corvane.
      - from: 2021-03
        description: Chief engineer of Corvane.
  - name: Corvane
    kind: organization
    description: Software company.
"""


@pytest.fixture
def dated(tmp_path):
    path = tmp_path / "knowledge.yml"
    path.write_text(KNOWLEDGE, encoding="utf-8")
    load_knowledge.cache_clear()
    loaded = load_knowledge((str(path),))
    load_knowledge.cache_clear()
    # Only this file's entities, so that the shipped file's dates do not enter the views.
    return Knowledge({key: e for key, e in loaded.entities.items() if e.name in ("Dana Whitlow", "Corvane")}, ())


@pytest.mark.parametrize("date, start, expected", [
    ("2024-07", "2024-06", True), ("2024-06", "2024-06", True), ("2024-06-01", "2024-06", True),
    ("2024-05-31", "2024-06", False), ("2024", "2024-06", False), ("2025", "2024-06-19", True),
    ("2024-06", "2024-06-19", False), ("2024-06-19", "2024-06-19", True),
])
def test_a_date_is_after_a_start_only_whatever_its_missing_parts(date, start, expected):
    assert certainly_on_or_after(date, start) is expected


@pytest.mark.parametrize("published, description", [
    (None, "Engineer at Corvane."),  # no date: nothing the article could not have known
    ("2019-05-02", "Engineer at Corvane."),
    ("2021", "Engineer at Corvane."),  # perhaps before March 2021
    ("2021-03", "Chief engineer of Corvane."),
    ("2024-06", "Chief engineer of Corvane."),  # perhaps before the 19th
    ("2024-06-19", "Engineer who co-founded Brightmoor after leaving Corvane."),
    ("not a date", "Engineer at Corvane."),
])
def test_the_view_as_of_a_date_holds_the_description_of_that_date(dated, published, description):
    view = dated.as_of(published)
    assert view.entity("Dana Whitlow").description == description
    assert view.entity("d. whitlow") is view.entity("Dana Whitlow")  # one entity for all its names
    assert view.entity("Dana Whitlow").later == ()
    assert view.entity("Corvane") is dated.entity("Corvane")


def test_dates_between_the_same_two_changes_share_one_view(dated):
    assert dated.as_of("2022-01-10") is dated.as_of("2023-11")
    assert dated.as_of("2022-01-10") is not dated.as_of("2024-07")
    assert dated.as_of(None) is dated.as_of("2020")


def test_knowledge_without_dates_is_its_own_view():
    plain = Knowledge(entities={"corvane": Entity("Corvane", "organization", "Software company.")}, glossary=())
    assert plain.as_of("2024-01-01") is plain


@pytest.mark.parametrize("later", [
    "later: [{from: June 2024, description: Founder.}]",
    "later: [{from: 2024-06}]",
    "later: {from: 2024-06, description: Founder.}",
])
def test_a_malformed_dated_description_names_the_file_and_entity(tmp_path, later):
    path = tmp_path / "bad.yml"
    path.write_text(f"entities:\n  - name: Corvane\n    kind: organization\n    {later}\n", encoding="utf-8")
    load_knowledge.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"bad\.yml: entity #1.*later"):
            load_knowledge((str(path),))
    finally:
        load_knowledge.cache_clear()


def test_the_shipped_file_states_no_fact_later_than_an_article_can_know(knowledge):
    # A 2023 article on OpenAI's chief scientist: he left in 2024 and co-founded another company.
    sutskever = knowledge.as_of("2023-07").entity("Ilya Sutskever").description
    assert "former" not in sutskever and "Safe Superintelligence" not in sutskever
    assert "Safe Superintelligence" in knowledge.as_of("2024-07").entity("Ilya Sutskever").description
    # Base descriptions never look back on a later time.
    for entity in dict.fromkeys(knowledge.entities.values()):
        if entity.later:
            assert " later " not in f" {entity.description} ", entity.name


def test_actors_carry_where_their_description_comes_from(nlp, dated):
    text = ("Dana Whitlow spoke on Tuesday. Corvane, the firm that employs her, declined to comment. "
            "Tomas Reyes, a harbour pilot, said the plan was sound.")
    article = article_of(text, published="2022-02-01")
    run = run_stages(article, nlp(make_doc(nlp, article)), dated)
    actors = {actor.name: actor for actor in run.analysis.actors}
    assert actors["Dana Whitlow"].description == "Chief engineer of Corvane."
    assert actors["Dana Whitlow"].description_origin == "knowledge"
    assert actors["Tomas Reyes"].description == "a harbour pilot"
    assert actors["Tomas Reyes"].description_origin == "article"


def test_a_knowledge_file_with_an_impossible_date_is_one_line(tmp_path: Path):
    path = tmp_path / "people.yml"
    path.write_text("entities:\n  - name: Ana Ferreira\n    kind: person\n    since: 2024-02-30\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_knowledge((str(path),))
    assert str(caught.value) == (f"{path}: cannot read the knowledge file: a date that does not exist "
                                 "(day is out of range for month)")


def test_a_users_entity_is_known(tmp_path: Path):
    path = tmp_path / "people.yml"
    path.write_text("entities:\n  - name: Ana Ferreira\n    kind: person\n    description: A reporter.\n",
                    encoding="utf-8")
    entity = load_knowledge((str(path),)).entity("ana ferreira")
    assert entity is not None and entity.description == "A reporter."
