"""Counts of people told with collective numerals become figures that can be compared."""
from __future__ import annotations

from triangulate_factory import doc

from claimgraph.triangulate.collective_counts import collective_mentions
from claimgraph.triangulate.figures import figure_disagreements, figures_of


def _said(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    return [(m.text, m.normalized or "") for m in collective_mentions("doc-1", text, lang)]


def test_a_collective_numeral_that_counts_the_people_of_the_sentence_is_a_count_of_people() -> None:
    assert _said("Трое из них госпитализированы.") == [("Трое", "3 человек")]
    assert _said("В больнице находятся шестеро, остальных отпустили.") == [("шестеро", "6 человек")]
    assert _said("В стационаре остаются шестеро раненых.") == [("шестеро", "6 человек")]
    assert _said("Троє з них у лікарні.", "uk") == [("Троє", "3 осіб")]


def test_a_numeral_naming_a_kind_of_people_counts_a_part_and_is_left_out() -> None:
    assert _said("Ранения получили трое взрослых и два подростка.") == []
    assert _said("Среди пострадавших двое детей.") == []


def test_other_languages_and_spans_a_tagger_already_took_are_left_alone() -> None:
    assert _said("Трое из них госпитализированы.", "en") == []
    text = "Трое из них госпитализированы."
    assert collective_mentions("doc-1", text, "ru", taken=[(0, 4)]) == []


def test_two_reports_counting_the_hospitalised_differently_disagree() -> None:
    a = doc("Число раненых выросло до семи. Трое из них госпитализированы.", lang="ru")
    b = doc("В стационаре находятся шестеро, остальные отпущены домой.", lang="ru")
    mentions = collective_mentions(a.id, a.text, "ru") + collective_mentions(b.id, b.text, "ru")
    sentences = {m.id: (m.sent_start or 0, (a.text if m.document_id == a.id else b.text)[m.sent_start:m.sent_end])
                 for m in mentions}
    (d,) = figure_disagreements(figures_of(mentions, sentences=sentences), {a.id: "evt-1", b.id: "evt-1"})
    assert (d.kind, d.unit) == ("count", "person hospital")
    assert sorted(f.text for side in d.sides for f in side) == ["Трое", "шестеро"]
