"""Figures reports of one event give for one counted thing: when two cannot both be right."""
from __future__ import annotations

from triangulate_factory import doc, event, put, sighting, time

from claimgraph.model import Document, Mention
from claimgraph.triangulate import triangulate_workspace
from claimgraph.triangulate.event_list import list_events
from claimgraph.triangulate.figures import figure_disagreements, figures_of
from claimgraph.workspace import Workspace


def figure(d: Document, text: str, normalized: str, label: str = "Quantity") -> Mention:
    """A quantity (or date) mention as extraction stores it; its sentence is the document's."""
    start = d.text.find(text)
    assert start >= 0, text
    return Mention(Mention.make_id(d.id, start, start + len(text), label), d.id, start, start + len(text),
                   text, label, sent_start=0, sent_end=len(d.text), normalized=normalized)


def _found(mentions: list[Mention], docs: list[Document], events: dict[str, str] | None = None) -> list[tuple]:
    event_of = events or {d.id: "evt-1" for d in docs}
    return sorted((d.kind, d.unit, tuple(sorted(f.says() for s in d.sides for f in s)))
                  for d in figure_disagreements(figures_of(mentions), event_of))


def test_two_counts_of_the_injured_from_two_reports_disagree() -> None:
    a, b = doc("Six people were injured in the strike."), doc("Seven people were hurt, officials said.")
    found = _found([figure(a, "Six", "6 people"), figure(b, "Seven", "7 people")], [a, b])
    assert found == [("count", "person", ("Seven", "Six"))]


def test_one_thing_counted_in_two_scripts_and_words_is_compared() -> None:
    a, b = doc("Пострадали шесть человек."), doc("Fourteen individuals were hurt.")
    found = _found([figure(a, "шесть", "6 человек"), figure(b, "Fourteen", "14 individual")], [a, b])
    assert [f[1] for f in found] == ["person"]


def test_the_same_figure_differently_worded_agrees() -> None:
    a, b = doc("About 1,500 kilometres from the border."), doc("It lies 1,520 km away.")
    assert _found([figure(a, "About 1,500 kilometres", "about 1500 kilometre"),
                   figure(b, "1,520 km", "1520 km")], [a, b]) == []


def test_one_number_told_with_and_without_a_qualifier_disagrees_on_the_qualifier() -> None:
    a, b, c = doc("Over 6,000 drones were ordered."), doc("6,000 drones were ordered."), doc("Some 6,000 drones.")
    mentions = [figure(a, "Over 6,000", "more than 6000 drone"), figure(b, "6,000", "6000 drone"),
                figure(c, "Some 6,000", "about 6000 drone")]
    assert [f[2] for f in _found(mentions, [a, b, c])] == [
        ("6,000", "Over 6,000"), ("6,000", "Some 6,000"), ("Over 6,000", "Some 6,000")]


def test_hedges_agree_with_each_other_and_with_a_nearby_number() -> None:
    a, b = doc("Some 1,000 containers arrived."), doc("About 1,000 containers arrived.")
    c = doc("It lies about 1,500 km away."), doc("It lies 1,520 km away.")
    assert _found([figure(a, "Some 1,000", "about 1000 container"),
                   figure(b, "About 1,000", "about 1000 container")], [a, b]) == []
    assert _found([figure(c[0], "about 1,500 km", "about 1500 km"), figure(c[1], "1,520 km", "1520 km")], list(c)) == []


def test_where_reports_give_another_number_a_hedge_stands_with_its_plain_number() -> None:
    a, b = doc("The factory is about 1,200 km from the front."), doc("The factory is 1,200 km away.")
    c = doc("The factory is 1,500 km from Ukraine.")
    mentions = [figure(a, "about 1,200 km", "about 1200 km"), figure(b, "1,200 km", "1200 km"),
                figure(c, "1,500 km", "1500 km")]
    (found,) = figure_disagreements(figures_of(mentions), {d.id: "evt-1" for d in (a, b, c)})
    assert sorted(len(side) for side in found.sides) == [1, 2]


