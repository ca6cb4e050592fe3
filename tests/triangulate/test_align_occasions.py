"""Meetings and visits: the announcement before and the account after are one occasion."""
from __future__ import annotations

from triangulate_factory import claim, doc, time

from claimgraph.triangulate.align import align_claims


def test_a_meeting_announced_and_then_reported_is_not_contested() -> None:
    before = doc("The two leaders will meet in Mogilev on Thursday.")
    after = doc("The two leaders met in Mogilev and discussed drones.")
    (al,) = align_claims([claim("Putin", "met_with", "Lukashenko", doc=before, modality="plan"),
                          claim("Putin", "met_with", "Lukashenko", doc=after, modality="fact")])
    assert len(al.variants) == 2
    assert not al.contested
    assert al.differences[0].reasons == ["different modality: plan vs fact"]


def test_a_visit_announced_for_another_day_than_reported_is_contested() -> None:
    before = doc("The president will visit Moscow on 17 January.")
    after = doc("The president visited Moscow in July.")
    events = {before.id: "ev-1", after.id: "ev-1"}
    (al,) = align_claims([claim("Pezeshkian", "visited", "Moscow", doc=before, modality="plan",
                                when=time("2025-01-17", "day")),
                          claim("Pezeshkian", "visited", "Moscow", doc=after, modality="fact",
                                when=time("2025-07-01", "month"))], event_of=events)
    assert al.contested
    assert al.differences[0].kinds == ["date"]


def test_a_plan_against_a_fact_still_contests_an_agreement() -> None:
    a, b = doc("The treaty is to be signed on Friday."), doc("The treaty was signed on Friday.")
    (al,) = align_claims([claim("Russia", "cooperates_with", "Iran", doc=a, modality="plan"),
                          claim("Russia", "cooperates_with", "Iran", doc=b, modality="fact")])
    assert al.contested


def test_deliveries_told_as_done_and_as_to_come_are_not_contested() -> None:
    done = doc("North Korea has supplied Russia with ballistic missiles.")
    to_come = doc("We expect Russia to use more North Korean missiles soon.")
    events = {done.id: "ev-1", to_come.id: "ev-1"}
    (al,) = align_claims([claim("North Korea", "supplies_to", "Russia", doc=done, modality="fact"),
                          claim("North Korea", "supplies_to", "Russia", doc=to_come, modality="plan")],
                         event_of=events)
    assert len(al.variants) == 2
    assert not al.contested
