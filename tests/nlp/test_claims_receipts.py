"""supplies_to told from the receiving end, and goods whose origin their own phrase names."""
from __future__ import annotations

from collections.abc import Callable

import pytest

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_receiving_goods_from_a_firm_makes_the_firm_the_supplier(supplies_of) -> None:
    text = "Kupol received more than a dozen attack drones from Sichuan AEE, a Chinese manufacturer."
    assert supplies_of(text, "en") == {("Sichuan AEE", "Kupol")}


def test_a_nationality_on_received_goods_names_the_supplier_country(supplies_of) -> None:
    text = "China is a big country. During that time, the Izhmash plant also received shipments of " \
           "Chinese-made attack drones through an intermediary."
    assert supplies_of(text, "en") == {("China", "Izhmash plant")}


def test_russian_receipt_of_lots_of_foreign_drones(supplies_of) -> None:
    text = "Китай большой. В это время завод «Ижмаш» получал партии китайских ударных беспилотников через посредника."
    assert supplies_of(text, "ru") == {("Китай", "Ижмаш")}


def test_receiving_a_delegation_is_no_supply(supplies_of) -> None:
    text = "The Izhmash plant received a delegation from Japan last week."
    assert supplies_of(text, "en") == set()


def test_goods_obtained_from_a_country_go_to_the_forces_using_them(supplies_of) -> None:
    text = "Last week Ukrainian forces fired missiles obtained from Iran at Kherson."
    assert supplies_of(text, "en") == {("Iran", "Ukrainian")}


def test_russian_goods_made_in_a_country_go_to_the_forces_using_them(supplies_of) -> None:
    text = "Британские войска использовали ракеты, изготовленные в Японии."
    assert ("Япония", "британский") in supplies_of(text, "ru")


def test_a_passive_supply_without_agent_takes_the_maker_of_the_goods(supplies_of) -> None:
    text = "These A40 engines, made by Harbin Motor Co, were later sent to Zenit Tech."
    assert ("Harbin Motor Co", "Zenit Tech") in supplies_of(text, "en")


def test_a_passive_supply_without_agent_takes_the_nationality_of_the_goods(supplies_of) -> None:
    text = "Chinese-made engines are being shipped to a drone maker in Russia."
    assert supplies_of(text, "en") == {("Chinese", "Russia")}


def test_firms_of_a_nation_supply_as_their_country(supplies_of) -> None:
    assert supplies_of("Chinese companies supplied Russia with drone engines.", "en") == {("Chinese", "Russia")}
    assert supplies_of("Японские компании снабжали Британию беспилотниками.", "ru") == {("Япония", "Британия")}


def test_a_supplier_of_materiel_stands_without_a_named_recipient(supplies_of) -> None:
    assert supplies_of("The drones were supplied by Vostok Trading, a firm under EU sanctions.", "en") == {
        ("Vostok Trading", None)}
    assert supplies_of("Zenit Tech supplies engine kits for the assembly of target drones.", "en") == {
        ("Zenit Tech", None)}


def test_a_supplier_of_help_or_words_is_no_supplier(supplies_of) -> None:
    assert supplies_of("Japan provided support and advice throughout the talks.", "en") == set()


def test_the_party_that_facilitates_a_shipment_is_its_supplier(supplies_of) -> None:
    text = "The move targets Vostok Trading, which has facilitated the shipment of these drones to Serbia."
    assert supplies_of(text, "en") == {("Vostok Trading", "Serbia")}
    text = "Санкции затронули компанию «Восток», являющуюся посредником в поставках дронов в Сербию."
    assert supplies_of(text, "ru") == {("Восток", "Сербия")}


def test_a_warning_against_deliveries_makes_the_warner_no_supplier(supplies_of) -> None:
    assert supplies_of("The EU warned against deliveries of drones to Serbia.", "en") == set()


def test_importing_goods_of_a_nation_makes_that_nation_the_supplier(supplies_of) -> None:
    text = "Russia has been importing Chinese drone engines disguised as farm equipment."
    assert supplies_of(text, "en") == {("Chinese", "Russia")}


def test_a_count_delivered_after_a_maker_is_named_is_that_maker_s_delivery(analyse) -> None:
    from claimgraph.nlp.claims import find_claims
    from claimgraph.nlp.dates import DateComponent
    from claimgraph.nlp.quantities import QuantityComponent

    doc = analyse("Zenit Tech signed a deal to build 3,000 drones. By April, more than 1,500 had already been delivered.", "en")
    doc.published = "2025-05-16"
    claims = [c for c in find_claims(QuantityComponent()(DateComponent()(doc))) if c.predicate == "supplies_to"]
    assert [(c.subject, c.object, c.value) for c in claims] == [("Zenit Tech", None, 1500.0)]


def test_a_count_delivered_to_someone_keeps_the_supplier_unguessed(supplies_of) -> None:
    text = "Zenit Tech opened in 2020. By April, more than 1,500 drones had been delivered to Serbia."
    assert supplies_of(text, "en") == set()


def test_a_supplier_without_recipient_must_be_named_in_its_own_clause(supplies_of) -> None:
    text = ("Министерство финансов Японии внесло в список компанию «Восток», которая, по данным властей, "
            "поставляла двигатели для ударных дронов.")
    assert ("Министерство финансов Японии", None) not in supplies_of(text, "ru")


def test_a_recipient_in_the_dative_is_a_recipient_even_unnamed(supplies_of) -> None:
    assert supplies_of("Ранее «Заслон» уже поставлял британской армии разведывательные дроны.", "ru") == set()


def test_a_maker_using_a_nation_s_components_was_supplied_by_that_nation(supplies_of) -> None:
    text = "China is big. The Kama Drone Works has sharply increased its output of drones, using Chinese components."
    assert supplies_of(text, "en") == {("China", "Kama Drone Works")}


def test_goods_designed_in_a_nation_are_not_supplied_by_it(supplies_of) -> None:
    text = "Iran is far away. The Kama Drone Works uses Iranian-designed drones in its tests."
    assert supplies_of(text, "en") == set()
