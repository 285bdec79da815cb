"""The editor's workflow end to end, exactly as the README's section "A session" shows it.

The session is read from README.md: each ``console`` block's commands run in a fresh project
and must print what the block shows (a line ``...`` stands for any number of lines), the
``yaml`` block is the overrides file, a real ``mkdocs build --strict`` follows, and the
``text`` block must be the changes the "Source and method" page lists. So the README
cannot drift from the tool: when the analysis changes an id or a count, the first test below
fails with a diff of the README against the real output.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import FIXTURES, ROOT, SEED

PAGE = FIXTURES / "pages" / "open-models-startups.html"
SLUG = "open-models-startups"
OVERRIDES = f"seeds/{SLUG}.overrides.yml"
FENCE = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
ITEM_ID = re.compile(r"\b[qaekfg]-[0-9a-f]{8}\b")


def readme_session() -> str:
    """The README's section "A session", up to the next heading of its level."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("\n### A session\n", 1)[1].split("\n### ", 1)[0]


def commands(block: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$ `` line of a console block."""
    out: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        else:
            out[-1][1].append(line)
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected`` with each ``...`` line standing for any lines."""
    @functools.cache
    def match(i: int, j: int) -> bool:
        if i == len(expected):
            return j == len(actual)
        if expected[i].strip() == "...":
            return match(i + 1, j) or (j < len(actual) and match(i, j + 1))
        return j < len(actual) and expected[i] == actual[j] and match(i + 1, j + 1)

    return match(0, 0)


def as_shown(expected: list[str], actual: list[str]) -> list[str]:
    """``actual`` with the runs of lines the README's ``...`` lines stand for collapsed into
    them, so that a diff shows only what really differs."""
    out: list[str] = []
    j = 0
    for i, line in enumerate(expected):
        if line.strip() != "...":
            if j < len(actual):
                out.append(actual[j])
                j += 1
            continue
        out.append(line)
        rest = [e for e in expected[i + 1:] if e.strip() != "..."]
        if not rest:
            j = len(actual)
            continue
        # Skip to the next line the README shows; when that one changed, to the one after it.
        for back, wanted in enumerate(rest):
            found = next((k for k in range(j, len(actual)) if actual[k] == wanted), None)
            if found is not None:
                j = max(j, found - back)
                break
    return out + actual[j:]


def diff(what: str, expected: list[str], actual: list[str]) -> str:
    lines = difflib.unified_diff(expected, as_shown(expected, actual), "README.md (A session)", "real output",
                                 lineterm="")
    return (f"{what} differs from the README ('...' there stands for lines left out); if the analysis "
            "changed, update the README's section \"A session\" to the real output:\n" + "\n".join(lines))


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", *args], cwd=project, capture_output=True, text=True, env=env,
                          timeout=600)


def build(project: Path) -> subprocess.CompletedProcess:
    return run(project, "mkdocs", "build", "--strict", "-d", str(project / "site"))


def page(project: Path, path: str):
    return lxml_html.fromstring((project / "site" / path / "index.html").read_text(encoding="utf-8"))


def text(element) -> str:
    return " ".join(element.text_content().split())


def method_changes(project: Path) -> list[str]:
    """The list under "Editor's changes" in "How this was made" on the "Source and method" page."""
    heading = page(project, f"{SLUG}/source").xpath("//h3[@id='editors-changes']")[0]
    return [text(item) for item in heading.getnext().iter("li")]


@dataclass
class Session:
    project: Path
    mismatches: list[str] = field(default_factory=list)
    build: subprocess.CompletedProcess | None = None
    ids: dict[str, str] = field(default_factory=dict)
    """Every item id of the new article (from ``check --ids --json``) and its section."""
    overrides: str = ""


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Session:
    """Runs the README session once, block by block; the tests below check what it produced."""
    project = tmp_path_factory.mktemp("editor") / "newsroom"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "seeds").mkdir()
    for path in SEED.parent.glob(SEED.stem + ".*"):
        shutil.copy(path, project / "seeds" / path.name)
    shutil.copy(PAGE, project / "startups.html")
    result = Session(project)
    for block in FENCE.finditer(readme_session()):
        lang, body = block["lang"], block["body"]
        if lang == "console":
            for command, expected in commands(body):
                assert command.startswith("explainer "), command
                done = run(project, "generator", *shlex.split(command)[1:])
                said = done.stdout.splitlines() + [f"(stderr) {line}" for line in done.stderr.splitlines()]
                if done.returncode != 0 or not matches(expected, said):
                    result.mismatches.append(diff(f"`$ {command}` (exit status {done.returncode})", expected, said))
                if not result.ids:  # after `add`: the ids an editor can use
                    listed = run(project, "generator", "check", "--ids", "--json", "--article", SLUG)
                    if listed.returncode == 0:
                        report = json.loads(listed.stdout)[0]
                        result.ids = {i["id"]: i["section"] for i in report["ids"]}
        elif lang == "yaml":
            result.overrides = body
            (project / OVERRIDES).write_text(body, encoding="utf-8")
            result.build = build(project)
        elif lang == "text":
            changes = method_changes(project) if result.build and result.build.returncode == 0 else []
            if changes != body.splitlines():
                result.mismatches.append(diff("The changes on the page \"Source and method\"", body.splitlines(),
                                              changes))
    return result


