"""Word keys: one comparable form for every spelling, script and inflection of a word.

Analysts see "Федорищев", "Fedorishchev", "Fedorishev" and "Fedorištšev" for one man. A key is
built in three steps: Cyrillic is romanised with one fixed table (diacritic Latin spellings are
expanded to their digraphs first), the result is folded to ASCII lowercase, and a short list of
rewrites collapses the spelling choices romanisation systems disagree on (shch/sch/štš → sh,
zh → j, kh → h, ya/ia/ja → a, y/j → i, doubled letters). Keys are for blocking and exact
agreement; the fine decision is left to the matcher.

Chinese names written in Russian follow the Palladius system, which spells pinyin syllables
("Фэйлун" is "Feilong", not "Feilun"): a word that reads distinctively as Palladius is keyed by its
pinyin (:mod:`claimgraph.resolve.chinese`). Belarusian romanisation writes Russian sounds
differently: дз for д ("Dzmitry", "Lebedzeu") and a final ў for в ("Ivanou") are rewritten
everywhere.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from normality import ascii_text

from claimgraph.resolve import chinese

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Belarusian and Ukrainian letters
    "і": "i", "ї": "yi", "є": "ye", "ў": "u", "ґ": "g",
}
_DIACRITIC = {"š": "sh", "č": "ch", "ž": "zh", "ł": "l", "ŭ": "u", "ś": "s", "ć": "ch", "ź": "z",
              "ż": "zh", "ń": "n", "ё": "e",
              # Romanian, with comma and with cedilla: "Lukașenko", "Oreșkin", "Skibițki"
              "ș": "sh", "ş": "sh", "ț": "ts", "ţ": "ts"}
REWRITES = [
    (re.compile(p), r) for p, r in [
        # Belarusian final ў where Russian has в: "Ivanou", "Lebedzeu", "Stanislau"
        (r"(?<=[a-z]{3})([aoe])u$", r"\1v"),
        # German "schtsch" and Polish "szcz" are щ; German "sch" ш, "tsch" ч, "wj" вь
        (r"schtsch|shtsh|shch|sch|szcz|shh|ssh", "sh"), (r"sz", "sh"), (r"cz|tch|tsch", "ch"),
        # zh is held apart until the y/i/j rewrites are done (see the last rewrite)
        (r"dzh", "j"), (r"zh", "ж"), (r"dz", "d"), (r"kh", "h"), (r"tz|ts", "c"), (r"ph", "f"),
        (r"w", "v"),
        (r"ck|q", "k"), (r"x", "ks"), (r"c(?=[eiy])", "s"),
        (r"(?<=[a-z])(iy|yy|ij|yj|ii|iy)$", "i"),
        (r"[yij]a", "a"), (r"[yij]u", "u"), (r"[yij]o", "o"), (r"[yij]e", "e"),
        (r"[yj]", "i"), (r"(.)\1+", r"\1"),
        # zh stays a consonant: "Zhang" is not "Yang", "Zhukov" not "Ukov"
        (r"ж", "j"),
    ]
]
#: Case endings cut from a key: Russian, and the Belarusian and Ukrainian ones ("Лукашэнкам",
#: "Лукашенкові", "Федарышчава": "am", "ovi", "aga")
_ENDINGS = ("ami", "ogo", "omu", "imi", "ovi", "evi", "aga", "amu", "ei", "oi", "ui", "om", "em", "im",
            "am", "ah", "ih", "a", "u", "e", "i", "o")
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_ROMAN_INITIAL = re.compile(r"^[^\W\d_]\.?$")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def script_of(text: str) -> str:
    """The script most letters of the text are written in: Latin, Cyrillic or other."""
    latin = cyrillic = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin += 1
        elif name.startswith("CYRILLIC"):
            cyrillic += 1
        else:
            other += 1
    best = max(latin, cyrillic, other)
    if best == 0:
        return "other"
    if best == latin:
        return "Latin"
    return "Cyrillic" if best == cyrillic else "other"


def romanize(text: str) -> str:
    """Lowercase ASCII with Cyrillic romanised by one fixed table (шч-style digraphs kept)."""
    out = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        out.append(_CYR.get(ch) or _DIACRITIC.get(ch) or ch)
    return (ascii_text("".join(out)) or "").lower()


@functools.lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The phonetic key of one word: romanised, spelling variants collapsed, case ending cut.

    Cutting one final case ending ("Минске", "Федорищевым", "Lukashenka") lets inflected and
    Belarusian forms meet their nominative without a dictionary; the stem keeps ≥ 4 letters.
    A word that reads distinctively as Palladius is keyed by its pinyin ("Сямэня" as "Xiamen").
    """
    pinyin = chinese.pinyin(token) if CYRILLIC.search(token) else None
    return latin_key(pinyin or token)


def latin_key(token: str) -> str:
    """The key of a word read as written (:func:`token_key` without the pinyin reading)."""
    key = re.sub(r"[^a-z0-9]", "", romanize(token))
    acronym = token.isupper() and token.isalpha() and len(token) <= 6
    for pattern, repl in REWRITES:
        if acronym and repl == r"\1":  # "УНН" is not "UN": an acronym's letters all count
            continue
        key = pattern.sub(repl, key)
    if not key.isdigit():
        for ending in _ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                key = key[: -len(ending)]
                break
    return key


def tokens(name: str) -> list[str]:
    """The words of a name (hyphenated parts and apostrophes stay inside one word)."""
    return _TOKEN.findall(name)


def is_initial(token: str) -> bool:
    """Whether a word is an initial: one letter, with or without its full stop."""
    return bool(_ROMAN_INITIAL.match(token)) or (len(token) == 1 and token.isalpha())
