"""Terms a reader needs: acronyms and definitions the article gives, and shipped terms it uses."""
