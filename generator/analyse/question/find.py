"""The central question, the labels of its two sides, and the topic pack the article belongs to.

The metadata's ``question`` wins. Otherwise the question is derived from what the article
discusses most: a topic pack's question when the text keeps coming back to its vocabulary,
else the proposal (a plan, ban, charge, bill, loan, trial ...) it names most often.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.analyse.context import Frame
from generator.analyse.lexicons import Lexicons
from generator.analyse.settings import AnalysisSettings
from generator.model import Article, Sides

# Head nouns of things people argue about adopting or stopping.
PROPOSAL_NOUNS = frozenset(
    "plan plans ban charge bill law tax loan subsidy trial extension policy proposal deal reform scheme project "
    "rule rules measure measures decision strike merger programme program mandate cut cuts increase release "
    "referendum treaty agreement motion budget pilot moratorium levy fee tariff regulation regulations "
    "expansion closure restriction restrictions".split())
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|its|their|his|her|our|any|such)\s+", re.IGNORECASE)
_QUESTION_STOP = frozenset({"should", "would", "could", "will", "does", "did", "is", "are", "be", "the", "a", "an",
                            "of", "to", "in", "on", "for", "and", "or", "its", "their", "it", "with", "by", "than",
                            "rather", "this", "that", "case", "made", "right", "what", "whether", "do", "have",
                            "has"})


def frame_question(article: Article, doc: Doc, lexicons: Lexicons, settings: AnalysisSettings) -> Frame:
    """The question at issue and its sides, the topic pack whose vocabulary the article uses, and
    what the proposal and its opposite are called."""
    limits = settings.question
    # The question, else the headline, says what the article is about most plainly.
    topic = lexicons.topic(article.meta.question or article.title, article.text, mentions=limits.topic_mentions,
                           cooccurrences=limits.topic_cooccurrences)
    question = article.meta.question
    if question:
        labels = topic.labels_when_set if topic is not None else ("Yes", "No")
        sides = Sides(question=question, for_label=labels[0], against_label=labels[1])
    elif topic is not None:
        sides = Sides(question=topic.question, for_label=topic.labels[0], against_label=topic.labels[1],
                      derived=True)
    else:
        sides = _derived_sides(article, doc, limits.proposal_mentions)
    proposal = topic.proposal if topic is not None else question_terms(sides.question)
    return Frame(sides=sides, topic=topic, proposal=proposal, opposite=topic.opposite if topic is not None else None)


def _derived_sides(article: Article, doc: Doc, needed: int) -> Sides:
    proposal = _main_proposal(doc, article.title, needed)
    if proposal:
        return Sides(question=f"Should {proposal} go ahead?", for_label=f"For {proposal}",
                     against_label=f"Against {proposal}", derived=True)
    subject = article.title.rstrip(".?!")
    return Sides(question=f"Is the case made in “{subject}” right?", derived=True)


def question_terms(question: str) -> re.Pattern[str] | None:
    """Content words of a question outside a known topic: what the proposal is called."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]{2,}", question) if w.lower() not in _QUESTION_STOP]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w[:-1] if w.endswith("s") else w) for w in words) + r")",
                      re.IGNORECASE)


def _main_proposal(doc: Doc, title: str, needed: int) -> str | None:
    """The proposal noun phrase the article names most often ("the congestion charge")."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for word in re.findall(r"[a-z]+", title.lower()):
        if word in PROPOSAL_NOUNS:
            counts[word] += 2
    for chunk in doc.noun_chunks:
        if chunk.root.lower_ not in PROPOSAL_NOUNS or chunk.root.tag_ == "NNP":
            continue
        # Start after a possessive ("the council's contested trial" -> "contested trial").
        start = max([t.i + 1 for t in chunk if t.tag_ == "POS" or t.dep_ == "poss"] + [chunk.start])
        words = [t for t in doc[start:chunk.end] if t.pos_ != "NUM" and not t.is_punct or t.text == "-"]
        text = _DETERMINERS.sub("", doc[words[0].i:chunk.end].text if words else "").strip()
        if not text or len(text.split()) > 5:
            continue
        key = text.lower()
        counts[chunk.root.lower_] += 1
        counts[key] += 2 if len(text.split()) > 1 else 0
        first.setdefault(key, text)
        first.setdefault(chunk.root.lower_, text)
    if not counts:
        return None
    best, number = counts.most_common(1)[0]
    if number < needed or best not in first:
        return None
    phrase = first.get(best, best)
    return f"the {phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase}"
