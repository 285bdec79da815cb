"""Build the project's site into a folder and serve it on localhost, as a static host would.

Shared by the browser tests, the screenshot script and the Lighthouse script.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# One page of each type in the seed's explainer, relative to the site root.
SEED_SLUG = "meta-llama-2-open-models"
PAGE_TYPES = ("", "background", "actors", "arguments", "stakes", "source")
_COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build(dest: Path, site_url: str) -> None:
    """``mkdocs build --strict`` of the project into ``dest`` with the given site URL."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                             "-f", str(ROOT / "mkdocs.yml"), "-d", str(dest)],
                            cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed:\n{result.stderr}")


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the host's 404 page and, on request, gzip for text files."""

    compress = False

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        self._send(404, page.read_bytes(), "text/html; charset=utf-8")

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                super().do_GET()  # the stdlib redirects to the folder with a slash
                return
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        self._send(200, path.read_bytes(), self.guess_type(str(path)), path.suffix)

    def _send(self, status: int, body: bytes, content_type: str, suffix: str = ".html") -> None:
        if self.compress and suffix in _COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            encoded = True
        else:
            encoded = False
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if encoded:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(directory: Path, port: int = 0, *, compress: bool = False) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 in a thread; yields the base URL (ending with /)."""
    handler = type("Handler", (_Handler,), {"compress": compress})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def built_and_served(dest: Path, *, compress: bool = False) -> Iterator[str]:
    """Build the site for a free local port, then serve it there."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    build(dest, base)
    with serve(dest, port, compress=compress) as url:
        yield url


def page_urls(base: str) -> dict[str, str]:
    """Page type -> URL of that page in the seed's explainer, plus the home and 404 pages."""
    urls = {"home": base}
    for page in PAGE_TYPES:
        urls[page or "overview"] = f"{base}{SEED_SLUG}/{page + '/' if page else ''}"
    return urls


def generated_pages(site: Path, base: str) -> list[str]:
    """The URL of every HTML page in a built site (404 page included)."""
    urls = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        urls.append(base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel))
    return urls
