"""Quotations and their speakers."""

from __future__ import annotations

import pytest

from generator.analyse.common.titles import is_title as _is_title
from tests.unit.test_actors import analyse_text  # noqa: F401 - shared fixture


def speakers(analysis):
    names = {actor.id: actor.name for actor in analysis.actors}
    return [(quote.text.split()[0], names.get(quote.speaker)) for quote in analysis.quotes]



def test_speech_verbs_pronouns_and_continuations(analyse_text):
    analysis = analyse_text(
        "Maria Lopez runs the clinic. “We cannot wait any longer,” she said. “Patients are suffering.”\n\n"
        "“This plan is reckless and expensive,” said Tom Becker, who chairs the opposition.\n\n"
        "According to Becker, “the numbers simply do not add up for anyone.”\n\n"
        "Nobody knows what “The Long Wait” will change.")
    assert speakers(analysis) == [("We", "Maria Lopez"), ("Patients", "Maria Lopez"), ("This", "Tom Becker"),
                                  ("the", "Tom Becker"), ("The", None)]


def test_titles_are_not_statements():
    assert _is_title("The Last Open Door")
    assert not _is_title("We will win this.")
    assert not _is_title("completely mistaken")



def test_a_named_phrase_is_no_speech_unless_it_is_the_subjects_own(analyse_text):
    analysis = analyse_text(
        "Dr Lena Varga studies software at Tallinn University. Engineers know the slogan “move fast and break things” "
        "well. The Harbour Trust, which had given itself the mission of “keeping every pier open to the public”, "
        "sold two piers last year.")
    assert speakers(analysis) == [("move", None), ("keeping", "Harbour Trust")]


def test_he_and_she_skip_a_person_of_the_other_gender(analyse_text):
    analysis = analyse_text(
        "Nadia Brook founded the bakery in 2010. She said prices had doubled. Omar Kent, who supplies her flour, "
        "was at the meeting. He nodded. “We have never seen costs like this,” she said.")
    assert speakers(analysis) == [("We", "Nadia Brook")]


def test_lead_in_main_subject_and_interview_answers(analyse_text):
    analysis = analyse_text(
        "Laura Martin, 41, who leads research at the lab, met us in March.\n\n"
        "Asked where the company would be in five years, she laughed:\n\n"
        "> Either we grow or we fade. I would rather grow.\n\n"
        "The Orion chip, released last year, is the product the company is most often judged by.\n\n"
        "> Orion proved that a small team can ship hardware. Nobody expected that from us.", markdown=True)
    assert speakers(analysis) == [("Either", "Laura Martin"), ("Orion", "Laura Martin")]


def test_a_quote_later_in_the_same_paragraph_keeps_its_speaker(analyse_text):
    analysis = analyse_text(
        "“It has been a very slow year for all of us,” said Karl Weiss, who owns a hardware store in the town. "
        "With his store hit hard by the closure of the main road into town, “I never expect business to come back.”")
    assert speakers(analysis) == [("It", "Karl Weiss"), ("I", "Karl Weiss")]


def test_an_anonymous_delegate_keeps_a_hyphenated_description(analyse_text):
    analysis = analyse_text(
        "The ministry sent a junior official to the forum. “The rules will bury small firms,” said one "
        "delegate from a Lisbon start-up, who declined to be named.")
    names = {actor.id: actor.name for actor in analysis.actors}
    assert [names.get(q.speaker) for q in analysis.quotes] == ["delegate from a Lisbon start-up"]


def test_a_headline_quote_of_an_interview_is_the_interviewees(analyse_text):
    analysis = analyse_text(
        "# “Small teams will build the best chips”\n\n"
        "Laura Martin, who leads research at the lab, met us in March.\n\n"
        "“We ship a new design every six months,” Martin said.\n\n"
        "“Our rivals take two years to do the same,” she added.\n\n"
        "“Speed is the only advantage a small lab has,” Martin said.", markdown=True)
    assert ("Small", "Laura Martin") in speakers(analysis), speakers(analysis)


