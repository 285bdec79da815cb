"""The argument stage on subjects no topic pack knows: valence, the claim's direction, camps, runs, narration."""

from __future__ import annotations

from generator.analyse.actors import find_actors
from generator.analyse.arguments import find_arguments
from generator.analyse.arguments.consolidate import Point, runs
from generator.analyse.arguments.narration import narrates
from generator.analyse.common.sentiment import load_valence
from generator.analyse.quotes import find_quotes
from generator.analyse.stakes import find_stakes
from generator.analyse.voices import find_voices


def _arguments(ctx):
    cast = find_actors(ctx)
    quotes = find_quotes(ctx, cast).items
    return find_arguments(ctx, cast, quotes, find_voices(ctx, cast, quotes), ())


def _stance_verbs_in(ctx, sentence) -> list[tuple[str, int]]:
    """The stance verbs of one sentence of a small text, read against its question's proposal."""
    from generator.analyse.common.stance_verbs import stance_verbs

    return stance_verbs(ctx.doc, sentence.start, sentence.end, ctx.frame.proposal)


def _side_of(arguments, start: str, ctx) -> str | None:
    for argument in arguments.items:
        if any(ctx.article.sentence(e).text.startswith(start) for e in argument.evidence):
            return argument.side
    return None


def test_vader_rates_words_and_leaves_speech_acts_neutral():
    valence = load_valence()
    assert valence.of("dangerous") < -1.5 and valence.of("efficient") > 1.5
    assert valence.of("rejected") == 0 and valence.of("argues") == 0
    assert [text for text in ("a sluggish and lousy market",)
            for start, end, _ in valence.scan(text, least=1.5) if text[start:end] == "lousy"]


