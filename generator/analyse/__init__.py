"""Analysis: the stages that turn a parsed article into the :class:`~generator.model.Analysis`.

Each stage is a package (``actors``, ``quotes``, ``arguments`` ...) with one entry function behind
a ``Protocol`` of :mod:`generator.analyse.contracts`; :mod:`generator.analyse.pipeline` runs them
over one :class:`~generator.analyse.context.Context` per article. This package imports them (and
spaCy) only when :func:`analyse_doc`, :func:`analyse_articles` or :func:`trace_articles` is first
used, so that a build that takes every analysis from the cache never loads spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.analyse.pipeline import analyse_articles, analyse_doc, trace_articles

__all__ = ["analyse_doc", "analyse_articles", "trace_articles"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from generator.analyse import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
