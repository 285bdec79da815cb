"""Compile the theme's templates while analysis workers are busy.

A cold ``mkdocs build`` of a small site spends a good part of its own time compiling the
theme's templates, after our pages are ready. The build waits for the analysis workers
anyway, so this module compiles the templates the pages will use during that wait, into a
cache in memory that the build's template environment then loads them from. Jinja checks
each template's source against the cached code, so a stale entry is never used.
"""

from __future__ import annotations

import jinja2
import jinja2.meta

# Where the theme's rendering starts: every page extends main.html; MkDocs renders the
# static templates (404.html, sitemap.xml) on their own.
ENTRY_TEMPLATES = ("main.html",)


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory, for the environments of one build."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def __len__(self) -> int:
        return len(self._code)


def precompile(env: jinja2.Environment, entries: tuple[str, ...] | list[str]) -> MemoryBytecodeCache:
    """Compile ``entries`` and every template they extend, include or import (by a literal
    name) into a new cache; a template that does not compile is left to the build."""
    cache = MemoryBytecodeCache()
    if env.loader is None:
        return cache
    todo, seen = list(entries), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, filename, _ = env.loader.get_source(env, name)
            # One parse serves both: the names it refers to, and the code to cache.
            tree = env.parse(source, name, filename)
            todo.extend(ref for ref in jinja2.meta.find_referenced_templates(tree) if ref)
            bucket = cache.get_bucket(env, name, filename, source)
            bucket.code = env.compile(tree, name, filename)
            cache.set_bucket(bucket)
        except jinja2.TemplateError:
            continue
    return cache
