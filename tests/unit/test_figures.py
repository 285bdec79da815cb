"""Figures: numbers in digits and in words, with what they count; dates are left to the timeline."""

from __future__ import annotations

import pytest

from generator.analyse.figures import find_figures


def figures_of(context_of, text):
    return find_figures(context_of(text)).items


@pytest.mark.parametrize("text, value, what", [
    ("The firm received over 100,000 requests for access to the model.", "over 100,000", "requests for access"),
    ("Seven hundred families here depend on that plant.", "Seven hundred", "families"),
    ("The loan covers more than a third of the cost.", "more than a third", "of the cost"),
    ("Staff work four-fifths of the hours for full pay.", "four-fifths", "of the hours"),
    ("In 29 of 50 states, jobs are still missing.", "29 of 50", "states"),
    ("The council spent £150 million of public money.", "£150 million", "public money"),
    ("Their model is close (48.3% vs. 51.7%) to the rival.", "48.3% vs. 51.7%", ""),
    ("The model comes in 7B, 13B, 33B, and 65B sizes.", "7B, 13B, 33B, and 65B", ""),
    ("We are a few dozen people.", "a few dozen", "people"),
])
def test_figures(context_of, text, value, what):
    figures = figures_of(context_of, text)
    found = next((f for f in figures if f.value == value), None)
    assert found is not None, [f.value for f in figures]
    assert what in found.what


def test_dates_are_not_figures(context_of):
    values = [f.value for f in figures_of(context_of, "On July 18, 2023, in a third faction, it grew.")]
    assert values == []
