"""Date expressions and the timeline: absolute, partial, relative and expected dates."""

from __future__ import annotations

import pytest

from generator.analyse.timeline.dates import DateResolver, Ref, infer_reference


@pytest.mark.parametrize("reference, text, expected", [
    (Ref(2024, 3, 15), "The committee met on March 14, 2024, in Brussels.", [("2024-03-14", False)]),
    (Ref(2014), "during the December 2007-June 2009 downturn", [("2007-12", False), ("2009-06", False)]),
    (Ref(2023, 7), "Officials said in a July 18 document that the plan worked.", [("2023-07-18", False)]),
    (Ref(2024, 4, 9), "The model was released last July under a licence.", [("2023-07", False)]),
    (Ref(2024, 4, 9), "The deal, announced in February, led some to ask whether it would last.", [("2024-02", False)]),
    (Ref(2024, 5, 21), "In June we will open a paid support service.", [("2024-06", True)]),
    (Ref(2025, 9, 19), "a consultation that closed last Tuesday", [("2025-09-16", False)]),
    (Ref(2025, 3, 7), "The vote ended 29-21 on Thursday night.", [("2025-03-06", False)]),
    (Ref(2025, 9, 19), "Drivers will pay a day from next spring.", [("2026-04", True)]),
    (Ref(2024, 6, 3), "It appeared last summer.", [("2023-07", False)]),
    (Ref(2025, 2, 14), "For eighteen months, the staff have worked a four-day week.", [("2023-08", False)]),
    (Ref(2025, 2, 14), "In ten years, I expect most offices to work four days.", [("2035", True)]),
    (Ref(2024, 9, 12), "the ban would end by the end of the 2025-26 school year", [("2026", True)]),
    (Ref(2023, 5, 4), "2023年5月4日", [("2023-05-04", False)]),
    (Ref(2015), "a series of decisions dating back to the 1970s", [("1970", False)]),
    (Ref(2024, 9, 12), "By Christmas it was quiet.", [("2023-12-25", False)]),
    (Ref(2024), "The firm employs 2000 workers and 48 percent of them may leave.", []),
    # A bare month not after the publication month is in the publication year unless its verb is future.
    (Ref(2024, 9, 12), "In May, the board said it would adopt the plan.", [("2024-05", False)]),
    (Ref(2024, 9, 12), "In May the council approved a pilot.", [("2024-05", False)]),
    (Ref(2024, 9, 12), "In May, the district said the ban would start in January.",
     [("2024-05", False), ("2025-01", True)]),
    (Ref(2024, 9, 12), "The new rules will take effect in May.", [("2025-05", True)]),
])
def test_resolves_dates(reference, text, expected):
    found = [(m.date, m.expected) for m in DateResolver(reference).find(text)]
    assert found == expected


def test_partial_and_relative_dates_use_earlier_mentions():
    resolver = DateResolver(Ref(2023))
    first = resolver.find("It leaked barely a week after its publication in March 2023.")
    assert [m.date for m in first] == ["2023-03", "2023-03"]
    assert [m.date for m in resolver.find("In March, a co-founder admitted it.")] == ["2023-03"]
    assert [m.date for m in resolver.find("A vote is expected two weeks later.")] == ["2023-03"]


def test_reference_from_dateline_or_latest_past_year():
    assert infer_reference(None, ["Headline", "By A. Writer", "November 5, 2024", "Text."]) == Ref(2024, 11, 5)
    assert infer_reference(None, ["It rose in 2012 and in 2014.", "It will fall by 2030."]) == Ref(2014)
    assert infer_reference("2023-07", []) == Ref(2023, 7)


def _events(context_of, text, **meta):
    from generator.analyse.actors import find_actors
    from generator.analyse.contracts import Voices
    from generator.analyse.timeline import find_timeline

    ctx = context_of(text, **meta)
    return find_timeline(ctx, find_actors(ctx), Voices({})).items


@pytest.mark.parametrize("text, event", [
    # The date goes (the timeline shows it), the subject stays, appositions and asides do not.
    ("In March, Helen Carter, the mayor of Marlow, opened the new bridge.", "Helen Carter opened the new bridge"),
    # A participle after a comma describes the noun before it.
    ("The plan came in a report, published in May on the council's website.",
     "A report published on the council's website"),
    # A date inside another phrase stays: a range, a possessive.
    ("Exports grew by 4 percent between 2019 and 2021.", "Exports grew by 4 percent between 2019 and 2021"),
    # A relative clause's subject is the noun it describes.
    ("Helen Carter met the engineers who built the harbour wall in 2019.",
     "The engineers built the harbour wall"),
])
def test_events_are_clean_clauses(context_of, text, event):
    events = _events(context_of, text, published="2024-06-01")
    assert any(e.event == event for e in events), [e.event for e in events]


@pytest.mark.parametrize("text, date, approximate", [
    ("In a few years the port will close.", "2027", True),
    ("The mill opened more than two decades ago.", "2004", True),
    ("The mill was built in the 1970s.", "1970", True),
    ("The mill opened three years ago.", "2021", False),
])
def test_vague_times_are_approximate(context_of, text, date, approximate):
    events = _events(context_of, text, published="2024-06-01")
    assert [(e.date, e.approximate) for e in events] == [(date, approximate)]


@pytest.mark.parametrize("text, expected", [
    ("He said on Monday that he would resign.", "2024-05-13"),  # the saying is past, whatever follows
    ("The hearing resumes June 3.", "2024-06-03"),  # no past verb: the June nearest the publication
    ("The plant closed in December.", "2023-12"),
    ("Organisers said a meeting would follow, and in June a working group will present a draft.", "2024-06"),
    ("Shares fell 4 percent in the first quarter.", "2024-01"),
    ("Profit fell in the fourth quarter.", "2023-10"),
    ("Revenue grew last quarter.", "2024-01"),
    ("The company expects growth in Q3 2024.", "2024-07"),
    ("The crash happened over the weekend.", "2024-05-11"),
    ("The inquiry will report by the end of the year.", "2024-12"),
])
def test_dates_of_news_reports(text, expected):
    resolver = DateResolver(Ref(2024, 5, 16))  # a Thursday
    assert [m.date for m in resolver.find(text)] == [expected]
