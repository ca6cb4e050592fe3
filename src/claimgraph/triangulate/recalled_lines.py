"""Lines where a report recalls background ("Recall that …", "Напомним, …") or captions a photo.

A report often closes with a reminder of how the larger story began ("Напомним, 24 февраля 2022
года …", "Recall that on 3 March the ministry …"). The days such a line names are history, not the
day the report tells of: they may be stated, but never make the report's lead day. A line that
opens with a reminder cue recalls background to the end of its paragraph. A photo's caption (a
short line that ends with the picture's credit: "… Istanbul, May 3, 2021. Reuters", "… Фото: ТАСС")
tells when the picture was taken, which may be years before the story.
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


CAPTION_CHARS = 300  # the longest line read as a photo caption
#: The end of a photo caption: an agency's credit after the caption's last sentence, or a photographer's.
_CREDIT = re.compile(
    r"(?:[.|©]\s*(?:reuters|ap|afp|epa(?:-efe)?|getty images|anadolu|тасс|риа новости|укрінформ|укринформ)"
    r"(?:\s*(?:photo|фото))?(?:\s*/\s*[^\W\d_][\w .'-]{0,40})?"
    r"|\b(?:photo|фото|світлина)\s*(?:by|:)\s*[^\n]{1,60})\.?\s*$", re.IGNORECASE)


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that caption a photo: short lines ending with a credit."""
    out: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if 0 < len(line.strip()) <= CAPTION_CHARS and _CREDIT.search(line):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def recalled_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` whose days are not the report's own: from a sentence opening with
    a reminder cue to the end of its paragraph, and photo captions."""
    out: list[tuple[int, int]] = caption_lines(text)
    for m in _OPENING.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end))
    return out


def inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset ``at`` lies in one of ``spans``."""
    return any(s <= at < e for s, e in spans)
