"""Screenshots of every page type, desktop and phone, light and dark, to look at by eye.

    python -m tests.tools.screenshots [OUTDIR]      (default: build/screenshots)

Builds the site into a temporary folder, serves it on localhost and drives Debian's
Chromium through Playwright. Nothing is downloaded.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.tools.site import CHROMIUM, CHROMIUM_ARGS, ROOT, built_and_served, page_urls

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")


def take(outdir: Path, *, full_page: bool = True) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp, built_and_served(Path(tmp) / "site") as base, \
            sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        urls = {**page_urls(base), "404": base + "no-such-page/",
                "cited": page_urls(base)["source"] + "#s12", "explainers": base + "explainers/",
                "explainers-year": base + "explainers/2024/", "across-actors": base + "actors/",
                "across-actor": base + "actors/meta/", "across-timeline": base + "timeline/", "tags": base + "tags/"}
        for device, viewport in VIEWPORTS.items():
            for scheme in SCHEMES:
                context = browser.new_context(viewport=viewport, color_scheme=scheme,
                                              is_mobile=device == "phone", has_touch=device == "phone",
                                              device_scale_factor=1)
                page = context.new_page()
                for name, url in urls.items():
                    page.goto(url, wait_until="networkidle")
                    path = outdir / f"{name}-{device}-{scheme}.png"
                    page.screenshot(path=str(path), full_page=full_page and name != "cited")
                    shots.append(path)
                context.close()
        browser.close()
    return shots


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "build" / "screenshots"
    for path in take(outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
