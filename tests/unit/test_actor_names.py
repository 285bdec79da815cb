"""Names the parser misses or cuts: acronyms defined in brackets, unnamed spokespeople, titled names."""

from __future__ import annotations

from generator.analyse.actors import find_actors
from generator.analyse.quotes import find_quotes


def _cast(context_of, text, **meta):
    ctx = context_of(text, **meta)
    return ctx, find_actors(ctx)


def test_a_name_defined_by_its_acronym_is_one_organisation(context_of):
    _, cast = _cast(context_of, "Lecturers are angry, according to the University and College Union (UCU). "
                                "UCU said the report proves its case.")
    names = {a.name: a for a in cast.actors}
    assert "University and College Union" in names
    assert "UCU" in names["University and College Union"].aliases
    assert not {"University", "College Union"} & set(names)


def test_an_unnamed_spokesperson_is_named_after_the_body_they_speak_for(context_of):
    text = ("“We have worked with the unions for years,” said a spokesperson for the Harbour Employers’ Association "
            "(HEA). “Our figures show steady growth,” he said.\n\n"
            "A spokeswoman for Kestrel Freight declined to comment.")
    ctx, cast = _cast(context_of, text)
    names = {a.name: a for a in cast.actors}
    assert "HEA spokesperson" in names and "Kestrel Freight spokeswoman" in names
    assert names["HEA spokesperson"].kind == "person"
    quotes = find_quotes(ctx, cast)
    assert [q.speaker for q in quotes.items] == ["hea-spokesperson", "hea-spokesperson"]


def test_titled_names_and_speakers_the_parser_leaves_unmarked(context_of):
    text = ("“The quota will ruin us,” said Port Commissioner Ilse Varga. "
            "Finance Minister Tomas Eld disagreed with her on Monday.")
    _, cast = _cast(context_of, text)
    people = {a.name for a in cast.actors if a.kind == "person"}
    assert {"Ilse Varga", "Tomas Eld"} <= people


def test_title_case_headlines_name_no_one(context_of):
    _, cast = _cast(context_of, "Real Humans Can’t Tell the Difference Between Two Models\n\nThe study was small.")
    assert not [a for a in cast.actors if a.kind == "person"]


def test_signatures_and_read_on_lists_are_rosters_not_actors(context_of):
    text = ("We, the undersigned, ask the county to keep the seed library open. Its collection feeds every garden "
            "in the valley.\n\n"
            "Ana Ruiz, retired farmer, Kelby\n\nTom Hale, professor of botany, University of Leeds\n\n"
            "Lee Wong, librarian, Marrowby\n\nPriya Nair, beekeeper\n\n"
            "Want to read more? Read about:\n\n- Jo Baines, Director of Engineering at Acme Cloud")
    _, cast = _cast(context_of, text, markdown=True)
    names = {a.name for a in cast.actors}
    assert not {"Ana Ruiz", "Tom Hale", "Lee Wong", "Priya Nair", "Jo Baines", "Acme Cloud"} & names


def test_an_open_letter_speaking_as_we_speaks_for_its_signatories(context_of):
    from generator.analyse.voices import find_voices

    text = ("We write to ask the county to keep the seed library open. We have seen what it gives the valley.\n\n"
            "Our gardens grow from its collection. We urge the council to find the money, and we will help.\n\n"
            "If the library closes, we lose seeds that no shop sells.")
    ctx, cast = _cast(context_of, text, title="An open letter on the seed library")
    assert cast.own_voice == "signatories"
    quotes = find_quotes(ctx, cast)
    voices = find_voices(ctx, cast, quotes.items)
    assert voices.narrator == "we" and "signatories" in voices.narrators


def test_a_report_that_mentions_a_signature_is_no_letter(context_of):
    text = ("We asked the council. We asked the mayor. We asked the county. We got no answer.\n\n"
            "The order signed by the governor last year changed nothing.")
    _, cast = _cast(context_of, text, title="Nobody answers in Kelby")
    assert cast.own_voice is None


def test_a_statement_signed_by_an_organisation_speaks_for_it(context_of):
    text = ("From April, the average bill in the Greywater region will rise by £62 a year. We know this comes at a "
            "hard time, and we want to explain why.\n\n"
            "Most of the increase pays for new mains. We will replace the oldest pipes first, and we will publish "
            "our leak figures every month.\n\n"
            "Customers on low incomes will not pay the increase; we are doubling our support scheme. We paid no "
            "dividend last year.")
    _, cast = _cast(context_of, text, author="Greywater Utilities", title="Why bills are rising")
    names = {a.name for a in cast.actors}
    assert cast.own_voice == "greywater-utilities"
    assert "Greywater" not in names  # "the Greywater region" is a place


def test_a_lone_name_used_only_as_a_place_is_no_person(context_of):
    _, cast = _cast(context_of, "Ines Marlow, a fisher from Skerra, said the quota was unfair. She has fished "
                                "out of Skerra for thirty years.")
    assert [a.name for a in cast.actors] == ["Ines Marlow"]


def test_a_name_that_only_qualifies_a_thing_is_no_person(context_of):
    _, cast = _cast(context_of, "Lucía Marlowe won two Grand Slam titles before an injury ended her career. "
                                "Marlowe now coaches juniors.")
    assert [a.name for a in cast.actors] == ["Lucía Marlowe"]


def test_an_occupation_or_an_ensemble_before_a_name_says_its_kind(context_of):
    text = ("OSLO (Northern Wire) - Folk trio Harbour Lights won the prize on Thursday, beating the rapper "
            "Kid Fjord.\n\n“We recorded most of it in a fishing shed,” singer Ingrid Holm told reporters.")
    _, cast = _cast(context_of, text)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Harbour Lights") == "group" and kinds.get("Kid Fjord") == "person"
    assert kinds.get("Ingrid Holm") == "person" and "OSLO" not in kinds  # the dateline is a place


def test_a_group_named_once_inside_a_clause_about_something_else_is_no_actor(context_of):
    text = ("The new rules will change the way that AI organizations operate in Europe. "
            "Independent economists are sceptical. Critics warned that the plan is too expensive.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors if a.kind == "group"}
    assert "independent economists" in names and "critics" in names
    assert "AI organizations" not in names


def test_a_quoted_title_after_a_noun_for_a_work_is_a_product(context_of):
    text = ("Harbour Lights won the prize for their album “Salt Roads,” beating Vera Lund, whose album "
            "“Night Ferry” topped the charts. Critics called “Salt Roads” brave.")
    _, cast = _cast(context_of, text)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Salt Roads") == "product" and kinds.get("Night Ferry") == "product"


def test_a_place_that_acts_is_an_institution_and_a_building_that_speaks_its_operator(context_of):
    text = ("China imposed new limits on exports last week. Tessford Airport said the runway would reopen on Monday. "
            "The delegates met at Harbour Tower.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert {"China", "Tessford Airport"} <= names and "Harbour Tower" not in names


def test_byline_authors_are_actors_and_no_antecedents(context_of):
    text = ("By Priya Sandhu\n\nJudge Alison Mercer jailed the former treasurer on Friday. "
            "“You treated the charity’s account as your own,” she said. A spokesman for the commission said "
            "trustees must check their accounts. The Charity Commission has opened an inquiry.")
    ctx, cast = _cast(context_of, text, author="Priya Sandhu, Tom Reddy")
    names = {a.name: a for a in cast.actors}
    assert {"Priya Sandhu", "Tom Reddy"} <= set(names)
    assert names["Tom Reddy"].mentions == () and names["Tom Reddy"].description == "author of the article"
    quotes = find_quotes(ctx, cast)
    assert [q.speaker for q in quotes.items] == ["alison-mercer"]


def test_a_spokesman_for_the_body_named_before_is_named_after_it(context_of):
    text = ("The Charity Commission has opened an inquiry. A spokesman for the commission said trustees must "
            "check their accounts every month.")
    _, cast = _cast(context_of, text)
    assert "Charity Commission spokesman" in {a.name for a in cast.actors}


def test_an_acronym_before_a_noun_for_a_body_is_an_organisation(context_of):
    _, cast = _cast(context_of, "The GMB union, which represents workers at the creamery, said no jobs would be "
                                "cut. The UK regulator agreed. Westmoor Holdings, Halden's parent, said nothing.")
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("GMB") == "organization" and "UK" not in kinds
    assert kinds.get("Westmoor Holdings") == "organization"  # "parent" is no person here


def test_what_takes_an_article_is_no_person_and_a_person_of_a_place_is_the_person(context_of):
    text = ("The planet was last this warm in the Pliocene, Sasha Luccioni of Mila said. She won an Oscar "
            "for her film. Techniques such as Parameter Efficient Fine Tuning (PEFT) are cheap.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert "Sasha Luccioni" in names
    assert not {"Pliocene", "Oscar", "Parameter Efficient Fine Tuning", "Luccioni of Mila"} & names


def test_a_phrase_quoted_twice_gives_its_speaker_only_the_later_sentence(context_of):
    from generator.analyse.voices import find_voices

    text = ("Some 9,000 drivers were on “flexible contracts” last year, the survey found.\n\n"
            "But Mara Tull, a spokeswoman for the Haulage Federation, said firms had cut “flexible contracts” "
            "sharply and that most drivers were content.")
    ctx, cast = _cast(context_of, text)
    voices = find_voices(ctx, cast, find_quotes(ctx, cast).items)
    first, second = ctx.article.sentences[:2]
    assert voices.of(first.id)[0] is None  # the survey's figure is no one's speech
    assert voices.of(second.id)[0] == "mara-tull"


def test_the_seat_a_member_sits_for_is_a_place(context_of):
    _, cast = _cast(context_of, "Ada Brenn, the Labour MP for Hartfield Central, said the plan was unfair.")
    names = {a.name for a in cast.actors}
    assert "Ada Brenn" in names
    assert "Hartfield Central" not in names  # spaCy calls it an organisation


def test_the_body_a_person_works_for_is_an_organisation(context_of):
    _, cast = _cast(context_of, "Ola Berg is a designer for Tandrel in Oslo. She said the new rules were vague.")
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Tandrel") == "organization"  # spaCy calls it a place
    assert "Oslo" not in kinds


def test_a_college_of_someones_name_is_one_body(context_of):
    text = "“The toll is a blunt tool,” says Ana Ruiz, a lecturer in transport at King’s College London."
    _, cast = _cast(context_of, text)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("King’s College London") == "organization" and "College London" not in kinds



def test_a_clause_in_title_case_is_no_name(nlp):
    from generator.analyse.actors.nonactors import not_an_actor

    text = "Critics say The Ferry Algorithm Has Flaws, and the port agrees."
    doc = nlp(text)
    start = text.index("The Ferry")
    span = doc.char_span(start, start + len("The Ferry Algorithm Has Flaws"))
    assert not_an_actor(span, span.text, text, "organization")


def test_a_wire_story_after_its_headline(context_of):
    text = ("Island ferry cuts anger commuters\n\n"
            "PORT KELLAN, Scotland, May 12 (Coastwire) - Commuters on the Isle of Brannock reacted with fury after "
            "Westline Ferries said it would cut winter sailings. The company said fuel prices had risen.\n\n"
            "Transport Scotland, the government agency that funds the route, said it was disappointed. "
            "A spokeswoman declined to say more.\n\n"
            "Not everyone minds. Douglas Fairlie, who runs a haulage firm, said fewer sailings could save the service.\n\n"
            "The cuts need approval from the regulator, the Ferries Commission, which decides in August.")
    _, cast = _cast(context_of, text, title="Island ferry cuts anger commuters")
    actors = {a.name: a for a in cast.actors}
    assert not {"KELLAN", "PORT KELLAN", "Isle of Brannock", "Scotland", "regulator"} & set(actors)
    assert "the company" in [alias.casefold() for alias in actors["Westline Ferries"].aliases]
    assert actors["Transport Scotland"].kind == "organization"
    assert "Transport Scotland spokeswoman" in actors  # the bare spokeswoman speaks for the body just named
    assert "A spokeswoman" not in actors["Douglas Fairlie"].aliases  # a new paragraph names someone else
    assert "the regulator" in actors["Ferries Commission"].aliases


def test_the_text_corrects_the_parsers_kind(context_of):
    # The small model calls this person an organisation and the borough a person.
    text = ("“Libraries are the last free indoor space”: an interview with Nadia Okafor\n\n"
            "Nadia Okafor has been the chief librarian of Fenwick Borough for eleven years.")
    _, cast = _cast(context_of, text, title="“Libraries are the last free indoor space”: an interview with Nadia Okafor")
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Nadia Okafor") == "person"
    assert "Fenwick Borough" not in kinds
    assert all("\n" not in alias for a in cast.actors for alias in a.aliases)


def test_a_science_report_names_people_journals_and_places_rightly(context_of):
    text = ("Reefs that lose their coral can regrow within a decade, according to a study published in the journal "
            "Nature Ecology & Evolution. The researchers, led by Dr Hannah Cole, tracked 214 reefs across the "
            "Indian and Pacific oceans.\n\n"
            "“This is not a reason to relax,” Cole said.")
    _, cast = _cast(context_of, text, author="Priya Raman; Science Correspondent")
    actors = {a.name: a for a in cast.actors}
    assert "Cole" in actors["Hannah Cole"].aliases and "Cole" not in actors
    assert actors["Nature Ecology & Evolution"].kind == "media"
    assert not {"Pacific", "Science Correspondent"} & set(actors)


def test_rivers_and_leisure_centres_are_no_actors(context_of):
    text = ("The road was closed after the River Tewe burst its banks, police said. Residents were taken to "
            "Dunmere Leisure Centre, Tewesdale District Council said.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert "Tewesdale District Council" in names
    assert not {"River Tewe", "Dunmere Leisure Centre"} & names


def test_awards_and_codes_are_no_actors(context_of):
    text = ("The film won the top prize at the Harbour Screen Awards on Sunday, said Ines Vaal, who chairs the jury. "
            "The paper follows the Kestrel Trust Principles, its editor said.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert "Ines Vaal" in names
    assert not {"Harbour Screen Awards", "Kestrel Trust Principles"} & names


def test_a_valley_is_a_place_and_a_body_named_by_whose_it_is_acts(context_of):
    text = ("Northmere Water wants to flood farmland at Hollin Dale for a reservoir. The company says it needs "
            "the storage.\n\n"
            "But the farmers' union has condemned the plan. “We will fight it,” said Ada Kerr, its president.")
    _, cast = _cast(context_of, text)
    actors = {a.name: a for a in cast.actors}
    assert "Hollin Dale" not in actors  # a landscape's name
    assert "farmers' union" in actors


def test_bodies_the_parser_misses_and_the_jobs_written_around_names(context_of):
    text = ("Fares at Orrin Ferries will rise in May. Chief executive Paula Brenn said the rise paid for two new "
            "boats. Passengers asked the regulator to step in.\n\n"
            "The Island Travellers Forum, which speaks for passengers, said the rise was unfair. \"Islanders have no "
            "other way to the mainland,\" said its chair, Colm Ardagh. Residents' groups on the islands want a freeze.\n\n"
            "The regulator, the Sea Transport Commission, said it would look at the fares.")
    _, cast = _cast(context_of, text)
    names = {a.name: a for a in cast.actors}
    assert names["Island Travellers Forum"].kind == "organization"  # a speaking name ending in 'Forum'
    assert names["Paula Brenn"].description == "Chief executive"
    assert names["Colm Ardagh"].description == "chair of the Island Travellers Forum"
    # "the regulator" used before the name is introduced is the same body
    assert "regulator" not in names
    assert "the regulator" in names["Sea Transport Commission"].aliases
    assert "residents' groups" in names  # whose the groups are is their name


def test_a_name_after_a_noun_for_a_body_is_a_body(context_of):
    # The tagger takes "Parents for Safer Roads" for a work's title; "the group" before it says what it is.
    text = ("Lena Fisk, who founded the group Parents for Safer Roads after a crash last year, said the "
            "crossing was dangerous. Her group has collected 900 signatures. It also argues that the speed "
            "limit should fall.")
    _, cast = _cast(context_of, text)
    names = {a.name: a for a in cast.actors}
    assert names["Parents for Safer Roads"].kind == "organization"


def test_groups_named_by_a_bare_noun_are_told_apart_by_whose_they_are(context_of):
    text = ("Environmental groups say the quarry would harm the river. Residents' groups estimate that it "
            "would add £40 a year to council tax.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert {"environmental groups", "residents' groups"} <= names


def test_a_lone_name_with_an_apposition_for_a_body_is_a_body(context_of):
    text = ("Zipr, the company that runs the scheme, said the decision was a mistake. Its manager said the "
            "scooters had replaced thousands of car journeys.")
    _, cast = _cast(context_of, text)
    assert {a.name: a.kind for a in cast.actors}.get("Zipr") == "organization"


def test_what_follows_a_name_tells_its_kind_when_the_tagger_is_wrong(context_of):
    text = ("Grace Mbeki runs the village shop and has lived in Tolworth for thirty years. \"The lorries will "
            "come past the school twice an hour,\" she said.\n\n"
            "Stonebridge Aggregates, which wants to dig the quarry, said it would create 40 jobs.")
    _, cast = _cast(context_of, text)
    kinds = {a.name: a.kind for a in cast.actors}
    assert kinds.get("Grace Mbeki") == "person"  # "she" goes on after a name tagged as a place
    assert kinds.get("Stonebridge Aggregates") == "organization"  # "which" is said of bodies


def test_a_possessive_before_a_buildings_word_makes_one_place_name(context_of):
    text = ("A fire destroyed Carter's Mill in Ashby overnight, the fire service said. \"It is a sad day,\" said "
            "historian Mary Jessop.")
    _, cast = _cast(context_of, text)
    names = {a.name for a in cast.actors}
    assert "Carter" not in names and "Mill" not in names and "Mary Jessop" in names


def test_a_long_body_name_the_tagger_missed_is_known_by_its_last_word_and_description():
    from generator.analyse.actors.fallback import unmarked_names
    from generator.analyse.nlp import load_pipeline

    doc = load_pipeline()("Harbour Road Residents Action Group, a local campaign group, was dismayed by the vote.")
    doc.ents = []  # as the model leaves such names in a longer text
    found = unmarked_names(doc, [])
    assert [(c.name, c.kind) for c in found] == [("Harbour Road Residents Action Group", "organization")]


def test_an_acronym_that_drops_a_word_names_the_body_it_follows(context_of):
    from generator.analyse.actors.find import _abbreviates

    assert _abbreviates("NIWA", "NIWAR") and _abbreviates("UCU", "UCU")
    assert not _abbreviates("WA", "NIWAR") and not _abbreviates("NI", "NIWAR")
    _, cast = _cast(context_of,
                    "Norland’s Harbour Institute of Water and Tidal Research (HIWT) announced the survey on Monday. "
                    "“We found eleven new species,” said HIWT biologist Ines Marlow. The HIWT’s ship sails again in "
                    "May.")
    bodies = {a.name: a for a in cast.actors if a.kind == "organization"}
    assert "HIWT" in bodies["Harbour Institute of Water and Tidal Research"].aliases
    assert "HIWT" not in bodies


def test_one_of_a_kind_of_company_is_a_company_though_tagged_a_place(context_of):
    from generator.analyse.actors.fallback import body_apposition
    from generator.analyse.nlp import load_pipeline

    doc = load_pipeline()("The museum rented its hall to Corvina, one of the world’s largest defence companies, "
                          "for a party.")
    span = next(t for t in doc if t.text == "Corvina")
    assert body_apposition(doc[span.i:span.i + 1]) is not None


def test_one_person_whose_first_name_the_text_spells_two_ways_is_one_actor(context_of):
    _, cast = _cast(context_of,
                    "Actor Anthony Marlow backed the festival on Monday. “It gave me my start,” said Anthony "
                    "Marlow. Actor Antony Marlow said the cuts were cruel.")
    people = [a.name for a in cast.actors if a.kind == "person"]
    assert people == ["Anthony Marlow"]


def test_the_board_is_the_body_named_only_by_an_acronym_ending_in_its_initial(context_of):
    _, cast = _cast(context_of,
                    "The GCB lifted the bans on four bowlers on Monday. Former players said the board had made a "
                    "mockery of itself, and the board did not reply.")
    bodies = {a.name: a.aliases for a in cast.actors if a.kind == "organization"}
    assert "the board" in bodies.get("GCB", ()) and "board" not in bodies


def test_an_institution_named_in_full_later_is_the_one_its_description_meant(context_of):
    _, cast = _cast(context_of,
                    "The court would not hear the case against the government. Lawyers for the applicants were "
                    "dismayed.\n\nAt present, the Federal Government intends to close the old files, and the "
                    "Federal Government will return the fees.")
    bodies = {a.name: a.aliases for a in cast.actors if a.kind == "organization"}
    assert "government" not in bodies and "the government" in bodies.get("Federal Government", ())


def test_a_spokesman_for_a_body_is_not_the_next_person_named(context_of):
    text = ("Harbourline Ferries faces a strike over pay.\n\n"
            "A spokesman for the company said it had “every hope of a settlement”.\n\n"
            "Ana Ruiz, a deckhand for eleven years, said: “Our pay has not moved since the pandemic.”")
    _, cast = _cast(context_of, text, title="Harbourline ferries face a strike")
    actors = {a.name: a for a in cast.actors}
    assert "Harbourline Ferries spokesman" in actors
    assert not any("spokesman" in alias.casefold() for alias in actors["Ana Ruiz"].aliases)
    # A wire lede's unnamed speaker is the person the next paragraph names.
    text = ("Ferry fares should be frozen for a year, a campaigner has said.\n\n"
            "Ana Ruiz, of the Island Travellers Forum, said the rise would hurt families on the islands.")
    _, cast = _cast(context_of, text, title="Call to freeze ferry fares")
    assert "a campaigner" in {a.name: a for a in cast.actors}["Ana Ruiz"].aliases


def test_an_unnamed_speaker_named_after_the_quotation_is_the_named_one(context_of):
    text = ("Harbourline ferries face a strike\n\n"
            "A senior engineer admitted that morale was low.\n\n"
            "“Our pay has not moved since the pandemic,” said Ana Ruiz.")
    _, cast = _cast(context_of, text, title="Harbourline ferries face a strike")
    actors = {a.name: a for a in cast.actors}
    assert "A senior engineer" in actors["Ana Ruiz"].aliases
    assert "senior engineer" not in actors


def test_a_spokeswoman_for_the_company_speaks_for_the_firm_it_means(context_of):
    _, cast = _cast(context_of, "Harbourline Ferries said fares would rise in May.\n\nUnions said the rise "
                                "was unfair. A spokeswoman for the company said it had “no choice”.")
    assert "Harbourline Ferries spokeswoman" in {a.name for a in cast.actors}
    _, cast = _cast(context_of, "The Kelby Union said fares would rise in May.\n\n"
                                "A spokeswoman for the company said it had “no choice”.")
    assert not any(a.name.startswith("Kelby Union spokes") for a in cast.actors)  # a union is no company


def test_the_end_of_a_longer_name_is_the_same_actor(context_of):
    text = ("Kelby Town Council voted on Monday to close the swimming pool. Tomas Van Dyke, who runs the swimming "
            "club, said the decision was a mistake.\n\n"
            "The Town Council said the pool cost too much to run. Van Dyke said members would protest.")
    _, cast = _cast(context_of, text, title="Kelby pool to close")
    actors = {a.name: a for a in cast.actors}
    assert "The Town Council" in actors["Kelby Town Council"].aliases and "Town Council" not in actors
    assert "Van Dyke" in actors["Tomas Van Dyke"].aliases and "Van Dyke" not in actors


def test_an_unnamed_speaker_is_the_one_person_the_text_gives_that_role(context_of):
    text = ("Kelby Borough Council leader Ana Ruiz said residents were upset\n\n"
            "A council leader has said the county is “not listening” to concerns about the pool.\n\n"
            "The council leader said she had written to the county six times.")
    _, cast = _cast(context_of, text, title="Pool closure anger")
    actors = {a.name: a for a in cast.actors}
    assert {"A council leader", "The council leader"} <= set(actors["Ana Ruiz"].aliases)
    assert "council leader" not in actors
