"""Entity types: statistical labels mapped and refined by cue words, in English and Russian."""
from __future__ import annotations

import pytest

from claimgraph.model import ENTITY_TYPES, Mention
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.name_types import refine_label
from claimgraph.nlp.ner import refine_organization, resolve_overlaps


def labels(doc: AnalyzedDoc) -> dict[str, str]:
    """Surface text → label of every mention."""
    return {m.text: m.label for m in doc.mentions}

EN = ("Defense Minister Viktor Khrenin of Belarus met Rostec officials in Moscow on Friday. "
      "The Ministry of Industry and the State Authority for Military Industry approved the plan. "
      "Kalashnikov JSC will build Geran-2 drones at the Alabuga plant, a Belarusian official said. "
      "Russia and Belarus signed the deal.")
RU = ("Министр обороны Виктор Хренин встретился в Москве с Вячеславом Федорищевым. "
      "Министерство промышленности Беларуси и ООО «Технопарк» договорились о выпуске "
      "беспилотников Орлан-10 на заводе «Купол». Сборка идёт на Лидском агрегатном заводе. "
      "Часть деталей везут из России.")


@pytest.mark.parametrize("text, label", [
    ("Viktor Khrenin", "Person"),
    ("Belarus", "Country"),
    ("Moscow", "Location"),
    ("Ministry of Industry", "PublicBody"),
    ("State Authority for Military Industry", "PublicBody"),
    ("Kalashnikov JSC", "Company"),
    ("Geran-2", "Product"),
    ("Alabuga plant", "Facility"),
    ("Belarusian", "Nationality"),
])
def test_ner_english_labels(analyse, text: str, label: str) -> None:
    assert labels(analyse(EN, "en")).get(text) == label


@pytest.mark.parametrize("text, label, normalized", [
    ("Виктор Хренин", "Person", "Виктор Хренин"),
    ("Вячеславом Федорищевым", "Person", "Вячеслав Федорищев"),
    ("Москве", "Location", "Москва"),
    ("Министерство промышленности Беларуси", "PublicBody", "Министерство промышленности Беларуси"),
    ("России", "Country", "Россия"),
    ("Технопарк", "Company", "Технопарк"),
    ("Орлан-10", "Product", "Орлан-10"),
    ("Купол", "Company", "Купол"),
    ("Лидском агрегатном заводе", "Facility", "Лидский агрегатный завод"),
])
def test_ner_russian_labels_and_nominative(analyse, text: str, label: str, normalized: str) -> None:
    found = {m.text: m for m in analyse(RU, "ru").mentions}
    assert text in found, sorted(found)
    assert (found[text].label, found[text].normalized) == (label, normalized)


def test_ner_never_emits_values(analyse) -> None:
    doc = analyse("Rostec paid $5 million for 300 drones on 3 March 2024.", "en")
    assert {m.label for m in doc.mentions if m.extractor and m.extractor.startswith("claimgraph.ner")} <= set(ENTITY_TYPES)


def test_ner_mentions_carry_sentence_spans_and_stable_ids(analyse) -> None:
    first, second = analyse(EN, "en"), analyse(EN, "en")
    assert [m.id for m in first.mentions] == [m.id for m in second.mentions]
    for m in first.mentions:
        assert m.sent_start is not None and m.sent_start <= m.start < m.end <= m.sent_end
        assert EN[m.start:m.end] == m.text


def test_ner_other_language_gets_capitalised_sequences_and_countries(analyse) -> None:
    doc = analyse("Der Konzern Kalaschnikow Werke liefert Drohnen nach Belarus und Iran.", "de")
    found = labels(doc)
    assert found.get("Belarus") == "Country" and found.get("Iran") == "Country"
    assert "Kalaschnikow Werke" in " ".join(found)


@pytest.mark.parametrize("name, label", [
    ("State Military-Industrial Committee", "PublicBody"),
    ("Министерство обороны", "PublicBody"),
    ("Госкомвоенпром", "PublicBody"),
    ("АО «Кронштадт»", "Company"),
    ("Minsk Wheeled Tractor Plant", "Facility"),
    ("концерн «Алмаз-Антей»", "Company"),
    ("NATO", "Organization"),
])
def test_ner_refine_organization_by_cue_words(name: str, label: str) -> None:
    assert refine_organization(name) == label


