"""A toll of the harmed goes on past asides until another voice speaks."""
from __future__ import annotations


def test_the_toll_resumes_after_an_aside_on_earlier_reports(stated) -> None:
    text = ("Губернатор Павел Орлов сообщил, что при ударе по рынку погибли два человека. "
            "Ранее сообщалось, что ранения получили 11 человек. "
            "Среди раненых есть подросток. "
            "18 человек госпитализировали.")
    assert stated(text, "ru") == {("Павел Орлов", 2.0, "claim"), ("Павел Орлов", 18.0, "claim")}


def test_the_toll_runs_past_a_line_with_no_count_of_the_harmed(stated) -> None:
    text = ("Mayor Ilse Varga said four people were killed when the depot burned. "
            "Three fire crews arrived from the capital overnight. "
            "Eleven patients remain in critical condition.")
    assert stated(text, "en") == {("Ilse Varga", 4.0, "claim"), ("Ilse Varga", 11.0, "claim")}


def test_the_toll_does_not_reach_far_back(stated) -> None:
    text = ("Mayor Ilse Varga said four people were killed when the depot burned. "
            "The depot stored grain. The roof collapsed. The road was closed. "
            "Eleven patients remain in critical condition.")
    assert stated(text, "en") == {("Ilse Varga", 4.0, "claim")}


def test_another_voice_takes_over_the_toll(stated) -> None:
    text = ("Mayor Ilse Varga said four people were killed when the depot burned. "
            "The fire service said the blaze was out by morning. "
            "The roof collapsed. "
            "Eleven patients remain in critical condition.")
    assert ("Ilse Varga", 11.0, "claim") not in stated(text, "en")


def test_a_count_of_the_harmed_told_by_a_participle_alone(stated) -> None:
    text = ("Мэр Ольга Дронова заявила, что при пожаре на складе погибли три человека. "
            "Ещё 16 пострадавших лечатся дома.")
    assert stated(text, "ru") == {("Ольга Дронова", 3.0, "claim"), ("Ольга Дронова", 16.0, "claim")}
