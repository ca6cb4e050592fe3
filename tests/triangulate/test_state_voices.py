"""A state's bodies and officials speak for its government; a denial without a speaker is its subject's."""
from __future__ import annotations

import pytest
from triangulate_factory import cites, claim, doc, sighting

from claimgraph.model import Claim
from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook
from claimgraph.triangulate.state_voices import state_voice

BOOK = OutletBook([Outlet("TASS", "tass.ru", "RU", True), Outlet("Reuters", "reuters.com", "GB", False)])


def _count(claims: list[Claim], citations=()) -> int:  # type: ignore[no-untyped-def]
    docs = sorted({c.document_id for c in claims})
    graph = CitationGraph([sighting_for(d, i) for i, d in enumerate(docs)], list(citations), BOOK,
                          clusters={d: "ev-1" for d in docs}, claims=claims)
    return count_origins(o for c in claims for o in graph.claim_origins(c))[0]


def sighting_for(document_id: str, i: int):  # type: ignore[no-untyped-def]
    from claimgraph.model import Sighting

    outlet = f"Daily {i}"
    url = f"https://daily{i}.example/{document_id}"
    return Sighting(Sighting.make_id(document_id, outlet, url, None), document_id, outlet=outlet, url=url,
                    published="2025-09-14")


@pytest.mark.parametrize(("name", "code"), [
    ("Romanian Ministry of National Defence", "RO"),
    ("the Romanian Defence Ministry", "RO"),
    ("Министерство обороны Румынии", "RO"),
    ("Минобороны России", "RU"),
    ("Estonian Defence Forces", "EE"),
    ("посол России в Румынии", "RU"),
    ("the Russian ambassador to Romania", "RU"),
    ("Washington's envoy to South Africa", "US"),
    ("Iranian foreign ministry spokesman Nasser Kanaani", "IR"),
    ("Ukrainian intelligence", "UA"),
])
def test_a_body_or_office_naming_its_state_speaks_for_that_state(name: str, code: str) -> None:
    assert state_voice(name) == code


@pytest.mark.parametrize("name", ["defence ministry", "the ambassador to Moscow", "Vladimir Lipaev", "TASS",
                                  "Russian state media",
                                  "Kronshtadt press service", "Estonia"])
def test_a_person_an_outlet_or_a_body_without_its_state_is_no_state_voice(name: str) -> None:
    assert state_voice(name) is None


def test_one_ministry_spelt_three_ways_in_three_reports_is_one_origin() -> None:
    said = [("The drone flew 50 km into Romania, the Romanian Defence Ministry said.", "the Romanian Defence Ministry"),
            ("Romania's Ministry of National Defence said the drone flew 50 km.", "Romania's Ministry of National Defence"),
            ("Как сообщило Министерство обороны Румынии, дрон пролетел 50 км.", "Министерство обороны Румынии")]
    claims = [claim(who, "states", doc=doc(text), value=50, modality="claim", attributed_to=who) for text, who in said]
    assert _count(claims) == 1


def test_two_states_bodies_stating_one_figure_are_two_origins() -> None:
    a = doc("The drone flew 50 km into Romania, the Romanian Defence Ministry said.")
    b = doc("Ukrainian intelligence said the drone flew 50 km into Romania.")
    claims = [claim("Romanian Defence Ministry", "states", doc=a, value=50, modality="claim",
                    attributed_to="Romanian Defence Ministry"),
              claim("Ukrainian intelligence", "states", doc=b, value=50, modality="claim",
                    attributed_to="Ukrainian intelligence")]
    assert _count(claims) == 2


def test_a_state_body_a_report_cites_as_its_source_is_its_government() -> None:
    a = doc("Минобороны России сообщило, что самолёты не нарушали границу.")
    b = doc("The Russian Defence Ministry said its jets did not violate Estonian airspace.")
    claims = [claim("Россия", "states", doc=a, modality="denial", attributed_to="Минобороны России"),
              claim("Russia", "states", doc=b, modality="denial", attributed_to="Russian Defence Ministry")]
    assert _count(claims, [cites(a, "Минобороны России")]) == 1


def test_a_denial_without_a_speaker_is_the_subject_states_own() -> None:
    a = doc("Iran denies supplying drones to Russia.")
    b = doc("Tehran has not supplied drones to Moscow, it said on Tuesday.")
    denials = [claim("Iran", "supplies_to", "Russia", doc=a, modality="denial"),
               claim("Tehran", "supplies_to", "Russia", doc=b, modality="denial")]
    assert _count(denials) == 1


def test_a_government_a_report_quotes_is_not_tied_to_another_speaker_of_the_report() -> None:
    a = doc("North Korea is ready to send troops, Seoul says. Dmitry Peskov commented on the reports.")
    b = doc("Dmitry Peskov commented on reports of troops from North Korea.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="Seoul",
                    sentence="North Korea is ready to send troops, Seoul says."),
              claim("North Korea", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="Dmitry Peskov",
                    sentence="Dmitry Peskov commented on the reports."),
              claim("North Korea", "supplies_to", "Russia", doc=b, modality="claim", attributed_to="Dmitry Peskov")]
    assert _count(claims) == 2
