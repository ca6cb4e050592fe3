"""cooperates_with from ties a party builds up or calls close, and from alliances."""
from __future__ import annotations


def test_strengthening_ties_with_a_state_is_cooperation(pairs_of) -> None:
    text = "Mongolia said it will continue to strengthen ties with Kazakhstan."
    assert ("Mongolia", "Kazakhstan") in pairs_of("cooperates_with")(text, "en")


def test_developing_relations_with_a_state_in_russian(pairs_of) -> None:
    found = pairs_of("cooperates_with")("Монголия будет развивать отношения с Казахстаном.", "ru")
    assert ("Монголия", "Казахстан") in found


def test_the_partner_hung_on_the_verb_in_russian(pairs_of) -> None:
    found = pairs_of("cooperates_with")("Монголия намерена укреплять связи с Казахстаном.", "ru")
    assert ("Монголия", "Казахстан") in found


def test_an_alliance_with_a_state_is_cooperation(pairs_of) -> None:
    text = "Despite its economic alliance with Kazakhstan, Mongolia stays neutral."
    assert ("Mongolia", "Kazakhstan") in pairs_of("cooperates_with")(text, "en")


def test_close_relations_between_two_states(pairs_of) -> None:
    text = "The minister praised the close relations between Mongolia and Kazakhstan."
    assert {frozenset(p) for p in pairs_of("cooperates_with")(text, "en")} == {frozenset({"Mongolia", "Kazakhstan"})}


def test_strained_or_bare_relations_are_no_cooperation(pairs_of) -> None:
    rel = pairs_of("cooperates_with")
    assert rel("Mongolia has strained ties with Kazakhstan, officials in Kazakhstan said.", "en") == set()
    assert rel("Relations between Mongolia and Kazakhstan worsened in May.", "en") == set()
