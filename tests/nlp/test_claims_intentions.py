"""A deployment that is only decided, planned or said to be possible is a plan, not a fact."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def placed(analyse):
    from claimgraph.nlp.claims import find_claims
    from claimgraph.nlp.dates import DateComponent
    from claimgraph.nlp.quantities import QuantityComponent

    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> set[tuple[str, str | None, str]]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        return {(c.subject, c.object, c.modality) for c in find_claims(quantities(dates(doc)))
                if c.predicate == "located_in"}

    return run


def test_a_decision_on_deployment_is_a_plan(placed) -> None:
    text = "Власти приняли решение о размещении ракет «Искандер» в Калининградской области."
    assert placed(text, "ru") == {("Искандер", "Калининградская область", "plan")}


def test_a_deployment_said_to_be_possible_is_a_plan(placed) -> None:
    text = "Министр сказал, что размещение «Искандера» в Калининграде возможно уже летом."
    assert {(s, o, m) for s, o, m in placed(text, "ru")} == {("Искандер", "Калининград", "plan")}


def test_a_deployment_that_happened_stays_a_fact(placed) -> None:
    text = "Ракеты «Искандер» размещены в Калининградской области."
    assert {m for _, _, m in placed(text, "ru")} == {"fact"}


def test_a_head_of_state_putting_a_weapon_on_duty_puts_it_in_their_country(analyse) -> None:
    from claimgraph.nlp.claims import find_claims

    text = "Президент Казахстана Касым-Жомарт Токаев сообщил, что комплекс «Искандер» начнет нести боевое дежурство в мае."
    found = [(c.subject, c.object, c.modality) for c in find_claims(analyse(text, "ru")) if c.predicate == "located_in"]
    assert found == [("Искандер", "Казахстан", "plan")]


def test_a_weapon_on_duty_without_a_place_or_a_titled_speaker_is_nowhere(placed) -> None:
    assert placed("Эксперты считают, что комплекс «Искандер» начнет нести боевое дежурство в мае.", "ru") == set()