def test_nearly_a_number_agrees_with_a_figure_just_under_it_but_not_with_more_than_it() -> None:
    a, b, c = doc("Nearly 80 agreements were signed."), doc("76 agreements were signed."), doc("Over 80 agreements.")
    mentions = [figure(a, "Nearly 80", "about 80 agreement"), figure(b, "76", "76 agreement"),
                figure(c, "Over 80", "more than 80 agreement")]
    found = _found(mentions, [a, b, c])
    assert ("number", "agree", ("Nearly 80", "Over 80")) in found
    assert not any(set(f[2]) == {"Nearly 80", "76"} for f in found)


def test_a_report_giving_both_figures_speaks_of_two_things() -> None:
    a = doc("Two people were wounded at the dormitory; six were injured in all.")
    b = doc("Six people were injured.")
    mentions = [figure(a, "Two", "2 people"), figure(a, "six", "6 people"), figure(b, "Six", "6 people")]
    assert _found(mentions, [a, b]) == []


def test_figures_of_two_stated_years_are_two_periods() -> None:
    a, b = doc("In 2023 the plant produced 2,738 drones."), doc("In 2024 the plant made 5,760 drones.")
    mentions = [figure(a, "2,738", "2738 drone"), figure(a, "2023", "2023", "Date"),
                figure(b, "5,760", "5760 drone"), figure(b, "2024", "2024", "Date")]
    assert _found(mentions, [a, b]) == []


def test_figures_far_apart_count_different_things() -> None:
    a, b = doc("A fire broke out 10 kilometres from the town."), doc("The plant is 1,200 km from Ukraine.")
    assert _found([figure(a, "10 kilometres", "10 kilometre"), figure(b, "1,200 km", "1200 km")], [a, b]) == []


def test_figures_of_two_events_are_not_compared() -> None:
    a, b = doc("Six people were injured."), doc("Seven people were injured elsewhere.")
    mentions = [figure(a, "Six", "6 people"), figure(b, "Seven", "7 people")]
    assert _found(mentions, [a, b], {a.id: "evt-1", b.id: "evt-2"}) == []


def test_a_day_of_a_month_money_and_a_bare_number_are_no_figures() -> None:
    a = doc("On 30 грудня officials paid $5 million for 134.")
    mentions = [figure(a, "30 грудня", "30 грудня"), figure(a, "$5 million", "5000000 USD", "Money"),
                figure(a, "134", "134")]
    assert figures_of(mentions) == []


def test_cyrillic_do_is_read_loosely_not_as_a_ceiling() -> None:
    a, b = doc("Число пострадавших увеличилось до 14 человек."), doc("Всего пострадавших 14 человек.")
    assert _found([figure(a, "до 14", "up to 14 человек"), figure(b, "14", "14 человек")], [a, b]) == []


def test_the_stage_keeps_an_events_figure_disagreements_with_both_sides(workspace: Workspace) -> None:
    a = doc("Drones hit the Alabuga zone on Tuesday; six people were injured, officials said.")
    b = doc("Drones hit the Alabuga zone on Tuesday, and seven people were injured.")
    day = time("2024-04-02")
    put(workspace, a, b, sighting(a, "Outlet One"), sighting(b, "Outlet Two"),
        event(a, "attack", day, "Alabuga", ["Alabuga"]), event(b, "attack", day, "Alabuga", ["Alabuga"]),
        figure(a, "six", "6 people"), figure(b, "seven", "7 people"))
    report = triangulate_workspace(workspace)
    assert report.figure_disagreements == 1
    (attack,) = [e for e in list_events(workspace.store) if a.id in e["documents"]]
    assert b.id in attack["documents"]
    (shown,) = attack["disagreements"]
    assert shown["kind"] == "count"
    assert sorted((s["says"], s["outlets"][0]) for s in shown["sides"]) == [("seven", "Outlet Two"),
                                                                          ("six", "Outlet One")]


