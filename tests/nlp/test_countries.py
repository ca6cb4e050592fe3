"""Country names in the region's languages and cases, and nationality words, read as one country."""
from __future__ import annotations

import pytest

from claimgraph.nlp.countries import display_name, nationality_code, territory_code
from claimgraph.nlp.gazetteer import Gazetteer, builtin_entries


@pytest.mark.parametrize("name, code", [
    # the United States in Portuguese, Romanian, Bulgarian, Belarusian (genitive) and Ukrainian
    ("Estados Unidos", "us"), ("EUA", "us"), ("SUA", "us"), ("САЩ", "us"),
    ("Злучаных Штатаў", "us"), ("Сполучених Штатів", "us"), ("Штаты", "us"),
    # Russia in Bulgarian, Romanian (both spellings of ţ) and in Belarusian and Romanian cases
    ("Русия", "ru"), ("Federaţia Rusă", "ru"), ("Federația Rusă", "ru"), ("Расіі", "ru"),
    ("Rusiei", "ru"), ("Российской Федерации", "ru"),
    # Ukraine in Bulgarian, Ukrainian locative, Belarusian genitive, Portuguese
    ("Украйна", "ua"), ("Україні", "ua"), ("Украіны", "ua"), ("Ucrânia", "ua"),
    ("Німеччини", "de"), ("Ірану", "ir"),
])
def test_country_names_in_any_language_and_case(name: str, code: str) -> None:
    assert territory_code(name) == code


@pytest.mark.parametrize("name", ["Republic", "South", "Minsk", "Лукашенко", ""])
def test_words_that_name_no_one_country_give_none(name: str) -> None:
    assert territory_code(name) is None


@pytest.mark.parametrize("word, code", [
    ("китайский", "cn"), ("китайских", "cn"), ("иранских", "ir"), ("украинского", "ua"),
    ("российских", "ru"), ("білоруського", "by"), ("іранських", "ir"), ("расійскага", "ru"),
    ("Russian", "ru"), ("Ukrainians", "ua"), ("Iranian", "ir"), ("Chinese", "cn"),
])
def test_nationality_words_point_to_their_country(word: str, code: str) -> None:
    assert nationality_code(word) == code


def test_a_word_without_a_nationality_suffix_is_no_nationality() -> None:
    assert nationality_code("Минск") is None
    assert nationality_code("завод") is None


def test_countries_are_found_in_running_text_of_other_languages() -> None:
    gazetteer = Gazetteer(builtin_entries())
    text = "Делегацыя Злучаных Штатаў прыехала ў Расію, а потым ва Украіну."
    found = {text[s:e]: entry.name for s, e, entry, _ in gazetteer.find(text)}
    assert found == {"Злучаных Штатаў": "United States", "Расію": "Russia", "Украіну": "Ukraine"}
    text = "Os EUA e a Rússia; Statele Unite ale Americii și Federaţia Rusă."
    found = {text[s:e]: entry.name for s, e, entry, _ in gazetteer.find(text)}
    assert found == {"EUA": "United States", "Rússia": "Russia",
                     "Statele Unite ale Americii": "United States", "Federaţia Rusă": "Russia"}


def test_a_common_word_of_another_language_is_not_a_country() -> None:
    gazetteer = Gazetteer(builtin_entries())
    assert [e.name for _, _, e, _ in gazetteer.find("Der Mann kam aus Deutschland.")] == ["Germany"]


def test_display_names_follow_the_script() -> None:
    assert display_name("ru") == "Russia"
    assert display_name("ru", "Cyrillic") == "Россия"


@pytest.mark.parametrize("word, code", [
    ("russische", "ru"), ("chinesischen", "cn"), ("amerikanischen", "us"),  # German
    ("rosyjskich", "ru"), ("białoruski", "by"),  # Polish
    ("Россияне", "ru"), ("Китайцы", "cn"), ("американцами", "us"),  # nouns for the people
])
def test_nationality_words_of_german_polish_and_people_nouns(word: str, code: str) -> None:
    assert nationality_code(word) == code


@pytest.mark.parametrize("name, code", [
    ("Vereinigten Staaten", "us"), ("Belarusul", "by"), ("Російською Федерацією", "ru"),
    ("Росією", "ru"), ("Korei Północnej", "kp"),
])
def test_more_case_forms_of_country_names(name: str, code: str) -> None:
    assert territory_code(name) == code


@pytest.mark.parametrize("word, code", [
    ("північнокорейських", "kp"), ("северокорейского", "kp"), ("южнокорейский", "kr"),
])
def test_compound_nationality_adjectives_of_two_word_countries(word: str, code: str) -> None:
    assert nationality_code(word) == code
