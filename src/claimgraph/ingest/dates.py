"""Publication dates from metadata strings, feed tuples and Unix times, as ISO text.

A date without a time stays a date (``2024-03-05``); a time is kept as an ISO timestamp. Nothing
is invented: a value that cannot be read gives None, never today's date.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from functools import cache
from typing import Any

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MIN = 1900


def _plausible(d: dt.date) -> bool:
    return _YEAR_MIN <= d.year <= dt.date.today().year + 1


def _format(value: dt.datetime, has_time: bool) -> str | None:
    if not _plausible(value.date()):
        return None
    if not has_time or (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    return value.replace(microsecond=0).isoformat()


@cache
def _dateparser() -> Any:
    import dateparser  # imported on first need: it takes a while to load

    return dateparser


def normalize_date(value: object, fuzzy: bool = True) -> str | None:
    """ISO date or timestamp for a metadata value; ``fuzzy`` allows free text ("5 марта 2024")."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return _format(dt.datetime(*value[:6]), True)
    if isinstance(value, dt.datetime):
        return _format(value, True)
    if isinstance(value, dt.date):
        return value.isoformat() if _plausible(value) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return _format(dt.datetime.fromtimestamp(value, dt.UTC), True)
        except (OverflowError, OSError, ValueError):
            return None
    text = " ".join(str(value).split())[:100]
    if not text:
        return None
    if _ISO_DAY.match(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return None
        return day.isoformat() if _plausible(day) else None
    if text.isdigit() and len(text) >= 9:  # a Unix time written as text
        return normalize_date(int(text), fuzzy=False)
    pdf = _PDF_DATE.match(text)
    if pdf:
        y, mo, d, h, mi, se = (int(p) if p else default for p, default in zip(pdf.groups(), (0, 1, 1, 0, 0, 0)))
        try:
            return _format(dt.datetime(y, mo, d, h, mi, se), pdf.group(4) is not None)
        except ValueError:
            return None
    try:
        return _format(dt.datetime.fromisoformat(text), "T" in text or " " in text)
    except ValueError:
        pass
    try:
        return _format(email.utils.parsedate_to_datetime(text), True)
    except (TypeError, ValueError, IndexError):
        pass
    if not fuzzy or not any(c.isdigit() for c in text):
        return None
    try:
        parsed = _dateparser().parse(text, languages=["en", "ru", "uk", "be", "de", "fr"],
                                     settings={"PREFER_DAY_OF_MONTH": "first",
                                               "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # noqa: BLE001 - dateparser raises many kinds on odd input; no date then
        return None
    return _format(parsed, ":" in text) if parsed else None
