"""A voice named again by its title or a pronoun states the figures it gives."""
from __future__ import annotations


def test_the_head_of_the_region_is_the_governor_who_spoke_before(stated) -> None:
    text = ("Губернатор Павел Орлов сообщил об ударе по складу в Шебекино. "
            "Позже глава региона уточнил, что погибли трое рабочих.")
    assert ("Павел Орлов", 3.0, "claim") in stated(text, "ru")


def test_a_figure_told_after_as_the_governor_said_is_his(stated) -> None:
    text = ("Губернатор Павел Орлов приехал на место пожара. "
            "Как сообщил губернатор, при пожаре пострадали четыре человека.")
    assert stated(text, "ru") == {("Павел Орлов", 4.0, "claim")}


def test_by_his_words_names_the_person_the_sentence_before_was_about(stated) -> None:
    text = ("Мэр Олег Седов осмотрел разрушенный мост. "
            "По его словам, мост обстреляли тремя дронами.")
    assert stated(text, "ru") == {("Олег Седов", 3.0, "claim")}


def test_a_title_with_a_party_of_its_own_is_someone_else(stated) -> None:
    text = ("Governor Pavel Orlov said the fire was put out. "
            "The Ukrainian president said five drones were shot down.")
    assert stated(text, "en") == set()


def test_the_count_a_toll_of_the_injured_rose_to_is_a_casualty_count(stated) -> None:
    assert stated("Mayor Olena Hrytsenko said the number of injured had risen to 31.", "en") == {
        ("Olena Hrytsenko", 31.0, "claim")}
    assert stated("Число погибших выросло до 9, сообщил губернатор Павел Орлов.", "ru") == {
        ("Павел Орлов", 9.0, "claim")}


def test_a_count_of_anything_else_that_rose_is_no_casualty_count(stated) -> None:
    assert stated("Губернатор Павел Орлов сообщил, что число заводов в области выросло до 25.", "ru") == set()
