"""Name keys: one comparable form for every spelling, script and inflection of a name.

A name is split into the keys of its words (:mod:`claimgraph.resolve.name_keys`, which romanises,
folds and collapses spelling variants), with what says nothing about which one it is left out:
titles and patronymics of people, legal forms of organisations, generic words of products.
Given names meet through a table of their spellings (:mod:`claimgraph.resolve.given_names`),
initials by the letters they may stand for (:mod:`claimgraph.resolve.initials`), transcribed
English words of company names through theirs (:mod:`claimgraph.resolve.company_words`), and the
generic words of institutions and places through shared concepts
(:mod:`claimgraph.resolve.concept_words`). Nominatives come from
:mod:`claimgraph.resolve.inflection`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimgraph.resolve import chinese
from claimgraph.resolve.company_words import COMPANY_WORD_FORMS, company_word
from claimgraph.resolve.concept_words import CONCEPT_KINDS, ORG_KINDS, hyphenate, place_stem, word_concepts
from claimgraph.resolve.given_names import given_name_forms, given_name_keys, is_given_name
from claimgraph.resolve.inflection import lemma, nominative
from claimgraph.resolve.initials import cyrillic_initials, initial_letters, initials_fit
from claimgraph.resolve.name_keys import CYRILLIC, is_initial, romanize, script_of, token_key, tokens

_STOPWORDS = frozenset(["of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "и", "в", "на", "по", "для"])
#: Titles and roles often glued to a person's name ("Governor Fedorishchev", "посол Ли Вэй").
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "sir", "governor", "president", "minister", "ambassador", "deputy", "head", "chairman", "chairwoman", "director", "general", "colonel", "major", "lieutenant", "premier", "prime", "secretary", "spokesman", "spokeswoman", "mayor", "ceo", "chief", "senator", "envoy", "commander", "vice", "acting", "former", "господин", "госпожа", "губернатор", "президент", "министр", "посол", "замминистра", "заместитель", "глава", "председатель", "директор", "генерал", "полковник", "премьер", "премьер-министр", "секретарь", "мэр", "вице-премьер", "врио", "экс-министр", "гендиректор", "генеральный", "командующий"])
_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ichna|ovic|evic|вич|вна|ична)$")
_ORG_WORDS = frozenset(["ооо", "оао", "зао", "пао", "ао", "нао", "ип", "фгуп", "гуп", "муп", "оаэ", "нпо", "нпп", "тоо", "одо", "чуп", "llc", "llp", "ltd", "jsc", "ojsc", "cjsc", "pjsc", "inc", "co", "corp", "corporation", "company", "gmbh", "ag", "sa", "plc", "limited", "joint", "stock", "liability", "акционерное", "общество", "публичное", "открытое", "закрытое"])
_COUNTRY_CONCEPTS = frozenset({"RU", "BY", "US", "CN"})
_DOTTED = re.compile(r"\b(?:[A-ZА-ЯЁ]\.){2,}")
#: an English possessive ending a word inside a name ("China's foreign ministry")
_POSSESSIVE = re.compile(r"(?<=\w{2})['’]s$")


def _without_state_possessive(tok: str) -> str:
    """A state's name without its possessive ("China's" → "China"); other words as written."""
    m = _POSSESSIVE.search(tok)
    if m is None:
        return tok
    from claimgraph.nlp.countries import territory_code

    return tok[:m.start()] if territory_code(tok[:m.start()]) else tok
_ORG_KEYS = frozenset(romanize(w) for w in _ORG_WORDS)
#: Words that say a product is a drone or missile, not which one ("Lancet drone" is "Lancet").
_PRODUCT_WORDS = frozenset(["drone", "drones", "uav", "дрон", "дрона", "дронов", "беспилотник", "беспилотника", "бпла", "missile", "ракета", "ракеты"])


@dataclass(frozen=True, slots=True)
class NameParts:
    """The comparable parts of one name.

    ``words`` are token keys without initials, legal forms and patronymics (sorted, so word
    order does not matter); ``initials`` are the letters given as initials only, lowercase as
    written ("v" for "V.", "в" for "В.", "ю" for "Yu."; compare them with
    :func:`initials_fit`); ``last`` is the key of the last full word (the surname in both
    "Vyacheslav Fedorishchev" and "В. Федорищев").
    """

    words: tuple[str, ...]
    initials: tuple[str, ...]
    last: str
    #: the kept words written together, in order ("Kama-Dron", "KamaDron", "Kama Drone" agree)
    joined: str = ""
    #: (key, word as written) of each kept word of a person's name, in order
    written: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return " ".join(self.words)

    @property
    def single(self) -> bool:
        """Only one full word: a surname alone, or "V. Fedorishchev"."""
        return len(self.words) == 1


