"""Dated events, resolved against the publication date."""
