"""Lines whose days are not the report's own: reminders of earlier events and photo captions."""
from __future__ import annotations

from claimgraph.triangulate.recalled_lines import caption_lines, recalled_lines
from claimgraph.triangulate.story_dates import StatedDay, same_story_days, story_days

TEXT = ("Fire crews worked through the night at the port of Varnok.\n"
        "Recall that on 2 May 2019 a tanker burned at the same pier. Crews then needed a week.\n"
        "The harbour master thanked the volunteers.\n"
        "Напомним, 14 июля 2018 года склад в порту уже горел.")


def _picked(text: str) -> list[str]:
    return [text[s:e] for s, e in recalled_lines(text)]


def test_a_reminder_recalls_background_to_the_end_of_its_paragraph_in_any_language() -> None:
    picked = _picked(TEXT)
    assert picked[0].startswith("Recall that on 2 May 2019") and picked[0].endswith("needed a week.")
    assert picked[1].startswith("Напомним, 14 июля 2018")
    assert not any("harbour master" in p for p in picked)


def test_a_reminder_word_inside_a_sentence_opens_no_background() -> None:
    assert _picked("The mayor asked residents to recall that the pier was closed on 3 May.") == []


def test_a_short_line_ending_with_an_agency_credit_is_a_photo_caption() -> None:
    text = ("A barge passes the lock at Terhoven, 12 March 2020. Reuters\n"
            "The lock reopened on Monday, according to Reuters.\n"
            "Дым над складом в Нарве 4 мая. Фото: Олег Сидоркин")
    captions = [text[s:e] for s, e in caption_lines(text)]
    assert captions == ["A barge passes the lock at Terhoven, 12 March 2020. Reuters",
                        "Дым над складом в Нарве 4 мая. Фото: Олег Сидоркин"]


def test_a_day_a_report_only_recalls_never_leads_it_and_sets_no_story_apart() -> None:
    at = TEXT.index("2 May 2019")
    old = story_days([(at, "2 May 2019", "2019-05-02")], None, recalled_lines(TEXT))
    assert old.lead is None and StatedDay(2019, 5, 2) in old.days
    fire = story_days([(200, "21 October", "2025-10-21")], "2025-10-22")
    assert same_story_days(old, fire).score == 0.5