def _m(start: int, end: int, label: str) -> Mention:
    return Mention(Mention.make_id("d", start, end, label), "d", start, end, "x" * (end - start), label)


def test_ner_overlaps_longer_span_wins_then_earlier_in_list() -> None:
    kept = resolve_overlaps([_m(0, 5, "Product"), _m(0, 9, "Organization"), _m(20, 25, "Company"),
                             _m(20, 25, "Organization")])
    assert [(m.start, m.end, m.label) for m in kept] == [(0, 9, "Organization"), (20, 25, "Company")]


CUES = ("MINSK, March 3 (BelTA) – President Aleksandr Lukashenko received Samara Oblast governor Vyacheslav\n"
        "Fedorishchev in Minsk. Fedorishchev said Samara will build more drones.\n"
        "Fighting went on around the city of Husaybah. Prime Minister Nouri al-Maliki visited.\n"
        "The independent outlet Vesna Daily reported it. Joint Russian-Belarusian production is plausible.")


@pytest.mark.parametrize("text, label", [
    ("MINSK", "Location"),                      # a dateline is the place the report was filed from
    ("Samara Oblast", "Location"),              # a region phrase, never a person
    ("Vyacheslav\nFedorishchev", "Person"),     # a name broken by a wrapped line stays one name
    ("Husaybah", "Location"),                   # "the city of ..."
    ("Nouri al-Maliki", "Person"),              # a title before a name
    ("Vesna Daily", "Organization"),            # "the outlet ..."
])
def test_ner_cues_set_the_type(analyse, text: str, label: str) -> None:
    assert labels(analyse(CUES, "en")).get(text) == label


def test_ner_one_type_per_name_within_a_document(analyse) -> None:
    doc = analyse(CUES, "en")
    samara = [m.label for m in doc.mentions if m.text == "Samara"]
    assert samara and set(samara) == {"Location"}
    assert "Joint Russian-Belarusian" not in labels(doc)


@pytest.mark.parametrize("name, label", [
    ("Global Coalition", "Organization"),
    ("Islamic Association", "Organization"),
    ("Zapad Co", "Company"),
])
def test_ner_short_legal_forms_match_whole_words(name: str, label: str) -> None:
    assert refine_organization(name) == label


def test_ner_place_read_as_a_people_is_a_place_and_demonyms_stay_adjectives(analyse) -> None:
    found = labels(analyse("Shelling hit eastern Aleppo. A garrison on the Kuwaiti island of Failaka fell.", "en"))
    assert found.get("Aleppo") == "Location"
    assert found.get("Kuwaiti") == "Nationality"


def test_ner_words_pointing_back_are_not_facility_names(analyse) -> None:
    assert "Такой завод" not in labels(analyse("Такой завод строится быстро. Его строят в Самаре.", "ru"))
    assert "Its centre" not in labels(analyse("Its centre opened in spring. Nobody came.", "en"))


def test_ner_acronym_in_parentheses_names_its_organisation_everywhere(analyse) -> None:
    doc = analyse("Al-Qaeda in Iraq (AQI) grew fast. Later AQI fighters left the town.", "en")
    assert [m.label for m in doc.mentions if m.text == "AQI"] == ["Organization", "Organization"]


def test_ner_landmarks_abbreviations_and_operations(analyse) -> None:
    found = labels(analyse("Water from the Tigris river reached the dam. Yazidi fighters kept the UHF link. "
                           "Operation Steel Curtain began in Husaybah.", "en"))
    assert found.get("Tigris river") == "Location"
    assert found.get("Yazidi") == "Nationality"
    assert "UHF" not in found and "Operation Steel Curtain" not in found


def test_ner_name_with_a_particle_is_a_person(analyse) -> None:
    assert labels(analyse("The raid killed Abu Ghadiya, whose real name was long.", "en")).get("Abu Ghadiya") == "Person"


