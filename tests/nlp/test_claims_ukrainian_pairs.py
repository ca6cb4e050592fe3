"""Two states a Ukrainian sentence joins with "та" / "і" next to a word of cooperation cooperate, however
the parser reads "та"; states joined far from such a word, or across a comma, do not."""
from __future__ import annotations


def _pairs(found: set[tuple[str, str | None]]) -> set[frozenset[str]]:
    return {frozenset((a.casefold(), (b or "").casefold())) for a, b in found}


def test_two_states_that_signed_a_partnership_pact_cooperate(pairs_of) -> None:
    found = pairs_of("cooperates_with")("Вірменія та Грузія підписали угоду про стратегічне партнерство.", "uk")
    assert frozenset(("вірменія", "грузія")) in _pairs(found)


def test_the_military_cooperation_of_two_capitals(pairs_of) -> None:
    found = pairs_of("cooperates_with")("Речник нагадав про військову співпрацю Єревана та Тбілісі.", "uk")
    assert frozenset(("єреван", "тбілісі")) in _pairs(found)


def test_states_joined_across_a_comma_from_the_cooperation_word_do_not_cooperate(pairs_of) -> None:
    text = "Суперечка Вірменії та Грузії триває, а співпраця з іншими сусідами посилюється."
    assert pairs_of("cooperates_with")(text, "uk") == set()