def test_the_readme_session_is_the_real_output(session):
    assert session.build is not None and session.overrides, "the README session has no overrides file"
    assert not session.mismatches, "\n\n".join(session.mismatches)


def test_every_id_the_readme_names_exists(session):
    named = sorted(set(ITEM_ID.findall(readme_session())))
    assert named and session.ids
    assert [item for item in named if item not in session.ids] == []


def test_the_readme_overrides_build_with_strict(session):
    result = session.build
    assert result is not None and result.returncode == 0, result.stderr if result else "no build"
    assert "WARNING" not in result.stderr, result.stderr


def test_add_wrote_the_article_with_its_metadata(session):
    article = (session.project / "seeds" / f"{SLUG}.txt").read_text(encoding="utf-8")
    assert article.startswith("---\ntitle: Start-ups bet on open AI models as regulators hesitate\n")
    assert "author: Ana Ferreira" in article and "Advertisement" not in article


def test_fixed_speaker_is_shown_with_an_edited_mark_and_the_note(session):
    actors = page(session.project, f"{SLUG}/actors")
    heading = next(h for h in actors.iter("h3") if text(h).rstrip("¶ ") == "Daniel Okafor")
    block = heading.getnext()
    while block.tag != "blockquote":
        block = block.getnext()
    assert "An open model that anyone can modify" in text(block)
    assert block.find_class("editor-mark") and "speaker set to" in block.find_class("editor-mark")[0].get("title")
    assert "The article names him in the sentence after the quote." in text(block.find_class("editor-note")[0])


def test_moved_argument_sits_on_the_against_side_with_an_edited_mark(session):
    arguments = page(session.project, f"{SLUG}/arguments")
    words = "An open model that anyone"
    side = next(div for div in arguments.find_class("side-against") if words in text(div))
    item = next(li for li in side.iter("li") if words in text(li))
    assert item.find_class("editor-mark")
    assert not any(words in text(div) for div in arguments.find_class("side-for"))


def test_the_timeline_has_the_survey_once_in_2024(session):
    timeline = page(session.project, f"{SLUG}/background")
    entries = [li for li in timeline.xpath("//ol[contains(@class, 'timeline')]/li")
               if "they had used an open model" in text(li).lower()]
    assert len(entries) == 1, [text(li) for li in entries]
    assert entries[0].find("time").get("datetime") == "2024"
    assert entries[0].find_class("editor-mark")


def test_cross_article_pages_link_both_explainers(session):
    project = session.project
    meta = page(project, "actors/meta")
    links = {a.get("href") for a in meta.iter("a")}
    assert f"../../{SLUG}/" in links and "../../meta-llama-2-open-models/" in links
    assert "meta" in {Path(p.parent.name).name for p in (project / "site" / "actors").glob("*/index.html")}
    timeline = text(page(project, "timeline"))
    assert "Start-ups bet on open AI models" in timeline and "Meta opens Llama 2" in timeline
    own = page(project, f"{SLUG}/actors")
    assert "../../actors/meta/" in {a.get("href") for a in own.iter("a")}
    tags = text(page(project, "tags"))
    assert "Meta" in tags and "OpenAI" in tags
    home = text(page(project, ""))
    assert home.index("Start-ups bet on open AI") < home.index("Meta opens Llama 2")  # newest first
    assert "The Lakeside Courier" in home


def test_stale_override_fails_the_strict_build_and_check(session):
    project = session.project
    overrides = project / OVERRIDES
    fixed = overrides.read_text(encoding="utf-8")
    line = len(fixed.splitlines()) + 2
    overrides.write_text(fixed + "figures:\n  f-00000000:\n    hide: true\n", encoding="utf-8")
    try:  # the analyses come from the cache of the first build: only the overrides are new
        result = run(project, "mkdocs", "build", "--strict", "-d", str(project / "site-stale"))
        checked = run(project, "generator", "check")
    finally:
        overrides.write_text(fixed, encoding="utf-8")
    assert result.returncode != 0
    assert f"{SLUG}.overrides.yml:{line}: figures: no figure has id 'f-00000000' (stale override)" in result.stderr
    assert checked.returncode == 5 and "stale override" in checked.stdout


def test_edited_mark_and_note_are_visible_in_a_browser(session):
    """Chromium shows the badge and the note (not hidden by the theme or our CSS)."""
    import http.server
    import threading

    from tests.tools.site import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is missing at {CHROMIUM}: CI must run the browser tests")
        pytest.skip(f"Chromium is missing at {CHROMIUM}; install Debian's chromium to run this test")
    sync_api = pytest.importorskip("playwright.sync_api")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(session.project / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            view = browser.new_page()
            view.goto(f"http://127.0.0.1:{httpd.server_address[1]}/{SLUG}/actors/")
            mark = view.locator("blockquote .editor-mark").first
            note = view.locator("blockquote .editor-note").first
            assert mark.is_visible() and mark.inner_text().strip().lower() == "edited"
            assert "speaker set to" in (mark.get_attribute("title") or "")
            assert note.is_visible() and "The article names him" in note.inner_text()
            box = mark.bounding_box()
            assert box is not None and box["width"] > 10 and box["height"] > 5
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
