"""Names without possessives, in mentions and so in the claims and events built on them."""
from __future__ import annotations

import pytest

from claimgraph.model import Mention
from claimgraph.nlp.possessives import possessive_at, tidy_names, without_possessive


def _mention(text: str, start: int, end: int, label: str) -> Mention:
    return Mention(id=Mention.make_id("d", start, end, label), document_id="d", start=start, end=end,
                   text=text[start:end], label=label, normalized=text[start:end])


@pytest.mark.parametrize(("name", "cut"), [
    ("Russia's", 2), ("Aleksandr Lukashenko’s", 2), ("the Philippines’", 1), ("Reuters", 0),
    ("Lukashenko", 0), ("O'Brien", 0), ("'s", 0),
])
def test_possessive_endings(name: str, cut: int) -> None:
    assert possessive_at(name) == cut


def test_a_mention_ends_before_its_possessive_and_keeps_offsets_consistent() -> None:
    text = "Belarusian leader Aleksandr Lukashenko's office said so."
    m = without_possessive(_mention(text, 18, 40, "Person"), text)
    assert (m.text, m.normalized, m.end) == ("Aleksandr Lukashenko", "Aleksandr Lukashenko", 38)
    assert m.text == text[m.start:m.end] and m.id == Mention.make_id("d", 18, 38, "Person")


def test_quantities_and_dates_are_left_alone() -> None:
    text = "the 1990's"
    m = _mention(text, 4, 10, "Date")
    assert without_possessive(m, text) is m


def test_a_given_name_cut_off_by_the_model_joins_the_surname() -> None:
    text = "The plant is part of Aleksandr Lukashenko’s plan."
    given, surname = _mention(text, 21, 30, "Location"), _mention(text, 31, 43, "Person")
    out = tidy_names([given, surname], text)
    assert [(m.text, m.label) for m in out] == [("Aleksandr Lukashenko", "Person")]


def test_a_place_before_a_person_stays_a_place() -> None:
    text = "In Minsk Lukashenko spoke."
    place, person = _mention(text, 3, 8, "Location"), _mention(text, 9, 19, "Person")
    assert [(m.text, m.label) for m in tidy_names([place, person], text)] == [
        ("Minsk", "Location"), ("Lukashenko", "Person")]


def test_the_pipeline_gives_names_without_possessives_to_claims_and_events() -> None:
    from claimgraph.nlp.doc import AnalyzedDoc
    from claimgraph.nlp.pipeline import default_pipeline

    text = ("Belarusian leader Aleksandr Lukashenko's office said he met Russia's deputy prime minister "
            "in Minsk on Thursday.")
    doc = default_pipeline()(AnalyzedDoc("d", text, "en", published="2025-03-07"))
    names = {m.text for m in doc.mentions}
    assert {"Aleksandr Lukashenko", "Russia"} <= names
    assert not any(n.endswith(("'s", "’s")) for n in names)
    arguments = [str(x) for c in doc.claims for x in (c.subject, c.object)]
    arguments += [p for e in doc.events for p in e.participants]
    assert arguments and not any(a.endswith(("'s", "’s")) for a in arguments)
