"""Rendering: the analysis model as Markdown pages, through Jinja2 templates with escaping on by default."""
