"""Who speaks in each sentence, and whether the article argues in its own voice."""
