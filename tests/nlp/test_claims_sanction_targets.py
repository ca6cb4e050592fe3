"""Sanctions on groups and lists of targets: the countries of targeted firms and the names a list gives,
sanctioned by the body that imposed the measures, never by a name on the list."""
from __future__ import annotations


def test_firms_based_in_a_country_make_that_country_a_target(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("Canada imposed restrictions on India-based companies on Monday.", "en")
    assert ("India", "Canada") in found


def test_the_sanctions_targeting_firms_in_countries_hit_each_country(pairs_of) -> None:
    text = "Canada imposed new sanctions on Monday. The measures also target firms in Armenia, Georgia and Mongolia."
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Armenia", "Canada"), ("Georgia", "Canada"), ("Mongolia", "Canada")} <= found


def test_targeted_firms_listed_after_the_body_are_sanctioned_by_it(pairs_of) -> None:
    text = ("Canada imposed new sanctions on Monday. "
            "Targeted firms include Oriole Parts Ltd and Kestrel Components Limited.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Oriole Parts Ltd", "Canada"), ("Kestrel Components Limited", "Canada")} <= found


def test_those_targeted_in_countries_and_the_companies_among_the_hit(pairs_of) -> None:
    text = ("Canada slapped sanctions on 30 firms. "
            "Those targeted include people and businesses in Armenia, Georgia and Serbia. "
            "Among the companies hit by the sanctions are Oriole Parts Ltd, which sold chips to Russian drone "
            "makers, and Kestrel Components Limited.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Armenia", "Canada"), ("Serbia", "Canada"), ("Oriole Parts Ltd", "Canada"),
            ("Kestrel Components Limited", "Canada")} <= found


def test_a_plain_list_of_firms_is_no_sanction(pairs_of) -> None:
    text = "Canada opened a trade office. Its partners include Oriole Parts Ltd and Kestrel Components Limited."
    assert pairs_of("sanctioned_by")(text, "en") == set()


def test_names_falling_onto_a_blacklist_are_sanctioned_by_the_body_not_the_first_name(pairs_of) -> None:
    text = ("Канада ввела санкции против России. В черный список попали 12 компаний из Армении и Сербии. "
            "Также в черный список попали Kestrel Group из Сербии и Oriole Trading из Армении.")
    found = pairs_of("sanctioned_by")(text, "ru")
    assert {("Армения", "Канада"), ("Сербия", "Канада"), ("Kestrel Group", "Канада")} <= found
    assert all(body in ("Канада", None) for _, body in found)


def test_measures_introduced_against_named_companies_in_the_passive(pairs_of) -> None:
    text = ("Канада ввела санкции против России. "
            "Ограничительные меры введены в отношении компании «Сириус», АО «Полет».")
    found = pairs_of("sanctioned_by")(text, "ru")
    assert {("Сириус", "Канада"), ("Полет", "Канада")} <= found


def test_a_body_widening_its_sanctions_lists_against_countries_sanctions_them(pairs_of) -> None:
    text = ("Canada on Monday expanded its sanctions lists against Russia and Belarus. "
            "An expanded Canadian sanctions list includes individuals and businesses in Armenia and Serbia.")
    found = pairs_of("sanctioned_by")(text, "en")
    assert {("Russia", "Canada"), ("Belarus", "Canada"), ("Armenia", "Canada"), ("Serbia", "Canada")} <= found


def test_sanctions_imposed_on_a_people_sanction_the_demonym(pairs_of) -> None:
    text = "Canada slapped sanctions on 30 firms. Sanctions have also been imposed on Iranians involved in drone production."
    assert ("Iranians", "Canada") in pairs_of("sanctioned_by")(text, "en")


def test_the_name_in_quotes_beside_a_kind_of_body_is_the_target(pairs_of) -> None:
    text = ("Власти Норвегии ввели санкции против России. "
            "Ограничительные меры введены в отношении Научного центра «Орион», компании «Сириус».")
    found = pairs_of("sanctioned_by")(text, "ru")
    assert {("Орион", "Норвегия"), ("Сириус", "Норвегия")} <= found
    assert all(subject != "Научный центр" for subject, _ in found)


def test_sanctions_that_include_a_nations_entities_sanction_the_demonym(pairs_of) -> None:
    text = ("Canada slapped sanctions on 30 firms. "
            "The new sanctions also include Iranian individuals and entities involved in drone production.")
    assert ("Iranian", "Canada") in pairs_of("sanctioned_by")(text, "en")


def test_a_body_named_as_widening_sanctions_is_their_body_not_the_one_before(pairs_of) -> None:
    text = "Canada slapped sanctions on 30 firms. The EU expanded sanctions against Belarus."
    found = pairs_of("sanctioned_by")(text, "en")
    assert ("Belarus", "EU") in found
    assert ("Belarus", "Canada") not in found


def test_a_government_designating_a_nations_entities_sanctions_the_demonym(pairs_of) -> None:
    text = "Canada slapped sanctions on 30 firms. Norway also designated Belarusian entities."
    found = pairs_of("sanctioned_by")(text, "en")
    assert ("Belarusian", "Norway") in found
    assert ("Belarusian", "Canada") not in found


def test_counted_firms_of_a_nation_are_left_to_the_counts(pairs_of) -> None:
    found = pairs_of("sanctioned_by")("The US sanctioned two Chinese companies on Thursday.", "en")
    assert ("Chinese", "US") not in found
