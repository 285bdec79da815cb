"""``explainer check``: what in each article needs an editor, with an exit code for CI.

Findings are items the analysis is unsure of: quotes without a speaker, actors whose kind
nobody confirmed, arguments whose side is uncertain, events without a precise date. An
editor clears one by correcting or confirming it (``reviewed: true``) in the overrides file.
Stale or misunderstood overrides are reported too: they block a CI job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.knowledge import Knowledge
from generator.model import Analysis
from generator.overrides import Applied
from generator.overrides.apply import COLLECTIONS
from generator.overrides.ledger import short

# Below this confidence an argument's side is worth a look.
UNCERTAIN_SIDE = 0.75
_FULL_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


@dataclass(frozen=True, slots=True)
class Finding:
    """One item that needs an editor."""

    kind: str
    """``speaker``, ``kind``, ``side`` or ``date``."""
    target: str
    """The item's id, to use in the overrides file."""
    message: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """What needs an editor in one article."""

    path: str
    slug: str
    title: str
    findings: tuple[Finding, ...]
    overrides: tuple[str, ...]
    """Problems of the overrides file: stale entries and fields not understood."""

    @property
    def clean(self) -> bool:
        return not self.findings and not self.overrides


def review(applied: Applied, knowledge: Knowledge) -> Report:
    """The findings of one corrected analysis."""
    analysis = applied.analysis
    done = applied.reviewed
    findings: list[Finding] = []
    for quote in analysis.quotes:
        if quote.speaker is None and not quote.fragment and quote.id not in done:
            findings.append(Finding("speaker", quote.id, f"quote without a speaker: “{short(quote.text)}”",
                                    quote.evidence))
    for actor in analysis.actors:
        if actor.id in done or knowledge.entity(actor.name) is not None or actor.description:
            continue
        findings.append(Finding("kind", actor.id, f"actor “{actor.name}”: kind '{actor.kind}' is the model's "
                                "guess (not in the knowledge file, no description)", actor.mentions[:1]))
    for argument in analysis.arguments:
        if argument.confidence < UNCERTAIN_SIDE and argument.id not in done:
            findings.append(Finding("side", argument.id, f"argument on the {argument.side} side with confidence "
                                    f"{argument.confidence:.2f}: “{short(argument.claim)}”", argument.evidence))
    for event in analysis.timeline:
        if event.id in done or (event.date and _year_as_written(analysis, event.date, event.evidence)):
            continue
        if not event.date or not _FULL_DATE.match(event.date):
            what = "undated event" if not event.date else f"event dated only to the year {event.date}"
            findings.append(Finding("date", event.id, f"{what}: “{short(event.event)}”", event.evidence))
    article = analysis.article
    return Report(article.path, article.slug, article.title, tuple(findings),
                  tuple(str(problem) for problem in applied.problems))


def _year_as_written(analysis: Analysis, date: str, evidence: tuple[str, ...]) -> bool:
    """A bare year the article itself writes ("by 2030") is as precise as the text: nothing to fix."""
    if not re.fullmatch(r"\d{4}", date):
        return False
    texts = []
    for sentence_id in evidence:
        try:
            texts.append(analysis.article.sentence(sentence_id).text)
        except (KeyError, ValueError):
            continue
    return any(re.search(rf"\b{date}\b", text) for text in texts)


def item_ids(analysis: Analysis) -> list[tuple[str, str, str]]:
    """Every addressable item as (section, id, label), for writing an overrides file."""
    rows = [("actors", actor.id, f"{actor.name} ({actor.kind})") for actor in analysis.actors]
    for section, (attribute, label) in COLLECTIONS.items():
        rows.extend((section, item.id, label(item)) for item in getattr(analysis, attribute))
    return rows


def format_report(report: Report) -> list[str]:
    """Human-readable lines for one article."""
    count = len(report.findings) + len(report.overrides)
    head = f"{report.path} ({report.slug}): " + ("nothing to review" if not count else f"{count} to review")
    lines = [head]
    lines.extend(f"  overrides: {problem}" for problem in report.overrides)
    lines.extend(f"  {finding.target}: {finding.message}"
                 + (f" [{', '.join(finding.evidence)}]" if finding.evidence else "") for finding in report.findings)
    return lines


NEEDS_EDITOR = 5


def exit_status(reports: Sequence[Report], *, strict: bool) -> int:
    """0 when nothing blocks; 5 when an overrides file has problems, or (``strict``) anything needs review."""
    if any(report.overrides for report in reports):
        return NEEDS_EDITOR
    if strict and any(report.findings for report in reports):
        return NEEDS_EDITOR
    return 0
