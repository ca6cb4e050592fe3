"""Geographic coordinates: one place mention per pair, read into decimal degrees, never quantities."""
from __future__ import annotations

import pytest

from claimgraph.nlp.coordinates import find
from claimgraph.nlp.quantities import find_quantities


@pytest.mark.parametrize("written, lat, lon", [
    ("55°45′N 37°37′E", 55.75, 37.61667),
    ("55°45′21″N, 37°37′04″E", 55.75583, 37.61778),
    ("48.8584°N 2.2945°E", 48.8584, 2.2945),
    ("33°52′S 151°12′E", -33.86667, 151.2),
    ("55.7512, 37.6184", 55.7512, 37.6184),
    ("-34.6037; -58.3816", -34.6037, -58.3816),
])
def test_coordinates_read_into_decimal_degrees(written: str, lat: float, lon: float) -> None:
    text = f"The depot lies at {written}. Trucks came daily."
    [found] = list(find(text))
    assert text[found.start:found.end] == written
    assert (found.lat, found.lon) == pytest.approx((lat, lon), abs=1e-4)


@pytest.mark.parametrize("text", [
    "Output rose from 1.5 to 2.5 per cent in 2024.",      # short decimals are no coordinates
    "Prices were 12.500, 14.250 and 16.000 roubles.",     # a list of prices is no pair
    "Bids: 10.500, 12.500, 14.250.",
    "It stood at 95.1234, 200.5678 on the gauge.",        # out of range for latitude and longitude
])
def test_numbers_that_are_not_coordinates(text: str) -> None:
    assert list(find(text)) == []


def test_the_numbers_of_a_coordinate_pair_are_not_quantities() -> None:
    text = "The plant (55°45′N 37°37′E) makes 300 drones a month."
    assert [q.value for q in find_quantities(text, "en")] == [300]


def test_a_coordinate_pair_is_a_place_mention(analyse) -> None:
    doc = analyse("Satellite images of the site at 55.7512, 37.6184 show new hangars.", "en")
    places = [(m.text, m.label, m.normalized) for m in doc.mentions if m.label == "Location"]
    assert places == [("55.7512, 37.6184", "Location", "55.75120, 37.61840")]


def test_many_numbers_in_a_row_stay_linear() -> None:
    text = ", ".join(f"{i}.125" for i in range(50_000))
    assert len(list(find(text))) < 100
