"""Actors: people, organisations, products, outlets and groups, and where each is mentioned."""
