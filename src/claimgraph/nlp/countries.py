"""Country and territory names in every language the reference data carries, and nationalities.

Reports name one country in many ways: "United States", "Estados Unidos", "SUA", "США",
"Злучаных Штатаў"; "Russia", "Русия", "Federaţia Rusă", "Расіі". The names come from data, never
from a list kept by hand per country:

- rigour's territory table (strong and weak names in many languages, for every FtM country code);
- CLDR's territory names in every locale babel ships;
- ``data/countries.tsv`` (English and Russian names and the short forms reports use that neither
  source has, such as "ОАЭ" or "Штаты").

Two tables are built from them. :func:`territory_code` reads a name already typed as a country
(or a place) and may use every name; :func:`spotting_names` are the names worth looking for in
running text (CLDR names in the languages of the region, rigour's strong names and the packaged
table), since rigour's weak names include words that are common in some other language.

Inflection needs no list of forms: a name is compared on its word keys
(:func:`claimgraph.resolve.name_keys.token_key`, which cuts one case ending) with one more ending cut,
so "Украіны", "Україні" and "Украины" all key like "Украина", and "Злучаных Штатаў" like
"Злучаныя Штаты". A key two countries share is dropped ("Niger" and "Nigeria" cut to one key):
such names are then found only as written.

Nationality adjectives and demonyms ("китайский", "іранських", "Russian", "Ukrainians") are read
by :func:`nationality_code`: the word's key without its adjective suffix must extend, or be, the
key of exactly one country's one-word name ("иранских" → "iran" → Iran).
"""
from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources

from claimgraph.derived import kept_on_disk

#: Locales whose CLDR names are looked for in running text (the languages of the region and of
#: the outlets reporting on it); every other locale still helps to read a name typed a country.
SPOTTING_LOCALES = ("en", "ru", "uk", "be", "bg", "de", "pl", "pt", "es", "ro", "fr", "it", "cs",
                    "sk", "lt", "lv", "sr", "hr", "nl", "tr", "ka", "hy", "az", "kk")
_STOP = frozenset(["of", "the", "and", "de", "da", "do", "dos", "das", "del", "la", "le", "les",
                   "ale", "a", "e", "y", "и", "і", "й", "та", "der", "die", "des", "von"])
#: CLDR codes that are not territories FtM knows (world regions, the EU, "unknown")
_NOT_TERRITORIES = frozenset(["EU", "EZ", "UN", "QO", "ZZ"])
#: Cyrillic adjective suffix and case ending ("иранских", "російського", "расійскага", "египетский"),
#: or a noun for the people ("Россияне", "Китайцы", "американцами")
_CYRILLIC_ADJECTIVE = re.compile(r"(?:ьськ|ськ|зьк|цьк|ск|цк)[а-яёіїєўґ]{0,4}$|"
                                 r"(?<=[а-яёіїєўґ]{3})(?:(?:ян|ан)(?:е|и|ам|ами|ах)|ц(?:ы|і|ев|ам|ами|ах))$")
#: Latin demonym endings: English ("Iranian", "Chinese", "Polish", "Iraqi", "Ukrainians"),
#: German ("russische", "chinesischen") and Polish ("rosyjskich", "białoruski")
_LATIN_DEMONYM = re.compile(r"(?:isch(?:e[nrsm]?)?|[iy]jsk\w{0,4}|[iy]jsc\w{0,2}|sk(?:i|a|ie|ich|iej|iego|im|imi|ą|ę)|"
                            r"ians?|ans?|ese|ish|is|i|ic|er|s)$")
_LATIN_DEMONYM_NAME = re.compile(r"(?:ans?|ese|ish|i)$")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold().replace("ё", "е").replace("’", "'")
    text = text.replace("ş", "ș").replace("ţ", "ț")  # Romanian cedilla and comma letters
    text = " ".join(text.replace(".", " ").split())
    return text.removeprefix("the ")


