"""A claim whose sentence names no speaker is said by the one the next sentence names pointing back
("Об этом заявил …", "This was announced by …"); an outlet named there is a citation, not a speaker."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claimgraph.model import Claim
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.pipeline import default_pipeline

Analyse = Callable[[str, str], list[Claim]]


@pytest.fixture(scope="module")
def claims_of() -> Analyse:
    pipeline = default_pipeline()
    return lambda text, lang: pipeline(AnalyzedDoc("doc-test", text, lang, "2025-12-18")).claims


def speakers(claims: list[Claim], predicate: str) -> list[str | None]:
    found = [c.attributed_to for c in claims if c.predicate == predicate]
    assert found, f"no {predicate} claim in {claims}"
    return found


def test_the_person_named_after_об_этом_said_the_sentence_before(claims_of: Analyse) -> None:
    text = ("Новый ракетный комплекс «Орешник» с 17 декабря заступил на боевое дежурство в Белоруссии. "
            "Об этом заявил президент Белоруссии Александр Лукашенко, выступая с посланием к народу.")
    assert speakers(claims_of(text, "ru"), "located_in") == ["Александр Лукашенко"]


def test_an_english_lead_attributed_in_the_next_sentence(claims_of: Analyse) -> None:
    text = ("Russia will supply the Oreshnik system to Belarus. "
            "This was announced by Belarusian President Alexander Lukashenko.")
    assert speakers(claims_of(text, "en"), "supplies_to") == ["Alexander Lukashenko"]


def test_an_outlet_pointed_back_to_is_no_speaker(claims_of: Analyse) -> None:
    text = "Россия поставит Белоруссии комплекс «Орешник». Об этом сообщает ТАСС."
    assert speakers(claims_of(text, "ru"), "supplies_to") == [None]


def test_a_next_sentence_that_does_not_point_back_names_no_speaker(claims_of: Analyse) -> None:
    text = ("Новый ракетный комплекс «Орешник» заступил на боевое дежурство в Белоруссии. "
            "Президент Белоруссии Александр Лукашенко выступил с посланием к народу.")
    assert speakers(claims_of(text, "ru"), "located_in") == [None]
