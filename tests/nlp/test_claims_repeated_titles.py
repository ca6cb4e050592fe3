"""A headline the page repeats gives no claims; the report's own sentences still do."""
from __future__ import annotations

from claimgraph.nlp.claims.repeated_titles import inside, repeated_title_spans

TITLE = "Canada imposes new sanctions on Iran over drone parts"
PAGE = f"{TITLE}\n\n{TITLE}\n\nCanada on Monday imposed sanctions on Belarus for supplying drone parts to Russia.\n"


def test_a_line_held_twice_is_a_repeated_title() -> None:
    spans = repeated_title_spans(PAGE)
    assert [PAGE[a:b] for a, b in spans] == [TITLE, TITLE]
    body = PAGE.index("Canada on Monday")
    assert not inside(spans, body, body + 20)


def test_a_short_repeated_label_is_no_title() -> None:
    assert repeated_title_spans("Photo\nA long sentence of the report follows here.\nPhoto\n") == []


def test_claims_come_from_the_report_not_from_its_repeated_headline(pairs_of) -> None:
    found = pairs_of("sanctioned_by")(PAGE, "en")
    assert found == {("Belarus", "Canada")}
