"""One document, one reading of each name: context cues, lists, titled names and surnames."""
from __future__ import annotations

import pytest

from claimgraph.model import Mention
from claimgraph.nlp.consistency import bare_surnames, consistent, coordinated, lists, surnames


def mention(text: str, doc: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.index(text, start + 1)
    end = start + len(text)
    return Mention(id=Mention.make_id("d", start, end, label), document_id="d", start=start, end=end,
                   text=text, label=label, normalized=text)


def labels_of(doc, text: str) -> list[str]:
    return [m.label for m in doc.mentions if m.text == text]


# -- the passes on their own -------------------------------------------------------------------------

def test_a_cued_type_spreads_to_every_occurrence_the_model_typed_alone() -> None:
    text = "Shells fell on the town of Varnik. Varnik had no power."
    cued, plain = mention("Varnik", text, "Location"), mention("Varnik", text, "Person", 1)
    consistent([cued, plain], {cued.id})
    assert plain.label == "Location"


def test_demonyms_kept_apart_stay_a_people() -> None:
    text = "Kurdish units held the road. Kurdish was spoken."
    cued, people = mention("Kurdish", text, "Location"), mention("Kurdish", text, "Nationality", 1)
    consistent([cued, people], {cued.id}, keep={"kurdish"})
    assert people.label == "Nationality"


def test_lists_are_names_joined_only_by_commas_and_conjunctions() -> None:
    text = "Raids in Tovar, Ulm and Kessa; then Brol."
    found = [mention(n, text, "Location") for n in ("Tovar", "Ulm", "Kessa", "Brol")]
    assert [[m.text for m in run] for run in lists(text, found)] == [["Tovar", "Ulm", "Kessa"]]


def test_a_list_after_in_is_a_list_of_places() -> None:
    text = "Raids in Tovar, Ulm and Kessa went on."
    found = [mention("Tovar", text, "Location"), mention("Ulm", text, "Person"),
             mention("Kessa", text, "Organization")]
    cued: set[str] = set()
    coordinated(text, found, cued, is_country=lambda name: False)
    assert [m.label for m in found] == ["Location"] * 3
    assert len(cued) == 2


def test_a_person_listed_with_a_country_stays_a_person() -> None:
    text = "Talks between Russia and Petrov stalled."
    found = [mention("Russia", text, "Country"), mention("Petrov", text, "Person")]
    coordinated(text, found, set(), is_country=lambda name: name == "Russia")
    assert found[1].label == "Person"


def test_surnames_leave_out_ordinary_words_and_keep_particles_optional() -> None:
    text = "Omar Khalil al-Dabbagh met Ruth Green. The green light came. Dabbagh left."
    people = [mention("Omar Khalil al-Dabbagh", text, "Person"), mention("Ruth Green", text, "Person")]
    found = surnames(people, text, exclude=lambda word: False)
    assert found == {"al-Dabbagh": "Omar Khalil al-Dabbagh", "Dabbagh": "Omar Khalil al-Dabbagh"}


def test_a_bare_surname_is_added_or_retyped_but_never_inside_another_name() -> None:
    text = "Omar al-Dabbagh spoke. Dabbagh denied it. Dabbagh Holdings paid. Dabbagh left."
    full = mention("Omar al-Dabbagh", text, "Person")
    misread = mention("Dabbagh", text, "Nationality", 3)
    firm = mention("Dabbagh Holdings", text, "Company")

    def make(start: int, end: int, label: str, normalized: str) -> Mention:
        return Mention(id=Mention.make_id("d", start, end, label), document_id="d", start=start, end=end,
                       text=text[start:end], label=label, normalized=normalized)

    out = bare_surnames(text, [full, firm, misread], {"Dabbagh": "Omar al-Dabbagh"}, make)
    people = sorted((m.start, m.label) for m in out if m.text == "Dabbagh")
    assert people == [(text.index("Dabbagh denied"), "Person"), (text.index("Dabbagh left"), "Person")]
    assert firm.label == "Company"


# -- in the pipeline ---------------------------------------------------------------------------------

PLACES = ("Artillery struck a depot in Marvella overnight. Monitors at Marvella in Syria counted the damage. "
          "Drones were later seen in Ostrava, Tolvik and Darnassa. Korvath, a town near the border, was quiet.")


@pytest.mark.parametrize("name", ["Marvella", "Tolvik", "Darnassa", "Korvath"])
def test_context_makes_an_unknown_name_a_place_everywhere(analyse, name: str) -> None:
    found = labels_of(analyse(PLACES, "en"), name)
    assert found and set(found) == {"Location"}


PEOPLE = ("Minister for the Middle East Alistair Pemberton visited the plant. "
          "The Defence Secretary, Margaret Holloway, said output would double. "
          "Pemberton later told reporters the line was ready. Holloway agreed.")


@pytest.mark.parametrize("name", ["Alistair Pemberton", "Margaret Holloway", "Pemberton", "Holloway"])
def test_titled_names_and_their_surnames_are_people(analyse, name: str) -> None:
    assert labels_of(analyse(PEOPLE, "en"), name) == ["Person"]


def test_a_portfolio_is_not_part_of_the_holders_name(analyse) -> None:
    doc = analyse(PEOPLE, "en")
    assert not [m for m in doc.mentions if "Middle East Alistair" in m.text]


def test_a_firm_named_in_quotes_is_the_same_firm_without_them_in_any_case(analyse) -> None:
    doc = analyse("Двигатели отгрузили подмосковной фирме «Аэромотор». Позже Аэромотору отказали, "
                  "а Аэромотор закрылся.", "ru")
    assert [m.label for m in doc.mentions if m.text.startswith("Аэромотор")] == ["Company"] * 3


def test_a_nationality_and_a_word_for_a_firm_is_no_name(analyse) -> None:
    doc = analyse("Казахстанская компания «Тенгри Аэро» и турецкая «Каратай Аэроспейс» договорились.", "ru")
    found = {m.text: m.label for m in doc.mentions}
    assert "Казахстанская компания" not in found
    assert found.get("Тенгри Аэро") == "Company" and found.get("Каратай Аэроспейс") == "Company"


def test_a_name_described_as_a_manufacturer_is_a_firm_wherever_the_text_names_it(analyse) -> None:
    doc = analyse("The engines came from Harbin Torvald, a Chinese drone manufacturer, in 2024. "
                  "Harbin Torvald did not answer questions.", "en")
    assert [m.label for m in doc.mentions if m.text == "Harbin Torvald"] == ["Company", "Company"]


def test_a_place_before_a_clause_about_the_firm_stays_a_place(analyse) -> None:
    doc = analyse("Torvald opened a centre in Kazan, the firm told reporters.", "en")
    assert ("Kazan", "Location") in {(m.text, m.label) for m in doc.mentions}


def test_firms_quoted_in_a_list_after_a_word_for_firms_are_companies_in_any_quotes(analyse) -> None:
    doc = analyse("Чипы продавали компаниям «Радиосвет», «Векторприбор» и «Северный Кварц».", "ru")
    assert {m.text for m in doc.mentions if m.label == "Company"} == {"Радиосвет", "Векторприбор", "Северный Кварц"}
    doc = analyse("Товар шёл через компанию \"Омега Трейд\", которая под санкциями.", "ru")
    assert ("Омега Трейд", "Company") in {(m.text, m.label) for m in doc.mentions}
