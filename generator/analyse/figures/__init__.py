"""Numbers and what they count."""
