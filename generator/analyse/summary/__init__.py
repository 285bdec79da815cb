"""Lede, key points and background."""
