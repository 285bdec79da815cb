"""A real `mkdocs serve`: an edited article is re-analysed alone and served."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from tests.conftest import FIXTURES
from tests.e2e.test_build import make_project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(lines: queue.Queue[str], needle: str, seen: list[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        seen.append(line)
        if needle in line:
            return line
    raise AssertionError(f"no '{needle}' within {timeout} s; output:\n" + "".join(seen[-40:]))


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (local test server)
        return response.read().decode("utf-8")


def test_serve_reanalyses_only_the_changed_article(tmp_path: Path):
    project = make_project(tmp_path, [FIXTURES / "articles" / "harbour-toll.md"])
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stderr], daemon=True).start()
    seen: list[str] = []
    try:
        first = wait_for(lines, "explainer:", seen, 180)
        count = len(list((project / "seeds").glob("*.*"))) - len(list((project / "seeds").glob("*.y*ml")))
        assert f"{count} article(s) ({count} analysed, 0 from the cache)" in first
        serving = wait_for(lines, "Serving on", seen, 120)
        base = serving.split("Serving on", 1)[1].strip().rstrip("/")  # site_url's path is kept
        assert "Port Alden weighs a toll" in fetch(f"{base}/harbour-toll/")

        article = project / "seeds" / "harbour-toll.md"
        article.write_text(article.read_text(encoding="utf-8").replace("Port Alden", "Port Eldan"),
                           encoding="utf-8")
        rebuilt = wait_for(lines, "explainer:", seen, 180)
        assert f"{count} article(s) (1 analysed, {count - 1} from the cache)" in rebuilt
        wait_for(lines, "Reloading", seen, 120)
        page = ""
        for _ in range(40):  # the server swaps the new site in just after the log line
            page = fetch(f"{base}/harbour-toll/")
            if "Port Eldan" in page:
                break
            time.sleep(0.25)
        assert "Port Eldan weighs a toll" in page
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
