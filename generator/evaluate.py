"""Evaluate the analysis against hand-made gold annotations.

Usage::

    python -m generator.evaluate [--evalset PATH] [--devset PATH] [--only TEXT] [--misses] [--json [FILE]]

Every folder holding a ``gold.yaml`` and one ``article.*`` is analysed (one spaCy load for
all) and compared with its gold; the matching rules are in :mod:`generator.evalmatch` and
score what the development corpus's ``score.py`` scores (arguments on every text whose gold
lists any; a text whose gold lists none only checks that no debate is invented). By default
the sets are ``tests/evalset``, ``tests/holdout`` (held out: measured, never read to write
rules) and, when present, ``../shared/devset`` (looked up from the project root upwards).
With ``--misses``, each wrong item is listed with the trace of the rules that made it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.evalmatch import actor_matches, evidence_text, figure_matches, normalise, quote_matches

ROOT = Path(__file__).resolve().parent.parent
Score = tuple[int, int]
# Measures in display order, with the short column names of the table.
MEASURES: dict[str, str] = {
    "actors.core_recall": "core", "actors.all_recall": "all", "actors.precision": "prec",
    "actors.split": "split", "actors.stance": "stance", "quotes.recall": "q.rec",
    "quotes.precision": "q.prec", "quotes.speaker_right": "spkr", "arguments.for_recall": "a.for",
    "arguments.against_recall": "a.agn", "arguments.precision": "a.side", "arguments.side_right": "a.right",
    "arguments.wrong_side": "a.wrong", "arguments.no_debate_quiet": "quiet",
    "stakes.recall": "stake", "timeline.recall": "tl", "timeline.date_right": "date", "figures.recall": "fig",
}
# Measures where fewer is better; shown as counts rather than percentages.
COUNTS = frozenset({"actors.split", "arguments.wrong_side"})


@dataclass
class Result:
    """Scores of one article: measure -> (hits, out of), and what was missed."""

    slug: str
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    """(section, item id, what is wrong) of every predicted item that is wrong, for its trace."""


def score(gold: Mapping[str, Any], pred: Mapping[str, Any], slug: str = "") -> Result:
    """Compare one analysis (``to_dict`` shape) with one gold annotation."""
    result = Result(slug or str(gold.get("slug", "")))
    sentences = {s["id"]: s["text"] for s in pred.get("article", {}).get("sentences", [])}
    _score_actors(gold, pred, result)
    _score_quotes(gold, pred, result)
    if gold.get("arguments_for") or gold.get("arguments_against"):
        _score_arguments(gold, pred, sentences, result)
    elif "arguments_for" in gold and "arguments_against" in gold:
        # Plain news with no debate: the explainer must not invent one (two stray items at most).
        shown = pred.get("arguments", [])
        result.scores["arguments.no_debate_quiet"] = (int(len(shown) <= 2), 1)
        if len(shown) > 2:
            result.misses.append(f"no debate in the text, but {len(shown)} arguments shown")
            result.wrong += [("arguments", a.get("id", ""), f"invented argument: {a.get('claim', '')[:60]!r}")
                             for a in shown]
    if gold.get("stakes"):
        hits = [_found(g["evidence"], pred.get("stakes", []), sentences, "text") for g in gold["stakes"]]
        result.scores["stakes.recall"] = (sum(hits), len(hits))
        result.misses += [f"missed stake: {g['stake'][:60]!r}"
                          for g, hit in zip(gold["stakes"], hits, strict=True) if not hit]
    _score_timeline(gold, pred, sentences, result)
    figures = gold.get("figures") or []
    found = [any(figure_matches(g.get("value"), p, sentences) for p in pred.get("figures", [])) for g in figures]
    result.scores["figures.recall"] = (sum(found), len(found))
    result.misses += [f"missed figure {g.get('value')!r}" for g, hit in zip(figures, found, strict=True) if not hit]
    return result


def _found(phrase: str, items: Sequence[Mapping[str, Any]], sentences: Mapping[str, str], *fields: str) -> bool:
    needle = normalise(phrase)
    return bool(needle) and any(needle in evidence_text(item, sentences, *fields) for item in items)


def _score_actors(gold: Mapping[str, Any], pred: Mapping[str, Any], result: Result) -> None:
    golds = gold.get("actors") or []
    actors = pred.get("actors", [])
    matches = {g["name"]: [a for a in actors if actor_matches(a, g)] for g in golds}
    core = [g for g in golds if g.get("importance") == "core"]
    stance_hits = stance_total = 0
    for g in core:
        if g.get("stance") in ("for", "against") and matches[g["name"]]:
            stance_total += 1
            stance_hits += any(a.get("stance") == g["stance"] for a in matches[g["name"]])
    matched = [a for a in actors if any(a in found for found in matches.values())]
    result.scores.update({
        "actors.core_recall": (sum(bool(matches[g["name"]]) for g in core), len(core)),
        "actors.all_recall": (sum(bool(found) for found in matches.values()), len(golds)),
        "actors.precision": (len(matched), len(actors)),
        "actors.split": (sum(len(found) > 1 for found in matches.values()), len(golds)),
        "actors.stance": (stance_hits, stance_total),
    })
    for g in golds:
        found = matches[g["name"]]
        if not found:
            result.misses.append(f"missed {g.get('importance', '')} actor: {g['name']!r}")
        elif len(found) > 1:
            result.misses.append(f"split actor {g['name']!r}: {[a.get('name') for a in found]}")
    result.wrong += [("actors", a.get("id", ""), f"extra actor: {a.get('name')!r} ({a.get('kind')})")
                     for a in actors if a not in matched]


def _score_quotes(gold: Mapping[str, Any], pred: Mapping[str, Any], result: Result) -> None:
    golds = gold.get("quotes") or []
    full = [q for q in golds if not q.get("short")]
    quotes = pred.get("quotes", [])
    by_id = {a.get("id"): a for a in pred.get("actors", [])}
    gold_actor = {a["name"]: a for a in gold.get("actors") or []}
    found = right = 0
    for q in full:
        hits = [p for p in quotes if quote_matches(p.get("text", ""), q["text"])]
        if not hits:
            result.misses.append(f"missed quote: {q['text'][:50]!r}")
            continue
        found += 1
        if q.get("speaker") is None:
            ok = any(p.get("speaker") is None for p in hits)
        else:
            target = gold_actor.get(q["speaker"])
            ok = target is not None and any(
                by_id.get(p.get("speaker")) is not None and actor_matches(by_id[p["speaker"]], target)
                for p in hits)
        right += ok
        if not ok:
            got = [(by_id.get(p.get("speaker")) or {}).get("name") for p in hits]
            result.wrong += [("quotes", p.get("id", ""), f"wrong speaker for {q['text'][:40]!r}: "
                              f"gold {q.get('speaker')!r}, got {got}") for p in hits[:1]]
    matched = sum(any(quote_matches(p.get("text", ""), q["text"]) for q in golds) for p in quotes)
    result.scores.update({
        "quotes.recall": (found, len(full)),
        "quotes.precision": (matched, len(quotes)),
        "quotes.speaker_right": (right, len(full)),
    })
    result.wrong += [("quotes", p.get("id", ""), f"extra quote: {p.get('text', '')[:50]!r}") for p in quotes
                     if not any(quote_matches(p.get("text", ""), q["text"]) for q in golds)]


def _score_arguments(gold: Mapping[str, Any], pred: Mapping[str, Any], sentences: Mapping[str, str],
                     result: Result) -> None:
    arguments = pred.get("arguments", [])
    texts = [(a.get("side"), evidence_text(a, sentences, "claim")) for a in arguments]
    evidence: list[tuple[str, str]] = []
    for side in ("for", "against"):
        golds = gold.get(f"arguments_{side}") or []
        hits = 0
        for g in golds:
            needle = normalise(g["evidence"])
            evidence.append((side, needle))
            if any(s == side and needle in text for s, text in texts):
                hits += 1
            else:
                result.misses.append(f"missed argument {side}: {g['claim'][:60]!r}")
        result.scores[f"arguments.{side}_recall"] = (hits, len(golds))
    good = wrong = 0
    for argument, (side, text) in zip(arguments, texts, strict=True):
        sides = {s for s, needle in evidence if needle and needle in text}
        good += side in sides
        wrong += bool(sides) and side not in sides
        if side not in sides:
            what = "wrong side" if sides else "not a gold argument"
            result.wrong.append(("arguments", argument.get("id", ""),
                                 f"{what} ({side}): {argument.get('claim', '')[:60]!r}"))
    result.scores["arguments.precision"] = (good, len(arguments))
    result.scores["arguments.wrong_side"] = (wrong, len(arguments))
    # Of the arguments that match a gold claim, the share put on that claim's side.
    result.scores["arguments.side_right"] = (good, good + wrong)


def _score_timeline(gold: Mapping[str, Any], pred: Mapping[str, Any], sentences: Mapping[str, str],
                    result: Result) -> None:
    golds = gold.get("timeline") or []
    hits = dated = 0
    for g in golds:
        needle = normalise(g.get("evidence"))
        events = [e for e in pred.get("timeline", []) if needle and needle in evidence_text(e, sentences, "event")]
        if not events:
            result.misses.append(f"missed event: {g.get('event', '')[:60]!r}")
            continue
        hits += 1
        want = str(g.get("date") or "")[:7].rstrip("-")
        if not want[:4].isdigit() or any(str(e.get("date") or "").startswith(want) for e in events):
            dated += 1
        else:
            result.wrong += [("timeline", e.get("id", ""), f"wrong date for {g.get('event', '')[:40]!r}: "
                              f"gold {g.get('date')}, got {e.get('date')}") for e in events[:1]]
    result.scores["timeline.recall"] = (hits, len(golds))
    result.scores["timeline.date_right"] = (dated, len(golds))


def total(results: Sequence[Result]) -> dict[str, Score]:
    """Counts summed over articles (micro average)."""
    out: dict[str, Score] = {}
    for result in results:
        for name, (hits, of) in result.scores.items():
            old = out.get(name, (0, 0))
            out[name] = (old[0] + hits, old[1] + of)
    return out


# --- running the pipeline over the sets ---------------------------------------------------------


def article_files(case: Path) -> list[Path]:
    """The article files of a case folder; a metadata sidecar (``article.yml``) is not one."""
    from generator.ingest import FORMATS

    return sorted(p for p in case.glob("article.*") if p.suffix.lower() in FORMATS)


def find_cases(folder: Path) -> list[Path]:
    """Folders of ``folder`` holding a ``gold.yaml`` and exactly one article file."""
    if not folder.is_dir():
        return []
    return sorted(case for case in folder.iterdir()
                  if (case / "gold.yaml").is_file() and len(article_files(case)) == 1)


def default_devset() -> Path | None:
    """``shared/devset`` beside the project root or one of its parents (worktrees nest deeper)."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "devset"
        if candidate.is_dir():
            return candidate
    return None


