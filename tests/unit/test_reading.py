"""Language, genre and the question: a non-English text is not analysed, the genre is read from the text's
form, and no debate is invented where the text raises no question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.analyse.genre import find_genre
from generator.analyse.question import frame_question
from generator.analyse.settings import DEFAULT_SETTINGS
from generator.ingest import read_article
from generator.render.pages import render_article
from generator.serialize import to_json

FRENCH = ("Le conseil municipal de Valbrune a voté lundi soir la fermeture de la maternité de l'hôpital, malgré "
          "les protestations de centaines d'habitants réunis devant la mairie. Les élus de l'opposition dénoncent "
          "une décision prise sans concertation et demandent un moratoire de deux ans.")
GERMAN = ("Der Gemeinderat von Eichenried hat am Montagabend den Bau von sechs Windrädern am Waldrand beschlossen. "
          "Eine Bürgerinitiative kündigte an, gegen die Entscheidung zu klagen, weil sie Lärm und Schattenwurf "
          "fürchtet. Der Bürgermeister verteidigte das Projekt als Beitrag zur Energiewende.")
CRASH = ("A passenger plane skidded off the runway at Tessford airport on Sunday evening after landing in heavy rain, "
         "the airport said. All 84 passengers and four crew left the aircraft by the emergency slides. "
         "Three people were treated for minor injuries, a spokesperson for the regional ambulance service said. "
         "“The crew did everything right,” said Mara Lind, the airline’s head of operations. "
         "The pilot reported a loss of braking shortly after touchdown, according to the airport. "
         "Investigators from the national safety board arrived on Monday and the runway remained closed.")


@pytest.mark.parametrize("text, code, name", [(FRENCH, "fr", "French"), (GERMAN, "de", "German")])
def test_a_non_english_article_warns_once_and_is_not_analysed(tmp_path: Path, analyse_file, text, code, name):
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.meta.language == code and not article.english
    assert len(article.warnings) == 1
    assert str(path) in article.warnings[0] and name in article.warnings[0]
    analysis = analyse_file(path)
    assert not analysis.analysed and analysis.sides is None
    assert analysis.actors == () and analysis.quotes == () and analysis.arguments == ()
    pages = render_article(analysis, model_name="m")
    slug = analysis.article.slug  # the folder's name: "article" says nothing
    assert sorted(pages) == [f"{slug}/index.md", f"{slug}/source.md"]  # the source page holds the method
    assert "Not analysed" in pages[f"{slug}/index.md"]


def test_an_english_article_has_no_language_warning(tmp_path: Path):
    path = tmp_path / "crash.txt"
    path.write_text(CRASH + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.english and not article.warnings


def test_a_plain_news_report_has_no_question_and_no_arguments(tmp_path: Path, analyse_file):
    path = tmp_path / "crash.txt"
    path.write_text("Plane skids off runway at Tessford in heavy rain\n\n" + CRASH + "\n", encoding="utf-8")
    analysis = analyse_file(path)
    assert analysis.genre == "report"
    assert analysis.sides is None and analysis.arguments == ()
    data = json.loads(to_json(analysis))
    assert data["sides"] is None and data["article"]["genre"] == "report" and data["article"]["question"] is None
    pages = render_article(analysis, model_name="m")
    assert "crash/arguments.md" not in pages
    overview = pages["crash/index.md"]
    assert "## What happened" in overview and "## Who is involved" in overview
    assert "## What is not yet known" in overview and "arguments.md" not in overview


# An opinion piece whose opening lines say "I" and "they": nothing in them can be asked.
QUAY_LEDE = "I fished from the old quay as a boy. I walk past the boats every morning. They are fewer each year."


@pytest.mark.parametrize("text, title, question", [
    ("Councillors in Harbridge will vote on the congestion charge next week. Critics oppose the charge. "
     "The mayor defended the charge on Monday.", "Harbridge weighs a congestion charge",
     "Should the congestion charge go ahead?"),
    ("Ministers agreed on Monday to extend sanctions on the steel exporter for a year. "
     "Critics warned that higher prices will hurt local builders.", "Sanctions extended",
     "Should ministers extend sanctions on the steel exporter for a year?"),
    ("Cities are debating late buses. Riders want them; operators do not.", "Should Buses Run All Night?",
     "Should buses run all night?"),
    ("Many researchers said the city can cut traffic. The plan is new.", "Harbridge Can Cut Its Traffic by Half",
     "Can Harbridge cut its traffic by half?"),
    (CRASH, "Plane skids off runway at Tessford", None),
    # A report that keeps returning to contention argues the claim its headline makes ...
    ("The survey of 3,000 nurses found most worked unpaid overtime. The health board denied the figures. "
     "Critics accused the board of hiding the shortage. The union rejected the board's reply. "
     "Ministers dismissed the complaints.", "Hospital nurses 'pushed to breaking point'",
     "Are hospital nurses pushed to breaking point?"),
    # ... or, with no claim in its headline, the main clause of its lede (a dateline is no subject).
    ("HALDEN — The mayor's budget speech on Monday angered two of the council's longest-serving members, "
     "leading to a walkout. Critics accused the mayor of ignoring the villages. The mayor denied it. "
     "Both members rejected his apology.", "",
     "Did the mayor's budget speech on Monday anger two of the council's longest-serving members?"),
    # A lede that reports what someone says asks about what is said.
    ("Scientists say the eel population of the estuary has halved since 2015. Anglers dispute the survey. "
     "The agency rejected their complaints. Critics accused it of counting in the wrong season.",
     "The vanishing eels of the estuary",
     "Has the eel population of the estuary halved since 2015?"),
    # A choice still to be made ("decide whether to ..."), by the subject of the clause it hangs on.
    ("Boos from a packed gallery greeted the vote. At the meeting, 9 councillors faced a crowd of 150 when they "
     "met to decide whether to put $4 million towards the new pool. Critics opposed the spending.",
     "Pool vote goes ahead despite boos", "Should councillors put $4 million towards the new pool?"),
    # A decision on something: that thing is the proposal, not "the decision".
    ("Councillors deferred a decision on the proposed forty riverside homes until June. Residents opposed the "
     "proposed forty riverside homes at a meeting. The council will vote on the proposed riverside homes in June.",
     "Councillors defer decision on proposed riverside homes", "Should the riverside homes go ahead?"),
    # A headline word the text never uses as a noun or an adjective is no modifier of the proposal.
    ("Members of Harbourline have rejected the takeover by its largest investor. The board backed the "
     "takeover. Critics opposed the takeover from the start.", "Harbourline members lay takeover to rest",
     "Should the takeover go ahead?"),
    # Two sentences of contention are enough for the lede's main clause to be at issue ...
    ("Delays on the Tessford ferry doubled over the summer. Critics blamed the operator. The operator "
     "defended its record.", "", "Did delays on the Tessford ferry double over the summer?"),
    # ... but a lede whose main verb is the saying asks nothing: the next sentence is tried.
    ("Commuters must get a vote on the timetable, the transport minister said on Monday. The operator rejected the "
     "call. Unions criticised the operator.", "",
     "Did the operator reject the call?"),
    # A headline quoting someone's claim about others asks about that claim.
    ("Tenants should pay less, the housing minister said. Landlords rejected the idea. Critics attacked "
     "the minister for tenants.", "Housing minister: ‘Tenants should pay less’",
     "Should tenants pay less?"),
    # A lede whose main verb backs or fights something asks about that thing, not about the backing.
    ("Mayor backs new tidal barrage\n\nThe mayor said the barrage was the right choice. Critics "
     "attacked the cost. Anglers criticised the mayor.", "", "Should new tidal barrage go ahead?"),
    # A text without a headline that predicts or disputes is about what its lede says.
    ("The new bypass has cut journeys across town. Drivers will save ten minutes a day. Residents could "
     "see less traffic.", "", "Has the new bypass cut journeys across town?"),
    # A headline set against something puts that thing at issue, though the text reports no dispute.
    ("The new bypass would cut through Kelby Wood, the county says. A group of walkers has pitched tents beside "
     "the route of the bypass. Building is due to start in March.", "Walkers camp against bypass",
     "Should the new bypass go ahead?"),
    # A headline that leaves out its "is" to judge its subject claims that judgement.
    ("Ferry timetable a disaster for commuters\n\nCommuters criticised the ferry operator on Monday. The operator "
     "defended its record. The union wants the old times back.", "Ferry timetable a disaster for commuters",
     "Is ferry timetable a disaster for commuters?"),
    # ... but one that judges nothing claims nothing.
    ("Kelby baker a finalist\n\nAna Ruiz reached the final of the national bread contest on Monday. Critics "
     "disputed the judging. The final is in May.", "Kelby baker a finalist", None),
    # A decision reported in the lede is asked about; a name before its doer keeps its capital.
    ("Kelby council voted on Monday to close the town library in June to save money. Readers protested outside "
     "the town hall.", "Kelby library to close", "Should Kelby council close the town library in June to save money?"),
    # A past form in a headline qualifies a noun ("alleged fraud"); it is not the headline's verb.
    ("The Kelby harbour trust has hired auditors to examine its accounts. Members criticised the board for acting "
     "late. The former treasurer denies any wrongdoing and disputes the figures. Critics accuse the board of hiding "
     "the losses.", "Harbour trust investigates alleged fraud by former treasurer",
     "Has the Kelby harbour trust hired auditors to examine its accounts?"),
    # A headline asked as a question loses the capitals the text itself drops, even outside title case.
    ("Harbourline boss meets Angry commuters\n\nAngry commuters criticised the operator on Monday. The union "
     "disputes the operator's figures, and critics accuse Harbourline of ignoring angry passengers.",
     "Harbourline boss meets Angry commuters", "Does Harbourline boss meet angry commuters?"),
    # A quotation in the lede is someone's words, not a decision the report tells.
    ("Harbourline Ferries' plan to merge with Westline has angered island residents. The merger would leave one "
     "operator on the route.\n\n“We will keep every sailing,” said Ana Ruiz, Harbourline's chief executive.\n\n"
     "“Fares will go up,” said Tom Barr, who chairs the island council.", "Row over ferry merger", None),
    # An opinion whose headline and lede cannot be asked is about the proposal it names ...
    (f"{QUAY_LEDE}\n\nThe harbour scheme has been talked about for years. The scheme would fill in the inner basin "
     "for a car park. Nobody I know has asked for the scheme.", "Opinion: the harbour scheme",
     "Should the harbour scheme go ahead?"),
    # ... else about the first judgement it makes in its own words.
    (f"{QUAY_LEDE}\n\nThe harbour scheme has been talked about for years. The scheme would fill in the inner basin "
     "for a car park. The scheme is a betrayal of the town.", "Opinion: a view from the quay",
     "Is the scheme a betrayal of the town?"),
    # A statement with no headline, likewise.
    ("We are a group of Tessford parents. We walk our children to school along the ring road every day. It takes "
     "twenty minutes.\n\nThe crossing on Mill Lane is a disgrace and a danger to every child who uses it. We have "
     "written to the county three times. We will keep writing.", "",
     "Is the crossing on Mill Lane a disgrace and a danger to every child who uses it?"),
])
def test_the_question_comes_from_what_the_text_raises(context_of, text, title, question):
    ctx = context_of(text, title=title)
    assert (ctx.frame.sides.question if ctx.frame.sides else None) == question


def test_no_fixed_fallback_question(context_of):
    ctx = context_of("The museum reopened on Saturday after a two-year renovation. Visitors queued for an hour. "
                     "The new wing shows maps and ship models.", title="Museum reopens after renovation")
    assert ctx.frame.sides is None and not ctx.frame.debate


INTERVIEW = """Mara Lind has run the Tessford ferry line for ten years. We asked her about the new timetable.

