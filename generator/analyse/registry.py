"""Which implementation runs each analysis stage.

Built-in stages are registered under the entry-point group ``explainer.stages`` as
``<stage>.builtin`` (see ``pyproject.toml``); another installed package can register
``<stage>.<name>`` beside them. The plugin option ``stages:`` and the CLI option ``--stage``
pick one by name, or name a callable directly as ``package.module:function``.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from generator.errors import ConfigError

if TYPE_CHECKING:  # the registry itself stays light: checking a configuration does not load spaCy
    from generator.analyse.protocols import (
        ActorFinder,
        ArgumentFinder,
        FigureFinder,
        GenreFinder,
        GlossaryFinder,
        PositionFinder,
        QuestionFinder,
        QuoteFinder,
        StakeFinder,
        StanceFinder,
        Summariser,
        TimelineFinder,
        VoiceFinder,
    )

GROUP = "explainer.stages"
BUILTIN = "builtin"
# Where each built-in stage lives; pyproject.toml registers the same (a unit test checks it), and
# this table lets the package run from a source tree whose entry points are not installed.
BUILTIN_STAGES: dict[str, str] = {
    "genre": "generator.analyse.genre:find_genre",
    "question": "generator.analyse.question:frame_question",
    "actors": "generator.analyse.actors:find_actors",
    "quotes": "generator.analyse.quotes:find_quotes",
    "voices": "generator.analyse.voices:find_voices",
    "positions": "generator.analyse.positions:find_positions",
    "arguments": "generator.analyse.arguments:find_arguments",
    "stances": "generator.analyse.stances:find_stances",
    "stakes": "generator.analyse.stakes:find_stakes",
    "timeline": "generator.analyse.timeline:find_timeline",
    "figures": "generator.analyse.figures:find_figures",
    "glossary": "generator.analyse.glossary:find_glossary",
    "summary": "generator.analyse.summary:summarise",
}
STAGE_NAMES: tuple[str, ...] = tuple(BUILTIN_STAGES)


@dataclass(frozen=True)
class Stages:
    """One implementation per stage, and the names they were chosen by."""

    genre: GenreFinder
    question: QuestionFinder
    actors: ActorFinder
    quotes: QuoteFinder
    voices: VoiceFinder
    positions: PositionFinder
    arguments: ArgumentFinder
    stances: StanceFinder
    stakes: StakeFinder
    timeline: TimelineFinder
    figures: FigureFinder
    glossary: GlossaryFinder
    summary: Summariser
    chosen: tuple[tuple[str, str], ...] = ()
    """(stage, name) of every stage not left to the built-in one."""

    def fingerprint(self) -> str:
        """What the analysis depends on besides the generator's own code: the other stages' names
        and their source files, so a cached analysis is not reused after a custom stage changes."""
        sha = hashlib.sha256()
        for stage, name in self.chosen:
            sha.update(f"{stage}={name}\0".encode())
            source = _source_file(getattr(self, stage))
            if source is not None:
                sha.update(source.read_bytes())
        return sha.hexdigest()[:16] if self.chosen else ""


def _source_file(implementation: Callable[..., Any]) -> Path | None:
    try:
        name = inspect.getsourcefile(implementation)
    except TypeError:
        return None
    return Path(name) if name else None


def check_choices(choices: Mapping[str, str]) -> None:
    """Raise :class:`ConfigError` for a stage name that does not exist."""
    unknown = sorted(set(choices) - set(STAGE_NAMES))
    if unknown:
        raise ConfigError(f"unknown analysis stage {', '.join(map(repr, unknown))} in 'stages'; "
                          f"the stages are {', '.join(STAGE_NAMES)}")


def resolve_stages(choices: Mapping[str, str] | None = None) -> Stages:
    """The implementation of every stage: the built-in one unless ``choices`` names another.

    Raises:
        ConfigError: an unknown stage, or a name that no installed package registers.
    """
    choices = dict(choices or {})
    check_choices(choices)
    chosen = tuple((stage, choices[stage]) for stage in STAGE_NAMES if choices.get(stage, BUILTIN) != BUILTIN)
    return Stages(**{stage: load_stage(stage, choices.get(stage, BUILTIN)) for stage in STAGE_NAMES},
                  chosen=chosen)


def parse_choices(pairs: Iterable[str]) -> dict[str, str]:
    """``["arguments=mine", ...]`` from the command line as a mapping of stage to implementation."""
    out = {}
    for pair in pairs:
        stage, sep, name = pair.partition("=")
        if not sep or not stage.strip() or not name.strip():
            raise ConfigError(f"--stage expects STAGE=NAME (such as arguments=builtin), not '{pair}'")
        out[stage.strip()] = name.strip()
    return out


def load_stage(stage: str, name: str = BUILTIN) -> Callable[..., Any]:
    """One stage's implementation by registered name, or a ``module:function`` path."""
    if ":" in name:
        return _import(name, f"stage '{stage}'")
    registered = {point.name: point for point in entry_points(group=GROUP)}
    point = registered.get(f"{stage}.{name}")
    if point is not None:
        return cast("Callable[..., Any]", point.load())
    if name == BUILTIN:
        return _import(BUILTIN_STAGES[stage], f"stage '{stage}'")
    names = sorted({key.split(".", 1)[1] for key in registered if key.startswith(f"{stage}.")} | {BUILTIN})
    raise ConfigError(f"no implementation '{name}' of the analysis stage '{stage}' is installed "
                      f"(available: {', '.join(names)}; or give a path such as 'package.module:function')")


def _import(path: str, what: str) -> Callable[..., Any]:
    module_name, _, attribute = path.partition(":")
    try:
        module = importlib.import_module(module_name)
        found = getattr(module, attribute)
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"{what}: cannot import '{path}' ({error})") from error
    if not callable(found):
        raise ConfigError(f"{what}: '{path}' is not callable")
    return cast("Callable[..., Any]", found)