def run_set(cases: Sequence[Path], nlp: Any, knowledge: Any) -> list[tuple[Result, dict[str, Any]]]:
    """Analyse every case with one pipeline and score it against its gold; each result comes
    with its analysis as traced JSON data."""
    from generator.analyse import trace_articles
    from generator.ingest import read_article
    from generator.serialize import to_dict

    articles = [read_article(article_files(case)[0]) for case in cases]
    results = []
    for case, run in zip(cases, trace_articles(nlp, articles, knowledge), strict=True):
        gold = yaml.safe_load((case / "gold.yaml").read_text(encoding="utf-8"))
        data = to_dict(run.analysis, run.traces)
        results.append((score(gold, data, case.name), data))
    return results


def misses_report(result: Result, data: Mapping[str, Any]) -> str:
    """What an article missed, then each wrong item with the trace of the rules that made it."""
    lines = [f"-- misses: {result.slug}"]
    lines += [f"   - {miss}" for miss in result.misses]
    items = {(section, item.get("id")): item for section in ("actors", "quotes", "arguments", "timeline")
             for item in data.get(section, [])}
    for section, item_id, what in result.wrong:
        lines.append(f"   - {what} [{item_id}]")
        for trace in items.get((section, item_id), {}).get("trace", []):
            sentences = ",".join(trace.get("sentences", []))
            where = f" [{sentences}]" if sentences else ""
            lines.append(f"       {trace['stage']}/{trace['rule']}: {trace['detail']}{where}")
    if len(lines) == 1:
        lines.append("   (none)")
    return "\n".join(lines)


