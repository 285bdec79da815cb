"""The typed model of an explained article.

Every item the analysis produces carries ``evidence``: the ids of the sentences of the
article it rests on. The JSON written by :mod:`generator.serialize` is this model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["person", "organization", "product", "media", "group"]
Stance = Literal["for", "against", "mixed", "none"]
Side = Literal["for", "against"]
BlockKind = Literal["paragraph", "heading", "blockquote", "item"]
FurnitureKind = Literal["byline", "dateline", "credit", "caption", "contact", "promo", "related", "references",
                        "signatures", "boilerplate", "note"]
Genre = Literal["report", "opinion", "interview", "statement"]
DescriptionOrigin = Literal["article", "knowledge", "editor"]

KINDS: tuple[str, ...] = ("person", "organization", "product", "media", "group")
GENRES: tuple[str, ...] = ("report", "opinion", "interview", "statement")
STANCES: tuple[str, ...] = ("for", "against", "mixed", "none")
SIDES: tuple[str, ...] = ("for", "against")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text."""

    title: str | None = None
    """Headline."""
    published: str | None = None
    """Publication date as ISO text, as precise as known: ``2023``, ``2023-07`` or ``2023-07-18``."""
    source: str | None = None
    """Outlet or publisher."""
    url: str | None = None
    """Where the article was published."""
    author: str | None = None
    """Byline."""
    language: str | None = None
    """BCP 47 language code such as ``en``."""
    question: str | None = None
    """The central question of the explainer, when an editor sets it."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit of the article as read from the file."""

    kind: BlockKind
    """``paragraph``, ``heading``, ``blockquote`` or list ``item``."""
    text: str
    """Plain text of the block, whitespace collapsed."""


@dataclass(frozen=True, slots=True)
class Furniture:
    """A block of the page that is not the article's body: a byline, a caption, a related link ..."""

    kind: FurnitureKind
    """``byline``, ``dateline``, ``credit`` (reporting, editing, photo credits), ``caption``, ``contact``,
    ``promo`` (newsletter, subscription, video promotion), ``related`` (teasers and links to other
    stories), ``references`` (reference lists, footnotes), ``signatures``, ``boilerplate`` (a
    translation project's header and footer, a source link) or ``note`` (an editor's note)."""
    text: str
    """Its text, whitespace collapsed."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article, the unit every citation points to."""

    id: str
    """Stable id ``s1``, ``s2``, ... in reading order."""
    text: str
    """The sentence exactly as in the article (whitespace collapsed)."""
    paragraph: int
    """Index of the block the sentence belongs to, from 0."""
    start: int
    """Offset of the sentence in :attr:`Article.text`."""
    end: int
    """End offset (exclusive) in :attr:`Article.text`."""
    kind: BlockKind = "paragraph"
    """Kind of the block the sentence belongs to."""


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested article: metadata, blocks and sentences with stable ids."""

    slug: str
    """URL-safe name, unique in a site; pages live under ``<slug>/``."""
    path: str
    """File the article was read from, as given."""
    format: Literal["txt", "md", "html"]
    """Input format."""
    meta: Metadata
    """Metadata from front matter, sidecar or HTML head."""
    blocks: tuple[Block, ...]
    """Paragraphs, headings, blockquotes and list items in reading order."""
    sentences: tuple[Sentence, ...]
    """All sentences, in reading order."""
    text: str
    """Block texts joined by blank lines; sentence offsets point into it."""
    digest: str
    """SHA-256 of the raw file bytes and its metadata, for caching."""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems found while reading (guessed encoding, unknown keys, ...)."""
    furniture: tuple[Furniture, ...] = ()
    """Page furniture found around and inside the body, in reading order; never sentences."""

    @property
    def english(self) -> bool:
        """Whether the article is in English, the one language the analysis reads."""
        return (self.meta.language or "en").lower().split("-")[0] == "en"

    @property
    def title(self) -> str:
        """The headline, or a readable form of the slug when the article has none."""
        return self.meta.title or self.slug.replace("-", " ").replace("_", " ").strip().capitalize()

    def sentence(self, sentence_id: str) -> Sentence:
        """Return the sentence with ``sentence_id``; raises ``KeyError`` when unknown."""
        index = int(sentence_id[1:]) - 1
        if index < 0 or index >= len(self.sentences):
            raise KeyError(sentence_id)
        return self.sentences[index]


@dataclass(frozen=True, slots=True)
class Point:
    """A key point, a background item or the lede: a text with its sources."""

    text: str
    """The point, in the article's words."""
    evidence: tuple[str, ...]
    """Sentence ids."""


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, product, outlet or group the article talks about."""

    id: str
    """Stable id derived from the canonical name."""
    name: str
    """Canonical name."""
    kind: Kind
    """person, organization, product, media or group."""
    aliases: tuple[str, ...]
    """Other names used for it in the text, verbatim."""
    description: str | None
    """Who or what it is, drawn from the text (apposition, role) or the knowledge file."""
    stance: Stance
    """Its stance on the central question, from the arguments it makes."""
    mentions: tuple[str, ...]
    """Ids of every sentence that mentions it."""
    quotes: tuple[str, ...] = ()
    """Ids of the quotes it speaks."""
    description_origin: DescriptionOrigin | None = None
    """Where ``description`` comes from: the article's words, the knowledge file (as of the
    article's date, never a later fact) or an editor; ``None`` without a description."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it."""

    id: str
    """Stable id derived from the quoted words."""
    text: str
    """The quoted words, without the quotation marks."""
    speaker: str | None
    """Actor id of the speaker, or ``None`` when the text does not say (or no one speaks)."""
    evidence: tuple[str, ...]
    """Sentences the quotation spans, and the one naming the speaker."""
    cue: str | None = None
    """The attribution phrase (``said Acme``), when there is one."""
    fragment: bool = False
    """A short fragment or scare quote rather than a full statement."""


