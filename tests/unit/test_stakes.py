"""Stakes by category with their actors, and organisations' strategies."""

from __future__ import annotations


def stake_sentences(analysis):
    return {analysis.article.sentence(s.evidence[0]).text: s for s in analysis.stakes}





def test_a_warning_or_a_bet_makes_one_cue_a_stake(analyse_file, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dam repairs divide the valley\n\n"
                    "The council met on Monday to discuss the plans of the water board for the valley.\n\n"
                    "“It is unwise to bet the region’s water security on one ageing dam,” warned an engineer.\n\n"
                    "The meeting lasted two hours and ended late in the evening.\n", encoding="utf-8")
    stakes = analyse_file(path).stakes
    assert any("water security" in s.text for s in stakes), [s.text for s in stakes]


def test_lost_staff_and_housing_are_stakes(analyse_file, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Shipyard closure hits the harbour town\n\n"
                    "The yard met on Monday to discuss the order book for the year.\n\n"
                    "Rivals could poach its best welders within months.\n\n"
                    "Housing in the harbour district could lose a third of its value.\n\n"
                    "The meeting lasted two hours and ended late in the evening.\n", encoding="utf-8")
    texts = [s.text for s in analyse_file(path).stakes]
    assert any("poach" in t for t in texts), texts
    assert any("Housing" in t for t in texts), texts


def test_a_problem_going_forward_makes_one_cue_a_stake(analyse_file, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Ferry line to close\n\n"
                    "The operator met on Monday to discuss the timetable for the winter.\n\n"
                    "The ferry jobs are a real problem for the island.\n\n"
                    "The meeting lasted two hours and ended late in the evening.\n", encoding="utf-8")
    texts = [s.text for s in analyse_file(path).stakes]
    assert any("ferry jobs" in t for t in texts), texts


def test_a_blow_to_people_and_a_falling_share_price_are_stakes(analyse_file, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Ferry operator drops its bid for the harbour line\n\n"
                    "The board met on Monday to discuss the timetable for the year.\n\n"
                    "Shares in the operator fell 4 percent after it dropped the bid.\n\n"
                    "The new fares will be a blow to families on fixed incomes.\n\n"
                    "The meeting lasted two hours and ended late in the evening.\n", encoding="utf-8")
    texts = [s.text for s in analyse_file(path).stakes]
    assert any(t.startswith("Shares in the operator") for t in texts), texts
    assert any("a blow to families" in t for t in texts), texts
