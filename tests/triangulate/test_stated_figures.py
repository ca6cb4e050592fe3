"""What a speaker states: one topic per counted thing, and one origin per speaker however spelt."""
from __future__ import annotations

from triangulate_factory import claim, doc, sighting

from claimgraph.triangulate.align import align_claims
from claimgraph.triangulate.origins import CitationGraph, count_origins
from claimgraph.triangulate.outlets import Outlet, OutletBook

BOOK = OutletBook([Outlet("TASS", "tass.ru", "RU", True)])


def test_a_speaker_s_minutes_jets_and_denial_are_three_statements_none_contested() -> None:
    a = doc("The ministry said three jets flew 40 minutes over the sea, and denied any violation.")
    b = doc("Three jets were in the air for 40 minutes, the ministry said; they never crossed the border.")
    ministry = "Latvian Defence Ministry"
    claims = [claim(ministry, "states", doc=a, value=3, unit="jet", modality="claim", attributed_to=ministry),
              claim(ministry, "states", doc=a, value=40, unit="minute", modality="claim", attributed_to=ministry),
              claim(ministry, "states", doc=b, value=40, unit="minutes", modality="claim", attributed_to=ministry),
              claim(ministry, "states", doc=b, modality="denial", attributed_to=ministry)]
    alignments = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-1"})
    assert len(alignments) == 3
    assert not any(al.contested for al in alignments)


def test_one_speaker_giving_two_numbers_of_one_thing_is_contested() -> None:
    a = doc("The drone stayed 40 minutes in the country's airspace, the ministry said.")
    b = doc("The drone stayed 25 minutes in the country's airspace, the ministry said.")
    ministry = "Latvian Defence Ministry"
    claims = [claim(ministry, "states", doc=a, value=40, unit="minute", modality="claim", attributed_to=ministry),
              claim(ministry, "states", doc=b, value=25, unit="minute", modality="claim", attributed_to=ministry)]
    (al,) = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-1"})
    assert al.contested


def test_a_body_s_denial_told_by_two_outlets_in_two_spellings_is_one_origin() -> None:
    a = doc("The Russian Defence Ministry said its jets never entered the airspace.")
    b = doc("The Defence Ministry said its jets did not violate the border.")
    denials = [claim("Russian Defence Ministry", "states", doc=a, modality="denial",
                     attributed_to="Russian Defence Ministry", subject_entity="ent-mod"),
               claim("Defence Ministry", "states", doc=b, modality="denial",
                     attributed_to="Defence Ministry", subject_entity="ent-mod")]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=denials)
    assert count_origins(o for c in denials for o in graph.claim_origins(c))[0] == 1


def test_a_country_stating_a_figure_in_two_reports_is_one_origin() -> None:
    a = doc("Estonia said three jets entered its airspace.")
    b = doc("According to Estonia, three jets crossed the border.")
    figures = [claim("Estonia", "states", doc=d, value=3, unit="jet", modality="claim", attributed_to="Estonia",
                     subject_entity="ent-ee") for d in (a, b)]
    graph = CitationGraph([sighting(a, "Daily One"), sighting(b, "Daily Two")], [], BOOK,
                          clusters={a.id: "ev-1", b.id: "ev-1"}, claims=figures)
    assert count_origins(o for c in figures for o in graph.claim_origins(c))[0] == 1


def test_one_speaker_s_figures_of_two_incursions_are_not_in_doubt() -> None:
    a = doc("The ministry said the drone flew 12 kilometres into the country before it crashed.")
    b = doc("A week later the ministry said another drone flew 30 kilometres inland.")
    ministry = "Latvian Defence Ministry"
    claims = [claim(ministry, "states", doc=a, value=12, unit="kilometre", modality="claim", attributed_to=ministry),
              claim(ministry, "states", doc=b, value=30, unit="kilometre", modality="claim", attributed_to=ministry)]
    (al,) = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-2"})
    assert not al.contested
