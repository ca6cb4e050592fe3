"""Dates that reports of one event state differently for it."""
from __future__ import annotations

from triangulate_factory import doc

from claimgraph.model import Document, Event, TimeRef
from claimgraph.triangulate.event_dates import date_disagreements, shown, stated_day


def dated(d: Document, type_: str, said: str, iso: str, precision: str = "day") -> Event:
    """A main event whose sentence is the whole document, dated by the words ``said``."""
    return Event(Event.make_id(d.id, 0, type_), d.id, type_, time=TimeRef(iso, iso, precision, said),
                 start=0, end=len(d.text))


def _found(events: list[Event], docs: list[Document], cluster: str = "c1") -> list[tuple[tuple[str, ...], ...]]:
    texts = {d.id: d.text for d in docs}
    out = date_disagreements([(e, cluster) for e in events], texts.get)
    return [tuple(tuple(sorted(r.day.isoformat() for r in side)) for side in x.sides) for x in out]


def test_two_days_for_one_approval_disagree() -> None:
    a = doc("The Council approved the package on 24 June.")
    b = doc("On June 20th, member states approved the package.")
    c = doc("Ministers approved the package on Monday, 24 June.")
    found = _found([dated(a, "sanction", "24 June", "2024-06-24"), dated(b, "sanction", "June 20th", "2024-06-20"),
                    dated(c, "sanction", "Monday, 24 June", "2024-06-24")], [a, b, c])
    assert found == [(("2024-06-20",), ("2024-06-24", "2024-06-24"))]


def test_a_date_from_the_page_date_line_or_outside_the_sentence_is_not_the_event_date() -> None:
    a = doc("date 2025-12-18 The system goes on duty.")
    b = doc("The system went on duty on 17 December.")
    c = doc("The system went on duty. It was 19 December.")
    e_a = dated(a, "deployment", "2025-12-18", "2025-12-18")
    e_c = Event(Event.make_id(c.id, 0, "deployment"), c.id, "deployment",
                time=TimeRef("2025-12-19", "2025-12-19", "day", "19 December"), start=0, end=24)
    assert stated_day(e_a, a.text) is None
    assert stated_day(e_c, c.text) is None
    assert _found([e_a, dated(b, "deployment", "17 December", "2025-12-17"), e_c], [a, b, c]) == []


def test_generic_events_clash_only_on_neighbouring_days_typed_ones_within_a_week() -> None:
    a, b = doc("Missiles struck the city on 30 December."), doc("Missiles struck the city on 2 January.")
    generic = [dated(a, "other", "30 December", "2023-12-30"), dated(b, "other", "2 January", "2024-01-02")]
    assert _found(generic, [a, b]) == []
    typed = [dated(a, "sanction", "30 December", "2023-12-30"), dated(b, "sanction", "2 January", "2024-01-02")]
    assert len(_found(typed, [a, b])) == 1
    c = doc("The treaty was signed on 2 March.")
    far = [dated(a, "agreement", "30 December", "2023-12-30"), dated(c, "agreement", "2 March", "2024-03-02")]
    assert _found(far, [a, c]) == []


def test_two_types_two_clusters_or_a_month_are_not_compared() -> None:
    a, b = doc("They met on 5 May."), doc("The deal was signed on 6 May.")
    assert _found([dated(a, "meeting", "5 May", "2024-05-05"), dated(b, "agreement", "6 May", "2024-05-06")],
                  [a, b]) == []
    apart = date_disagreements([(dated(a, "meeting", "5 May", "2024-05-05"), "c1"),
                                (dated(b, "meeting", "6 May", "2024-05-06"), "c2")],
                               {a.id: a.text, b.id: b.text}.get)
    assert apart == []
    c = doc("They met in May.")
    assert _found([dated(a, "meeting", "5 May", "2024-05-05"), dated(c, "meeting", "May", "2024-05", "month")],
                  [a, c]) == []


def test_many_days_in_one_story_are_many_occasions() -> None:
    docs = [doc(f"A visit took place on {d} March.") for d in (1, 2, 3, 4)]
    events = [dated(d, "visit", f"{i} March", f"2024-03-0{i}") for i, d in zip((1, 2, 3, 4), docs)]
    assert _found(events, docs) == []


def test_a_disagreement_shows_each_side_with_its_sentence_and_outlets() -> None:
    a, b = doc("The Council approved it on 24 June."), doc("States approved it on June 20th.")
    (d,) = date_disagreements([(dated(a, "sanction", "24 June", "2024-06-24"), "c1"),
                               (dated(b, "sanction", "June 20th", "2024-06-20"), "c1")],
                              {a.id: a.text, b.id: b.text}.get)
    view = shown(d, lambda doc_id: ["Outlet A"] if doc_id == a.id else ["Outlet B"])
    assert view["kind"] == "date" and view["about"] == "date of the sanction"
    assert [(s["says"], s["outlets"]) for s in view["sides"]] == [("2024-06-20 (June 20th)", ["Outlet B"]),
                                                                  ("2024-06-24 (24 June)", ["Outlet A"])]
    assert view["sides"][1]["sentences"] == [(a.id, 0, len(a.text))]


