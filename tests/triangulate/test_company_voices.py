"""A firm's press service named by kind is the firm speaking: one origin with the firm quoted by name."""
from __future__ import annotations

from triangulate_factory import cites, claim, doc, sighting

from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("TASS", "tass.ru", "RU", True)])


def _keys(graph: CitationGraph, claims) -> set[str]:  # type: ignore[no-untyped-def]
    return {o.key for c in claims for o in graph.claim_origins(c)}


def test_the_companys_press_office_and_the_company_quoted_by_name_are_one_origin() -> None:
    a = doc("Tupolev created a drone centre in Kazan, press service of the company told reporters.")
    b = doc("A facility built by the company Tupolev in Kazan will start work, the company Tupolev said.")
    sited = [claim("Tupolev", "located_in", "Kazan", doc=a),
             claim("Tupolev", "located_in", "Kazan", doc=b, attributed_to="company Tupolev")]
    graph = CitationGraph([sighting(a, "TASS"), sighting(b, "Daily One")],
                          [cites(a, "press service of the company")], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=sited)
    assert count_origins(o for c in sited for o in graph.claim_origins(c))[0] == 1
    assert "Tupolev" in graph.claim_origins(sited[0])[0].label


def test_the_company_and_a_ministry_that_inspected_its_plant_are_two_origins() -> None:
    a = doc("Tupolev created a drone centre in Kazan, the company's press office told reporters.")
    b = doc("The minister inspected a plant of the Tupolev company in Kazan, the ministry said.")
    sited = [claim("Tupolev", "located_in", "Kazan", doc=a),
             claim("Tupolev", "located_in", "Kazan", doc=b, attributed_to="Defence Ministry")]
    graph = CitationGraph([sighting(a, "TASS"), sighting(b, "Daily One")],
                          [cites(a, "the company's press office")], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=sited)
    assert count_origins(o for c in sited for o in graph.claim_origins(c))[0] == 2


def test_a_government_press_service_stays_the_governments_voice() -> None:
    a = doc("Russia offered Belarus a plant, the Kremlin press service said.")
    offer = [claim("Russia", "offers_to_build", "Belarus", doc=a)]
    graph = CitationGraph([sighting(a, "Daily One")], [cites(a, "the Kremlin press service")], BOOK,
                          clusters={a.id: "ev-1"}, claims=offer)
    assert _keys(graph, offer) == {"official:ev-1:RU"}


def test_a_company_press_service_speaking_of_a_country_is_left_as_it_is() -> None:
    a = doc("Belarus hosts the plant, the company's press office said.")
    hosted = [claim("Belarus", "located_in", "Europe", doc=a)]
    graph = CitationGraph([sighting(a, "Daily One")], [cites(a, "the company's press office")], BOOK,
                          clusters={a.id: "ev-1"}, claims=hosted)
    assert not any(k.startswith("said:") for k in _keys(graph, hosted))


def test_a_firm_speaking_of_itself_in_two_events_is_one_origin() -> None:
    a = doc("Tupolev created a drone centre in Kazan, press service of the company told reporters.")
    b = doc("A facility built by the company Tupolev in Kazan will start work next year, Tupolev Company said.")
    sited = [claim("Tupolev", "located_in", "Kazan", doc=a),
             claim("Tupolev Company", "located_in", "Kazan", doc=b, attributed_to="Tupolev Company")]
    graph = CitationGraph([sighting(a, "TASS"), sighting(b, "Daily One")],
                          [cites(a, "press service of the company")], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-2"}, claims=sited)
    assert count_origins(o for c in sited for o in graph.claim_origins(c))[0] == 1


def test_a_person_quoted_in_two_events_stays_two_statements() -> None:
    a, b = doc("Ivan Petrov said the plant is in Kazan."), doc("Ivan Petrov said the plant is in Kazan again.")
    sited = [claim("Plant", "located_in", "Kazan", doc=d, attributed_to="Ivan Petrov") for d in (a, b)]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-2"}, claims=sited)
    assert count_origins(o for c in sited for o in graph.claim_origins(c))[0] == 2
