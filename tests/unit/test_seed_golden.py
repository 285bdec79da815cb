"""The seed's analysis, pinned in one readable golden file (tests/golden/seed.yml).

What the seed explainer says (its actors, who said what, the arguments and their sides, stakes,
timeline, figures, terms) is compared with the golden file as a whole. A change of the rules that
changes the seed's analysis fails here with a diff; when the change is wanted, run
``pytest tests/unit/test_seed_golden.py --update-golden`` and review the file's diff like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from generator.model import Analysis

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "seed.yml"


def summary(analysis: Analysis) -> dict[str, Any]:
    """The seed's analysis in the words a reviewer checks: ids, kinds, speakers, sides, dates."""
    def words(text: str, most: int = 12) -> str:
        parts = text.split()
        return " ".join(parts[:most]) + (" …" if len(parts) > most else "")

    return {
        "question": analysis.sides.question,
        "sides": [analysis.sides.for_label, analysis.sides.against_label],
        "lede": analysis.lede.text if analysis.lede else None,
        "key_points": [f"{p.evidence[0]}: {words(p.text, 16)}" for p in analysis.summary],
        "background": [f"{p.evidence[0]}: {words(p.text)}" for p in analysis.background],
        "brief": [f"{','.join(p.evidence)}: {p.text}" for p in analysis.brief],
        "actors": {a.id: f"{a.kind}, {a.stance}; {a.name}" + (f" = {', '.join(a.aliases)}" if a.aliases else "")
                   for a in analysis.actors},
        "descriptions": {a.id: f"({a.description_origin}) {words(a.description, 12)}"
                         for a in analysis.actors if a.description},
        "quotes": [f"{q.id} {q.speaker or '-'}{' (fragment)' if q.fragment else ''}: {words(q.text, 8)}"
                   + (f" [cue: {q.cue}]" if q.cue else "") for q in analysis.quotes],
        "arguments": [f"{a.id} {a.side} {a.speaker or '-'} ({a.theme}): {a.claim}" for a in analysis.arguments],
        "positions": [f"{p.actor}: {p.side}" for p in analysis.positions],
        "stakes": [f"{s.id} {s.category} {','.join(s.actors) or '-'}: {s.text}" for s in analysis.stakes],
        "timeline": [f"{e.id} {e.date}{' (expected)' if e.expected else ''}{' (approximate)' if e.approximate else ''}: "
                     f"{e.event}" for e in analysis.timeline],
        "figures": [f"{f.id} {f.value}: {f.what}" for f in analysis.figures],
        "glossary": [f"{t.id} {t.term} ({t.origin}): {words(t.definition, 8)}" for t in analysis.glossary],
    }


def _dump(data: dict[str, Any]) -> str:
    return ("# The seed's analysis; regenerate with: pytest tests/unit/test_seed_golden.py --update-golden\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))


def test_the_seed_analysis_is_the_golden_one(seed_analysis, request):
    current = _dump(summary(seed_analysis))
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(current, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), current.splitlines(True), "golden", "now"))
    assert not diff, "the seed's analysis changed (rerun with --update-golden if that is wanted):\n" + diff
