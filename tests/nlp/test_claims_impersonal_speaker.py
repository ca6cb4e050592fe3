"""A Russian speech verb without a subject ("…, добавили в Кремле") is said by the body it names."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str], list[Claim]]


@pytest.fixture(scope="module")
def analyse() -> Analyse:
    pipeline = default_pipeline()
    return lambda text: pipeline(AnalyzedDoc("doc-test", text, "ru", "2024-10-10")).claims


def test_a_trailing_body_speaks_rather_than_the_participants_of_the_clause(analyse: Analyse) -> None:
    found = analyse("Перед пленарным заседанием Александр Лукашенко и Владимир Путин проведут "
                    "отдельную встречу, добавили в Кремле.")
    met = [c for c in found if c.predicate == "met_with"]
    assert met and all(c.attributed_to in ("Кремль", "Кремле") for c in met), [c.attributed_to for c in met]


def test_a_leading_body_speaks_for_the_reported_clause(analyse: Analyse) -> None:
    found = analyse("В Минобороны заявили, что Россия поставит Белоруссии комплекс «Орешник».")
    supply = [c for c in found if c.predicate == "supplies_to"]
    assert supply and all(c.attributed_to == "Минобороны" for c in supply), [c.attributed_to for c in supply]


def test_a_named_subject_still_speaks_for_itself(analyse: Analyse) -> None:
    found = analyse("Перед заседанием Лукашенко и Путин проведут встречу, сообщили Песков и Ушаков.")
    met = [c for c in found if c.predicate == "met_with"]
    assert met and all(c.attributed_to not in ("Кремль", "Кремле", None) for c in met), [c.attributed_to for c in met]


@pytest.mark.parametrize(("text", "source"), [
    ("КНДР направила в Россию 12 тысяч военных, заявили в Сеуле.", "Сеул"),
    ("В Пекине заявили, что Китай не поставляет оружие России.", "Пекин"),
])
def test_a_state_s_seat_speaks_for_its_government(analyse: Analyse, text: str, source: str) -> None:
    supply = [c for c in analyse(text) if c.predicate == "supplies_to"]
    assert supply and all(c.attributed_to == source for c in supply), [c.attributed_to for c in supply]


def test_a_city_that_governs_no_state_is_no_speaker(analyse: Analyse) -> None:
    found = analyse("В Казани заявили, что Россия поставит Белоруссии комплекс «Орешник».")
    supply = [c for c in found if c.predicate == "supplies_to"]
    assert supply and all(c.attributed_to != "Казань" for c in supply), [c.attributed_to for c in supply]
