"""Apply an overrides file to the machine's analysis, recording every change for the site."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from generator.model import Analysis, Argument, Event, Point, Sides
from generator.overrides.actors import ActorFix, fix_actors, names_in
from generator.overrides.ledger import Ledger, id_list, short
from generator.overrides.schema import Entry, Overrides, Problem

# Section name -> (attribute of Analysis, how an item is labelled for readers).
COLLECTIONS: dict[str, tuple[str, Callable[[Any], str]]] = {
    "quotes": ("quotes", lambda q: short(q.text)),
    "arguments": ("arguments", lambda a: short(a.claim)),
    "stakes": ("stakes", lambda k: short(k.text)),
    "events": ("timeline", lambda e: f"{e.date}: {short(e.event, 50)}"),
    "figures": ("figures", lambda f: f"{f.value}: {short(f.what, 50)}"),
    "terms": ("glossary", lambda t: t.term),
}


@dataclass(frozen=True, slots=True)
class Applied:
    """The corrected analysis and what the editor should know about the overrides."""

    analysis: Analysis
    problems: tuple[Problem, ...]
    """Fields not understood, and stale overrides; none of these were applied."""
    reviewed: frozenset[str]
    """Ids of items an editor corrected or confirmed (``explainer check`` leaves them alone)."""

    @property
    def stale(self) -> tuple[Problem, ...]:
        return tuple(problem for problem in self.problems if problem.stale)


def apply_overrides(analysis: Analysis, overrides: Overrides | None) -> Applied:
    """Return ``analysis`` corrected by ``overrides``; a pure function of both.

    Items are matched by id. An entry whose id matches nothing is reported as stale and
    applies nothing; so is a field that was not understood.
    """
    if overrides is None:
        return Applied(analysis, (), frozenset())
    ledger = Ledger(overrides, problems=list(overrides.problems))
    by_section: dict[str, list[Entry]] = {}
    for entry in overrides.entries:
        by_section.setdefault(entry.section, []).append(entry)

    fix = fix_actors(analysis, by_section.get("actors", []), ledger)
    result = _follow_actors(analysis, fix)
    names = {actor.id: actor.name for actor in result.actors}
    touched_speakers: set[str | None] = set()
    for section, (attribute, label) in COLLECTIONS.items():
        items = list(getattr(result, attribute))
        known = [item.id for item in items]
        kept = []
        entries = {entry.target: entry for entry in by_section.get(section, [])}
        for target, stale in entries.items():
            if target not in known:
                ledger.problem(stale.line, f"{section}: no {section[:-1]} has id '{target}' (stale override); "
                               f"{section} in the article: {id_list(known)}", stale=True)
        for item in items:
            found = entries.get(item.id)
            if found is not None:
                item = _correct(section, item, found, label(item), ledger, names, touched_speakers)
            if item is not None:
                kept.append(item)
        if section == "events":
            kept.sort(key=lambda event: (event.date, event.evidence))
        changed: dict[str, Any] = {attribute: tuple(kept)}
        result = dataclasses.replace(result, **changed)
        if section == "quotes":
            result = _arguments_follow_quotes(result, analysis.quotes, by_section, ledger, names,
                                              touched_speakers)
    result = _article(result, overrides, ledger)
    pinned = {entry.target for entry in by_section.get("actors", []) if "stance" in entry.values}
    result = _actor_links(result, touched_speakers - pinned)
    result = dataclasses.replace(result, edits=result.edits + ledger.edits(), notes=result.notes + ledger.notes())
    return Applied(result, tuple(ledger.problems), frozenset(ledger.reviewed))


def _follow_actors(analysis: Analysis, fix: ActorFix) -> Analysis:
    """Point every reference at the corrected actors (merged, split or hidden)."""
    def one(actor_id: str | None, evidence: Sequence[str] = ()) -> str | None:
        if actor_id in fix.moved:
            new_id, names = fix.moved[actor_id]
            texts = [analysis.article.sentence(s).text for s in evidence]
            if texts and any(names_in(text, names) for text in texts):
                return new_id
        return fix.remap.get(actor_id, actor_id) if actor_id is not None else None

    def many(ids: Sequence[str], evidence: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(new for new in (one(i, evidence) for i in ids) if new is not None))

    return dataclasses.replace(
        analysis, actors=fix.actors,
        quotes=tuple(dataclasses.replace(q, speaker=one(q.speaker, q.evidence)) for q in analysis.quotes),
        arguments=tuple(dataclasses.replace(a, speaker=one(a.speaker, a.evidence)) for a in analysis.arguments),
        stakes=tuple(dataclasses.replace(k, actors=many(k.actors, k.evidence)) for k in analysis.stakes),
        timeline=tuple(dataclasses.replace(e, actors=many(e.actors, e.evidence)) for e in analysis.timeline),
        positions=tuple(dataclasses.replace(p, actor=one(p.actor) or "") for p in analysis.positions
                        if one(p.actor) is not None),
    )


def _correct(section: str, item: Any, entry: Entry, label: str, ledger: Ledger, names: dict[str, str],
             touched_speakers: set[str | None]) -> Any:
    """One item with the editor's fields applied, or ``None`` when hidden."""
    values = entry.values
    if "speaker" in values:
        speaker = values["speaker"]
        if speaker is not None and speaker not in names:
            ledger.problem(entry.lines["speaker"], f"{section}: '{entry.target}': speaker '{speaker}' is not an "
                           f"actor of the article; actors: {id_list(sorted(names))}")
        elif speaker != item.speaker:
            touched_speakers.update({speaker, item.speaker})
            ledger.change(section, item.id, label, f"speaker set to {names.get(speaker or '', 'not stated')} "
                          f"(was: {names.get(item.speaker or '', 'not stated')})")
            item = dataclasses.replace(item, speaker=speaker)
        else:
            ledger.reviewed.add(item.id)
    if isinstance(item, Argument) and "side" in values:
        if values["side"] != item.side:
            touched_speakers.add(item.speaker)
            ledger.change(section, item.id, label, f"moved to the {values['side']} side (was: {item.side})")
        item = dataclasses.replace(item, side=values["side"], confidence=1.0)
        ledger.reviewed.add(item.id)
    if isinstance(item, Argument) and values.get("theme", item.theme) != item.theme:
        ledger.change(section, item.id, label, f"theme set to {values['theme']} (was: {item.theme})")
        item = dataclasses.replace(item, theme=values["theme"])
    if isinstance(item, Event) and values.get("date", item.date) != item.date:
        ledger.change(section, item.id, label, f"date set to {values['date']} (was: {item.date})")
        item = dataclasses.replace(item, date=values["date"])
    if section == "terms" and values.get("definition", item.definition) != item.definition:
        ledger.change(section, item.id, label, "definition rewritten by an editor")
        item = dataclasses.replace(item, definition=values["definition"], origin="glossary")
    if values.get("note"):
        ledger.note(section, item.id, label, values["note"])
    if values.get("reviewed"):
        ledger.reviewed.add(item.id)
    if values.get("hide"):
        if isinstance(item, Argument):
            touched_speakers.add(item.speaker)
        ledger.hide(section, item.id, label)
        return None
    return item


