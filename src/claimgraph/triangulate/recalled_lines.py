"""Lines where a report recalls background: "Recall that …", "Напомним, …", "Нагадаємо, …".

A report often closes with a reminder of how the larger story began ("Напомним, 24 февраля 2022
года …", "Recall that on 3 March the ministry …"). The days such a line names are history, not the
day the report tells of: they may be stated, but never make the report's lead day. A line that
opens with a reminder cue recalls background to the end of its paragraph.
"""
from __future__ import annotations

import re

#: Openings of a sentence that recall earlier events, in the languages reports come in.
_CUES = (
    r"recall(?:ing)? that", r"as a reminder", r"to recall", r"as (?:was |we )?(?:previously |earlier )?reported",
    r"напомним", r"напомню", r"напоминаем", r"как сообщалось", r"как ранее сообщалось",
    r"нагадаємо", r"нагадуємо", r"нагадаю", r"як повідомлялося", r"як раніше повідомлялося",
    r"нагадаем", r"як паведамлялася", r"przypomnijmy", r"przypominamy",
)
_OPENING = re.compile(r"(?:^|(?<=[.!?…»\"”)\n])\s*)[«\"“(]?(?:" + "|".join(_CUES) + r")\b", re.IGNORECASE)


def recalled_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that recall background: from a sentence opening with a reminder
    cue to the end of its paragraph."""
    out: list[tuple[int, int]] = []
    for m in _OPENING.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end))
    return out


def inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset ``at`` lies in one of ``spans``."""
    return any(s <= at < e for s, e in spans)
