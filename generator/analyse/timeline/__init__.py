"""Dated events, resolved against the publication date."""

from generator.analyse.timeline.find import find_timeline

__all__ = ["find_timeline"]
