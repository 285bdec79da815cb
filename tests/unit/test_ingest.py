from __future__ import annotations

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


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "only whitespace"),
    ("binary.txt", b"\x00\x01\x02PNG\x00", "binary"),
    ("broken.md", b"---\ntitle: [oops\n---\nText.\n", "malformed YAML"),
    ("unclosed.md", b"---\ntitle: x\nText.\n", "never closed"),
    ("notes.pdf", b"%PDF", "unsupported"),
])
def test_bad_input_names_the_file(tmp_path: Path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The café’s owner said “yes”.".encode("cp1252"))
    article = read_article(path)
    assert "café’s" in article.text
    assert "guessed" in article.warnings[0]


def test_crlf_and_bom(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffFirst paragraph here.\r\n\r\nSecond one here.\r\n".encode("utf-8"))
    article = read_article(path)
    assert [b.text for b in article.blocks] == ["First paragraph here.", "Second one here."]


def test_html_article_body_and_metadata(tmp_path: Path):
    page = """<html lang="en"><head><title>Bridge toll | Courier</title>
    <meta property="og:title" content="Bridge toll plan divides city">
    <meta name="author" content="Priya Nandakumar">
    <meta property="article:published_time" content="2026-03-14T08:00:00Z"></head>
    <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
    <article><h1>Bridge toll plan divides city</h1>
    <p>The city council will vote on a plan to charge drivers a toll on the bridge next month.</p>
    <p>“The bridge is falling apart,” said Maria Okafor, the mayor, at a press conference on Monday.</p>
    <p>Shop owners said the toll would hurt working families who rely on the crossing to reach work.</p>
    </article><footer>Copyright 2026 The Courier</footer><script>alert(1)</script></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.meta.title == "Bridge toll plan divides city"
    assert article.meta.published == "2026-03-14"
    assert "Maria Okafor" in article.text
    assert "alert" not in article.text and "Copyright" not in article.text


def test_html_headline_is_the_pages_h1_not_the_browser_title(tmp_path: Path):
    body = "".join(f"<p>Paragraph {n} of the story says that the council met on Monday to vote.</p>"
                   for n in range(4))
    page = (f"<html><head><title>Council backs the toll plan | Courier Politics</title></head><body>"
            f"<header><h1>Courier</h1></header><article><h2>Council backs the bridge toll plan after a long "
            f"night</h2>{body}</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    # The logo's <h1> is not the headline; the title loses the site's name after the bar.
    assert read_article(path).meta.title == "Council backs the toll plan"
    path.write_text(page.replace("<h1>Courier</h1>", "").replace(
        "<h2>Council backs the bridge toll plan after a long night</h2>",
        "<h1>Council backs the bridge toll plan after a long night</h1>"), encoding="utf-8")
    assert read_article(path).meta.title == "Council backs the bridge toll plan after a long night"


def test_text_without_metadata_takes_its_opening_headline(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text("Harbour towns brace for the winter storms\n\nThe coast guard said on Friday that "
                    "three storms would reach the harbour towns next week.\n", encoding="utf-8")
    assert read_article(path).meta.title == "Harbour towns brace for the winter storms"
    path.write_text("Background\n\nThe coast guard said on Friday that three storms were coming.\n",
                    encoding="utf-8")
    assert read_article(path).meta.title is None
