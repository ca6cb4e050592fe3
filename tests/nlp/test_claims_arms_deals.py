"""Arms deals between two states are supplies between them, as claims or denials."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Она отвергла как вымысел слухи об оружейных сделках между КНДР и РФ.", "ru", ("КНДР", "РФ")),
    ("МИД назвал выдумкой данные об оружейных сделках Ирана с Россией.", "ru", ("Иран", "Россия")),
    ("Diplomats in Tokyo said arms dealings between North Korea and Russia had to end.", "en",
     ("North Korea", "Russia")),
])
def test_the_parties_of_an_arms_deal_supply_one_another(pairs_of, text, lang, pair) -> None:
    assert pair in pairs_of("supplies_to")(text, lang)


def test_a_supplier_the_report_told_of_stays_the_supplier(pairs_of) -> None:
    text = ("США заявили, что КНДР поставила России снаряды. "
            "Пхеньян отверг как вымысел слухи об оружейных сделках между Россией и КНДР.")
    found = pairs_of("supplies_to")(text, "ru")
    assert ("КНДР", "Россия") in found and ("Россия", "КНДР") not in found


def test_a_deal_without_arms_is_no_supply(pairs_of) -> None:
    assert pairs_of("supplies_to")("Officials said trade deals between Iran and Russia grew in 2024.", "en") == set()


def test_denied_arms_exchanges_are_a_denial_of_the_speakers_state(
        analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Ким Йо Чжон, сестра лидера КНДР, опровергла обмен оружием с Россией, сообщило агентство.", "ru")
    doc.published = "2025-05-16"
    found = [c for c in find_claims(DateComponent()(doc)) if c.predicate == "supplies_to"]
    assert [(c.subject, c.object, c.modality) for c in found] == [("КНДР", "Россия", "denial")]
