"""Dates read from a report's date line: when the report appeared, not when its story happened.

A page often opens with its own date, and text extraction glues it to the first sentence:
"2024-05-03 The ministry said …", "03.05.2024 | 14:10The ministry said …", "12.03.2025 Jane Roe,
Channel Five 2104The talks took place …", or an agency's dateline "KYIV, May 3 (Reuters) - …".
A claim or an event whose date was read from there is dated by the report, not by the act it
tells: compared with a report that dates the act itself ("the talks took place on 11 March"),
that date would raise a disagreement no report makes.

A date line is told by its place and its form: a date written in figures at the head of the
sentence (after an optional label such as "date" or "Published"), or any date right after an
upper-case place name and a comma that is followed by an agency in brackets or a dash. A date
in figures that stands alone as an ISO stamp is a date line wherever it is.
"""
from __future__ import annotations

import re

from claimgraph.triangulate.timespan import parse_date

#: A date in figures, with an optional clock time: 2024-05-03, 03.05.2024, 05/03/2024 14:10.
_FIGURES = re.compile(r"^\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?(?:[ ,T]+\d{1,2}:\d{2}(?::\d{2})?)?$")
#: A bare ISO stamp (year and month, or a day): always a page's date, never a date in prose.
_ISO = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
#: Labels a page puts before its own date.
_LABEL = (r"(?:date|dated|published|posted|updated|дата|опубликовано|обновлено|опубліковано|"
          r"оновлено|data|datum)\s*:?\s*")
#: An upper-case place name and a comma, as agencies open their copy ("KYIV, ", "МОСКВА, ").
_PLACE = r"[A-ZА-ЯЁІЇЄҐЎ][A-ZА-ЯЁІЇЄҐЎ .'-]{2,40},\s*"
#: What follows a dateline's date: an agency in brackets, a slash-bracketed agency or a dash.
_AFTER_DATELINE = re.compile(r"^\s*(?:\([^)]{2,40}\)|/[^/]{2,40}/\.?)?\s*(?:--|—|–|-)?\s*")


def _near(day: str | None, report_day: str | None) -> bool:
    """Whether two ISO days are at most one day apart; True where either is unknown."""
    a, b = parse_date(day), parse_date(report_day)
    return a is None or b is None or abs((a - b).days) <= 1


def _head(sentence: str, said: str) -> str | None:
    """What stands before the date's words in the sentence, or None where it is not there."""
    at = sentence.find(said)
    return None if at < 0 else sentence[:at]


def from_date_line(said: str | None, sentence: str | None, day: str | None = None,
                   report_day: str | None = None) -> bool:
    """Whether a date, as the text words it (``said``), was read from the report's date line at
    the head of ``sentence`` rather than from the sentence's own words. With ``day`` (the date
    read, ISO) and ``report_day`` (the report's), a date line must also fall within a day of the
    report's: a sentence may open on another date of its own ("17.03.2025 saw the first …")."""
    said = " ".join((said or "").split())
    if not said:
        return False
    if _ISO.match(said):
        return True
    if not sentence or not _near(day, report_day):
        return False
    text = " ".join(sentence.split())
    head = _head(text, said)
    if head is None:
        return False
    if _FIGURES.match(said) and re.fullmatch(rf"\s*(?:{_LABEL})?", head, re.IGNORECASE):
        return True
    if re.fullmatch(rf"\s*{_PLACE}", head):
        rest = text[len(head) + len(said):]
        marker = _AFTER_DATELINE.match(rest)
        return bool(marker and marker.group(0).strip())
    return False
