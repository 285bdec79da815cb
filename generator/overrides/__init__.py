"""Editor's corrections: an overrides file beside each article, applied after the analysis.

The file ``seeds/<stem>.overrides.yml`` addresses items by their stable ids. Applying it is
a pure function of the machine's analysis and the file, so a cache of the analysis never
depends on it. See the README section "Editor's workflow" for the format.
"""

from __future__ import annotations

from pathlib import Path

from generator.model import Analysis
from generator.overrides.apply import Applied, apply_overrides
from generator.overrides.schema import Overrides, Problem, find_overrides, overrides_path, read_overrides

__all__ = ["Applied", "Overrides", "Problem", "apply_overrides", "correct", "find_overrides",
           "load_overrides", "overrides_path", "read_overrides"]


def load_overrides(article_path: Path | str) -> Overrides | None:
    """The parsed overrides of the article at ``article_path``, or ``None`` when it has none.

    Raises:
        IngestError: the overrides file is not readable YAML.
    """
    path = find_overrides(article_path)
    return read_overrides(path) if path else None


def correct(analysis: Analysis) -> Applied:
    """The analysis with its article's overrides applied (unchanged when there are none)."""
    return apply_overrides(analysis, load_overrides(analysis.article.path))
