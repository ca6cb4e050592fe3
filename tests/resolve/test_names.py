"""Name keys: spellings, scripts, inflections and initials of one name agree."""
from __future__ import annotations

import pytest

from claimgraph.resolve.names import (
    company_word,
    company_word_keys,
    initials_fit,
    name_key,
    nominative,
    parts,
    script_of,
)


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
    assert parts("В. Федорищев", "Person").initials == ("в",)
    assert initials_fit("v", "в") and initials_fit("в", "Vyacheslav")


def test_names_an_initial_fits_a_given_name_in_either_script() -> None:
    # "Y." is how English writes Ю, Я and Е; the key of "Yuri" starts with "u"
    for initial in ("Y.", "Ю.", "I.", "J."):
        assert initials_fit(initial, "Yuri") and initials_fit(initial, "Юрий"), initial
    assert initials_fit("Y.", "Yevgeny") and initials_fit("E.", "Евгений")
    assert initials_fit("Kh.", "Хасан") and initials_fit("Х.", "Khasan") and initials_fit("H.", "Хасан")
    assert initials_fit("Zh.", "Жанна") and initials_fit("Ж.", "Zhanna")
    assert initials_fit("Ё", "Yolkin") and initials_fit("Е.", "Ёлкин")


def test_names_an_initial_fits_every_spelling_of_a_listed_given_name() -> None:
    key = parts("Uladzimir Makei", "Person").written[0][0]
    assert initials_fit("V.", "Uladzimir", key) and initials_fit("В.", "Uladzimir", key)
    assert not initials_fit("V.", "Uladzimir")  # without the key only the letters count


def test_names_an_initial_does_not_fit_another_given_name() -> None:
    assert not initials_fit("O.", "Yuri") and not initials_fit("Y.", "Олег")
    assert not initials_fit("A.", "Yakov") and not initials_fit("А.", "Яков")
    assert not initials_fit("E.", "Yuri") and not initials_fit("Ю.", "Yelena")


def test_names_a_digraph_initial_is_one_letter() -> None:
    assert parts("Yu. Kovalchuk", "Person").initials == ("ю",)
    assert parts("Yu. Kovalchuk", "Person").words == ("kovalchuk",)
    assert parts("Yu Kovalchuk", "Person").words == ("kovalchuk", "u")  # a given name "Yu"


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


# --- Chinese names in Palladius --------------------------------------------------------------


def test_names_palladius_spellings_share_the_pinyin_key() -> None:
    assert name_key("Шэньчжэнь Фэйлун", "Company") == name_key("Shenzhen Feilong", "Company")
    assert name_key("Сямэнь Хаоюнь", "Company") == name_key("Xiamen Haoyun", "Company")
    assert name_key("Хуавэй", "Company") == name_key("Huawei", "Company")
    keys = {name_key(n, "Company") for n in ("Фэйлун", "Feilong", "Fei-long", "Fēilóng", "FEILONG")}
    assert len(keys) == 1


def test_names_pinyin_written_apart_meets_palladius_written_together() -> None:
    assert parts("Fei Long", "Company").joined == parts("Фэйлун", "Company").joined
    assert parts("Shenzhen Fei Long", "Company").joined == parts("Шэньчжэнь Фэйлун", "Company").joined


def test_names_declined_chinese_names_keep_the_key() -> None:
    assert name_key("Фэйлуном", "Company") == name_key("«Фэйлуна»", "Company") == \
        name_key("Feilong", "Company")
    assert name_key("Хуавэем", "Company") == name_key("Huawei", "Company")
    assert nominative("Хуавэя") == "Хуавэй"
    assert nominative("Ли Вэя") == "Ли Вэй"
    assert nominative("Си Цзиньпин") == "Си Цзиньпин"


def test_names_chinese_person_names_match_across_scripts() -> None:
    assert name_key("Си Цзиньпин", "Person") == name_key("Xi Jinping", "Person")
    assert name_key("Ли Вэй", "Person") == name_key("Li Wei", "Person")
    assert name_key("Чжан Вэй", "Person") == name_key("Zhang Wei", "Person")


