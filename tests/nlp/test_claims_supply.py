"""supplies_to as reports write it: "supplied Y with goods", "снабжали Y чем", "transferred from X to Y"."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.quantities import QuantityComponent

Pairs = Callable[[str, str], set[tuple[str, str | None]]]


@pytest.fixture(scope="module")
def supplies_of(pairs_of: Callable[[str], Pairs]) -> Pairs:
    return pairs_of("supplies_to")


def test_the_object_of_supplied_with_goods_is_the_recipient(supplies_of) -> None:
    text = "Iran has supplied Venezuela with attack drones and spare engines, officials said."
    assert supplies_of(text, "en") == {("Iran", "Venezuela")}


def test_provided_with_reads_the_same_way(supplies_of) -> None:
    text = "Officials say Belarus recently provided Serbia with artillery shells."
    assert ("Belarus", "Serbia") in supplies_of(text, "en")


def test_a_verb_without_goods_named_with_with_keeps_its_object_out(supplies_of) -> None:
    text = "Iran supplied engines to the plant, Venezuela said."
    assert ("Iran", "Venezuela") not in supplies_of(text, "en")


def test_russian_instrumental_goods_make_the_object_the_recipient(supplies_of) -> None:
    text = "По данным разведки, Иран снабжал Венесуэлу беспилотниками."
    assert ("Иран", "Венесуэла") in supplies_of(text, "ru")


def test_russian_provided_to_a_country_in_the_dative(supplies_of) -> None:
    text = "Иран недавно предоставил Венесуэле пусковые установки для ракет."
    assert ("Иран", "Венесуэла") in supplies_of(text, "ru")


def test_passive_transfer_from_one_country_to_another(supplies_of) -> None:
    text = "Last year a shipment of 500 containers was transferred from Iran to Venezuela."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_goods_provided_by_a_supplier_go_to_the_clause_s_subject(supplies_of) -> None:
    text = "Venezuela has begun flying drones provided by Iran over the border."
    assert supplies_of(text, "en") == {("Iran", "Venezuela")}


def test_an_accusation_of_supplying_names_the_supplier(analyse) -> None:
    doc = analyse("Colombia has accused Venezuela of providing weapons to Nicaragua for its army.", "en")
    claims = [c for c in find_claims(QuantityComponent()(DateComponent()(doc))) if c.predicate == "supplies_to"]
    assert [(c.subject, c.object, c.modality) for c in claims] == [("Venezuela", "Nicaragua", "claim")]


def test_a_nation_s_army_supplied_stands_for_its_country(supplies_of) -> None:
    text = "Venezuela is a close partner. Iran is already supplying the Venezuelan army with drones."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_a_nation_s_army_without_the_country_named_gives_no_recipient(supplies_of) -> None:
    text = "Iran is already supplying the Venezuelan army with drones."
    assert supplies_of(text, "en") == {("Iran", None)}  # the supplier stands; no recipient is guessed


def test_russian_transfer_noun_with_instrumental_supplier_and_dative_recipient(supplies_of) -> None:
    text = "В США установили факт передачи Ираном боевых дронов Венесуэле."
    assert supplies_of(text, "ru") == {("Иран", "Венесуэла")}


def test_ukrainian_reads_with_the_russian_word_lists(supplies_of) -> None:
    text = "Японія нещодавно передала Сербії пускові установки для ракет."
    assert ("Японія", "Сербія") in supplies_of(text, "uk")


def test_arming_a_state_supplies_it(supplies) -> None:
    found = supplies("US accuses Japan of arming Hungary", "en")
    assert {(s, o, m) for s, o, m, _ in found} == {("Japan", "Hungary", "claim")}
    assert {(s, o) for s, o, _, _ in supplies("Япония вооружает Венгрию, заявил Зеленский.", "ru")} == {
        ("Япония", "Венгрия")}


def test_the_country_accused_of_supplying_is_the_one_named_last(supplies) -> None:
    found = supplies("The U.S. ambassador to Hungary has accused the country of providing weapons to Japan.", "en")
    assert {(s, o, m) for s, o, m, _ in found} == {("Hungary", "Japan", "claim")}


def test_a_recipient_hung_on_the_goods_is_the_recipient(supplies_of) -> None:
    text = "Іран постачає снаряди до Венесуели."
    assert ("Іран", "Венесуела") in supplies_of(text, "uk")


def test_ukrainian_accusative_after_u_is_where_the_goods_go(supplies_of) -> None:
    text = "Білорусь відправила у Сербію партію гранат."
    assert ("Білорусь", "Сербія") in supplies_of(text, "uk")


def test_ukrainian_locative_after_u_is_where_not_where_to(supplies_of) -> None:
    text = "Іран продавав дрони у Вірменії через посередника."
    assert ("Іран", "Вірменія") not in supplies_of(text, "uk")


def test_a_delivery_noun_with_its_recipient_on_the_goods(supplies_of) -> None:
    text = "Посол розповів про постачання Іраном бойових дронів до Венесуели."
    assert ("Іран", "Венесуела") in supplies_of(text, "uk")


def test_a_government_named_by_its_nationality_supplies_for_its_state(supplies_of) -> None:
    text = "Iran said on Monday that the Iranian government supplied Venezuela with drones."
    assert ("Iran", "Venezuela") in supplies_of(text, "en")


def test_russian_authorities_named_by_nationality_supply_for_their_state(supplies_of) -> None:
    text = "По данным разведки Ирана, иранские власти поставляют Венесуэле беспилотники."
    assert ("Иран", "Венесуэла") in supplies_of(text, "ru")
