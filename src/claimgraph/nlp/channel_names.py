"""Names of Telegram channels the report introduces as such: organisations the NER model misses.

Reports quote Telegram channels by short, often Latin names the statistical models do not know
("The Telegram channel Baza reported …", "Russian Telegram channels Astra, Ostorozhno Novosti and
Baza", "Telegram-канал «Пул первого»"). A name right after the words "Telegram channel(s)" (in
quotes, or one to three capitalised words, and a list of such names) is an ``Organization``, and so
is every other whole-word occurrence of that name in the report ("Baza says three people …").
A mention of the same span with another label (the model read "Baza" as a place) gives way to the
channel; spans an organisation or a longer name already covers are left to it.
"""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.doc import AnalyzedDoc

EXTRACTOR = "claimgraph.channel_names.v1"
VERSION = "1"

_INTRO = re.compile(r"(?i:telegram|телеграм)[ \t-]?(?i:channels?|канал[а-яё]*)[ \t]+")
#: a channel's name: quoted, or up to three capitalised words on one line
_NAME = re.compile(r"[«\"“„]([^«»\"“”„\n]{2,40})[»\"”“]|([A-ZА-ЯЁ][\w'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w'’-]*){0,2})")
#: what joins two names of a list
_JOIN = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|и|та|і)[ \t]+)")
#: words after "Telegram channel" that name no channel
_NOT_NAMES = frozenset({"The", "A", "An", "On", "In", "Of", "And", "It", "Its", "Their", "His", "Her"})
#: how many names one introduction may list, and how many occurrences of a name are marked
_MAX_LISTED = 5
_MAX_SEEN = 30


def channel_mentions(doc: AnalyzedDoc) -> list[Mention]:
    """``Organization`` mentions of the channels ``doc`` introduces, where no mention stands yet."""
    text = doc.text
    names = _introduced(text)
    if not names:
        return []
    # a span the model labelled otherwise is the channel's all the same ("Baza" read as a place);
    # a span it also called an organisation, or one that crosses the name, is left to it
    taken = [(m.start, m.end) for m in doc.mentions
             if m.label == "Organization" or not _named(text, m, names)]
    out: list[Mention] = []
    for name in sorted(names):
        for k, found in enumerate(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)):
            if k >= _MAX_SEEN:
                break
            start, end = found.span()
            if any(s < end and start < e for s, e in taken):
                continue
            out.append(Mention(id=Mention.make_id(doc.document_id, start, end, "Organization"),
                               document_id=doc.document_id, start=start, end=end, text=name,
                               label="Organization", normalized=name, extractor=EXTRACTOR, version=VERSION))
            taken.append((start, end))
    return out


def _named(text: str, m: Mention, names: set[str]) -> bool:
    return text[m.start:m.end] in names


def _introduced(text: str) -> set[str]:
    names: set[str] = set()
    for intro in _INTRO.finditer(text):
        pos = intro.end()
        for _ in range(_MAX_LISTED):
            m = _NAME.match(text, pos)
            if m is None:
                break
            name = (m.group(1) or m.group(2)).strip()
            if name.split()[0] in _NOT_NAMES:
                break
            names.add(name)
            joined = _JOIN.match(text, m.end())
            if joined is None:
                break
            pos = joined.end()
    return names


__all__ = ["channel_mentions"]
