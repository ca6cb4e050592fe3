"""A denial against the affirmation it answers."""
from __future__ import annotations

from triangulate_factory import claim, doc

from claimgraph.triangulate.align import align_claims


def test_a_denial_in_a_story_of_another_event_contradicts_nothing() -> None:
    a = doc("China supplies engines to Russia, investigators say.")
    b = doc("China has never supplied lethal weapons to Russia, the ministry said.")
    claims = [claim("China", "supplies_to", "Russia", doc=a, modality="claim"),
              claim("China", "supplies_to", "Russia", doc=b, modality="denial", attributed_to="Ministry")]
    (al,) = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-2"})
    assert not al.contested
    (al,) = align_claims(claims, event_of={a.id: "ev-1", b.id: "ev-1"})
    assert al.contested
