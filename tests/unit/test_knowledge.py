"""The user's knowledge files: a file that cannot be used is one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.knowledge import load_knowledge


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
