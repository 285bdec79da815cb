"""Quotations and who speaks them."""

from generator.analyse.quotes.find import find_quotes

__all__ = ["find_quotes"]
