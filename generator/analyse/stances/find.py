"""Each actor's stance on the question: from the arguments it makes, else what it declares, its
members' stances, or the side the article places it on."""

from __future__ import annotations

import re
from collections import Counter

from generator.analyse.common.stance_verbs import declared_stances
from generator.analyse.context import Context
from generator.analyse.contracts import ActorStance, Arguments, Cast, Found, Trace, Voices
from generator.model import Actor, Argument, Position, Stance


def find_stances(ctx: Context, cast: Cast, arguments: Arguments, positions: tuple[Position, ...],
                 voices: Voices) -> Found[ActorStance]:
    """The stance of every actor of ``cast`` (``none`` when nothing says it)."""
    declared = dict(arguments.declared) or declared_stances(ctx.doc, cast, ctx.frame.proposal, ctx.frame.opposite)
    why: dict[str, Trace] = {}
    stance_of = stances(ctx, cast.actors, arguments.items, positions, voices.narrators, arguments.thesis, declared,
                        why)
    return Found(tuple(ActorStance(actor.id, stance_of.get(actor.id, "none")) for actor in cast.actors),
                 {actor: (trace,) for actor, trace in why.items()})


def stances(ctx: Context, actors: tuple[Actor, ...], arguments: tuple[Argument, ...],
            positions: tuple[Position, ...] = (), authors: tuple[str, ...] = (), headline: int | None = None,
            declared: dict[str, str] | None = None, why: dict[str, Trace] | None = None) -> dict[str, Stance]:
    """Each actor's stance from the sides of the arguments it makes: mostly one way, or mixed.

    The ``authors`` of an article that argues in its own voice make the voice's arguments too,
    and its ``headline`` side (the arguments' thesis) weighs like a few of them. An actor that
    argues nothing takes the stance it ``declared`` ("X opposes the plan", see :mod:`.declared`).
    An organisation that argues nothing itself takes the stance of the people the text places in
    it ("head of policy at OpenAI"), else the side the article places it on (its position).
    ``why``, when given, receives the trace of each stance that is not ``none``.
    """
    why = why if why is not None else {}
    out: dict[str, Stance] = {}
    share = ctx.settings.stances.share
    weight = ctx.settings.arguments.headline_weight
    # A point conceded to the other side ("the risks are real, of course") is not the actor's stance,
    # nor a decision not to do what the proposal does, which those on its side say of their limits too.
    concession = ctx.lexicons.arguments.concession
    withholding = ctx.frame.withhold
    for actor in actors:
        voice = actor.id in authors
        own = [argument for argument in arguments
               if (argument.speaker == actor.id or (voice and argument.speaker is None))
               and not concession.search(argument.claim)
               and not (withholding is not None and withholding.search(argument.claim))]
        # A consolidated argument weighs as the sentences it rests on.
        counts: Counter[str] = Counter()
        for argument in own:
            counts[argument.side] += len(argument.evidence)
        if voice and headline:
            counts["for" if headline > 0 else "against"] += weight
        out[actor.id] = _stance(counts["for"], counts["against"], share)
        if out[actor.id] != "none":
            whose = "its own and the article's voice" if voice else "its own"
            headline_part = f", the headline's side weighing {weight}" if voice and headline else ""
            why[actor.id] = Trace("stances", "arguments", f"{out[actor.id]}: {counts['for']} for, {counts['against']} "
                                  f"against among {whose} arguments (concessions aside){headline_part}",
                                  tuple(dict.fromkeys(sid for argument in own for sid in argument.evidence)))
        if out[actor.id] == "none" and declared and actor.id in declared:
            out[actor.id] = declared[actor.id]  # type: ignore[assignment]
            why[actor.id] = Trace("stances", "declared", f"{declared[actor.id]}: a verb of support or opposition "
                                  "whose doer it is (\"opposes the plan\")", actor.mentions)
    for actor in actors:
        if out[actor.id] != "none" or actor.kind != "organization":
            continue
        members = Counter(out[other.id] for other in actors
                          if other.kind == "person" and other.description and out[other.id] in ("for", "against")
                          and re.search(rf"\b{re.escape(actor.name)}\b", other.description))
        if members:
            out[actor.id] = _stance(members["for"], members["against"], share)
            why[actor.id] = Trace("stances", "members", f"{out[actor.id]}: the stances of the people the text "
                                  f"places in it ({members['for']} for, {members['against']} against)")
            continue
        position = next((p for p in positions if p.actor == actor.id), None)
        if position is not None and position.side in ("for", "against"):
            out[actor.id] = position.side
            why[actor.id] = Trace("stances", "position", f"{position.side}: what the article says it does",
                                  position.evidence)
    return out


def _stance(pro: int, con: int, share: float) -> Stance:
    total = pro + con
    if not total:
        return "none"
    if pro / total >= share:
        return "for"
    if con / total >= share:
        return "against"
    return "mixed"
