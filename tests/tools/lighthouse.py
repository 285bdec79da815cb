"""Lighthouse scores of the overview and arguments pages, checked against our targets.

    python -m tests.tools.lighthouse [--out DIR]        (make lighthouse)

Builds the site, serves it on localhost with gzip (as a real host would), and runs npm's
``lighthouse`` (installed by ``npm ci``) with Debian's Chromium and the default mobile preset.
Prints one line per page and exits 1 when a score is below its target.

Lighthouse slows the CPU down 4x, a factor meant for a fast desktop host. On a slower host
``--calibrate`` measures Lighthouse's benchmark index first and sets the factor so that the
emulated CPU matches Lighthouse's mobile device (a Moto G Power, benchmark index about 264,
the figure Chrome DevTools' CPU calibration uses). The factor used is printed with the scores.
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
PRESET_CPU_SLOWDOWN = 4.0  # Lighthouse's mobile preset
TARGET_DEVICE_INDEX = 264.0  # benchmark index of the emulated device (Chrome DevTools' low tier)


def audit(url: str, report: Path, cpu_slowdown: float = PRESET_CPU_SLOWDOWN) -> dict[str, int]:
    """Run Lighthouse on ``url``; the JSON report goes to ``report``; returns scores out of 100."""
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
               f"--throttling.cpuSlowdownMultiplier={cpu_slowdown:.2f}"]
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: round(categories[name]["score"] * 100) for name in TARGETS}


def benchmark_index(report: Path) -> float:
    return float(json.loads(report.read_text(encoding="utf-8"))["environment"]["benchmarkIndex"])


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
    parser.add_argument("--calibrate", action="store_true",
                        help="set the CPU slowdown from this host's benchmark index (see above)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"lighthouse not found at {LIGHTHOUSE}: run npm ci", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    ok = True
    with tempfile.TemporaryDirectory() as tmp, built_and_served(Path(tmp) / "site", compress=True) as base:
        urls = page_urls(base)
        slowdown = PRESET_CPU_SLOWDOWN
        if args.calibrate:
            probe = args.out / "calibration.json"
            audit(urls["home"], probe)
            index = benchmark_index(probe)
            slowdown = max(1.0, min(PRESET_CPU_SLOWDOWN, index / TARGET_DEVICE_INDEX))
            print(f"host benchmark index {index:.0f}: CPU slowdown {slowdown:.2f}x "
                  f"(preset {PRESET_CPU_SLOWDOWN:.0f}x)")
        for name in PAGES:
            report = args.out / f"{name}.json"
            scores = audit(urls[name], report, slowdown)
            below = {k: v for k, v in scores.items() if v < TARGETS[k]}
            ok = ok and not below
            print(f"{name} (CPU {slowdown:.2f}x, host index {benchmark_index(report):.0f}): "
                  + ", ".join(f"{k} {v}" for k, v in scores.items())
                  + (f"  BELOW TARGET: {below}" if below else ""))
            for line in failing_audits(report):
                print(f"  - {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
