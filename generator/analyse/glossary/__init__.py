"""Terms a reader needs: acronyms and definitions the article gives, and shipped terms it uses."""

from generator.analyse.glossary.find import find_glossary

__all__ = ["find_glossary"]
