"""A title that describes someone's relative gives no post: "the sister of leader X"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "lang"), [
    ("Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, dismissed the claims in a statement.", "en"),
    ("North Korean leader Kim Jong Un's sister dismissed the claims as absurd.", "en"),
    ("Об этом заявила сестра лидера КНДР Ким Чен Ына Ким Ё Чжон.", "ru"),
    ("Ким Ё Чжон, младшая сестра северокорейского лидера Ким Чен Ына, отвергла обвинения.", "ru"),
])
def test_a_title_inside_a_relatives_description_is_no_post(pairs_of, text, lang) -> None:
    assert pairs_of("holds_role")(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "post"), [
    ("North Korean leader Kim Jong Un met the Russian defence minister, North Korea said.", "en",
     ("Kim Jong Un", "North Korea")),
    ("Лидер КНДР Ким Чен Ын встретился с министром обороны России.", "ru", ("Ким Чен Ын", "КНДР")),
])
def test_a_title_of_its_own_still_gives_the_post(pairs_of, text, lang, post) -> None:
    found = pairs_of("holds_role")(text, lang)
    assert post in found


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("The sister of North Korean leader Kim Jong Un denied that her country had shipped any arms to Russia. "
     "Washington has accused North Korea of sending shells to Russia.", "en", ("North Korea", "Russia")),
])
def test_her_country_is_the_country_of_the_speaker_not_the_speaker(pairs_of, text, lang, pair) -> None:
    found = pairs_of("supplies_to")(text, lang)
    assert pair in found
    assert not any(s.startswith("Kim") for s, _ in found)
