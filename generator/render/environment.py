"""The Jinja2 environment: every value printed by a template is escaped unless trusted."""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from generator.render.escape import (
    Trusted,
    anchor,
    escape_attribute,
    escape_markdown,
    escape_tooltip,
    safe_url,
)

TEMPLATE_DIR = Path(__file__).parent / "templates"


def _finalize(value: object) -> str:
    return escape_markdown(value)


@functools.lru_cache(maxsize=4)
def template_environment(extra_dir: str | None = None) -> jinja2.Environment:
    """Templates from ``extra_dir`` (a user's overrides) first, then the shipped ones."""
    loaders: list[jinja2.BaseLoader] = []
    if extra_dir:
        loaders.append(jinja2.FileSystemLoader(extra_dir))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATE_DIR)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_finalize,
    )
    env.filters["attr"] = lambda value: Trusted(escape_attribute(value))
    # For title attributes: the theme shows them as HTML tooltips.
    env.filters["tooltip"] = lambda value: Trusted(escape_tooltip(value))
    env.filters["trusted"] = Trusted
    # A web address or "" (no javascript:, data: or relative targets), and a safe HTML id.
    env.filters["url"] = lambda value: Trusted(safe_url(value) or "")
    env.filters["anchor"] = lambda value: Trusted(anchor(value))
    return env