def parts(name: str, kind: str | None = None) -> NameParts:
    """Split a name into keys. ``kind`` "Person" drops patronymics; org kinds drop legal forms."""
    words: list[str] = []
    initials: list[str] = []
    kept: list[str] = []
    last = ""
    if kind == "Person":  # "Yu. Kovalchuk": a digraph initial is one Cyrillic letter
        name = cyrillic_initials(name)
    if kind != "Person":  # "U.N.", "E.U." are "UN", "EU"
        name = _DOTTED.sub(lambda m: m.group().replace(".", ""), name)
    toks = tokens(name.replace(".", ". "))
    if kind in CONCEPT_KINDS:
        toks = hyphenate(toks)
    dropped: list[str] = []
    # "Си Цзиньпин": once one word reads as Chinese, the name's other Palladius words do too
    pinyin = dict(zip(toks, chinese.name_pinyin(tuple(toks)))) if CYRILLIC.search(name) else {}
    given = given_name_keys() if kind == "Person" and len(toks) >= 2 else {}
    written: list[tuple[str, str]] = []
    for tok in toks:
        tok = _without_state_possessive(tok)
        if kind != "Person" and tok.lower() in _STOPWORDS:
            continue
        if kind == "Person" and tok.lower() in _TITLES:
            continue
        if is_initial(tok) and kind == "Person":
            initials.append(tok[:1].lower())
            continue
        if kind in ORG_KINDS and not pinyin.get(tok):  # «Хэсинь Моушн» is "Hexin Motion"
            tok = company_word(tok)
        key = token_key(pinyin.get(tok) or tok)
        if not key:
            continue
        key = given.get(key, key)
        # "Вячеславович", "Aleksandrovich": the same man is often named without it; with two
        # words "-ович" is a surname ("Сергей Гуринович")
        if kind == "Person" and len(words) >= 1 and len(toks) >= 3 and \
                _PATRONYMIC.search(romanize(tok) if tok.isascii() else tok.lower()):
            continue
        if kind in ORG_KINDS and romanize(tok) in _ORG_KEYS:
            continue
        if kind == "Product" and tok.lower() in _PRODUCT_WORDS:
            continue
        if kind in CONCEPT_KINDS:
            concepts = word_concepts().get(key)
            if concepts is not None:
                words.extend(concepts)
                if concepts:
                    kept.append(tok)
                elif len(key) >= 4:
                    dropped.append(key)
                continue
            key = place_stem(tok, key)
        kept.append(pinyin.get(tok) or tok)
        words.append(key)
        if kind == "Person":
            written.append((key, tok))
        last = key
    if dropped and kind in ORG_KINDS and all(w.isupper() and w not in _COUNTRY_CONCEPTS for w in words):
        # "Council of the Republic", "Совета Федерации": without "republic" or "federation" only
        # "COUNCIL" is left, which every council shares; the dropped word says which it is
        words.extend(dropped)
    joined = token_key("".join(kept)) if kind != "Person" and kept else ""
    return NameParts(tuple(sorted(set(words))), tuple(initials), last, joined, tuple(written))


def name_key(name: str, kind: str | None = None) -> str:
    """The key two spellings of one name share: "Fedorištšev" and "Федорищев" → "fedorishev"."""
    return parts(name, kind).key


@functools.lru_cache(maxsize=1)
def company_word_keys() -> frozenset[str]:
    """Keys the common company words have in organisation names ("pover", "technolog", "SYSTEMS").

    They say what a company does or is, not which one it is: "Feilong Technology" and "Feilong"
    may be one firm (:mod:`claimgraph.resolve.cluster` decides when they are).
    """
    keys: set[str] = set()
    for line in COMPANY_WORD_FORMS.replace("\n    ", " ").strip().splitlines():
        keys.update(parts(line.split()[0], "Company").words)
    return frozenset(keys)


__all__ = [
    "CONCEPT_KINDS", "ORG_KINDS", "NameParts", "company_word", "company_word_keys", "given_name_forms",
    "initial_letters", "initials_fit", "is_given_name", "is_initial", "lemma", "name_key", "nominative",
    "parts", "romanize", "script_of", "token_key", "tokens",
]
