"""Interviews: who answers (the genre stage reads the Q&A form), and the answers as the interviewee's words."""

from __future__ import annotations

from generator.analyse.actors import find_actors
from generator.analyse.quotes import find_quotes
from generator.analyse.voices import find_voices

QA = """Dana Whitfield coaches the national rowing team in Vellmar. Sam Ortiz met her before the championships.

**How did you start rowing?**

I was twelve when my school opened a boathouse on the lake. My coach saw me lift a boat alone, and I have not stopped since.

**What do you make of the new calendar?**

It is a mistake. Athletes need rest, and the federation is not listening to them.

“We will lose a generation of rowers to injuries,” and nobody in charge seems to care.

**Will you stay on after the Games?**

I hope so. There is still work to do with the juniors.
"""


def _answers_by(ctx):
    cast = find_actors(ctx)
    quotes = find_quotes(ctx, cast)
    voices = find_voices(ctx, cast, quotes.items)
    return cast, quotes, voices


def test_bold_questions_and_first_person_answers_make_an_interview(context_of):
    ctx = context_of(QA, markdown=True, title="Dana Whitfield: the coach who wants a slower calendar",
                     author="Sam Ortiz")
    cast, quotes, voices = _answers_by(ctx)
    assert cast.interview is not None and cast.interview.interviewee == "dana-whitfield"
    question = next(s for s in ctx.article.sentences if s.text.startswith("What do you make"))
    answer = next(s for s in ctx.article.sentences if s.text.startswith("Athletes need rest"))
    assert question.id in cast.interview.questions
    assert voices.of(answer.id) == ("dana-whitfield", True)
    assert voices.of(question.id)[0] is None
    # A quotation in an answer with no cue of its own is the interviewee's.
    assert [(q.text.split()[0], q.speaker) for q in quotes.items] == [("We", "dana-whitfield")]
    assert any(t.rule == "interviewee" for t in cast.traces["dana-whitfield"])


def test_transcript_prefixes_name_who_answers(context_of):
    text = ("Q: When did the clinic open?\n\nPERRIN: It opened in 2009, and I have run it since.\n\n"
            "Q: Are you worried about the budget?\n\nPERRIN: Every year. The county cuts and we carry on.\n\n"
            "Q: Will you stay?\n\nPERRIN: I will stay as long as my patients need me.\n\n"
            "Marc Perrin, who runs the Tessel clinic, says the county must pay. Alice Moreau, the county treasurer, "
            "says the cuts are needed.")
    cast, _, voices = _answers_by(context_of(text))
    assert cast.interview is not None and cast.interview.interviewee == "marc-perrin"


def test_rhetorical_question_headings_are_no_interview(context_of):
    text = ("Is the new stadium worth it?\n\nThe council says yes. Critics say the numbers do not add up, "
            "and Mayor Lena Ford has not published the full study.\n\n"
            "Who pays for the roads?\n\nThe county will pay for most of them, according to the plan.\n\n"
            "What comes next?\n\nA vote in March.")
    cast, _, _ = _answers_by(context_of(text, title="Lena Ford's stadium"))
    assert cast.interview is None


def test_as_told_to_profile_speaks_for_the_person_introduced(context_of):
    text = ("Nora Quill is a ferry captain in Harlow Bay. She has sailed the same route for twenty years.\n\n"
            "I started on the ferries when I was nineteen. My father thought I would last a month.\n\n"
            "The crossing has changed since then. I see fewer tourists and more trucks every year.\n\n"
            "“I will sail until they sink the last boat.”\n\n"
            "My daughter wants to be a captain too, and I tell her to learn the engines first.")
    ctx = context_of(text, title="Spotlight: Nora Quill", author="Jo Baines")
    cast, quotes, _ = _answers_by(ctx)
    assert cast.interview is not None and cast.interview.interviewee == "nora-quill"
    assert [q.speaker for q in quotes.items] == ["nora-quill"]


def test_an_op_ed_in_the_first_person_is_no_profile(context_of):
    text = ("Mayor Lena Ford announced a new stadium last week.\n\n"
            "I have lived in this town for thirty years, and I have never seen a worse plan.\n\n"
            "My neighbours agree. I will vote against it, and I urge you to do the same.\n\n"
            "I know my arguments will not convince everyone.")
    cast, _, _ = _answers_by(context_of(text, title="Why Lena Ford is wrong", author="Tom Hale"))
    assert cast.interview is None


def test_the_headline_names_who_answers_when_the_tagger_takes_the_name_for_a_place(context_of):
    text = ("Grace Mbeki runs Lantern Software, a firm of 140 people in Leeds. We asked her what she has learned.\n\n"
            "**Why did you make the change?**\n\n"
            "We were losing good people to burnout. I wanted them to stay.\n\n"
            "**Would it work in a hospital?**\n\n"
            "I think it could, with a staggered rota. My sister runs a ward and agrees.\n\n"
            "**Any regrets?**\n\n"
            "Only that we did not do it sooner. My team agrees.\n")
    ctx = context_of(text, markdown=True, title="“Not a perk”: an interview with Grace Mbeki", author="Tom Hale")
    assert ctx.reading.interviewee == "Grace Mbeki"
    cast, _, voices = _answers_by(ctx)
    people = {a.id: a for a in cast.actors if a.kind == "person"}
    assert "grace-mbeki" in people
    assert cast.interview is not None and cast.interview.interviewee == "grace-mbeki"
    answer = next(s for s in ctx.article.sentences if s.text.startswith("We were losing"))
    assert voices.of(answer.id)[0] == "grace-mbeki"


def test_the_person_only_the_headline_names_answers_the_questions(context_of):
    text = ("Q: What is your plan for the harbour?\n\nA: My plan is to dredge the channel and open the quay to "
            "ferries again.\n\nQ: Why should anyone vote for your party?\n\nA: Because we have a plan, and the "
            "council has none.\n\nQ: What would you change first?\n\nA: I would cut the mooring fees that drive "
            "fishermen away.\n\nQ: Are you ready to govern?\n\nA: I am. My team has run the port trust for ten "
            "years.\n")
    ctx = context_of(text, markdown=True, title="Q&A with Harbour Party leader Ines Baptiste")
    assert ctx.reading.genre == "interview" and ctx.reading.interviewee == "Ines Baptiste"
    cast, quotes, voices = _answers_by(ctx)
    assert cast.interview is not None and cast.interview.interviewee == "ines-baptiste"
    answer = next(s for s in ctx.article.sentences if "Because we have a plan" in s.text)
    assert voices.of(answer.id)[0] == "ines-baptiste"