def test_a_number_within_a_bound_agrees_two_bounds_of_one_direction_do_not() -> None:
    a, b = doc("Its drones fly up to 2,000 km."), doc("The plant lies 1,700 km from the front.")
    c, d = doc("It hit more than 250 people."), doc("It hit more than 300 people.")
    e = doc("Housing for roughly 41,000 workers.")
    f = doc("Housing for up to 40,000 workers.")
    assert _found([figure(a, "up to 2,000 km", "up to 2000 km"), figure(b, "1,700 km", "1700 km")], [a, b]) == []
    assert _found([figure(c, "more than 250", "more than 250 people"),
                   figure(d, "more than 300", "more than 300 people")], [c, d]) == [
        ("count", "person", ("more than 250", "more than 300"))]
    assert len(_found([figure(e, "roughly 41,000", "about 41000 worker"),
                       figure(f, "up to 40,000", "up to 40000 worker")], [e, f])) == 1
    g, h = doc("It lies over 1,300 kilometres away."), doc("Its drones fly up to 2,000 km.")
    assert _found([figure(g, "over 1,300 kilometres", "more than 1300 kilometre"),
                   figure(h, "up to 2,000 km", "up to 2000 km")], [g, h]) == []  # a floor under a ceiling


def test_a_cyrillic_do_left_outside_the_figure_still_loosens_it() -> None:
    a, b = doc("Завод мощностью до 100 тысяч дронов в год."), doc("A plant for more than 100,000 drones a year.")
    ru = figure(a, "100 тысяч", "100000 дрон")
    mentions = [ru, figure(b, "more than 100,000", "more than 100000 drone")]
    assert len(figure_disagreements(figures_of(mentions), {a.id: "e", b.id: "e"})) == 1
    assert figure_disagreements(figures_of(mentions, {ru.id: "стью до "}), {a.id: "e", b.id: "e"}) == []


def test_a_bound_that_holds_its_own_number_stands_with_it_where_another_number_is_in_question() -> None:
    a, b = doc("Pyongyang may send up to 12,000 soldiers."), doc("Four brigades totalling 12,000 soldiers.")
    c, d = doc("More than 12,000 soldiers are ready."), doc("It may send 10,000 soldiers.")
    mentions = [figure(a, "up to 12,000", "up to 12000 soldier"), figure(b, "12,000", "12000 soldier")]
    assert [f[2] for f in _found(mentions, [a, b])] == [("12,000", "up to 12,000")]
    other = figure(d, "10,000", "10000 soldier")
    assert not any(set(f[2]) == {"12,000", "up to 12,000"} for f in _found([*mentions, other], [a, b, d]))
    found = _found([*mentions[1:], figure(c, "More than 12,000", "more than 12000 soldier")], [b, c])
    assert [f[2] for f in found] == [("12,000", "More than 12,000")]


def _with_sentences(mentions: list[Mention], docs: list[Document]) -> list:
    texts = {d.id: d.text for d in docs}
    return figures_of(mentions, sentences={m.id: (0, texts[m.document_id]) for m in mentions})


def test_a_count_of_people_in_hospital_is_not_a_count_of_the_injured() -> None:
    a = doc("Later, officials said three people were hospitalised after the attack.")
    b = doc("The strike caused injuries to six individuals, with three of them needing hospital care.")
    d = doc("В больнице остаются шесть человек.")
    mentions = [figure(a, "three people", "3 people"), figure(b, "six individuals", "6 individual")]
    event_of = {x.id: "e" for x in (a, b, d)}
    assert figure_disagreements(_with_sentences(mentions, [a, b]), event_of) == []
    (hospital,) = figure_disagreements(_with_sentences(
        [figure(a, "three people", "3 people"), figure(d, "шесть человек", "6 человек")], [a, d]), event_of)
    assert hospital.kind == "count" and hospital.unit == "person hospital"


def test_places_a_report_names_in_passing_are_no_counted_thing() -> None:
    a, b = doc("Four regions of the country were targeted by drones."), doc("It borders on eight regions.")
    assert _found([figure(a, "Four regions", "4 region"), figure(b, "eight regions", "8 region")], [a, b]) == []


