"""The ledger across reports: one row per statement, and disagreements by kind with both sides."""
from __future__ import annotations

from triangulate_factory import claim, doc, sighting, time

from claimgraph.model import Claim, Document
from claimgraph.triangulate.align import Variant, align_claims, compare, with_member_modality
from claimgraph.triangulate.disagreements import find_disagreements
from claimgraph.triangulate.inputs import DocInfo, Inputs
from claimgraph.triangulate.ledger import build_ledger


def _inputs(docs: list[Document], claims: list[Claim], outlets: list[str], event: str = "evt-1") -> Inputs:
    inputs = Inputs()
    for d, outlet in zip(docs, outlets):
        inputs.documents[d.id] = DocInfo(d.id, d.title, d.published, d.lang)
        inputs.sightings.append(sighting(d, outlet))
    inputs.claims = claims
    inputs.event_of = {d.id: event for d in docs}
    return inputs


def _kinds(claims: list[Claim], docs: list[Document]) -> list[str]:
    events = {d.id: "evt-1" for d in docs}
    return sorted(d.kind for d in find_disagreements(align_claims(claims, event_of=events), events))


def test_one_figure_from_six_reports_is_one_row_whatever_subject_each_report_names() -> None:
    # six reports of one plant offer give its capacity; they name Moscow, Russia or Belarus as
    # the subject, one writes in Russian, one states it as a plan
    docs = [doc(f"Report {i} on the plant capacity.") for i in range(6)]
    subjects = ["Moscow", "Russia", "Belarus", "Россия", "Russia", "Moscow"]
    claims = [claim(s, "capacity", doc=d, value=100000, qualifier="up to", rate="year",
                    unit="drones" if i != 3 else "дронов", modality="plan" if i == 4 else "fact")
              for i, (s, d) in enumerate(zip(subjects, docs))]
    rows, _ = build_ledger(_inputs(docs, claims, [f"Outlet {i}" for i in range(6)]))
    (row,) = rows
    assert row["supports"] == {"documents": 6, "sentences": 6, "outlets": 6}
    assert not row["contested"]


def test_one_figure_in_two_events_stays_two_rows() -> None:
    a, b = doc("A plant in one country makes 100,000 a year."), doc("Another plant elsewhere makes 100,000.")
    claims = [claim("Plant A", "capacity", doc=a, value=100000), claim("Plant B", "capacity", doc=b, value=100000)]
    inputs = _inputs([a, b], claims, ["One", "Two"])
    inputs.event_of = {a.id: "evt-1", b.id: "evt-2"}
    assert len(build_ledger(inputs)[0]) == 2


def test_two_lower_bounds_from_two_outlets_are_a_number_disagreement_with_both_sides() -> None:
    a, b, c = doc("He has visited more than 5 times."), doc("More than 6 visits so far."), doc("At least 12 visits.")
    claims = [claim("Lukashenko", "visited", "Russia", doc=a, value=5, qualifier="more than", unit="visits"),
              claim("Lukashenko", "visited", "Russia", doc=b, value=6, qualifier="more than", unit="visits"),
              claim("Lukashenko", "visited", "Russia", doc=c, value=12, qualifier="at least", unit="visits")]
    rows, _ = build_ledger(_inputs([a, b, c], claims, ["Pozirk", "Zerkalo", "Nasha Niva"]))
    five = next(r for r in rows if r["value"] == 5)
    assert five["contest_kinds"] == ["number"]
    sides = {s["says"]: s["outlets"] for d in five["disagreements"] for s in d["sides"]}
    assert sides == {"more than 5 visits": ["Pozirk"], "more than 6 visits": ["Zerkalo"],
                     "at least 12 visits": ["Nasha Niva"]}


def test_a_number_inside_a_stated_range_is_no_disagreement() -> None:
    a, b = doc("Between 50 and 80 drones a day."), doc("Some 60 drones a day.")
    claims = [claim("Army", "produces", doc=a, value=80, value_min=50, value_max=80),
              claim("Army", "produces", doc=b, value=60, qualifier="about")]
    assert _kinds(claims, [a, b]) == []


def test_money_and_a_count_are_different_quantities() -> None:
    a, b = doc("2,000 drones at first."), doc("Worth one billion dollars.")
    claims = [claim("Plant", "produces", doc=a, value=2000, unit="drones"),
              claim("Plant", "produces", doc=b, value=1e9, unit="USD")]
    assert _kinds(claims, [a, b]) == []


