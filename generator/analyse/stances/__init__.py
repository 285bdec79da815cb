"""Each actor's stance on the question."""
