"""Each actor's stance on the question: from the arguments it makes, else what it declares, its
members' stances, or the side the article places it on."""

from __future__ import annotations

import re
from collections import Counter

from generator.analyse.context import Context
from generator.analyse.contracts import ActorStance, Arguments, Cast, Found, Voices
from generator.analyse.stances.declared import declared_stances
from generator.model import Actor, Argument, Position, Stance


def find_stances(ctx: Context, cast: Cast, arguments: Arguments, positions: tuple[Position, ...],
                 voices: Voices) -> Found[ActorStance]:
    """The stance of every actor of ``cast`` (``none`` when nothing says it)."""
    declared = declared_stances(ctx.doc, cast, ctx.frame.proposal)
    stance_of = stances(ctx, cast.actors, arguments.items, positions, voices.narrators, arguments.thesis, declared)
    return Found(tuple(ActorStance(actor.id, stance_of.get(actor.id, "none")) for actor in cast.actors))


def stances(ctx: Context, actors: tuple[Actor, ...], arguments: tuple[Argument, ...],
            positions: tuple[Position, ...] = (), authors: tuple[str, ...] = (), headline: int | None = None,
            declared: dict[str, str] | None = None) -> dict[str, Stance]:
    """Each actor's stance from the sides of the arguments it makes: mostly one way, or mixed.

    The ``authors`` of an article that argues in its own voice make the voice's arguments too,
    and its ``headline`` side (the arguments' thesis) weighs like a few of them. An actor that
    argues nothing takes the stance it ``declared`` ("X opposes the plan", see :mod:`.declared`).
    An organisation that argues nothing itself takes the stance of the people the text places in
    it ("head of policy at OpenAI"), else the side the article places it on (its position).
    """
    out: dict[str, Stance] = {}
    share = ctx.settings.stances.share
    weight = ctx.settings.arguments.headline_weight
    # A point conceded to the other side ("the risks are real, of course") is not the actor's stance,
    # nor a decision not to do what the proposal does, which those on its side say of their limits too.
    concession = ctx.lexicons.arguments.concession
    withholding = ctx.frame.withhold
    for actor in actors:
        voice = actor.id in authors
        counts = Counter(argument.side for argument in arguments
                         if (argument.speaker == actor.id or (voice and argument.speaker is None))
                         and not concession.search(argument.claim)
                         and not (withholding is not None and withholding.search(argument.claim)))
        if voice and headline:
            counts["for" if headline > 0 else "against"] += weight
        out[actor.id] = _stance(counts["for"], counts["against"], share)
        if out[actor.id] == "none" and declared and actor.id in declared:
            out[actor.id] = declared[actor.id]  # type: ignore[assignment]
    for actor in actors:
        if out[actor.id] != "none" or actor.kind != "organization":
            continue
        members = Counter(out[other.id] for other in actors
                          if other.kind == "person" and other.description and out[other.id] in ("for", "against")
                          and re.search(rf"\b{re.escape(actor.name)}\b", other.description))
        if members:
            out[actor.id] = _stance(members["for"], members["against"], share)
            continue
        side = next((p.side for p in positions if p.actor == actor.id), None)
        if side in ("for", "against"):
            out[actor.id] = side  # type: ignore[assignment]
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
