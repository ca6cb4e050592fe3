"""supplies_to told as a charge the accused answers: the accuser's claim, and the denial of a
party that rejects the charge."""
from __future__ import annotations


def _pairs(found: set[tuple[str, str | None, str, str | None]]) -> set[tuple[str, str | None, str]]:
    return {(s, o, m) for s, o, m, _ in found}


def test_a_rejected_charge_of_deliveries_in_russian(supplies) -> None:
    found = _pairs(supplies("Анкара вчера отвергла обвинения Афин в поставках беспилотников Триполи.", "ru"))
    assert ("Анкара", "Триполи", "claim") in found
    assert ("Анкара", "Триполи", "denial") in found


def test_a_charge_called_groundless_names_the_state_of_the_titled_speaker(supplies) -> None:
    text = "Президент Бразилии назвал бездоказательными обвинения Аргентины в поставках топлива Венесуэле."
    found = _pairs(supplies(text, "ru"))
    assert ("Бразилия", "Венесуэла", "denial") in found
    assert ("Бразилия", "Венесуэла", "claim") in found


def test_a_rejected_charge_in_english(supplies) -> None:
    found = supplies("Ankara rejected Athens's accusations of arms supplies to Tripoli.", "en")
    assert ("Ankara", "Tripoli", "denial") in _pairs(found)
    assert ("Ankara", "Tripoli", "claim", "Athens") in found


def test_a_charge_only_answered_tells_no_denial(supplies) -> None:
    found = _pairs(supplies("Казахстан прокомментировал обвинения Литвы в поставках топлива Ирану.", "ru"))
    assert ("Казахстан", "Иран", "denial") not in found


def test_a_charge_whose_delivery_names_its_own_supplier_is_left_alone(supplies) -> None:
    text = "Ankara rejected accusations of arms supplies from Serbia to Libya."
    assert not any(s == "Ankara" for s, *_ in supplies(text, "en"))


def test_a_charge_of_a_that_clause_is_read_by_the_clause_rules(supplies) -> None:
    text = "The Turkish foreign ministry slammed the accusation that Turkey had been supplying drones to Libya."
    assert not any(s == "Turkish foreign ministry" for s, *_ in supplies(text, "en"))
