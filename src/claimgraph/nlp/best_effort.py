"""Names in languages without a statistical model here (German, Polish, Romanian, Portuguese …).

Such a report gets capitalised word sequences from the NER component; alone they make poor
mentions: every German noun is capitalised ("Die USA", "Der Grund"), a sentence opens with a
capital ("Czemu Donald Tusk"), and case endings hide known names ("Białorusi", "Łukaszenki",
"Russlands"). This module adds what can be known without a model and lets it win over those
sequences:

- names of the built-in gazetteer in any script and case, matched word by word on the name keys
  of :mod:`claimgraph.resolve.names` ("Łukaszenka" meets "Lukashenka", "Moskwy" "Москва");
- countries in any case (:func:`claimgraph.nlp.countries.territory_code`, with the German
  genitive -s and the Polish -ę/-ą of the accusative and instrumental read back);
- nationality adjectives ("rosyjskiej", "chinesische");
- German compounds naming a public body ("US-Finanzministerium", "Bundesregierung");
- a person's name opening with a given name the given-name table knows ("Alaksandr Łukaszenka").

A capitalised sequence keeps its place only when nothing of this overlaps it; its first word is
dropped when the document also writes that word in lower case ("Die", "Diese", "Według"), and a
single word left over is no name.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BODY = re.compile(r"(?:ministerium|ministeriums|regierung|behörde|behörden)$")
MAX_WORDS = 5
_FIRMS = frozenset({"Company", "Organization", "PublicBody", "Facility"})
#: Titles before a person's name and words for an agency before its name, in any case ending
#: ("Marschall Tschuikow", "Staatschef Kim Jong Un", "Nachrichtenagentur RIA Novosti")
_PERSON_TITLES = ("präsident", "staatschef", "kanzler", "minister", "marschall", "general", "sprecher",
                  "unterstaatssekretär", "botschafter", "prezydent", "premier", "rzecznik", "generał",
                  "marszałek", "ambasador", "președintele", "preşedintele", "ministrul", "purtătorul",
                  "presidente", "ministro", "porta-voz", "président", "ministre")
_AGENCY_WORDS = ("nachrichtenagentur", "agentur", "agencja", "agenția", "agenţia", "agência", "agencia", "agence")
#: Head words of public bodies ("Departament Skarbu", "Ministerstwo Obrony", "Ministerul Apărării")
_BODY_HEADS = ("departament", "ministerstw", "ministerium", "ministerul", "departamentul", "urząd", "ministério",
               "ministerio", "ministère", "министерств")
#: endings of nationality adjectives: German -isch-, Slavic -sk-/-ск-, Romanian -esc-, …
_ADJECTIVE = re.compile(r"(?:isch|sk|sc|ck|esc|eas|ian|ais|ск|цк|зк)[^\W\d_]{0,5}$", re.IGNORECASE)
#: Articles, determiners and connectives that open sentences in the languages read here
_OPENERS = frozenset("""
    der die das den dem des ein eine einen einem einer eines dieser diese dieses diesem diesen jeder
    jede jedes kein keine denn doch auch nach laut seit wie wenn aber und oder
    ten ta to te tego tej ci według czemu choć odkąd gdy jak jednak także oraz ale więc już
    după iar însă acest această aceste acești în la pe cu și dar
    o a os as um uma uns umas el la los las un una unos unas este esta estos estas pero y
    le les des une ce cette ces mais et
""".split())


def _key(word: str) -> str:
    from claimgraph.resolve.names import token_key

    return token_key(word)


def _long_enough(key: str) -> bool:
    return sum(ch not in "aeiouy" for ch in key) >= 3


class KeyedNames:
    """Names of gazetteer entries in every script, indexed word by word on name keys."""

    def __init__(self, entries: Iterable[Any]) -> None:
        self._root: dict[str, Any] = {}
        for entry in entries:
            for form in (entry.name, *entry.aliases):
                words = _WORD.findall(form)
                if not words or len(words) > MAX_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
                    continue
                keys = [_key(w) for w in words]
                if len(keys) == 1 and not _long_enough(keys[0]) or not all(keys):
                    continue
                node = self._root
                for key in keys:
                    node = node.setdefault(key, {})
                node.setdefault("", (entry, form))

    def find(self, text: str) -> list[tuple[int, int, Any, str]]:
        """``(start, end, entry, form)`` of each name, left to right, longest first."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        found: list[tuple[int, int, Any, str]] = []
        covered = 0
        for i, (start, _end, surface) in enumerate(words):
            if start < covered or not surface[:1].isupper():
                continue
            node = self._root.get(_key(surface))
            best = None
            j = i
            while node is not None:
                if "" in node:
                    best = (j, node[""])
                j += 1
                if j >= len(words) or j - i >= MAX_WORDS or text[words[j - 1][1]:words[j][0]] != " " \
                        or not words[j][2][:1].isupper():
                    break
                node = node.get(_key(words[j][2]))
            if best is not None:
                found.append((start, words[best[0]][1], best[1][0], best[1][1]))
                covered = words[best[0]][1]
        return found


@functools.lru_cache(maxsize=1)
def keyed_names() -> KeyedNames:
    """The built-in gazetteer (countries apart: they are found by :func:`country_of`)."""
    from claimgraph.nlp.gazetteer import builtin_entries

    return KeyedNames(e for e in builtin_entries() if e.type != "Country")


