"""Geographic coordinates in running text: "33°47′N 44°30′E", "33.783°N 44.500°E", "55.7512, 37.6184".

A coordinate pair names a place as surely as a place name does (reports give them for plants,
airfields and strike sites), and its numbers are not quantities. Each pair is one span; its
numbers are read into decimal degrees so a pair can be compared and mapped.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

_DEG = r"(?P<{p}d>\d{{1,3}}(?:[.,]\d+)?)[ \t]*°"
_MIN = r"(?:[ \t]*(?P<{p}m>\d{{1,2}}(?:[.,]\d+)?)[ \t]*['′’])?"
_SEC = r"(?:[ \t]*(?P<{p}s>\d{{1,2}}(?:[.,]\d+)?)[ \t]*(?:[\"″”]|''|′′))?"


def _part(prefix: str, hemispheres: str) -> str:
    return (_DEG.format(p=prefix) + _MIN.format(p=prefix) + _SEC.format(p=prefix)
            + rf"[ \t]*(?P<{prefix}h>[{hemispheres}])")


#: Degrees (minutes, seconds) with hemispheres: latitude first, then longitude.
_WITH_HEMISPHERES = re.compile(
    r"(?<![\w.])" + _part("a", "NSСЮ") + r"[ \t]*[,;/]?[ \t]*" + _part("o", "EWВЗ") + r"(?!\w)")
#: A bare decimal pair, lat then lon, each with at least three decimals ("55.7512, 37.6184").
_DECIMAL_PAIR = re.compile(r"(?<![\w.,-])(?P<lat>-?\d{1,2}\.\d{3,})[ \t]*[,;][ \t]*(?P<lon>-?\d{1,3}\.\d{3,})(?!\w|\.\d)"
                           r"(?![ \t]*(?:[,;]|and|or|и)[ \t]*-?\d)")  # not two numbers of a longer list
_LIST_BEFORE = re.compile(r"\d[ \t]*(?:[,;]|and|or|и)[ \t]*$")


@dataclass(frozen=True, slots=True)
class Coordinates:
    start: int
    end: int
    lat: float
    lon: float

    @property
    def label(self) -> str:
        return f"{self.lat:.5f}, {self.lon:.5f}"


def _degrees(match: re.Match[str], prefix: str) -> float:
    def num(key: str) -> float:
        value = match.group(prefix + key)
        return float(value.replace(",", ".")) if value else 0.0

    value = num("d") + num("m") / 60 + num("s") / 3600
    return -value if match.group(prefix + "h") in "SWЮЗ" else value


def find(text: str) -> Iterator[Coordinates]:
    """Every coordinate pair in ``text`` with a valid latitude and longitude, in text order."""
    found: list[Coordinates] = []
    if "°" in text:
        for m in _WITH_HEMISPHERES.finditer(text):
            lat, lon = _degrees(m, "a"), _degrees(m, "o")
            if abs(lat) <= 90 and abs(lon) <= 180:
                found.append(Coordinates(m.start(), m.end(), lat, lon))
    starts = [c.start for c in found]
    pairs = []
    for m in _DECIMAL_PAIR.finditer(text):
        lat, lon = float(m.group("lat")), float(m.group("lon"))
        k = bisect.bisect_right(starts, m.start()) - 1  # inside a pair written with degrees?
        if (abs(lat) <= 90 and abs(lon) <= 180 and not (k >= 0 and found[k].end > m.start())
                and not _LIST_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            pairs.append(Coordinates(m.start(), m.end(), lat, lon))
    yield from sorted(found + pairs, key=lambda c: c.start)
