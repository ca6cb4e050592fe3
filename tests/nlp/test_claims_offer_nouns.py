"""An offer to build a plant told by a noun of offering is an offer by the noun's owner (or by whoever
voices it) to the place the plant would stand in; a plan named so is a plan; an offer nobody owns is
no claim."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent


def test_a_countrys_proposal_to_build_a_plant_somewhere_is_its_offer(pairs_of) -> None:
    found = pairs_of("offers_to_build")("Yerevan backed Russia's proposal to build a tank plant in Armenia.", "en")
    assert ("Russia", "Armenia") in found


def test_a_russian_genitive_owner_of_the_proposal_offers(pairs_of) -> None:
    text = "Пашинян поддержал предложение России построить в Армении завод по выпуску танков."
    assert ("Россия", "Армения") in pairs_of("offers_to_build")(text, "ru")


def test_a_ukrainian_proposal_offers_despite_a_broken_parse(pairs_of) -> None:
    text = "Пашинян підтримав пропозицію Росії збудувати в Вірменії завод танків."
    assert ("Росія", "Вірменія") in pairs_of("offers_to_build")(text, "uk")


def test_readiness_someone_voices_is_his_offer(pairs_of) -> None:
    text = "Владимир Путин выразил готовность построить в Армении завод по производству танков."
    assert ("Владимир Путин", "Армения") in pairs_of("offers_to_build")(text, "ru")


def test_a_plan_named_by_a_noun_is_a_plan(analyse: Callable) -> None:
    doc = analyse("Yerevan rejected Russia's plan to build a tank plant in Armenia.", "en")
    doc.published = "2025-05-16"
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    assert [(c.subject, c.object, c.modality) for c in claims if c.predicate == "offers_to_build"] == [
        ("Russia", "Armenia", "plan")]


def test_a_proposal_nobody_owns_offers_nothing(pairs_of) -> None:
    assert pairs_of("offers_to_build")("The proposal to build a tank plant in Armenia was discussed.", "en") == set()