## Why did you change the timetable?

I listened to the commuters. They told me the first boat left too late, so we moved it.

## What was the hardest part?

Convincing the crews. I spent a month on the piers talking to every one of them.

## What comes next?

I want electric boats by 2030. My board is not convinced yet, but I am.
"""


def test_a_question_and_answer_interview(context_of):
    ctx = context_of(INTERVIEW, markdown=True, title="Five questions for Mara Lind")
    reading = ctx.reading
    assert reading.genre == "interview"
    assert reading.interviewee == "Mara Lind"
    asked = [ctx.article.sentence(s).text for s in reading.questions]
    answered = [ctx.article.sentence(s).text for s in reading.answers]
    assert asked == ["Why did you change the timetable?", "What was the hardest part?", "What comes next?"]
    assert "I listened to the commuters." in answered and "Convincing the crews." in answered


@pytest.mark.parametrize("text, genre", [
    ("I have walked these piers for thirty years. I know what the ferry means to us. I think the council is wrong. "
     "My neighbours agree. The timetable must change before winter.", "opinion"),
    ("We are the Tessford Ferry Company. We run twelve boats. We will add an early sailing in May. "
     "Our crews are ready. We thank our passengers for their patience.", "statement"),
    (CRASH, "report"),
])
def test_genre(context_of, nlp, text, genre):
    ctx = context_of(text)
    assert find_genre(ctx.article, ctx.doc, DEFAULT_SETTINGS).genre == genre


def test_an_opinion_without_a_question_headline_asks_its_thesis(context_of):
    ctx = context_of("I have walked these piers for thirty years. I think the old ferry timetable is a failure. "
                     "I say so to every councillor I meet. My neighbours agree with me.", title="Letter from the pier")
    assert ctx.reading.genre == "opinion"
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Is the old ferry timetable a failure?"


def test_a_plain_report_whose_headline_drops_its_auxiliary_has_no_question(context_of):
    ctx = context_of("A former treasurer was jailed for four years on Friday for taking money from the club. "
                     "The court heard she spent it on holidays. The club has since changed its bank.",
                     title="Club treasurer jailed for stealing from members")
    assert ctx.frame.sides is None


def test_an_interview_without_a_claim_in_its_headline_asks_about_its_lede(context_of):
    ctx = context_of(INTERVIEW, markdown=True, title="Five questions for Mara Lind")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Has Mara Lind run the Tessford ferry line for ten years?"


def test_a_headline_quoting_its_speaker_is_no_claim_to_invert(context_of):
    ctx = context_of(INTERVIEW, markdown=True, title="Mara Lind: “I would rather run ten boats well than twenty badly”")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Has Mara Lind run the Tessford ferry line for ten years?"


def test_the_question_stage_alone_takes_the_reading(context_of):
    ctx = context_of(CRASH)
    frame = frame_question(ctx.article, ctx.doc, ctx.lexicons, ctx.settings, ctx.reading)
    assert frame.sides is None


def test_a_proposal_reported_with_a_gerund_is_the_question(context_of):
    ctx = context_of("Last month the borough council proposed closing four of its nine libraries to save money. "
                     "Staff say the closures would hurt the poorest residents.",
                     title="“Libraries are the last free indoor space”: an interview with Nadia Okafor")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the borough council close four of its nine libraries to save money?"


def test_a_headline_that_reports_a_finding_asks_about_it(context_of):
    ctx = context_of("Reefs that lose their coral can regrow within a decade, a study found. Not all scientists "
                     "are convinced, and critics dispute the sample. Others reject the claim. Critics say it is "
                     "too early.", title="Coral reefs may recover faster than feared, study finds")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Could coral reefs recover faster than feared?"


def test_a_participle_headline_asks_about_its_subject_but_a_text_naming_itself_does_not():
    from generator.analyse.question.find import participle_question
    assert participle_question("Thousands of tenants stranded without heating", "") == \
        "Are thousands of tenants stranded without heating?"
    # "open" only ends like a participle, and "An open letter to ..." names the text, not a claim.
    assert participle_question("An open letter to the trustees of the Marlow Museum", "") is None
    assert participle_question("Letter sent to the board of governors", "") is None
    # "hatred" only ends like a participle.
    assert participle_question("Minister in harbour 'hatred' row", "") is None


def test_a_headline_quoting_a_charge_in_the_present_asks_about_it(context_of):
    from generator.analyse.question.find import participle_question
    assert participle_question("Port authority 'not listening' to fishermen", "") == \
        "Is port authority not listening to fishermen?"
    # A charge in quotation marks is contention enough, even in a short report.
    ctx = context_of("The harbour master said the port authority was ignoring the fishermen's letters. "
                     "The authority said it would reply in May.",
                     title="Port authority 'not listening' to fishermen")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Is port authority not listening to fishermen?"
    # Without a charge in its headline, such a short report asks nothing.
    quiet = context_of("The harbour master said the port authority was reading the fishermen's letters. "
                       "The authority said it would reply in May.", title="Port authority to reply to fishermen")
    assert quiet.frame.sides is None


_FACT_CHECK = (
    "Last week the Daily Ledger ran a story on the Fenmoor dam. Its reporters claim that the dam is "
    "leaking because the builders cut corners on the concrete.\n\n"
    "This claim is based on a misreading of the inspection report. The seepage it describes is normal for "
    "a dam of this age, and every dam of this design shows it.\n\n"
    "The builders followed the standard specification, and the inspectors found no fault in the concrete.")


def test_a_fact_check_asks_about_the_claim_it_answers(context_of):
    from tests.unit.test_arguments_generic import _arguments

    ctx = context_of(_FACT_CHECK, title="Setting the record straight on the Fenmoor dam")
    assert ctx.frame.sides is not None
    # The reported claim, without its reporting verb, is the question; its apposition-free subject leads.
    assert ctx.frame.sides.question == "Is the dam leaking?"
    assert ctx.frame.rebutted is not None
    sides = {ctx.article.sentence(a.evidence[0]).text.split(",")[0][:19]: a.side for a in _arguments(ctx).items}
    assert sides.get("This claim is based") == "against"  # the text's own voice calls it wrong
    assert sides.get("Its reporters claim") == "for"  # the claim's owner


def test_news_that_corrects_a_rumour_is_no_fact_check(context_of):
    ctx = context_of("Police said a 34-year-old man was arrested on Sunday after a stabbing in Derwick town "
                     "centre. A woman was taken to hospital.\n\n"
                     "Reports on social media that a second man had been arrested were false, a police "
                     "spokeswoman said. Officers are appealing for witnesses.",
                     title="Man held after stabbing in Derwick")
    assert ctx.frame.rebutted is None and ctx.frame.sides is None  # "said" reports; it claims nothing at issue


def test_a_project_nobody_disputes_is_news_not_a_question(context_of):
    ctx = context_of("Ashby council approved a new £5 million leisure centre on Tuesday. The centre will have a "
                     "pool and a gym.\n\nWork on the centre will start in May, the council said. The centre will "
                     "be run by a local trust.", title="Ashby approves new leisure centre")
    assert ctx.frame.sides is None


def test_a_headline_that_reports_a_claim_asks_about_the_claim():
    from generator.analyse.question.find import claim_question
    assert claim_question("Porters’ union says wards are ‘running on goodwill’; trust replies ‘Nonsense’", "") == \
        "Are wards running on goodwill?"
    assert claim_question("Mayor says the new bridge will cut traffic", "") == "Will the new bridge cut traffic?"


def test_a_headline_with_a_verb_of_its_own_is_not_a_participle_headline(context_of):
    # The tagger reads "alleged" as the headline's verb in the past: no auxiliary was dropped before it.
    ctx = context_of("Agency probes alleged hospital vaccine mix-up\n\nDr Lena Varga said the report was wrong. "
                     "Critics dispute it. Others reject the claim. Critics say it is too early.",
                     title="Agency probes alleged hospital vaccine mix-up")
    question = ctx.frame.sides.question if ctx.frame.sides is not None else ""
    assert not question.startswith("Are agency probes")


def test_an_amount_joined_to_the_proposal_by_a_hyphen_stays_in_the_question(context_of):
    ctx = context_of("Bus drivers planned a 48-hour strike on Monday. The union backed the 48-hour strike. "
                     "The company opposed the 48-hour strike and critics warned of chaos.",
                     title="Bus drivers stage 48-hour strike")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the 48-hour strike go ahead?"


_LETTER = (
    "I grew up in Harrow, and even though I have since moved away, I follow the news from my home town. "
    "So I feel compelled to answer the letters that have appeared on these pages.\n\n"
    "Let’s get to the facts on the bus fare. The fare has doubled in ten years while wages have not.\n\n"
    "Let’s take the critics at their word and urge the council to freeze the fare for another year. It is fair "
    "and it is good for business.")


def test_a_letter_in_the_first_person_asks_what_it_calls_for(context_of):
    ctx = context_of(_LETTER, title="Hardly a crisis")
    assert ctx.reading.genre == "opinion"
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the council freeze the fare for another year?"


def test_a_headline_giving_a_stance_toward_an_action_asks_whether_to_take_it(context_of):
    ctx = context_of("Farmers wary of selling their land\n\nFewer farmers are selling land to developers. "
                     "“It is our children’s future,” said Tom Reyes, who farms near the river.",
                     title="Farmers wary of selling their land")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should farmers sell their land?"


def test_to_have_in_a_headline_is_no_auxiliary():
    from generator.analyse.question.find import claim_question
    assert claim_question("Harrow County Has 14 Cases of Mumps", "") is None
    assert claim_question("The council has approved the new runway", "the council met") == \
        "Has the council approved the new runway?"


def test_a_restriction_of_the_proposal_noun_is_the_proposal_and_what_it_restricts_the_opposite(context_of):
    ctx = context_of("Former ministers condemned the mayor's decision to save £2m by cutting the harbour ferry budget. "
                     "Critics said the ferry budget kept the islands connected. The council backed the plans to cut "
                     "the harbour ferry budget. Unions opposed the move.",
                     title="Backlash grows against plans to cut the harbour ferry budget")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the harbour ferry budget cut go ahead?"
    assert ctx.frame.proposal is not None and ctx.frame.opposite is not None
    assert ctx.frame.proposal.search("the cuts") and ctx.frame.proposal.search("the decision")
    assert not ctx.frame.proposal.search("the ferry")
    assert ctx.frame.opposite.search("the ferry") and ctx.frame.opposite.search("its budget")


def test_a_headlines_decision_verb_names_the_proposal_the_text_calls_by_that_noun(context_of):
    ctx = context_of("Neighbours were angry when councillors approved a planning application for the site. "
                     "The committee gave the green light to 20 affordable flats on the old depot. "
                     "A petition opposing the flats was signed by 300 people. Residents said the flats would "
                     "block their light.", title="Councillors approve Mill Lane flats despite petition")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the affordable flats go ahead?"
    # A substance or another decision is no project: "reject fluoride", "overturn the rejection".
    ctx = context_of("The council rejected fluoride on Monday. Critics opposed the vote. Fluoride protects teeth, "
                     "dentists said. Fluoride is cheap.", title="Council rejects fluoride in tap water")
    assert ctx.frame.sides is None or "fluoride go ahead" not in ctx.frame.sides.question


@pytest.mark.parametrize("text, title, question", [
    ("Fishing leaders reached an agreement on Wednesday. The agreement leaves out two fleets. Skippers called "
     "the agreement a sell-out.", "Quota war rages on", "Should the agreement go ahead?"),
    ("Residents are unhappy with the parking permit price hike. The hike doubles the price. Councillors said the "
     "hike would pay for wardens.", "Residents unhappy with parking permit price hike",
     "Should the parking permit price hike go ahead?"),
])
def test_a_deal_reached_and_a_proposal_people_react_to_are_at_issue(context_of, text, title, question):
    ctx = context_of(text, title=title)
    assert ctx.frame.sides is not None and ctx.frame.sides.question == question


def test_a_call_to_scrap_a_coordinated_proposal_is_the_question(context_of):
    ctx = context_of("Stop and search powers should be scrapped entirely after 40 years of anger, a campaigner has "
                     "claimed. Critics opposed the powers. The powers were defended by the police. Officers "
                     "backed the powers.", title="Call to end stop and search")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the search powers be scrapped?"


def test_an_opinion_without_a_stated_belief_asks_what_it_says_should_be_done(context_of):
    ctx = context_of("I have lived in Tessford for thirty years and I have borrowed books every week. Our library "
                     "is the warmest room in town. I am tired of hearing that it costs too much. The council should "
                     "keep the library open on Sundays. My grandchildren read there.", title="Letter: Sundays at the library")
    assert ctx.reading.genre == "opinion"
    assert ctx.frame.sides is not None and ctx.frame.sides.question == \
        "Should the council keep the library open on Sundays?"


def test_a_title_case_headline_asks_in_the_texts_own_case_and_a_pronoun_claims_nothing():
    from generator.analyse.question.find import _headline_case, claim_question
    text = "Council Shelves Plan for Tessford Marina\n\nThe council said the plan had been put off by Ana Ruiz."
    assert _headline_case("Does Council shelve Plan for Tessford Marina?", text) == \
        "Does council shelve plan for Tessford Marina?"
    # "He" in a headline is whoever the text says: no question can be asked about it.
    assert claim_question("He Could Win It All", "he said") is None
    assert claim_question("Ferries Could Run All Night", "the ferries") == "Could ferries run all night?"
