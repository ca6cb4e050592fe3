"""Palladius spellings of Chinese names read back into pinyin."""
from __future__ import annotations

import pytest

from claimgraph.resolve.aliases import builtin_aliases
from claimgraph.resolve.chinese import PINYIN, name_pinyin, palladius, pinyin, reading, table


@pytest.mark.parametrize(("syllable", "cyrillic"), [
    ("zhong", "чжун"), ("ji", "цзи"), ("zi", "цзы"), ("qi", "ци"), ("ci", "цы"), ("xi", "си"),
    ("si", "сы"), ("ri", "жи"), ("shi", "ши"), ("xiong", "сюн"), ("yu", "юй"), ("yue", "юэ"),
    ("yuan", "юань"), ("qu", "цюй"), ("nv", "нюй"), ("wei", "вэй"), ("wu", "у"), ("yi", "и"),
    ("you", "ю"), ("er", "эр"), ("guo", "го"), ("bo", "бо"), ("gui", "гуй"), ("dun", "дунь"),
    ("dong", "дун"), ("jian", "цзянь"), ("jiang", "цзян"), ("men", "мэнь"), ("meng", "мэн"),
])
def test_chinese_syllables_follow_the_palladius_rules(syllable: str, cyrillic: str) -> None:
    assert palladius(syllable) == cyrillic


def test_chinese_every_syllable_has_its_own_spelling() -> None:
    strict = {palladius(s) for s in PINYIN}
    assert len(strict) == len(PINYIN)
    assert len(table()) > len(PINYIN)  # plus the loose "е" spellings ("шень" for "шэнь")


@pytest.mark.parametrize(("word", "expected"), [
    ("Шэньчжэнь", "shenzhen"), ("Сямэнь", "xiamen"), ("Хуавэй", "huawei"), ("Хаоюнь", "haoyun"),
    ("Ханчжоу", "hangzhou"), ("Гуанчжоу", "guangzhou"), ("Цзиньпин", "jinping"),
    ("Тяньаньмэнь", "tiananmen"), ("Сюй", "xu"), ("Люй", "lü"), ("Фэй-лун", "feilong"),
    ("Чанъань", "changan"),
])
def test_chinese_words_read_as_pinyin(word: str, expected: str) -> None:
    r = reading(word)
    assert r is not None and r.pinyin == expected


@pytest.mark.parametrize(("word", "nominative", "expected"), [
    ("Фэйлуна", "фэйлун", "feilong"), ("Фэйлуном", "фэйлун", "feilong"),
    ("Хуавэя", "хуавэй", "huawei"), ("Хуавэем", "хуавэй", "huawei"),
    ("Сямэня", "сямэнь", "xiamen"), ("Сямэнем", "сямэнь", "xiamen"),
    ("Цзиньпина", "цзиньпин", "jinping"),
])
def test_chinese_russian_case_endings_are_read_off(word: str, nominative: str, expected: str) -> None:
    r = reading(word)
    assert r is not None and (r.nominative, r.pinyin) == (nominative, expected)


def test_chinese_an_ending_that_fits_two_nominatives_gives_no_reading() -> None:
    # "в Фэйлуне" comes from "Фэйлун" (feilong) or from "Фэйлунь" (feilun): no guess
    assert reading("Фэйлуне") is None
    assert reading("Сямэне") is None


def test_chinese_a_vowel_stem_keeps_its_last_syllable() -> None:
    r = reading("Дая")
    assert r is not None and r.pinyin == "daya"


def test_chinese_loose_e_spellings_read_like_the_system() -> None:
    assert pinyin("Шеньчжень") == "shenzhen"
    loose = reading("Вей")
    assert loose is not None and loose.pinyin == "wei"
    assert pinyin("Вей") is None  # a loose spelling alone says nothing of Chinese


@pytest.mark.parametrize("word", ["Путин", "Уфа", "Иван", "Анна", "Ленин", "Лукашэнка", "Тацяна",
                                  "Мацуда", "Луанда"])
def test_chinese_russian_and_belarusian_words_that_parse_are_not_distinctive(word: str) -> None:
    assert reading(word) is not None
    assert pinyin(word) is None


@pytest.mark.parametrize("word", ["Федорищев", "Лукашенко", "Орешкин", "Иванов", "Минск", "Ігар",
                                  "Іваноў", "Ростех", "Fedorishchev"])
def test_chinese_other_words_have_no_pinyin(word: str) -> None:
    assert pinyin(word) is None


def test_chinese_one_distinctive_word_makes_the_name_chinese() -> None:
    assert name_pinyin(("Си", "Цзиньпин")) == ("xi", "jinping")
    assert name_pinyin(("Си",)) == (None,)
    assert name_pinyin(("Дэн", "Сяопин")) == ("deng", "xiaoping")


def test_chinese_a_transcribed_english_word_in_a_chinese_name_stays_apart() -> None:
    assert name_pinyin(("Сямэнь", "Хаоюнь", "Пауэр")) == ("xiamen", "haoyun", None)


def test_chinese_brand_known_by_its_chinese_name_in_russian_meets_through_an_alias() -> None:
    aliases = builtin_aliases()
    dji = aliases.lookup("Company", "DJI")
    assert dji is not None
    assert aliases.lookup("Company", "Дацзян") == aliases.lookup("Company", "Дацзяна") == dji
    assert aliases.lookup("Organization", "Da-Jiang Innovations") == dji
