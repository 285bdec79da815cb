"""What is at stake for whom."""

from generator.analyse.stakes.find import find_stakes

__all__ = ["find_stakes"]
