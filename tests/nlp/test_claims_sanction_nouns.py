"""sanctioned_by from "imposed sanctions on X" / "ввели санкции против X", and what is no sanction."""
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


def test_each_body_that_imposed_sanctions_sanctions_the_named_target(sanctions_of) -> None:
    text = "В мае Евросоюз и Япония ввели санкции против компании «Гроднодрон»."
    assert sanctions_of(text, "ru") == {("Гроднодрон", "Евросоюз"), ("Гроднодрон", "Япония")}


def test_english_imposed_sanctions_on_a_company(sanctions_of) -> None:
    text = "On Tuesday, Japan imposed sanctions on Grodno Drone Works, a maker of small drones."
    assert ("Grodno Drone Works", "Japan") in sanctions_of(text, "en")


def test_the_names_a_target_governs_are_not_targets(sanctions_of) -> None:
    text = "Япония ввела санкции против поставщиков компании «Гроднодрон»."
    assert ("Гроднодрон", "Япония") not in sanctions_of(text, "ru")


def test_drones_targeting_a_factory_are_no_sanction(sanctions_of) -> None:
    assert sanctions_of("Six drones targeted the Grodno Drone Works factory overnight.", "en") == set()


def test_the_outlet_reporting_a_list_is_not_on_it(sanctions_of) -> None:
    text = ("Japan imposed sanctions on Grodno Drone Works on Tuesday. The sanctions targeted Grodno Drone "
            "Works and Minsk Optics Ltd, Nippon Daily News reported.")
    assert not any(subject == "Nippon Daily News" for subject, _ in sanctions_of(text, "en"))


def test_a_name_under_a_body_s_sanctions_is_sanctioned_by_that_body(sanctions_of) -> None:
    text = "The lenses came from Ural Optics, which is already under U.S. and EU sanctions."
    found = sanctions_of(text, "en")
    assert {subject for subject, _ in found} == {"Ural Optics"} and len(found) == 2


def test_a_demonym_names_the_sanctioning_country_the_report_names(sanctions_of) -> None:
    text = "Ural Optics remains under Japanese sanctions. Japan accuses it of selling lenses to drone makers."
    assert ("Ural Optics", "Japan") in sanctions_of(text, "en")


def test_russian_under_sanctions_of_a_body(sanctions_of) -> None:
    text = "Детали поставляла компания «Уралоптика», которая находится под санкциями Японии."
    assert ("Уралоптика", "Япония") in sanctions_of(text, "ru")


def test_sanctions_without_a_named_body_sanction_by_nobody_named(sanctions_of) -> None:
    text = "Ural Optics has been under sanctions since 2023."
    assert sanctions_of(text, "en") == {("Ural Optics", None)}


def test_the_count_of_imposed_sanctions_is_the_claim_s_value(analyse) -> None:
    doc = analyse("Canada on Monday imposed 120 new sanctions against Belarus.", "en")
    claims = find_claims(QuantityComponent()(DateComponent()(doc)))
    found = [c for c in claims if c.predicate == "sanctioned_by"]
    assert [(c.subject, c.object, c.value) for c in found] == [("Belarus", "Canada", 120)]


def test_sanctions_on_a_country_s_firms_do_not_sanction_the_country(sanctions_of) -> None:
    text = "Canada imposed sanctions on Chinese (People's Republic of China) entities that sell drone parts."
    assert all(subject != "People's Republic of China" for subject, _ in sanctions_of(text, "en"))


def test_the_name_beside_the_noun_a_relative_clause_hangs_on(sanctions_of) -> None:
    text = "Детали шли через посредника – компанию «Уралоптика», которая находится под санкциями Японии."
    assert ("Уралоптика", "Япония") in sanctions_of(text, "ru")


def test_russian_bodies_named_after_the_sanctions_of_a_subjectless_clause(sanctions_of) -> None:
    text = "Против «Гроднодрона» ввели санкции США и Великобритания."
    assert {("Гроднодрон", "США"), ("Гроднодрон", "Великобритания")} <= sanctions_of(text, "ru")
