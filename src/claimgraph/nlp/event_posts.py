"""Statements made in a post, on a channel or to a medium.

"The governor wrote on Telegram that …", "confirmed the figure in a post on social media", "told
state television that …", "said in written comments to a news agency", "сообщила в фейсбуке",
"написал в своем телеграм-канале": a speaker's words made public through a post, a channel or a
medium's interview are a statement of that day, like words said at a briefing
(:func:`claimgraph.nlp.event_cues.statements`).

A saying verb counts when one of its own dependents is

- a post or a written comment it was made in ("in a post", "in comments to", "в посте"),
- a channel it was made on ("on Telegram", "on social media", "в соцсетях", "в фейсбуке"),
- a medium it was told to ("told state television", "told the radio").

Words added to a statement already told ("also wrote", "“…,” he wrote on Telegram") are not a new one.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: verbs that make words public (lemmas); "tell" needs a medium as its object
POSTING_VERBS = frozenset({
    "say", "write", "post", "confirm", "announce", "tell", "state", "report", "declare", "warn",
    "сообщить", "написать", "заявить", "подтвердить", "объявить", "рассказать", "опубликовать", "предупредить",
})
#: written forms a statement is made in ("in a post", "in written comments", "в посте")
_POSTS = frozenset({"post", "comment", "comments", "message", "blog", "tweet", "video", "пост", "публикация",
                    "блог", "видеообращение", "обращение"})
#: channels a statement is made on ("on Telegram", "on social media", "в соцсетях", "в фейсбуке")
_CHANNELS = frozenset({"telegram", "facebook", "twitter", "instagram", "media", "television", "tv", "radio",
                       "соцсеть", "телеграм", "телеграмм", "фейсбук", "фейсбуке", "телеграм-канал", "telegram-канал",
                       "твиттер", "инстаграм", "канал", "телевидение", "радио"})
#: media a speaker tells ("told state television", "told the radio station")
_MEDIA = frozenset({"television", "tv", "radio", "broadcaster", "station", "newspaper", "daily"})
#: adverbs adding to a statement already told
_ALSO = frozenset({"also", "too", "likewise", "и", "также", "тоже"})
_QUOTES = frozenset('"«»“”„')
#: unnamed sources: what they tell is no statement made on record
_UNNAMED = frozenset({"source", "insider", "источник", "собеседник"})
#: prepositions of a post or a channel
_IN_ON = frozenset({"in", "on", "via", "в", "во"})


def _lemma(sent: Sentence, i: int) -> str:
    return (sent.tokens[i].lemma or sent.tokens[i].text).lower()


def _children(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and c != i]


def _names(sent: Sentence, i: int, words: frozenset[str]) -> bool:
    """The noun at ``i``, or a compound or modifier word of it ("social media", "state television"),
    is one of ``words``."""
    return _lemma(sent, i) in words or sent.tokens[i].text.lower() in words


def posted(sent: Sentence, verb: int) -> bool:
    """Whether the saying verb at ``verb`` made its words public in a post, on a channel or to a medium."""
    toks = sent.tokens
    if _lemma(sent, verb) not in POSTING_VERBS or toks[verb].pos != "VERB":
        return False
    subj = next((c for c in _children(sent, verb) if toks[c].dep.startswith("nsubj")), None)
    if subj is None or _lemma(sent, subj) in _UNNAMED:
        return False  # no speaker, or "a source told the newspaper": no statement on record
    near = [k for c in _children(sent, subj) for k in [c, *_children(sent, c)]]
    if any(toks[c].dep.startswith("advmod") and _lemma(sent, c) in _ALSO for c in _children(sent, verb) + near):
        return False  # "also wrote on Telegram", "подтвердила и служба": more of a statement told before
    if toks[subj].pos == "PRON" and any(t.text[:1] in _QUOTES for t in toks[:verb]):
        return False  # "“…,” he wrote on Telegram": more words of a speaker already introduced
    return bool(_channels(sent, verb))


def _channels(sent: Sentence, verb: int) -> list[int]:
    """The verb's dependents that are the post, channel or medium its words were made public in."""
    toks = sent.tokens
    out = []
    kids = _children(sent, verb)
    # "confirmed the deaths in a post": the post may be parsed as hanging on the object
    kids += [k for c in kids if toks[c].dep.split(":")[0] == "obj" for k in _children(sent, c)
             if toks[k].dep.split(":")[0] == "nmod"]
    for c in kids:
        rel = toks[c].dep.split(":")[0]
        cased = any(toks[k].dep == "case" and _lemma(sent, k) in _IN_ON for k in _children(sent, c))
        if rel in ("obl", "nmod") and cased and (_names(sent, c, _POSTS | _CHANNELS)):
            out.append(c)
        elif rel in ("obj", "iobj") and _lemma(sent, verb) == "tell" and _names(sent, c, _MEDIA):
            out.append(c)
    return out


def channel_spans(sent: Sentence) -> list[tuple[int, int]]:
    """The character spans of the channels statements of the sentence were posted on ("on Telegram",
    "told state television"): the names there carry the words, they take no part in the event."""
    toks = sent.tokens
    spans = []
    for v in range(len(toks)):
        if not posted(sent, v):
            continue
        for c in _channels(sent, v):
            inside = [k for k in range(len(toks)) if k == c or c in _ancestors(sent, k)]
            spans.append((min(toks[k].start for k in inside), max(toks[k].end for k in inside)))
    return spans


def _ancestors(sent: Sentence, i: int, depth: int = 4) -> list[int]:
    out, toks = [], sent.tokens
    while depth and 0 <= toks[i].head < len(toks) and toks[i].head != i:
        i = toks[i].head
        out.append(i)
        depth -= 1
    return out


__all__ = ["POSTING_VERBS", "channel_spans", "posted"]