def test_one_report_giving_both_figures_speaks_of_two_things() -> None:
    a = doc("Up to 100,000 a year; 2,000 farm drones in the first stage.")
    b = doc("Up to 100,000 drones a year.")
    claims = [claim("Plant", "capacity", doc=a, value=100000, sentence="Up to 100,000 a year"),
              claim("Plant", "capacity", doc=a, value=2000, sentence="2,000 farm drones in the first stage"),
              claim("Plant", "capacity", doc=b, value=100000)]
    assert _kinds(claims, [a, b]) == []


def test_two_dates_of_one_opening_are_a_date_disagreement() -> None:
    a, b = doc("The plant opened in February 2025."), doc("The plant starts work from 2026.")
    claims = [claim("Plant", "produces", doc=a, when=time("2025-02-01", "month")),
              claim("Plant", "produces", doc=b, when=time("2026-01-01", "year"))]
    assert _kinds(claims, [a, b]) == ["date"]


def test_two_counts_of_sanctioned_companies_are_a_count_disagreement() -> None:
    a, b = doc("Twelve companies were sanctioned."), doc("Fifteen companies were sanctioned.")
    claims = [claim("Belarusian companies", "sanctioned_by", "United States", doc=a, value=12, unit="companies"),
              claim("Belarusian companies", "sanctioned_by", "United States", doc=b, value=15, unit="companies")]
    assert _kinds(claims, [a, b]) == ["count"]


def test_two_bodies_named_as_acting_by_different_reports_are_an_actor_disagreement() -> None:
    a, b = doc("The State Department sanctioned the plant."), doc("The Treasury sanctioned the plant.")
    claims = [claim("Plant", "sanctioned_by", "State Department", doc=a),
              claim("Plant", "sanctioned_by", "Treasury", doc=b)]
    rows, _ = build_ledger(_inputs([a, b], claims, ["Outlet A", "Outlet B"]))
    assert all(r["contest_kinds"] == ["actor"] for r in rows)
    sides = rows[0]["disagreements"][0]["sides"]
    assert {s["object"] for s in sides} == {"State Department", "Treasury"}


def test_a_report_naming_both_bodies_and_a_state_are_no_actor_disagreement() -> None:
    a, b = doc("The State Department and the Treasury sanctioned the plant."), doc("The Treasury acted.")
    c = doc("The United States sanctioned the plant.")
    claims = [claim("Plant", "sanctioned_by", "State Department", doc=a),
              claim("Plant", "sanctioned_by", "Treasury", doc=a, sentence="the Treasury sanctioned"),
              claim("Plant", "sanctioned_by", "Treasury", doc=b),
              claim("Plant", "sanctioned_by", "United States", doc=c)]
    assert _kinds(claims, [a, b, c]) == []


def test_an_offer_told_as_a_plan_by_another_report_is_a_modality_disagreement() -> None:
    a, b = doc("Russia offered to build a drone plant in Belarus."), doc("Russia will build a drone plant in Belarus.")
    claims = [claim("Russia", "offers_to_build", "Belarus", doc=a, modality="offer"),
              claim("Russia", "offers_to_build", "Belarus", doc=b, modality="plan")]
    assert _kinds(claims, [a, b]) == ["modality"]


def test_bodies_of_two_different_unions_or_an_outlet_are_no_actor_disagreement() -> None:
    a, b = doc("The Council of the European Union listed the plant."), doc("The United States Treasury listed it.")
    c = doc("Interfax said the plant was listed.")
    claims = [claim("Plant", "sanctioned_by", "Council of the European Union", doc=a),
              claim("Plant", "sanctioned_by", "United States Treasury", doc=b),
              claim("Plant", "sanctioned_by", "Interfax", doc=c)]
    events = {d.id: "evt-1" for d in (a, b, c)}
    found = find_disagreements(align_claims(claims, event_of=events), events, lambda name: name == "Interfax")
    assert found == []


def test_a_ceiling_and_a_plain_figure_of_one_number_are_a_number_disagreement() -> None:
    a, b, c = doc("Up to 100,000 drones a year."), doc("100,000 drones a year."), doc("About 100,000 a year.")
    claims = [claim("Plant", "capacity", doc=a, value=100000, qualifier="up to"),
              claim("Plant", "capacity", doc=b, value=100000),
              claim("Plant", "capacity", doc=c, value=100000, qualifier="about")]
    rows, _ = build_ledger(_inputs([a, b, c], claims, ["One", "Two", "Three"]))
    assert len(rows) == 3  # the only number of the topic: each qualifier is its own row
    ceiling = next(r for r in rows if r["qualifier"] == "up to")
    assert ceiling["contest_kinds"] == ["number"]
    assert "different qualifier" in ceiling["differing"][0]["reasons"][0]
    d = doc("Some 300,000 a year.")
    rows, _ = build_ledger(_inputs([a, b, c, d], [*claims, claim("Plant", "capacity", doc=d, value=300000)],
                                   ["One", "Two", "Three", "Four"]))
    assert len(rows) == 3  # another number near it: "about 100,000" stands with the plain one


