"""Sanctioning authorities: two sanctions rounds of one week by different governments stay apart."""
from __future__ import annotations

import dataclasses
import datetime as dt

from claimgraph.model import Claim, Event
from claimgraph.triangulate.authorities import event_authority, sanction_authorities, territories
from claimgraph.triangulate.event_clusters import EventReport, cluster_reports, same_authority


def _claim(subject: str, obj: str, modality: str = "fact") -> Claim:
    return Claim(id=f"c-{subject}-{obj}", document_id="d1", subject=subject, predicate="sanctioned_by",
                 object=obj, modality=modality)


def test_a_body_is_read_as_the_territory_its_name_contains() -> None:
    assert territories("Council of the European Union") == {"t:eu"}
    assert territories("EU Council") == territories("European Union")
    assert territories("U.S. Department of the Treasury") == {"t:us"}
    assert territories("London") == {"t:gb"}  # a region folds into its state
    assert territories("Office of Foreign Assets Control") == set()  # nothing in the name places it


def test_the_authorities_of_a_report_are_the_objects_of_its_sanction_claims_not_their_denials() -> None:
    claims = [_claim("Yilufa Electronics", "Japan"), _claim("Russia", "EU Council", modality="denial")]
    assert sanction_authorities(claims) == {"t:jp"}


def test_a_sanction_event_names_its_authority_in_its_first_placed_participant() -> None:
    event = Event("e1", "d1", "sanction", participants=["Reuters", "Japan", "Kazakhstan", "United States"])
    assert event_authority(event) == {"t:jp"}
    assert event_authority(dataclasses.replace(event, type="meeting")) == frozenset()


def _report(doc: str, day: str, authorities: set[str], *keys: str) -> EventReport:
    d = dt.date.fromisoformat(day)
    return EventReport(Event(f"evt-{doc}", doc, "sanction"), doc, day, True, (d, d), False,
                       frozenset(keys), {k: k for k in keys}, authorities=frozenset(authorities))


def test_sanctions_of_one_week_by_two_governments_are_two_events() -> None:
    shared = ("ent-russia", "ent-china", "ent-kazakhstan")
    reports = [_report("eu-1", "2024-06-24", {"t:eu"}, *shared), _report("eu-2", "2024-06-24", {"t:eu"}, *shared),
               _report("jp-1", "2024-06-21", {"t:jp"}, *shared), _report("jp-2", "2024-06-21", {"t:jp"}, *shared)]
    groups = sorted(sorted(c.documents) for c in cluster_reports(reports))
    assert groups == [["eu-1", "eu-2"], ["jp-1", "jp-2"]]
    assert same_authority(reports[0], reports[2]).detail == "imposed by EU / JP"


def test_a_report_whose_authority_is_unknown_is_judged_on_the_rest() -> None:
    shared = ("ent-russia", "ent-china", "ent-kazakhstan")
    reports = [_report("eu", "2024-06-24", {"t:eu"}, *shared), _report("unknown", "2024-06-24", set(), *shared)]
    assert sorted(sorted(c.documents) for c in cluster_reports(reports)) == [["eu", "unknown"]]
    assert same_authority(*reports).score == 0.5
