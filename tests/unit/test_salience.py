"""The overview's key figure: a telling number from the article's opening."""

from __future__ import annotations

from generator.model import Figure
from generator.render.salience import figure_weight, key_figure


def fig(value: str, what: str, sentence: int) -> Figure:
    return Figure(value, what, (f"s{sentence}",))


def test_money_and_shares_outweigh_small_counts():
    assert figure_weight(fig("€40 million", "for the new pumps", 1)) > figure_weight(fig("12%", "of voters", 1))
    assert figure_weight(fig("12%", "of voters", 1)) > figure_weight(fig("3,400", "nurses", 1))
    assert figure_weight(fig("3,400", "nurses", 1)) > figure_weight(fig("14", "schools", 1))
    assert figure_weight(fig("14", "schools", 1)) > figure_weight(fig("two", "reactors", 1))
    assert figure_weight(fig("2019", "budget", 1)) == figure_weight(fig("14", "schools", 1))


def test_a_figure_read_badly_is_never_the_key_one():
    assert figure_weight(fig("2", "’s", 1)) < figure_weight(fig("two", "reactors", 1))
    assert figure_weight(fig("$5 million", "is suing … for", 1)) < 0
    assert figure_weight(fig("4 percent", "fewer", 1)) < 0


def test_the_key_figure_comes_from_the_opening_when_it_has_one():
    figures = [fig("two", "reactors", 1), fig("3,400", "nurses", 2), fig("€40 million", "for pumps", 30)]
    assert key_figure(figures, sentence_count=40).value == "3,400"
    assert key_figure(figures[2:], sentence_count=40).value == "€40 million"
    assert key_figure([fig("14", "schools", 1), fig("15", "towns", 2)], sentence_count=4).value == "14"
    assert key_figure([], sentence_count=10) is None
