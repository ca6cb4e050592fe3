"""Titles of office beyond the usual ones give a post: rulers and dictators, prosecutors, under-
secretaries and a body's economists, in English and Russian."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("The ruler of Turkmenistan, Serdar Berdimuhamedow, opened the gas forum.", "en",
     ("Serdar Berdimuhamedow", "Turkmenistan")),
    ("The prosecutor of Moldova, Ion Munteanu, charged the smugglers.", "en", ("Ion Munteanu", "Moldova")),
    ("Об этом рассказал генеральный прокурор Молдавии Ион Мунтяну.", "ru", ("Ион Мунтяну", "Молдавия")),
    ("Туркмения объявила о форуме. Правитель Туркмении Сердар Бердымухамедов открыл форум.", "ru",
     ("Сердар Бердымухамедов", "Туркмения")),
])
def test_a_title_of_office_gives_the_post(pairs_of, text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in pairs_of("holds_role")(text, lang)


def test_a_title_without_a_name_gives_no_post(pairs_of) -> None:
    assert pairs_of("holds_role")("The dictator of Turkmenistan spoke for hours.", "en") == set()
