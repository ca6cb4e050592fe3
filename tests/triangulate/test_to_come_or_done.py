"""A formal act one report tells as still to come and another as done."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.to_come_or_done import shown, tense_disagreements, told_as


def test_acts_are_told_as_to_come_or_as_done() -> None:
    assert told_as("Foreign ministers will adopt the package on Monday.") == {"to come": {"approve"}, "done": set()}
    assert told_as("The Council has approved the 14th package.") == {"to come": set(), "done": {"approve"}}
    assert told_as("The United States will impose sanctions on 500 targets.")["to come"] == {"sanction"}
    assert told_as("Президенты подпишут договор 17 января.")["to come"] == {"sign"}
    assert told_as("Президенты подписали договор.")["done"] == {"sign"}
    assert told_as("The leaders met in the capital.") == {"to come": set(), "done": set()}


def test_an_act_to_come_in_one_report_and_done_in_another_disagree() -> None:
    texts = {"d1": "Ministers will adopt the new package at a meeting on Monday.",
             "d2": "The Council has approved the new package.",
             "d3": "The package bans imports of gas."}
    view = shown_in_one_event(tense_disagreements, shown, texts)
    assert (view["kind"], view["about"]) == ("modality", "whether the measure is approved")
    assert says_and_documents(view) == [("to come", ["d1"]), ("done", ["d2"])]


def test_a_report_telling_both_other_acts_or_other_events_raise_nothing() -> None:
    both = {"d1": "The treaty will be signed today. It was signed at noon.", "d2": "They signed the treaty."}
    assert tense_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    acts = {"d1": "They will sign the treaty.", "d2": "The Council approved the package."}
    assert tense_disagreements(acts, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "They will sign the treaty.", "d2": "They signed the treaty."}
    assert tense_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []


def test_a_passive_future_is_still_to_come() -> None:
    assert told_as("The treaty will be signed on Friday.") == {"to come": {"sign"}, "done": set()}
    assert told_as("The package is to be adopted next week.")["to come"] == {"approve"}


def test_a_sanctioned_party_named_as_such_is_no_act_done() -> None:
    assert told_as("Measures were taken against sanctioned oligarchs.")["done"] == set()
    assert told_as("The United States sanctioned three officials.")["done"] == {"sanction"}


def test_a_decision_to_impose_measures_is_still_to_come() -> None:
    assert told_as("Япония решила ввести ограничительные меры против компаний.")["to come"] == {"sanction"}
    assert told_as("Власти ввели новые санкции против компаний.")["done"] == {"sanction"}
    assert told_as("The government decided to impose export curbs.")["to come"] == {"sanction"}


def test_signing_many_documents_is_a_round_of_deals_not_one_act() -> None:
    assert told_as("More than forty trade agreements were signed at the regional fair.") == {
        "to come": set(), "done": set()}
    assert told_as("The provinces plan to sign contracts worth $200 million.")["to come"] == set()
    assert told_as("На выставке подписаны соглашения о поставках зерна.")["done"] == set()
    assert told_as("Планируется подписание соглашения о порте.")["to come"] == {"sign"}
    deals = {"d1": "The governors will sign a memorandum on tourism.",
             "d2": "Dozens of contracts were signed on the first day of the fair."}
    assert tense_disagreements(deals, {"d1": "c1", "d2": "c1"}) == []
