"""A long fuzz run of the whole pipeline on random articles (not collected by pytest).

    .venv/bin/python -m tests.tools.fuzz --cases 3000 --seed 1

Each case is a random text, Markdown or HTML file (see tests/tools/fuzzing.py); a case that
breaks an invariant or raises is reported with its number, and ``--case N`` replays it.
Exit status 0 when every case passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tests.tools.fuzzing import check_case, random_case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000, help="how many random articles")
    parser.add_argument("--seed", type=int, default=1, help="seed of the run")
    parser.add_argument("--case", type=int, help="replay one case of the run and print its file")
    args = parser.parse_args(argv)

    from generator.analyse.nlp import load_pipeline
    from generator.knowledge import load_knowledge

    nlp, knowledge = load_pipeline(), load_knowledge()
    numbers = [args.case] if args.case is not None else range(args.cases)
    failures: list[tuple[int, str]] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        for number in numbers:
            rng = random.Random(args.seed * 1_000_003 + number)
            name, data = random_case(rng)
            if args.case is not None:
                sys.stdout.write(f"{name}:\n{data.decode('utf-8', 'replace')}\n")
            try:
                problems = check_case(name, data, Path(folder), nlp, knowledge)
            except Exception:  # noqa: BLE001 - a crash is what a fuzz run looks for
                problems = [traceback.format_exc(limit=4)]
            for problem in problems:
                failures.append((number, problem))
                print(f"case {number} ({name}): {problem}", file=sys.stderr, flush=True)
            if (number + 1) % 100 == 0:
                print(f"... {number + 1} cases, {len({n for n, _ in failures})} failed", flush=True)
    elapsed = time.monotonic() - started
    failed_cases = len({number for number, _ in failures})
    print(f"{len(numbers)} cases, {failed_cases} failed ({len(failures)} problems), seed {args.seed}, "
          f"{elapsed:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
