"""The bad-input corpus (tests/fixtures/bad/): each file gives an article or one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.ingest import LONG_TEXT_CHARS, MAX_TEXT_CHARS, read_article
from generator.ingest.decode import decode_bytes
from tests.conftest import FIXTURES

BAD = FIXTURES / "bad"

# file -> (problem in the one line, line number or None)
REFUSED = {
    "empty.txt": ("the file is empty", None),
    "whitespace.txt": ("only whitespace", None),
    "image.md": ("a PNG image, not an article", None),
    "nul-bytes.txt": ("binary data", None),
    "broken-front-matter.md": ("malformed YAML metadata", 5),
    "unclosed-front-matter.md": ("never closed", 1),
    "front-matter-list.md": ("must be a YAML mapping", 2),
    "impossible-date.md": ("impossible date 2024-02-30 (day is out of range for month)", 3),
}
# file -> (warnings expected, each a substring of one warning)
READ = {
    "bom.txt": (),
    "crlf.txt": (),
    "cr.txt": (),
    "stray-nul.txt": (),
    "utf16.txt": (),
    "latin1.html": (),
    "cp1252.txt": ("decoded as cp1252 (guessed)",),
    "other-tools.md": (),
    "typos.md": ("'titel', did you mean 'title'", "'publised', did you mean 'published'",
                 "'authr', did you mean 'author'"),
    "bad-date.md": ("'published' is not a date: 'next Tuesday'",),
    "no-findings.txt": (),
    "single-sentence.txt": (),
    "furniture.html": (),
    "same-slug-a.md": (),
    "impossible-event.txt": (),  # its overrides file is what is wrong
}
STORY_START = "The Port Alden council will vote on a toll for the harbour bridge"


def test_every_fixture_has_an_expectation():
    articles = {p.name for p in BAD.iterdir() if p.suffix != ".yml"}
    assert articles == set(REFUSED) | set(READ) | {"broken-sidecar.txt", "same-slug-b.txt",
                                                          "impossible-date-sidecar.txt"}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_files_get_one_line_naming_file_and_line(name):
    problem, line = REFUSED[name]
    with pytest.raises(IngestError) as caught:
        read_article(BAD / name)
    message = str(caught.value)
    assert "\n" not in message
    where = f"{BAD / name}:{line}:" if line else f"{BAD / name}:"
    assert message.startswith(where) and problem in message, message


def test_a_broken_sidecar_is_named_with_its_line():
    with pytest.raises(IngestError) as caught:
        read_article(BAD / "broken-sidecar.txt")
    assert str(caught.value).startswith(f"{BAD / 'broken-sidecar.yml'}:4: malformed YAML metadata")


def test_an_impossible_date_in_a_sidecar_is_named_with_its_file_and_line():
    with pytest.raises(IngestError) as caught:
        read_article(BAD / "impossible-date-sidecar.txt")
    assert str(caught.value) == (f"{BAD / 'impossible-date-sidecar.yml'}:2: impossible date 2024-02-30 "
                                 "(day is out of range for month); write a date that exists, as YYYY-MM-DD")


@pytest.mark.parametrize("value, problem", [
    ("2024-13-01", "month must be in 1..12"),
    ("2023-02-29", "day is out of range for month"),
    ("2024-02-28 25:00:00", "hour must be in 0..23"),
    ("0000-01-01", "year 0 is out of range"),
])
def test_every_impossible_timestamp_is_one_line(tmp_path: Path, value, problem):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: T\nnote: [{{when: {value}}}]\n---\nThe council met. It voted.\n",
                    encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert str(caught.value).startswith(f"{path}:3: impossible date {value} ({problem})")


def test_real_dates_are_still_dates(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2024-02-29\n---\nThe council met. It voted.\n", encoding="utf-8")
    assert read_article(path).meta.published == "2024-02-29"


@pytest.mark.parametrize("name", sorted(READ))
def test_readable_files_give_an_article_and_the_expected_warnings(name):
    article = read_article(BAD / name)
    assert article.sentences
    expected = READ[name]
    assert len(article.warnings) == len(expected), article.warnings
    for needle, warning in zip(expected, article.warnings):
        assert needle in warning and str(BAD / name) in warning
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        assert not set(sentence.text) & {"\r", "\x00", "\ufeff"}


@pytest.mark.parametrize("name", ["bom.txt", "crlf.txt", "cr.txt", "utf16.txt", "stray-nul.txt"])
def test_encodings_and_line_ends_give_the_same_paragraphs(name):
    article = read_article(BAD / name)
    assert len(article.blocks) == 3
    assert article.blocks[0].text.startswith(STORY_START)
    assert article.blocks[1].text == "“The bridge is falling apart,” said Maria Okafor, the mayor of Port Alden."


def test_declared_charset_is_used_without_a_guess():
    article = read_article(BAD / "latin1.html")
    assert article.meta.title == "Péage du pont"
    assert "café" in article.text and not article.warnings


def test_cp1252_punctuation_survives():
    assert "The café’s owner said “no” – twice." in read_article(BAD / "cp1252.txt").text


def test_web_page_furniture_is_dropped():
    article = read_article(BAD / "furniture.html")
    assert article.meta.title == "Port Alden to vote on a bridge toll"
    assert article.meta.published == "2026-04-01"
    for furniture in ("Advertisement", "Read more", "Most read", "Celebrity", "Copyright", "tracking", "Sport"):
        assert furniture not in article.text
    assert "Maria Okafor" in article.text


def test_other_tools_keys_are_quiet_and_their_synonyms_used():
    article = read_article(BAD / "other-tools.md")
    assert article.meta.published == "2026-04-01" and not article.warnings


def test_a_huge_text_article_gets_one_line(tmp_path: Path):
    path = tmp_path / "huge.txt"
    paragraph = "The council said the toll would pay for repairs, and residents disagreed. " * 10
    path.write_text("".join(f"{paragraph}Paragraph {n}.\n\n" for n in range(7000)), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert f"more than the {MAX_TEXT_CHARS:,}" in str(caught.value) and "\n" not in str(caught.value)


def test_a_very_long_article_is_read_with_one_warning_naming_its_size(tmp_path: Path):
    from tests.tools.longarticle import long_article

    path = tmp_path / "report.txt"
    path.write_text(long_article(LONG_TEXT_CHARS + 1000), encoding="utf-8")
    article = read_article(path)
    assert len(article.text) > LONG_TEXT_CHARS
    assert article.warnings == (f"{path}: very long article ({len(article.text):,} characters of text, more than "
                                f"{LONG_TEXT_CHARS:,}): its analysis needs much time and memory; split it into "
                                "separate articles if it holds several stories",)
    path.write_text(long_article(LONG_TEXT_CHARS - 5000), encoding="utf-8")
    assert not read_article(path).warnings


def test_a_huge_web_page_around_a_normal_article_is_read(tmp_path: Path):
    """5 MB of scripts, styles and inline data around a normal article, as news sites ship."""
    page = (BAD / "furniture.html").read_text(encoding="utf-8")
    blob = "<script>window.__DATA__ = {\"items\": [" + ",".join(['{"id": 1, "x": "' + "a" * 200 + '"}'] * 2000) + "]}</script>\n"
    style = "<style>" + ".c { color: red; }\n" * 5000 + "</style>\n"
    padded = page.replace("<body>", "<body>" + (blob + style) * 10, 1)
    path = tmp_path / "huge.html"
    path.write_text(padded, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    article = read_article(path)
    assert article.meta.title == "Port Alden to vote on a bridge toll"
    assert "Maria Okafor" in article.text and "__DATA__" not in article.text


@pytest.mark.parametrize("data, problem", [
    (b"\xff\xfe" + "ok".encode("utf-16-le")[:-1], "UTF-16"),
    (b"%PDF-1.7\n...", "a PDF document"),
    (b"PK\x03\x04rest", "ZIP archive"),
])
def test_decode_refuses_with_a_reason(data, problem):
    with pytest.raises(IngestError, match=problem):
        decode_bytes(data, "x.txt")


def test_nested_yaml_values_are_ignored_not_expanded(tmp_path: Path):
    """YAML aliases can build a huge value from a small file: only flat values are read."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    (tmp_path / "bomb.yml").write_text("\n".join(lines) + "\ntitle: *a8\nauthor: *a8\n", encoding="utf-8")
    shutil.copy(BAD / "bom.txt", tmp_path / "bomb.txt")
    article = read_article(tmp_path / "bomb.txt")
    assert article.meta.title is None and article.meta.author is None


def test_control_characters_and_lone_surrogates_leave_metadata(tmp_path: Path):
    (tmp_path / "a.md").write_text('---\ntitle: "A \\ud800 title \\u0007 \\x1b[31m red"\n---\nSome text here.\n',
                                   encoding="utf-8")
    assert read_article(tmp_path / "a.md").meta.title == "A title [31m red"