def test_ner_a_rulers_regime_is_an_organisation(analyse) -> None:
    found = labels(analyse("The Asad regime bombed the town. Bashar al-Assad denied it.", "en"))
    assert found.get("Asad regime") == "Organization"
    assert found.get("Bashar al-Assad") == "Person"


SHAPES = ("Kharbat (Arabic: خربة, Kharbat Village) is a village in northern Syria. "
          "The Zarin Mountains (Arabic: Jabal Zarin, Kurdish: Ciyaye Zarin) rise to the east. "
          "Convoys crossed northern Salah ad Din Province at night. "
          "He was seen as a little-known officer.[3] The clinic has a ward for internal diseases.[4]\n")


@pytest.mark.parametrize("text, label", [
    ("Kharbat", "Location"),                # a sentence defining a place names it
    ("Jabal Zarin", "Location"),            # a name in another language names the same thing
    ("Ciyaye Zarin", "Location"),
    ("Salah ad Din Province", "Location"),  # a lower-case particle does not cut a name
    ("Zarin Mountains", "Location"),        # a landmark word ends a place name
])
def test_ner_name_shapes(analyse, text: str, label: str) -> None:
    assert labels(analyse(SHAPES, "en")).get(text) == label


def test_ner_language_labels_and_lower_case_words_are_not_places(analyse) -> None:
    found = labels(analyse(SHAPES, "en"))
    assert found.get("Arabic") != "Location" and found.get("Kurdish") != "Location"
    assert "officer" not in found and "diseases" not in found


FIRMS = ('In Kazan the research and production center "Sky Frame" opened. The first regional center of '
         'NPO Vektor was created. The company "Orlik" supplies parts.')


@pytest.mark.parametrize("text, label", [
    ("Sky Frame", "Facility"),       # a quoted name after a facility word
    ("Orlik", "Company"),            # a quoted name after "company"
    ("NPO Vektor", "Organization"),  # a name opening with an acronym is no person
])
def test_ner_quoted_and_acronym_names(analyse, text: str, label: str) -> None:
    assert labels(analyse(FIRMS, "en")).get(text) == label


@pytest.mark.parametrize("name, label", [("NPO Vektor", "Organization"), ("A.S. Petrov", "Person"),
                                         ("М.С. Горбачев", "Person")])
def test_ner_initials_are_not_an_acronym(name: str, label: str) -> None:
    assert refine_label("Person", name, name) == label


def test_ner_quoted_part_of_a_russian_facility_name_stays_as_written(analyse) -> None:
    doc = analyse("Делегация посетила научно-производственный центр «Беспилотные системы» в Томске.", "ru")
    names = {m.normalized for m in doc.mentions if m.label == "Facility"}
    assert "научно-производственный центр «Беспилотные системы»" in names


def test_ner_a_demonym_before_a_facility_word_is_no_facility_name(analyse) -> None:
    found = labels(analyse("He spoke of a Belarusian plant making drones. The Alabuga plant grew.", "en"))
    assert "Belarusian plant" not in found and found.get("Alabuga plant") == "Facility"


def test_ner_hyphenated_adjectives_agree_in_the_nominative(analyse) -> None:
    doc = analyse("Представители Научно-исследовательской лаборатории и Военно-воздушных сил встретились.", "ru")
    names = {m.normalized for m in doc.mentions}
    assert {"Научно-исследовательская лаборатория", "Военно-воздушные силы"} <= names


def test_a_russian_abbreviation_of_a_state_is_a_country(analyse) -> None:
    doc = analyse("ЮАР отвергла обвинения.", "ru")
    assert ("ЮАР", "Country") in {(m.text, m.label) for m in doc.mentions}


def test_an_office_name_before_a_person_stays_out_of_the_name(analyse) -> None:
    doc = analyse("Assistant Secretary for Export Enforcement Laura Brandt said the firms broke the rules.", "en")
    people = {m.text for m in doc.mentions if m.label == "Person"}
    assert people == {"Laura Brandt"}
