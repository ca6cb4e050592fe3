"""Output someone orders made is that one's plan to produce: the one who commands (or the one tasked)
is the subject, the model or the count of the goods the value; stopping output is no plan."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Planned = set[tuple[str, str | None, float | None, str]]


@pytest.fixture(scope="module")
def planned(analyse: Callable[[str, str], AnalyzedDoc]) -> Callable[[str, str], Planned]:
    def run(text: str, lang: str) -> Planned:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        claims = find_claims(QuantityComponent()(DateComponent()(doc)))
        return {(c.subject, c.object, c.value, c.modality) for c in claims if c.predicate == "plans_to_produce"}
    return run


def test_a_leader_ordering_officials_to_make_shells_plans_them(planned) -> None:
    found = planned("President Kassym-Jomart Tokayev ordered his ministers to produce 20,000 artillery shells.", "en")
    assert ("Kassym-Jomart Tokayev", None, 20000.0, "plan") in found


def test_a_plant_tasked_with_making_a_model_plans_it(planned) -> None:
    found = planned("The Kupol plant was tasked with producing 15,000 Garpiya drones by 2026.", "en")
    assert any(obj == "Garpiya" and value == 15000.0 for _, obj, value, _ in found)


def test_an_order_in_russian(planned) -> None:
    found = planned("Касым-Жомарт Токаев распорядился изготовить 20 тысяч артиллерийских снарядов.", "ru")
    assert any(value == 20000.0 for _, _, value, _ in found)


def test_an_order_in_ukrainian(planned) -> None:
    found = planned("Касим-Жомарт Токаєв наказав своїм міністрам виготовити до 20 тисяч ракет.", "uk")
    assert any(value == 20000.0 for _, _, value, _ in found)


def test_an_order_to_stop_making_is_no_plan(planned) -> None:
    assert planned("Judge Anna Kowalski ordered Sokol Ltd to stop producing Geran drones.", "en") == set()


def test_buying_goods_by_order_is_no_plan(planned) -> None:
    assert planned("The ministry ordered 300 Geran drones from Sokol Ltd.", "en") == set()
