"""Photo captions: a paragraph that describes a picture, not the report's own telling of an event.

"President A (L) and President B (R) attend the meeting of the council in Minsk, Dec. 6. The two
signed a treaty on Friday. (Photo by N. N./Agency)": a caption tells again, in the present, what
the report tells below; read as events it gives each of them a second time. A paragraph is a
caption when it ends with a bracketed credit ("(Photo by …)", "(Фото: …)") or places people in the
picture ("(L)", "(back, R)", "(second left)", "(слева)"), or when a picture's label opens it ("FILE
PHOTO: …", "Фото: …"). Short credit lines alone are page
furniture and are blanked before this (:mod:`claimgraph.nlp.furniture`).
"""
from __future__ import annotations

import re

from claimgraph.nlp.furniture import lines

_CREDIT_TAIL = re.compile(
    r"\(\s*(?:photo|photos|picture|image|illustration|file\s+photo|credit|фото|фотография|иллюстрация|світлина"
    r"|ілюстрація)\b[^()]*\)\s*$", re.IGNORECASE)
_POSITION = re.compile(
    r"\(\s*(?:(?:back|front|centre|center|top|bottom|first|second|third|2nd|3rd|1st)\s*,?\s*)?"
    r"(?:L|R|C|left|right|centre|center|слева|справа|в\s+центре|зліва|справа)\s*\)", re.IGNORECASE)

#: a paragraph opened by a picture's label ("FILE PHOTO: …", "Photo: …", "Фото: …")
_LABEL_HEAD = re.compile(
    r"^(?:file\s+photo|photo|picture|image|фото|фотография|світлина)\s*:", re.IGNORECASE)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each caption paragraph of ``text``."""
    out = []
    for a, b in lines(text):
        line = text[a:b].strip()
        if line and (_CREDIT_TAIL.search(line) or _POSITION.search(line) or _LABEL_HEAD.match(line)):
            out.append((a, b))
    return out


def in_caption(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the offset ``start`` falls in one of the caption ``spans``."""
    return any(a <= start < b for a, b in spans)


__all__ = ["caption_spans", "in_caption"]
