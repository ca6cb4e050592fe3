"""Sources named by kind trace to the outlet the event's reports name: "state media" is BelTA."""
from __future__ import annotations

from triangulate_factory import cites, claim, doc, sighting

from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("BelTA", "belta.by", "BY", True), Outlet("TASS", "tass.ru", "RU", True),
                   Outlet("Kyiv Post", "kyivpost.com", "UA", False), Outlet("Pozirk", "pozirk.online", "BY", False),
                   Outlet("Gagadget", "gagadget.com", "UA", False)])


def _count(graph: CitationGraph, *docs) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return count_origins(o for d in docs for o in graph.claim_origins(claim("Russia", "offers_to_build", doc=d)))


def test_state_media_is_the_state_outlet_another_report_of_the_event_names() -> None:
    a = doc("Russia will build a drone plant in Belarus, Belarusian state media reported.")
    b = doc("Russia offered Belarus a drone plant; source: BelTA.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget")],
                          [cites(a, "Belarusian state media"), cites(b, "BelTA")], BOOK,
                          clusters={a.id: "evt-1", b.id: "evt-1"})
    (origin,) = graph.claim_origins(claim("Russia", "offers_to_build", doc=a))
    assert origin.label == "BelTA" and origin.state_affiliated
    assert origin.describe() == "Kyiv Post → cites → Belarusian state media (= BelTA)"
    assert _count(graph, a, b) == (1, 1)


def test_two_reports_relaying_state_media_no_one_names_are_one_origin() -> None:
    a, b = doc("Belarusian state media reported the offer."), doc("According to Belarusian state media, Russia offered.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget")],
                          [cites(a, "Belarusian state media"), cites(b, "Belarusian state media")], BOOK,
                          clusters={a.id: "evt-1", b.id: "evt-1"})
    assert _count(graph, a, b) == (1, 1)


def test_state_media_is_never_an_outlet_of_another_country_or_an_independent_one() -> None:
    a, b = doc("Belarusian state media reported the offer."), doc("Pozirk and TASS reported the offer.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget")],
                          [cites(a, "Belarusian state media"), cites(b, "TASS"), cites(b, "Pozirk")], BOOK,
                          clusters={a.id: "evt-1", b.id: "evt-1"})
    (origin,) = graph.claim_origins(claim("Russia", "offers_to_build", doc=a))
    assert origin.label == "Belarusian state media"
    assert _count(graph, a, b) == (3, 2)  # the unnamed state medium, TASS, Pozirk


def test_state_media_in_another_event_stays_another_origin() -> None:
    a, b = doc("Belarusian state media reported the offer."), doc("Belarusian state media reported a parade.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget")],
                          [cites(a, "Belarusian state media"), cites(b, "Belarusian state media")], BOOK,
                          clusters={a.id: "evt-1", b.id: "evt-2"})
    assert _count(graph, a, b) == (2, 2)


def test_a_claim_attributed_to_state_media_counts_as_the_named_outlet() -> None:
    a, b = doc("The plant is to make 100,000 drones, state media said."), doc("BelTA reports the plan.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget")], [cites(b, "BelTA")], BOOK,
                          clusters={a.id: "evt-1", b.id: "evt-1"})
    c = claim("Plant", "capacity", doc=a, value=100000, attributed_to="state media")
    assert [o.label for o in graph.claim_origins(c)] == ["BelTA"]


def test_a_designation_reported_by_many_outlets_is_one_origin_the_designating_body() -> None:
    a, b, c = doc("Treasury listed the engine maker."), doc("The engine maker was sanctioned."), doc("Other text.")
    graph = CitationGraph([sighting(a, "Kyiv Post"), sighting(b, "Gagadget"), sighting(c, "Pozirk")],
                          [cites(b, "TASS")], BOOK, clusters={a.id: "evt-1", b.id: "evt-1", c.id: "evt-2"})
    same = [claim("Engine maker", "sanctioned_by", "US Treasury", doc=a),
            claim("Engine maker", "sanctioned_by", "Treasury Department", doc=b)]
    assert count_origins(o for c_ in same for o in graph.claim_origins(c_)) == (1, 1)
    assert graph.claim_origins(same[0])[0].describe() == "Kyiv Post → reports the act of → US Treasury"
    planned = claim("Engine maker", "sanctioned_by", "US Treasury", doc=c, modality="plan")
    assert [o.label for o in graph.claim_origins(planned)] == ["Pozirk"]
