"""A construction one report tells as an offer and another as a plan already made."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.offer_or_plan import offer_plan_disagreements, offered, planned, shown


def test_offers_and_plans_of_a_construction_are_told_in_several_languages() -> None:
    assert offered("Russia has proposed building a drone factory in Belarus.")
    assert offered("Русия предложи построяването на фабрика за дронове.")
    assert offered("Лукашенко підтримав пропозицію РФ збудувати завод.")
    assert planned("Russia will build a drone production facility in Belarus.")
    assert planned("Rosja planuje budowę fabryki na Białorusi.")
    assert planned("Rusia vrea să construiască o fabrică de drone.")
    assert not planned("The plant in Alabuga makes drones.")  # a plant is no plan
    assert not offered("The minister offered his thanks to the hosts.")  # nothing is built


def test_one_report_offering_and_another_planning_disagree_on_the_modality() -> None:
    texts = {"d1": "Russia has offered to build a plant in Belarus. Talks go on.",
             "d2": "Russia plans to build a plant in Belarus within a year.",
             "d3": "Drones were shown at the exhibition."}
    view = shown_in_one_event(offer_plan_disagreements, shown, texts)
    assert view["kind"] == "modality"
    assert says_and_documents(view) == [("offer", ["d1"]), ("plan", ["d2"])]
    (sentence,) = view["sides"][0]["sentences"]
    assert texts["d1"][sentence[1]:sentence[2]] == "Russia has offered to build a plant in Belarus."


def test_a_report_telling_both_or_reports_of_two_events_raise_nothing() -> None:
    both = {"d1": "Russia proposed to build a plant. The plan is to build it within a year.",
            "d2": "Russia proposes building a plant in Belarus."}
    assert offer_plan_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "Russia offered to build a plant.", "d2": "Russia will build a plant."}
    assert offer_plan_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []
