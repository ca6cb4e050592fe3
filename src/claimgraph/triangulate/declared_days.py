"""Days a sentence declares to be something: "11 March is declared a day of mourning".

A day that is declared, proclaimed or named a day of something ("объявлен днём траура",
"оголошено днем жалоби", "declared a day of mourning") is set aside for what follows an occasion;
it is not the day the occasion happened. A date in such a sentence dates no event of it.
"""
from __future__ import annotations

import re

#: A verb of declaring, then within a few words "a day (of)" — in the languages reports come in.
_DECLARED = re.compile(
    r"\b(?:объяв\w*|провозгла\w*|оголош\w*|оголос\w*|проголош\w*|абвешч\w*|абвясц\w*|ogłosz\w*|ogłas\w*"
    r"|declar\w*|proclaim\w*|named|designated)\b"
    r"(?:\W+\w+){0,3}?\W+(?:дн[её]м|днями|днём|днем|дзень|дні|днём|dniem|dzień|(?:a |as a |as )?days? of)\b",
    re.IGNORECASE)


def declares_a_day(sentence: str) -> bool:
    """Whether the sentence declares some day to be a day of something (mourning, remembrance)."""
    return _DECLARED.search(sentence) is not None
