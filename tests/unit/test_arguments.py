"""Arguments: side from cues with negation, concession and rhetorical questions; speakers; stances."""

from __future__ import annotations

import pytest

from generator.analyse.common.clauses import clean
from generator.analyse.lexicons import load_lexicons
from tests.unit.test_actors import analyse_text  # noqa: F401 - shared fixture


def sentence_text(analysis, argument):
    return " ".join(analysis.article.sentence(sid).text for sid in argument.evidence)


def find(analysis, words):
    return [a for a in analysis.arguments if words in sentence_text(analysis, a) or words in a.claim]




@pytest.mark.parametrize("text, theme, side, negated", [
    ("it is not wise to offer AI in open access", "prudence", -1, False),
    ("the open ones are not the problem today", "negative", -1, True),
    ("Our approach promotes transparency", "transparency", 1, False),
    ("It is not profitable", "business", -1, False),
    # A cue that is a negator alone can itself be negated.
    ("I see no reason it would fail", "negative", -1, True),
])
def test_cues(text, theme, side, negated):
    lexicons = load_lexicons()
    lexicon, topic = lexicons.arguments, lexicons.topic("Should AI models be open?", "")
    hit = next(h for h in lexicon.hits(text, topic) if h.theme == theme)
    assert hit.side == side
    assert lexicon.negated(text, hit) is negated


@pytest.mark.parametrize("text, expected", [
    ("“Open models let you check,” Kovacs said.", "Open models let you check"),
    ("And to wonder: “Who pays?”", "To wonder: Who pays?"),
    ("It’s a bad idea…", "It’s a bad idea…"),
    # A plural's possessive is no quotation mark.
    ("The farmers' union backs the scheme.", "The farmers' union backs the scheme."),
])
def test_clean_claims(text, expected):
    assert clean(text) == expected


# An op-ed written for these tests: the author argues in the first person, concedes points to the
# other side and answers them with "But ..." statements that carry no cue words of their own.
OPED = """---
title: "Handing out the weights of frontier models is a reckless gamble"
author: Ines Halvorsen
date: 2024-02-01
---

# Handing out the weights of frontier models is a reckless gamble

*Ines Halvorsen is a software engineer and a fellow of the Brightwater Policy Forum.*

I have written open-source software for twenty years.
Open code has served the web well, and I would not give it up.
But a trained network is not a program anyone reads line by line.
I asked the lab that built the latest model whether it worried about misuse.
None of this means that open models should be outlawed.
What worries me is a dangerous concentration of power in a handful of firms, my critics say, and I hear them.
A better rule would help: no open release of the largest models before an outside audit.
I think the risk of misuse is real and growing.
Once the files are online, nobody will be able to take them back.
We can always publish a model later.
We can never unpublish one.
"""


