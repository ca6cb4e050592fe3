"""Name keys: spellings, scripts, inflections and initials of one name agree."""
from __future__ import annotations

from claimgraph.resolve.names import name_key, nominative, parts, script_of


def test_names_romanizations_of_one_surname_share_a_key() -> None:
    keys = {name_key(n, "Person") for n in ("Fedorishchev", "Fedorishev", "Fedorištšev",
                                             "Федорищев", "FEDORISHCHEV")}
    assert keys == {"fedorishev"}


def test_names_word_order_and_patronymic_do_not_change_the_key() -> None:
    assert name_key("Вячеслав Александрович Федорищев", "Person") == \
        name_key("Fedorishchev Vyacheslav", "Person")


def test_names_different_surnames_keep_different_keys() -> None:
    assert name_key("Vyacheslav Volodin", "Person") != name_key("Vyacheslav Fedorishchev", "Person")


def test_names_initials_are_kept_apart_from_words() -> None:
    p = parts("V. Fedorishchev", "Person")
    assert p.words == ("fedorishev",)
    assert p.initials == ("v",)
    assert parts("В. Федорищев", "Person").initials == ("v",)


def test_names_legal_forms_are_dropped_from_organisation_keys() -> None:
    assert name_key("ООО «Купол»", "Company") == name_key("Kupol LLC", "Company") == "kupol"


def test_names_numbers_stay_in_product_keys() -> None:
    assert name_key("Geran-2", "Product") != name_key("Geran-3", "Product")


def test_names_inflected_surname_falls_back_to_its_nominative() -> None:
    assert nominative("Федорищеву") == "Федорищев"
    assert nominative("Федорищеву", normalized="Федорищев") == "Федорищев"
    assert nominative("Fedorishchev") == "Fedorishchev"


def test_names_script_of_mixed_text_is_the_majority() -> None:
    assert script_of("ОЭЗ «Алабуга»") == "Cyrillic"
    assert script_of("Alabuga SEZ") == "Latin"
    assert script_of("2025") == "other"


def test_names_institution_words_translate_between_languages() -> None:
    assert name_key("Ministry of Defence of the Republic of Belarus", "PublicBody") == \
        name_key("Минобороны Белоруссии", "PublicBody")
    assert name_key("Ministry of Defence of Belarus", "PublicBody") != \
        name_key("Министерство обороны России", "PublicBody")
    assert name_key("Defence", "Person").islower()  # people's names are never translated
