"""The state a speaking name stands for: a country, or its seat of government used for its
government ("Tehran denied", "Pyongyang rejected the claims", "в Кремле отрицают")."""
from __future__ import annotations

from claimgraph.nlp.countries import territory_code

#: lower-case stems of seats of government whose name stands for the government wherever it is
#: written, in a title too ("Kremlin aide", "White House coordinator"), with their state's code
GOVERNMENT_SEATS = (("kremlin", "ru"), ("кремл", "ru"), ("white house", "us"), ("белый дом", "us"),
                    ("белого дома", "us"), ("білий дім", "us"), ("білого дому", "us"), ("downing street", "gb"),
                    ("élysée", "fr"), ("elysee", "fr"))
#: capitals and seats of a state's offices, which speak for the state when they are the speaker
#: ("Tehran denied", "the Pentagon said")
CAPITALS = (("tehran", "ir"), ("тегеран", "ir"), ("pyongyang", "kp"), ("пхеньян", "kp"), ("moscow", "ru"),
            ("москв", "ru"), ("beijing", "cn"), ("пекин", "cn"), ("washington", "us"), ("вашингтон", "us"),
            ("pentagon", "us"), ("пентагон", "us"), ("state department", "us"), ("госдеп", "us"),
            ("kyiv", "ua"), ("kiev", "ua"), ("киев", "ua"), ("київ", "ua"), ("minsk", "by"), ("минск", "by"),
            ("мінськ", "by"), ("ankara", "tr"), ("анкар", "tr"), ("seoul", "kr"), ("сеул", "kr"), ("tokyo", "jp"),
            ("токио", "jp"), ("london", "gb"), ("лондон", "gb"), ("paris", "fr"), ("париж", "fr"),
            ("berlin", "de"), ("берлин", "de"), ("brussels", "eu"), ("брюссел", "eu"))
SEATS = GOVERNMENT_SEATS + CAPITALS
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


def seat_in(text: str | None) -> str | None:
    """The lower-case code of the state whose seat of government a name or title names anywhere in
    it ("Kremlin aide" → "ru"); capitals do not count ("a Moscow court" is no government)."""
    low = (text or "").lower()
    return next((code for stem, code in GOVERNMENT_SEATS if stem in low), None)
