"""Claim alignment: agreement, different values, times, modalities and denials, with reasons."""
from __future__ import annotations

from triangulate_factory import claim, doc, time

from claimgraph.triangulate.align import align_claims, same_value, topic_of


def _one(alignments):  # type: ignore[no-untyped-def]
    assert len(alignments) == 1
    return alignments[0]


def test_align_same_value_in_two_scripts_is_one_agreeing_variant() -> None:
    a, b = doc("Russia offered 100,000 drones."), doc("Россия предложила 100 тысяч.", lang="ru")
    al = _one(align_claims([
        claim("Russia", "offers_to_build", "Belarus", doc=a, value=100000, modality="offer",
              subject_entity="ent-ru", object_entity="ent-by"),
        claim("Россия", "offers_to_build", "Беларусь", doc=b, value=100000.0, modality="offer",
              subject_entity="ent-ru", object_entity="ent-by"),
    ]))
    assert len(al.variants) == 1 and len(al.variants[0].claims) == 2
    assert not al.contested


def test_align_different_value_is_a_contradiction_with_both_numbers() -> None:
    a, b = doc("Up to 100,000 a year."), doc("Initially 2,000 a year.")
    al = _one(align_claims([
        claim("Russia", "offers_to_build", "Belarus", doc=a, value=100000, modality="offer", qualifier="up to"),
        claim("Russia", "offers_to_build", "Belarus", doc=b, value=2000, modality="offer"),
    ]))
    assert al.contested
    (diff,) = al.differences
    assert diff.reasons == ["different value: up to 100,000 vs 2,000"]


def test_align_different_value_at_a_different_time_is_not_a_contradiction() -> None:
    a, b = doc("In 2023 the plant made 500."), doc("In 2025 the plant made 5,000.")
    al = _one(align_claims([
        claim("Plant", "produces", doc=a, value=500, when=time("2023-01-01", "year")),
        claim("Plant", "produces", doc=b, value=5000, when=time("2025-01-01", "year")),
    ]))
    assert not al.contested
    assert "different time: 2023 vs 2025" in al.differences[0].reasons


def test_align_denial_contradicts_the_affirmation() -> None:
    a, b = doc("Minsk and Moscow cooperate on drones."), doc("Minsk denies any drone cooperation.")
    al = _one(align_claims([
        claim("Belarus", "cooperates_with", "Russia", doc=a),
        claim("Russia", "cooperates_with", "Belarus", doc=b, modality="denial", attributed_to="Ministry"),
    ]))
    assert al.contested
    assert "denial by Ministry" in al.differences[0].reasons


def test_align_plan_versus_fact_is_contested() -> None:
    a, b = doc("A memorandum is to be signed."), doc("A memorandum was signed.")
    al = _one(align_claims([
        claim("Orsha", "cooperates_with", "Volga", doc=a, modality="plan"),
        claim("Orsha", "cooperates_with", "Volga", doc=b, modality="fact"),
    ]))
    assert al.contested
    assert al.differences[0].reasons == ["different modality: plan vs fact"]


def test_align_sourced_claim_versus_fact_is_shown_but_not_contested() -> None:
    a, b = doc("The plant makes drones, a source said."), doc("The plant makes drones.")
    al = _one(align_claims([claim("Plant", "produces", doc=a, value=500, modality="claim"),
                            claim("Plant", "produces", doc=b, value=500, modality="fact")]))
    assert not al.contested
    assert al.differences[0].reasons == ["different modality: claim vs fact"]


def test_align_different_dates_of_one_event_are_contested() -> None:
    a, b = doc("Talks on 21 July."), doc("Talks on 22 July.")
    claims = [claim("Lukashenko", "met_with", "Fedorishchev", doc=a, when=time("2025-07-21")),
              claim("Lukashenko", "met_with", "Fedorishchev", doc=b, when=time("2025-07-22"))]
    assert not _one(align_claims(claims)).contested
    al = _one(align_claims(claims, event_of={a.id: "evt-1", b.id: "evt-1"}))
    assert al.contested and "different time" in al.differences[0].reasons[0]


def test_align_neighbouring_days_of_one_visit_are_one_stay() -> None:
    a, b, c = doc("He arrived on 18 June."), doc("He held talks on 19 June."), doc("He came on 25 June.")
    claims = [claim("Putin", "visited", "Pyongyang", doc=d, when=time(day)) for d, day in
              ((a, "2024-06-18"), (b, "2024-06-19"))]
    events = {d.id: "evt-1" for d in (a, b, c)}
    assert not _one(align_claims(claims, event_of=events)).contested
    later = claim("Putin", "visited", "Pyongyang", doc=c, when=time("2024-06-25"))
    assert _one(align_claims([*claims, later], event_of=events)).contested


