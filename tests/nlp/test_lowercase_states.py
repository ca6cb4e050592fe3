"""Ukrainian outlets write the aggressor states and their leaders in lower case on purpose; the
words are still the countries and the people."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.lowercase_states import lowercase_states


def labelled(doc: AnalyzedDoc) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in doc.mentions}


def test_lower_case_states_and_leaders_are_found(analyse: Callable[[str, str], AnalyzedDoc]) -> None:
    found = labelled(analyse("Сусіди посилили кордон з білоруссю, бо режим лукашенка виконує накази путіна, "
                             "а війська росії стоять поруч.", "uk"))
    assert {("білоруссю", "Country"), ("росії", "Country"), ("лукашенка", "Person"),
            ("путіна", "Person")} <= found, found


def test_a_short_common_word_is_no_state() -> None:
    found = lowercase_states("вранці на траві лежали краплі роси", lambda w: "ru" if w.startswith("рос") else None,
                             lambda s, e, w: None, [])  # type: ignore[arg-type,return-value]
    assert found == []


def test_only_the_states_written_small_on_purpose_count() -> None:
    found = lowercase_states("того ранку", lambda w: "tg", lambda s, e, w: None, [])  # type: ignore[arg-type,return-value]
    assert found == []