def test_a_complaint_turns_good_words_against_it(context_of):
    # The article's case is a complaint; the employers' reply speaks well of things and answers it.
    ctx = context_of(
        "Thousands of lecturers are trapped on precarious, low-paid contracts, a union report says.\n\n"
        "Staff described bullying by managers and exhausting, unpaid overtime.\n\n"
        "One lecturer said the stress had left her miserable and close to quitting.\n\n"
        "But the employers' association said its members had made huge improvements and that secure, "
        "well-rewarded jobs were growing fastest.", title="Lecturers trapped on precarious contracts",
        question="Are lecturers trapped on precarious contracts?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "Staff described bullying", ctx) == "for"
    assert _side_of(arguments, "But the employers", ctx) == "against"
    assert any(trace.rule == "thesis" for traces in arguments.traces.values() for trace in traces)


def test_a_speaker_who_develops_a_point_makes_one_argument(context_of):
    ctx = context_of(
        "The council approved the stadium loan on Tuesday.\n\n"
        "“This loan is a good investment in the docks. It will bring safe, well-paid jobs. "
        "It will help families who have waited for decades,” said Sarah Okoye, the council leader.",
        question="Should the council approve the stadium loan?")
    arguments = _arguments(ctx)
    runs_of_okoye = [a for a in arguments.items if a.speaker and "okoye" in a.speaker]
    assert len(runs_of_okoye) == 1 and len(runs_of_okoye[0].evidence) >= 2, arguments.items
    assert any(t.rule == "consolidated" for t in arguments.traces[runs_of_okoye[0].id])


def test_runs_stop_at_a_concession_a_new_speaker_and_their_length():
    points = [Point(0, 0, "a", 1), Point(1, 0, "a", 1), Point(2, 0, "a", 1), Point(3, 0, "a", 1),
              Point(4, 0, "b", 1), Point(5, 0, "b", -1, concession=True), Point(6, 0, "b", -1)]
    assert runs(points, most=3) == [[0, 1, 2], [3], [4], [5], [6]]
    # The article's own voice is one speaker within a paragraph or over consecutive sentences only.
    assert runs([Point(0, 0, None, 1), Point(2, 1, None, 1)], most=3) == [[0], [1]]
    assert runs([Point(0, 0, None, 1), Point(1, 1, None, 1)], most=3) == [[0, 1]]


def test_a_reporters_account_of_events_is_narration(context_of):
    ctx = context_of("In the summer heat, the company struck a bitter blow against its rivals. "
                     "Cheap trains would cut the city's traffic.")
    told, argued = ctx.article.sentences
    assert narrates(ctx.doc, told) and not narrates(ctx.doc, argued)
    assert _side_of(_arguments(ctx), "In the summer heat", ctx) is None


def test_declared_stances_travel_with_the_arguments(context_of):
    ctx = context_of("Councillor Tom Reyes, who leads the opposition on the council, spoke on Monday.\n\n"
                     "The Riverside Residents Association opposes the bypass plan.",
                     question="Should the bypass plan go ahead?")
    declared = _arguments(ctx).declared
    assert "against" in declared.values(), declared


def test_a_stake_on_any_subject(context_of):
    ctx = context_of("Maria Lopez, a nurse in Fenwick, fears her family could lose its home if the rent rises again.",
                     published="2024-05-16")
    stakes = find_stakes(ctx, find_actors(ctx)).items
    assert stakes and stakes[0].evidence == ("s1",), stakes


def test_themes_are_named_from_the_nouns_both_sides_use():
    from generator.analyse.arguments.themes import name_themes

    nouns = [frozenset({"job", "loan"}), frozenset({"job", "stadium"}), frozenset({"traffic", "loan"}),
             frozenset({"noise"})]
    themes = name_themes(nouns, [1, -1, 1, -1], [True, True, True, False], frozenset({"loan"}))
    assert themes == ["job", "job", None, None]


def test_a_leading_concession_and_a_declared_side_argue_against(context_of):
    ctx = context_of(
        "The council approved the bridge plan on Tuesday.\n\n"
        "“The bridge will bring safe, well-paid jobs and cleaner air,” said Helen Carter, the mayor.\n\n"
        "While the town has grown rich, the old harbour has suffered terrible decline and painful losses.\n\n"
        "In a survey, most residents opposed the plan.\n\n"
        "The council did not say who would pay for the repairs.",
        question="Should the council build the bridge?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "“The bridge will bring", ctx) == "for"
    assert _side_of(arguments, "In a survey", ctx) == "against"
    assert _side_of(arguments, "The council did not say", ctx) == "against"


def test_a_view_given_to_unnamed_critics_is_the_other_side(context_of):
    ctx = context_of("Critics say the new bridge will ruin the harbour and waste money.\n\n"
                     "The mayor said the bridge would create jobs.", question="Should the council build the bridge?")
    assert _side_of(_arguments(ctx), "Critics say", ctx) == "against"


def test_a_finding_with_its_figure_is_evidence_for_its_speakers_case(context_of):
    ctx = context_of(
        "The county will vote on the bus lane plan on Monday.\n\n"
        "“The lane is the best thing we can do for the town,” said Ilse Marr, the county's transport chief.\n\n"
        "A survey by the county found that 62 percent of riders waited longer than twenty minutes last winter, "
        "Marr said.", question="Should the county approve the bus lane plan?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "A survey by the county found", ctx) == "for"
    finding = next(a for a in arguments.items
                   if any(ctx.article.sentence(e).text.startswith("A survey") for e in a.evidence))
    assert any("a finding or an estimate" in t.detail for t in arguments.traces[finding.id])


def test_one_sided_themes_that_answer_each_other_are_joined():
    from generator.analyse.arguments.themes import pair_themes

    themes = ["safety", "community", "cost", "jobs", "jobs", "traffic"]
    sides = [-1, 1, 1, 1, -1, -1]
    positions = [13, 14, 30, 40, 42, 60]
    nouns = [frozenset({"risk"}), frozenset({"developer"}), frozenset({"price", "model"}), frozenset({"work"}),
             frozenset({"work"}), frozenset({"price", "model", "road"})]
    paired = pair_themes(themes, sides, positions, nouns)
    # A concession and the rebuttal right after it share a theme; "jobs" already has both sides;
    # "cost" and "traffic" are far apart but speak of the same things.
    assert paired[0] == paired[1]
    assert paired[3:5] == ["jobs", "jobs"]
    assert paired[2] == paired[5]
    assert set(paired) == {paired[0], "jobs", paired[2]}


def test_a_concession_is_paired_with_the_reply_after_it():
    from generator.analyse.arguments.themes import pair_themes

    # "Open code is transparent. It also carries risks. But testing by many finds problems fast."
    themes, sides, positions = ["transparency", "safety", "community"], [1, -1, 1], [12, 13, 14]
    nouns = [frozenset({"code"}), frozenset({"risk"}), frozenset({"problem"})]
    paired = pair_themes(themes, sides, positions, nouns, [False, True, False])
    assert paired[1] == paired[2] != paired[0]


def test_a_claim_is_no_relative_clause(context_of):
    from generator.analyse.arguments.claims import core_claim

    ctx = context_of("Not wise: as it dropped its licence, the Kestrel lab broke its first promises of "
                     "independence and candour, which had given it the mission of protecting everyone against "
                     "the dangers and the harms of machines.")
    sentence = ctx.article.sentences[0]
    claim = core_claim(ctx, sentence, sentence.text)
    assert claim.startswith("As it dropped its licence"), claim


_FERRY = ("Island ferry cuts anger commuters\n\n"
          "Commuters on the Isle of Brannock reacted with fury on Tuesday after Westline Ferries said it would cut "
          "winter sailings to the mainland by a third.\n\n"
          "The company said fuel prices had risen by 40 percent in two years.\n\n"
          "Islanders say the cuts will cost jobs and push young families to leave. Isla Munro, who chairs the "
          "community council, called the plan “a betrayal”.\n\n"
          "Not everyone opposes the change. “Better a smaller timetable than no ferry at all,” said Douglas "
          "Fairlie, who runs a haulage firm.")


def test_what_a_body_says_it_will_do_is_the_question_and_it_backs_it(context_of):
    ctx = context_of(_FERRY, title="Island ferry cuts anger commuters")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should Westline Ferries cut winter sailings to the mainland by a third?"
    cast = find_actors(ctx)
    quotes = find_quotes(ctx, cast).items
    arguments = find_arguments(ctx, cast, quotes, find_voices(ctx, cast, quotes), ())
    assert arguments.declared.get("westline-ferries") == "for"
    # "will cost jobs": the jobs are lost, so the good word argues against.
    assert _side_of(arguments, "Islanders say the cuts will cost jobs", ctx) == "against"
    traces = [t.detail for a in arguments.items for t in arguments.traces[a.id]]
    assert any("lost by 'cost'" in detail for detail in traces)


_OPED = (
    "*Ruth Adeyemi is a nurse at St Aldhelm's Hospital and a member of the Carrowmore Transport Users' "
    'Forum.*\n\n'
    'At 11.40 every night I wait at the stop on Quarry Road for the N7. On it are cleaners, porters, '
    'kitchen staff and care workers, most of them going home from shifts that the rest of the city never '
    'sees. Next month Carrowmore City Council will vote on whether to scrap the night network to save '
    '£3.2 million a year.\n\n'
    'I understand why the council is looking for savings. Its budget has been squeezed for a decade, and '
    'nobody enjoys cutting services. But the night buses are not a luxury. For thousands of low-paid '
    'workers they are the only way to get to work.\n\n'
    "The council's own figures show that the night routes carried 1.9 million journeys last year. "
    'Councillor Peter Vance, who chairs the transport committee, has said that taxis and ride-hailing '
    "apps can fill the gap. On my wage, a £25 taxi every night is not a gap; it is a week's food.\n\n"
    'Supporters of the cut argue that the buses run half-empty after 2am. That is true on some routes. '
    'But the answer is to trim the timetable, not to abolish it. Other cities, including Leeds and '
    'Glasgow, have kept their night services by merging routes.\n\n'
    'There is also a safety question. Women who work late tell me they would rather walk than wait alone '
    'for a taxi that may never come. Removing the buses would make the streets less safe, not more.\n\n'
    'The council should keep the night network and find its savings elsewhere. The people who clean its '
    'offices and care for its parents deserve a way home.\n\n'
)


def test_an_op_ed_answers_the_proposals_backers(context_of):
    title = "Scrapping the night bus would strand the workers this city runs on"
    ctx = context_of(_OPED, title=title, author="Ruth Adeyemi")
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Would scrapping the night bus strand the workers this city runs on?"
    cast = find_actors(ctx)
    names = {a.name for a in cast.actors}
    assert "St Aldhelm's Hospital" in names and not {"Leeds", "Glasgow", "Aldhelm", "Hospital"} & names
    quotes = find_quotes(ctx, cast).items
    arguments = find_arguments(ctx, cast, quotes, find_voices(ctx, cast, quotes), ())
    # The backers' view is the other side from the op-ed's own; the judged prediction argues.
    own = _side_of(arguments, "The council should keep the night network", ctx)
    assert own is not None and _side_of(arguments, "Supporters of the cut", ctx) == ("against" if own == "for" else "for")
    assert _side_of(arguments, "Removing the buses would make the streets less safe", ctx) is not None



_STATEMENT = (
    "From 1 January, the monthly price of Brightpath's Standard plan will rise from £38 to £44. We know "
    'that no one welcomes a higher bill, especially this winter, and we want to explain the decision.\n\n'
    'Wholesale gas prices have risen by 28 percent since the summer, and the cost of maintaining the grid'
    ' connections we pay for has gone up too. We have absorbed these costs for nine months. We cannot '
    'keep doing so without putting at risk the investment in the solar farms we promised our customers.\n\n'
    'We have made three commitments. Customers on our Warm Home discount will see no increase at all. '
    'Anyone who wants to leave can switch without an exit fee until 31 March. And we will publish our '
    'costs every quarter, so that customers can see where their money goes.\n\n'
    'The consumer group Fair Power has called the rise "unjustified" and says our profits last year were '
    'the highest in our history. It is true that we made a profit of £21 million last year. But most of '
    'that money is already committed to new solar capacity, which will cut bills in the long run.\n\n'
    'Ofgem, the energy regulator, has been told of the change. Our chief executive, Daniel Osei, will '
    "answer customers' questions in a live session on 12 November.\n\n"
)


def test_a_statement_concedes_then_answers_in_its_own_voice(context_of):
    ctx = context_of(_STATEMENT, title="Why we are raising the price of our Standard plan", author="Brightpath Energy")
    cast = find_actors(ctx)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Brightpath") == "organization" and "Brightpath Energy" not in kinds  # the byline's body
    assert cast.own_voice == "brightpath"
    quotes = find_quotes(ctx, cast).items
    arguments = find_arguments(ctx, cast, quotes, find_voices(ctx, cast, quotes), ())
    own = _side_of(arguments, "We cannot keep doing so", ctx)
    other = "against" if own == "for" else "for"
    assert own is not None
    assert _side_of(arguments, "It is true that we made a profit", ctx) == other  # a concession
    assert _side_of(arguments, "But most of that money", ctx) == own  # the reply to it


def test_a_report_without_a_turn_gives_no_camps_and_a_warning_argues_against(context_of):
    from generator.analyse.common.clauses import clean

    ctx = context_of(
        "Councillors voted on Tuesday to freeze rents on the 4,000 homes the council owns.\n\n"
        "“Nobody should have to choose between heating and rent,” said Amira Haddad, who proposed it.\n\n"
        "The council's finance director, Sue Hart, warned in a report that the freeze would cost £2.6 million "
        "a year in lost income.", question="Should the council freeze rents?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "The council's finance director", ctx) == "against"
    # An attribution that opens the sentence goes; what was said stays.
    assert clean("Its chairman, Keith Barlow, said he feared the council would face pressure to cap rents.") \
        == "He feared the council would face pressure to cap rents."
    assert clean("The rents will rise, Barlow said.") == "The rents will rise"


_RESERVOIR = (
    "A water company wants to flood 400 hectares of farmland at Bramley Vale for a new reservoir. The company "
    "says it needs the storage; farmers say it would wreck a landscape that cannot be replaced.\n\n"
    "“Without a new reservoir, hosepipe bans will become the norm,” said Ruth Adeyemi, the company's chief "
    "executive.\n\n"
    "Opponents are not convinced. “They want our land so that they need not fix their own leaking pipes,” said "
    "Owen Price, a farmer.\n\n"
    "The Vale Society, which has gathered 9,000 signatures against the scheme, argues that the flooding would "
    "drown ancient woodland and a medieval bridge.\n\n"
    "Some local businesses back the plan. “A lake like this would put us on the map,” said Karen Holt, who runs "
    "a boatyard.\n\n"
    "A council officer said in a report that the scheme would create new wetland but warned that construction "
    "traffic would disrupt villages for six years."
)


def test_a_report_of_a_dispute_reads_its_turns_claims_and_replies(context_of):
    ctx = context_of(_RESERVOIR, title="Plan for reservoir at Bramley Vale splits the valley",
                     question="Should the company build the reservoir?")
    arguments = _arguments(ctx)
    # A sentence of the reporter's that says which side its subject takes starts a camp for those quoted next.
    assert _side_of(arguments, "“A lake like this", ctx) == "for"
    assert _side_of(arguments, "“They want our land", ctx) == "against"
    # A reply that judges on its own keeps its own side.
    assert _side_of(arguments, "A council officer said", ctx) == "against"
    # A semicolon before a new speaker's verb separates two claims.
    farmers = [a for a in arguments.items if a.claim.startswith("Farmers say it would wreck")]
    assert farmers and farmers[0].side == "against", arguments.items
    # A claim is what the reporting verb heading its sentence reports, not the subject's description.
    society = [a for a in arguments.items if ctx.article.sentence(a.evidence[0]).text.startswith("The Vale Society")]
    assert society and society[0].claim == "The flooding would drown ancient woodland and a medieval bridge.", \
        arguments.items


_HARBOUR_INTERVIEW = (
    "From next year, cruise ships will be barred from Tessmouth harbour. Harbourmaster Ines Duarte, who drew up "
    "the rule, told us why.\n\n"
    "**Why bar the ships?**\n\n"
    "Because the harbour walls are cracking under their wash. Repairs already cost the town more each year than "
    "the ships bring in.\n\n"
    "**Traders say visitors will simply stop coming. Are they wrong?**\n\n"
    "I understand the worry, and I take it seriously. But the visitors who stay in the town spend far more than "
    "day trippers do.\n\n"
    "**The tourist board says the ban could cost 300 jobs. What then?**\n\n"
    "Then we will look again at the figures. But I would rather adjust the rule than do nothing while the walls "
    "fall into the sea.\n"
)


def test_an_interview_puts_the_other_sides_views_to_its_interviewee(context_of):
    ctx = context_of(_HARBOUR_INTERVIEW, markdown=True, title="Why Tessmouth is closing its harbour to cruise ships")
    assert ctx.reading.genre == "interview"
    # A measure someone imposes ("will be barred") is asked as a decision.
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question.startswith("Should cruise ships be barred from Tessmouth harbour")
    arguments = _arguments(ctx)
    own = _side_of(arguments, "Because the harbour walls", ctx)
    assert own is not None
    other = "against" if own == "for" else "for"
    # What the interviewer says others think is put to the interviewee to answer: the other side.
    assert _side_of(arguments, "Traders say visitors", ctx) == other
    assert _side_of(arguments, "The tourist board says", ctx) == other
    # "I understand the worry" concedes; a "while" after no comma tells when, it concedes nothing.
    assert _side_of(arguments, "I understand the worry", ctx) == other
    assert _side_of(arguments, "But I would rather adjust", ctx) == own
    # The lede that introduces her ("who drew up the rule") tells who she is; it argues nothing.
    assert _side_of(arguments, "Harbourmaster Ines Duarte", ctx) is None


def test_a_judging_noun_decides_its_complement_and_opposed_is_a_turn(context_of):
    ctx = context_of(
        "The city will vote next week on a levy of £2 a night on hotel rooms. The mayor said the levy would "
        "pay for cleaner streets. “It is a fair way to share the cost,” she said.\n\n"
        "The largest hotels are opposed. A spokesman for the Grand Quay hotel group, the market leader, said the "
        "levy was “a punishment for success” and warned that guests would go elsewhere.",
        question="Should the city introduce the levy?")
    arguments = _arguments(ctx)
    spokesman = [a for a in arguments.items
                 if ctx.article.sentence(a.evidence[0]).text.startswith("A spokesman for the Grand Quay")]
    assert spokesman and spokesman[0].side == "against", arguments.items
    # The first thing said, when the speaker goes on to another verb.
    assert spokesman[0].claim == "The levy was a punishment for success.", spokesman[0].claim


_FARE_RISE = (
    "Fairmoor Buses today confirmed that its adult day ticket will rise from £5 to £6 in March.\n\n"
    "The company said the increase was needed to pay for forty electric buses and higher driver wages. "
    "Managing director Helen Carr said: \"No one wants to pay more for the same journey. But without this "
    "investment our oldest buses will break down more often, and every breakdown leaves passengers stranded.\"\n\n"
    "## Reaction\n\n"
    "The Fairmoor Passengers Forum, which speaks for bus users, said the rise was unjustified. \"Fares have gone "
    "up twice in a year, and most people here have no other way to get to work,\" said its secretary, Ravi Sood. "
    "\"Fairmoor made a profit of £12 million last year.\"")


def test_a_fare_rise_statement_and_its_critics(context_of):
    ctx = context_of(_FARE_RISE, title="Fairmoor Buses confirms day ticket increase")
    # The headline names what is done to the ticket: the increase is the proposal.
    assert ctx.frame.sides is not None and "ticket increase" in ctx.frame.sides.question
    arguments = _arguments(ctx)
    # The harm named follows from going without what the speaker defends: it argues for it.
    assert _side_of(arguments, "But without this investment", ctx) == "for"
    # A firm's profit, cited by its critic, is no praise of the rise.
    assert _side_of(arguments, "\"Fairmoor made a profit", ctx) in ("against", None)
    # The forum argues nothing quoted itself: its secretary's camp is its own.
    assert _side_of(arguments, "The Fairmoor Passengers Forum", ctx) == "against"


_PLANT = (
    "Councillors in Redfern will vote next month on whether to back a £60 million incinerator plant on the "
    "old quarry site, after the county's landfill ran out of space.\n\n"
    "The plant, proposed by Ashvale Waste, would burn 200,000 tonnes of rubbish a year. The company says it "
    "could be working by 2030.\n\n"
    "“We cannot keep shipping our rubbish across the country,” said Dana Moss, Ashvale's head of operations. "
    "“This plant gives the county a way to deal with its own waste.”\n\n"
    "Supporters point out that the landfill tax has doubled since 2015 while recycling rates have stalled.\n\n"
    "The Quarry Valley Trust warned that smoke from the plant could harm the wetland next to the site.\n\n"
    "“Burning waste is the dirtiest way to be rid of it,” said Omar Reyes, the trust's director. "
    "“Better recycling would cut far more waste, sooner, at a fraction of the cost.”\n\n"
    "Moss said the plant would not replace recycling. “We need both,” she said.")


def test_a_report_on_a_plant_the_council_votes_on(context_of):
    ctx = context_of(_PLANT, title="County weighs £60m incinerator plant")
    # The lede's "whether to back a £60 million incinerator plant": a project named by any noun is the
    # proposal, without its price.
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the incinerator plant go ahead?"
    arguments = _arguments(ctx)
    # A report gives the backers' view to the yes side.
    assert _side_of(arguments, "Supporters point out", ctx) == "for"
    # The trust's director and the trust argue one case, so his praise of the alternative argues against.
    assert _side_of(arguments, "“Burning waste", ctx) == "against"
    assert _side_of(arguments, "The Quarry Valley Trust warned", ctx) == "against"
    # The proposer's head of operations argues its case, whatever words she uses.
    assert _side_of(arguments, "“We cannot keep", ctx) == "for"
    # Voting on whether to back the plant takes no side.
    assert _side_of(arguments, "Councillors in Redfern", ctx) != "for"


def test_amounts_judge_by_what_they_measure():
    from generator.analyse.arguments.quantities import with_amounts

    def sides(text):
        return [h.side for h in with_amounts([], text)[0]]

    assert sides("Our costs are among the lowest in the country.") == [1]
    assert sides("It would mean more power cuts and higher bills.") == [-1, -1]
    assert sides("The scheme will create fewer jobs.") == [-1]
    assert sides("Households on low incomes can apply.") == []  # says who, judges nothing


_BILL_RISE = (
    "From April, the average Dunmere Power household bill will rise by £6 a month. We know this comes at a "
    "hard time for many families.\n\n"
    "The money will pay for work on our network, much of which was built in the 1960s.\n\n"
    "Some customers have told us that they should not pay for decades of neglect. We understand that.\n\n"
    "Even after the rise, our bills will remain below the national average.\n\n"
    "Campaigners have called for the rise to be delayed until the cost of living eases. We considered this "
    "carefully. Delaying the work would mean more power cuts later, because old equipment fails more often.\n\n"
    "We are also doubling our support fund, and we will report on our progress every year.")


def test_a_statement_of_a_bill_rise_and_the_calls_to_delay_it(context_of):
    ctx = context_of(_BILL_RISE, title="Our plan for the next five years, and what it means for your bill",
                     author="Dunmere Power")
    # "Our plan" is a noun, not the verb of a decision; the statement's "will rise" is its decision.
    assert ctx.frame.sides is not None
    assert ctx.frame.sides.question == "Should the average Dunmere Power household bill rise by £6 a month?"
    arguments = _arguments(ctx)
    assert _side_of(arguments, "Campaigners have called", ctx) == "against"  # a call to put it off
    assert _side_of(arguments, "Some customers have told us", ctx) == "against"  # a view the text answers
    # What follows from putting the work off argues for doing it; low bills speak well of the rise.
    assert _side_of(arguments, "Delaying the work", ctx) == "for"
    assert _side_of(arguments, "Even after the rise", ctx) == "for"


_STRIKE = (
    "Tram drivers in Holt will walk out for three days next month, the Holt Transport Union said on Monday.\n\n"
    "Holt Trams said its offer was generous. It warned that a strike would hit the people who rely on trams "
    "most.\n\n"
    "\"The door remains open,\" said chief executive Nina Vos. \"We urge the union to return to talks.\"\n\n"
    "Shop owners said a strike would cost them up to £1 million in lost trade. Others questioned whether a "
    "walkout would change anything.")


def test_a_strike_report_reads_burdens_doubts_and_a_bare_title(context_of):
    from generator.analyse.arguments.find import _speaks_for

    ctx = context_of(_STRIKE, title="Tram drivers in Holt to strike", question="Should the strike go ahead?")
    cast = find_actors(ctx)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds["Holt Trams"] == "organization"  # an operator named by what it runs
    order = {s.id: i for i, s in enumerate(ctx.article.sentences)}
    # "said chief executive Nina Vos" right after the company's turn: she speaks for the company.
    assert _speaks_for(cast.actors, order).get("nina-vos") == "holt-trams"
    arguments = _arguments(ctx)
    assert _side_of(arguments, "Shop owners said", ctx) == "against"  # what the strike would cost them
    assert _side_of(arguments, "Others questioned whether", ctx) == "against"  # a doubt


def test_praise_of_what_a_ban_takes_away_argues_against_it(context_of):
    text = ("Moreton council will ban cars from the high street from March. The ban is meant to make the street "
            "safer.\n\n"
            "\"Cars are good for the shops here, and drivers are our best customers,\" said shop owner Dilys Pugh.\n\n"
            "\"The ban will make the street a safer and calmer place,\" said council leader Sam Roe.\n\n"
            "Traders have collected 600 signatures against the ban.")
    ctx = context_of(text, title="Moreton to ban cars from the high street")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the ban go ahead?"
    assert ctx.frame.opposite is not None and ctx.frame.opposite.search("cars")  # what the ban acts on
    arguments = _arguments(ctx)
    assert _side_of(arguments, "\"Cars are good", ctx) == "against"
    assert _side_of(arguments, "\"The ban will make", ctx) == "for"


def test_calls_to_keep_or_to_put_off_a_proposal_take_its_sides(context_of):
    text = ("The council will decide in May on the pilot scheme for free school breakfasts.\n\n"
            "Parents have urged the council to extend the pilot scheme to every school.\n\n"
            "Two councillors have called for the pilot scheme to be delayed until its costs are known.")
    ctx = context_of(text, question="Should the pilot scheme go ahead?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "Parents have urged", ctx) == "for"
    assert _side_of(arguments, "Two councillors have called", ctx) == "against"


def test_approving_a_proposal_declares_a_side(context_of):
    from generator.analyse.common.stance_verbs import declared_stances

    ctx = context_of("The Ostley planning board approved the bypass plan on Tuesday. Residents object to it.",
                     question="Should the bypass plan go ahead?")
    cast = find_actors(ctx)
    assert declared_stances(ctx.doc, cast, ctx.frame.proposal).get("ostley-planning-board") == "for"


def test_past_passive_and_past_perfect_accounts_are_narration(context_of):
    ctx = context_of("The appeal was filed by a coalition of tenants’ groups. The coalition had made an urgent motion. "
                     "The motion has been a waste of everyone’s time. The tenants were never consulted.")
    filed, made, judged, complained = ctx.article.sentences
    assert narrates(ctx.doc, filed) and narrates(ctx.doc, made)
    assert not narrates(ctx.doc, judged) and not narrates(ctx.doc, complained)


def test_sales_takeovers_and_named_rules_are_proposals(context_of):
    sale = context_of(
        "The sale of Harbour Park has been called off after the investor withdrew his offer to the club. "
        "Supporters had opposed the sale, and the club's board was split over the sale for months.",
        title="Harbour Park sale off after investor withdraws offer")
    assert sale.frame.sides is not None and sale.frame.sides.question == "Should the sale go ahead?"
    rule = context_of(
        "The Harbour Traders Guild criticised the adoption of the new Clean Harbour Rule on Monday. "
        "The Clean Harbour Rule sets a cap on fuel spills, and the Clean Harbour Rule starts in May.",
        title="Guild statement on the state's adoption of Clean Harbour Rule")
    # A rule with a proper name keeps its capitals; "the adoption of" decides on it.
    assert rule.frame.sides is not None and rule.frame.sides.question == "Should the Clean Harbour Rule go ahead?"
    # A headline in title case names no measure (no "FG Should Perish Plan"), and a heading's capital
    # ("The Decision") is not kept.
    headline = context_of(
        "# FG Should Perish Plan to Return Harbour Gates\n\n## The Decision\n\nThe council approved the harbour "
        "plan on Monday. Residents oppose the plan, and the plan divides the town.", markdown=True)
    assert headline.frame.sides is not None and headline.frame.sides.question == "Should the harbour plan go ahead?"
    # A place the text writes with its capital keeps it ("the Kelby tram trial").
    place = context_of("Councillors in Kelby backed the Kelby tram trial on Monday, and residents of Kelby oppose "
                       "the tram trial. The council will vote on the tram trial in May.",
                       title="Kelby tram trial divides the town")
    assert place.frame.sides is not None and place.frame.sides.question == "Should the Kelby tram trial go ahead?"


def test_praise_of_what_is_preferred_to_the_proposal_argues_against_it(context_of):
    text = ("The port board adopted the mooring rule on Monday. Boat owners have cut fuel spills on their own for "
            "years.\n\n“We urge the board to back this kind of voluntary progress rather than impose costly "
            "regulations,” said Ines Baptiste of the traders' guild.\n\n"
            "“Unfortunately, the rule will create an untested system,” Baptiste said.")
    ctx = context_of(text, question="Should the mooring rule go ahead?")
    arguments = _arguments(ctx)
    # "regulations" is another name of the rule; the praise before "rather than" is of the alternative.
    assert _side_of(arguments, "“We urge the board", ctx) == "against"
    # "Unfortunately" judges the whole clause it opens.
    assert _side_of(arguments, "“Unfortunately", ctx) == "against"


def test_who_announced_a_plan_backs_it_and_a_manner_of_saying_judges_nothing(context_of):
    text = ("The transport ministry has announced plans to bring back toll booths on the coast road.\n\n"
            "Transport Minister Ada Nwosu, who announced the plan, said: “There is no reason why we cannot charge "
            "drivers for the road they use.”\n\n"
            "I can safely tell the minister today that this plan will fail.")
    ctx = context_of(text, question="Should the plan go ahead?")
    arguments = _arguments(ctx)
    # Announcing the plan is news, not a case for it; the minister's own words take her side.
    assert _side_of(arguments, "The transport ministry has announced", ctx) is None
    assert _side_of(arguments, "Transport Minister Ada Nwosu", ctx) == "for"
    # "safely" says how the writer speaks; "will fail" is what the writer predicts of the plan.
    assert _side_of(arguments, "I can safely tell", ctx) == "against"


def test_undoing_a_refusal_is_an_action_whose_praise_argues_yes(context_of):
    from generator.analyse.question.find import asks_action

    assert asks_action("Does government overturn the council's rejection of dredging?")
    assert asks_action("Did the board approve the loan?")
    # Rejecting or stopping turns praise of its object around; a push is no decision.
    assert not asks_action("Does Eastvale reject fluoride in its water?")
    assert not asks_action("Did the speech push a senator over the edge?")
    text = ("Government overturns council's rejection of drilling\n\n"
            "Ada Nwosu has overturned Eastvale council’s rejection of a drilling site, paving the way for a gas "
            "company to drill in the county next year and provoking outrage from local groups.\n\n"
            "“Gas will support growth and create jobs across the coast,” said Nwosu.\n\n"
            "“This is a sad day for the bay,” said Tom Reyes, who chairs the residents' group.\n\n"
            "Opposition parties condemned the move. Residents have opposed drilling for years and criticised "
            "the minister again on Friday.")
    ctx = context_of(text, title="Government overturns council's rejection of drilling")
    assert ctx.frame.action
    arguments = _arguments(ctx)
    assert _side_of(arguments, "“Gas will support", ctx) == "for"
    assert _side_of(arguments, "“This is a sad day", ctx) == "against"


def test_a_ban_is_named_however_it_inflects_and_what_it_bans_is_its_opposite(context_of):
    from generator.analyse.question.find import question_terms, restricted_terms

    terms = question_terms("Should the ban go ahead?")
    assert [m.group(0) for m in terms.finditer("banned, banning, bans, a bandit")] == ["banned", "banning", "bans"]
    ctx = context_of("News that weedkillers are to be banned has pleased gardeners. The ban on the outdoor use of "
                     "glyphosates starts in May.", title="Weedkillers ban divides growers")
    opposite = restricted_terms(ctx.doc, "Should the ban go ahead?")
    assert opposite is not None
    assert opposite.search("weedkillers") and opposite.search("glyphosates") and not opposite.search("use")


def test_the_parse_says_what_a_judging_word_is_about(context_of):
    text = ("The ban on the outdoor use of weedkillers has been criticised by the growers' union, which says "
            "it is not justified.\n\n"
            "“It is up to the authorities to ban anything that is harmful,” said Ana Ruiz, who keeps bees.")
    ctx = context_of(text, question="Should the ban go ahead?", title="Weedkillers ban divides growers")
    arguments = _arguments(ctx)
    # The ban is what is criticised, though "weedkillers" stands nearer the verb.
    assert _side_of(arguments, "The ban on the outdoor use", ctx) == "against"
    # What is harmful is what the ban acts on.
    assert _side_of(arguments, "“It is up to the authorities", ctx) == "for"


def test_a_measure_that_goes_too_far_is_judged_badly(context_of):
    text = ("The board voted to revise the mooring policy on Tuesday.\n\n"
            "“The new policy is too restrictive for small boats,” said Ines Baptiste, who voted against it.")
    ctx = context_of(text, question="Should the mooring policy go ahead?")
    assert _side_of(_arguments(ctx), "“The new policy is too restrictive", ctx) == "against"


def test_a_gerund_under_a_noun_takes_no_side_and_a_dash_ends_a_negation(nlp):
    from generator.analyse.common.stance_verbs import stance_verbs
    from generator.analyse.lexicons import Hit, load_lexicons
    # "excuses for approving the plan": the noun says what the speaker thinks, not the verb it names.
    text = "Residents dismissed the limp excuses for approving the plan."
    assert stance_verbs(nlp(text), 0, len(text)) == []
    text = "Residents said the council was approving the plan."
    assert stance_verbs(nlp(text), 0, len(text)) == [("approving", 1)]
    lexicon = load_lexicons().arguments
    text = "I don't like it – I hate it."
    at = text.index("hate")
    assert not lexicon.negated(text, Hit(at, at + 4, "negative", -1))
    assert lexicon.negated("I don't hate it.", Hit(8, 12, "negative", -1))


_RENT_CAP_LETTER = (
    "The rent cap the council proposes is a costly mistake.\n\n"
    "The rent cap would make flats scarcer and worse. The rent cap would discourage new building and encourage "
    "owners to sell their flats to buyers. Every city that tried a rent cap has regretted it, and the harm "
    "lasted for decades. The rent cap is a bad idea.")


def test_what_the_proposal_itself_would_do_is_a_claim_even_when_its_words_cancel_out(context_of):
    ctx = context_of(_RENT_CAP_LETTER, title="Should the council cap rents?")
    assert ctx.frame.sides is not None
    arguments = _arguments(ctx)
    # "discourage" and "encourage" cancel out; the prediction of the cap's effect still argues, with the
    # writer's camp.
    assert _side_of(arguments, "The rent cap would discourage", ctx) == "against"


def test_a_text_that_keeps_reporting_disagreement_is_about_the_proposal_its_headline_names(context_of):
    ctx = context_of(
        "Dozens of theatres were told of the funding cuts on Friday. Directors condemned the timing. "
        "Actors protested outside the offices. The council rejected the criticism. Several theatres were "
        "informed of total funding cuts. Others learned of the cuts by email.",
        title="Theatres stunned by 'cowardly' funding cuts")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the funding cuts go ahead?"


_TRAM_TRIAL = (
    "The Kelby tram trial should be \"stopped before someone is hurt\", a campaigner has said.\n\n"
    "Mira Holt of the Kelby Walkers' Group said the trams were not safe on the narrow high street. "
    "Ms Holt opposes the trial, saying the crossings are a trap.\n\n"
    "The council said the trial had been a success and that no one had complained. "
    "\"There are no plans to stop the trial, which helps hundreds of people get to work,\" a spokesperson said.")


def test_a_call_to_stop_the_proposal_is_the_question_and_its_critics_argue_yes(context_of):
    ctx = context_of(_TRAM_TRIAL, title="Campaigner's plea against Kelby tram trial")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the Kelby tram trial be stopped?"
    assert ctx.frame.restricts and ctx.frame.opposite is not None and ctx.frame.opposite.search("the scheme")
    arguments = _arguments(ctx)
    # An unnamed "were not safe" is about the trams, what the question would stop: yes.
    assert _side_of(arguments, "Mira Holt of the Kelby Walkers", ctx) == "for"
    # Opposing the trial is backing the stop.
    assert _side_of(arguments, "Ms Holt opposes the trial", ctx) == "for"
    assert _side_of(arguments, "The council said the trial had been a success", ctx) == "against"


def test_a_stopping_verb_that_only_predicts_makes_no_question_of_stopping(context_of):
    ctx = context_of("Street protests could halt the hospital closures, the health chief warned. Critics opposed "
                     "the closures. Unions condemned the closures. Patients protested against the closures.",
                     title="Protests could halt hospital closures")
    assert ctx.frame.sides is not None and ctx.frame.sides.question == "Should the hospital closures go ahead?"


_LEVY_COLUMN = (
    "I have run a corner shop in Eastvale for twenty years, and I think the council's bag levy is a mistake.\n\n"
    "I see the levy's effect every day. The levy is unfair to the poorest customers and a costly failure. "
    "I believe it will drive my customers to the big supermarkets. The levy has failed in every town that tried "
    "it, and it has hurt shops like mine.\n\n"
    "The bag levy burdens small shops with paperwork every month. I know I am not alone in saying so.")


def test_a_column_stating_its_case_about_the_proposal_argues_with_its_writer(context_of):
    ctx = context_of(_LEVY_COLUMN, title="Should Eastvale keep its bag levy?")
    assert ctx.reading.genre == "opinion"
    arguments = _arguments(ctx)
    # No judging word, but the writer's own statement about the levy: the writer's side.
    assert _side_of(arguments, "The bag levy burdens small shops", ctx) == "against"


def test_a_past_sentence_that_declares_a_side_is_no_narration(context_of):
    ctx = context_of("Senior members condemned the planned cut to the ferry budget. Senior members met on Monday.")
    declared, met = ctx.article.sentences
    assert not narrates(ctx.doc, declared) and narrates(ctx.doc, met)


def test_a_main_verb_that_attacks_the_decision_decides_the_side(context_of):
    # "the decision" and "the move" name what is at issue; good words inside what the main verb
    # attacks ("keep", "fine", "popular") do not turn the claim.
    ctx = context_of("Ana Ruiz, a former mayor, attacked the council's decision to shut the library and keep the fine "
                     "and popular old gym. Tom Kelby, the council leader, welcomed the move.",
                     question="Should the library closure go ahead?")
    arguments = _arguments(ctx)
    assert _side_of(arguments, "Ana Ruiz", ctx) == "against"
    assert _side_of(arguments, "Tom Kelby", ctx) == "for"


def test_a_past_account_with_a_side_or_its_reason_in_a_clause_is_no_narration(context_of):
    ctx = context_of("Among the guests was the harbour master, who denounced the closure. The mayor backed the "
                     "scheme, calling it good value for the town. The board delayed the vote, citing the cost. "
                     "The board met on Monday in the town hall.")
    denounced, calling, citing, met = ctx.article.sentences
    assert not narrates(ctx.doc, denounced) and not narrates(ctx.doc, calling) and not narrates(ctx.doc, citing)
    assert narrates(ctx.doc, met)
    # A finding reported in a clause of its own is a view too.
    ctx = context_of("The panel studied ten years of ferry data and concluded that the cuts had cost the island "
                     "its doctors.")
    assert not narrates(ctx.doc, ctx.article.sentences[0])


def test_it_after_a_stance_verb_is_the_proposal_its_sentence_names(context_of):
    from generator.analyse.common.stance_verbs import declared_stances

    ctx = context_of("Drivers dislike the toll, and the Harbourline Drivers Union opposes it.",
                     question="Should the toll go ahead?")
    cast = find_actors(ctx)
    assert declared_stances(ctx.doc, cast, ctx.frame.proposal).get("harbourline-drivers-union") == "against"
    # "it" with no mention of the proposal in its sentence may be anything.
    ctx = context_of("The bridge opened in May. The Harbourline Drivers Union opposes it.",
                     question="Should the toll go ahead?")
    assert declared_stances(ctx.doc, find_actors(ctx), ctx.frame.proposal) == {}


def test_support_denied_by_its_subject_or_by_the_noun_it_completes_fights_the_proposal(context_of):
    from generator.analyse.common.stance_verbs import main_stance

    ctx = context_of("No councillor backs the ferry fare increase. There is no case to back this "
                     "proposal. Two councillors back the ferry fare increase.",
                     question="Should the fare increase go ahead?")
    nobody, no_case, two = ctx.article.sentences
    assert main_stance(ctx.doc, nobody.start, nobody.end, ctx.frame.proposal) == -1
    assert _stance_verbs_in(ctx, no_case) == [("back", -1)]
    assert main_stance(ctx.doc, two.start, two.end, ctx.frame.proposal) == 1


def test_speaking_in_opposition_to_a_proposal_fights_it(context_of):
    ctx = context_of("Ferry users spoke in opposition to the closure of the island pier.",
                     question="Should the closure go ahead?")
    assert _stance_verbs_in(ctx, ctx.article.sentences[0]) == [("spoke", -1)]


def test_avoiding_what_a_judging_word_names_turns_it_around():
    from generator.analyse.lexicons import Hit, load_lexicons

    lexicon = load_lexicons().arguments
    text = "The harbour board should avoid praising the marina plan."
    at = text.index("praising")
    assert lexicon.negated(text, Hit(at, at + len("praising"), "positive", 1))


def test_a_long_object_is_named_by_its_head_and_what_comes_before_it(context_of):
    ctx = context_of("Harbourline tenants denounced the promised rise in the service charge paid by every tenant "
                     "of the older blocks on the estate and by the shops on its square.",
                     question="Should the rise go ahead?")
    assert _stance_verbs_in(ctx, ctx.article.sentences[0]) == [("denounced", -1)]


def test_who_is_blamed_or_praised_for_an_act_takes_the_side_of_the_judging_verb(nlp):
    import re

    from generator.analyse.common.stance_verbs import stance_verbs

    terms = re.compile(r"\b(?:closure|library)s?\b")
    # The act carries the proposal out: blaming argues against it, and the act itself ("rush") counts for nothing.
    text = "Tessford parents attacked the mayor for wanting to rush the library closure through."
    assert stance_verbs(nlp(text), 0, len(text), terms) == [("attacked", -1)]
    # The act fights it: praise of the one who fights argues against it too.
    text = "Residents praised the mayor for opposing the closure."
    assert stance_verbs(nlp(text), 0, len(text), terms) == [("praised", -1)]
    text = "Residents praised the mayor for his speech."
    assert stance_verbs(nlp(text), 0, len(text), terms) == []


def test_a_concern_or_support_voiced_about_the_proposal_takes_its_side(nlp):
    import re

    from generator.analyse.common.stance_verbs import stance_verbs

    terms = re.compile(r"\b(?:tram|scheme)s?\b")
    text = "Several councillors raised concerns about the proposed tram line."
    assert stance_verbs(nlp(text), 0, len(text), terms) == [("raised", -1)]
    text = "Market traders expressed support for the scheme."
    assert stance_verbs(nlp(text), 0, len(text), terms) == [("expressed", 1)]
    text = "Several councillors raised concerns about the weather."
    assert stance_verbs(nlp(text), 0, len(text), terms) == []


def test_a_word_inside_a_name_judges_nothing(context_of):
    ctx = context_of("Should the Harbourline merger go ahead?\n\n"
                     "“The Department of Justice will look at the merger next month,” said Ana Ruiz, a lawyer.",
                     question="Should the merger go ahead?")
    # "Justice" is a good word only outside the name; the sentence tells what comes next, it argues nothing.
    assert _side_of(_arguments(ctx), "“The Department of Justice", ctx) is None


def test_a_reported_view_with_a_judging_word_argues_its_speakers_case(context_of):
    ctx = context_of("Should the Kelby parking charge go ahead?\n\n"
                     "The council wants a £5 parking charge in Kelby town centre. Ana Ruiz, who runs a bakery on the "
                     "high street, opposes the parking charge. Ana Ruiz said that trade on the high street was already "
                     "poor and that several shops had closed last winter.",
                     question="Should the parking charge go ahead?")
    # It names no proposal and has no modal verb, but it judges: it argues the case its speaker declared.
    assert _side_of(_arguments(ctx), "Ana Ruiz said that trade", ctx) == "against"


def test_those_against_and_those_in_favour_give_their_camps_view(context_of):
    text = ("Harbourline Energy wants to build twelve turbines on Tessford Ridge. The council will decide on the "
            "wind farm in March.\n\n"
            "Those against the wind farm say the open ridge is the finest view in the county.\n\n"
            "Those in favour of the wind farm say the valley has waited too long for cheap power.\n\n"
            "The council received 300 letters about the plan.")
    ctx = context_of(text, title="Valley split over wind farm")
    arguments = _arguments(ctx)
    # The praise of the view is the opponents' reason, not praise of the turbines.
    assert _side_of(arguments, "Those against the wind farm", ctx) == "against"
    assert _side_of(arguments, "Those in favour of the wind farm", ctx) == "for"


def test_a_judgement_of_it_or_this_is_of_the_matter_at_issue(context_of):
    text = ("Kelby council voted on Monday to close the town library in June to save money.\n\n"
            "“It is shameful,” said Ana Ruiz, who has used the library for thirty years.\n\n"
            "The council leader, Tom Barr, said the closure was needed to balance the budget.\n\n"
            "The library has 4,000 members.")
    ctx = context_of(text, title="Kelby library to close")
    assert ctx.frame.sides.question == "Should Kelby council close the town library in June to save money?"
    # "It" is the closure the text reports, not the library the closure would take away.
    assert _side_of(_arguments(ctx), "“It is shameful", ctx) == "against"


def test_whose_the_proposal_is_backs_it(context_of):
    text = ("Kelby Council's plan to close the swimming pool has angered parents. Residents oppose the plan, and the "
            "swimming club wants a delay.\n\nThe council will vote on the plan in May.")
    ctx = context_of(text, title="Row over pool closure")
    assert ctx.frame.sides.question == "Should the plan go ahead?"
    declared = _arguments(ctx).declared
    # "Kelby Council's plan": the council puts it forward.
    assert declared.get("kelby-council") == "for" and declared.get("residents") == "against"
