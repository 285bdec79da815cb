"""Actors: people, organisations, products, outlets and groups, and where each is mentioned."""

from generator.analyse.actors.find import find_actors

__all__ = ["find_actors"]
