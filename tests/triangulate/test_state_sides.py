"""A supply whose parties one report names as states and another as their capitals."""
from __future__ import annotations

from triangulate_factory import claim, doc

from claimgraph.triangulate.align import align_claims


def test_a_capital_denying_meets_the_state_accused_in_another_report_of_the_event() -> None:
    a = doc("Iran is sending drones to Russia, the United States said.")
    b = doc("Tehran denied supplying drones to Moscow.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="United States"),
              claim("Tehran", "supplies_to", "Moscow", doc=b, modality="denial", attributed_to="Tehran")]
    (al,) = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-1"})
    assert al.contested
    assert [d.kinds for d in al.differences] == [["denial"]]


def test_a_capital_in_another_event_keeps_its_own_topic() -> None:
    a = doc("Iran is sending drones to Russia, the United States said.")
    b = doc("Tehran denied supplying drones to Moscow.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="United States"),
              claim("Tehran", "supplies_to", "Moscow", doc=b, modality="denial", attributed_to="Tehran")]
    assert len(align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-2"})) == 2


def test_other_recipients_of_one_supplier_stay_apart() -> None:
    a = doc("Iran is sending drones to Russia.")
    b = doc("Tehran supplied drones to Venezuela.")
    claims = [claim("Iran", "supplies_to", "Russia", doc=a), claim("Tehran", "supplies_to", "Venezuela", doc=b)]
    assert len(align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-1"})) == 2
