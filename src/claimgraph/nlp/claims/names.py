"""How a claim names an entity: the name in the document's own script, the fullest name the document
gives it, a body with its owning country, a government by its country."""
from __future__ import annotations

import functools
import itertools
import os
import re

from claimgraph.model import Mention
from claimgraph.nlp.name_types import countries


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def name_of(m: Mention) -> str:
    """The name a claim uses, in the document's own script: the linked canonical name when it is
    written in the script of the mention ("Fedorishchev" → "Vyacheslav Fedorishchev"), else the
    mention's nominative form (a Russian report's "Купол" stays "Купол", not the English name a
    gazetteer links it to; resolution still joins the two)."""
    own = (m.normalized or m.text).strip()
    if m.canonical and _cyrillic(m.canonical) == _cyrillic(m.text) and _spelled_within(own, m.canonical):
        return m.canonical.strip()
    return own


def _spelled_within(own: str, canonical: str) -> bool:
    """The canonical name spells out the document's own ("Fedorishchev" in "Vyacheslav
    Fedorishchev"), rather than replacing it with another spelling ("Lukashenka" → "Lukashenko")."""
    words = {w.casefold() for w in _WORD.findall(canonical.replace("-", " "))}
    return all(w.casefold() in words for w in _WORD.findall(own.replace("-", " ")))