def test_a_plan_and_a_fact_in_reports_of_two_events_are_two_occasions() -> None:
    a, b = doc("The two leaders will meet in June."), doc("The two leaders met in Minsk.")
    claims = [claim("Putin", "met_with", "Lukashenko", doc=a, modality="plan"),
              claim("Putin", "met_with", "Lukashenko", doc=b, modality="fact")]
    events = {a.id: "evt-1", b.id: "evt-2"}
    assert find_disagreements(align_claims(claims, event_of=events), events) == []
    signed = [claim("Russia", "cooperates_with", "Belarus", doc=a, modality="plan"),
              claim("Russia", "cooperates_with", "Belarus", doc=b, modality="fact")]
    assert _kinds(signed, [a, b]) == ["modality"]  # one event: a plan against a fact


def test_a_denial_told_of_another_event_denies_nothing_this_event_reports() -> None:
    a = doc("The sanctions name two Chinese firms that supply drone engines to Russia.")
    b = doc("Beijing's spokesman denied that China supplies weapons to Russia.")
    claims = [claim("China", "supplies_to", "Russia", doc=a),
              claim("China", "supplies_to", "Russia", doc=b, modality="denial")]
    apart = {a.id: "evt-1", b.id: "evt-2"}
    assert find_disagreements(align_claims(claims, event_of=apart), apart) == []


def test_two_supply_figures_told_of_two_events_are_two_deliveries() -> None:
    a, b = doc("North Korea shipped 1,000 containers to Russia."), doc("North Korea shipped 300 shells to Russia.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, value=1000),
              claim("North Korea", "supplies_to", "Russia", doc=b, value=300)]
    apart = {a.id: "evt-1", b.id: "evt-2"}
    assert find_disagreements(align_claims(claims, event_of=apart), apart) == []
    assert _kinds(claims, [a, b]) == ["number"]  # one event: one delivery told two ways


def test_a_party_denying_an_allegation_is_the_story_not_a_disagreement_between_outlets() -> None:
    a = doc("The White House said Iran is shipping drones to Russia.")
    b, c = doc("Tehran denied shipping drones to Russia."), doc("No drones were shipped to Russia, the report found.")
    alleged = claim("Iran", "supplies_to", "Russia", doc=a, modality="claim", attributed_to="White House")
    denied = claim("Iran", "supplies_to", "Russia", doc=b, modality="denial", attributed_to="Tehran")
    assert _kinds([alleged, denied], [a, b]) == []
    own_voice = claim("Drone maker", "supplies_to", "Russia", doc=c, modality="denial")
    told = claim("Drone maker", "supplies_to", "Russia", doc=a)
    assert _kinds([told, own_voice], [a, c]) == ["denial"]


def test_a_report_that_denies_and_affirms_is_no_denier() -> None:
    a = doc("The talks happened. A spokesman later denied any talks.")
    b = doc("The talks are planned.")
    claims = [claim("Russia", "cooperates_with", "Iran", doc=a, sentence="The talks happened."),
              claim("Russia", "cooperates_with", "Iran", doc=a, modality="denial", sentence="A spokesman later"),
              claim("Russia", "cooperates_with", "Iran", doc=b, modality="plan")]
    assert "denial" not in _kinds(claims, [a, b])


def test_one_report_quoting_two_sources_on_one_figure_reports_a_disagreement() -> None:
    a = doc("The envoy spoke of 100,000 drones; a ministry source put it at 2,000.")
    b = doc("Up to 100,000 drones a year.")
    claims = [claim("Plant", "capacity", doc=a, value=100000, attributed_to="the envoy", sentence="The envoy"),
              claim("Plant", "capacity", doc=a, value=2000, attributed_to="a ministry source", sentence="a ministry"),
              claim("Plant", "capacity", doc=b, value=100000)]
    assert _kinds(claims, [a, b]) == ["number"]


def test_one_report_with_a_quoted_plan_and_its_own_fact_is_no_modality_disagreement() -> None:
    a = doc("The treaty was signed. The president said both would work together.")
    b = doc("The treaty was signed in Pyongyang.")
    claims = [claim("Russia", "cooperates_with", "North Korea", doc=a, sentence="The treaty was signed."),
              claim("Russia", "cooperates_with", "North Korea", doc=a, modality="plan", attributed_to="the president",
                    sentence="The president said"),
              claim("Russia", "cooperates_with", "North Korea", doc=b)]
    assert _kinds(claims, [a, b]) == []


def test_two_figures_of_one_plant_in_two_stated_years_are_two_periods() -> None:
    a, b = doc("In 2023 the plant produced 2,738 drones."), doc("Over 6,000 drones were produced there in 2024.")
    claims = [claim("Plant", "produces", doc=a, value=2738, unit="drones", when=time("2023-01-01", "year")),
              claim("Plant", "produces", doc=b, value=6000, qualifier="more than", unit="drones",
                    when=time("2024-01-01", "year"))]
    assert _kinds(claims, [a, b]) == []


def test_two_deliveries_on_two_dates_are_no_date_disagreement() -> None:
    a, b = doc("In October the North sent munitions to Russia."), doc("Missiles were handed over on 30 December.")
    claims = [claim("North Korea", "supplies_to", "Russia", doc=a, when=time("2023-10-01", "month")),
              claim("North Korea", "supplies_to", "Russia", doc=b, when=time("2023-12-30"))]
    assert _kinds(claims, [a, b]) == []


def test_a_loose_figure_and_a_bound_of_the_same_number_disagree_a_nearby_number_agrees() -> None:
    a, b = doc("Some 1,000 containers were shipped."), doc("More than 1,000 containers were shipped.")
    c = doc("Some 1,010 containers were shipped.")
    claims = [claim("North", "supplies_to", "Russia", doc=a, value=1000, qualifier="about", unit="containers"),
              claim("North", "supplies_to", "Russia", doc=b, value=1000, qualifier="more than", unit="containers")]
    assert _kinds(claims, [a, b]) == ["number"]
    near = claim("North", "supplies_to", "Russia", doc=c, value=1010, qualifier="about", unit="containers")
    assert _kinds([claims[1], near], [b, c]) == []


def test_two_spellings_of_one_office_are_no_actor_disagreement() -> None:
    a, b = doc("The US Treasury Department listed the plant."), doc("The Department of the Treasury listed it.")
    c = doc("The United States Treasury Department acted against the plant.")
    claims = [claim("Plant", "sanctioned_by", "US Treasury Department", doc=a),
              claim("Plant", "sanctioned_by", "Department of the Treasury", doc=b),
              claim("Plant", "sanctioned_by", "United States Treasury Department", doc=c)]
    assert _kinds(claims, [a, b, c]) == []


def test_bodies_acting_against_a_state_in_one_package_are_no_actor_disagreement() -> None:
    a, b = doc("The Treasury sanctioned Russia over the war."), doc("Commerce's BIS listed 90 Russian firms.")
    claims = [claim("Russia", "sanctioned_by", "Treasury", doc=a),
              claim("Russia", "sanctioned_by", "BIS", doc=b)]
    assert _kinds(claims, [a, b]) == []


def test_an_offer_and_a_plan_behind_rows_led_by_one_figure_are_a_modality_disagreement() -> None:
    """A row joins claims of one family: its lead may be the plant's capacity while its offers stand
    behind it. An offer in one row and a plan in the other still contradict each other; a capacity
    told as a plan and as a fact does not."""
    a = doc("Russia offered to build a drone plant in Belarus with a capacity of up to 100,000 a year.")
    b = doc("Russia will build a drone plant in Belarus; it is expected to make up to 100,000 a year.")
    offered = Variant("v1", ("t", "capacity", ""), [
        claim("Belarus", "capacity", doc=a, value=100000, qualifier="up to", sentence="with a capacity"),
        claim("Russia", "offers_to_build", "Belarus", doc=a, modality="offer", sentence="Russia offered")])
    planned = Variant("v2", ("t", "capacity", ""), [
        claim("Belarus", "capacity", doc=b, value=100000, qualifier="up to", modality="plan",
              sentence="it is expected"),
        claim("Russia", "offers_to_build", "Belarus", doc=b, modality="plan", sentence="Russia will build")])
    assert compare(offered.lead, planned.lead, True) is None or "modality" not in compare(
        offered.lead, planned.lead, True).kinds  # the leads alone show no contradiction
    diff = with_member_modality(None, offered, planned, True)
    assert diff is not None and diff.kinds == ["modality"]
    assert diff.reasons == ["different modality of offers to build: offer vs plan"]
    assert with_member_modality(None, offered, planned, False) is None  # reports of two events


