"""Page furniture: found line by line, blanked with offsets kept, never a source of facts."""
from __future__ import annotations

import pytest

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.furniture import FurnitureComponent, blank, furniture_spans

REPORT_EN = """Harbour works ordered to build two patrol boats for the navy
By Jane Smith | 04.05.2025, 10:15
The Harbour Works shipyard signed a contract with the Ministry of Defence on Monday to build two patrol boats.
Photo: the shipyard's slipway at dawn / Reuters
Sign up for our weekly newsletter. By signing up you agree to our Privacy Policy.
The first boat is due in 2027, the company said.
Read also
Navy chief visits northern base
Shipyard strike ends after two days
Drone makers meet in Kraków
Tags: navy shipyards defence
Support our journalism: become a member today.
"""

REPORT_RU = """Завод в Гродно начал выпуск беспилотников
ГРОДНО, 14 мая. /Агентство/. Завод в Гродно начал серийный выпуск беспилотников, сообщил директор предприятия.
Фото: Иван Петров / РИА Новости
Подписывайтесь на наш телеграм-канал
По словам директора, в этом году завод выпустит 300 машин.
Читайте также:
Минский завод расширил цех
В Бресте открыли выставку техники
Реклама
Новости партнеров
"""


def _furniture(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in furniture_spans(text)]


def test_newsletter_privacy_credit_byline_and_related_list_are_furniture() -> None:
    found = _furniture(REPORT_EN)
    assert found == [
        "By Jane Smith | 04.05.2025, 10:15",
        "Photo: the shipyard's slipway at dawn / Reuters",
        "Sign up for our weekly newsletter. By signing up you agree to our Privacy Policy.",
        "Read also",
        "Navy chief visits northern base",
        "Shipyard strike ends after two days",
        "Drone makers meet in Kraków",
        "Tags: navy shipyards defence",
        "Support our journalism: become a member today.",
    ]


def test_russian_furniture_and_the_dateline_is_kept() -> None:
    found = _furniture(REPORT_RU)
    assert found == [
        "Фото: Иван Петров / РИА Новости",
        "Подписывайтесь на наш телеграм-канал",
        "Читайте также:",
        "Минский завод расширил цех",
        "В Бресте открыли выставку техники",
        "Реклама",
        "Новости партнеров",
    ]


def test_headline_and_prose_are_never_furniture() -> None:
    text = ("Russia offers to share drone technology with Belarus\n"
            "Officials said the plant would share a technological platform with Russian enterprises.\n"
            "He thanked donors and said the project would support our partners in the region.\n")
    assert furniture_spans(text) == []


def test_a_tag_list_of_repeated_names_is_furniture() -> None:
    text = ("Глава государства посетил завод и осмотрел новые станки.\n"
            "Иван Иванов Беларусь экономика политика Иван Иванов Беларусь\n")
    assert _furniture(text) == ["Иван Иванов Беларусь экономика политика Иван Иванов Беларусь"]


def test_a_run_of_short_unpunctuated_lines_after_the_report_is_a_link_list() -> None:
    text = ("Headline of the report\n"
            "The ministry announced new export rules on Tuesday, officials said.\n"
            "Another story about trade\n"
            "A third story about ports\n"
            "A fourth story about rail\n")
    assert _furniture(text) == ["Another story about trade", "A third story about ports",
                                "A fourth story about rail"]


def test_interface_leftovers_are_furniture_but_a_bare_date_stays() -> None:
    text = "Dark mode\nA+ | Сброс | A-\n[\n|\n...\n]\n09:23, 25 января 2026\nЗавод открыт, сообщил министр.\n"
    found = _furniture(text)
    assert "Dark mode" in found and "A+ | Сброс | A-" in found and "[" in found and "]" in found
    assert "09:23, 25 января 2026" not in found


def test_blank_keeps_length_offsets_and_line_breaks() -> None:
    text = "Keep this.\nPrivacy Policy\nKeep that."
    spans = furniture_spans(text)
    out = blank(text, spans)
    assert len(out) == len(text)
    assert out.split("\n")[0] == "Keep this." and out.split("\n")[2] == "Keep that."
    assert out.split("\n")[1].strip() == "" and out.count("\n") == 2


@pytest.mark.parametrize("text", ["", "\n\n\n", "no line breaks at all", "|" * 10_000, "a\n" * 5_000])
def test_hostile_text_never_fails(text: str) -> None:
    out = blank(text, furniture_spans(text))
    assert len(out) == len(text)


def test_component_blanks_furniture_so_no_component_reads_it() -> None:
    doc = AnalyzedDoc("d", REPORT_EN, "en")
    FurnitureComponent()(doc)
    assert "Privacy Policy" not in doc.text and "Reuters" not in doc.text
    assert "The Harbour Works shipyard signed a contract" in doc.text
    assert len(doc.text) == len(REPORT_EN)
    assert all(REPORT_EN[a:b].strip() and not doc.text[a:b].strip() for a, b in doc.furniture)


def test_short_lines_after_the_last_sentence_are_furniture_but_the_source_line_stays() -> None:
    text = ("The ministry said the depot would open in June.\n"
            "Source: Harbour Times\n"
            "Minister tours the port\n"
            "Rail freight rises again\n"
            "7\n")
    assert _furniture(text) == ["Minister tours the port", "Rail freight rises again", "7"]


def test_a_cut_off_last_sentence_of_an_excerpt_is_not_furniture() -> None:
    text = ("The ministry said the depot would open in June.\n"
            "Officials added that the second depot in the north of the count")
    assert _furniture(text) == []


def test_a_caption_that_ends_in_a_credit_is_furniture() -> None:
    text = "A drone on display in Minsk. Illustration: example.by\nThe fair opened on Monday, organisers said.\n"
    assert _furniture(text) == ["A drone on display in Minsk. Illustration: example.by"]


@pytest.mark.parametrize("caption", [
    "The defence minister inspects a new armoured vehicle at a proving ground near Kazan (Ivan Orlov/Pool Photo via AP)",
    "Workers assemble drone wings on the factory floor in Yelabuga [File: Anna Berg/Reuters]",
    "The two leaders walk along the embankment after their talks. (Photo by Petr Ivanov/Xinhua)",
    "Министр обороны на полигоне под Казанью (Фото: Иван Орлов / ТАСС)",
])
def test_a_line_closed_by_its_photo_credit_in_brackets_is_a_caption(caption: str) -> None:
    text = f"The ministry signed the contract on Monday, officials said.\n{caption}\nDeliveries start next year."
    assert _furniture(text) == [caption]


def test_a_caption_told_twice_is_furniture_both_times_even_spelt_differently() -> None:
    text = ("The ministry signed the contract on Monday, officials said.\n"
            "President Abdel Karim al-Rahman reviews troops at a parade in Rome, Italy\n"
            "President Abdel Karim el-Rahman reviews troops at a parade in Rome, Italy [File: Jan Novak/AFP Photo]\n"
            "Deliveries start next year, the ministry added.")
    assert len(_furniture(text)) == 2


def test_a_sentence_that_only_mentions_an_agency_in_brackets_stays_prose() -> None:
    text = ("The drones were assembled in Tatarstan, according to the report (first published by Reuters).\n"
            "The ministry said it had received the first batch (about 200 units).")
    assert _furniture(text) == []


@pytest.mark.parametrize("switcher", ["This text available in Deutsch and Русский", "Read in English",
                                      "Читать на русском", "Читати українською"])
def test_a_language_switcher_is_furniture(switcher: str) -> None:
    text = f"The ministry signed the contract on Monday, officials said.\n{switcher}\n"
    assert _furniture(text) == [switcher]
