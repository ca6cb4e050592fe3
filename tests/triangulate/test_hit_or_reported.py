"""A strike's hit on a facility one report tells as confirmed and another only as reported."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.hit_or_reported import hit_disagreements, reported, shown, told_as_fact


def test_a_hit_confirmed_or_recorded_is_told_as_confirmed() -> None:
    assert told_as_fact("The navy confirmed that the fuel depot near the harbour was hit overnight.")
    assert told_as_fact("Штаб подтвердил поражение нефтебазы в порту.")
    assert told_as_fact("Зафіксовано ураження цілі на території порту.")
    assert not told_as_fact("Drones struck the fuel depot near the harbour overnight.")  # told plainly
    assert not told_as_fact("The navy confirmed the depot was not hit.")  # negated
    assert not told_as_fact("Officials reportedly confirmed a hit on the depot.")  # hedged


def test_a_hit_hedged_or_claimed_by_one_side_is_reported() -> None:
    assert reported("A missile reportedly hit the shipyard on Monday.")
    assert reported("The army claimed its drones struck an ammunition depot.")
    assert reported("По предварительным данным, удару подверглось предприятие в порту.")
    assert not reported("A missile hit the shipyard on Monday.")
    assert not reported("По предварительным данным, серьёзных повреждений на заводе нет.")  # negated
    assert not reported("The minister reportedly met the governor.")  # no hit


def test_a_report_telling_the_hit_as_confirmed_and_one_telling_it_as_reported_disagree() -> None:
    texts = {"d1": "The navy confirmed that the fuel depot was hit. Fires burned until dawn.",
             "d2": "A drone reportedly hit the fuel depot. Residents heard blasts.",
             "d3": "Residents heard blasts near the harbour."}
    view = shown_in_one_event(hit_disagreements, shown, texts)
    assert view["kind"] == "modality"
    assert says_and_documents(view) == [("confirmed", ["d1"]), ("reported", ["d2"])]


def test_a_report_telling_both_or_reports_of_two_events_raise_nothing() -> None:
    both = {"d1": "The navy confirmed that the fuel depot was hit. A drone reportedly hit the depot.",
            "d2": "A drone reportedly hit the fuel depot."}
    assert hit_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "The navy confirmed that the fuel depot was hit.",
             "d2": "A drone reportedly hit the fuel depot."}
    assert hit_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []
