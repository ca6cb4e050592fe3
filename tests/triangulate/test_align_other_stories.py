"""A variant may hold claims of two stories; only the reports of the story both variants tell
disagree with each other."""
from __future__ import annotations

from triangulate_factory import claim, doc, time

from claimgraph.triangulate.align import align_claims


def test_one_report_giving_both_modalities_is_no_disagreement_for_another_story_s_plan() -> None:
    both = doc("The two states signed the treaty; they will deepen the partnership.")
    other = doc("Two years later, one side said it will strengthen ties with the other.")
    events = {both.id: "ev-1", other.id: "ev-2"}
    (al,) = align_claims([claim("Russia", "cooperates_with", "Mongolia", doc=both, modality="fact"),
                          claim("Russia", "cooperates_with", "Mongolia", doc=both, modality="plan"),
                          claim("Russia", "cooperates_with", "Mongolia", doc=other, modality="plan")],
                         event_of=events)
    assert not al.contested


def test_two_leads_of_two_stories_never_clash_on_a_date() -> None:
    signed, to_sign = doc("The treaty was signed on 17 January."), doc("The treaty is to be signed soon.")
    old = doc("Three years earlier, one state prepared to train the other's forces this month.")
    events = {signed.id: "ev-1", to_sign.id: "ev-1", old.id: "ev-2"}
    (al,) = align_claims([claim("Russia", "cooperates_with", "Mongolia", doc=signed, modality="fact",
                                when=time("2025-01-17", "day")),
                          claim("Russia", "cooperates_with", "Mongolia", doc=to_sign, modality="plan"),
                          claim("Russia", "cooperates_with", "Mongolia", doc=old, modality="plan",
                                when=time("2022-07-01", "month"))], event_of=events)
    assert all("date" not in d.kinds for d in al.differences)
    assert any("modality" in d.kinds for d in al.differences)
