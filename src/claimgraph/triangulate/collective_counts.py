"""Counts of people told with an East Slavic collective numeral ("трое", "шестеро", "троє").

Russian, Ukrainian and Belarusian count people with collective numerals that need no noun: "Трое
из них госпитализированы" (three of them are in hospital), "в стационаре находятся шестеро" (six
are in hospital). Named-entity taggers leave these words out, so the figures of such a report
would lack its counts of the injured. Each collective numeral becomes a quantity mention of
people, with its sentence, for :mod:`claimgraph.triangulate.figures` to compare.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from claimgraph.model import Mention
from claimgraph.store import Store
from claimgraph.triangulate.figures import MEASURE_STEMS

#: Collective numerals by value, in the cases a report uses them, Russian, Ukrainian and
#: Belarusian spellings; the Ukrainian oblique forms ("двох", "трьох") are left out, as they are
#: the cardinal's too ("двох країн").
COLLECTIVES = {
    2: "двое двоих двоим двоими двоє",
    3: "трое троих троим троими троє",
    4: "четверо четверых четверым четверыми чацвёра чацвярых",
    5: "пятеро пятерых пятерым пятерыми п'ятеро п’ятеро пяцёра пяцярых",
    6: "шестеро шестерых шестерым шестерыми шасцёра шасцярых",
    7: "семеро семерых семерым семерыми сямёра сямярых",
    8: "восьмеро восьмерых восьмерым васьмёра",
    9: "девятеро девятерых девятерым дев'ятеро дев’ятеро дзевяцёра",
    10: "десятеро десятерых десятерым дзесяцёра",
}
#: Words after a numeral that make it part of a count told before ("трое из них").
PART_OF = frozenset({"из", "з", "са", "с"})
VALUE_OF = {w: v for v, words in COLLECTIVES.items() for w in words.split()}
_WORD = re.compile(r"[\w'’]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…\n]")
LANGS = frozenset({"ru", "uk", "be"})
#: The noun the figure counts, in the language of the report, as the normalized form names it.
PEOPLE = {"ru": "человек", "uk": "осіб", "be": "чалавек"}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start``..``end`` (by sentence-ending marks)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _whole_count(text: str, end: int) -> bool:
    """Whether the numeral ending at ``end`` counts the people the sentence is about, not a kind of
    them: it ends its clause ("находятся шестеро, остальные ..."), opens a part ("трое из них"),
    or is followed by a word of what befell them ("шестеро раненых", "трое погибли"). Followed by
    another noun it counts a kind ("трое взрослых и два подростка"): a part of the whole."""
    gap = re.match(r"[ \t\u00a0]*", text[end:])
    after = text[end + (gap.end() if gap else 0):]
    if not after or not (after[0].isalpha()):
        return True
    first = _WORD.match(after)
    word = first.group().casefold() if first else ""
    if word in PART_OF:
        return True
    return any(word.startswith(stem) for stems in MEASURE_STEMS.values() for stem in stems.split())


def collective_mentions(document_id: str, text: str, lang: str | None,
                        taken: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Quantity mentions of the collective numerals in a report of a language that has them,
    except where a quantity mention already stands (``taken``: its spans)."""
    if (lang or "") not in LANGS:
        return []
    spans = list(taken)
    out = []
    for m in _WORD.finditer(text):
        value = VALUE_OF.get(m.group().casefold())
        if value is None or any(s < m.end() and m.start() < e for s, e in spans):
            continue
        if not _whole_count(text, m.end()):
            continue
        s_start, s_end = _sentence(text, m.start(), m.end())
        out.append(Mention(Mention.make_id(document_id, m.start(), m.end(), "Quantity"), document_id,
                           m.start(), m.end(), m.group(), "Quantity", sent_start=s_start, sent_end=s_end,
                           normalized=f"{value} {PEOPLE[lang or 'ru']}", extractor="collective"))
    return out


def load_collective_mentions(store: Store, mentions: list[Mention], documents: set[str]
                             ) -> tuple[list[Mention], dict[str, tuple[int, str]]]:
    """The collective numerals of the given documents (those in a language that has them), with
    each one's sentence (start and text), leaving out those a quantity mention already covers."""
    return load_word_mentions(store, mentions, documents, LANGS, collective_mentions)


def load_word_mentions(store: Store, mentions: list[Mention], documents: set[str], langs: Iterable[str],
                       find: Callable[[str, str, str, Iterable[tuple[int, int]]], Iterable[Mention]]
                       ) -> tuple[list[Mention], dict[str, tuple[int, str]]]:
    """The mentions ``find`` reads in the texts of the given documents in ``langs`` (counts written in
    words), with each one's sentence (start and text), leaving out those a quantity mention covers."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.label == "Quantity":
            taken.setdefault(m.document_id, []).append((m.start, m.end))
    found: list[Mention] = []
    sentences: dict[str, tuple[int, str]] = {}
    codes = sorted(langs)
    rows = store.query(f"SELECT id, lang, text FROM documents WHERE lang IN ({', '.join('?' for _ in codes)})", codes)
    for r in rows:
        if r["id"] not in documents or not r["text"]:
            continue
        for m in find(r["id"], r["text"], r["lang"], taken.get(r["id"], ())):
            found.append(m)
            sentences[m.id] = (m.sent_start or 0, r["text"][m.sent_start:m.sent_end])
    return found, sentences
