"""The central question and the labels of its two sides.

The metadata's ``question`` wins. Otherwise the question is derived from what the article
discusses most: openness of AI models when the text keeps coming back to it, else the proposal
(a plan, ban, charge, bill, loan, trial ...) it names most often.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.analyse.lexicons import load_lexicon
from generator.model import Article, Sides

# Head nouns of things people argue about adopting or stopping.
PROPOSAL_NOUNS = frozenset(
    "plan plans ban charge bill law tax loan subsidy trial extension policy proposal deal reform scheme project "
    "rule rules measure measures decision strike merger programme program mandate cut cuts increase release "
    "referendum treaty agreement motion budget pilot moratorium levy fee tariff regulation regulations "
    "expansion closure restriction restrictions".split())
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|its|their|his|her|our|any|such)\s+", re.IGNORECASE)
_AI_WORDS = re.compile(r"\b(?:AI|artificial intelligence|models?|LLMs?)\b")


def decide_sides(article: Article, doc: Doc | None = None) -> Sides:
    """Use the question from the metadata, or derive one from what the article discusses."""
    question = article.meta.question
    openness = load_lexicon().topic(question or "", article.text) is not None
    if question:
        if openness:
            return Sides(question=question, for_label="For opening up", against_label="Against")
        return Sides(question=question, for_label="Yes", against_label="No")
    if openness:
        subject = "AI models" if _AI_WORDS.search(article.text) else "they"
        return Sides(question=f"Should {subject} be open?", for_label="For open models",
                     against_label="Against", derived=True)
    proposal = _main_proposal(doc, article.title) if doc is not None else None
    if proposal:
        return Sides(question=f"Should {proposal} go ahead?", for_label=f"For {proposal}",
                     against_label=f"Against {proposal}", derived=True)
    subject = article.title.rstrip(".?!")
    return Sides(question=f"Is the case made in “{subject}” right?", derived=True)


def _main_proposal(doc: Doc, title: str) -> str | None:
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
    if number < 3 or best not in first:
        return None
    phrase = first.get(best, best)
    return f"the {phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase}"