@pytest.fixture(scope="module")
def oped(analyse_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("oped") / "article.md"
    path.write_text(OPED, encoding="utf-8")
    return analyse_file(path)


@pytest.mark.parametrize("words, side", [
    ("Open code has served the web well", "for"),  # a concession to the other side
    ("But a trained network is not a program", "against"),  # the author's reply takes her stance
    ("None of this means that open models should be outlawed", "for"),
    ("dangerous concentration of power", "for"),  # the adjective qualifies the noun that argues
    ("no open release of the largest models", "against"),  # good words about a negated proposal
    ("nobody will be able to take them back", "against"),
    ("We can never unpublish one", "against"),
])
def test_oped_in_the_authors_voice(oped, words, side):
    found = find(oped, words)
    assert found and all(a.side == side for a in found), [(a.side, a.claim) for a in found]


def test_oped_author_inherits_the_voice(oped):
    stance = {actor.name: actor.stance for actor in oped.actors}
    assert stance.get("Ines Halvorsen") == "against", stance


BLOG = """---
title: "Why we are publishing the weights of Heron-7B"
author: Tove Lindahl, Marco Senn
date: 2024-03-04
---

# Why we are publishing the weights of Heron-7B

Today we are publishing the weights of Heron-7B, our first large language model.
We think researchers should be able to inspect the models they study.
Our team spent a year testing the model before this release.
We know that some people worry about misuse.
But we found nothing that goes beyond what a search engine already offers.
We will keep publishing our evaluations and our training data.

*Tove Lindahl and Marco Senn lead the Quillon Labs research team.*
"""


def test_a_we_statement_speaks_for_its_authors_and_their_organisation(analyse_file, tmp_path):
    path = tmp_path / "article.md"
    path.write_text(BLOG, encoding="utf-8")
    stance = {actor.name: actor.stance for actor in analyse_file(path).actors}
    assert stance.get("Quillon Labs") == "for", stance
    assert stance.get("Tove Lindahl") == "for", stance


def test_declared_stances(analyse_text):
    analysis = analyse_text(
        "The bypass plan, drawn up by the planning chief Nora Field, goes to a vote on Monday.\n\n"
        "Councillor Tom Reyes, who leads the opposition on the council, called it a waste of money.\n\n"
        "The Riverside Residents Association opposes the plan.\n\n"
        "Anna Kole rejected the idea that she would run for mayor.")
    stance = {actor.name: actor.stance for actor in analysis.actors}
    assert stance.get("Nora Field") == "for", stance
    assert stance.get("Tom Reyes") == "against", stance
    assert stance.get("Riverside Residents Association") == "against", stance
    assert stance.get("Anna Kole") in (None, "none"), stance


def test_names_and_a_reporters_questions_do_not_argue(analyse_text):
    analysis = analyse_text(
        "Meta released the open weights of its new model on Tuesday, reviving the debate over open models.\n\n"
        "Supporters of open source say open models help researchers; critics fear misuse.\n\n"
        "Isn’t that dangerous?\n\n"
        "Mira Patel, a researcher at the Institute for AI Risk Studies, spoke at the launch in Paris.\n\n"
        "“Open weights let anyone check what a model does,” Patel said.")
    texts = [analysis.article.sentence(a.evidence[0]).text for a in analysis.arguments]
    assert not any(t.startswith("Isn’t that") for t in texts), texts
    assert not any("Institute for AI Risk Studies" in t for t in texts), texts
    assert any(t.startswith("“Open weights") for t in texts), texts


def test_a_conceded_point_is_not_the_speakers_stance(context_of):
    from generator.analyse.stances.find import stances
    from generator.model import Actor, Argument

    actor = Actor(id="vera-lind", name="Vera Lind", kind="person", aliases=(), description=None, stance="none",
                  mentions=("s1",))
    arguments = (
        Argument(id="a1", side="for", claim="Open models let anyone check the code", speaker="vera-lind",
                 theme="transparency", evidence=("s1",)),
        Argument(id="a2", side="against", claim="There are risks, of course", speaker="vera-lind",
                 theme="safety", evidence=("s2",)),
    )
    assert stances(context_of("Vera Lind spoke."), (actor,), arguments)["vera-lind"] == "for"


def test_reports_lists_and_datelines_do_not_argue(analyse_text):
    analysis = analyse_text(
        "Lab Corvin released the open weights of its Tern model, and the debate over open models flared again.\n\n"
        "Whether open-source models and open weights are a good idea is the question of the year.\n\n"
        "The tokenizer trick was adopted by the research community within a year.\n\n"
        "June 2, 2023 - Tern-2 arrives A week later, the lab published a bigger variant.\n\n"
        "The only change was the licence file.\n\n"
        "Open weights let anyone check what a model does, and that makes the whole field safer.\n\n"
        "The developer community was never consulted about the licence.")
    texts = [analysis.article.sentence(e).text for a in analysis.arguments for e in a.evidence]
    assert not any("was adopted by the research community" in t for t in texts), texts  # names a theme
    assert not any(t.startswith("June 2, 2023") for t in texts), texts  # a dated list entry
    assert not any(t.startswith("The only change") for t in texts), texts  # "only" as an adjective
    assert any(t.startswith("Open weights let anyone check") for t in texts), texts
    assert any(t.startswith("The developer community was never") for t in texts), texts  # a negation argues


def test_mention_cues_alone_report():
    lexicons = load_lexicons()
    lexicon, topic = lexicons.arguments, lexicons.topic("Should AI models be open?", "")
    reported = "The method was adopted by the wider community."
    assert lexicon.mentions_only(reported, lexicon.hits(reported, topic))
    judged = "The community finds bugs faster than any single lab."
    assert not lexicon.mentions_only(judged, lexicon.hits(judged, topic))


def test_a_decision_not_to_release_argues_against_but_is_no_stance(analyse_text):
    analysis = analyse_text(
        "Lab Corvin released the open weights of its Tern model, and the debate over open models flared again.\n\n"
        "Whether open-source models and open weights are a good idea is the question of the year.\n\n"
        "“Open weights let anyone check what a model does,” said Ada Brisk, the lab’s director.\n\n"
        "“When thousands of researchers can inspect a model, bugs get fixed faster,” Brisk said.\n\n"
        "“If we had access to a model that could design a toxin, we would not release it, "
        "as nobody could say what it might do,” Brisk added.")
    withheld = find(analysis, "we would not release it")
    assert withheld and all(a.side == "against" for a in withheld), [(a.side, a.claim) for a in withheld]
    assert any("we would not release it" in a.claim for a in withheld), [a.claim for a in withheld]
    stance = {actor.name: actor.stance for actor in analysis.actors}
    assert stance.get("Ada Brisk") == "for", stance  # her limit is not a change of side


def test_a_verb_in_parentheses_is_no_attribution():
    assert clean("A big model (say ten billion weights) is cheap to run.") == \
        "A big model (say ten billion weights) is cheap to run."


def test_a_question_about_nothing_at_issue_does_not_argue(analyse_text):
    # A narrator with a clear side: its cue-less sentences would take that side.
    analysis = analyse_text(
        "We release the open weights of our models, and we think open-source models are the future.\n\n"
        "We believe open weights let anyone check what a model does.\n\n"
        "We think transparency makes the whole field safer.\n\n"
        "We know that many eyes find bugs faster than any single lab.\n\n"
        "Who will reach the next benchmark first?\n\n"
        "Who would pay for a restricted model when an open one is free?")
    texts = [analysis.article.sentence(a.evidence[0]).text for a in analysis.arguments]
    assert not any(t.startswith("Who will reach") for t in texts), texts
    assert any(t.startswith("Who would pay") for t in texts), texts


def test_a_reply_or_concession_that_judges_nothing_does_not_argue(analyse_text):
    # A narrator with a clear side: its cue-less replies and concessions would take or oppose that side.
    analysis = analyse_text(
        "We release the open weights of our models, and we think open-source models are the future.\n\n"
        "We believe open weights let anyone check what a model does.\n\n"
        "We think transparency makes the whole field safer.\n\n"
        "We know that many eyes find bugs faster than any single lab.\n\n"
        "But the file format is the same as last year.\n\n"
        "Although the weights arrived on a Tuesday, the team worked through the weekend.\n\n"
        "Although the risks are real, openness is worth it.")
    claims = {a.claim: a.side for a in analysis.arguments}
    assert not any("file format" in claim or "Tuesday" in claim for claim in claims), claims
    assert claims.get("The risks are real") == "against", claims


def test_signatures_against_a_proposal_declare_a_stance(analyse_text):
    analysis = analyse_text(
        "The city council will vote on the bypass plan on Monday.\n\n"
        "The Valley Walkers Club has collected 3,000 signatures against the plan.\n\n"
        "Councillor Mara Quint campaigned in favour of the plan all summer.")
    stance = {actor.name: actor.stance for actor in analysis.actors}
    assert stance.get("Valley Walkers Club") == "against", stance
    assert stance.get("Mara Quint") == "for", stance


def test_a_negated_theme_said_of_the_closed_side_argues_for_opening(analyse_text):
    analysis = analyse_text(
        "Lab Corvin released the open weights of its Tern model, and the debate over open models flared again.\n\n"
        "Whether open-source models and open weights are a good idea is the question of the year.\n\n"
        "A closed model is something nobody outside the company can audit.\n\n"
        "Open weights do not make misuse any harder.")
    # Sentences of one argument: the side of each, whatever argument it was consolidated into.
    sides = {analysis.article.sentence(e).text: a.side for a in analysis.arguments for e in a.evidence}
    closed = [side for text, side in sides.items() if text.startswith("A closed model")]
    assert closed == ["for"], sides
    # said of the proposal, the negated theme keeps its reading: no harder misuse argues for it as well
    assert [side for text, side in sides.items() if text.startswith("Open weights do not")] == ["for"], sides
