"""Narration: the article's own voice telling what happened, which argues nothing.

"In the summer humidity, the American giant struck a blow by deciding to open access ..." and
"The belligerent open source is making a comeback" judge with vivid words, but they tell an
event: the main verb is in the past (or a present progressive of what is going on), and nothing
recommends, predicts or justifies (no modal, no causal connective, no comparison, no verb reporting
a view). A reporter's sentence of that shape is narration; quoted speech and an article that argues in its own voice
(an op-ed, a statement) are judged as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.model import Sentence

# Words that make a sentence reason rather than tell: causal and concluding connectives.
_REASONING = frozenset("because since so therefore thus hence means meaning why unless if".split())
# Verbs that report what someone says or thinks: a view, not an event.
_REPORTING = frozenset("say tell describe warn claim argue insist add note explain believe think fear call "
                       "accuse admit concede complain report find show suggest estimate".split())
# Verbs that declare a side ("Senior members condemned the cut"): a stance taken, not only an event.
_DECLARING = frozenset("condemn denounce criticise criticize oppose attack blast slam praise welcome back support "
                       "defend endorse hail reject".split())
# Verbs that give a view or its reason in a clause of their own ("calling the plan reckless", "citing
# the cost").
_GIVING_REASONS = frozenset("cite call describe accuse".split())
_SIDE_OR_REASON = _DECLARING | _GIVING_REASONS
# Verbs that report a finding or a view in a clause of their own ("concluded that ...").
_REPORTING_CLAUSE = _REPORTING | {"conclude"}
# Fine-grained tags of comparison (better, best, more, most).
_COMPARISON = frozenset({"JJR", "JJS", "RBR", "RBS"})


def narrates(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence tells an event (past or ongoing) without recommending, predicting or reasoning."""
    span: Span | None = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    roots = [t for t in span if t.dep_ == "ROOT"]
    if not roots:
        return False
    root = roots[0]
    if root.lemma_.lower() in _REPORTING or root.lemma_.lower() in _DECLARING:
        return False
    if any(t.pos_ == "VERB" and t.lemma_.lower() in _SIDE_OR_REASON for t in span):
        return False  # "..., who denounced the closure", "voted no, citing the cost": a side and its reason
    if any(t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING_CLAUSE
           and any(c.dep_ == "ccomp" for c in t.children) for t in span):
        return False  # "... and concluded that the link was weak": a finding reported in a clause of its own
    if any(t.tag_ == "MD" or t.tag_ in _COMPARISON or t.lower_ in _REASONING for t in span):
        return False
    if root.tag_ == "VBD":
        return True
    if root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children) \
            and not any(c.dep_ == "neg" for c in root.children):
        return True  # "The motion was filed by ...", "The coalition had made a motion": the past, passive or
        # perfect; "was never consulted" complains
    # "is making a comeback": a present progressive tells what is going on.
    return root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children)
