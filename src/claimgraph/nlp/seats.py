"""The state a speaking name stands for: a country, or its seat of government used for its
government ("Tehran denied", "Pyongyang rejected the claims", "в Кремле отрицают")."""
from __future__ import annotations

from claimgraph.nlp.countries import territory_code

#: lower-case stems of seats of government in the languages of the region, with their state's code
SEATS = (("tehran", "ir"), ("тегеран", "ir"), ("pyongyang", "kp"), ("пхеньян", "kp"), ("moscow", "ru"),
         ("москв", "ru"), ("kremlin", "ru"), ("кремл", "ru"), ("beijing", "cn"), ("пекин", "cn"),
         ("washington", "us"), ("вашингтон", "us"), ("white house", "us"), ("белый дом", "us"),
         ("pentagon", "us"), ("пентагон", "us"), ("state department", "us"), ("госдеп", "us"),
         ("белого дома", "us"), ("білий дім", "us"), ("kyiv", "ua"), ("kiev", "ua"), ("киев", "ua"),
         ("київ", "ua"), ("minsk", "by"), ("минск", "by"), ("мінськ", "by"), ("ankara", "tr"), ("анкар", "tr"),
         ("seoul", "kr"), ("сеул", "kr"), ("tokyo", "jp"), ("токио", "jp"), ("london", "gb"), ("лондон", "gb"),
         ("paris", "fr"), ("париж", "fr"), ("berlin", "de"), ("берлин", "de"), ("brussels", "eu"),
         ("брюссел", "eu"))
MAX_WORDS = 3  # "the White House", "North Korea": a longer name is a title or a body, not the state


def speaking_state(name: str | None) -> str | None:
    """The lower-case code of the state a name speaks for (a country or a seat of government), None
    for anything else (a person, a ministry, a city that governs no state)."""
    text = " ".join((name or "").split())
    if not text or len(text.split()) > MAX_WORDS:
        return None
    low = text.casefold().removeprefix("the ")
    seat = next((code for stem, code in SEATS if low.startswith(stem)), None)
    if seat is not None:
        return seat
    code = territory_code(text)
    return code if code and "-" not in code else None
