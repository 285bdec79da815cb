"""Lighthouse scores of the overview and arguments pages, checked against our targets.

    python -m tests.tools.lighthouse [--out DIR]        (make lighthouse)

Builds the site, serves it on localhost with gzip (as a real host would), and runs npm's
``lighthouse`` (installed by ``npm ci``) with Debian's Chromium and the default mobile preset.
Prints one line per page and exits 1 when a score is below its target.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.tools.site import CHROMIUM, CHROMIUM_ARGS, ROOT, built_and_served, page_urls

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 95}
PAGES = ("overview", "arguments")


def audit(url: str, report: Path) -> dict[str, int]:
    """Run Lighthouse on ``url``; the JSON report goes to ``report``; returns scores out of 100."""
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in TARGETS}


def failing_audits(report: Path) -> list[str]:
    """Titles of the audits that lost points, to say what to fix."""
    data = json.loads(report.read_text(encoding="utf-8"))
    lost = []
    for name in TARGETS:
        for ref in data["categories"][name]["auditRefs"]:
            found = data["audits"][ref["id"]]
            if ref["weight"] and found["score"] is not None and found["score"] < 1:
                lost.append(f"{name}: {found['title']} ({found.get('displayValue', found['score'])})")
    return lost


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "lighthouse", help="folder for the reports")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"lighthouse not found at {LIGHTHOUSE}: run npm ci", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    ok = True
    with tempfile.TemporaryDirectory() as tmp, built_and_served(Path(tmp) / "site", compress=True) as base:
        urls = page_urls(base)
        for name in PAGES:
            report = args.out / f"{name}.json"
            scores = audit(urls[name], report)
            below = {k: v for k, v in scores.items() if v < TARGETS[k]}
            ok = ok and not below
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in scores.items())
                  + (f"  BELOW TARGET: {below}" if below else ""))
            for line in failing_audits(report):
                print(f"  - {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
