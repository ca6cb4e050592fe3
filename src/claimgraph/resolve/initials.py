"""Initials: the letters an initial may stand for in either script.

"Y." may be Ю, Я, Е, Й or Ы, so it fits "Юрий" and "Yuri", whose key starts with "u"; a Latin
digraph written as one initial ("Yu. Kovalchuk") is the one Cyrillic letter it spells.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from claimgraph.resolve.given_names import given_name_forms
from claimgraph.resolve.name_keys import CYRILLIC, romanize

#: Latin digraphs written as one initial ("Yu. Kovalchuk") and the Cyrillic letter they spell
_DIGRAPH_LETTERS = {"Shch": "Щ", "Yu": "Ю", "Ya": "Я", "Ye": "Е", "Yo": "Ё", "Zh": "Ж",
                    "Kh": "Х", "Ch": "Ч", "Sh": "Ш", "Ts": "Ц"}
_DIGRAPH_INITIAL = re.compile(r"\b(" + "|".join(_DIGRAPH_LETTERS) + r")\.")


def cyrillic_initials(name: str) -> str:
    """The name with each Latin digraph initial written as its Cyrillic letter ("Yu." → "Ю.")."""
    return _DIGRAPH_INITIAL.sub(lambda m: _DIGRAPH_LETTERS[m.group(1)] + ".", name)


#: The Cyrillic letters a Latin first letter may stand for in some romanisation: "Y" is Ю, Я, Е,
#: Й or Ы ("Yuri", "Yakov", "Yevgeny"), "I" is also Ю and Я ("Iouri", "Iakov"), "H" the
#: Belarusian Г ("Hienadz"), "X", "Q", "J" and "Z" the pinyin С and Ц ("Xi", "Jinping").
_LATIN_FIRST = {
    "a": "а", "b": "б", "c": "кцчс", "d": "д", "e": "еэ", "f": "ф", "g": "гж", "h": "хг",
    "i": "ийюяе", "j": "йюяеджцх", "k": "кх", "l": "л", "m": "м", "n": "н", "o": "о", "p": "пф",
    "q": "кц", "r": "р", "s": "сшщ", "t": "тцф", "u": "у", "v": "в", "w": "ву", "x": "ксх",
    "y": "юяейыи", "z": "зжц",
}
#: Latin openings of a full word that settle which letter it starts with ("Yuri" is Ю), longest
#: first; other words fall back to their first letter's set
_LATIN_ONSETS = (
    ("shch", "щ"), ("iou", "ю"), ("you", "ю"), ("sch", "шщ"), ("sh", "шщ"), ("zh", "жч"),
    ("kh", "х"), ("ts", "ц"), ("tz", "ц"), ("dz", "д"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"),
    ("ia", "яи"), ("ye", "е"), ("yo", "е"), ("ph", "ф"),
)
#: Cyrillic letters written alike: ё as е; Belarusian and Ukrainian letters as the Russian ones
_CYRILLIC_FIRST = {"ё": "е", "і": "и", "ї": "й", "є": "е", "ў": "у", "ґ": "г"}


@functools.lru_cache(maxsize=20_000)
def initial_letters(word: str) -> frozenset[str]:
    """The Cyrillic letters a word or initial may start with in either script.

    A Cyrillic word starts with its own letter; a Latin initial with any letter some
    romanisation writes with it ("Y" → Ю, Я, Е, Й, Ы, И); a Latin full word with the letter its
    opening settles ("Yuri" → Ю, "Khodorkovsky" → Х), else as its initial.
    """
    low = unicodedata.normalize("NFC", word.strip(".").lower())
    if not low:
        return frozenset()
    first = low[0]
    if CYRILLIC.match(first) or first in _CYRILLIC_FIRST:
        return frozenset(_CYRILLIC_FIRST.get(first, first))
    latin = romanize(low)
    if len(low) > 1:
        for onset, letters in _LATIN_ONSETS:
            if latin.startswith(onset):
                return frozenset(letters)
    return frozenset(_LATIN_FIRST.get(latin[:1], latin[:1]))


def initials_fit(initial: str, word: str, key: str = "") -> bool:
    """Whether an initial may abbreviate a word in either script ("Y." and "Юрий" do); with the
    word's key, any spelling of that given name counts ("V." fits "Uladzimir", i.e. Vladimir)."""
    letters = initial_letters(initial)
    return bool(letters & initial_letters(word)) or \
        any(letters & initial_letters(form) for form in given_name_forms(key))
