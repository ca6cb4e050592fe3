"""What a plant makes, then the plant ("the Vostok Pribor microchip plant"): the name is the firm's."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def labelled(doc: AnalyzedDoc) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in doc.mentions]


def test_the_name_before_a_product_and_plant_is_a_company_throughout(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Officials said the Vostok Pribor microchip plant was hit overnight. Vostok Pribor "
                  "declined to comment.", "en")
    assert labelled(doc).count(("Vostok Pribor", "Company")) == 2, labelled(doc)


def test_a_weapon_before_the_plant_makes_no_firm(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Satellite images show the Shahed drone factory growing.", "en")
    assert ("Shahed", "Company") not in labelled(doc)


def test_the_name_after_a_maker_word_is_a_company(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("The agency also named major Croatian arms producer Dunav-Arm as involved.", "en")
    assert ("Dunav-Arm", "Company") in labelled(doc), labelled(doc)


def test_a_person_who_visits_or_tours_a_plant_stays_a_person(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Viktor Khrenin visited the plant in Minsk. Ivan Sidorov toured a drone plant.", "en")
    assert {("Viktor Khrenin", "Person"), ("Ivan Sidorov", "Person")} <= set(labelled(doc)), labelled(doc)
