"""Each actor's stance on the question."""

from generator.analyse.stances.find import find_stances

__all__ = ["find_stances"]
