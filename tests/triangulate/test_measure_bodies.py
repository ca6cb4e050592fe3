"""Which office of a government reports of one measure credit with it."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.measure_bodies import office_disagreements, offices_in, shown


def test_offices_are_named_in_several_languages() -> None:
    assert offices_in("Американский Минфин 17 октября объявил о введении санкций.") == {"the Treasury"}
    assert offices_in("Об этом говорится в пресс-релизе Госдепартамента США.") == {"the State Department"}
    assert offices_in("The Commerce Department added 90 firms to its list.") == {"the Commerce Department"}
    assert offices_in("Russland will bis zu zehn Systeme stationieren.") == set()  # German "bis" is no BIS


def test_reports_crediting_one_measure_to_two_offices_disagree() -> None:
    texts = {"d1": "The Treasury announced sanctions on three firms.",
             "d2": "A State Department spokesman said the firms were sanctioned.",
             "d3": "The Treasury and the State Department jointly sanctioned the firms.",
             "d4": "Three firms were sanctioned."}
    view = shown_in_one_event(office_disagreements, shown, texts)
    assert view["kind"] == "actor"
    assert says_and_documents(view) == [("the State Department", ["d2"]), ("the Treasury", ["d1"])]
    assert office_disagreements(texts, {"d1": "c1", "d2": "c2"}) == []


def test_a_measure_of_an_earlier_year_told_as_background_names_no_office_of_this_one() -> None:
    texts = {"d1": "A State Department spokesman voiced concern about the ship.",
             "d2": "The Treasury listed the ship for arms shipments last year. It docked in December."}
    assert office_disagreements(texts, {"d1": "c1", "d2": "c1"}) == []
