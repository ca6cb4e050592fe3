"""A statement at a briefing, told without a day in a language read without a parser, is of the report's day."""
from __future__ import annotations

from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.event_settings import at_a_setting
from claimgraph.nlp.events import find_events
from claimgraph.nlp.parse import parse_rules


def _announcements(text: str, lang: str, published: str | None) -> list[str | None]:
    doc = AnalyzedDoc("doc-" + lang, text, lang, published=published)
    parse_rules(doc)
    return [e.time.start if e.time else None for e in find_events(doc) if e.type == "announcement"]


def test_a_statement_at_a_briefing_is_of_the_reports_day() -> None:
    text = "Про це заявила речниця міністерства Ганна Коваль під час брифінгу."
    assert _announcements(text, "uk", "2024-05-16") == ["2024-05-16"]


def test_without_the_reports_day_it_stays_undated() -> None:
    text = "Про це заявила речниця міністерства Ганна Коваль під час брифінгу."
    assert _announcements(text, "uk", None) == [None]


def test_settings_are_read_by_their_stems() -> None:
    assert at_a_setting("das sagte er auf einer pressekonferenz in berlin.", "de")
    assert not at_a_setting("про це повідомило міністерство.", "uk")
