"""A Cyrillic full name left in another case is named by the document's nominative form of it."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.names import fullest_names, name_of


def _person(i: int, text: str, normalized: str | None = None) -> Mention:
    return Mention(id=f"m{i}", document_id="d", start=i * 20, end=i * 20 + len(text), text=text,
                   label="Person", normalized=normalized or text)


def test_a_name_with_an_added_ending_stands_for_its_nominative() -> None:
    genitive, nominative = _person(0, "Мун Чжэ Ина"), _person(1, "Мун Чжэ Ин")
    out = fullest_names([genitive, nominative])
    assert name_of(out[genitive.id]) == "Мун Чжэ Ин"


def test_a_feminine_ending_traded_for_another_stands_for_its_nominative() -> None:
    genitive, nominative = _person(0, "Сирила Матамелы"), _person(1, "Сирил Матамела")
    out = fullest_names([genitive, nominative])
    assert name_of(out[genitive.id]) == "Сирил Матамела"


def test_the_nominative_is_never_renamed_by_an_inflected_form() -> None:
    genitive, nominative = _person(0, "Сирила Матамелы"), _person(1, "Сирил Матамела")
    assert nominative.id not in fullest_names([genitive, nominative])


def test_other_people_keep_their_names() -> None:
    a, b = _person(0, "Ольга Петрова"), _person(1, "Олег Петров")
    assert fullest_names([a, b]) == {}
