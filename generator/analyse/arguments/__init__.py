"""Arguments for and against the question, each with its speaker and theme."""
