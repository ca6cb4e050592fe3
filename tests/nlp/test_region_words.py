"""A region word after a place belongs to its name ("Брянської області", "the Kursk region"), a
country is a country in every case form, and the short names of the armed forces and ministries
are public bodies."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.doc import AnalyzedDoc


def labelled(doc: AnalyzedDoc) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in doc.mentions}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Дрони атакували склад у Брянської області вночі.", "uk", "Брянської області"),
    ("Обломки упали в Курской области утром.", "ru", "Курской области"),
    ("Пожар начался в Советском районе города.", "ru", "Советском районе"),
    ("Troops crossed into the Kursk region in August.", "en", "Kursk region"),
])
def test_a_region_word_is_part_of_the_place(analyse: Callable[[str, str], AnalyzedDoc],
                                            text: str, lang: str, place: str) -> None:
    assert (place, "Location") in labelled(analyse(text, lang)), labelled(analyse(text, lang))


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("ВСУ обстреляли окраину города.", "ru", "ВСУ"),
])
def test_armed_forces_short_names_are_public_bodies(analyse: Callable[[str, str], AnalyzedDoc],
                                                   text: str, lang: str, body: str) -> None:
    assert (body, "PublicBody") in labelled(analyse(text, lang))


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Мінцифри та Мінторг США оголосили нові правила.", "uk", "Мінцифри"),
    ("Минюст и Минэнерго подготовили поправки к закону.", "ru", "Минэнерго"),
])
def test_short_names_of_ministries_are_public_bodies(analyse: Callable[[str, str], AnalyzedDoc],
                                                    text: str, lang: str, body: str) -> None:
    assert (body, "PublicBody") in labelled(analyse(text, lang)), labelled(analyse(text, lang))


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Компании из Объединенных Арабских Эмиратах попали в список.", "ru", "Объединенных Арабских Эмиратах"),
    ("Поставки шли через Объединенные Арабские Эмираты и Турцию.", "ru", "Объединенные Арабские Эмираты"),
])
def test_a_country_is_a_country_in_every_case_form(analyse: Callable[[str, str], AnalyzedDoc],
                                                   text: str, lang: str, country: str) -> None:
    assert (country, "Country") in labelled(analyse(text, lang)), labelled(analyse(text, lang))