def test_names_zh_stays_a_consonant() -> None:
    assert name_key("Zhang Wei", "Person") != name_key("Yang Wei", "Person")
    assert name_key("Чжан Вэй", "Person") != name_key("Ян Вэй", "Person")
    assert name_key("Zhukov", "Person") == name_key("Жуков", "Person") != name_key("Ukov", "Person")


def test_names_russian_and_belarusian_names_keep_their_keys() -> None:
    # words that happen to parse as Palladius ("Путин" = pu-ting) keep the transliteration key
    for cyrillic, latin, key in [("Федорищев", "Fedorishchev", "fedorishev"),
                                 ("Лукашенко", "Lukashenko", "lukashenk"),
                                 ("Лукашэнка", "Lukashenka", "lukashenk"),
                                 ("Орешкин", "Oreshkin", "oreshkin"), ("Путин", "Putin", "putin"),
                                 ("Панин", "Panin", "panin"), ("Тацяна", "Tatsiana", "tasan")]:
        assert name_key(cyrillic, "Person") == name_key(latin, "Person") == key
    assert name_key("Уфа", "Location") == name_key("Ufa", "Location") == "ufa"


# --- Belarusian forms -------------------------------------------------------------------------


def test_names_belarusian_given_names_meet_the_russian_ones() -> None:
    for forms in [("Ihar Sakovich", "Igor Sakovich", "Игорь Сакович", "Ігар Саковіч"),
                  ("Aliaksandr Lukashenka", "Alaksandr Lukashenka", "Alexander Lukashenko",
                   "Aleksandr Lukashenko", "Аляксандр Лукашэнка"),
                  ("Siarhei Ivanou", "Sergei Ivanov", "Сяргей Іваноў", "Sergey Ivanov"),
                  ("Uladzimir Makei", "Vladimir Makei", "Уладзімір Макей"),
                  ("Mikalai Karpiankou", "Nikolai Karpiankou"),
                  ("Viktar Khrenin", "Viktor Khrenin", "Віктар Хрэнін"),
                  ("Dzmitry Pantus", "Dmitry Pantus", "Дзмітрый Пантус"),
                  ("Andrei Rybin", "Andrej Rybin", "Andrey Rybin"),
                  ("Pavel Sorokin", "Paval Sorokin"),
                  ("Yauhen Shevchik", "Yevgeny Shevchik", "Evgeny Shevchik"),
                  ("Aleh Kovalchuk", "Oleg Kovalchuk")]:
        assert len({name_key(f, "Person") for f in forms}) == 1, forms


def test_names_belarusian_spellings_of_surnames_meet_the_russian_ones() -> None:
    assert name_key("Sakovič", "Person") == name_key("Sakovich", "Person")
    assert name_key("Ivanou", "Person") == name_key("Ivanov", "Person") == name_key("Іваноў", "Person")
    assert name_key("Lebedzeu", "Person") == name_key("Lebedev", "Person")


def test_names_given_name_table_leaves_surnames_alone() -> None:
    # a single word is a surname: "Raman" stays itself
    assert name_key("Raman", "Person") != name_key("Roman", "Person")
    assert name_key("Ihar", "Organization") == "ihar"
    assert name_key("Ihar Sakovich", "Person") != name_key("Oleg Sakovich", "Person")


# --- English words of company names in Russian -------------------------------------------------


def test_names_transcribed_company_words_share_the_english_key() -> None:
    pairs = [("Shenzhen Hexin Motion Technology", "Шэньчжэнь Хэсинь Моушн Текнолоджи"),
             ("Xiamen Haoyun Power", "Сямэнь Хаоюнь Пауэр"),
             ("Karatay Aerospace", "«Каратай Аэроспейс»"),
             ("Volga Dynamics International", "Волга Дайнемикс Интернешнл"),
             ("Orion Robotics Solutions", "Орион Роботикс Солюшнс"),
             ("Nord Trading Group", "Норд Трейдинг Груп"),
             ("Nord Trading Group", "Норд Трейдинг Групп"),
             ("Sever Technology", "Север Технолоджи")]
    for english, russian in pairs:
        assert name_key(english, "Company") == name_key(russian, "Company"), russian


