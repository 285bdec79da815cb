"""The stage registry: built-in stages under the entry-point group, choices by name or path."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator.analyse.registry import BUILTIN_STAGES, GROUP, STAGE_NAMES, load_stage, parse_choices, resolve_stages
from generator.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_registers_every_built_in_stage():
    points = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"][GROUP]
    assert points == {f"{stage}.builtin": target for stage, target in BUILTIN_STAGES.items()}


def test_built_in_stages_resolve_to_their_functions():
    stages = resolve_stages()
    assert stages.chosen == () and stages.fingerprint() == ""
    for stage in STAGE_NAMES:
        module, _, name = BUILTIN_STAGES[stage].partition(":")
        assert getattr(stages, stage).__name__ == name


def test_a_path_picks_any_callable_and_changes_the_fingerprint():
    stages = resolve_stages({"figures": "generator.analyse.figures:find_figures"})
    assert stages.chosen == (("figures", "generator.analyse.figures:find_figures"),)
    assert stages.fingerprint()


@pytest.mark.parametrize("choices, message", [
    ({"argument": "builtin"}, "unknown analysis stage 'argument'"),
    ({"arguments": "fancy"}, "no implementation 'fancy' of the analysis stage 'arguments'"),
    ({"arguments": "nowhere.module:function"}, "cannot import 'nowhere.module:function'"),
])
def test_bad_choices_are_clear_errors(choices, message):
    with pytest.raises(ConfigError, match=message):
        resolve_stages(choices)


def test_command_line_choices():
    assert parse_choices(["arguments=x:y", " figures = builtin "]) == {"arguments": "x:y", "figures": "builtin"}
    with pytest.raises(ConfigError, match="STAGE=NAME"):
        parse_choices(["arguments"])
    assert callable(load_stage("summary"))
