"""Ukrainian and Belarusian read through Natasha's Russian models, by a script-level bridge.

Ukrainian and Belarusian share most of their alphabet with Russian; the letters they add (і, ї,
є, ґ, ў and the apostrophe) are what makes Russian models stumble on words they otherwise know
("Міністерство" is "Министерство", "Україна" "Украина", "Вячаслаў" "Вячеслав"). The bridge writes
each of those letters as the Russian letter closest to it, one character for one, so every
offset Natasha reports is an offset in the original text; frequent Ukrainian function words with
a Russian counterpart of the same length are written as that word (:mod:`claimgraph.nlp.ukrainian_words`). Spans keep the original words; their
normal form is the Ukrainian dictionary's nominative for names it knows (pymorphy3 with its
Ukrainian dictionaries) and the text as written for Belarusian, whose case endings the name keys
cut instead.
"""
from __future__ import annotations

import functools
import re

from claimgraph.nlp.ukrainian_verbs import verb_forms
from claimgraph.nlp.ukrainian_words import same_length, ukrainian_morph

#: Languages parsed by Natasha: Russian itself, Ukrainian and Belarusian through the bridge
BRIDGED_LANGUAGES = ("uk", "be")

_UK = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г",
                     "'": "ъ", "’": "ъ", "ʼ": "ъ"})
_BE = str.maketrans({"і": "и", "ў": "в", "І": "И", "Ў": "В", "'": "ъ", "’": "ъ", "ʼ": "ъ"})
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def bridge(text: str, lang: str | None, parse: bool = False) -> str:
    """``text`` with Ukrainian or Belarusian letters written as Russian ones (same length);
    ``parse`` also writes the Ukrainian conjunction "що" after a comma as "что" (see
    :func:`claimgraph.nlp.ukrainian_words.same_length`) and verbs as Russian verb forms (see
    :mod:`claimgraph.nlp.ukrainian_verbs`), for the syntax but not the names."""
    if lang == "uk":
        letters = same_length(text, conjunction=parse).translate(_UK)
        return verb_forms(text, letters) if parse else letters
    if lang == "be":
        return text.translate(_BE)
    return text


@functools.lru_cache(maxsize=50_000)
def _uk_nominative(word: str) -> str:
    """The nominative of a Ukrainian name word the dictionary knows ("Лукашенком" → "Лукашенко")."""
    morph = ukrainian_morph()
    if morph is None or not word[:1].isupper():
        return word
    for parse in morph.parse(word.lower())[:3]:  # type: ignore[attr-defined]
        tag = str(parse.tag)
        if any(t in tag for t in ("Surn", "Name", "Patr")) or (
                "NOUN" in tag and "anim" not in tag and parse.score >= 0.3):
            form = parse.normal_form
            return form[:1].upper() + form[1:]
    return word


def native_normal(text: str, lang: str, label: str = "Person") -> str:
    """The normal form of a span of a bridged language: Ukrainian names of people and places in
    the nominative, Belarusian ones and longer names of organisations as written."""
    if lang != "uk" or (label not in ("Person", "Country", "Location") and " " in text.strip()):
        return text
    return _WORD.sub(lambda m: _uk_nominative(m.group()), text)


#: parts of speech of words that are no names: pronouns, adverbs, prepositions, particles …
_FUNCTION_POS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "ADVB", "INTJ", "PRED"})
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
#: town names end so ("Нижньокамськ", "Мінську", "Донецька"); surnames end in -ський, not -ськ
_TOWN = re.compile(r"(?:ськ|цьк|ск|цк)[уаі]?$")


@functools.lru_cache(maxsize=50_000)
def _reading(word: str) -> str:
    """How the Ukrainian dictionary reads a capitalised word: "function" (a pronoun, adverb …,
    or a known adjective or verb that is never a name: "Він", "Раніше", "Актуальне"), "name"
    (a given name or surname), "place" (a known inanimate noun and never a name: "Харкову",
    "Татарстані"), or "" (unknown, or nothing certain)."""
    morph = ukrainian_morph()
    if morph is None:
        return ""
    parses = morph.parse(word.lower())[:4]  # type: ignore[attr-defined]
    if not parses or not parses[0].is_known:
        return ""
    tags = [str(p.tag) for p in parses]
    if any(p.tag.POS in _FUNCTION_POS for p in parses):
        return "function"
    if any(t in tag for tag in tags for t in _NAME_TAGS):
        return "name"
    if parses[0].tag.POS in ("ADJF", "VERB", "INFN", "GRND", "PRTF", "COMP"):
        return "function"
    if parses[0].tag.POS == "NOUN" and "inan" in tags[0]:
        return "place"
    return ""


#: Titles before a name in Belarusian and Ukrainian ("Кіраўнік", "старшыня", "Речник")
_NATIVE_TITLES = ("кіраўнік", "старшыня", "губернатар", "памочнік", "намеснік", "сакратар", "дзяржсакратар",
                  "пасол", "амбасадар", "прэм'ер", "прэм’ер", "міністр", "спікер", "прэс-сакратар", "дэпутат",
                  "керівник", "голова", "помічник", "заступник", "речник", "речниця", "прем'єр", "прем’єр",
                  "депутат", "посол", "губернатор")
