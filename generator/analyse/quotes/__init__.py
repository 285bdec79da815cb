"""Quotations and who speaks them."""
