"""A photo caption tells again what the report tells: its sentences give no events."""
from __future__ import annotations

from collections.abc import Callable

from claimgraph.model import Event
from claimgraph.nlp.event_captions import caption_spans, in_caption

_CAPTION = ("Kazakh President Kassym-Jomart Tokayev (L) and Uzbek President Shavkat Mirziyoyev (R) attend the "
            "signing ceremony in Tashkent, Uzbekistan, March 3, 2025. The two leaders signed a treaty on allied "
            "relations on Monday. (Photo by Anna Petrova/Central Asia Press)")
_REPORT = ("TASHKENT, March 3 -- The presidents of Kazakhstan and Uzbekistan signed a treaty on allied "
           "relations on Monday.\nThe treaty was signed after talks in the Kuksaroy residence.")


def test_captions_are_the_lines_with_a_bracketed_credit_or_a_position_in_the_picture() -> None:
    text = "Ministers (second left) inspect a drone.\nThe minister spoke.\nA crowd waits. (Фото: Иван Сидоров)\n"
    spans = caption_spans(text)
    assert [text[a:b] for a, b in spans] == ["Ministers (second left) inspect a drone.",
                                             "A crowd waits. (Фото: Иван Сидоров)"]
    assert in_caption(spans, text.index("inspect")) and not in_caption(spans, text.index("spoke"))


def test_a_caption_adds_no_second_signing(events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in(_CAPTION + "\n" + _REPORT, "en", "2025-03-03")
    text = _CAPTION + "\n" + _REPORT
    assert [e.type for e in found if e.type == "agreement"] == ["agreement"]
    assert all(e.start >= len(_CAPTION) for e in found)
    assert text[found[0].start:].startswith("TASHKENT")


def test_a_parenthesis_that_is_no_credit_leaves_the_sentence_an_event(
        events_in: Callable[[str, str, str], list[Event]]) -> None:
    found = events_in("The presidents of Kazakhstan and Uzbekistan (both members of the CSTO) signed a treaty on "
                      "Monday.", "en", "2025-03-03")
    assert [e.type for e in found] == ["agreement"]


def test_a_paragraph_opened_by_a_photo_label_is_a_caption() -> None:
    text = "FILE PHOTO: Two ministers shake hands in Ankara, May 2, 2024.\nФото: министры на переговорах.\nThe talks ended.\n"
    spans = caption_spans(text)
    assert [text[a:b] for a, b in spans] == ["FILE PHOTO: Two ministers shake hands in Ankara, May 2, 2024.",
                                             "Фото: министры на переговорах."]
