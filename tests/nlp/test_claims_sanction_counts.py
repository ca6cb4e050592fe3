"""sanctioned_by told as counts, packages and descriptions: "targeted nearly 300 people", "the 14th
package of sanctions against X", "a maker under Western sanctions", "the sanctioned company X"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def sanctions_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("sanctioned_by")


@pytest.fixture(scope="module")
def counted(analyse) -> Callable[[str, str], set[tuple[str, str | None, float | None]]]:
    def run(text: str, lang: str) -> set[tuple[str, str | None, float | None]]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        claims = find_claims(QuantityComponent()(DateComponent()(doc)))
        return {(c.subject, c.object, c.value) for c in claims if c.predicate == "sanctioned_by"}

    return run


def test_a_package_of_sanctions_against_a_country_is_approved_by_its_body(sanctions_of) -> None:
    text = "On Monday, Canada approved the ninth package of sanctions against Belarus."
    assert ("Belarus", "Canada") in sanctions_of(text, "en")


def test_counted_targets_are_a_count_of_the_sanctions_on_the_country_named_before(counted) -> None:
    text = ("Japan imposed new sanctions against Belarus on Tuesday. "
            "The Japanese Foreign Ministry targeted nearly 40 people and entities.")
    assert ("Belarus", "Japanese Foreign Ministry", 40) in counted(text, "en")


def test_a_demonym_names_the_country_whose_firms_are_counted(counted) -> None:
    text = ("Japan imposed new sanctions against Belarus on Tuesday. Japan also added more than 25 Chinese "
            "companies to its export control list. China protested.")
    assert ("China", "Japan", 25) in counted(text, "en")


def test_counted_targets_placed_elsewhere_are_not_the_report_s_country(counted) -> None:
    text = ("Japan imposed new sanctions against Belarus on Tuesday. "
            "Japan also imposed sanctions on 12 firms in countries across Asia.")
    assert not any(value == 12 for _, _, value in counted(text, "en"))


def test_a_count_beside_the_same_sanctions_keeps_one_claim_with_the_count(counted) -> None:
    text = "Canada has imposed broad sanctions against Belarus, targeting more than 80 people and entities."
    assert counted(text, "en") == {("Belarus", "Canada", 80)}


def test_sanctions_with_their_target_and_body_under_any_verb(sanctions_of) -> None:
    text = "The plant's exports led to sanctions against Ural Optics by Japan."
    assert ("Ural Optics", "Japan") in sanctions_of(text, "en")


def test_passive_hit_with_sanctions_names_the_body_of_the_report(sanctions_of) -> None:
    text = ("Japan imposed sanctions on Grodno Drone Works on Tuesday. "
            "Its owner, Minsk Optics Ltd, has also been hit with sanctions.")
    assert ("Minsk Optics Ltd", "Japan") in sanctions_of(text, "en")


def test_a_drone_hitting_a_plant_is_no_sanction(sanctions_of) -> None:
    assert sanctions_of("Belarus said a drone hit the Grodno Drone Works plant.", "en") == set()


def test_a_maker_described_as_under_sanctions_is_sanctioned(sanctions_of) -> None:
    text = "The engineers worked at Grodno Drone Works, a state-owned arms maker under Western sanctions."
    assert ("Grodno Drone Works", None) in sanctions_of(text, "en")


def test_the_sanctioned_company_is_sanctioned(sanctions_of) -> None:
    text = "The parts went to the sanctioned Belarusian defence company Grodno Drone Works last year."
    assert ("Grodno Drone Works", None) in sanctions_of(text, "en")


def test_placed_under_sanctions_by_a_body(sanctions_of) -> None:
    text = "Grodno Drone Works was placed under sanctions by Japan in 2023."
    assert ("Grodno Drone Works", "Japan") in sanctions_of(text, "en")


def test_russian_names_listed_as_fallen_under_sanctions(sanctions_of) -> None:
    text = ("Под новые ограничения Японии попали в том числе белорусское предприятие «Гроднодрон», "
            "которое выпускает беспилотники, и компания «Минскоптика».")
    found = sanctions_of(text, "ru")
    assert {("Гроднодрон", "Япония"), ("Минскоптика", "Япония")} <= found


def test_designated_as_a_zone_is_no_sanction(sanctions_of) -> None:
    text = "Originally designated as a special economic zone by Japan, the Grodno site now makes drones."
    assert sanctions_of(text, "en") == set()


def test_taking_action_against_a_country_in_a_sanctions_report(sanctions_of) -> None:
    text = ("Japan imposed new sanctions against Belarus on Tuesday. "
            "Canada and Australia also took action against Belarus on Friday.")
    found = sanctions_of(text, "en")
    assert {("Belarus", "Canada"), ("Belarus", "Australia")} <= found


def test_taking_action_outside_a_sanctions_report_is_no_sanction(sanctions_of) -> None:
    assert sanctions_of("Canada and Australia took action against Belarus on Friday.", "en") == set()


def test_a_round_of_sanctions_including_counted_targets(counted) -> None:
    text = ("Japan imposed new sanctions against Belarus on Tuesday. "
            "The new round of sanctions includes 40 new entities and individuals.")
    assert ("Belarus", "Japan", 40) in counted(text, "en")