def _arguments_follow_quotes(analysis: Analysis, before: Sequence[Any], by_section: dict[str, list[Entry]],
                             ledger: Ledger, names: dict[str, str], touched: set[str | None]) -> Analysis:
    """Arguments drawn from a quote whose speaker an editor fixed take the new speaker too."""
    old = {quote.id: quote.speaker for quote in before}
    own = {entry.target for entry in by_section.get("arguments", []) if "speaker" in entry.values}
    fixed = [(set(q.evidence), old.get(q.id), q.speaker) for q in analysis.quotes
             if q.id in old and old[q.id] != q.speaker and q.speaker is not None]
    if not fixed:
        return analysis
    arguments = []
    for argument in analysis.arguments:
        for evidence, was, now in fixed:
            if argument.id not in own and argument.speaker == was and set(argument.evidence) <= evidence:
                ledger.change("arguments", argument.id, short(argument.claim),
                              f"speaker set to {names.get(now or '', now)} with the quote it comes from")
                argument = dataclasses.replace(argument, speaker=now)
                touched.update({was, now})
        arguments.append(argument)
    return dataclasses.replace(analysis, arguments=tuple(arguments))


def _article(analysis: Analysis, overrides: Overrides, ledger: Ledger) -> Analysis:
    """Pinned title and lede, the question and the side labels."""
    values = overrides.article
    label = analysis.article.title
    article, sides, lede = analysis.article, analysis.sides, analysis.lede
    if "title" in values and values["title"] != article.title:
        ledger.change("article", "article", label, f"title pinned to “{values['title']}”")
        article = dataclasses.replace(article, meta=dataclasses.replace(article.meta, title=values["title"]))
    if "lede" in values and (lede is None or values["lede"] != lede.text):
        ledger.change("article", "article", label, "lede written by an editor")
        lede = Point(text=values["lede"], evidence=())
    if "question" in values and (sides is None or values["question"] != sides.question):
        ledger.change("article", "article", label, f"question set to “{values['question']}”")
        sides = dataclasses.replace(sides, question=values["question"], derived=False) if sides is not None \
            else Sides(question=values["question"], for_label="Yes", against_label="No")
    for key, attribute in (("for_label", "for_label"), ("against_label", "against_label")):
        if key in values and sides is not None and values[key] != getattr(sides, attribute):
            side = key.split("_")[0]
            ledger.change("article", "article", label, f"label of the {side} side set to “{values[key]}”")
            sides = dataclasses.replace(sides, **{attribute: values[key]})
    if values.get("note"):
        ledger.note("article", "article", label, values["note"])
    return dataclasses.replace(analysis, article=article, sides=sides, lede=lede)


def _actor_links(analysis: Analysis, touched: set[str | None]) -> Analysis:
    """Each actor's quotes, and the stance of actors whose arguments an editor changed."""
    quotes: dict[str, list[str]] = {}
    for quote in analysis.quotes:
        if quote.speaker:
            quotes.setdefault(quote.speaker, []).append(quote.id)
    actors = []
    for actor in analysis.actors:
        actor = dataclasses.replace(actor, quotes=tuple(quotes.get(actor.id, ())))
        if actor.id in touched:
            sides = {a.side for a in analysis.arguments if a.speaker == actor.id}
            stance = "mixed" if len(sides) == 2 else (sides.pop() if sides else "none")
            actor = dataclasses.replace(actor, stance=stance)
        actors.append(actor)
    return dataclasses.replace(analysis, actors=tuple(actors))
