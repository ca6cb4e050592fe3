"""A speaker disavowing any intention to supply states a denial."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.nlp.claims import find_claims
from claimgraph.nlp.dates import DateComponent
from claimgraph.nlp.doc import AnalyzedDoc


def _stated(analyse: Callable[[str, str], AnalyzedDoc], text: str, lang: str) -> set[tuple[str, str]]:
    doc = analyse(text, lang)
    doc.published = "2025-05-16"
    return {(c.subject, c.modality) for c in find_claims(DateComponent()(doc)) if c.predicate == "states"}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("\"We have no intention to sell our missiles to anyone,\" Kim Yo Jong said.", "en", "Kim Yo Jong"),
    ("«У нас нет ни желания, ни возможности экспортировать оружие», — заявила Ким Ё Чжон.", "ru", "Ким Е Чжон"),
])
def test_no_intention_to_supply_is_a_stated_denial(analyse, text, lang, speaker) -> None:
    assert (speaker, "denial") in _stated(analyse, text, lang)


def test_an_intention_to_supply_stated_outright_is_no_denial(analyse) -> None:
    assert not _stated(analyse, "\"We have every intention to sell our missiles abroad,\" Kim Yo Jong said.", "en")
