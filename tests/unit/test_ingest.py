from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.ingest import read_article
from generator.ingest.sentences import split_sentences
from tests.conftest import FIXTURES, SEED


def test_seed_is_read_with_sidecar_metadata():
    article = read_article(SEED)
    assert article.meta.question == "Should large language models be open?"
    assert article.meta.published == "2023-07"
    assert article.slug == "meta-llama-2-open-models"
    assert [s.id for s in article.sentences[:3]] == ["s1", "s2", "s3"]
    heading = [s for s in article.sentences if s.kind == "heading"]
    assert [s.text for s in heading] == ["Shaken global competition"]


def test_sentence_offsets_point_into_article_text():
    article = read_article(SEED)
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
    ("“It works,” she said. Then she left.", ["“It works,” she said.", "Then she left."]),
    ("Prices rose 3.5 percent in the U.S. economy. Analysts agreed.",
     ["Prices rose 3.5 percent in the U.S. economy.", "Analysts agreed."]),
    ("It’s a bad idea… In a few years it will be obvious.", ["It’s a bad idea…", "In a few years it will be obvious."]),
])
def test_split_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_markdown_front_matter_from_other_tools_is_accepted():
    article = read_article(FIXTURES / "articles" / "harbour-toll.md")
    assert article.meta.title == "Port Alden weighs a toll on its harbour bridge"
    assert article.meta.published == "2026-03-14"
    assert article.meta.author == "Priya Nandakumar"
    assert any(s.kind == "heading" and s.text == "A vote in April" for s in article.sentences)
    assert not article.warnings


def test_sidecar_wins_over_front_matter(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ntitle: From front matter\n---\nSome text here.\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text("title: From sidecar\n", encoding="utf-8")
    assert read_article(tmp_path / "a.md").meta.title == "From sidecar"


def test_typo_in_metadata_key_warns(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ntitel: Oops\nlayout: post\n---\nSome text here.\n", encoding="utf-8")
    warnings = read_article(tmp_path / "a.md").warnings
    assert len(warnings) == 1 and "'titel'" in warnings[0] and "'title'" in warnings[0]


def test_a_long_headline_line_opening_a_text_file_is_its_title(tmp_path: Path):
    headline = "Harbour Board Agrees $40 Million Dredging Deal for Port Alden, Facing Fishermen and Council Pushback"
    (tmp_path / "a.txt").write_text(f"{headline}\n\nBy A. Writer\n\nThe board agreed on Monday to dredge the "
                                    "harbour. Fishermen said the work would scare the fish away.\n", encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.meta.title == headline and not article.warnings


def test_a_text_without_a_headline_is_named_by_its_folder_when_its_file_name_is_generic(tmp_path: Path):
    folder = tmp_path / "harbour-dredging"
    folder.mkdir()
    (folder / "article.txt").write_text("The board agreed on Monday to dredge the harbour.\n\nFishermen said the "
                                        "work would scare the fish away.\n", encoding="utf-8")
    article = read_article(folder / "article.txt")
    assert article.meta.title is None and article.slug == "harbour-dredging"
    assert article.title == "Harbour dredging"


def test_wire_copy_wrapped_without_blank_lines_keeps_its_sentences_whole(tmp_path: Path):
    # Wrapped at 60 columns, paragraphs ending on a short line, no blank line anywhere.
    first = ("The harbour board agreed on Monday to dredge the channel at Port Alden, a job that will take two "
             "winters and close the inner basin to fishing boats.")
    second = ("Fishermen said the work would scare the fish away. Board Chair Ines Duarte said the channel had to be "
              "deepened for the new ferries.")
    wrapped = "\n".join(["Port Alden to dredge harbour", *textwrap.wrap(first, 60), *textwrap.wrap(second, 60)])
    (tmp_path / "a.txt").write_text(wrapped + "\n", encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    sentences = [s.text for s in article.sentences if s.kind != "heading"]
    assert sentences == [first, "Fishermen said the work would scare the fish away.",
                         "Board Chair Ines Duarte said the channel had to be deepened for the new ferries."]
    assert len({s.paragraph for s in article.sentences if s.kind != "heading"}) == 2


def test_a_list_of_short_lines_keeps_one_item_to_a_line():
    from generator.ingest.formats import text_pieces

    pieces = text_pieces("Our demands\n- Cut fares by 10%\n- Add two sailings\n- Freeze parking fees")
    assert [p.text for p in pieces] == ["Our demands", "- Cut fares by 10%", "- Add two sailings",
                                        "- Freeze parking fees"]


def test_a_blank_line_that_cuts_a_sentence_in_two_is_closed_again(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Port Alden to dredge harbour\n\nby Ana Ruiz\n\nThe harbour board agreed on Monday "
                                    "to dredge the channel,\n\nwhich will close the inner basin to boats.\n\n"
                                    "Fishermen said the work would scare the fish away.\n", encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.meta.title == "Port Alden to dredge harbour"
    assert [s.text for s in article.sentences if s.kind != "heading" and "Ruiz" not in s.text] == [
        "The harbour board agreed on Monday to dredge the channel, which will close the inner basin to boats.",
        "Fishermen said the work would scare the fish away."]


def test_short_forms_of_ranks_and_councillor_do_not_end_a_sentence():
    text = "Coun. Ada Mirren spoke first. Det. Supt. Joel Varney spoke next."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Coun. Ada Mirren spoke first.",
                                                            "Det. Supt. Joel Varney spoke next."]
