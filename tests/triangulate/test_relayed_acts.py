"""A designation credited to the agency that relays it is still the acting body's announcement."""
from __future__ import annotations

from triangulate_factory import cites, claim, doc, sighting

from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("Reuters", "reuters.com", "GB", False)])


def test_a_designation_credited_to_an_agency_and_one_told_as_fact_are_one_announcement() -> None:
    a = doc("Japan imposed sanctions on China-based firms, Reuters reported.")
    b = doc("Japan has imposed sanctions on Chinese companies.")
    acts = [claim("China", "sanctioned_by", "Japan", doc=a, modality="claim", attributed_to="Reuters"),
            claim("China", "sanctioned_by", "Japan", doc=b)]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [cites(a, "Reuters")], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=acts)
    assert count_origins(o for c in acts for o in graph.claim_origins(c))[0] == 1
    assert graph.claim_origins(acts[0])[0].label == "Japan"


def test_a_designation_only_threatened_keeps_its_speaker() -> None:
    a = doc("Japan may sanction Chinese firms, Foreign Minister Yoko Kamikawa said.")
    threat = [claim("China", "sanctioned_by", "Japan", doc=a, modality="plan", attributed_to="Yoko Kamikawa")]
    graph = CitationGraph([sighting(a, "Daily One")], [], BOOK, clusters={a.id: "ev-1"}, claims=threat)
    assert not any(o.key.startswith("act:") for o in graph.claim_origins(threat[0]))
