"""A region word after a place belongs to its name in Russian and Ukrainian ("Брянської області"),
and the short names of the armed forces are public bodies."""
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
