"""cooperates_with from treaties and partnerships: "a partnership between X and Y", "договор о
партнёрстве между X и Y", and leaders who sign for their countries."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.quantities import QuantityComponent

Analyse = Callable[[str, str], AnalyzedDoc]


@pytest.fixture(scope="module")
def partners_of(analyse: Analyse) -> Callable[[str, str], set[frozenset[str]]]:
    dates, quantities = DateComponent(), QuantityComponent()

    def run(text: str, lang: str) -> set[frozenset[str]]:
        doc = analyse(text, lang)
        doc.published = "2025-05-16"
        return {frozenset((c.subject, c.object or "")) for c in find_claims(quantities(dates(doc)))
                if c.predicate == "cooperates_with"}

    return run


def test_a_partnership_between_two_countries(partners_of) -> None:
    text = "The deal deepens the military partnership between Mongolia and Kazakhstan."
    assert frozenset({"Mongolia", "Kazakhstan"}) in partners_of(text, "en")


def test_russian_treaty_of_partnership_between_two_countries(partners_of) -> None:
    text = "Договор о стратегическом партнёрстве между Монголией и Казахстаном вступил в силу."
    assert frozenset({"Монголия", "Казахстан"}) in partners_of(text, "ru")


def test_leaders_with_known_posts_sign_for_their_countries(partners_of) -> None:
    text = ("Vladimir Putin, the president of Russia, hosted Emmanuel Macron, the president of France, in Sochi. "
            "Putin and Macron signed a treaty on strategic partnership.")
    found = partners_of(text, "en")
    assert frozenset({"Russia", "France"}) in found
    assert frozenset({"Vladimir Putin", "Emmanuel Macron"}) not in found


def test_people_without_known_posts_sign_for_no_one_the_report_names(partners_of) -> None:
    """A pact is between bodies; two people whose posts the report never gives make no claim."""
    text = "Ivan Petrov and Lin Wei signed a partnership agreement in Harbin."
    assert frozenset({"Ivan Petrov", "Lin Wei"}) not in partners_of(text, "en")


def test_cooperation_with_one_country_joins_the_speaker_s_state(pairs_of) -> None:
    text = ("Armenian President Vahagn Khachaturyan visited Yerevan. "
            "Vahagn Khachaturyan said that military cooperation with Iran protects Armenia.")
    assert ("Armenia", "Iran") in pairs_of("cooperates_with")(text, "en")


def test_two_partners_named_after_with_are_not_partners_of_each_other(pairs_of) -> None:
    text = "Область намерена развивать партнёрские отношения с Краснодарским краем и Смоленской областью."
    found = pairs_of("cooperates_with")(text, "ru")
    assert not any({a, b} <= {"Краснодарский край", "Смоленская область"} for a, b in found if b)


def test_two_subjects_acting_jointly_cooperate(pairs_of) -> None:
    text = "Армения и Иран будут совместно охранять границу."
    found = pairs_of("cooperates_with")(text, "ru")
    assert ("Армения", "Иран") in found or ("Иран", "Армения") in found


def test_two_subjects_launching_joint_production_cooperate(pairs_of) -> None:
    text = "Armenia and Iran must launch joint production of drones next year."
    found = pairs_of("cooperates_with")(text, "en")
    assert ("Armenia", "Iran") in found or ("Iran", "Armenia") in found


def test_partnership_relations_with_regions(pairs_of) -> None:
    text = "Армения намерена развивать партнёрские отношения с Ираном."
    assert ("Армения", "Иран") in pairs_of("cooperates_with")(text, "ru")


def test_cooperation_with_a_partner_and_no_party_named_gives_no_claim(partners_of) -> None:
    text = ("Продолжается сотрудничество с Центром инноваций при Школе права Университета Оксфорда, и "
            "лучший проект турнира получит возможность поехать туда на летнюю программу.")
    assert partners_of(text, "ru") == set()


def test_russian_arrangements_two_countries_reached(partners_of) -> None:
    text = "Министр сообщил, что Франция и Германия достигли договоренностей о сотрудничестве."
    assert frozenset({"Франция", "Германия"}) in partners_of(text, "ru")


def test_ukrainian_arrangements_two_countries_reached(partners_of) -> None:
    text = "Франція і Німеччина досягли домовленості про співпрацю."
    assert frozenset({"Франція", "Німеччина"}) in partners_of(text, "uk")
