"""A supply told inside reports a speaker denies or calls false is a denial; a supply a question asks
about is no claim; a person who accuses a state of deliveries is the source of the charge."""
from __future__ import annotations


def test_a_supply_inside_a_denial_of_reports_is_denied(supplies) -> None:
    found = supplies("The ministry repeated its denial of reports that Moscow was using drones supplied by Iran.", "en")
    assert {modality for _, _, modality, _ in found} == {"denial"}


def test_a_supply_inside_reports_called_disinformation_is_denied(supplies) -> None:
    found = supplies("Министр назвала дезинформацией сообщения о поставках оружия из Ирана в Россию.", "ru")
    assert {(s, o, m) for s, o, m, _ in found} == {("Иран", "Россия", "denial")}


def test_a_supply_a_reporter_asks_about_is_no_claim(supplies) -> None:
    assert supplies("Asked whether Iran had supplied drones to Russia, Dmitry Peskov said he had no information.",
                    "en") == set()
    assert supplies("Dmitry Peskov said Russian equipment is used when asked if Iran supplied drones to Russia.",
                    "en") == set()


def test_a_supply_a_speaker_asserts_stays_a_claim(supplies) -> None:
    assert supplies("Dmitry Peskov said Iran supplied drones to Russia.", "en") == {
        ("Iran", "Russia", "claim", "Dmitry Peskov")}


def test_a_person_accusing_a_state_of_deliveries_is_the_source_of_the_charge(supplies) -> None:
    for text in ("Владимир Зеленский публично обвинил Китай в поставках оружия РФ.",
                 "Владимир Зеленский вновь обвинил Китай в поставках пороха и оружия РФ."):
        assert supplies(text, "ru") == {("Китай", "РФ", "claim", "Владимир Зеленский")}


def test_states_accusing_a_state_of_handing_over_weapons_charge_it_with_a_supply(supplies) -> None:
    found = supplies("США обвинили Иран в передаче дронов России.", "ru")
    assert found == {("Иран", "Россия", "claim", "США")}
