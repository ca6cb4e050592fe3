"""Each name coordinated with a sanctioned target is sanctioned by the same body, and a target is
sanctioned by each body coordinated with its body; a body is never its own target."""
from __future__ import annotations


def test_every_firm_of_a_list_of_sanctioned_firms_is_sanctioned(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("The UK has imposed sanctions on Sinno Trading Ltd and Vasco Parts LLC.", "en")
    assert {("Sinno Trading Ltd", "UK"), ("Vasco Parts LLC", "UK")} <= found


def test_every_blacklisted_firm_is_sanctioned(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Washington also blacklisted Sinno Trading Ltd and Vasco Parts LLC.", "en")
    assert {("Sinno Trading Ltd", "Washington"), ("Vasco Parts LLC", "Washington")} <= found


def test_every_country_of_a_sanctioned_group_is_sanctioned(pairs_of) -> None:
    text = "Canada on Friday sanctioned 42 entities in China, Turkey and the United Arab Emirates."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("China", "Canada"), ("Turkey", "Canada"), ("United Arab Emirates", "Canada")} <= found


def test_every_country_after_against_firms_from_is_sanctioned_in_russian(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("США ввели санкции против 17 компаний из Китая, Турции и ОАЭ.", "ru")
    assert {("Китай", "США"), ("Турция", "США"), ("ОАЭ", "США")} <= found


def test_a_target_is_sanctioned_by_each_of_two_bodies(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Евросоюз и США ввели санкции против компании Sinno Trading.", "ru")
    assert {("Sinno Trading", "Евросоюз"), ("Sinno Trading", "США")} <= found
    assert all(subject != body for subject, body in found)


def test_the_outlet_that_reports_a_list_is_not_on_it(pairs_of) -> None:
    text = ("The sanctions targeted Sinno Trading Ltd and its director, Pavel Ostrov, "
            "Kestrel Broadcasting Network reported.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert all(not subject.startswith("Kestrel") for subject, _ in found)


def test_the_last_countries_of_a_list_added_in_the_passive_are_sanctioned(pairs_of) -> None:
    text = ("Canada added 12 Russian defence firms to its sanctions list on Monday. Nine other entities from Armenia, "
            "Kazakhstan, Kyrgyzstan, Serbia, Switzerland and the United Kingdom were added to the list as well.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Switzerland", "Canada"), ("United Kingdom", "Canada")} <= found