def owners(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """Bodies directly followed by the country they belong to, in the genitive ("Министерство
    обороны Сербии"): body mention id → country mention. The pair is one name."""
    out: dict[str, Mention] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.label in ("PublicBody", "Organization") and b.label in ("Country", "Location") \
                and b.start - a.end == 1 and text[a.end] == " " and any("а" <= ch.lower() <= "я" for ch in b.text):
            out[a.id] = b
    return out


_WORD = re.compile(r"\w[\w-]*")
#: labels whose short mentions stand for a longer name of the same document ("Hexin" for
#: "Shenzhen Hexin Motion Technology"); places are left alone ("Samara" is not "Samara region")
_EXPANDS = {"Person": frozenset({"Person", "Company", "Organization"}), "Company": frozenset({"Company"}),
            "Organization": frozenset({"Organization", "Company"}), "PublicBody": frozenset({"PublicBody"}),
            "Facility": frozenset({"Facility"})}


def fullest_names(mentions: list[Mention]) -> dict[str, Mention]:
    """Mention id → the document's longer mention whose name holds all its words, so a claim
    names an entity by its fullest name. A person's short name may only stand for a company or
    organisation when it is one word (a surname-like company name the tagger took for a person);
    organisations and companies, which taggers confuse, stand for each other."""
    words = {m.id: frozenset(_WORD.findall(name_of(m).casefold())) for m in mentions}
    index: dict[str, list[Mention]] = {}
    for m in mentions:
        if len(words[m.id]) >= 2 and m.label in _EXPANDS:
            for w in words[m.id]:
                bucket = index.setdefault(w, [])
                if len(bucket) < 50:  # a word in very many names says nothing; keeps this linear
                    bucket.append(m)
    out: dict[str, Mention] = {}
    for m in mentions:
        own = words[m.id]
        if m.label not in _EXPANDS or not own:
            continue
        best = None
        for c in index.get(min(own), ()):
            if c.id == m.id or len(words[c.id]) <= len(own) or not own <= words[c.id]:
                continue
            if c.label not in _EXPANDS[m.label] or (m.label == "Person" and c.label != m.label and len(own) > 1):
                continue
            if m.label in ("PublicBody", "Organization") and any(_is_country_word(w) for w in words[c.id] - own):
                continue  # "the Ministry of Defence" is not "the Ministry of Defence of Serbia"
            if best is None or len(name_of(c)) > len(name_of(best)):
                best = c
        if best is not None and name_of(best) != name_of(m):
            out[m.id] = best
    _inflected_surnames(mentions, words, out)
    _inflected_full_names(mentions, out)
    return out


def _inflected_full_names(mentions: list[Mention], out: dict[str, Mention]) -> None:
    """A Cyrillic full name the normaliser left in another case ("переговоры с Ким Чен Ыном", "офис
    Сирила Рамафосы") stands for the document's mention of the same words written as its own name,
    the nominative ("Ким Чен Ын", "Сирил Рамафоса"): word for word, only the endings differ."""
    nominative: dict[tuple[str, int], list[tuple[Mention, list[str]]]] = {}
    for c in mentions:
        parts = _WORD.findall(name_of(c).casefold())
        if c.label == "Person" and len(parts) >= 2 and _cyrillic(c.text) and " ".join(c.text.split()) == name_of(c):
            nominative.setdefault((parts[0][:2], len(parts)), []).append((c, parts))
    for m in mentions:
        parts = _WORD.findall(name_of(m).casefold())
        if m.label != "Person" or m.id in out or len(parts) < 2 or not _cyrillic(m.text):
            continue
        for c, theirs in nominative.get((parts[0][:2], len(parts)), ()):
            if c.id != m.id and theirs != parts and all(_same_word(a, b) for a, b in zip(parts, theirs)):
                out[m.id] = c
                break


def _same_word(inflected: str, nominative: str) -> bool:
    """One word in two cases: the nominative's stem, all but its last letter, begins the other, and
    the other adds up to two letters ("ына"/"ын") or trades the nominative's "а"/"я" for another
    ending ("рамафосы"/"рамафоса"); never the other way round."""
    if inflected == nominative:
        return True
    p = len(os.path.commonprefix([inflected, nominative]))
    if p < max(1, len(nominative) - 1):
        return False
    if len(inflected) == len(nominative):
        return nominative[-1] in "ая" and inflected[-1] not in "ая"
    return 0 < len(inflected) - len(nominative) <= 2


def _inflected_surnames(mentions: list[Mention], words: dict[str, frozenset[str]], out: dict[str, Mention]) -> None:
    """A surname alone in another case ("по словам Рыбина", "с Мельниковой") stands for the full name
    whose surname differs from it only in the ending ("Антон Рыбин", "Ольга Мельникова")."""
    full: dict[str, list[Mention]] = {}
    for m in mentions:
        parts = _WORD.findall(name_of(m).casefold())
        if m.label == "Person" and len(parts) >= 2 and len(full) < 500:
            full.setdefault(parts[-1][:4], []).append(m)
    for m in mentions:
        own = list(words[m.id])
        if m.label != "Person" or m.id in out or len(own) != 1 or len(own[0]) < 5:
            continue
        word = own[0]
        for c in full.get(word[:4], ()):
            last = _WORD.findall(name_of(c).casefold())[-1]
            p = len(os.path.commonprefix([word, last]))
            if c.id != m.id and p >= len(last) - 1 and abs(len(word) - len(last)) <= 2:
                out[m.id] = c
                break


def full_name(m: Mention, owner: Mention | None) -> str:
    """A mention's name with its owning country kept as written ("Министерство обороны Сербии"); a
    government is named by its country ("Правительство Великобритании" → "Великобритания")."""
    if owner is not None:
        return f"{name_of(m)} {owner.text}"
    return _governed_country(m) or name_of(m)


_GOVERNMENT = ("government", "правительств", "cabinet", "кабинет", "кабмин")


def _governed_country(m: Mention) -> str | None:
    """The country a government mention stands for: "Правительство Великобритании", "the Government of
    Japan" (one-word country names; the name in its dictionary form)."""
    if m.label not in ("PublicBody", "Organization"):
        return None
    words = m.text.casefold().split()
    if len(words) < 2 or not words[0].startswith(_GOVERNMENT):
        return None
    rest = [w for w in words[1:] if w not in ("of", "the")]
    if len(rest) != 1:
        return None
    word = rest[0]
    for name in _country_words().get(word[:4], ()):
        if _stem_match(word, name) and abs(len(name) - len(word)) <= 2:
            return name[:1].upper() + name[1:]
    return None


def _stem_match(demonym: str, name: str) -> bool:
    p = 0
    for a, b in zip(demonym, name):
        if a != b:
            break
        p += 1
    return p >= 4 and p >= 0.6 * len(name)


def compound_demonym(demonym: str, name: str) -> bool:
    """A demonym written as one word for a country name of two words ("северокорейский" for
    "Северная Корея", "новозеландский" for "Новая Зеландия"): its first part, before the linking
    vowel, begins the first word, and the rest matches the second."""
    words = name.replace("-", " ").split()
    if len(words) != 2 or len(demonym) < 8:
        return False
    first, second = words
    for k in range(3, len(demonym) - 4):
        if demonym[k] in "oeое" and first.startswith(demonym[:k]) and _stem_match(demonym[k + 1:], second):
            return True
    return False


def _is_country_word(word: str) -> bool:
    """A word naming a country or its people in any form ("Serbia", "Сербии", "Serbian")."""
    return any(_stem_match(word, n) for n in _country_words().get(word[:4], ()))


@functools.cache
def _country_words() -> dict[str, tuple[str, ...]]:
    """One-word country names by their first four letters."""
    out: dict[str, list[str]] = {}
    for name in countries():
        if " " not in name and len(name) >= 4:
            out.setdefault(name[:4], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def country_names() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Country name (casefolded) → code, and code → its names."""
    names = countries()
    by_code: dict[str, list[str]] = {}
    for name, code in names.items():
        by_code.setdefault(code, []).append(name)
    return names, {c: tuple(ns) for c, ns in by_code.items()}
