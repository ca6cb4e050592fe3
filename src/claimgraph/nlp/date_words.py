"""Words of dates in English and Russian: months, weekdays, ordinals, small numbers, day words."""
from __future__ import annotations

MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}
WEEKDAYS_RU = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
               "воскресень": 6}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
#: abbreviated Russian months of wire datelines ("25 янв", "6 мар.")
MONTHS_RU_SHORT = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                   "ноя": 11, "дек": 12}
#: small numbers written as words ("two days ago", "три года назад")
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "два": 2, "две": 2, "три": 3,
                 "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10}
#: words for a day, as days counted from the publication day
DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "вчера": -1, "сегодня": 0, "завтра": 1,
             "накануне": -1, "позавчера": -2, "послезавтра": 2, "the day before yesterday": -2,
             "вчерашнего дня": -1, "позавчерашнего дня": -2, "сегодняшнего дня": 0}


def month_number(word: str, lang: str) -> int | None:
    """The number of a month name or its abbreviation ("March", "Sept.", "марта", "мар")."""
    w = word.lower().rstrip(".")
    if lang == "ru":
        if w in MONTHS_RU_SHORT:
            return MONTHS_RU_SHORT[w]
        for stem, n in MONTHS_RU.items():
            if w.startswith(stem) and (stem != "ма" or w in ("май", "мая", "мае")):
                return n
        return None
    return MONTHS_EN.get(w[:3])


def rel_offset(rel: str | None) -> int:
    """-1 for "last", "прошлого"; 1 for "next", "следующего"; 0 for "this" and anything else."""
    if not rel:
        return 0
    r = rel.lower()
    if any(k in r for k in ("last", "previous", "past", "прошл", "прошедш", "минувш", "предыдущ")):
        return -1
    if any(k in r for k in ("next", "following", "следующ", "будущ", "наступающ")):
        return 1
    return 0
