"""Press services named as the source of a report become citations; the owner stays in the phrase."""
from __future__ import annotations

import pytest

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.press_services import find_press_citations
from claimgraph.model import Claim
from claimgraph.triangulate.accounts import is_press_service, press_country, role_holders


def _sources(text: str, lang: str = "en") -> list[str]:
    return [c.source or "" for c in find_press_citations(AnalyzedDoc("doc-p", text, lang))]


@pytest.mark.parametrize(("text", "lang", "phrase"), [
    ("Russia has proposed a drone plant in Belarus, Alaksandar Lukashenka's press office reported.", "en",
     "Alaksandar Lukashenka's press office"),
    ("The proposal was made during the visit, the press office said.", "en", "press office"),
    ("The leaders will meet on Friday, according to the Kremlin press service.", "en", "Kremlin press service"),
    ("Встреча пройдёт в пятницу. Об этом сообщает во вторник пресс-служба Кремля.", "ru", "пресс-служба Кремля"),
    ("Пострадали 14 человек, сообщает агентство со ссылкой на пресс-службу главы республики.", "ru",
     "пресс-службу главы республики"),
    ("В заявлении, распространенном кремлевской пресс-службой, говорится о встрече.", "ru",
     "кремлевской пресс-службой"),
])
def test_a_press_service_next_to_a_reporting_cue_is_a_citation(text: str, lang: str, phrase: str) -> None:
    assert _sources(text, lang) == [phrase]


@pytest.mark.parametrize("text", [
    "The press service was closed for the holidays.",
    "Пресс-служба переехала в новое здание.",
])
def test_a_press_service_without_a_reporting_cue_is_no_citation(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(("phrase", "country"), [
    ("пресс-служба Кремля", "RU"), ("кремлевской пресс-службой", "RU"),
    ("the White House press office", "US"), ("press office", None),
])
def test_the_country_behind_a_press_service_is_read_from_its_owner(phrase: str, country: str | None) -> None:
    assert is_press_service(phrase)
    assert press_country(phrase) == country


def _role(subject: str, obj: str) -> Claim:
    return Claim(id=f"{subject}-{obj}", document_id="d", subject=subject, predicate="holds_role", object=obj)


def test_an_owner_named_by_surname_speaks_for_the_country_the_reports_say_he_leads() -> None:
    holders = role_holders([_role("Alaksandar Lukashenka", "Belarus"), _role("Dmitry Peskov", "Kremlin"),
                            _role("Maria Petrova", "Samara Region")])
    assert press_country("Lukashenko's press office", holders) == "BY"
    assert press_country("пресс-секретарь Peskov", holders) == "RU"
    assert press_country("Petrova's press office", holders) is None  # a region is no country
    assert press_country("Lukashenko's press office") is None  # nobody said what he holds


def test_a_surname_claimed_for_two_countries_names_the_one_most_reports_give() -> None:
    even = role_holders([_role("Ivan Sidorov", "Russia"), _role("Petr Sidorov", "Belarus")])
    assert press_country("Sidorov's press office", even) is None
    most = role_holders([_role("Ivan Sidorov", "Russia"), _role("Ivan Sidorov", "Russia"),
                         _role("Ivan Sidorov", "Belarus")])
    assert press_country("Sidorov's press office", most) == "RU"
