"""A public body and the state (or the higher body) it belongs to are one name."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc

Analyse = Callable[[str, str], AnalyzedDoc]


def found(analyse: Analyse, text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in analyse(text, lang).mentions if m.label not in ("Date", "Quantity", "Money")}


def test_an_english_body_of_a_state_is_one_name(analyse: Analyse) -> None:
    got = found(analyse, "The Ministry of Foreign Affairs of Latvia summoned the chargé d'affaires.", "en")
    assert ("Ministry of Foreign Affairs of Latvia", "PublicBody") in got
    assert ("Latvia", "Country") not in got


def test_a_nationality_before_a_body_belongs_to_its_name(analyse: Analyse) -> None:
    got = found(analyse, "The Latvian Foreign Ministry said the drone fell in a forest.", "en")
    assert ("Latvian Foreign Ministry", "PublicBody") in got
    assert ("Latvian", "Nationality") not in got


def test_a_nationality_before_other_words_stays_a_nationality(analyse: Analyse) -> None:
    got = found(analyse, "Latvian officials said the drone fell in a forest near Riga.", "en")
    assert ("Latvian", "Nationality") in got


def test_a_nationality_before_a_lower_case_ministry_is_the_bodys_name(analyse: Analyse) -> None:
    got = found(analyse, "The Japanese foreign ministry said it would protest.", "en")
    assert ("Japanese foreign ministry", "PublicBody") in got


def test_a_states_possessive_stays_the_state_that_speaks(analyse: Analyse) -> None:
    got = found(analyse, "Japan's foreign ministry said it would protest.", "en")
    assert ("Japan", "Country") in got


def test_a_department_of_a_higher_body_is_one_name(analyse: Analyse) -> None:
    got = found(analyse, "The Department of the Treasury added three firms to its list.", "en")
    assert ("Department of the Treasury", "PublicBody") in got


def test_a_ukrainian_ministry_and_its_state_in_the_genitive_are_one_name(analyse: Analyse) -> None:
    got = found(analyse, "МЗС Латвії викликало посла. Речник Міністерства закордонних справ Латвії це підтвердив.", "uk")
    assert ("МЗС Латвії", "PublicBody") in got
    assert ("Міністерства закордонних справ Латвії", "PublicBody") in got


def test_a_russian_body_takes_an_indeclinable_state_and_a_higher_body_in_the_genitive(analyse: Analyse) -> None:
    got = found(analyse, "Представитель Государственного департамента США ответил, что Совет Федерации "
                         "Федерального собрания одобрил закон.", "ru")
    assert ("Государственного департамента США", "PublicBody") in got
    assert ("Совет Федерации Федерального собрания", "PublicBody") in got


def test_short_names_of_services_are_public_bodies(analyse: Analyse) -> None:
    got = found(analyse, "СБУ затримала агента, повідомили в ГУР.", "uk")
    assert {("СБУ", "PublicBody"), ("ГУР", "PublicBody")} <= got


def test_a_russian_council_takes_the_republic_it_belongs_to(analyse: Analyse) -> None:
    got = found(analyse, "Председатель Совета Республики выступил с речью.", "ru")
    assert ("Совета Республики", "PublicBody") in got


def test_the_white_house_in_russian_is_a_body_not_a_place(analyse: Analyse) -> None:
    got = found(analyse, "В Белом доме заявили, что ответ будет дан позже.", "ru")
    assert ("Белом доме", "PublicBody") in got



def test_the_white_house_in_ukrainian_is_one_body_whatever_the_model_cuts(analyse: Analyse) -> None:
    got = found(analyse, "У Білому домі заявили, що речник Білого дому відповість пізніше.", "uk")
    assert {("Білому домі", "PublicBody"), ("Білого дому", "PublicBody")} <= got


def test_english_short_names_of_services_are_public_bodies(analyse: Analyse) -> None:
    got = found(analyse, "Ukraine's HUR said the plant was hit. The DoJ charged two men.", "en")
    assert {("HUR", "PublicBody"), ("DoJ", "PublicBody")} <= got