def test_documents_outlets_and_stray_marks(analyse_text):
    analysis = analyse_text(
        "The Harbour Board met on Monday. Its view is that there is “no case for raising the fees this year,” "
        "according to the statement after its meeting.\n\n"
        "The Daily Ledger published “Why the Harbour Must Pay: A Reckoning for Our Ports.” on Sunday. "
        "The authors argue that the fees are too low:\n\n"
        "> The board has ignored the cost of dredging for a decade.\n\n"
        "Before the vote, Councillor Derek Hale spoke to reporters. “”This is a very unfair fee. Very unfair,” "
        "Hale said. ‘We will fight it in court next year.’’", markdown=True)
    speakers = {q.text.split()[1]: q.speaker for q in analysis.quotes}
    assert speakers == {"case": "harbour-board", "the": "daily-ledger", "board": "daily-ledger",
                        "is": "derek-hale", "will": "derek-hale"}


def test_a_name_after_a_verb_with_a_subject_is_not_the_speaker(analyse_text):
    analysis = analyse_text(
        "“It was built on someone else’s work,” the review claims of Kestrel Labs.")
    assert [q.speaker for q in analysis.quotes] == [None]


def test_a_products_report_speaks_for_its_maker(analyse_text):
    analysis = analyse_text(
        "Meta released Llama 2 in July with a long paper. Llama 2’s technical report says only this about "
        "its data:\n\n> Our corpus is a new mix of data from public sources, and none of it is private.",
        markdown=True)
    assert [q.speaker for q in analysis.quotes] == ["meta"]


def test_a_pronoun_opening_a_sentence_means_the_main_subject_before(context_of):
    from generator.analyse.actors import find_actors
    from generator.analyse.quotes import find_quotes

    ctx = context_of("Gareth Pryce admitted fraud in August. He was sentenced on Friday. Judge Alison Mercer said "
                     "Pryce had betrayed the volunteers. She told him: “You treated the charity’s account as your own.”")
    cast = find_actors(ctx)
    assert [q.speaker for q in find_quotes(ctx, cast).items] == ["alison-mercer"]


def test_a_quotation_after_a_sentence_reporting_someones_words_is_theirs(analyse_text):
    analysis = analyse_text(
        "“Our members already pay for everything else,” said Claire Dunn of the nurses' union. She added that "
        "night staff would be hit hardest.\n\n"
        "Alan Brooks said staff on low pay would be exempt. “Nobody earning less than £30,000 will pay a penny.”")
    assert speakers(analysis)[-1] == ("Nobody", "Alan Brooks")


def test_a_question_reported_before_a_quotation_does_not_speak_it(analyse_text):
    analysis = analyse_text(
        "At the hearing, officials from the Wexford Commission asked whether small firms should face lighter "
        "rules. “A rule anyone can dodge is no rule at all.” The warning came from Dana Price, a researcher.")
    assert speakers(analysis)[0][1] != "Wexford Commission"


def test_the_speech_verb_whose_clause_holds_the_quotation_speaks_it(analyse_text):
    # "continuing to ..." acts, and is nearer the quotation than the verb that reports it.
    analysis = analyse_text(
        "Harrow Foods raised its forecast on Tuesday. Chief executive Elena Marsh said sales grew in every region. "
        "Later, she told the BBC that Harrow Foods is “going to keep opening stores at the same pace,” continuing "
        "to set a high mark.")
    assert speakers(analysis) == [("going", "Elena Marsh")]


def test_a_verb_that_tells_someone_to_do_something_still_reports_words(analyse_text):
    analysis = analyse_text(
        "Judge Amir Patel lost patience on the third day. “This is a court,” he said, telling the lawyer Sara "
        "Quinn to “sit down and listen.”")
    assert speakers(analysis) == [("This", "Amir Patel"), ("sit", "Amir Patel")]


def test_an_unnamed_person_named_by_whose_they_are_speaks(analyse_text):
    analysis = analyse_text(
        "Singer Mara Quist cancelled her tour on Monday. “Mara is exhausted and needs rest,” her tour manager said "
        "in a statement. “She will be back next year.”")
    assert speakers(analysis) == [("Mara", "Mara Quist’s tour manager"), ("She", "Mara Quist’s tour manager")]


def test_a_person_noun_that_introduces_a_name_is_that_person(analyse_text):
    analysis = analyse_text("“Get well soon, we miss you,” wrote a fan called Edda Lund, from Bergen.")
    assert speakers(analysis) == [("Get", "Edda Lund")]
    assert not any(actor.name.casefold().endswith("fan") for actor in analysis.actors)