#: Belarusian words that open a sentence and are no names, which the Ukrainian dictionary cannot
#: read, and the word for "the media" ("СМІ", "ЗМІ")
_BE_FUNCTION = frozenset("""
    паводле дый але аднак таксама акрамя апроч пасля раней цяпер сёння учора заўтра таму калі хоць
    нават нібыта як дзе што гэта гэты гэтая гэтыя яго яе іх ён яна яны мы вы тады потым столькі
    шмат вельмі ужо яшчэ толькі ці бо каб дык вось адразу сёлета летась апошнім смі змі
""".split())


@functools.lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    from claimgraph.resolve.names import _TITLES, token_key

    return frozenset(token_key(t) for t in (*_TITLES, *_NATIVE_TITLES))


def _title(word: str) -> bool:
    """A title before a name, in any of the three languages ("Прэзідэнт", "Президент")."""
    from claimgraph.resolve.names import token_key

    return token_key(word) in _title_keys()


def _function_word(word: str) -> bool:
    """A pronoun, adverb, preposition … ("Відтоді", "Раніше"), cut from the start of a longer
    span; adjectives stay, as they open names ("Російська Федерація")."""
    if word.casefold() in _BE_FUNCTION:
        return True
    morph = ukrainian_morph()
    if morph is None:
        return False
    parses = morph.parse(word.lower())[:4]  # type: ignore[attr-defined]
    return bool(parses) and parses[0].is_known and any(p.tag.POS in _FUNCTION_POS for p in parses) \
        and not any(t in str(p.tag) for p in parses for t in _NAME_TAGS)


def native_spans(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A statistical span of a bridged text, cleaned with the Ukrainian dictionary.

    Words that are no names (and titles before a person's name: "Прэзідэнт") are cut from its
    start ("Раніше Сполучені Штати") and lower-case words from the end of a place; a single such
    word is no name at all ("Актуальне", "Він"), nor is a person's name with a lower-case word. What remains is a Country when it names one ("Відтоді Росія"), and a
    person's name that the dictionary knows only as an inanimate noun is a place ("Харкову").
    A country name at either edge of a person's or organisation's name is split off as a Country
    ("Білорусі Олександр Лукашенко": the model joined the country before the name)."""
    from claimgraph.nlp.countries import territory_code
    from claimgraph.resolve.names import is_given_name

    if label == "Person" and "\n" in text[start:end]:  # a name does not go on past a line break
        end = text.index("\n", start)
    words = list(_WORD.finditer(text, start, end))
    while len(words) > 1 and (_function_word(words[0].group()) or
                              label == "Person" and _title(words[0].group())):
        words.pop(0)
    if label == "Person" and any(w.group()[:1].islower() for w in words[1:]):
        return []  # "Білий дім": a lower-case word ends no person's name
    if label == "Person" and len(words) > 1 and not is_given_name(words[0].group()):
        given = next((i for i, w in enumerate(words[1:], 1) if is_given_name(w.group())), None)
        if given is not None:  # a person's name starts at the given name: "Савета Рэспублікі Уладзімір …"
            head = text[words[0].start():words[given - 1].end()]
            country = [(words[0].start(), words[given - 1].end(), "Country")] if territory_code(head) else []
            return country + native_spans(text, words[given].start(), words[-1].end(), label)
    if label in ("Location", "Country"):
        while len(words) > 1 and words[-1].group()[:1].islower():
            words.pop()
    if not words or len(words) == 1 and (_reading(words[0].group()) == "function"
                                         or words[0].group().casefold() in _BE_FUNCTION):
        return []
    start, end = words[0].start(), words[-1].end()
    if label in ("Person", "Location", "Organization") and len(words) <= 4 and \
            territory_code(text[start:end]):
        return [(start, end, "Country")]
    if len(words) == 1 and label == "Person" and (_reading(words[0].group()) == "place"
                                                  or _TOWN.search(words[0].group())):
        return [(start, end, "Location")]
    product = _product(text[start:end]) if label in ("Organization", "Company") else None
    if product:
        return [(start, end, "Product")]
    if label not in ("Person", "Organization") or len(words) < 2:
        return [(start, end, label)]
    out: list[tuple[int, int, str]] = []
    first, last = words[0], words[-1]
    if first.group()[:1].isupper() and territory_code(first.group()):
        out.append((first.start(), first.end(), "Country"))
        start = words[1].start()
    if label == "Person" and last.start() >= start and last is not words[0] and \
            territory_code(last.group()) and len(words) > 2:
        out.append((last.start(), last.end(), "Country"))
        end = words[-2].end()
    if start < end:
        out.append((start, end, label))
    return out


def _product(name: str) -> bool:
    """A name of the family of a product the gazetteer knows ("Шахедів" of "Shahed-136")."""
    from claimgraph.resolve.products import designation

    found = designation(name)
    return found is not None and found.family in _product_families()


@functools.lru_cache(maxsize=1)
def _product_families() -> frozenset[str]:
    from claimgraph.nlp.gazetteer import builtin_entries
    from claimgraph.resolve.products import designation

    out = set()
    for e in builtin_entries():
        if e.type == "Product":
            for n in (e.name, *e.aliases):
                d = designation(n)
                if d:
                    out.add(d.family)
    return frozenset(out)


def is_nationality(word: str) -> bool:
    """A Ukrainian or Belarusian adjective of nationality ("іранські", "расійскага", "Російські")."""
    if len(word) < 5:
        return False
    from claimgraph.nlp.countries import nationality_code

    return nationality_code(word) is not None
