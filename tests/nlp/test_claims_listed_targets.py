"""Names and groups a body puts on a sanctions list are sanctioned by it: each name, and each country
of a group; a list that is no sanctions list sanctions no one."""
from __future__ import annotations


def test_groups_of_firms_in_countries_added_to_the_entity_list(pairs_of) -> None:
    text = "The Commerce Department added 42 entities in China, Turkey and the United Arab Emirates to its Entity List."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("China", "Commerce Department"), ("Turkey", "Commerce Department"),
            ("United Arab Emirates", "Commerce Department")} <= found


def test_each_named_firm_added_to_the_entity_list(pairs_of) -> None:
    text = "The Commerce Department added Sinno Trading Ltd, Shenzhen Bolt Electronics Co and Vasco Parts LLC to the Entity List."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Sinno Trading Ltd", "Commerce Department"), ("Shenzhen Bolt Electronics Co", "Commerce Department"),
            ("Vasco Parts LLC", "Commerce Department")} <= found


def test_firms_added_to_a_list_in_the_passive_are_sanctioned_by_the_agent(pairs_of) -> None:
    text = "Sinno Trading Ltd and Vasco Parts LLC were added to the Entity List by the Commerce Department."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Sinno Trading Ltd", "Commerce Department"), ("Vasco Parts LLC", "Commerce Department")} <= found


def test_a_nation_of_firms_added_to_a_trade_blacklist(pairs_of) -> None:
    text = "The United States added 42 Chinese companies to a trade blacklist on Tuesday."
    assert ("Chinese", "United States") in pairs_of("sanctioned_by")(text, "en")


def test_companies_from_countries_put_on_a_russian_blacklist(pairs_of) -> None:
    text = "Минторг США внес в черный список 42 компании из Китая, Турции и ОАЭ."
    found = pairs_of("sanctioned_by")(text, "ru")
    assert {("Китай", "Минторг США"), ("Турция", "Минторг США"), ("ОАЭ", "Минторг США")} <= found


def test_companies_from_countries_put_on_a_ukrainian_blacklist(pairs_of) -> None:
    text = "США внесли до чорного списку 42 компанії з Китаю, Туреччини та ОАЕ."
    found = pairs_of("sanctioned_by")(text, "uk")
    assert {("Китай", "США"), ("Туреччина", "США")} <= {(s.capitalize(), o.upper()) for s, o in found}


def test_a_list_of_approved_suppliers_is_no_sanctions_list(pairs_of) -> None:
    text = "The ministry added 42 firms from China and Turkey to its list of approved suppliers."
    assert pairs_of("sanctioned_by")(text, "en") == set()


def test_firms_added_to_the_entity_list_named_in_latin_letters_in_russian(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Минторг США добавил в Entity List 42 китайские компании.", "ru")
    assert ("Китай", "Минторг США") in found


def test_firms_added_to_a_blacklist_in_ukrainian(pairs_of) -> None:
    text = "Міністерство торгівлі США внесло 42 китайські компанії до чорного списку."
    assert {subject for subject, _ in pairs_of("sanctioned_by")(text, "uk")} == {"Китай"}


def test_those_added_to_a_bodys_list_in_the_sentence_before_are_sanctioned_by_it(pairs_of) -> None:
    text = ("The Commerce Department on Tuesday added 42 entities to the Entity List. "
            "Those added include Sinno Trading Ltd and Vasco Parts LLC.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Sinno Trading Ltd", "Commerce Department"), ("Vasco Parts LLC", "Commerce Department")} <= found


def test_a_list_named_by_a_chain_of_words_is_a_sanctions_list(pairs_of) -> None:
    text = "The Commerce Department added 31 Iranian firms to a government export control list on Monday."
    assert ("Iranian", "Commerce Department") in pairs_of("sanctioned_by")(text, "en")


def test_a_russian_export_control_list_is_a_sanctions_list(pairs_of) -> None:
    text = "Минторг США внес 31 иранскую компанию в список экспортного контроля."
    assert ("Иран", "Минторг США") in pairs_of("sanctioned_by")(text, "ru")
