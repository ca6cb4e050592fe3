"""Which office reports of one event credit with one figure."""
from __future__ import annotations

from claimgraph.triangulate.figures import Figure
from claimgraph.triangulate.figure_offices import office_disagreements, offices_in, shown


def _figure(doc: str, text: str, said: str, value: float, unit: str = "drone") -> tuple[Figure, str]:
    start = text.find(said)
    return Figure(doc, start, start + len(said), said, value, None, None, "", unit, (0, len(text))), text


def _found(items: list[tuple[Figure, str]], clusters: dict[str, str] | None = None) -> list:
    figures = [f for f, _ in items]
    sentence_of = {(f.document_id, f.start): text for f, text in items}
    cluster_of = clusters or {f.document_id: "c1" for f in figures}
    return office_disagreements(figures, sentence_of, cluster_of)


def test_offices_are_named_in_several_languages() -> None:
    assert offices_in("According to the Defence Ministry, six drones crossed.") == {"the defence ministry"}
    assert offices_in("МИД Молдавии вызвал посла.") == {"the foreign ministry"}
    assert offices_in("Ukrainian intelligence said the drone flew for an hour.") == {"intelligence"}
    assert offices_in("Six drones crossed the border.") == set()


def test_one_figure_credited_to_two_offices_by_two_reports_is_an_actor_disagreement() -> None:
    items = [_figure("d1", "The defence ministry said six drones crossed the border.", "six", 6),
             _figure("d2", "The foreign ministry protested the flight of six drones.", "six", 6),
             _figure("d3", "Six drones crossed the border overnight.", "Six", 6)]
    (found,) = _found(items)
    view = shown(found)
    assert view["kind"] == "actor" and [s["documents"] for s in view["sides"]] == [["d1"], ["d2"]]


def test_a_report_naming_both_offices_other_figures_or_other_events_raise_nothing() -> None:
    both = [_figure("d1", "The defence ministry and the foreign ministry counted six drones.", "six", 6),
            _figure("d2", "The foreign ministry protested the flight of six drones.", "six", 6)]
    assert _found(both) == []
    other = [_figure("d1", "The defence ministry said six drones crossed the border.", "six", 6),
             _figure("d2", "The foreign ministry said four drones crossed.", "four", 4)]
    assert _found(other) == []
    apart = [_figure("d1", "The defence ministry said six drones crossed the border.", "six", 6),
             _figure("d2", "The foreign ministry protested the flight of six drones.", "six", 6)]
    assert _found(apart, {"d1": "c1", "d2": "c2"}) == []