def test_align_a_month_and_a_day_in_it_agree() -> None:
    a, b = doc("In March."), doc("On 14 March.")
    al = _one(align_claims([claim("R", "capacity", doc=a, value=10, when=time("2024-03-01", "month", "2024-03-31")),
                            claim("R", "capacity", doc=b, value=10, when=time("2024-03-14"))]))
    assert len(al.variants) == 1 and not al.differences


def test_align_rejected_claim_counts_neither_way() -> None:
    a, b = doc("Up to 100,000."), doc("Only 7.")
    wrong = claim("Russia", "offers_to_build", "Belarus", doc=b, value=7)
    al = _one(align_claims([claim("Russia", "offers_to_build", "Belarus", doc=a, value=100000), wrong],
                           rejected={wrong.id}))
    assert not al.contested and len(al.variants) == 1


def test_align_claim_without_object_joins_the_only_object_topic() -> None:
    a, b = doc("Offer to Belarus."), doc("An offer.")
    als = align_claims([claim("Russia", "offers_to_build", "Belarus", doc=a, value=100000),
                        claim("Russia", "offers_to_build", None, doc=b, value=100000)])
    assert len(als) == 1 and len(als[0].variants[0].claims) == 2


def test_align_symmetric_predicates_ignore_direction() -> None:
    a, b = doc("A met B."), doc("B met A.")
    assert topic_of(claim("Lukashenko", "met_with", "Fedorishchev", doc=a)) == \
        topic_of(claim("Fedorishchev", "met_with", "Lukashenko", doc=b))


def test_align_same_value_check_explains_itself() -> None:
    a, b = doc("x."), doc("y.")
    f = same_value(claim("R", "capacity", doc=a, value=100000), claim("R", "capacity", doc=b, value=100500))
    assert (f.score, f.detail) == (1.0, "both say 100,000")


def test_align_one_family_about_one_subject_within_an_event_is_one_contested_topic() -> None:
    a, b, c = doc("Capacity is 5,000 drones a year."), doc("It plans 50,000 drones."), doc("Elsewhere: 900 drones.")
    claims = [claim("BelDronTech", "capacity", doc=a, value=5000, unit="drone", subject_entity="ent-bdt"),
              claim("БелДронТех", "plans_to_produce", doc=b, value=50000, unit="drone", modality="plan",
                    subject_entity="ent-bdt"),
              claim("BelDronTech", "capacity", doc=c, value=900, unit="drone", subject_entity="ent-bdt")]
    alignments = align_claims(claims, event_of={a.id: "evt-1", b.id: "evt-1", c.id: "evt-2"})
    joined = next(al for al in alignments if any(cl.document_id == b.id for v in al.variants for cl in v.claims))
    assert {cl.document_id for v in joined.variants for cl in v.claims} == {a.id, b.id}
    assert joined.contested
    assert "different value: 5,000 drone vs 50,000 drone" in joined.differences[0].reasons
    # the report of another event keeps its own topic and contradicts nothing
    other = next(al for al in alignments if any(cl.document_id == c.id for v in al.variants for cl in v.claims))
    assert not other.contested and len(other.variants) == 1


def test_align_a_fact_and_a_plan_of_one_family_with_one_number_agree() -> None:
    a, b = doc("Two lines run."), doc("Two lines are planned.")
    claims = [claim("Plant", "capacity", doc=a, value=2, unit="line", subject_entity="ent-p"),
              claim("Plant", "plans_to_produce", doc=b, value=2, unit="line", modality="plan", subject_entity="ent-p")]
    alignments = align_claims(claims, event_of={a.id: "evt-1", b.id: "evt-1"})
    assert len(alignments) == 1 and not alignments[0].contested


def test_align_meeting_dates_join_across_wordings_of_the_parties() -> None:
    a, b, c = doc("They met on 22 July."), doc("The governor met Lukashenko on 21 July."), doc("Talks in Minsk.")
    claims = [claim("Lukashenko", "met_with", "Fedorishchev", doc=a, when=time("2025-07-22"),
                    subject_entity="ent-luk", object_entity="ent-fed"),
              claim("Fedorishchev", "met_with", "Minsk", doc=b, when=time("2025-07-21"),
                    subject_entity="ent-fed", object_entity="ent-minsk"),
              claim("Lukashenko", "met_with", "Fedorishchev", doc=c, subject_entity="ent-luk", object_entity="ent-fed")]
    alignments = align_claims(claims, event_of={d.id: "evt-1" for d in (a, b, c)})
    al = _one(alignments)
    assert al.topic == ("ent-fed", "met_with", "ent-luk")
    assert al.contested
    reasons = {r for d in al.differences if d.contradiction for r in d.reasons}
    assert reasons & {"different time: 2025-07-22 vs 2025-07-21", "different time: 2025-07-21 vs 2025-07-22"}


