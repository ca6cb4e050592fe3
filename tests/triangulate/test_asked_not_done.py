"""A thing asked for is not a thing done: no modality disagreement with a plan."""
from __future__ import annotations

from triangulate_factory import claim, doc

from claimgraph.triangulate.align import align_claims
from claimgraph.triangulate.asked_not_done import told_as_done
from claimgraph.triangulate.disagreements import find_disagreements


def _flags(fact_sentence: str) -> list[str]:
    a, b = doc(fact_sentence), doc("The minister said the radars could be stationed in Moldova next spring.")
    claims = [claim("radars", "located_in", "Moldova", doc=a, modality="fact"),
              claim("radars", "located_in", "Moldova", doc=b, modality="plan")]
    events = {a.id: "evt-1", b.id: "evt-1"}
    sentences = {claims[0].id: a.text, claims[1].id: b.text}
    return [d.kind for d in find_disagreements(align_claims(claims, event_of=events), events, sentences=sentences)]


def test_a_fact_told_inside_a_request_is_no_modality_disagreement_with_a_plan() -> None:
    assert _flags("The prime minister asked his neighbour to station the radars in Moldova.") == []
    assert _flags("Several technical questions must be settled before stationing the radars in Moldova.") == []


def test_a_fact_told_as_a_possibility_is_no_modality_disagreement_with_a_plan() -> None:
    assert _flags("The minister answered that the radars can be stationed in Moldova by autumn.") == []
    assert _flags("Министр ответил, что радары можно будет разместить в Молдове осенью.") == []


def test_a_fact_told_as_done_still_disagrees_with_a_plan() -> None:
    assert _flags("The radars have been stationed in Moldova since March.") == ["modality"]


def test_requests_are_read_in_several_languages() -> None:
    for sentence in ("Премьер попросил разместить радары в Молдове.", "Прем'єр закликав розмістити радари.",
                     "Premier poprosił o rozmieszczenie radarów."):
        d = doc(sentence)
        c = claim("radars", "located_in", "Moldova", doc=d)
        assert not told_as_done([c], {c.id: sentence}), sentence
    d = doc("The radars stand in Moldova.")
    c = claim("radars", "located_in", "Moldova", doc=d)
    assert told_as_done([c], {c.id: d.text}) and told_as_done([c], {})
