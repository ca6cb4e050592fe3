"""An airspace incursion one report tells as alleged and another tells in its own voice as fact."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.alleged_or_told import alleged, incursion_disagreements, shown, told_as_fact


def test_an_entry_told_in_the_reports_own_voice_is_a_fact() -> None:
    assert told_as_fact("Two Russian fighter jets entered Finnish airspace on Tuesday without permission.")
    assert told_as_fact("Российский беспилотник нарушил воздушное пространство Польши ночью.")
    assert told_as_fact("Дрон залетел в воздушное пространство Литвы.")
    assert not told_as_fact("The jets did not violate Finnish airspace, the ministry said.")  # negated
    assert not told_as_fact("Самолеты воздушное пространство Литвы не нарушали.")
    assert not told_as_fact("The fourth airspace violation this year was recorded.")  # a noun names, it does not tell
    assert not told_as_fact("The drone was reportedly in Polish airspace for an hour.")


def test_an_entry_hedged_accused_or_denied_is_alleged() -> None:
    assert alleged("The jets reportedly breached Latvian airspace.")
    assert alleged("Riga accused Moscow of violating its airspace.")
    assert alleged("Moscow denied that its aircraft had entered Latvian airspace.")
    assert alleged("Посольство отклонило протест из-за предполагаемого нарушения воздушного пространства.")
    assert alleged("Беспилотник якобы залетел в воздушное пространство Молдовы.")
    assert not alleged("A drone entered Moldovan airspace at night.")
    assert not alleged("The ministry denied the report about the plant.")  # no airspace


def test_a_report_telling_the_entry_as_fact_and_one_telling_it_as_alleged_disagree() -> None:
    texts = {"d1": "Two fighter jets entered Finnish airspace on Tuesday. Helsinki summoned the envoy.",
             "d2": "Two jets allegedly violated Finnish airspace on Tuesday. Moscow kept silent.",
             "d3": "The envoy was summoned on Tuesday."}
    view = shown_in_one_event(incursion_disagreements, shown, texts)
    assert view["kind"] == "modality"
    assert says_and_documents(view) == [("fact", ["d1"]), ("alleged", ["d2"])]
    (sentence,) = view["sides"][0]["sentences"]
    assert texts["d1"][sentence[1]:sentence[2]] == "Two fighter jets entered Finnish airspace on Tuesday."


def test_a_report_telling_both_or_reports_of_two_events_raise_nothing() -> None:
    both = {"d1": "Helsinki accused Moscow of violating its airspace. NATO said two jets entered Finnish airspace.",
            "d2": "Two jets entered Finnish airspace."}
    assert incursion_disagreements(both, {"d1": "c1", "d2": "c1"}) == []
    apart = {"d1": "A drone entered Polish airspace.", "d2": "A drone reportedly entered Polish airspace."}
    assert incursion_disagreements(apart, {"d1": "c1", "d2": "c2"}) == []
