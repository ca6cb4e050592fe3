"""Names listed after a word for firms ("компании …, в том числе «А», Б и В") are firms."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc


def companies(doc: AnalyzedDoc) -> set[str]:
    return {m.text for m in doc.mentions if m.label == "Company"}


def test_a_list_after_including_names_firms(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("В поставках участвуют компании отрасли Хорватии, в том числе «Дунав Арм», Borovac, Lipnik "
                  "и другие, пишет газета.", "ru")
    assert {"Дунав Арм", "Borovac", "Lipnik"} <= companies(doc), companies(doc)


def test_a_list_in_brackets_names_firms(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Крупные предприятия («Боровац», «Липник») отрицают участие в схеме.", "ru")
    assert {"Боровац", "Липник"} <= companies(doc), companies(doc)


def test_a_single_name_is_no_list(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    doc = analyse("Компании региона, в том числе Хорватии, ждут решения.", "ru")
    assert not companies(doc)