@functools.cache
def territories() -> dict[str, dict]:
    """FtM territory code → rigour's record (names, display name, flags)."""
    from rigour._core import territories_jsonl

    out = {}
    for line in territories_jsonl().splitlines():
        if line.strip():
            data = json.loads(line)
            if data.get("is_ftm"):
                out[data["code"]] = data
    return out


@functools.cache
def _packaged() -> dict[str, list[str]]:
    """``data/countries.tsv``: code → names."""
    out: dict[str, list[str]] = defaultdict(list)
    text = resources.files("claimgraph.data").joinpath("countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _, names = line.partition("\t")
            out[code.strip().lower()].extend(n for n in names.split("|") if n)
    return dict(out)


def _cldr(locales: Iterable[str]) -> dict[str, set[str]]:
    from babel import Locale

    known = territories()
    out: dict[str, set[str]] = defaultdict(set)
    for loc in locales:
        try:
            names = Locale.parse(loc).territories
        except Exception:  # noqa: BLE001 - a locale babel lacks adds nothing
            continue
        for code, name in names.items():
            if code.isalpha() and code not in _NOT_TERRITORIES and code.lower() in known:
                out[code.lower()].add(name)
    return out


@functools.cache
def _base_spotting() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for code, names in _cldr(SPOTTING_LOCALES).items():
        out[code].update(n for n in names if _good_spot(n))
    for code, data in territories().items():
        if data.get("is_country") or code in _packaged():
            out[code].update(n for n in data.get("names_strong", []) if _good_spot(n)
                             and not _LATIN_DEMONYM_NAME.search(n))  # "North Korean" is no country
            out[code].add(data["name"])
    for code, names in _packaged().items():
        out[code].update(names)
    for code, data in territories().items():  # "Federația Rusă": a weak name sharing a word
        if code not in out:
            continue
        words = {w for n in out[code] for w in name_key(n).split() if len(w) >= 4}
        for n in data.get("names_weak", []):
            ws = [w for w in _TOKEN.findall(n) if w.casefold() not in _STOP]
            if len(ws) >= 2 and all(w[:1].isupper() for w in ws) and not _LATIN_DEMONYM_NAME.search(n) and \
                    words & set(name_key(n).split()):
                out[code].add(n)
    for names in out.values():  # Romanian is written with comma and with cedilla letters
        names.update([n.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
                      for n in names if any(c in n for c in "șțȘȚ")])
    return {code: frozenset(n for n in names if n.strip()) for code, names in out.items()}


@functools.cache
def spotting_names() -> dict[str, frozenset[str]]:
    """code → names worth finding in running text (see the module docstring), with the leading
    words of a long name that name no other country ("Злучаныя Штаты" of "… Амерыкі")."""
    out = {}
    for code, names in _base_spotting().items():
        more = set(names)
        for n in names:
            ws = n.split()
            for k in range(2, len(ws)):
                head = " ".join(ws[:k])
                if ws[k - 1].casefold() not in _STOP and _prefixes().get(name_key(head)) == code:
                    more.add(head)
        out[code] = frozenset(more)
    return out


#: Names of a territory in one language that are common words in another ("Mann" is the Isle
#: of Man in Manx and "man" in German)
_COMMON_WORDS = frozenset(["Mann", "Norra", "Sark", "Sarka", "Togas", "Tai"])


def _good_spot(name: str) -> bool:
    """A name worth looking for in text: capitalised, of four letters or more unless an acronym,
    not a demonym, not a common word elsewhere."""
    return (bool(name[:1].isupper()) and (len(name) > 3 or name.isupper())
            and not name.lower().endswith(("ian", "ese", "ish")) and name not in _COMMON_WORDS)


@functools.cache
def _all_names() -> dict[str, frozenset[str]]:
    """code → every name the data has for it (weak names and every CLDR locale included)."""
    from babel.localedata import locale_identifiers

    out: dict[str, set[str]] = defaultdict(set)
    for code, names in _base_spotting().items():
        out[code].update(names)
    for code, data in territories().items():
        out[code].update(data.get("names_strong", []))
        out[code].update(data.get("names_weak", []))
        out[code].update((data["name"], data.get("full_name", data["name"])))
    base = sorted({i.split("_")[0] for i in locale_identifiers()})
    for code, names in _cldr(base).items():
        out[code].update(names)
    return {code: frozenset(names) for code, names in out.items()}


def word_key(word: str) -> str:
    """A country word's key: :func:`token_key` and one more case ending cut ("shtatav" → "shtat")."""
    from claimgraph.resolve.name_keys import token_key

    key = token_key(word)
    for ending in ("ov", "av", "ev", "iv", "ag", "en", "ul", "ei", "ii", "ie", "a", "i", "e", "u", "o"):
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


def name_key(name: str) -> str:
    """The key of a country name: its script, then its word keys in order of the keys, function
    words left out (word order differs between languages: "Federacja Rosyjska")."""
    words = [w for w in _TOKEN.findall(name.replace("-", " ")) if w.casefold() not in _STOP]
    if not words:
        return ""
    script = "c" if _cyrillic(words[0]) else "l"
    return script + " " + " ".join(sorted(word_key(w) for w in words))


def _unique(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    clash: set[str] = set()
    for key, code in pairs:
        if not key or key in clash:
            continue
        if table.setdefault(key, code) != code:
            clash.add(key)
            del table[key]
    return table


@kept_on_disk("countries-exact", modules=("claimgraph.resolve.name_keys",), packages=("rigour", "babel"),
              data=("countries.tsv",))
def _exact() -> dict[str, str]:
    return _unique((_norm(n), code) for code, names in sorted(_all_names().items()) for n in names
                   if len(_norm(n)) >= 2)


@kept_on_disk("countries-keyed", modules=("claimgraph.resolve.name_keys",), packages=("rigour", "babel"),
              data=("countries.tsv",))
def _keyed() -> dict[str, str]:
    return _unique((name_key(n), code) for code, names in sorted(_all_names().items()) for n in names
                   if len(name_key(n).replace(" ", "")) >= 5)


@kept_on_disk("countries-prefixes", modules=("claimgraph.resolve.name_keys",), packages=("rigour", "babel"),
              data=("countries.tsv",))
def _prefixes() -> dict[str, str]:
    """Two or more words of a longer name ("Злучаныя Штаты" of "… Амерыкі") → its code, when no
    other country's name has them all."""
    pairs = []
    keyed = _unique((name_key(n), code) for code, names in sorted(_base_spotting().items())
                    for n in names)
    for key, code in keyed.items():
        script, *words = key.split()
        for size in range(2, len(words)):
            for combo in itertools.combinations(words, size):
                pairs.append((" ".join((script, *combo)), code))
    return _unique(pairs)


def territory_code(name: str) -> str | None:
    """The FtM code of a country name in any language and case ("Rusiei", "Злучаных Штатаў")."""
    text = _norm(name)
    if not text:
        return None
    code = _exact().get(text)
    if code:
        return code
    key = name_key(name)
    if len(key.replace(" ", "")) < 5:
        return None
    return _keyed().get(key) or _prefixes().get(key) or _folded_code(name)


@functools.cache
def _folded() -> dict[tuple[str, ...], str]:
    """Cyrillic country names on the keys Belarusian and Russian spellings share
    (:func:`claimgraph.nlp.belarusian_names.fold`): "Расійскай Федэрацыі" meets "Российская
    Федерация". A one-word name needs three consonants; a key of two countries is dropped."""
    from claimgraph.nlp.belarusian_names import fold, one_word_key_is_safe
    from claimgraph.nlp.gazetteer import entry_key

    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for code, names in spotting_names().items():
        for n in names:
            words = _TOKEN.findall(n)
            if _cyrillic(n) and 0 < len(words) <= 5:
                key = tuple(fold(entry_key(w), belarusian=False) for w in words)
                if len(key) > 1 or one_word_key_is_safe(key[0]):
                    out[key].add(code)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _folded_code(name: str) -> str | None:
    """The country a Cyrillic name in Belarusian spelling and any case names, on folded keys."""
    from claimgraph.nlp.belarusian_names import fold
    from claimgraph.nlp.gazetteer import word_keys

    words = _TOKEN.findall(name)
    if not words or len(words) > 5 or not _cyrillic(name):
        return None
    table = _folded()
    for key in itertools.product(*(sorted({fold(k) for k in word_keys(w, False)}) for w in words)):
        if key in table:
            return table[key]
    return None


def _cyrillic(word: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in word[:3])


@functools.cache
def _nation_stems() -> dict[tuple[bool, str], frozenset[str]]:
    """(Cyrillic?, key) of every one-word name worth spotting → the countries it names; a
    demonym is compared with the names in its own script only."""
    out: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for code, names in spotting_names().items():
        for n in names:
            if len(_TOKEN.findall(n)) == 1 and not n.isupper():
                key = _nation_key(n)
                if len(key) >= 3:
                    out[(_cyrillic(n), key)].add(code)
    return {k: frozenset(v) for k, v in out.items()}


def _stems_of(word: str) -> set[str]:
    """The keys a nationality word's country may have: the word without its adjective suffix."""
    low = unicodedata.normalize("NFC", word.casefold())
    pattern = _CYRILLIC_ADJECTIVE if _cyrillic(low) else _LATIN_DEMONYM
    cut = pattern.sub("", low)
    if cut == low or len(cut) < 3:
        return set()
    return {_nation_key(cut)}


def _nation_key(word: str) -> str:
    """A word key with c read as k ("America" and "Amerika", "amerikanisch" agree)."""
    key = word_key(word)
    return key if _cyrillic(word) else key.replace("c", "k")


@functools.lru_cache(maxsize=50_000)
def nationality_code(word: str) -> str | None:
    """The country of a nationality adjective or demonym in any case ("иранских" → "ir",
    "білоруського" → "by", "Ukrainians" → "ua"); None when the word names no one country."""
    if " " in word.strip() or len(word) < 4:
        return None
    table = _nation_stems()
    script = _cyrillic(word)
    found: set[str] = set()
    for stem in _stems_of(word):
        codes = set(table.get((script, stem), ()))
        if not codes:  # "amerikan" for "Америка", "belorus" for "Белоруссия"
            for (cyr, key), cs in table.items():
                if cyr == script and len(key) >= 4 and (
                        stem.startswith(key) and len(stem) - len(key) <= 2
                        or key.startswith(stem) and len(key) - len(stem) <= 2):
                    codes |= cs
        found |= codes
    if not found and _cyrillic(word):
        found = _compound_nationality(word)
    return found.pop() if len(found) == 1 else None


def _skeleton(key: str) -> str:
    return re.sub(r"[aeiouy]", "", key)


@functools.cache
def _compound_stems() -> dict[str, frozenset[str]]:
    """Consonants of two-word Cyrillic country names written as one compound adjective:
    "Північна Корея" → "північнокорейський", "Северная Корея" → "северокорейский" (Russian drops
    the н of the first word)."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, names in spotting_names().items():
        for n in names:
            ws = _TOKEN.findall(n.replace("-", " "))
            if len(ws) == 2 and _cyrillic(n):
                first, second = _skeleton(word_key(ws[0])), _skeleton(word_key(ws[1]))
                for head in {first, first.rstrip("n")}:
                    if len(head) >= 2 and len(second) >= 2:
                        out[head + second].add(code)
    return {k: frozenset(v) for k, v in out.items()}


def _compound_nationality(word: str) -> set[str]:
    found: set[str] = set()
    for stem in _stems_of(word):
        found |= _compound_stems().get(_skeleton(stem), frozenset())
    return found


def display_name(code: str, script: str = "Latin") -> str:
    """The name a country entity is shown under: rigour's English name, CLDR's Russian one for
    entities named mostly in Cyrillic."""
    if script == "Cyrillic":
        names = _cldr(("ru",)).get(code)
        if names:
            return sorted(names)[0]
    data = territories().get(code)
    return data["name"] if data else code.upper()


def load_tables() -> None:
    """Build or read the name tables now (a worker does this before its first document)."""
    _exact(), _keyed(), _prefixes()