def test_align_within_an_event_a_subject_in_two_scripts_is_one_party() -> None:
    a, b = doc("Russia offers 100,000 drones a year."), doc("Россия отрицает предложение.", lang="ru")
    claims = [claim("Russia", "offers_to_build", "Belarus", doc=a, value=100000, modality="offer",
                    subject_entity="ent-ru-en"),
              claim("Россия", "offers_to_build", doc=b, modality="denial", subject_entity="ent-ru-ru")]
    assert len(align_claims(claims)) == 2  # without the event, two entities stay two topics
    al = _one(align_claims(claims, event_of={a.id: "evt-1", b.id: "evt-1"}))
    assert al.contested
    assert any(r.startswith("denial") for d in al.differences for r in d.reasons)


def test_align_one_figure_given_for_two_periods_of_one_event_is_a_date_in_doubt() -> None:
    a = doc("Experts visited the plant more than six times since the second quarter of 2024.")
    b = doc("Since mid-2023, experts visited the plant on more than six occasions.")
    events = {a.id: "evt-1", b.id: "evt-1"}
    visits = [claim("China", "visited", "Kupol", doc=a, value=6, qualifier="more than",
                    when=time("2024-04-01", "quarter")),
              claim("China", "visited", "Kupol", doc=b, value=6, qualifier="more than",
                    when=time("2023-04-01", "quarter", end="2023-09-30"))]
    al = _one(align_claims(visits, event_of=events))
    assert [d.kinds for d in al.differences] == [["date"]]
    # in two events, the same figure for two periods is two periods
    assert not _one(align_claims(visits, event_of={a.id: "evt-1", b.id: "evt-2"})).contested


def test_align_one_planned_figure_for_two_years_is_two_yearly_plans() -> None:
    a, b = doc("The plant is to make 6,000 drones in 2024."), doc("The plant is to make 6,000 drones in 2025.")
    plans = [claim("Plant", "plans_to_produce", doc=a, value=6000, modality="plan", when=time("2024-01-01", "year")),
             claim("Plant", "plans_to_produce", doc=b, value=6000, modality="plan", when=time("2025-01-01", "year"))]
    assert not _one(align_claims(plans, event_of={a.id: "evt-1", b.id: "evt-1"})).contested


def test_align_one_wording_told_of_two_stories_is_one_row_per_story() -> None:
    a, b = doc("The two states signed a partnership treaty."), doc("The two states will sign a treaty.")
    c, d = doc("The two states cooperate on missiles."), doc("The two states plan to cooperate on satellites.")
    claims = [claim("Iran", "cooperates_with", "Russia", doc=a), claim("Iran", "cooperates_with", "Russia", doc=b, modality="plan"),
              claim("Iran", "cooperates_with", "Russia", doc=c), claim("Iran", "cooperates_with", "Russia", doc=d, modality="plan")]
    al = _one(align_claims(claims, event_of={a.id: "evt-treaty", b.id: "evt-treaty", c.id: "evt-arms", d.id: "evt-arms"}))
    stories = [{cl.document_id for cl in v.claims} for v in al.variants]
    assert sorted(map(sorted, stories)) == sorted(map(sorted, [{a.id}, {b.id}, {c.id}, {d.id}]))
    by_id = {v.id: {cl.document_id for cl in v.claims} for v in al.variants}
    contested = [by_id[x.a] | by_id[x.b] for x in al.differences if x.contradiction]
    assert sorted(map(sorted, contested)) == sorted(map(sorted, [{a.id, b.id}, {c.id, d.id}]))


def test_align_a_scale_word_read_as_the_unit_is_no_figure_of_the_thing() -> None:
    a, b = doc("The state shipped 1,000 containers."), doc("Держава відправила 1 тис. контейнерів.", lang="uk")
    al = _one(align_claims([
        claim("North Korea", "supplies_to", "Russia", doc=a, value=1000, unit="containers"),
        claim("North Korea", "supplies_to", "Russia", doc=b, value=1, unit="тис"),
    ]))
    assert not al.contested
