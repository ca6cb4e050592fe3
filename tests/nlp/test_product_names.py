"""Model names read from the weapon or component noun after them, in English."""
from __future__ import annotations

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.product_names import named_products


def no_place(word: str) -> bool:
    return word in ("Iranian", "Russian", "Ukraine")


def spans(text: str) -> list[str]:
    return [name for _, _, name in named_products(text, no_place)]


def test_a_capitalised_word_before_a_drone_noun_is_a_model_everywhere_in_the_text() -> None:
    text = ("The plant builds Vortan attack drones for the army. Vortans were seen over the coast, "
            "and one Vortan fell in a field.")
    assert spans(text) == ["Vortan", "Vortans", "Vortan"]


def test_model_codes_systems_slashes_and_type_words_cue_a_model() -> None:
    assert spans("Suppliers labelled the K720T engines as pumps.") == ["K720T"]
    assert spans("The Kestrel missile system arrived in spring.") == ["Kestrel"]
    assert spans("Over 500 Falka/Borun drones were made.") == ["Falka", "Borun"]
    assert spans("The site makes Falka-type drones.") == ["Falka"]


def test_demonyms_countries_common_words_and_places_are_not_models() -> None:
    assert spans("Iranian drones and Ukraine drones hit the depot.") == []
    assert spans("Attack drones struck again; the attack lasted an hour.") == []
    assert spans("Another drone fell near the school.") == []
    assert spans("Workers in Tarvel assemble the parts, and Tarvel drones fly from there.") == []


def test_the_recogniser_types_a_cued_model_as_a_product_and_keeps_the_demonym(analyse) -> None:
    doc: AnalyzedDoc = analyse("Minsk said the Russian Zarnitsa missile system would be deployed by December. "
                               "Zarnitsa can reach any capital in Europe, Lukashenko said.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Zarnitsa", "Product") in found
    assert not {m for m in doc.mentions if m.text == "Zarnitsa" and m.label != "Product"}


def test_a_demonym_the_model_read_into_the_name_stays_a_nationality(analyse) -> None:
    doc: AnalyzedDoc = analyse("The Russian Zarnitsa missile system was shown in Minsk.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("Zarnitsa", "Product") in found
    assert ("Russian", "Nationality") in found


def test_a_place_before_drone_makers_or_a_drone_plant_is_no_model() -> None:
    assert spans("Under the deal, Tarvel drone makers will buy engines.") == []
    assert spans("The Kovno drone factory doubled its output.") == []


def test_a_demonym_before_a_model_code_is_a_nationality(analyse) -> None:
    doc: AnalyzedDoc = analyse("Engineers copied Iranian Zarnitsa drones at the site.", "en")
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("Iranian", "Nationality"), ("Zarnitsa", "Product")} <= found


def test_a_quoted_name_a_weapon_is_called_is_a_model() -> None:
    text = "The plant also builds cheap decoy drones called “Sokolik.” Sokolik carries no warhead."
    assert spans(text) == ["Sokolik", "Sokolik"]
    assert spans("It makes attack drones known as \"Zarya\" in Russian.") == ["Zarya"]
    assert spans("The village called “Lesnoe” was hit.") == []
