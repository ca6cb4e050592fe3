"""Statements made at a public setting, in languages read without a parser.

"Про це заявив речник під час брифінгу", "sagte auf einer Pressekonferenz": a statement at a
briefing, a press conference or in an address, told without a day, was made on the day the report
was filed (as :func:`claimgraph.nlp.event_cues.day_of_statement` dates the same in English and
Russian).
"""
from __future__ import annotations

import re

#: word beginnings of public settings, by language
SETTING_STEMS: dict[str, tuple[str, ...]] = {
    "uk": ("брифінг", "пресконференц", "прес-конференц", "звернен", "пресс-конференц"),
    "be": ("брыфінг", "прэс-канферэнц", "прэсканферэнц", "зварот"),
    "bg": ("брифинг", "пресконференц", "пресконференция", "обръщение"),
    "pl": ("briefing", "konferencj", "orędzi"),
    "de": ("pressekonferenz", "pressebriefing", "briefing", "ansprache"),
    "ro": ("briefing", "conferinț", "conferinţ"),
    "et": ("briifing", "pressikonverents"),
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def at_a_setting(lowered: str, lang: str) -> bool:
    """Whether a sentence (lower-cased) names a public setting a statement is made at."""
    stems = SETTING_STEMS.get(lang, ())
    return bool(stems) and any(w.startswith(stems) for w in _WORD.findall(lowered))


__all__ = ["SETTING_STEMS", "at_a_setting"]
