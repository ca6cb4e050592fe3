"""A day declared a day of something follows the occasion; it does not date it."""
from __future__ import annotations

from triangulate_factory import doc

from claimgraph.model import Event, TimeRef
from claimgraph.triangulate.declared_days import declares_a_day
from claimgraph.triangulate.event_dates import date_disagreements


def test_sentences_declaring_a_day_of_something_in_several_languages() -> None:
    assert declares_a_day("The council declared Friday a day of mourning for the crew.")
    assert declares_a_day("7 августа объявлено днём траура в районе.")
    assert declares_a_day("Неділю оголошено днем жалоби в громаді.")


def test_a_verb_of_declaring_without_a_day_declared_is_no_such_sentence() -> None:
    assert not declares_a_day("The mayor declared on Friday that the bridge was safe.")
    assert not declares_a_day("Губернатор объявил в среду об эвакуации.")


def _event(text: str, said: str, iso: str) -> tuple[Event, str]:
    d = doc(text)
    return Event(Event.make_id(d.id, 0, "other"), d.id, "other", time=TimeRef(iso, iso, "day", said),
                 start=0, end=len(text)), text


def test_a_day_of_mourning_declared_for_the_next_day_is_no_second_date_of_the_blast() -> None:
    blast, blast_text = _event("A blast hit the depot in Orvel on 6 August.", "6 August", "2024-08-06")
    mourning, mourning_text = _event("Officials said 7 August is declared a day of mourning in Orvel.",
                                     "7 August", "2024-08-07")
    texts = {blast.document_id: blast_text, mourning.document_id: mourning_text}
    assert date_disagreements([(blast, "c1"), (mourning, "c1")], texts.get) == []
