"""Drones one report says are of unknown origin and another calls a state's."""
from __future__ import annotations

from sentence_checks import shown_in_one_event

from claimgraph.triangulate.unknown_origin import origin_disagreements, shown, state_drones, unknown_origin


def test_drones_of_unknown_origin_are_told_in_several_languages() -> None:
    assert unknown_origin("Radars tracked several drones of unknown origin over the north.")
    assert unknown_origin("Над республикой пролетели БПЛА неизвестного происхождения.")
    assert unknown_origin("Two unidentified drones were seen near the airport.")
    assert not unknown_origin("Unknown drones attacked the refinery.")  # an attacker, not an origin
    assert not unknown_origin("The cause of the crash is unknown.")


def test_a_states_drones_are_its_adjective_before_the_drone_word() -> None:
    assert state_drones("Russian drones entered the country's airspace at night.")
    assert state_drones("На дах будинку впав російський дрон.")
    assert state_drones("Two Russian attack drones crossed the border.")
    assert not state_drones("The Russian ambassador was summoned over the drones.")


def test_reports_of_unknown_and_of_a_states_drones_disagree_on_the_modality() -> None:
    texts = {"d1": "The ministry said drones of unknown origin crossed the border.",
             "d2": "Russian drones crossed the border overnight, the army said.",
             "d3": "Drones crossed the border."}
    view = shown_in_one_event(origin_disagreements, shown, texts, lambda doc: [f"Outlet {doc}"])
    assert view["kind"] == "modality"
    assert [s["documents"] for s in view["sides"]] == [["d1"], ["d2"]]


def test_a_report_telling_both_or_two_events_raise_nothing() -> None:
    both = {"d1": "Drones of unknown origin were seen. Later the army said they were Russian drones.",
            "d2": "Russian drones crossed the border."}
    assert origin_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "Drones of unknown origin were seen.", "d2": "Russian drones crossed the border."}
    assert origin_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []
