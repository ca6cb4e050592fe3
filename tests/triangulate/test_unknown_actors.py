"""A strike one report credits to nobody known and another to a named security body."""
from __future__ import annotations

from sentence_checks import shown_in_one_event

from claimgraph.triangulate.unknown_actors import actor_disagreements, named_attacker, shown, unknown_attacker


def test_an_unknown_attacker_is_told_in_several_languages() -> None:
    assert unknown_attacker("On the morning of April 2, unknown drones attacked two plants.")
    assert unknown_attacker("Невідомі БПЛА атакували завод у Росії")
    assert unknown_attacker("Неизвестные беспилотники атаковали предприятие.")
    assert not unknown_attacker("The cause of the fire is unknown.")


def test_a_named_attacker_is_a_security_body_named_with_the_act() -> None:
    assert named_attacker("Ukraine's military intelligence agency (HUR) targeted the plant.")
    assert named_attacker("Вибухи стали результатом операції ГУР.")
    assert not named_attacker("Ukrainian intelligence says Russia plans to build 10,000 drones.")
    assert not named_attacker("Drones attacked the plant, the governor said.")


def test_reports_of_one_event_with_an_unknown_and_a_named_attacker_disagree() -> None:
    texts = {"d1": "Unknown drones attacked the plant at dawn. Six people were hurt.",
             "d2": "The strike was an operation of the security service, a source said.",
             "d3": "Drones hit a plant far from the front."}
    view = shown_in_one_event(actor_disagreements, shown, texts, lambda doc: [f"Outlet {doc}"])
    assert view["kind"] == "actor"
    assert [(s["documents"], s["outlets"]) for s in view["sides"]] == [(["d1"], ["Outlet d1"]),
                                                                     (["d2"], ["Outlet d2"])]
    (sentence,) = view["sides"][0]["sentences"]
    assert texts["d1"][sentence[1]:sentence[2]] == "Unknown drones attacked the plant at dawn."


def test_two_events_or_one_report_telling_both_raise_nothing() -> None:
    texts = {"d1": "Unknown drones attacked the plant.", "d2": "The strike was an operation of the SBU."}
    assert actor_disagreements(texts, {"d1": "c1", "d2": "c2"}) == []
    both = {"d1": "Unknown drones attacked the plant. Later the SBU said the strike was its operation.",
            "d2": "Drones struck the plant."}
    assert actor_disagreements(both, {"d1": "c1", "d2": "c1"}) == []


def test_texts_are_read_only_for_clusters_where_an_attacker_is_called_unknown(any_workspace) -> None:  # type: ignore[no-untyped-def]
    from triangulate_factory import doc, put

    from claimgraph.triangulate.cluster_texts import texts_of_clusters_mentioning
    from claimgraph.triangulate.unknown_actors import UNKNOWN_STEMS

    a = doc("Невідомі БПЛА атакували завод.", lang="uk")
    b = doc("The strike was an operation of the security service.")
    c = doc("Talks went well in the capital.")
    put(any_workspace, a, b, c)
    texts = texts_of_clusters_mentioning(any_workspace.store, {a.id: "c1", b.id: "c1", c.id: "c2"}, UNKNOWN_STEMS)
    assert sorted(texts) == sorted([a.id, b.id])


def test_several_checks_are_served_by_one_scan_each_with_its_own_clusters(any_workspace) -> None:  # type: ignore[no-untyped-def]
    from triangulate_factory import doc, put

    from claimgraph.triangulate.cluster_texts import texts_for_checks

    a = doc("Unknown drones attacked the plant.")
    b = doc("The treaty will be signed in spring.")
    c = doc("Talks went well in the capital.")
    put(any_workspace, a, b, c)
    found = texts_for_checks(any_workspace.store, {a.id: "c1", b.id: "c2", c.id: "c2"},
                             [("unknown",), ("be signed",), (), ("no such words",)])
    assert [sorted(t) for t in found] == [[a.id], sorted([b.id, c.id]), [], []]
    assert found[0][a.id] == "Unknown drones attacked the plant."
