"""Model names read from the words for their kind, in English, Polish and German, and found again
elsewhere in the report with their plural or case endings."""
from __future__ import annotations

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.product_names import echoes, kind_cued_names, named_products


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


def kind_cued(text: str, lang: str) -> list[str]:
    return [name for _, _, name in kind_cued_names(text, lang, no_place)]


def test_a_polish_word_for_the_kind_before_the_name_cues_a_model() -> None:
    assert kind_cued("Na poligonie pokazano pociski balistyczne średniego zasięgu Zarnica.", "pl") == ["Zarnica"]
    assert kind_cued("Trzy wyrzutnie rakiet Zarnica stoją już w kraju.", "pl") == ["Zarnica"]


def test_a_polish_state_name_or_a_place_after_a_preposition_is_no_model() -> None:
    assert kind_cued("To element grupy rakietowej sił zbrojnych Republiki Białoruś.", "pl") == []
    assert kind_cued("Fabryka dronów w Jełabudze pracuje.", "pl") == []


def test_german_type_phrases_and_hyphenated_kinds_cue_a_model() -> None:
    assert kind_cued("Es geht um Raketensysteme des Typs Zarniza im Süden.", "de") == ["Zarniza"]
    text = "Die Zarniza-Raketen und \"Sokol\"-Kampfdrohnen wurden gezeigt. Zarniza fliegt weit."
    assert kind_cued(text, "de") == ["Zarniza", "Sokol"]


def test_a_german_noun_before_a_hyphenated_kind_is_no_model() -> None:
    assert kind_cued("Die Langstrecken-Drohnen wurden gezeigt.", "de") == []
    assert kind_cued("Die Zarniza-Raketen wurden gezeigt.", "en") == []


def test_a_model_is_found_again_with_its_case_endings() -> None:
    text = "Комплекс «Зарница» готов. Расчёты «Зарницы» заступили, о Зарнице говорили все, а Зарница-2 ещё нет."
    first = text.index("Зарница")
    found = [text[s:e] for s, e, _ in echoes(text, ["Зарница"], [(first, first + 7)])]
    assert found == ["Зарницы", "Зарнице"]


def test_a_latin_model_is_found_again_in_its_plural_and_inside_a_slash_pair() -> None:
    text = "Vortan drones were made. Vortans and Borun/Vortans flew; the Vortanka is a boat."
    assert [text[s:e] for s, e, _ in echoes(text, ["Vortan"], [(0, 6)])] == ["Vortans", "Vortans"]


def test_a_lower_case_word_or_a_short_name_with_an_ending_is_no_echo() -> None:
    assert echoes("The tor was steep; Tory voters and Tor units came.", ["Tor"], []) == [(35, 38, "Tor")]


def test_the_recogniser_types_every_form_of_a_quoted_russian_model_as_a_product(analyse) -> None:
    doc: AnalyzedDoc = analyse("Ракетный комплекс «Зарница» поставлен на дежурство. "
                               "Позиции для Зарницы готовы, сообщил министр.", "ru")
    products = [m.text for m in doc.mentions if m.label == "Product"]
    assert products == ["Зарница", "Зарницы"]


def test_mixed_case_aircraft_codes_are_models(analyse) -> None:
    doc: AnalyzedDoc = analyse("Two MiG-41s and a МиГ-41 were seen near the coast.", "en")
    assert {m.text for m in doc.mentions if m.label == "Product"} == {"MiG-41s", "МиГ-41"}
