"""A strike credited to one armed or security body by one report and to another by another."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.attacking_bodies import acting_bodies, attacker_disagreements, shown


def test_bodies_are_named_as_actors_in_several_languages() -> None:
    assert acting_bodies("Long-range drones of the SBU hit the oil depot overnight.") == {"the security service"}
    assert acting_bodies("Удар по складу нанесли ВСУ.") == {"the armed forces"}
    assert acting_bodies("Вибух став наслідком операції ГУР.") == {"military intelligence"}
    assert acting_bodies("The SBU published a video of the depot.") == set()  # no act told


def test_a_body_named_as_the_source_is_not_the_actor() -> None:
    assert acting_bodies("Military intelligence said drones struck the depot.") == set()
    assert acting_bodies("The depot was struck, according to a statement by Ukraine's military intelligence.") == set()
    assert acting_bodies("Источник в СБУ сообщил, что удар нанесли беспилотники ВСУ.") == {"the armed forces"}


def test_two_reports_crediting_the_strike_to_two_bodies_disagree() -> None:
    texts = {"d1": "Drones of the security service of Ukraine struck the depot at dawn.",
             "d2": "The Armed Forces of Ukraine attacked the depot, the governor said.",
             "d3": "A fire broke out at the depot."}
    view = shown_in_one_event(attacker_disagreements, shown, texts)
    assert (view["kind"], view["about"]) == ("actor", "which body carried out the attack")
    assert says_and_documents(view) == [("the armed forces", ["d2"]), ("the security service", ["d1"])]


def test_two_events_raise_nothing() -> None:
    apart = {"d1": "SBU drones attacked the refinery.", "d2": "The armed forces of Ukraine struck the port."}
    assert attacker_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []


def test_a_joint_operation_is_one_actor_against_either_body_alone() -> None:
    texts = {"d1": "The raid on the airfield was a joint operation of the SBU and military intelligence.",
             "d2": "Military intelligence drones attacked the airfield overnight."}
    view = shown_in_one_event(attacker_disagreements, shown, texts)
    assert says_and_documents(view) == [("military intelligence", ["d2"]),
                                        ("military intelligence and the security service", ["d1"])]


def test_two_bodies_named_without_a_joint_act_stay_on_neither_side() -> None:
    texts = {"d1": "SBU drones struck the depot, and the armed forces of Ukraine shelled the bridge.",
             "d2": "SBU drones attacked the depot."}
    assert attacker_disagreements(texts, {"d1": "c1", "d2": "c1"}) == []
