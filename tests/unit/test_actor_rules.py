"""Rules that keep non-actors out and one actor whole: buildings, treaties, court cases, terms,
headlines, descriptions that cannot mean the subject, numbered products, possessive firm names."""

from __future__ import annotations

from generator.analyse.actors.canonical import _family
from generator.analyse.common.titles import is_headline
from generator.analyse.actors.nonactors import common_phrase, lower_case_acronym, mistyped_person, place_name
from tests.unit.test_actors import analyse_text, by_name  # noqa: F401 - shared fixture


def test_buildings_treaties_and_events_are_not_actors(analyse_text):
    actors = by_name(analyse_text(
        "The developer Harlan Voss bought Harbour Tower in 2019 and later sold the Grand Meridian Hotel. "
        "Voss said the Lisbon Accord had changed the market. Prices fell during the Great Slump War."))
    assert "Harlan Voss" in actors
    assert not any(word in name for name in actors for word in ("Tower", "Hotel", "Accord", "War"))


def test_court_cases_and_hyphenated_places_are_not_actors(analyse_text):
    actors = by_name(analyse_text(
        "The ruling in Dalton v. Marsh still shapes school funding, said Senator Ruth Keller. "
        "Keller spent the weekend at Castle-on-the-Hill with donors."))
    assert set(actors) == {"Ruth Keller"}


def test_a_description_the_subject_acts_on_is_someone_else(analyse_text):
    actors = by_name(analyse_text(
        "Senator Mark Holt attacked the judge overseeing the case on Tuesday. "
        "Judge Ellen Price has ruled against him twice."))
    assert not any("judge" in alias for alias in actors["Mark Holt"].aliases)


def test_he_after_a_possessive_means_the_subject_of_that_sentence(analyse_text):
    analysis = analyse_text(
        "Mark Holt runs the port authority. Tom Price, a councillor, questioned Holt’s figures on Monday. "
        "He told reporters: “The numbers do not add up at all.”")
    assert [q.speaker for q in analysis.quotes] == ["tom-price"]


def test_a_sentence_opening_phrase_written_lower_case_elsewhere_is_no_name(analyse_text):
    actors = by_name(analyse_text(
        "Giant models are slowing everyone down, the engineers argued. "
        "They said that even giant models fail at simple sums."))
    assert "Giant" not in actors
    assert common_phrase("Giant", "even giant models fail")
    assert not common_phrase("Parliament", "the parliament voted")  # an institution either way
    assert not common_phrase("OpenAI", "openai")


def test_possessive_firm_names_stay_whole_and_absorb_the_owner(analyse_text):
    actors = by_name(analyse_text(
        "Sales at Brightwater’s Analytics rose. Jobs grew by 2 percent, according to the Brightwater’s report."))
    assert "Brightwater’s Analytics" in actors
    assert "Brightwater" not in actors and "Analytics" not in actors


def test_terms_headlines_and_run_together_capitals():
    assert lower_case_acronym("LoRA", "a cheap method called low rank adaptation, or LoRA, to tune")
    assert lower_case_acronym("MoE", "a mixture of experts (MoE) model")
    assert not lower_case_acronym("HSB", "The Harbour Safety Board (HSB) met")
    assert mistyped_person("SwiGLU") and not mistyped_person("McDonald") and not mistyped_person("DeVos")
    assert is_headline("Why the Harbour Must Pay: A Reckoning for U.S. Ports.")
    assert not is_headline("We will not pay for this harbour.")


def test_a_bare_product_name_is_its_one_numbered_version():
    kinds = {"Kestrel 2": "product", "Kestrel": "product", "Falcon 1": "product", "Falcon 2": "product"}
    assert _family("Kestrel", {"Kestrel 2", "Kestrel"}, kinds) == "Kestrel 2"
    assert _family("Falcon", {"Falcon 1", "Falcon 2", "Falcon"}, kinds) is None


def test_places_named_by_kind_or_apposition_are_not_actors(analyse_text):
    actors = by_name(analyse_text(
        "Keller’s district includes Millbrook Falls, a town of 4,000 people, and Harwood Corp., a paper maker."))
    assert "Millbrook Falls" not in actors and "Harwood" in actors
    assert place_name("State of Vermont") and place_name("County of Kent")
    assert not place_name("Bank of Leeds") and not place_name("Vermont")


def test_a_named_community_is_a_group_and_other_members_are_not(analyse_text):
    actors = by_name(analyse_text(
        "At the start of the year the open source community released a dozen models. Within weeks the "
        "community had built tools for phones, and other contributors added translations."))
    assert actors["open source community"].kind == "group"
    assert "the community" in actors["open source community"].aliases
    assert "contributors" not in actors


def test_models_named_with_their_size_are_found_everywhere(analyse_text):
    actors = by_name(analyse_text(
        "Today we release Wren-7B, a small language model. Developers can run Wren-7B on a laptop."))
    assert actors["Wren-7B"].kind == "product" and len(actors["Wren-7B"].mentions) == 2


def test_a_known_family_name_is_its_one_version_in_the_text(analyse_text):
    actors = by_name(analyse_text(
        "Meta trained Llama 2 on public data. Critics say Llama was never truly open, and Llama 2 is no exception."))
    assert "Llama" not in actors and "Llama" in actors["Llama 2"].aliases


def test_a_research_arm_is_the_organisation_it_belongs_to(analyse_text):
    actors = by_name(analyse_text(
        "Google said on Monday that it would open its models. The method was first proposed in 2021 by "
        "Google Research, and Google has used it since."))
    assert "Google Research" not in actors and "Google Research" in actors["Google"].aliases


def test_races_and_games_days_and_photo_credits_are_not_actors(analyse_text):
    actors = by_name(analyse_text(
        "The runner Dalia Moreno won the Harbourside Marathon on Sunday. (Wire Photo/Ken Abara) "
        "“Today was hard,” Moreno said. The Coastal Games begin in June, and the Games will cost a lot."))
    assert set(actors) == {"Dalia Moreno"}


def test_a_first_name_the_tagger_cut_off_from_the_surname_is_the_persons(analyse_text):
    from generator.analyse.actors.find import _whole_person_names
    from spacy.tokens import Span

    from generator.analyse.nlp import load_pipeline

    doc = load_pipeline()("Kenya's Tigra Wanjiku easily won the women's race in a course record.")
    # As the model tags some names it does not know: the first name a body, the surname a person.
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 3, 4, label="PERSON")]
    assert doc[2].dep_ == "compound" and doc[2].head.i == 3
    assert [(e.text, e.label_) for e in _whole_person_names(doc) if e.label_ in ("ORG", "PERSON")] == [
        ("Tigra Wanjiku", "PERSON")]


def test_a_book_is_named_by_its_title_and_a_place_adjective_names_no_actor(analyse_text):
    from generator.analyse.actors.nonactors import _PLACE_ADJECTIVE

    actors = by_name(analyse_text(
        "Mara Quist is the author of the new book Tidewater: A History of the Coast and Its People. "
        "Quist said the book took ten years."))
    assert actors.get("Tidewater") is not None and actors["Tidewater"].kind == "product"
    assert _PLACE_ADJECTIVE.match("-based festival") and not _PLACE_ADJECTIVE.match("-basedness")


def test_a_single_name_joined_by_and_to_a_place_after_a_preposition_is_a_place():
    from generator.analyse.actors.nonactors import not_an_actor
    from generator.analyse.nlp import load_pipeline

    text = "She wrote travel books about the Sahara and Antarctic."
    doc = load_pipeline()(text)
    name = next(e for e in doc.ents if e.text == "Antarctic")
    assert name.label_ == "ORG"  # as the model tags it
    assert not_an_actor(name, name.text, text, "organization")
