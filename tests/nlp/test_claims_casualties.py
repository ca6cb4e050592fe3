"""Counts of people killed or injured that a speaker gives are the speaker's ``states`` figures."""
from __future__ import annotations


def test_people_killed_and_injured_that_a_governor_reports_are_his_figures(stated) -> None:
    text = "Governor Pavel Orlov said four people were killed and 12 others were injured in the explosion."
    assert stated(text, "en") == {("Pavel Orlov", 4.0, "claim"), ("Pavel Orlov", 12.0, "claim")}


def test_a_count_named_by_the_harm_itself_is_a_casualty_count(stated) -> None:
    text = "The Ukrainian Health Ministry reported 18 wounded after the shelling of the market."
    assert stated(text, "en") == {("Ukrainian Health Ministry", 18.0, "claim")}


def test_russian_dead_told_before_the_saying_verb_are_the_speaker_s(stated) -> None:
    text = "При обстреле рынка в Шебекино погибли четыре человека, сообщил губернатор Павел Орлов."
    assert stated(text, "ru") == {("Павел Орлов", 4.0, "claim")}


def test_people_taken_to_hospital_and_those_among_them_in_a_grave_state(stated) -> None:
    text = "«В больницы доставлены 14 человек, трое из них в тяжелом состоянии», — написал Павел Орлов."
    assert ("Павел Орлов", 14.0, "claim") in stated(text, "ru")


def test_a_part_of_the_injured_in_the_next_sentence_continues_the_account(stated) -> None:
    text = ("Mayor Olena Hrytsenko said 20 people were injured when the drone hit the bus depot. "
            "Six of them are in serious condition.")
    assert stated(text, "en") == {("Olena Hrytsenko", 20.0, "claim"), ("Olena Hrytsenko", 6.0, "claim")}


def test_received_wounds_is_harm_and_no_acquisition(stated) -> None:
    text = ("Глава района Игорь Семенов заявил о падении обломков беспилотника на жилой дом. "
            "Более 10 человек получили ранения.")
    assert stated(text, "ru") == {("Игорь Семенов", 10.0, "claim")}


def test_people_counted_in_a_clause_of_no_harm_are_no_casualties(stated) -> None:
    text = "Governor Pavel Orlov said 300 people attended the opening of the new bridge."
    assert stated(text, "en") == set()
    assert stated("Губернатор Павел Орлов сообщил, что на заводе работают 2000 человек.", "ru") == set()


def test_a_count_nobody_is_said_to_give_is_no_statement(stated) -> None:
    assert stated("Four people were killed in the explosion at the depot.", "en") == set()


def test_an_age_is_no_casualty_count(stated) -> None:
    text = "Governor Pavel Orlov said a 45-year-old man was injured in the attack."
    assert stated(text, "en") == set()


def test_a_telegram_channel_gives_its_own_count(stated) -> None:
    text = "По данным Telegram-канала Mash, при взрыве в Туле погибли два человека."
    assert stated(text, "ru") == {("Mash", 2.0, "claim")}


def test_a_news_agency_is_no_speaker_of_a_count(stated) -> None:
    text = "Reuters reported that two people were killed in the blast in Tula."
    assert stated(text, "en") == set()


def test_a_count_whose_speaker_the_next_sentence_names_pointing_back(stated) -> None:
    text = ("Два человека погибли при обрушении склада в Брянске. "
            "Как передает ТАСС, об этом сообщил губернатор Брянской области Петр Иванов.")
    assert stated(text, "ru") == {("Петр Иванов", 2.0, "claim")}


def test_a_next_sentence_that_does_not_point_back_gives_no_speaker(stated) -> None:
    text = ("Два человека погибли при обрушении склада в Брянске. "
            "Губернатор Брянской области Петр Иванов сообщил о начале проверки.")
    assert stated(text, "ru") == set()


def test_a_telegram_channel_the_model_does_not_know_gives_its_count(stated) -> None:
    text = "The Telegram channel Vorona reported that five people were injured when a drone hit a garage."
    assert stated(text, "en") == {("Vorona", 5.0, "claim")}


def test_a_bare_number_as_the_subject_of_harm_counts_people(stated) -> None:
    text = "Два человека погибли и 15 получили ранения при обстреле Курска, сообщил губернатор Петр Иванов."
    assert stated(text, "ru") == {("Петр Иванов", 2.0, "claim"), ("Петр Иванов", 15.0, "claim")}


def test_a_bare_number_as_the_subject_of_anything_else_is_no_casualty(stated) -> None:
    text = "Губернатор Петр Иванов сообщил, что 15 вернулись домой после эвакуации."
    assert stated(text, "ru") == set()
