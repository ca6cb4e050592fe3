"""A claim a report tells in its own voice goes back to the source the same report credits it to."""
from __future__ import annotations

from triangulate_factory import claim, doc, sighting

from claimgraph.triangulate.origins import CitationGraph
from claimgraph.triangulate.outlets import Outlet, OutletBook
from claimgraph.triangulate.report_kin import ReportKin

#: The report's own outlet is a known one: its unsourced lines are its own reporting.
BOOK = OutletBook([Outlet("Coast Daily", "coastdaily.example", "XX", False)])


def test_claims_of_one_report_stating_one_thing_are_kin_whatever_their_modality() -> None:
    d = doc("The two states signed a port treaty. The treaty was signed, Harbor Wire reported.")
    lead = claim("Aland", "cooperates_with", "Borea", doc=d, sentence="The two states signed a port treaty.")
    body = claim("Aland", "cooperates_with", "Borea", doc=d, modality="claim",
                 sentence="The treaty was signed, Harbor Wire reported.")
    other = claim("Aland", "supplies_to", "Borea", doc=d)
    kin = ReportKin([lead, body, other])
    assert kin.of(lead) == [body]
    assert kin.of(other) == []


def test_a_lead_in_the_reports_own_voice_takes_the_source_its_body_credits() -> None:
    d = doc("Aland and Borea signed a port treaty on Friday. The treaty was signed, the Kremlin said.")
    lead = claim("Aland", "cooperates_with", "Borea", doc=d,
                 sentence="Aland and Borea signed a port treaty on Friday.")
    body = claim("Aland", "cooperates_with", "Borea", doc=d, modality="claim", attributed_to="the Kremlin",
                 sentence="The treaty was signed, the Kremlin said.")
    graph = CitationGraph([sighting(d, "Coast Daily")], [], BOOK, clusters={d.id: "c1"}, claims=[lead, body])
    (credited,) = graph.claim_origins(body)
    assert not credited.own
    assert [o.key for o in graph.claim_origins(lead)] == [credited.key]


def test_a_lead_the_report_credits_nowhere_stays_its_own_reporting() -> None:
    d = doc("Aland and Borea signed a port treaty on Friday.")
    only = claim("Aland", "cooperates_with", "Borea", doc=d)
    graph = CitationGraph([sighting(d, "Coast Daily")], [], BOOK, clusters={d.id: "c1"}, claims=[only])
    (o,) = graph.claim_origins(only)
    assert o.own
