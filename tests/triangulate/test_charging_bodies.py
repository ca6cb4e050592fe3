"""Criminal charges credited to one body by one report and to another body by another."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.charging_bodies import bodies_charging, charge_disagreements, shown


def test_bodies_bringing_charges_are_named_in_several_languages() -> None:
    assert bodies_charging("The Department of Justice indicted four executives of the shipping firm.") \
        == {"the justice ministry"}
    assert bodies_charging("Прокуратура округа предъявила обвинения трем сотрудникам таможни.") == {"the prosecutors"}
    assert bodies_charging("Поліція пред'явила звинувачення двом водіям вантажівок.") == {"the police"}
    assert bodies_charging("Следственный комитет России предъявил обвинение бывшему мэру.") == {"the investigators"}


def test_an_accusation_or_a_body_without_a_charge_is_no_charge() -> None:
    assert bodies_charging("Минюст обвинил компанию в нарушении правил экспорта.") == set()
    assert bodies_charging("The FBI searched two warehouses near the port on Monday.") == set()


def test_a_charge_told_as_background_names_no_body_of_this_event() -> None:
    assert bodies_charging("Prosecutors previously charged the broker with fraud.") == set()


def test_two_reports_crediting_the_charges_to_two_bodies_disagree() -> None:
    texts = {"d1": "The Justice Department charged six people with smuggling chips to the army.",
             "d2": "Federal prosecutors filed charges against six traders on Tuesday.",
             "d3": "Six traders face up to twenty years in prison."}
    view = shown_in_one_event(charge_disagreements, shown, texts)
    assert (view["kind"], view["about"]) == ("actor", "which body brought the charges")
    assert says_and_documents(view) == [("the justice ministry", ["d1"]), ("the prosecutors", ["d2"])]


def test_a_report_naming_two_bodies_or_two_events_raise_nothing() -> None:
    both = {"d1": "Police arrested the pair and prosecutors charged them with bribery.",
            "d2": "Prosecutors charged two officials with bribery."}
    assert charge_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "Prosecutors charged two officials with bribery.",
             "d2": "The FBI charged a hacker with extortion."}
    assert charge_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []


def test_a_body_announcing_the_charges_is_named_as_bringing_them() -> None:
    from claimgraph.triangulate.charging_bodies import bodies_charging

    assert bodies_charging("Three traders hid the cargo, an FBI official said, announcing the charges in Miami.") \
        == {"the police"}
    assert bodies_charging("«Вони ховали вантаж», — заявив посадовець ФБР, оголошуючи звинувачення в Маямі.") \
        == {"the police"}
    assert bodies_charging("Прокуратура объявила обвинения трём торговцам.") == {"the prosecutors"}
    assert bodies_charging("The FBI announced a reward for information on the ship.") == set()
