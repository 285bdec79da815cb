"""The numbers the analysis rules weigh with, in one typed place.

Each stage reads its own section from ``ctx.settings``. The defaults are what the evaluation
sets were measured with; a change here changes the analysis (and the cache key, as this file
is part of the generator's code).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class GenreSettings:
    questions: int = 3
    """Questions followed by answers that make a text a question-and-answer interview."""
    first_person_answers: float = 0.5
    """Share of answer blocks that must speak in the first person."""
    first_singular: int = 3
    """Own sentences saying "I" that an opinion piece needs at least."""
    first_plural: int = 4
    """Own sentences saying "we" that a statement needs at least."""
    own_share: float = 0.15
    """Share of the own sentences those must be."""


@dataclass(frozen=True, slots=True)
class QuestionSettings:
    topic_mentions: int = 4
    """Times a topic pack's detection cues must occur in a text whose question does not use them."""
    topic_cooccurrences: int = 3
    """Sentences that must pair a pack's action and object cues to count as that topic."""
    proposal_mentions: int = 3
    """Weight a proposal noun phrase needs (title counts double) to become the question."""
    contention_sentences: int = 2
    """Sentences with a verb or noun of contention ("criticise", "deny", "critics") that make a
    report one that argues, when nothing else gives it a question."""


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    fragment_words: int = 3
    """Quotations of at most this many words are fragments (scare quotes, terms)."""
    antecedent_reach: int = 1500
    """Characters back a pronoun looks for the actor it stands for."""
    headline_majority: int = 3
    """Quotations one speaker needs before a cue-less headline quotation is theirs."""


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    first_singular: int = 3
    """Own sentences saying "I" that make the narrator an "I" (an op-ed)."""
    first_plural: int = 4
    """At least this many own sentences saying "we" (and a fifth of them) make a "we" narrator."""


@dataclass(frozen=True, slots=True)
class ArgumentSettings:
    min_words: int = 4
    """Shorter sentences (other than headings) are never arguments."""
    claim_words: int = 22
    """Longest claim shown; longer ones are cut to their weightiest clause."""
    headline_weight: int = 3
    """How many arguments the headline's side weighs like, in an article with its own voice."""
    stance_share: float = 0.65
    """Share of one side a speaker's arguments need before the speaker's stance decides cue-less ones."""
    voice_share: float = 0.6
    """The same share for the article's own voice when its headline takes a side."""
    voice_arguments: int = 4
    """Arguments the article's own voice needs (without a headline side) for a stance of its own."""
    declared_weight: int = 3
    """How many arguments a side an actor declares by a verb ("opposes the plan") weighs like."""
    turn_weight: int = 1
    """How many arguments the camp a report's structure puts a speaker in weighs like."""
    camp_margin: int = 2
    """Lead (in arguments) that makes a speaker's camp clear enough to take its weakly judged statements."""
    camp_override: float = 2.0
    """Strongest score of a statement that a clear camp of its speaker turns to the camp's side."""
    run_sentences: int = 3
    """Most sentences one consolidated argument rests on (a speaker's run arguing one way)."""
    idea_nouns: int = 2
    """Content nouns two statements of one speaker on one side must share to be one idea."""
    opening_sentences: int = 4
    """Sentences of the opening, whose judgements weigh double when they set a claim's direction."""
    valence_least: float = 1.5
    """Weakest VADER valence (of 4) that makes a word judge what it is about."""


@dataclass(frozen=True, slots=True)
class StanceSettings:
    share: float = 0.65
    """Share of an actor's arguments on one side for a stance of ``for`` or ``against`` (else mixed)."""


@dataclass(frozen=True, slots=True)
class StakeSettings:
    share: float = 0.7
    """Share of candidate sentences kept, the strongest first."""
    min_kept: int = 3
    """Candidates always kept when there are that many."""
    min_score: float = 2.0
    """Weakest score a stake may have."""
    max_words: int = 18
    """Longest stake phrase."""


@dataclass(frozen=True, slots=True)
class TimelineSettings:
    max_words: int = 16
    """Longest event phrase."""


@dataclass(frozen=True, slots=True)
class SummarySettings:
    lede_words: int = 40
    """Longest lede."""
    key_points: int = 5
    """Most key points."""
    background: int = 6
    """Most background items."""
    brief_per_side: int = 2
    """Actors named on each side in the brief."""


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """Every stage's settings."""

    genre: GenreSettings = field(default_factory=GenreSettings)
    question: QuestionSettings = field(default_factory=QuestionSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    voices: VoiceSettings = field(default_factory=VoiceSettings)
    arguments: ArgumentSettings = field(default_factory=ArgumentSettings)
    stances: StanceSettings = field(default_factory=StanceSettings)
    stakes: StakeSettings = field(default_factory=StakeSettings)
    timeline: TimelineSettings = field(default_factory=TimelineSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)


DEFAULT_SETTINGS = AnalysisSettings()
