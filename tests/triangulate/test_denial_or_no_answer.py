"""An answer one report tells as a denial and another as no answer at all."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.denial_or_no_answer import answer_disagreements, denial, no_answer, shown, states_named


def test_a_denial_is_told_in_several_languages() -> None:
    assert denial("The ministry on Monday denied that its troops used the rifles.")
    assert denial("The spokesman rejected the claims of Western officials.")
    assert denial("Пекин опроверг сообщения о поставках.")
    assert denial("Министерство отрицает, что страна поставляла снаряды.")
    assert not denial("The president neither confirmed nor denied the report.")  # that is no answer
    assert not denial("The government rejected the protest note.")  # a protest is no claim


def test_no_answer_neither_confirms_nor_denies() -> None:
    assert no_answer("The spokesman said the ministry had no information on the matter.")
    assert no_answer("The president did not confirm or deny the report.")
    assert no_answer("Neither Minsk nor Beijing confirmed the deal.")
    assert no_answer("He said the matter is being looked into.")
    assert no_answer("В министерстве не располагают такой информацией.")
    assert not no_answer("The ministry gave details on the shipment.")


def test_a_report_telling_a_denial_and_one_telling_no_answer_disagree() -> None:
    texts = {"d1": "The Kremlin denied that its troops used the rifles. It gave no details.",
             "d2": "The Kremlin said it had no information on the rifles.",
             "d3": "The rifles were shown on television."}
    view = shown_in_one_event(answer_disagreements, shown, texts)
    assert view["kind"] == "modality"
    assert says_and_documents(view) == [("denial", ["d1"]), ("no answer", ["d2"])]
    (sentence,) = view["sides"][1]["sentences"]
    assert texts["d2"][sentence[1]:sentence[2]] == "The Kremlin said it had no information on the rifles."


def test_a_report_calling_the_answer_a_denial_stands_on_the_denial_side() -> None:
    texts = {"d1": "Beijing denied the report. A spokesman said: we have no information on this.",
             "d2": "Asked about the report, China's foreign ministry said it had no information on it."}
    view = shown_in_one_event(answer_disagreements, shown, texts)
    assert says_and_documents(view) == [("denial", ["d1"]), ("no answer", ["d2"])]


def test_reports_of_two_events_two_speakers_or_one_kind_of_answer_raise_nothing() -> None:
    apart = {"d1": "Moscow denied the report.", "d2": "Moscow had no information on it."}
    assert answer_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []
    two_speakers = {"d1": "Moscow denied the report.", "d2": "The Pentagon had no confirmation of it."}
    assert answer_disagreements(two_speakers, {"d1": "c1", "d2": "c1"}) == []
    alike = {"d1": "The Kremlin denied the report.", "d2": "Moscow denied it too."}
    assert answer_disagreements(alike, {"d1": "c1", "d2": "c1"}) == []


def test_an_answer_that_does_not_deny_is_no_denial() -> None:
    assert not denial("Moscow did not deny the reports but called them contradictory.")
    assert no_answer("В Москве не отрицают эту информацию.")
    assert states_named("South African President Cyril Ramaphosa spoke.") == {"za"}


def test_answers_are_told_per_speaker() -> None:
    texts = {"d1": "Tehran denies selling the drones. The Kremlin said it had no information on them.",
             "d2": "The Kremlin denied using the drones. Neither Moscow nor Tehran confirmed the sale."}
    found = {(d.speaker, tuple(sorted({s.document_id for s in d.denied})),
              tuple(sorted({s.document_id for s in d.unanswered})))
             for d in answer_disagreements(texts, {"d1": "c1", "d2": "c1"})}
    assert found == {("ir", ("d1",), ("d2",)), ("ru", ("d2",), ("d1",))}


def test_a_denial_in_a_concessive_clause_is_background_not_an_answer() -> None:
    assert not denial("While Beijing denies any military aid, it has sold parts to the plant.")
    assert denial("Beijing denied any military aid, the spokesman said.")
