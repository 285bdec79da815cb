"""Theme templates compiled while workers run are reused, never served stale."""

from __future__ import annotations

import jinja2

from generator.themecache import precompile


def _env(templates: dict[str, str]) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(templates), auto_reload=False)


TEMPLATES = {
    "main.html": '{% extends "base.html" %}{% block body %}main{% endblock %}',
    "base.html": '<p>{% block body %}{% endblock %}{% include "partials/footer.html" %}</p>',
    "partials/footer.html": '{% import "macros.html" as m %}{{ m.note() }}',
    "macros.html": "{% macro note() %}footer{% endmacro %}",
    "unused.html": "never compiled",
    "broken.html": "{% if %}",
}


def test_every_template_reached_from_the_entries_is_compiled_once():
    cache = precompile(_env(TEMPLATES), ["main.html", "broken.html"])
    assert len(cache) == 4  # main, base, footer, macros; not the unused or the broken one
    env = _env(TEMPLATES)
    env.bytecode_cache = cache

    def no_compiling(*args, **kwargs):
        raise AssertionError("a precompiled template was compiled again")

    env.compile = no_compiling  # type: ignore[method-assign]
    assert env.get_template("main.html").render() == "<p>mainfooter</p>"


def test_a_changed_template_is_compiled_again():
    cache = precompile(_env(TEMPLATES), ["main.html"])
    env = _env({**TEMPLATES, "macros.html": "{% macro note() %}changed{% endmacro %}"})
    env.bytecode_cache = cache
    assert env.get_template("main.html").render() == "<p>mainchanged</p>"
