"""``explainer add``: files and URLs (a local HTTP server, never the internet) into seeds/."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.add import AddError, add_article, readable_slug
from generator.cli import main
from generator.ingest import read_article
from generator.ingest.metadata import split_front_matter
from tests.conftest import FIXTURES

PAGE = FIXTURES / "pages" / "open-models-startups.html"
SLUG = "start-ups-bet-on-open-ai-models-as-regulators"


def front(path: Path) -> dict:
    return split_front_matter(path.read_text(encoding="utf-8"), path)[0]


def test_html_file_becomes_a_text_article_with_front_matter(tmp_path):
    added = add_article(str(PAGE), tmp_path / "seeds")
    assert added.path == tmp_path / "seeds" / f"{SLUG}.txt" and added.slug == SLUG
    meta = front(added.path)
    assert meta == {"title": "Start-ups bet on open AI models as regulators hesitate", "published": "2024-09-12",
                    "author": "Ana Ferreira", "source": "The Lakeside Courier", "language": "en",
                    "url": "https://lakeside-courier.example.org/tech/2024/09/12/open-models-startups"}
    text = added.path.read_text(encoding="utf-8")
    for furniture in ("Advertisement", "Related articles", "All rights reserved", "Subscribe"):
        assert furniture not in text
    # The written article reads back into the same sentences as the page itself.
    assert [s.text for s in read_article(added.path).sentences] == [s.text for s in read_article(PAGE).sentences]


def test_refuses_to_overwrite_unless_forced(tmp_path):
    seeds = tmp_path / "seeds"
    first = add_article(str(PAGE), seeds)
    overrides = seeds / f"{SLUG}.overrides.yml"
    overrides.write_text("title: Kept\n", encoding="utf-8")
    with pytest.raises(AddError, match=r"already exists; use --force to replace it or --slug"):
        add_article(str(PAGE), seeds)
    again = add_article(str(PAGE), seeds, force=True)
    assert again.replaced and again.path == first.path and overrides.is_file()
    other = add_article(str(PAGE), seeds, slug="second copy")
    assert other.path.name == "second-copy.txt"


def test_slug_used_by_another_article_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "older.md").write_text(f"---\nslug: {SLUG}\n---\nSome text.\n", encoding="utf-8")
    with pytest.raises(AddError, match=rf"slug '{SLUG}' is already used by .*older.md"):
        add_article(str(PAGE), seeds)


def test_command_line_metadata_wins(tmp_path):
    added = add_article(str(PAGE), tmp_path, metadata={"title": "A shorter headline", "published": "2024-09",
                                                        "question": "Should AI models be open?"})
    meta = front(added.path)
    assert added.path.name == "a-shorter-headline.txt"
    assert (meta["title"], meta["published"], meta["question"]) == ("A shorter headline", "2024-09",
                                                                    "Should AI models be open?")


def test_markdown_keeps_its_format_and_merges_metadata(tmp_path):
    source = tmp_path / "draft.md"
    source.write_text("---\ntitle: \"Bridge toll: a *first* vote\"\ndate: 2024-03-02\nlayout: post\n---\n"
                      "# Bridge toll\n\nThe council voted on the toll.\n", encoding="utf-8")
    added = add_article(str(source), tmp_path / "seeds", metadata={"author": "R. Vale"})
    assert added.path.name == "bridge-toll-a-first-vote.md"
    assert front(added.path) == {"title": "Bridge toll: a *first* vote", "published": "2024-03-02",
                                 "author": "R. Vale"}
    assert added.path.read_text(encoding="utf-8").endswith("# Bridge toll\n\nThe council voted on the toll.\n")


def test_text_with_sidecar_takes_the_sidecar_metadata(tmp_path):
    (tmp_path / "note.txt").write_text("The ferry will stop running in winter.\n", encoding="utf-8")
    (tmp_path / "note.yml").write_text("title: Ferry stops for winter\nsource: Harbour News\n", encoding="utf-8")
    added = add_article(str(tmp_path / "note.txt"), tmp_path / "seeds")
    assert added.path.name == "ferry-stops-for-winter.txt"
    assert front(added.path) == {"title": "Ferry stops for winter", "source": "Harbour News"}


@pytest.mark.parametrize("name, content, message", [
    ("missing.html", None, "cannot read the file"),
    ("picture.png", b"\x89PNG", "unsupported file type '.png'"),
    ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no article text found"),
])
def test_bad_sources_name_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AddError) as error:
        add_article(str(path), tmp_path / "seeds")
    assert str(error.value).startswith(str(path)) and message in str(error.value)
    assert not (tmp_path / "seeds").exists() or not any((tmp_path / "seeds").iterdir())


class _Handler(http.server.BaseHTTPRequestHandler):
    routes = {"/tech/open-models": ("text/html; charset=utf-8", PAGE.read_bytes()),
              "/wire/ferry.txt": ("text/plain; charset=utf-8", b"The ferry will stop running in winter.\n")}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", route[0])
        self.end_headers()
        self.wfile.write(route[1])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_extracted(server, tmp_path):
    added = add_article(f"{server}/tech/open-models", tmp_path)
    assert added.path.name == f"{SLUG}.txt"
    assert front(added.path)["author"] == "Ana Ferreira"
    plain = add_article(f"{server}/wire/ferry.txt", tmp_path)
    assert plain.path.name == "ferry.txt" and front(plain.path) == {"url": f"{server}/wire/ferry.txt"}


def test_url_that_fails_is_one_clear_error(server, tmp_path):
    with pytest.raises(AddError, match=r"/missing: cannot fetch the page: Not Found"):
        add_article(f"{server}/missing", tmp_path)


def test_command_line(tmp_path):
    runner = CliRunner()
    seeds = tmp_path / "seeds"
    result = runner.invoke(main, ["add", str(PAGE), "--seeds", str(seeds), "--published", "2024-09-13"])
    assert result.exit_code == 0, result.output
    assert f"added {seeds / SLUG}.txt (site folder {SLUG}/)" in result.output
    assert "  published: 2024-09-13\n" in result.output
    assert front(seeds / f"{SLUG}.txt")["published"] == "2024-09-13"
    again = runner.invoke(main, ["add", str(PAGE), "--seeds", str(seeds)])
    assert again.exit_code == 1 and "already exists; use --force" in again.output


def test_readable_slug_cuts_at_a_word():
    assert readable_slug("Meta opens Llama 2: the fight between open and closed large language models") == \
        "meta-opens-llama-2-the-fight-between-open-and"
