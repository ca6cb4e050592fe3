"""Supplies told as what someone's information shows, and headlines that name their source."""
from __future__ import annotations


def test_the_holder_of_information_claims_what_it_tells(supplies) -> None:
    text = "Соединенные Штаты располагают информацией о том, что Северная Корея передала России тысячу контейнеров."
    assert supplies(text, "ru") == {("Северная Корея", "Россия", "claim", "Соединенные Штаты")}


def test_a_state_s_intelligence_showing_a_supply_is_that_state_s_claim(supplies) -> None:
    text = "US intelligence shows Iran is preparing to provide Russia with drones."
    assert supplies(text, "en") == {("Iran", "Russia", "claim", "US")}


def test_our_information_is_a_claim_even_when_the_speaker_is_not_named_here(supplies) -> None:
    text = "\"Our information indicates that North Korea has provided Russia with more than 1,000 containers,\" " \
           "he said."
    assert {(s, o, m) for s, o, m, _ in supplies(text, "en")} == {("North Korea", "Russia", "claim")}


def test_a_headline_source_before_or_after_the_colon(supplies) -> None:
    assert supplies("White House: Iran preparing to supply Russia with drones", "en") == {
        ("Iran", "Russia", "claim", "White House")}
    assert supplies("N. Korea sent more than 1,000 containers of munitions to Russia: White House", "en") == {
        ("N. Korea", "Russia", "claim", "White House")}


def test_a_colon_before_a_list_names_no_source(supplies) -> None:
    text = "North Korea shipped three kinds of goods to Russia: shells, rockets and rifles."
    assert {m for _, _, m, _ in supplies(text, "en")} == {"fact"}


def test_a_speaker_the_parser_hung_on_the_reported_clause_still_speaks(supplies) -> None:
    text = "Как сообщало агентство, в октябре адмирал ВМС США в отставке Джон Кирби также утверждал, что КНДР " \
           "якобы поставила России вооружение для армии."
    assert supplies(text, "ru") == {("КНДР", "Россия", "claim", "Джон Кирби")}
