"""A Telegram channel the report names as such speaks for its own figures.

Reports of strikes inside Russia quote Telegram channels for casualty counts and targets ("The
Telegram channel Baza reported that three people were killed", "по данным телеграм-канала SHOT",
"Astra Telegram channel"). A channel is labelled an organisation, like the news outlets a report
cites, so an organisation speaks for a figure only when the report calls it a Telegram channel
somewhere: right after the words ("Telegram channel X", "Telegram-канал «X»"), in a list after them
("Telegram channels A, B and C"), or right before them ("X Telegram channel").
"""
from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.model import Mention
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _Context, _Sent

#: the channel words before a name, with a list of other names between ("Telegram channels A, B and")
_BEFORE = re.compile(
    r"(?:telegram|телеграмм?|телеґрам)[\s-]*"
    r"(?:channels?|news\s+outlets?|канал\w*|паблик\w*|пабл[іи]к\w*)\s*[«\"“„']?"
    r"(?:[^.;:!?\n«»\"“”]{0,60}?(?:,|\band\b|\bи\b|\bта\b|\bі\b)\s*[«\"“„']?)?$", re.IGNORECASE)
#: the channel words after a name ("X Telegram channel", "X в Telegram")
_AFTER = re.compile(r"^\s*[»\"”']?\s*(?:telegram|телеграмм?)[\s-]*(?:channel|канал)", re.IGNORECASE)
#: a mention that is only the words "Telegram channel" ("по данным Telegram-канала Mash")
_CHANNEL_WORDS = re.compile(r"(?i)^(?:the\s+)?(?:telegram|телеграмм?)[\s-]*(?:channel|канал)\w*$")
#: a mention that opens with the words before the name ("Telegram-канала Mash", "Telegram channel Astra")
_OPENS_WITH_CHANNEL = re.compile(r"(?i)^(?:the\s+)?(?:telegram|телеграмм?|телеґрам)[\s-]*(?:channel|канал)\w*\s+\S")
#: how many occurrences of one name are looked at
_MAX_SEEN = 20


def telegram_channel(ctx: _Context, m: Mention) -> bool:
    """Whether the organisation ``m`` is a Telegram channel by the report's own words."""
    if m.label != "Organization":
        return False
    if _OPENS_WITH_CHANNEL.match(m.text):
        return True
    return any(_called_channel(ctx.doc.text, name) for name in {m.text, name_of(m)} if len(name) > 1)


def named_channel(ctx: _Context, sx: _Sent, m: Mention) -> Mention:
    """The channel a "Telegram channel" mention introduces ("Telegram-канала Mash": Mash), else ``m``."""
    if not _CHANNEL_WORDS.match(m.text):
        return m
    after = next((n for n in sx.mentions if n.start >= m.end), None)
    if after is not None and after.label == "Organization" and re.fullmatch(r"[\s«\"“„']*",
                                                                             ctx.doc.text[m.end:after.start]):
        return after
    return m


@lru_cache(maxsize=512)
def _called_channel(text: str, name: str) -> bool:
    for k, found in enumerate(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)):
        if k >= _MAX_SEEN:
            break
        before, after = text[max(0, found.start() - 90):found.start()], text[found.end():found.end() + 30]
        if _BEFORE.search(before) or _AFTER.match(after):
            return True
    return False


__all__ = ["named_channel", "telegram_channel"]
