"""Who speaks in each sentence, and whether the article argues in its own voice."""

from generator.analyse.voices.find import find_voices

__all__ = ["find_voices"]
