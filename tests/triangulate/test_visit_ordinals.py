"""Which of a visitor's visits this is, as reports of one visit count it."""
from __future__ import annotations

from sentence_checks import says_and_documents, shown_in_one_event

from claimgraph.triangulate.visit_ordinals import ordinal_disagreements, ordinal_of, shown


def test_a_visit_is_counted_by_its_ordinal_in_several_languages() -> None:
    assert ordinal_of("Pezeshkian, on his first official visit to Russia, praised the ties.") == {1}
    assert ordinal_of("Напомним, это уже второй визит президента в Россию.") == {2}
    assert ordinal_of("Це його третій візит до Китаю.") == {3}
    assert ordinal_of("The talks went on for hours.") == set()


def test_a_first_visit_within_a_period_counts_nothing() -> None:
    assert ordinal_of("Putin was making his first visit in 24 years.") == set()
    assert ordinal_of("It was the president's first visit since 2000.") == set()


def test_reports_counting_one_visit_differently_disagree() -> None:
    texts = {"d1": "The president, on his first official visit to Moscow, met the host.",
             "d2": "This is already the president's second visit to Russia.",
             "d3": "His second trip abroad this year followed his first visit to Moscow."}
    view = shown_in_one_event(ordinal_disagreements, shown, texts)
    assert view["kind"] == "count"
    assert says_and_documents(view) == [("visit number 1", ["d1"]), ("visit number 2", ["d2"])]
    assert ordinal_disagreements(texts, {"d1": "c1", "d2": "c2"}) == []