def test_a_modality_told_of_two_unrelated_stories_is_no_disagreement() -> None:
    a, b = doc("Russia and Belarus plan to cooperate on trains."), doc("Russia and Belarus cooperate on rockets.")
    claims = [claim("Russia", "cooperates_with", "Belarus", doc=a, modality="plan"),
              claim("Russia", "cooperates_with", "Belarus", doc=b, modality="fact")]
    apart = {a.id: "evt-1", b.id: "evt-2"}
    assert find_disagreements(align_claims(claims, event_of=apart), apart) == []


def test_supply_figures_each_told_across_several_stories_count_several_deliveries() -> None:
    docs = [doc(f"Report {i} on shipments from North Korea.") for i in range(4)]
    claims = [claim("North Korea", "supplies_to", "Russia", doc=d, value=v)
              for d, v in zip(docs, (1000, 1000, 300, 300))]
    events = {docs[0].id: "evt-1", docs[1].id: "evt-2", docs[2].id: "evt-1", docs[3].id: "evt-2"}
    assert find_disagreements(align_claims(claims, event_of=events), events) == []


def test_two_numbers_each_report_gives_both_of_are_two_things() -> None:
    a = doc("The plant is to make 8,000 to 10,000 attack drones and about 15,000 decoys this year.")
    b = doc("He said the plant will make about 15,000 decoys and up to 10,000 attack drones.")
    claims = [claim("Plant", "plans_to_produce", doc=a, value=10000, qualifier="up to", unit="drones"),
              claim("Plant", "plans_to_produce", doc=b, value=15000, qualifier="about", unit="drones")]
    events = {d.id: "evt-1" for d in (a, b)}
    alignments = align_claims(claims, event_of=events)
    assert [d.kind for d in find_disagreements(alignments, events)] == ["number"]
    both = {a.id: [(8000.0, 10000.0), (15000.0, 15000.0)], b.id: [(15000.0, 15000.0), (10000.0, 10000.0)]}
    assert find_disagreements(alignments, events, numbers=both) == []
    only_one = {a.id: [(8000.0, 10000.0)], b.id: [(15000.0, 15000.0), (10000.0, 10000.0)]}
    assert [d.kind for d in find_disagreements(alignments, events, numbers=only_one)] == ["number"]


def test_dates_of_two_models_of_one_line_are_no_date_disagreement() -> None:
    a = doc("The works has built the Falcon glider since March 2024.")
    b = doc("The works showed the Falcon-2 glider in May 2022.")
    claims = [claim("Works", "produces", "Falcon", doc=a, when=time("2024-03-01", "month")),
              claim("Works", "produces", "Falcon-2", doc=b, when=time("2022-05-01", "month"))]
    assert "date" not in _kinds(claims, [a, b])
    c = doc("The works showed the Falcon glider in May 2022.")
    same = [claims[0], claim("Works", "produces", "Falcon", doc=c, when=time("2022-05-01", "month"))]
    assert _kinds(same, [a, c]) == ["date"]


def test_two_counts_of_sanctioned_firms_told_of_two_rounds_a_year_apart_are_two_rounds() -> None:
    # one autumn a department lists 30 firms of a country; a year later it lists three more:
    # each story counts its own round, and neither contradicts the other
    a = doc("The department added 30 firms from the country to its list.", published="2023-10-07")
    b = doc("Three firms were sanctioned today.", published="2024-10-18")
    claims = [claim("Country firms", "sanctioned_by", "United States", doc=a, value=30, unit="companies"),
              claim("Country firms", "sanctioned_by", "United States", doc=b, value=3, unit="companies")]
    apart = {a.id: "evt-1", b.id: "evt-2"}
    dated = {a.id: "2023-10-07", b.id: "2024-10-18"}
    assert find_disagreements(align_claims(claims, event_of=apart), apart, dated=dated) == []
    # the same two stories a day apart may be one round whose reports fell into two clusters
    near = {a.id: "2024-10-17", b.id: "2024-10-18"}
    assert [d.kind for d in find_disagreements(align_claims(claims, event_of=apart), apart, dated=near)] == ["count"]


def test_sanctions_in_force_with_no_body_and_a_body_s_threat_are_two_measures() -> None:
    from claimgraph.triangulate.align import align_claims
    from claimgraph.triangulate.disagreements import find_disagreements
    from triangulate_factory import claim, doc

    standing = doc("The island state is under heavy international sanctions over its rockets.")
    threat = doc("Canada warned it would impose new sanctions on the island state if the deal went ahead.")
    claims = [claim("Island state", "sanctioned_by", None, doc=standing),
              claim("Island state", "sanctioned_by", "Canada", doc=threat, modality="plan")]
    events = {standing.id: "ev-1", threat.id: "ev-1"}
    found = find_disagreements(align_claims(claims, set(), events), events)
    assert not [d for d in found if d.kind == "modality"]