def test_a_judge_named_in_apposition_speaks_and_a_surname_means_the_person_named_before_relatives(analyse_text):
    analysis = analyse_text(
        "Tomas Ruiz, the city’s former treasurer, was sentenced on Tuesday to six years in prison.\n\n"
        "The courtroom was silent as the judge read the sentence.\n\n"
        "“You were trusted, and you stole,” the judge, Helen M. Ware of the Crown Court, said before announcing "
        "the penalty. “You betrayed the city.”\n\n"
        "Mr. Ruiz wept as he addressed the court. “Every day is a punishment,” Mr. Ruiz said.\n\n"
        "His daughter, Clara Ruiz, a teacher, sat behind him.")
    assert speakers(analysis) == [("You", "Helen M. Ware"), ("You", "Helen M. Ware"), ("Every", "Tomas Ruiz")]


def test_a_body_described_persons_words_and_a_clause_after_that(analyse_text):
    analysis = analyse_text(
        "Mara Quist has urged members of the Porters’ Union to back next week’s strike. Having won the vote, the "
        "union’s general secretary says “we now need to make the strike strong”.\n\n"
        "The general secretary finishes by stressing that the Porters’ Union will be putting “every resource into "
        "making this action a success”.")
    assert speakers(analysis) == [("we", "Mara Quist"), ("every", "Mara Quist")]


@pytest.mark.parametrize("verb", ["assured the fans", "reiterated", "lamented", "whispered"])
def test_more_verbs_of_speech(analyse_text, verb):
    analysis = analyse_text(f"Coach Dana Pike spoke after the game. “We will be back stronger next season,” she {verb}.")
    assert speakers(analysis) == [("We", "Dana Pike")]


def test_a_statement_the_paragraph_before_announces_is_from_whoever_it_names(analyse_text):
    analysis = analyse_text(
        "HARBOURTON -- The Harbour Traders Guild issued the following statement today from Guild President "
        "Ines Baptiste regarding the port's new mooring fees.\n\n"
        "\"We are disappointed that the port is going ahead with the fees. Small boat owners cannot pay them.\n\n"
        "\"We urge the port board to think again before the season starts.\"")
    # The first paragraph's quotation mark is never closed: both paragraphs are one quotation.
    assert speakers(analysis) == [("We", "Ines Baptiste")]
    # Without an announcement the paragraph before names no speaker.
    analysis = analyse_text(
        "The Harbour Traders Guild met on Tuesday with Guild President Ines Baptiste in the chair.\n\n"
        "\"Nobody here can pay these fees.\"")
    assert speakers(analysis) == [("Nobody", None)]


def test_a_quotation_opening_the_paragraph_after_one_reporting_its_speaker_is_theirs(analyse_text):
    analysis = analyse_text(
        "Coach Tomas Eld was pleased with the win over the Harbour side.\n\n"
        "Eld lamented the chances his team missed in the first half.\n\n"
        "\"We created so many chances and scored only once.\"")
    assert speakers(analysis) == [("We", "Tomas Eld")]
    # A paragraph that asks a question reports no words; and a name after the quotation in its own
    # paragraph says whose it is.
    analysis = analyse_text(
        "Port officials asked whether the ferry should run in winter.\n\n"
        "\"Nobody can sail safely in those storms.\" The warning came from Ines Marlow, a harbour pilot.")
    assert speakers(analysis)[0][1] != "Port officials"


def test_of_two_subjects_the_parser_gives_one_verb_the_one_next_to_it_speaks(analyse_text):
    from spacy.tokens import Doc

    from generator.analyse.nlp import load_pipeline
    from generator.analyse.quotes.speakers import subject_order

    # As the parser sometimes reads "Growers Union President Ines Marlow issued": two subjects of one verb.
    words = ["Growers", "Union", "President", "Ines", "Marlow", "issued", "a", "statement"]
    doc = Doc(load_pipeline().vocab, words=words, heads=[1, 5, 4, 4, 5, 5, 7, 5],
              deps=["compound", "nsubj", "compound", "compound", "nsubj", "ROOT", "det", "dobj"])
    subjects = sorted([doc[1], doc[4]], key=subject_order)
    assert [t.text for t in subjects] == ["Marlow", "Union"]
    # The usual case: one subject, and the statement announced is its words.
    analysis = analyse_text(
        "Harbour Growers Union (HGU) President Ines Marlow issued the following statement in response to the "
        "ruling:\n\n“It is deeply disappointing that the board did not listen to growers.”")
    assert speakers(analysis) == [("It", "Ines Marlow")]