def country_of(name: str) -> str | None:
    """The country a name gives in any case, read back from German and Polish endings
    ("Russlands", "Rosję", "Rosji"), spelled like one of its names; territories inside a country
    ("Krymie") are no countries."""
    from claimgraph.nlp.countries import territory_code

    tries = [name]
    if " " not in name and len(name) > 4:
        if name.endswith("s"):
            tries.append(name[:-1])
        if name.endswith(("ę", "ą", "i", "y")):  # "Rosję", "Rosją", "Rosji": "Rosja"
            tries.append(name[:-1] + "a")
    for candidate in tries:
        code = territory_code(candidate)
        if code and "-" not in code and _spelled_like(candidate, code):
            return code
    return None


def _spelled_like(name: str, code: str) -> bool:
    """Whether ``name`` is one of the country's names with at most a case ending changed, word by
    word ("Białorusi": "Białoruś", "Ukrainie": "Ukraina"); a loose key match ("Mało" for "Mali",
    "Andriej" for "Andora") is not."""
    from claimgraph.nlp.countries import spotting_names

    words = name.casefold().split()
    for other in spotting_names().get(code, ()):
        others = other.casefold().split()
        if len(others) != len(words):
            continue
        if all(_stem_fits(w, o) for w, o in zip(words, others)):
            return True
    return False


def _stem_fits(word: str, name: str) -> bool:
    common = 0
    for a, b in zip(word, name):
        if a != b:
            break
        common += 1
    return word == name or common >= max(3, len(name) - 2) and len(word) - common <= 2


def best_effort_names(text: str, make: Callable[[int, int, str, str], Any]) -> list[Any]:
    """Mentions of known names, countries, nationalities, public bodies and people
    (``make(start, end, label, normal)``), non-overlapping, left to right."""
    from claimgraph.nlp.countries import nationality_code
    from claimgraph.resolve.names import is_given_name

    out: list[Any] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, label: str, normal: str) -> None:
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            out.append(make(start, end, label, normal))

    for start, end, entry, form in keyed_names().find(text):
        add(start, end, entry.type, entry.name)
    words = list(_WORD.finditer(text))
    for n, m in enumerate(words):
        word = m.group()
        if not word[:1].isupper():
            if len(word) > 4 and _ADJECTIVE.search(word) and nationality_code(word):
                add(m.start(), m.end(), "Nationality", word)
            continue
        pair = words[n:n + 2]
        if is_given_name(word) and len(pair) == 2 and pair[1].group()[:1].isupper() \
                and text[pair[0].end():pair[1].start()] == " " and not country_of(pair[1].group()):
            last = n + 1
            while last + 1 < len(words) and last - n < 2 and text[words[last].end():words[last + 1].start()] == " " \
                    and words[last + 1].group()[:1].isupper() and not country_of(words[last + 1].group()):
                last += 1
            add(m.start(), words[last].end(), "Person", text[m.start():words[last].end()])
        elif len(pair) == 2 and text[pair[0].end():pair[1].start()] == " " and pair[1].group()[:1].isupper() \
                and country_of(f"{pair[0].group()} {pair[1].group()}"):
            add(pair[0].start(), pair[1].end(), "Country", text[pair[0].start():pair[1].end()])
        elif country_of(word):
            add(m.start(), m.end(), "Country", word)
        elif _BODY.search(word) and len(word) > 10:
            add(m.start(), m.end(), "PublicBody", word)
        elif len(word) > 4 and _ADJECTIVE.search(word) and nationality_code(word):
            add(m.start(), m.end(), "Nationality", word)
    out.sort(key=lambda x: (x.start, x.end))
    return out


def trimmed_sequences(text: str, found: list[Any], known: list[Any],
                      remake: Callable[[Any, int, str], Any]) -> list[Any]:
    """The capitalised sequences worth keeping beside ``known``: none that overlaps a known
    mention, unless it is a longer name of a firm or body the list knows (that known mention is
    then taken out of ``known``); a first word the document also writes in lower case, or a title,
    is cut (``remake(mention, new_start, label)``: after a title the rest is a person, after a word
    for an agency an organisation; a body's head word makes a public body), and what is left must
    still be two words or an acronym, or follow a title."""
    from claimgraph.resolve.names import is_given_name

    lower = {w.casefold() for w in _WORD.findall(text) if w[:1].islower()}
    kept = []
    for m in found:
        words = [w for w in _WORD.finditer(text, m.start, m.end)]
        while words and (words[0].group().casefold() in lower or words[0].group().casefold() in _OPENERS):
            words.pop(0)
        if not words or len(words) == 1 and not words[0].group().isupper():
            continue
        label = m.label
        head = words[0].group().casefold()
        if label in _FIRMS and head.startswith(_BODY_HEADS):
            label = "PublicBody"
        elif len(words) > 1 and head.startswith(_PERSON_TITLES + _AGENCY_WORDS):
            label = "Organization" if head.startswith(_AGENCY_WORDS) else "Person"
            words.pop(0)  # "Marschall Tschuikow": the title is no part of the name
        start = words[0].start()
        over = [k for k in known if k.start < m.end and start < k.end]
        if over and all(k.label in _FIRMS and start <= k.start and k.end <= m.end for k in over) \
                and m.label in _FIRMS and not any(is_given_name(w) for w in _WORD.findall(text[over[-1].end:m.end])):
            for k in over:  # "Kalaschnikow Werke": a longer name of the firm the list knows
                known.remove(k)
        elif over:
            continue
        kept.append(m if start == m.start and label == m.label else remake(m, start, label))
    return kept
