"""Known names found in Belarusian spelling: "Пуцін", "Уладзіміра Пуціна", "Магілёве", "Лукашэнкам".

Ukrainian reports use the same matcher without reading Belarusian letter groups back
("Нижньокамську", "Мінська", "Шахедів"), and there a known one-word country or person written in
lower case on purpose ("росії", "путіна") is found too.

Belarusian writes the names of the region as it hears them, so a known Russian name does not come
back letter for letter: soft т and д are written ц and дз ("Путин" → "Пуцін", "Владимир" →
"Уладзімір"), an unstressed о is written а and е often я ("Могилёв" → "Магілёў", "Вячеслав" →
"Вячаслаў"), щ is шч, в after a vowel is ў, and a word opening with в before a consonant opens with
у. A script bridge one letter for one cannot undo those, and the Russian models do not know the
words they make.

Here each word is folded to a key on which both spellings meet: the Belarusian letters are read
back (ц and дз before a soft vowel as т and д, шч as щ, ў as в), the vowels fall into three classes
(а о е э я ё; и і ы ї й; у ю; a first vowel keeps a finer class, so "Єлабуга" is not "Алабуга")
because stress decides how Belarusian writes them, double consonants
count once and final vowels are dropped, as case endings are. A name of the built-in gazetteer is
found when every one of its words meets a word of the text on that key, in order; a one-word name
needs three consonants, so short words ("Арэна", "Іран") never meet a name by chance.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from claimgraph.nlp.word_trie import longest_match

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яёіїєґў]", re.IGNORECASE)
_SOFT = "іиеёюяь"
#: Belarusian letter groups read back as the Russian letter they stand for
_BACK = [(re.compile(p), r) for p, r in [
    (rf"дз(?=[{_SOFT}])", "д"), (rf"ц(?=[{_SOFT}])", "т"), ("шч", "щ"),
]]
_VOWEL_CLASS = str.maketrans({**dict.fromkeys("аоеэяёє", "а"), **dict.fromkeys("иіыїй", "и"),
                              **dict.fromkeys("ую", "у"), "ў": "в", "ґ": "г"})
_INITIAL_CLASS = str.maketrans({**dict.fromkeys("ао", "а"), **dict.fromkeys("еэяёє", "е"),
                                **dict.fromkeys("иіыї", "и"), **dict.fromkeys("ую", "у")})
_DROPPED = str.maketrans(dict.fromkeys("ьъ'’ʼ-", None))
_VOWELS = frozenset("аиу")
MAX_WORDS = 5
_GIVEN_BEFORE = re.compile(r"([^\W\d_]+) $")
#: Kinds of known one-word names Ukrainian outlets write in lower case on purpose ("росія", "путін").
_LOWERCASE_KINDS = frozenset({"Country", "Person"})


@functools.lru_cache(maxsize=100_000)
def fold(word: str, belarusian: bool = True) -> str:
    """The key a word's Belarusian and Russian spellings share ("Пуцін" and "Путин": "пвтин" …).

    ``belarusian`` reads Belarusian letter groups back first (for words of the text); names of
    the gazetteer are folded without it, as a Russian ц stays ц.
    """
    w = word.casefold()
    if belarusian:
        for pattern, repl in _BACK:
            w = pattern.sub(repl, w)
    w = w.replace("щ", "шч").translate(_DROPPED)
    if len(w) > 1 and w[0] in "уў" and w[1] not in "аоеэяёєиіыїйую":
        w = "в" + w[1:]  # "Уладзімір", "Ўладзімір": "Владимир"
    head = w[:1].translate(_INITIAL_CLASS)  # "Єлабуга" is not "Алабуга": a first vowel keeps more
    w = head + w[1:].translate(_VOWEL_CLASS)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w.rstrip("".join(_VOWELS)) or w


def one_word_key_is_safe(key: str) -> bool:
    """Whether a one-word name's key is long enough to be matched on its own: three consonants."""
    return sum(ch not in _VOWELS for ch in key) >= 3


def _stems(word: str) -> set[str]:
    from claimgraph.nlp.gazetteer import word_keys

    return set(word_keys(word, False))