@dataclass(frozen=True, slots=True)
class Argument:
    """A claim that argues for or against the central question."""

    id: str
    """Stable id derived from the claim."""
    side: Side
    """``for`` (yes to the question) or ``against``."""
    claim: str
    """The core clause of the claim."""
    speaker: str | None
    """Actor id of who makes it, ``None`` for the article's own voice."""
    theme: str
    """What it is about: transparency, safety, cost, ..."""
    evidence: tuple[str, ...]
    """Sentence ids."""
    confidence: float = 1.0
    """How sure the side is, 0 to 1."""


@dataclass(frozen=True, slots=True)
class Stake:
    """Something at stake for some actors."""

    id: str
    """Stable id derived from the text."""
    text: str
    """What is at stake, in the article's words."""
    actors: tuple[str, ...]
    """Actor ids concerned."""
    evidence: tuple[str, ...]
    """Sentence ids."""
    category: str = "other"
    """competition, revenue, reputation, control, regulation or other."""


@dataclass(frozen=True, slots=True)
class Position:
    """The side an organisation takes by what it does, where the article says it."""

    actor: str
    """Actor id."""
    side: Literal["for", "against", "mixed"]
    """``for`` (its doings answer the question yes), ``against``, or ``mixed`` when it does both."""
    evidence: tuple[str, ...]
    """Sentence ids."""


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event of the timeline."""

    date: str
    """ISO date as precise as the text allows: ``2023``, ``2023-03``, ``2023-07-18``."""
    event: str
    """Short phrase for what happened."""
    actors: tuple[str, ...]
    """Actor ids involved."""
    evidence: tuple[str, ...]
    """Sentence ids."""
    expected: bool = False
    """A future expectation rather than something that happened."""
    id: str = ""
    """Stable id ``e-…`` derived from the event's own text (set by the analysis)."""
    approximate: bool = False
    """The text gives the time only roughly ("in a few years", "the 1970s"): the date is an estimate."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number and what it counts."""

    value: str
    """The number as written."""
    what: str
    """What it counts."""
    evidence: tuple[str, ...]
    """Sentence ids."""
    id: str = ""
    """Stable id ``f-…`` derived from the number and what it counts (set by the analysis)."""


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry."""

    term: str
    """The term as shown."""
    definition: str
    """Its definition, from the article or the shipped glossary."""
    origin: Literal["article", "glossary"]
    """Where the definition comes from."""
    evidence: tuple[str, ...]
    """Sentences where the term is defined or used."""
    abbreviation: str | None = None
    """Short form such as ``LLM``, used for tooltips."""
    id: str = ""
    """Stable id ``g-…`` derived from the term (set by the analysis)."""


@dataclass(frozen=True, slots=True)
class Sides:
    """The central question and the names of its two sides."""

    question: str
    """A yes/no question."""
    for_label: str = "For"
    """Label of the yes side."""
    against_label: str = "Against"
    """Label of the no side."""
    derived: bool = False
    """True when the question was derived from the text rather than set in metadata."""


@dataclass(frozen=True, slots=True)
class Edit:
    """What an editor changed on one item through the article's overrides file."""

    target: str
    """Id of the item (an actor, quote, argument, stake, event, figure or term), or ``article``."""
    label: str
    """The item as a reader knows it: an actor's name, the start of a quote or claim."""
    changes: tuple[str, ...] = ()
    """One line per change, such as ``speaker set to Acme (was: not stated)``."""
    note: str | None = None
    """The editor's note, shown beside the item."""
    hidden: bool = False
    """The item was hidden from the explainer."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the generator knows about one article."""

    article: Article
    """The ingested article."""
    sides: Sides | None
    """The question at issue and its sides; ``None`` when the article raises none (a plain news report)."""
    lede: Point | None
    """One-line summary for the home page."""
    summary: tuple[Point, ...]
    """Three to five key points."""
    background: tuple[Point, ...]
    """Context a newcomer needs."""
    actors: tuple[Actor, ...]
    """Actors, most mentioned first."""
    quotes: tuple[Quote, ...]
    """Quotations in reading order."""
    arguments: tuple[Argument, ...]
    """Arguments for and against."""
    stakes: tuple[Stake, ...]
    """What is at stake."""
    positions: tuple[Position, ...]
    """Strategies of organisations."""
    timeline: tuple[Event, ...]
    """Dated events, sorted."""
    figures: tuple[Figure, ...]
    """Numbers and what they count."""
    glossary: tuple[Term, ...]
    """Terms a reader needs."""
    brief: tuple[Point, ...] = ()
    """In brief: who stands on each side and why, one cited clause each."""
    notes: tuple[str, ...] = field(default=())
    """Editor's notes and corrections applied (filled by overrides)."""
    edits: tuple[Edit, ...] = field(default=())
    """What an editor changed, per item (filled by overrides; empty for the machine's analysis)."""
    genre: Genre = "report"
    """``report``, ``opinion``, ``interview`` or ``statement``: how the article is written."""

    @property
    def analysed(self) -> bool:
        """Whether the text was analysed (it is in English); otherwise only its source page is published."""
        return self.article.english

    def edit(self, target: str | None) -> Edit | None:
        """The editor's changes to the item with id ``target``, or ``None``."""
        for edit in self.edits:
            if edit.target == target:
                return edit
        return None

    def actor(self, actor_id: str | None) -> Actor | None:
        """Return the actor with ``actor_id``, or ``None``."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None
