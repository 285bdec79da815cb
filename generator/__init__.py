"""Explainer: turns news articles into structured, sourced explainer sites.

The pipeline is ingest -> analyse -> model -> render, and the MkDocs plugin runs it
inside ``mkdocs build``. The public entry points are :func:`generator.pipeline.explain`
for one article and :mod:`generator.cli` for the command line.
"""

from __future__ import annotations

__version__ = "0.1.0"