class KnownNames:
    """Names of the built-in gazetteer, matched in Belarusian spelling (a word trie on folded keys)."""

    def __init__(self, entries: Iterable[Any]) -> None:
        self._root: dict[str, Any] = {}
        for entry in entries:
            for form in (entry.name, *entry.aliases):
                if not _CYRILLIC.search(form):
                    continue
                words = _WORD.findall(form)
                if not words or len(words) > MAX_WORDS:
                    continue
                from claimgraph.nlp.gazetteer import entry_key

                keys = [fold(entry_key(w), belarusian=False) for w in words]
                if len(keys) == 1 and not one_word_key_is_safe(keys[0]):
                    continue
                node = self._root
                for key in keys:
                    node = node.setdefault(key, {})
                node.setdefault("", (entry, form))

    def find(self, text: str, belarusian: bool = True, lowercase: bool = False) -> list[tuple[int, int, Any, str]]:
        """``(start, end, entry, form)`` of each known name, left to right, longest first;
        ``belarusian=False`` for Ukrainian, where ц and дз before a soft vowel are what they are.
        ``lowercase`` also finds a known one-word country or person written in lower case on
        purpose ("росії", "путіна")."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        found: list[tuple[int, int, Any, str]] = []
        covered = 0
        for i, (start, _end, surface) in enumerate(words):
            lower = surface.islower()
            if start < covered or not (surface[:1].isupper() or lowercase and lower) or not _CYRILLIC.search(surface):
                continue
            best = longest_match(self._root, self._keys(surface, belarusian),
                                 lambda j: self._keys(words[j][2], belarusian), i, len(words),
                                 lambda j: text[words[j - 1][1]:words[j][0]] in (" ", "\u00a0"), MAX_WORDS)
            if best is not None and lower and (best[0] != i or best[1][0].type not in _LOWERCASE_KINDS):
                continue
            if best is not None:
                found.append((start, words[best[0]][1], best[1][0], best[1][1]))
                covered = words[best[0]][1]
        return found

    @staticmethod
    def _keys(word: str, belarusian: bool = True) -> set[str]:
        return {fold(s, belarusian) for s in _stems(word)}


@functools.lru_cache(maxsize=1)
def known_names() -> KnownNames:
    """The built-in gazetteer's Cyrillic names, indexed once per process."""
    from claimgraph.nlp.gazetteer import builtin_entries

    return KnownNames(builtin_entries())


def with_known_names(doc: Any, found: list[Any], make: Any) -> tuple[list[Any], list[Any]]:
    """Known names of a Belarusian (or Ukrainian) text as mentions (``make(doc, start, end, label, normal)``), and
    the statistical mentions left beside them: a person's name, or any span over a known person,
    that overlaps a known name gives way to it ("Перамовы Лукашэнкі" → "Лукашэнкі")."""
    from claimgraph.resolve.names import is_given_name

    known = []
    for start, end, entry, form in known_names().find(doc.text, belarusian=doc.lang == "be",
                                                      lowercase=doc.lang == "uk"):
        before = _GIVEN_BEFORE.search(doc.text, max(0, start - 40), start)
        if entry.type == "Person" and before and is_given_name(before.group(1)):
            start = before.start(1)  # "Аляксандар Лукашэнка": a given name the list spells otherwise
        mention = make(doc, start, end, entry.type, form)
        mention.canonical = entry.name
        known.append(mention)
    if not known:
        return found, []
    kept = []
    for m in found:
        over = [k for k in known if k.start < m.end and m.start < k.end]
        same = next((k for k in over if (k.start, k.end, k.label) == (m.start, m.end, m.label)), None)
        if same is not None and m.normalized:
            same.normalized = m.normalized  # the report's own spelling, in its nominative ("Сербія")
        if len(over) == 1 and m.label == over[0].label == "Person" and _given_names_around(doc.text, m, over[0]):
            m.canonical = over[0].canonical  # "Аляксандар Лукашэнка" around the known "Лукашэнка"
            known.remove(over[0])
        elif over and m.label == "Person" and all(k.label != "Person" and k.start <= m.start < k.end < m.end
                                                  for k in over):
            rest = re.search(r"\S", doc.text[max(k.end for k in over):m.end])
            if rest:  # "Північної Кореї Кім Чен Ином": the known country, then the person
                start = max(k.end for k in over) + rest.start()
                kept.append(make(doc, start, m.end, "Person", doc.text[start:m.end]))
            continue
        elif over and (m.label == "Person" or any(k.label == "Person" for k in over)
                       or all(m.start >= k.start and m.end <= k.end for k in over)):
            continue
        kept.append(m)
    return kept, known


def _given_names_around(text: str, outer: Any, inner: Any) -> bool:
    """Whether ``outer`` holds ``inner`` and only given names besides ("Аляксандар" before it)."""
    from claimgraph.resolve.names import is_given_name

    if not (outer.start <= inner.start and inner.end <= outer.end) or (outer.start, outer.end) == (inner.start, inner.end):
        return False
    extra = _WORD.findall(text[outer.start:inner.start] + " " + text[inner.end:outer.end])
    return bool(extra) and all(is_given_name(w) for w in extra)