def test_a_monthly_rate_is_not_a_total_and_a_report_repeating_its_number_means_the_rate() -> None:
    a = doc("The army now uses about 500 drones per month; approximately 500 drones hit targets.")
    b = doc("More than 1,500 drones had been delivered by April.")
    c = doc("It launches some 700 drones a month.")
    rate = figure(a, "about 500", "about 500 drone /month")
    again = figure(a, "approximately 500", "about 500 drone")
    total = figure(b, "More than 1,500", "more than 1500 drone")
    assert _found([rate, again, total], [a, b]) == []
    assert _found([rate, figure(c, "some 700", "about 700 drone /month")], [a, c]) == [
        ("number", "drone /month", ("about 500", "some 700"))]


def test_drones_counted_in_polish_german_and_english_are_one_thing() -> None:
    a, b = doc("Nad Polską zestrzelono 4 drony."), doc("Drei Drohnen wurden abgeschossen, sagte die Armee.")
    c = doc("Three drones were shot down.")
    found = _found([figure(a, "4 drony", "4 drony"), figure(b, "Drei Drohnen", "3 drohnen"),
                    figure(c, "Three drones", "3 drones")], [a, b, c])
    assert [f[1] for f in found] == ["drone"]
    assert found[0][2] == ("4 drony", "Drei Drohnen", "Three drones")


def test_a_distance_with_a_compass_direction_places_something_and_measures_no_flight() -> None:
    a = doc("The drone flew nearly 10 km into the country, officials said.")
    b = doc("Radar lost the drone 20 km southwest of the village.")
    c = doc("Дрон исчез с радаров в 25 км юго-западнее села.")
    into, placed = figure(a, "nearly 10 km", "10 km"), figure(b, "20 km", "20 km")
    assert figure_disagreements(_with_sentences([into, placed], [a, b]), {a.id: "e", b.id: "e"}) == []
    (d,) = figure_disagreements(_with_sentences([placed, figure(c, "25 км", "25 км")], [b, c]),
                                {b.id: "e", c.id: "e"})
    assert d.unit == "kilom place"


def test_a_count_added_to_one_told_before_is_no_total() -> None:
    a = doc("Six drones crossed the border. Later radars saw five more drones over the north.")
    b, c = doc("Four drones crossed the border."), doc("Ещё пять беспилотников пролетели над севером.")
    mentions = [figure(a, "Six", "6 drone"), figure(a, "five", "5 drone"), figure(b, "Four", "4 drone"),
                figure(c, "пять", "5 беспилотник")]
    found = _found(mentions, [a, b, c])
    assert [f[2] for f in _with_sentences_found(mentions, [a, b, c])] == [("Four", "Six")]
    assert found  # without sentences the words around a count are unknown


def _with_sentences_found(mentions: list[Mention], docs: list[Document]) -> list[tuple]:
    return sorted((d.kind, d.unit, tuple(sorted(f.says() for s in d.sides for f in s)))
                  for d in figure_disagreements(_with_sentences(mentions, docs), {x.id: "evt-1" for x in docs}))


def test_the_numbers_a_report_states_are_read_from_its_quantities() -> None:
    from claimgraph.triangulate.figures import numbers_stated, states_number

    a = doc("Between 8,000 and 10,000 drones and about 15,000 decoys.")
    mentions = [figure(a, "8,000 and 10,000 drones", "8000-10000 drone"),
                figure(a, "about 15,000 decoys", "about 15000 decoy")]
    numbers = numbers_stated(mentions)[a.id]
    assert states_number(numbers, 9000) and states_number(numbers, 15100) and not states_number(numbers, 12000)


