"""Numbers and what they count."""

from generator.analyse.figures.find import find_figures

__all__ = ["find_figures"]
