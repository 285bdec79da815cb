"""The central question of the article and the names of its sides."""
