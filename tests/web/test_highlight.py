"""Cutting document text into highlight segments: spans clamped, overlaps resolved, text intact."""
from __future__ import annotations

from claimgraph.web.highlight import segments

TEXT = "Ivan Morozov visited Minsk in March 2024."


def test_highlight_segments_rebuild_the_text_exactly() -> None:
    segs = segments(TEXT, [{"start": 0, "end": 12, "label": "Person", "entity_id": "ent-1"}],
                    [{"id": "clm-1", "start": 0, "end": len(TEXT)}], [])
    assert "".join(s.text for s in segs) == TEXT
    assert segs[0].mention["entity_id"] == "ent-1" and segs[0].claim_starts == ["clm-1"]
    assert all(s.claim for s in segs)


def test_highlight_innermost_mention_wins_and_dates_are_not_entities() -> None:
    mentions = [{"start": 0, "end": 12, "label": "Person", "entity_id": "ent-1"},
                {"start": 5, "end": 12, "label": "Person", "entity_id": "ent-2"},
                {"start": 30, "end": 40, "label": "Date"}]
    segs = {s.text: s for s in segments(TEXT, mentions, [], [])}
    assert segs["Ivan "].mention["entity_id"] == "ent-1"
    assert segs["Morozov"].mention["entity_id"] == "ent-2"
    assert segs["March 2024"].date and segs["March 2024"].mention is None


def test_highlight_hostile_spans_are_clamped_or_dropped() -> None:
    mentions = [{"start": -5, "end": 4, "label": "Person"}, {"start": 30, "end": 10_000, "label": "Date"},
                {"start": 9, "end": 3, "label": "Person"}, {"start": "x", "end": None, "label": "Person"}]
    segs = segments(TEXT, mentions, [], [{"start": 0, "end": 4, "source": "<b>wire</b>"}])
    assert "".join(s.text for s in segs) == TEXT
    assert segs[0].text == "Ivan" and segs[0].citation and segs[0].citation_source == "<b>wire</b>"
    assert segs[-1].text == "March 2024." and segs[-1].date


def test_highlight_css_classes_come_only_from_known_characters() -> None:
    (seg,) = [s for s in segments("abc", [{"start": 0, "end": 3, "label": '"><script>'}], [], [])]
    assert seg.css == "m m-script"
