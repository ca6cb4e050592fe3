"""Press services named as the source of a report become citations; the owner stays in the phrase."""
from __future__ import annotations

import pytest

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.press_services import find_press_citations
from claimgraph.triangulate.accounts import is_press_service, press_country


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
    ("пресс-служба Кремля", "RU"), ("Alaksandar Lukashenka's press office", "BY"),
    ("кремлевской пресс-службой", "RU"), ("press office", None),
])
def test_the_country_behind_a_press_service_is_read_from_its_owner(phrase: str, country: str | None) -> None:
    assert is_press_service(phrase)
    assert press_country(phrase) == country
