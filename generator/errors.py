"""Errors the generator raises; each message names the file and says what to do."""

from __future__ import annotations

from pathlib import Path

# Words spelt with a vowel but said with a consonant ("a user"), and the reverse ("an hour").
_SAID_WITH_A_CONSONANT = ("one", "once", "unique", "unit", "union", "univers", "uniform", "use", "usu", "eu",
                          "url")
_SAID_WITH_A_VOWEL = ("hour", "honest", "honour", "heir")


def with_article(noun: str) -> str:
    """``noun`` after "a" or "an" as it is said: "an argument", "a quote", "a user"."""
    word = noun.lower()
    vowel = word[:1] in ("a", "e", "i", "o", "u") and not word.startswith(_SAID_WITH_A_CONSONANT)
    return f"{'an' if vowel or word.startswith(_SAID_WITH_A_VOWEL) else 'a'} {noun}"


class GeneratorError(Exception):
    """Base class for every error the generator reports to a user."""


class IngestError(GeneratorError):
    """An article or its metadata cannot be read.

    The message always starts with the file's path so that a build log line is enough
    to find the problem.
    """

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class ConfigError(GeneratorError):
    """The plugin or command-line configuration is wrong."""


class ModelLoadError(GeneratorError):
    """The spaCy pipeline named in the configuration cannot be loaded."""
