"""The article's genre (report, opinion, interview, statement) and an interview's questions and answers."""

from generator.analyse.genre.find import find_genre

__all__ = ["find_genre"]
