"""Cooperation told as done and as to come: a disagreement only about the act that concludes it."""
from __future__ import annotations

from triangulate_factory import claim, doc

from claimgraph.triangulate.align import align_claims
from claimgraph.triangulate.concluded_acts import modalities_clash, tells_concluding_act
from claimgraph.triangulate.disagreements import find_disagreements


def _modality_flags(texts: list[tuple[str, str]]) -> list[str]:
    docs = [doc(text) for text, _ in texts]
    claims = [claim("Armenia", "cooperates_with", "Georgia", doc=d, modality=m) for d, (_, m) in zip(docs, texts)]
    events = {d.id: "evt-1" for d in docs}
    sentences = {c.id: d.text for c, d in zip(claims, docs)}
    return [x.kind for x in find_disagreements(align_claims(claims, event_of=events), events, sentences=sentences)]


def test_cooperation_going_on_and_planned_is_no_disagreement() -> None:
    assert _modality_flags([("The railway pact deepens cooperation between Armenia and Georgia.", "fact"),
                            ("Armenia and Georgia will work together on border crossings.", "plan")]) == []


def test_a_treaty_signed_against_a_treaty_to_be_signed_is_a_modality_disagreement() -> None:
    assert _modality_flags([("Armenia and Georgia signed a transit treaty in Tbilisi on Monday.", "fact"),
                            ("Armenia and Georgia are expected to sign a transit treaty next week.", "plan")]) == [
        "modality"]


def test_the_concluding_act_is_read_in_several_languages() -> None:
    for sentence in ("Стороны подписали соглашение о транзите.", "Сторони уклали угоду про транзит.",
                     "Die Minister unterzeichneten das Abkommen.", "The parliament ratified the accord."):
        d = doc(sentence)
        c = claim("Armenia", "cooperates_with", "Georgia", doc=d)
        assert tells_concluding_act([c], {c.id: sentence}), sentence


def test_relations_other_than_cooperation_always_clash_in_two_modalities() -> None:
    d = doc("Armenia offered to build a plant in Georgia.")
    c = claim("Armenia", "offers_to_build", "Georgia", doc=d, modality="offer")
    assert modalities_clash("offers_to_build", [c], [c], {})
    assert not modalities_clash("cooperates_with", [c], [c], {c.id: d.text})
