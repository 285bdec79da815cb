"""The central question of the article, the names of its sides and the topic pack it belongs to."""

from generator.analyse.question.find import frame_question

__all__ = ["frame_question"]