def test_an_announcement_and_a_generic_occurrence_a_day_apart_disagree() -> None:
    a = doc("The system went on duty on 17 December.")
    b = doc("The president confirmed on 18 December that the system is on duty.")
    found = _found([dated(a, "other", "17 December", "2025-12-17"),
                    dated(b, "announcement", "18 December", "2025-12-18")], [a, b])
    assert found == [(("2025-12-17",), ("2025-12-18",))]


def test_a_statement_denying_the_occasion_is_an_answer_dated_to_its_own_day() -> None:
    a = doc("Two patrol boats crossed the maritime border on 3 March.")
    b = doc("The navy denied on 4 March that its boats had crossed the border.")
    events = [dated(a, "other", "3 March", "2025-03-03"), dated(b, "announcement", "4 March", "2025-03-04")]
    texts = {d.id: d.text for d in (a, b)}
    assert len(date_disagreements([(e, "c1") for e in events], texts.get)) == 1
    assert date_disagreements([(e, "c1") for e in events], texts.get, denies=lambda e: e.document_id == b.id) == []


def test_a_report_dating_its_occasion_only_by_the_page_takes_the_day_another_of_its_events_states() -> None:
    a = doc("The system went on duty on 17 December.")
    b = doc("date 2025-12-18 The system goes on duty. The president said so on 18 December.")
    main_b = dated(b, "other", "2025-12-18", "2025-12-18")
    said = Event(Event.make_id(b.id, 40, "announcement"), b.id, "announcement",
                 time=TimeRef("2025-12-18", "2025-12-18", "day", "18 December"), start=40, end=len(b.text))
    texts = {a.id: a.text, b.id: b.text}
    (d,) = date_disagreements([(dated(a, "other", "17 December", "2025-12-17"), "c1"), (main_b, "c1")],
                              texts.get, lambda doc: [main_b, said] if doc == b.id else [])
    assert [(r.document_id, r.start) for r in d.sides[1]] == [(b.id, 40)]
    assert date_disagreements([(dated(a, "other", "17 December", "2025-12-17"), "c1"), (main_b, "c1")],
                              texts.get) == []


def test_a_day_after_after_dates_the_earlier_occasion_not_the_event() -> None:
    a = doc("The ministry summoned the envoy after drones crossed the border on 25 November.")
    b = doc("The ministry will summon the envoy on 26 November.")
    c = doc("После пролета дронов 25 ноября МИД вызвал посла.")
    events = [dated(a, "meeting", "25 November", "2025-11-25"), dated(b, "meeting", "26 November", "2025-11-26"),
              dated(c, "meeting", "25 ноября", "2025-11-25")]
    assert stated_day(events[0], a.text) is None and stated_day(events[2], c.text) is None
    assert _found(events, [a, b, c]) == []


def test_a_day_the_sentence_gives_to_two_kinds_of_occasion_dates_neither_for_sure() -> None:
    a = doc("The ministry summoned the envoy over the incursion by drones on 25 November.")
    b = doc("The envoy was summoned on 26 November.")
    meeting, incursion = dated(a, "meeting", "25 November", "2025-11-25"), dated(a, "other", "25 November", "2025-11-25")
    others = {a.id: [meeting, incursion]}
    out = date_disagreements([(meeting, "c1"), (dated(b, "meeting", "26 November", "2025-11-26"), "c1")],
                             {a.id: a.text, b.id: b.text}.get, lambda doc: others.get(doc, ()))
    assert out == []


def test_neighbouring_days_of_one_visit_are_its_arrival_and_its_talks() -> None:
    a, b = doc("The president arrived in the capital on 18 June."), doc("The president held talks there on 19 June.")
    c = doc("The president visited the capital on 24 June.")
    found = _found([dated(a, "visit", "18 June", "2024-06-18"), dated(b, "visit", "19 June", "2024-06-19"),
                    dated(c, "visit", "24 June", "2024-06-24")], [a, b, c])
    assert found == [(("2024-06-18",), ("2024-06-24",)), (("2024-06-19",), ("2024-06-24",))]


def test_a_figure_date_or_an_agency_dateline_at_the_head_of_the_sentence_is_not_the_event_date() -> None:
    a = doc("04.02.2024 Anna Smith, River TV 512The two leaders met at the port of Split.")
    b = doc("ZAGREB, Feb. 4 (Reuters) - The two leaders met at the port of Split.")
    c = doc("The two leaders met at the port of Split on 3 February.")
    e_a = dated(a, "meeting", "04.02.2024", "2024-02-04")
    e_b = dated(b, "meeting", "Feb. 4", "2024-02-04")
    assert stated_day(e_a, a.text) is None and stated_day(e_b, b.text) is None
    assert _found([e_a, e_b, dated(c, "meeting", "3 February", "2024-02-03")], [a, b, c]) == []