def test_a_report_hedging_its_own_figure_stands_with_the_hedge() -> None:
    a = doc("Around 3,000 engineers will go, the agency said. The minister said: three thousand engineers.")
    b, c = doc("The country will send 3,000 engineers."), doc("Officials confirmed 3,000 engineers will be sent.")
    mentions = [figure(a, "Around 3,000 engineers", "about 3000 engineer"),
                figure(a, "three thousand engineers", "3000 engineer"),
                figure(b, "3,000 engineers", "3000 engineer"), figure(c, "3,000 engineers", "3000 engineer")]
    (found,) = figure_disagreements(figures_of(mentions), {d.id: "evt-1" for d in (a, b, c)})
    hedged, plain = sorted(found.sides, key=lambda side: side[0].bound != "~")
    assert [f.document_id for f in hedged] == [a.id]
    assert sorted(f.document_id for f in plain) == sorted([b.id, c.id])
    two_numbers = [figure(a, "Around 3,000 engineers", "about 3000 engineer"), figure(b, "3,000 engineers", "3000 engineer"),
                   figure(c, "3,000 engineers", "3800 engineer")]
    assert all(d.reason.endswith("different number")
               for d in figure_disagreements(figures_of(two_numbers), {d.id: "evt-1" for d in (a, b, c)}))


def test_a_name_in_capitals_says_nothing_of_what_a_count_measures() -> None:
    a = doc("По данным канала DESTROYER, по порту выпустили около пяти ракет.", lang="ru")
    (f,) = _with_sentences([figure(a, "около пяти", "about 5 ракет")], [a])
    assert f.unit == "missile"


def test_the_noun_of_another_number_does_not_measure_the_next_one() -> None:
    a = doc("Из 30 раненых 12 человек доставлены в больницу.", lang="ru")
    b = doc("Of the 30 injured, 12 people were taken to hospital.")
    for d in (a, b):
        twelve = figure(d, "12", "12 people")
        (f,) = _with_sentences([twelve], [d])
        assert f.unit == "person hospital"


def test_a_count_of_the_hurt_said_to_be_in_hospital_counts_both() -> None:
    a = doc("The mayor said that 14 people injured in the fire were hospitalised overnight.")
    (hurt, hospital) = _with_sentences([figure(a, "14", "14 people")], [a])
    assert (hurt.unit, hospital.unit) == ("person", "person hospital")
    b = doc("The mayor said 14 people were injured and some of them were hospitalised.")
    assert [f.unit for f in _with_sentences([figure(b, "14", "14 people")], [b])] == ["person"]


def test_a_report_bounding_its_own_figure_stands_with_the_bound() -> None:
    # a headline says "up to", the body gives the plain number: the report qualifies its figure
    a = doc("The country may send up to 9,000 builders. It is looking to send 9,000 builders to the plant.")
    b, c = doc("The country will send 9,000 builders."), doc("Officials said 9,000 builders will go.")
    mentions = [figure(a, "up to 9,000 builders", "up to 9000 builder"),
                figure(a, "9,000 builders to", "9000 builder"),
                figure(b, "9,000 builders", "9000 builder"), figure(c, "9,000 builders", "9000 builder")]
    (found,) = figure_disagreements(figures_of(mentions), {d.id: "evt-1" for d in (a, b, c)})
    bounded, plain = sorted(found.sides, key=lambda side: side[0].bound != "<")
    assert [f.document_id for f in bounded] == [a.id]
    assert sorted(f.document_id for f in plain) == sorted([b.id, c.id])


def test_missiles_to_be_sent_are_counted_as_a_supply_in_every_form_of_the_verb() -> None:
    # a headline "plans to send" and a body "to be shipped" tell one supply; a plant's output is
    # another count of the same missiles
    a = doc("The state plans to send up to 900 missiles abroad.")
    b = doc("Держава планує відправити 1200 ракет за кордон.")
    c = doc("The plant will make 500 missiles this year.")
    mentions = [figure(a, "up to 900 missiles", "up to 900 missiles"), figure(b, "1200 ракет", "1200 ракет"),
                figure(c, "500 missiles", "500 missiles")]
    texts = {d.id: d.text for d in (a, b, c)}
    figures = figures_of(mentions, sentences={m.id: (0, texts[m.document_id]) for m in mentions})
    assert [f.unit for f in figures] == ["missile supply", "missile supply", "missile"]
    (found,) = figure_disagreements(figures, {d.id: "evt-1" for d in (a, b, c)})
    assert found.unit == "missile supply"
