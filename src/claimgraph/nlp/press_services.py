"""Press services as sources: "the Kremlin press service said", "сообщает пресс-служба главы
республики", "со ссылкой на пресс-службу Минобороны", "Lukashenko's press office reported".

A press service is how a government or a company makes a statement public, so a report that
relays it names its origin as surely as one that names an agency. Each becomes a
``Citation(kind="attribution")`` whose source is the phrase as written ("пресс-служба Кремля");
triangulation reads the owner's country from it and counts every report of one event that relays
one government's press service, its state media or its officials as one account
(:mod:`claimgraph.triangulate.accounts`).

Only a phrase next to a reporting cue counts ("reported", "said", "according to", "сообщает",
"со ссылкой на"), so "the press service was closed" is no citation.
"""
from __future__ import annotations

import re

from claimgraph.model import Citation
from claimgraph.nlp.attributions import sentence_attributions
from claimgraph.nlp.doc import AnalyzedDoc

# The owner: up to three words after the service ("главы республики", "of the Kremlin"), or a
# possessive name or adjective before it ("Lukashenko's press office", "кремлевская пресс-служба").
_OWNER_AFTER = r"(?:[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?[^\W\d_][\w'’-]*){0,3}"
_UPPER = r"(?-i:[A-ZА-ЯЁІЇЄҐЎ])"
_OWNER_BEFORE = (r"(?:the[ \t]+)?(?:(?:" + _UPPER + r"[\w'’.-]*[ \t]+){0,3}[\w.-]+(?:'s|’s)[ \t]+"
                 r"|" + _UPPER + r"[\w'’-]*(?:[ \t]+" + _UPPER + r"[\w'’-]*){0,2}[ \t]+"
                 r"|[а-яёіїєґўА-ЯЁ]+(?:ая|ой|ую|яя)[ \t]+)?")
_SERVICE = (r"(?:press[- ](?:service|office)|пресс-служб[аеуыой]{1,2}|прес-служб[аиуіой]{1,2}"
            r"|прэс-служб[аыеуой]{1,2})")
_PHRASE = _OWNER_BEFORE + _SERVICE + _OWNER_AFTER
_CUE_BEFORE = (r"(?:according[ \t]+to|citing|quoted[ \t]+by|as[ \t]+quoted[ \t]+by|cited[ \t]+by|reported[ \t]+by"
               r"|со[ \t]+ссылкой[ \t]+на|по[ \t]+данным|по[ \t]+информации|по[ \t]+сообщению"
               r"|сообща[ею]т|сообщил[аи]?|переда[её]т|передал[аи]?|уточнил[аи]?|уточняет|заявил[аи]?"
               r"|информирует|отмечает|з[ \t]+посиланням[ \t]+на|за[ \t]+даними|повідомля[єю]|повідомил[аи]?"
               r"|паведамляе|паведаміл[аі]?)(?:[ \t]+[\wа-яё-]+){0,3}?")
_CUE_AFTER = (r"(?:said|says|reported|reports|announced|stated|told|wrote|added|confirmed|сообщил[аи]?|сообща[ею]т"
              r"|заявил[аи]?|уточнил[аи]?|передал[аи]?|отметил[аи]?|добавил[аи]?|информирует|распространил[аи]?"
              r"|повідомил[аи]?|повідомля[єю]|заявил[аи]?|паведаміл[аі]?)")
_BEFORE = re.compile(r"(?<![\w-])" + _CUE_BEFORE + r"[ \t]+(?P<src>" + _PHRASE + r")", re.IGNORECASE)
_AFTER = re.compile(r"(?<![\w-])(?P<src>" + _PHRASE + r")(?:[ \t]*,)?[ \t]+(?:(?:has|have|had|also|earlier)[ \t]+)?"
                    + _CUE_AFTER + r"(?![\w-])", re.IGNORECASE)
_DISTRIBUTED = re.compile(r"(?P<src>" + _OWNER_BEFORE + r"(?:пресс-службой|прес-службою)" + _OWNER_AFTER + r")",
                          re.IGNORECASE)
_TRAILING = re.compile(r"(?:[ \t]+(?:said|says|reported|reports|announced|stated|told|that|on|in|at|with|and"
                       r"|сообщил[аи]?|сообща[ею]т|заявил[аи]?|в|во|на|что|и|а)\b.*)$", re.IGNORECASE)
MAX_PHRASE_CHARS = 80
_SERVICE_WORD = re.compile(_SERVICE, re.IGNORECASE)
#: Characters around a press service word the phrase patterns read: a cue and an owner of three
#: words each fit, and a long run of letters costs no more than this window
WINDOW = 160


def _matches(text: str) -> list[re.Match[str]]:
    """Matches of each phrase pattern, read only in windows around a press service word, in the
    order of the patterns."""
    windows: list[tuple[int, int]] = []
    for hit in _SERVICE_WORD.finditer(text):
        lo, hi = max(0, hit.start() - WINDOW), min(len(text), hit.end() + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return [m for pattern in (_BEFORE, _AFTER, _DISTRIBUTED) for lo, hi in windows
            for m in pattern.finditer(text, lo, hi)]


def press_phrase(text: str) -> str:
    """The press service phrase without the cue words caught at its end."""
    phrase = " ".join(text.split())
    phrase = _TRAILING.sub("", phrase)
    phrase = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
    return phrase.strip(" ,.;:«»\"“”")


def find_press_citations(doc: AnalyzedDoc, named: list[Citation] = ()) -> list[Citation]:  # type: ignore[assignment]
    """Press services a document names as the source of what it reports, one per sentence; a
    sentence that already names an outlet gets none."""
    found = ((press_phrase(m.group("src")), *m.span("src")) for m in _matches(doc.text))
    return sentence_attributions(doc, ((p, s, e) for p, s, e in found if p and len(p) <= MAX_PHRASE_CHARS), named)


__all__ = ["find_press_citations", "press_phrase"]
