"""Lede, key points and background."""

from generator.analyse.summary.find import summarise

__all__ = ["summarise"]