def test_two_closing_single_marks_close_a_quotation_and_are_no_subject(analyse_text):
    analysis = analyse_text(
        "The port board published its new mooring rules on Monday.\n\n"
        "“The impact of these rules will be crushing for our skippers,’’ added the guild’s policy director, "
        "Ines Marlow, who speaks for small boat owners.")
    assert [q.text for q in analysis.quotes] == ["The impact of these rules will be crushing for our skippers,"]
    assert speakers(analysis) == [("The", "Ines Marlow")]


def test_a_member_named_after_the_seat_they_hold_is_a_person(context_of):
    from tests.unit.test_actor_names import _cast

    _, cast = _cast(context_of, "The MP for Eastvale Helen Darrow is helping to organise the rally. "
                                "She said the fees must go.")
    assert "Helen Darrow" in {a.name for a in cast.actors if a.kind == "person"}


def test_a_quotation_after_a_paragraph_where_a_named_person_acts_is_theirs(analyse_text):
    # The paragraph before sets up the quotation with what its speaker does, no speech verb.
    analysis = analyse_text(
        "Ferry riders filled the hall on Monday to hear about the timetable.\n\n"
        "Harbour board chair Ines Marlow pushed back against the complaints.\n\n"
        "\"Our boats have run on time for most of the year.\"\n\n"
        "The head of routes at Bluewater Lines, Oskar Brandt, was not calling for a new timetable.\n\n"
        "\"We only want the winter crossings to stay.\"")
    assert speakers(analysis) == [("Our", "Ines Marlow"), ("We", "Oskar Brandt")]


def test_a_quotation_left_unclosed_ends_before_its_cue(analyse_text):
    analysis = analyse_text(
        "“We want none of it, said Ana Ruiz, who brought a petition to the meeting.\n\n"
        "“Nobody wants to look at these towers,” Tom Hale said. “We want none of the noise, said Ruiz. "
        "“The trucks would wake us,” said Hale.\n\n"
        "“The crew did well. If you recall, I said they needed rest.\n\n"
        "“They rested and won,” coach Lars Odin said.")
    assert [(quote.text, speaker) for quote, (_, speaker) in zip(analysis.quotes, speakers(analysis))] == [
        ("We want none of it", "Ana Ruiz"), ("Nobody wants to look at these towers,", "Tom Hale"),
        ("We want none of the noise", "Ana Ruiz"), ("The trucks would wake us,", "Tom Hale"),
        # A quotation that goes on into the next paragraph holds "I said": no cue of its own.
        ("The crew did well. If you recall, I said they needed rest. “They rested and won,", "Lars Odin")]


def test_a_she_that_goes_on_from_the_she_before_and_chanted_or_accused_words(analyse_text):
    analysis = analyse_text(
        "One protester, 35-year-old Sarah Jones, came down from the oaks on Friday. She told reporters the two "
        "remaining campers, Emma Brandt and a woman known as Wren, had lived in Kelby for years. She said the "
        "idea was to \"stay up as long as we can\".\n\n"
        "Protesters chanted \"save our oaks\" as councillors arrived. Lena Varga accused the council "
        "of \"selling the woods for a car park\".")
    said = dict(speakers(analysis))
    assert said["stay"] == "Sarah Jones" and said["selling"] == "Lena Varga"


def test_an_age_or_a_persons_noun_before_a_name_tagged_a_place_makes_it_a_person(nlp):
    from generator.analyse.actors.find import _aged, _person_described_before
    doc = nlp("One protester, 35-year-old Nicola Brandt, came down on Friday.")
    at = doc.text.index("Nicola")
    assert _aged(doc.char_span(at, at + len("Nicola Brandt")))
    doc = nlp("The harbour pilot, Nicola Brandt, came down on Friday.")
    at = doc.text.index("Nicola")
    assert _person_described_before(doc.char_span(at, at + len("Nicola Brandt")))


def test_they_opening_a_sentence_is_the_main_subject_before_even_a_person(analyse_text):
    analysis = analyse_text(
        "Workers at the Harbourline depot said the closure was a betrayal. A Harbourline spokesperson told "
        "the Courier that the consultation on the closure began last month. They added: \"We do not "
        "underestimate the effect of this proposal on our staff.\"")
    names = {actor.id: actor.name for actor in analysis.actors}
    quote = analysis.quotes[-1]
    assert names.get(quote.speaker) == "Harbourline spokesperson", (quote, names)
