"""Articles in other languages: their quotation marks, speech cues and names."""

from __future__ import annotations

from generator.analyse.actors import find_actors
from generator.analyse.common.languages import language_of
from generator.analyse.quotes import find_quotes

GERMAN = ("Der Gemeinderat von Talheim hat am Dienstag über den geplanten Windpark beraten. Die Betreiberfirma "
          "Nordwind Energie will sechs Anlagen am Waldrand errichten.\n\n"
          "„Wir brauchen den Strom, und die Pacht bringt der Gemeinde jedes Jahr Geld“, sagte Bürgermeister "
          "Klaus Berger nach der Sitzung.\n\n"
          "Die Bürgerinitiative sieht das anders. „Die Anlagen zerstören den Wald“, erklärte ihre Sprecherin "
          "Anna Vogt. Laut Nordwind Energie sollen die Anlagen ab 2026 Strom liefern.")
FRENCH = ("L’agence régionale a confirmé mardi la fermeture de la maternité. Les élus locaux dénoncent une "
          "décision prise sans concertation.\n\n"
          "« Nous ne pouvons pas accepter que les femmes fassent une heure de route pour accoucher », a déclaré "
          "le maire, Jean-Luc Morel, lors d'une réunion publique.\n\n"
          "Selon sa directrice, Claire Dumas, « la sécurité passe avant la proximité et avant tout le reste ».")


def _run(context_of, text):
    ctx = context_of(text)
    cast = find_actors(ctx)
    return ctx, cast, find_quotes(ctx, cast)


def test_the_language_comes_from_the_metadata_or_the_function_words(context_of):
    assert language_of(context_of(GERMAN).article) == "de"
    assert language_of(context_of(FRENCH).article) == "fr"
    assert language_of(context_of(GERMAN, language="en").article) == "en"
    assert language_of(context_of("The council met on Tuesday and the mayor said that it was over.").article) == "en"


def test_german_quotes_open_low_and_their_cue_names_the_speaker(context_of):
    _, cast, quotes = _run(context_of, GERMAN)
    names = {a.id: a.name for a in cast.actors}
    assert [(q.text.split()[0], names.get(q.speaker)) for q in quotes.items] == [
        ("Wir", "Bürgermeister Klaus Berger"), ("Die", "Sprecherin Anna Vogt")]
    # Nouns, which German writes with a capital, are no actors; a determiner or "laut" is no part of a name.
    assert not {"Strom", "Anlagen", "Wald", "Dienstag"} & set(names.values())
    assert "Nordwind Energie" in names.values()


def test_french_cues_after_and_before_the_quotation(context_of):
    _, cast, quotes = _run(context_of, FRENCH)
    names = {a.id: a.name for a in cast.actors}
    assert [(q.text.split()[0], names.get(q.speaker)) for q in quotes.items] == [
        ("Nous", "Jean-Luc Morel"), ("la", "Claire Dumas")]