def _cell(name: str, value: Score | None) -> str:
    if value is None or (value[1] == 0 and name not in COUNTS):
        return "-"
    if name in COUNTS:
        return str(value[0])
    return f"{100 * value[0] / value[1]:.0f}"


def table(title: str, results: Sequence[Result]) -> str:
    """Per-article percentages (counts for split and wrong side), then the overall counts."""
    width = max([len(r.slug) for r in results] + [10])
    lines = [f"== {title}", " ".join([f"{'article':{width}}"] + [f"{short:>6}" for short in MEASURES.values()])]
    for result in results:
        cells = [f"{_cell(name, result.scores.get(name)):>6}" for name in MEASURES]
        lines.append(" ".join([f"{result.slug:{width}}"] + cells))
    lines.append(f"-- {title} overall")
    for name, (hits, of) in total(results).items():
        pct = f"{100 * hits / of:5.1f}%" if of else "   n/a"
        lines.append(f"   {name:26} {hits:4d}/{of:<4d} {pct}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--evalset", type=Path, default=ROOT / "tests" / "evalset", help="our evaluation set")
    parser.add_argument("--holdout", type=Path, default=ROOT / "tests" / "holdout",
                        help="our held-out set (measured, never read to write rules)")
    parser.add_argument("--devset", type=Path, default=None, help="the development corpus (default: shared/devset)")
    parser.add_argument("--no-devset", action="store_true", help="score our own sets only")
    parser.add_argument("--only", action="append", default=[], help="only articles whose folder name contains TEXT")
    parser.add_argument("--misses", action="store_true",
                        help="list what each article missed (never for the held-out set)")
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE", help="write the numbers as JSON (- = stdout)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the project's)")
    args = parser.parse_args(argv)

    from generator.analyse.nlp import DEFAULT_MODEL, load_pipeline
    from generator.knowledge import load_knowledge

    sets = {"evalset": args.evalset, "holdout": args.holdout}
    devset = args.devset or (None if args.no_devset else default_devset())
    if devset is not None:
        sets["devset"] = devset
    chosen = {name: [c for c in find_cases(path) if not args.only or any(o in c.name for o in args.only)]
              for name, path in sets.items()}
    if not any(chosen.values()):
        print(f"no gold.yaml + article.* folders found in {', '.join(map(str, sets.values()))}", file=sys.stderr)
        return 1
    nlp, knowledge = load_pipeline(args.model or DEFAULT_MODEL), load_knowledge()
    report: dict[str, Any] = {}
    for name, cases in chosen.items():
        if not cases:
            continue
        scored = run_set(cases, nlp, knowledge)
        results = [result for result, _ in scored]
        report[name] = {"overall": {k: list(v) for k, v in total(results).items()},
                        "articles": {r.slug: {k: list(v) for k, v in r.scores.items()} for r in results}}
        if args.json != "-":
            print(table(f"{name} ({sets[name]})", results))
            # The held-out set is measured only: listing its misses would let its text steer the rules.
            if args.misses and name == "holdout":
                print("(misses of the held-out set are not listed)")
            elif args.misses:
                for result, data in scored:
                    print(misses_report(result, data))
            print()
    if args.json == "-":
        print(json.dumps(report, indent=2, sort_keys=True))
    elif args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
