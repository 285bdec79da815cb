"""What each organisation does on the question, where the text says it."""
