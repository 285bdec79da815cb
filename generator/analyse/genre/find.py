"""How an article is written: a report, an opinion, an interview or a statement.

- **interview**: the text alternates questions (blocks that end with a question mark or carry a
  ``Q:`` label) and answers in the first person; the interviewee is the person the headline or
  the introduction names, or the label of the answers;
- **opinion**: the article's own voice (outside quotation marks) says "I" again and again, or the
  page calls itself a column, an op-ed, a letter or an essay;
- **statement**: the own voice speaks as "we" for an organisation;
- **report** otherwise: the text tells what others did and said.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.analyse.context import Reading
from generator.analyse.settings import AnalysisSettings
from generator.model import Article, Sentence

_QUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]?|‘[^’]*’(?!\w)")
_FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|my|me|mine|myself)\b")
_FIRST_PLURAL = re.compile(r"\b(?:we|we[’']re|we[’']ve|we[’']ll|our|ours|us|ourselves|let[’']s)\b", re.IGNORECASE)
# "Q:", "Q.", "Question:", and the answer's "A:".
_Q_LABEL = re.compile(r"^(?:Q|Question)\s*[:.)–—-]\s*")
_A_LABEL = re.compile(r"^(?:A|Answer)\s*[:.)–—-]\s*")
# "Name: what they said" at the start of a turn.
_TURN_LABEL = re.compile(r"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})\s*:\s+\S")
# A headline that names who is interviewed: "an interview with X", "in conversation with X", "Q&A with X".
# The name is the last run of capitalised words: "Q&A with Harbour Party leader Ana Ruiz" names Ana Ruiz.
_INTERVIEW_WITH = re.compile(r"\b(?i:interview|conversation|Q&A|Q & A|talk|chat)\s+(?i:with)\s+"
                             r"(?:[\w'’.-]+\s+){0,5}?([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})\s*(?:[:,;–—-]|$)")
# Words a page uses to call itself an opinion piece.
_OPINION_LABEL = re.compile(r"\b(?:opinion|op-ed|commentary|comment|column|editorial|essay|letter|viewpoint|"
                            r"perspective|analysis)\b", re.IGNORECASE)


def find_genre(article: Article, doc: Doc, settings: AnalysisSettings) -> Reading:
    """The genre of ``article`` and, for an interview, which sentences ask and which answer."""
    limits = settings.genre
    interview = _interview(article, doc, limits.questions, limits.first_person_answers)
    if interview is not None:
        return interview
    own = [_QUOTED.sub("", s.text) for s in article.sentences if s.kind != "heading"]
    own = [text for text in own if len(text.split()) >= 3]
    singular = sum(1 for text in own if _FIRST_SINGULAR.search(text))
    plural = sum(1 for text in own if _FIRST_PLURAL.search(text))
    labelled = _OPINION_LABEL.search(" ".join(filter(None, (article.meta.title, article.meta.source))))
    if singular >= limits.first_singular and singular >= limits.own_share * len(own):
        return Reading("opinion", f"the own voice says 'I' in {singular} of {len(own)} sentences")
    if singular >= 2 and singular + plural > limits.first_singular and singular + plural >= limits.own_share * len(own):
        # "I grew up here ... Let's get to the facts": a writer who says "I" and speaks for "us" too
        return Reading("opinion", f"the own voice says 'I' in {singular} and 'we' in {plural} of {len(own)} sentences")
    if plural >= limits.first_plural and plural >= limits.own_share * len(own):
        if labelled:
            return Reading("opinion", f"'we' in {plural} of {len(own)} sentences of a page called "
                                      f"'{labelled.group(0)}'")
        return Reading("statement", f"the own voice says 'we' in {plural} of {len(own)} sentences")
    if labelled and singular + plural >= 2:
        return Reading("opinion", f"the page calls itself '{labelled.group(0)}'")
    return Reading("report", "the text tells what others did and said")


def _interview(article: Article, doc: Doc, needed: int, share: float) -> Reading | None:
    """Questions followed by first-person answers, at least ``needed`` of them."""
    by_block: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_block.setdefault(sentence.paragraph, []).append(sentence)
    blocks = sorted(by_block)
    asks = {number for number in blocks if _asks(by_block[number])}
    questions: list[str] = []
    answers: list[str] = []
    answered = 0
    labels: Counter[str] = Counter()
    for position, number in enumerate(blocks):
        if number not in asks:
            continue
        following = []
        for later in blocks[position + 1:]:
            if later in asks:
                break
            following.append(later)
        if not following:
            continue
        answered += 1
        questions += [s.id for s in by_block[number]]
        for later in following:
            answers += [s.id for s in by_block[later]]
            label = _TURN_LABEL.match(by_block[later][0].text)
            if label and not _A_LABEL.match(by_block[later][0].text):
                labels[label.group(1)] += 1
    if answered < needed:
        return None
    answer_blocks: dict[int, str] = {}
    for sid in answers:
        sentence = article.sentence(sid)
        answer_blocks[sentence.paragraph] = answer_blocks.get(sentence.paragraph, "") + " " + sentence.text
    first = sum(1 for text in answer_blocks.values() if _FIRST_SINGULAR.search(text) or _FIRST_PLURAL.search(text))
    if first < share * len(answer_blocks):
        return None
    return Reading("interview", f"{answered} questions, each followed by answers in the first person",
                   questions=tuple(questions), answers=tuple(answers),
                   interviewee=_interviewee(article, doc, questions, labels))


def _asks(sentences: list[Sentence]) -> bool:
    """A block that is a question of the interviewer: short, and ending with a question mark or
    opening with a ``Q:`` label."""
    text = " ".join(s.text for s in sentences)
    if _Q_LABEL.match(text):
        return True
    return len(text.split()) <= 45 and text.rstrip(" *_").endswith("?") and not _A_LABEL.match(text)


def _interviewee(article: Article, doc: Doc, questions: list[str], labels: Counter[str]) -> str | None:
    """Who answers: the label most answers carry, else the person the headline names, else the one
    the introduction (before the first question) names most."""
    if labels:
        return labels.most_common(1)[0][0]
    # "...: an interview with Grace Mbeki": the headline says who answers, whatever the tagger makes
    # of the name in the text.
    named = _INTERVIEW_WITH.search(article.meta.title or "")
    if named is not None:
        return named.group(1)  # named in the text or not: the headline says who answers
    first = article.sentence(questions[0]).start if questions else len(article.text)
    people: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start_char < first:
            people[ent.text] += 1
    title = article.meta.title or ""
    for name, _ in people.most_common():
        if name in title or name.split()[-1] in title:
            return name
    if people:
        # The full name the introduction uses, not a first name alone.
        return max(people, key=lambda name: (people[name] + len(name.split()), name))
    return None
