"""Arguments for and against the question, each with its speaker and theme."""

from generator.analyse.arguments.find import find_arguments

__all__ = ["find_arguments"]
