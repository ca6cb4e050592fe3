"""Telegram channels a report introduces by name are organisations wherever the report names them."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.channel_names import channel_mentions
from claimgraph.nlp.doc import AnalyzedDoc


def _doc(text: str, mentions: list[Mention] | None = None) -> AnalyzedDoc:
    doc = AnalyzedDoc("doc-test", text, "en")
    doc.mentions = mentions or []
    return doc


def _named(doc: AnalyzedDoc) -> list[tuple[str, int]]:
    return [(m.text, m.start) for m in channel_mentions(doc)]


def test_a_name_after_telegram_channel_and_its_later_occurrences_are_organisations() -> None:
    text = "The Telegram channel Vorona reported a fire at the depot. Vorona later posted a video."
    found = channel_mentions(_doc(text))
    assert [(m.text, m.label) for m in found] == [("Vorona", "Organization"), ("Vorona", "Organization")]
    assert [m.start for m in found] == [21, 58]


def test_a_list_of_channels_and_a_quoted_russian_name() -> None:
    text = ("Source: Telegram channels Vorona, Grad Novosti and Shtil. "
            "По данным Telegram-канала «Тихий час», пожар потушен.")
    assert {name for name, _ in _named(_doc(text))} == {"Vorona", "Grad Novosti", "Shtil", "Тихий час"}


def test_words_that_name_no_channel_are_left_alone() -> None:
    text = "Videos circulating on Telegram channels show the fire. The Telegram channel of the mayor."
    assert _named(_doc(text)) == []


def test_a_name_the_model_already_called_an_organisation_is_left_to_it() -> None:
    text = "The Telegram channel Vorona reported a fire."
    known = Mention(id="m1", document_id="doc-test", start=21, end=27, text="Vorona", label="Organization")
    assert _named(_doc(text, [known])) == []


def test_a_name_the_model_read_as_a_place_becomes_the_channel() -> None:
    text = "The Telegram channel Vorona reported a fire."
    wrong = Mention(id="m1", document_id="doc-test", start=21, end=27, text="Vorona", label="Location")
    assert _named(_doc(text, [wrong])) == [("Vorona", 21)]