def test_names_inflected_transcriptions_keep_their_english_word() -> None:
    assert company_word("Пауэра") == company_word("Пауэр") == "Power"
    assert name_key("Хаоюнь Пауэром", "Company") == name_key("Haoyun Power", "Company")


def test_names_transcribed_legal_forms_drop_like_the_english_ones() -> None:
    assert name_key("Гуаньтун Корпорейшн Лимитед", "Company") == name_key("Guantong", "Company")


def test_names_a_hyphenated_company_word_is_read_in_its_part() -> None:
    keys = {name_key(n, "Company") for n in ("Купол-Тех", "Kupol-Tekh", "Kupol-Tech")}
    assert len(keys) == 1
    assert name_key("Купол-Тех", "Company") != name_key("Купол", "Company")


def test_names_company_words_are_read_in_organisation_names_only() -> None:
    assert name_key("Пауэр", "Person") != name_key("Power", "Person")
    assert company_word("Хэсинь") == "Хэсинь"


def test_names_company_words_are_known_by_their_keys() -> None:
    keys = company_word_keys()
    for word in ("Power", "Технолоджи", "Motion", "Aerospace", "Systems", "Энерджи"):
        assert set(parts(word, "Company").words) <= keys, word
    assert not set(parts("Feilong", "Company").words) & keys


@pytest.mark.parametrize("a, b", [
    # German romanisation (schtsch, tsch, w) and the Russian spelling
    ("Wjatscheslaw Fedorischtschew", "Вячеслав Федорищев"),
    # Polish romanisation (szcz, cz, ł)
    ("Wiaczesław Fiedoriszczew", "Vyacheslav Fedorishchev"),
    # Belarusian instrumental and Ukrainian instrumental, with the German spelling
    ("Аляксандрам Лукашэнкам", "Alexander Lukaschenko"),
    ("Олександром Лукашенком", "Александр Лукашенко"),
    # Belarusian Łacinka and Cyrillic
    ("Mikałaj Statkiewicz", "Мікалай Статкевіч"),
    ("Dzmitryj Šaŭcoŭ", "Дзмітрый Шаўцоў"),
    # Ukrainian romanisation and Cyrillic (і, и)
    ("Ihor Klymenko", "Ігор Клименко"),
])
def test_romanisations_and_cases_of_the_region_share_a_key(a: str, b: str) -> None:
    assert parts(a, "Person").key == parts(b, "Person").key


def test_belarusian_and_russian_spellings_of_one_man_are_one_entity() -> None:
    from claimgraph.resolve.cluster import MentionInput, build_groups, cluster_groups

    names = ["Wjatscheslaw Fedorischtschew", "Вячаслаў Федарышчаў", "Вячеслав Федорищев",
             "Vyacheslav Fedorishchev", "Viačaslaŭ Fiedaryščaŭ"]
    mentions = [MentionInput(f"m{i}", f"d{i}", n, "Person") for i, n in enumerate(names)]
    groups = build_groups(mentions)
    assert len(cluster_groups(groups).clusters) == 1


def test_dotted_acronyms_of_organisations_read_as_written_together() -> None:
    assert parts("E.U.", "Organization").key == parts("EU", "Organization").key
    assert parts("U.N. Security Council", "Organization").key == parts("UN Security Council", "Organization").key


def test_acronyms_keep_their_doubled_letters() -> None:
    # the Ukrainian news agency УНН is not the UN
    assert parts("УНН", "Organization").key != parts("UN", "Organization").key


def test_a_council_keeps_the_word_that_says_which() -> None:
    # "Republic" and "Federation" are dropped from country names, not from these two chambers
    assert parts("Совета Федерации", "PublicBody").key != parts("Совета Республики", "PublicBody").key
    assert parts("Министерство обороны Республики Беларусь", "PublicBody").key == \
        parts("Ministry of Defence of Belarus", "PublicBody").key


def test_legal_form_words_of_a_joint_stock_company_are_left_out() -> None:
    assert parts("Joint Stock Company Izhevsk Electromechanical Plant Kupol", "Company").key == \
        parts("Izhevsk Electromechanical Plant Kupol", "Company").key
