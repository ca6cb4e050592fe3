"""An account of figures goes on over the sentences that follow it until another voice speaks."""
from __future__ import annotations


def test_figures_in_consecutive_sentences_stay_the_first_speaker_s(stated) -> None:
    text = ("Губернатор Павел Орлов сообщил, что при ударе по рынку погибли два человека. "
            "Ранения получили 14 человек. "
            "6 из них госпитализированы.")
    assert stated(text, "ru") == {("Павел Орлов", 2.0, "claim"), ("Павел Орлов", 14.0, "claim"),
                                  ("Павел Орлов", 6.0, "claim")}


def test_an_impersonal_report_ends_the_account(stated) -> None:
    text = ("Губернатор Павел Орлов сообщил, что при ударе по рынку погибли два человека. "
            "Ранее сообщалось, что ранения получили 11 человек.")
    assert stated(text, "ru") == {("Павел Орлов", 2.0, "claim")}


def test_a_channel_named_together_with_its_channel_words_gives_its_figures(stated) -> None:
    text = "По информации Telegram-канала Rybar, при взрыве на складе погибли три человека."
    assert {value for _, value, _ in stated(text, "ru")} == {3.0}


def test_a_russian_clause_of_until_negates_nothing(stated) -> None:
    text = ("Министр обороны Ион Попеску заявил, что радары вели беспилотник, "
            "пока он не покинул небо страны через 40 минут.")
    assert stated(text, "ru") == {("Ион Попеску", 40.0, "claim")}
