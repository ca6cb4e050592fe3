"""Names of kinds of things, currency codes and blocs are never entity mentions."""
from __future__ import annotations

from claimgraph.nlp.common_terms import is_common_term


def test_commodity_and_weapon_class_abbreviations_are_kinds() -> None:
    assert is_common_term("LNG") and is_common_term("UAVs") and is_common_term("БПЛА")


def test_currency_codes_and_blocs_are_not_names() -> None:
    assert is_common_term("BYN") and is_common_term("West") and is_common_term("Western")


def test_names_are_kept() -> None:
    assert not is_common_term("Westinghouse") and not is_common_term("NATO") and not is_common_term("West Bank")


def test_the_recogniser_marks_no_kind_as_an_organisation(analyse) -> None:
    doc = analyse("Brussels banned imports of Russian LNG and the sale of UAVs to Minsk, "
                  "a step Western capitals welcomed.", "en")
    texts = {m.text for m in doc.mentions}
    assert not texts & {"LNG", "UAVs", "Western"}
    assert "Minsk" in texts


def test_the_media_and_air_defence_are_kinds() -> None:
    assert is_common_term("СМИ") and is_common_term("ЗМІ") and is_common_term("ПВО")
