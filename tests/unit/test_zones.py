"""Zones: only the body becomes sentences; page furniture is recognised by page structure, the same way
for plain text, Markdown and HTML, and what it says (byline, date, source link) still fills metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest import read_article
from generator.ingest.formats import markdown_pieces, text_pieces
from generator.ingest.zones import Piece, iso_date, split_zones

BODY = ("The harbour board approved the new ferry timetable on Tuesday after a long meeting. "
        "Captains said the earlier sailings would suit commuters, and the board promised a review in spring.")


def kinds(text: str, *, markdown: bool = False) -> dict[str, str]:
    zoning = split_zones(markdown_pieces(text) if markdown else text_pieces(text))
    return {item.text: item.kind for item in zoning.furniture}


@pytest.mark.parametrize("line, kind", [
    ("Reporting by Ana Ruiz; Additional reporting by Tom Hale; Editing by Mia Long and Raj Patel", "credit"),
    ("Jane Doe and John Roe contributed reporting.", "credit"),
    ("By Ana Ruiz", "byline"),
    ("Passengers board a ferry at the north pier on Monday. REUTERS/Ana Ruiz", "caption"),
    ("Sign up for our morning newsletter and never miss a story.", "promo"),
    ("Follow them on Instagram or YouTube.", "promo"),
    ("Check out our picks for the best rain jackets and walking boots of the season.", "promo"),
    ("If you have questions, please feel free to reach out to us at desk@example.org.", "contact"),
    ("Write to Ana Ruiz at ana.ruiz@example.org", "contact"),
    ("Read more: Ferry fares to rise in May", "related"),
    ("This story has been updated with additional details.", "note"),
    ("via: https://example.org/news/ferry-timetable", "boilerplate"),
    ("作者：Ana Ruiz 选题：someone 译者：译者ID", "boilerplate"),
    ("Slideshow ( 15 images )", "related"),
])
def test_furniture_lines(line, kind):
    assert kinds(f"{BODY}\n\n{line}\n\n{BODY.replace('Tuesday', 'Friday')}").get(line) == kind


@pytest.mark.parametrize("sentence", [
    "The photo by the river shows the old pier, which the board wants to rebuild next year.",
    "Supporters of the plan, backed by the mayor, say the earlier sailings will help workers.",
    "She urged residents to sign the petition before the vote, saying the timetable was unfair.",
])
def test_prose_that_looks_a_little_like_furniture_stays_body(sentence):
    assert sentence not in kinds(f"{BODY}\n\n{sentence}")


def test_a_related_box_a_signature_list_and_a_reference_list_are_runs():
    text = (f"{BODY}\n\n## More from the harbour\n\n- Ferry fares to rise\n- New pier opens\n- Storm closes port\n\n"
            f"## Signatories\n\n" + "\n\n".join(f"{first} {last}, University of Somewhere" for first, last in
                                               [("Ana", "Ruiz"), ("Tom", "Hale"), ("Mia", "Long"), ("Raj", "Patel"),
                                                ("Eva", "Stone")])
            + "\n\n## References\n\n1. Ruiz, A. (2019). Ferries and towns. Journal of Ports, 4, 1-9.\n"
              "2. Hale, T. et al. (2021). Timetables. https://doi.org/10.1/x\n"
              "3. Long, M. (2020). The pier. Harbour Press.\n")
    found = kinds(text, markdown=True)
    assert found["New pier opens"] == "related"
    assert found["Mia Long, University of Somewhere"] == "signatures"
    assert found["Hale, T. et al. (2021). Timetables. https://doi.org/10.1/x"] == "references"
    body = split_zones(markdown_pieces(text)).body
    assert [b.text for b in body] == [BODY]


def test_a_linked_name_under_a_quotation_is_its_attribution_not_a_teaser():
    pieces = [Piece("paragraph", BODY), Piece("blockquote", "We are making the ferry free for all pupils."),
              Piece("paragraph", "Ana Ruiz", links=1.0), Piece("paragraph", BODY + " Again.")]
    assert "Ana Ruiz" in [b.text for b in split_zones(pieces).body]


def test_a_footer_after_a_thematic_break_is_boilerplate():
    found = kinds(f"{BODY}\n\n{BODY} More.\n\n---\n\nTranslated by volunteers\n\nProofread: someone")
    assert set(found.values()) == {"boilerplate"}


def test_metadata_from_furniture(tmp_path: Path):
    path = tmp_path / "ferry.txt"
    path.write_text(f"By Ana Ruiz\n\nMarch 3, 2025\n\n{BODY}\n\nvia: https://example.org/ferry\n", encoding="utf-8")
    article = read_article(path)
    assert article.meta.author == "Ana Ruiz"
    assert article.meta.published == "2025-03-03"
    assert article.meta.url == "https://example.org/ferry"
    assert [s.text for s in article.sentences][0].startswith("The harbour board")
    assert {f.kind for f in article.furniture} == {"byline", "dateline", "boilerplate"}


def test_markdown_reference_definitions_carry_metadata(tmp_path: Path):
    path = tmp_path / "ferry.md"
    path.write_text('[#]: subject: "Ferry timetable approved"\n[#]: author: "Ana Ruiz https://example.org/ana"\n\n'
                    f"{BODY}\n", encoding="utf-8")
    article = read_article(path)
    assert article.meta.author == "Ana Ruiz"
    assert article.meta.title == "Ferry timetable approved"


def test_a_body_split_over_containers_of_one_kind_is_read_whole(tmp_path: Path):
    part = ("<p>{}</p>" * 3)
    first = part.format(BODY, BODY.replace("Tuesday", "Monday"), BODY.replace("Tuesday", "Sunday"))
    second = part.format(BODY.replace("harbour", "river"), BODY.replace("harbour", "lake"),
                         BODY.replace("harbour", "canal"))
    page = (f"<html><head><title>Ferry</title></head><body><article><div class='story body'>{first}</div>"
            f"<div class='ad'><p>Advertisement</p></div><div class='story body'>{second}</div></article></body></html>")
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    texts = " ".join(b.text for b in read_article(path).blocks)
    assert "canal board" in texts and "harbour board" in texts


@pytest.mark.parametrize("text, iso", [("Nov. 6, 2023", "2023-11-06"), ("6 November 2023", "2023-11-06"),
                                       ("2023-11-06", "2023-11-06"), ("November 2023", None)])
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_a_closing_list_of_people_with_roles_is_related_links():
    text = (f"{BODY}\n\n{BODY} Again.\n\nWant more? Read about:\n\n- Ana Ruiz, Director of Ports at Bluewake\n"
            "- Tom Hale, Captain at Northline\n- Mia Long, Engineer at Harbour Works\n")
    found = kinds(text, markdown=True)
    assert found["Tom Hale, Captain at Northline"] == "related"
    assert found["Want more? Read about:"] == "related"


def test_a_box_of_other_stories_under_a_bare_label_line_is_related():
    # Pages turned into text lose the heading mark of "Most Read"; the label still opens the box.
    text = (f"{BODY}\n\n{BODY.replace('Tuesday', 'Friday')}\n\nMost Read\n\nStorm closes the north pier for a week\n\n"
            "Council names new harbour master, port says\n\nRecommended\n\nWhy ferries cost more in winter")
    found = kinds(text, markdown=True)
    assert found["Council names new harbour master, port says"] == "related"
    assert found["Why ferries cost more in winter"] == "related"
    assert [b.text for b in split_zones(markdown_pieces(text)).body] == [BODY, BODY.replace("Tuesday", "Friday")]


def test_short_lines_above_the_pages_own_headline_are_its_masthead(tmp_path: Path):
    path = tmp_path / "ferry.md"
    path.write_text('---\ntitle: "Harbour board approves ferry timetable"\n---\n\nHarbour Gazette\n\n12 Quay Street\n\nPort Ellis, PE 4410\n\n'
                    "Listen Live\n\nMarch 3, 2025\n\nHarbour board approves ferry timetable\n\n" + BODY + "\n",
                    encoding="utf-8")
    article = read_article(path)
    # The site's name at the very top stays: it names the outlet.
    assert [s.text for s in article.sentences][:3] == ["Harbour Gazette", "Harbour board approves ferry timetable",
                                                       BODY.split(". ")[0] + "."]
    assert article.meta.published == "2025-03-03"
    assert {f.text for f in article.furniture if f.kind == "boilerplate"} == {
        "12 Quay Street", "Port Ellis, PE 4410", "Listen Live"}
    # Without a title to find, nothing above the body is dropped for this reason.
    path.write_text("Listen Live\n\n" + BODY + "\n", encoding="utf-8")
    assert read_article(path).sentences[0].text == "Listen Live"


def test_short_headlines_beside_a_teaser_label_are_its_box_even_without_links():
    text = (f"{BODY}\n\n- Ferry fares to rise in May\n\n- Storm closes the north pier\n\n"
            "- Inside the port: what went wrong at the quay?\n\nKeep Reading\n\n"
            f"{BODY.replace('Tuesday', 'Friday')}")
    found = kinds(text, markdown=True)
    assert found.get("Storm closes the north pier") == "related"
    assert found.get("Inside the port: what went wrong at the quay?") == "related"
    # Two short lines are no box.
    short = kinds(f"{BODY}\n\n- Ferry fares to rise in May\n\n- Storm closes the north pier\n\nKeep Reading\n\n{BODY}",
                  markdown=True)
    assert "Storm closes the north pier" not in short


def test_a_single_signature_under_a_letter_is_its_byline(tmp_path: Path):
    path = tmp_path / "letter.md"
    path.write_text(f"# Keep the ferry running\n\n{BODY}\n\nINES M. MARLOW, Portview\n\nRETIRED HARBOUR PILOT\n",
                    encoding="utf-8")
    article = read_article(path)
    assert article.meta.author == "Ines M. Marlow"
    assert {f.text: f.kind for f in article.furniture} == {"INES M. MARLOW, Portview": "byline",
                                                           "RETIRED HARBOUR PILOT": "credit"}
    # Several such lines are a list of signatories, not one writer's sign-off.
    path.write_text(f"# Keep the ferry running\n\n{BODY}\n\nInes Marlow, Portview\n\nTom Hale, Kelby\n",
                    encoding="utf-8")
    assert read_article(path).meta.author is None


def test_a_teaser_box_ends_where_the_story_goes_on_in_sentences_and_repeated_ad_labels_are_no_headings():
    text = (f"{BODY}\n\n## Read more: ferry fares explained\n\n"
            "Not all captains agree with the board and its plan.\n\n"
            "“I find it remarkable that the board never asked the crews,” said captain Ines Marlow.")
    body = [b.text for b in split_zones(markdown_pieces(text)).body]
    assert "Not all captains agree with the board and its plan." in body
    # The ad slot's label between paragraphs ("Hide Ad") is furniture, so a quotation runs on across it.
    text = (f"{BODY}\n\n## Hide Ad\n\n## Hide Ad\n\n“The first boat leaves too late.\n\n## Hide Ad\n\n"
            "“We will move it,” said Ines Marlow.")
    zoning = split_zones(markdown_pieces(text))
    assert not any(b.text == "Hide Ad" for b in zoning.body)
    assert [f.kind for f in zoning.furniture if f.text == "Hide Ad"] == ["boilerplate"] * 3


def test_a_line_that_dates_the_page_with_its_weekday_and_time_zone_is_no_headline(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text("Page last updated at 13:18 GMT, Friday, 12 December 2008\n\nFerry sit-in against the new pier\n\n"
                    f"{BODY}\n", encoding="utf-8")
    article = read_article(path)
    assert article.meta.title == "Ferry sit-in against the new pier"
    assert article.meta.published == "2008-12-12"


def test_an_interviews_speaker_labels_are_no_ad_labels():
    text = (f"{BODY}\n\nMITCHELL:\n\nWill the new timetable last?\n\nHALE:\n\nIt will last the winter.\n\n"
            "MITCHELL:\n\nAnd after that?\n\nHALE:\n\nWe will see.\n\nMITCHELL:\n\nThank you.")
    body = [b.text for b in split_zones(text_pieces(text)).body]
    assert body.count("MITCHELL:") == 3


def test_a_short_paragraph_above_a_photo_credit_is_its_caption():
    caption = "The north pier at low tide on May 2, 2021."
    found = kinds(f"{BODY}\n\n{caption}\n\nPhoto: Ana Ruiz, Kelby Times\n\n{BODY.replace('Tuesday', 'Friday')}")
    assert found.get(caption) == "caption" and found.get("Photo: Ana Ruiz, Kelby Times") == "credit"
    # A paragraph of the story above a credit that names no photo stays body.
    assert kinds(f"{BODY}\n\n{caption}\n\nReporting by Ana Ruiz").get(caption) is None
