"""Analysis: run every stage over a parsed article and assemble the :class:`Analysis`.

The stages live in their own modules and :mod:`generator.analyse.pipeline` runs them. This
package imports them (and spaCy) only when :func:`analyse_doc` or :func:`analyse_articles`
is first used, so that importing a light helper such as :mod:`generator.ids`
does not cost spaCy's start-up: a build that takes every analysis from the cache never
loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.analyse.pipeline import analyse_articles, analyse_doc

__all__ = ["analyse_doc", "analyse_articles"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from generator.analyse import pipeline as run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
