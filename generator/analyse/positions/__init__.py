"""The side each organisation takes by what it does, where the text says it."""

from generator.analyse.positions.find import find_positions

__all__ = ["find_positions"]
