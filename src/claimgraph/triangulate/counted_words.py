"""Counts written in words before a counted thing ("drei chinesische Unternehmen", "кілька
десятків балістичних ракет", "nie więcej niż dziesięć systemów").

Taggers read digits and most English number words, but outlets in German, Polish, Ukrainian,
Russian, Bulgarian and Belarusian write small counts as words, "one" is seldom read ("only one
drone was shot down", "один дрон атаковал"), and every language writes vague counts ("several",
"кілька", "dozens", "kilkadziesiąt", "hundreds of thousands", "миллионы"). Such a count is a figure
when a word of a counted thing (:data:`THINGS`: drones, missiles, shells, rounds, containers,
companies, people) follows it within :data:`MAX_MODIFIERS` words: the concept table gives one counted thing across
languages and inflections, so "zwei chinesische Firmen" and "two Chinese companies" count the
same. A vague count is a range ("several": 2 to 9, "several dozen": 20 to 99, "millions": 2 to 10
million), so it disagrees only with a figure outside it; after a number ("пять миллионов") the
word scales that number and is no count. A qualifier before the count ("more than", "не более",
"bis zu") is kept. In English a thing that modifies another noun ("a drone factory", "one drone attack")
is no count of it. Each count becomes a quantity mention with its sentence for
:mod:`claimgraph.triangulate.figures` to compare.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from claimgraph.model import Mention
from claimgraph.store import Store
from claimgraph.triangulate.collective_counts import load_word_mentions

#: Cardinal number words (their case forms) by value; taggers read English ones but not always.
#: "один", "ein", "jeden" are left out: they are also articles and pronouns.
CARDINALS = {
    2: "two zwei dwa dwie dwóch dwu два две двух двох дві двома дзве двух",
    3: "three drei trzy trzech три трех трёх трьох тры трох",
    4: "four vier cztery czterech четыре четырех четырёх чотири чотирьох четири чатыры чатырох",
    5: "five fünf pięć pięciu пять пяти п'ять п’ять п'яти п’яти пет пяць",
    6: "six sechs sześć sześciu шесть шести шість шести шест шэсць",
    7: "seven sieben siedem siedmiu семь семи сім семи седем сем",
    8: "eight acht osiem ośmiu восемь восьми вісім восьми осем восем",
    9: "nine neun dziewięć dziewięciu девять девяти дев'ять дев’ять девет дзевяць",
    10: "ten zehn dziesięć dziesięciu десять десяти десет дзесяць",
    11: "eleven elf jedenaście одиннадцать одинадцять единадесет",
    12: "twelve zwölf dwanaście двенадцать дванадцять дванадесет",
    15: "fifteen fünfzehn piętnaście пятнадцать п'ятнадцять п’ятнадцять",
    20: "twenty zwanzig dwadzieścia двадцать двадцять двадесет",
    30: "thirty dreißig trzydzieści тридцать тридцять",
    50: "fifty fünfzig pięćdziesiąt пятьдесят п'ятдесят п’ятдесят",
    100: "hundert sto",
    # "тысячи" and "тисячі" are left out: they are also "thousands"
    1000: "tausend tysiąc тысяча тысячу тысяче тысячей тисяча тисячу тисячею",
}
#: Cardinals in the instrumental case ("обстреляли пятью ракетами", "обстріляли п'ятьма
#: дронами"), Russian and Ukrainian: a count only before a noun of that case (:data:`INSTRUMENTAL_END`),
#: as some are also other words ("семью": "family").
INSTRUMENTAL = {
    2: "двумя двома", 3: "тремя трьома", 4: "четырьмя чотирма", 5: "пятью п'ятьма п’ятьма",
    6: "шестью шістьма", 7: "семью сімома", 8: "восемью вісьмома", 9: "девятью дев'ятьма дев’ятьма",
    10: "десятью десятьма",
}
INSTRUMENTAL_END = ("ми", "ма")
#: Vague counts by the range they allow, in English, German, Polish, Russian, Ukrainian,
#: Bulgarian and Belarusian ("|" between phrases; longer phrases are tried first).
VAGUE = {
    # vague counts of thousands and millions: "hundreds of thousands of drones", "миллионы патронов"
    (200_000, 999_999): """hundreds of thousands of|hundreds of thousands|сотни тысяч|сотен тысяч|
                        сотнях тысяч|сотнями тысяч|сотні тисяч|сотень тисяч|сотнях тисяч|setki tysięcy|setek tysięcy|
                        hunderttausende""",
    (20_000, 99_999): """tens of thousands of|tens of thousands|десятки тысяч|десятков тысяч|десятках тысяч|
                      десятки тисяч|десятків тисяч|dziesiątki tysięcy|dziesiątek tysięcy|zehntausende""",
    (2_000_000, 9_999_999): """millions of|миллионы|миллионов|миллионах|миллионами|мільйони|мільйонів|
                            мільйонах|miliony|milionów|millionen""",
    (20, 99): """several dozen|a few dozen|einige dutzend|mehrere dutzend|kilkadziesiąt|kilkudziesięciu|
              несколько десятков|нескольких десятков|кілька десятків|декілька десятків|кількох десятків|
              няколко десетки|некалькі дзясяткаў|dozens of|dutzende|десятки|десятков|десятків|дзясяткі|
              dziesiątki""",
    (200, 999): """several hundred|a few hundred|hundreds of|hunderte|несколько сотен|сотни|сотен|
                кілька сотень|сотні|сотень|setki|kilkaset""",
    (11, 19): "kilkanaście|kilkunastu",
    (2, 9): """several|a few|einige|mehrere|kilka|kilku|несколько|нескольких|кілька|декілька|кількох|
            няколко|некалькі""",
}
#: Words before a count that bound it, by the qualifier :mod:`claimgraph.triangulate.figures`
#: reads. A Cyrillic "до" is "up to" or "to" ("rose to 14"), so it only loosens the count.
QUALIFIER_WORDS = {
    "more than": """more than|over|mehr als|über|ponad|więcej niż|более|больше|свыше|понад|більше ніж|
                 більш ніж|повече от""",
    "up to": """up to|no more than|bis zu|höchstens|nie więcej niż|не более|не больше|не більше|
             не більш ніж""",
    "at least": """at least|mindestens|co najmniej|не менее|по меньшей мере|как минимум|щонайменше|
                принаймні|не менше|най-малко""",
    "less than": "less than|fewer than|weniger als|mniej niż|менее|меньше|менше ніж|по-малко от",
    "about": """about|around|roughly|some|approximately|etwa|rund|około|примерно|около|приблизно|близько|
             до""",
}
#: Counted things and the word beginnings that name them in several languages: a word naming
#: one counts it ("беспилотников", "Drohnen", "dronów"); a stem ending in "=" names only that
#: whole word. German compounds are read by their last part ("Drohnenlieferanten": suppliers,
#: a company word). Things are named as :data:`claimgraph.triangulate.figures.UNIT_WORDS` names
#: them.
THINGS = {
    "drone": "drone uav unmanned беспилотн бпла дрон безпілотн безпилотн беспілот drohne dron bezzałog",
    "missile": "missile rocket ракет rakiet rakete",
    "shell": "shell= shells= снаряд artilleriegeschoss granat",
    "round": "round= rounds= cartridge патрон набої= набоїв= naboj",
    "container": "container контейнер kontener",
    "company": """compan firm= firms= organization organisation компани фирм организаци предприяти компані
               фірм організаці підприємств unternehmen firma firmy firmen przedsiębiorstw spółk lieferant
               hersteller supplier manufacturer maker производител постачальник поставщик""",
    "person": """people person individual человек людей лиц= лица= осіб= особи= особа= людзей чалавек osób
              osoby personen menschen""",
}
#: "One" in the languages where it is no article: a count of one when a thing follows.
ONE = frozenset("one один одна одно одного одну адзін адна jeden jedna jednego".split())
#: Nouns after a thing that make it a modifier of another ("one drone attack", "a drone factory").
COMPOUNDED = frozenset("""attack attacks strike strikes factory factories plant plants maker makers producer program
programme production industry base site sites unit units operator operators pilot pilots launcher launchers
component components engine engines part parts warfare threat""".split())
#: Modifiers that begin like a thing's word but name a kind of another thing ("ракетных
#: комплексов": missile systems, not missiles).
MODIFIERS = ("ракетн", "rakietow", "raketensystem")
MAX_MODIFIERS = 2  # words (adjectives) between a count and the thing it counts
#: Endings of the modifiers that may stand between a count and its thing ("drei chinesische
#: Unternehmen", "кілька балістичних ракет"), by language; English takes any word but
#: :data:`FUNCTION_WORDS`.
MODIFIER_ENDINGS = {
    "ru": ("ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ую", "ого", "ому", "ым", "ыми", "ими", "ое", "ее"),
    "uk": ("их", "іх", "ий", "ій", "і", "ої", "ою", "ого", "ому", "ими"),
    "be": ("ых", "іх", "ыя", "ія", "ы", "і", "ай", "ага"),
    "bg": ("и", "а", "о", "ия"),
    "pl": ("ych", "ich", "ie", "e", "y", "a", "ą", "ej", "ego", "ymi", "imi"),
    "de": ("e", "en", "er", "es", "em"),
}
FUNCTION_WORDS = frozenset("""the a an of and or to in on at by for with from that which who its their his her
these those them they it was were is are be been have has had not""".split())
#: Words after a count that multiply it ("несколько десятков тысяч человек"): such a count is
#: left out.
MULTIPLIERS = ("тысяч", "тисяч", "хиляд", "миллион", "мільйон", "милион", "thousand", "million", "tausend",
               "tys", "milion", "billion", "миллиард", "мільярд")
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…\n]")
#: Languages whose reports are read; English cardinals the tagger already took are left to it.
LANGS = frozenset({"en", "de", "pl", "ru", "uk", "bg", "be"})


def _phrases(table: dict) -> list[tuple[tuple[str, ...], object]]:
    """(words of a phrase, its value), longest phrases first."""
    out = [(tuple(p.split()), key) for key, text in table.items() for p in text.split("|") if p.strip()]
    return sorted(out, key=lambda x: -len(x[0]))


_INSTRUMENTAL = {w: v for v, words in INSTRUMENTAL.items() for w in words.split()}
_CARDINAL = {w: v for v, words in CARDINALS.items() for w in words.split()} | _INSTRUMENTAL
_VAGUE = _phrases(VAGUE)
_QUALIFIERS = _phrases(QUALIFIER_WORDS)
_THING_STEMS = [(stem, thing) for thing, stems in THINGS.items() for stem in stems.split()]


def thing_of(word: str, lang: str | None = None) -> str:
    """The counted thing a word names ("беспилотников": "drone"), or ""."""
    w = word.casefold()
    if w.startswith(MODIFIERS):
        return ""
    if lang == "de":  # a compound names what its last part names
        found = [(w.rfind(stem), thing) for stem, thing in _THING_STEMS if not stem.endswith("=") and stem in w]
        return max(found)[1] if found else ""
    for stem, thing in _THING_STEMS:
        if (w == stem[:-1]) if stem.endswith("=") else w.startswith(stem):
            return thing
    return ""


def _thing_after(words: list[str], at: int, lang: str) -> tuple[str, str]:
    """The thing counted by the count ending before word ``at`` and the word naming it: the first
    thing word within :data:`MAX_MODIFIERS` modifiers; ("", "") when another word comes first."""
    for k in range(at, min(at + MAX_MODIFIERS + 1, len(words))):
        word = words[k]
        if word.startswith(MULTIPLIERS):
            return "", ""
        if thing := thing_of(word, lang):
            return thing, word
        if lang == "en":
            if word in FUNCTION_WORDS and not (k == at and word == "of"):
                return "", ""
        elif len(word) <= 3 or not word.endswith(MODIFIER_ENDINGS.get(lang, ())):
            return "", ""
    return "", ""


def _compounded(words: list[str], at: int) -> bool:
    """Whether the thing word after a count (within the modifiers) is followed by a noun it
    modifies ("a drone factory")."""
    for k in range(at, min(at + MAX_MODIFIERS + 1, len(words))):
        if thing_of(words[k], "en"):
            return k + 1 < len(words) and words[k + 1] in COMPOUNDED
    return False


def _match(words: list[str], i: int, phrases: list[tuple[tuple[str, ...], object]]) -> tuple[int, object] | None:
    """The longest phrase starting at word ``i`` (its length and value)."""
    for phrase, value in phrases:
        n = len(phrase)
        if tuple(words[i:i + n]) == phrase:
            return n, value
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def counted_mentions(document_id: str, text: str, lang: str | None,
                     taken: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Quantity mentions of the counts written in words before a counted thing, except where a
    quantity mention already stands (``taken``: its spans)."""
    if (lang or "") not in LANGS:
        return []
    spans = list(taken)
    tokens = list(_WORD.finditer(text))
    words = [t.group().casefold() for t in tokens]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        start_i, qualifier = i, ""
        q = _match(words, i, _QUALIFIERS)
        if q:
            qualifier, i = str(q[1]), i + q[0]
        count: tuple[int, object] | None = _match(words, i, _VAGUE)
        if count is not None and _scales_number(words, i):
            count = None  # "пять миллионов": a scale word of the number before it
        if count is None and i < len(words) and words[i] in _CARDINAL:
            count = (1, _CARDINAL[words[i]])
        if count is None and i < len(words) and words[i] in ONE:
            count = (1, 1)
        if count is None:
            i = start_i + 1
            continue
        n, value = count
        if isinstance(value, tuple):
            qualifier = ""  # a vague count is a range already
        after = i + n
        thing, noun = _thing_after(words, after, lang or "")
        if words[i] in _INSTRUMENTAL and not noun.endswith(INSTRUMENTAL_END):
            thing = ""  # "семью" before no noun of its case is "family", not "seven"
        if thing and lang == "en" and _compounded(words, after):
            thing = ""  # "one drone attack": the thing names a kind of another
        start, end = tokens[start_i if qualifier else i].start(), tokens[after - 1].end()
        if thing and not any(s < end and start < e for s, e in spans) and _plain_gap(text, tokens[i].start(), end):
            number = f"{value[0]}-{value[1]}" if isinstance(value, tuple) else str(value)
            s_start, s_end = _sentence(text, start, end)
            normalized = " ".join(x for x in (qualifier, number, thing) if x)
            out.append(Mention(Mention.make_id(document_id, start, end, "Quantity"), document_id, start, end,
                               text[start:end], "Quantity", sent_start=s_start, sent_end=s_end,
                               normalized=normalized, extractor="counted_words"))
        i = after
    return out


def _scales_number(words: list[str], i: int) -> bool:
    """Whether the word before word ``i`` is a number, which the vague count's word then scales."""
    before = words[i - 1] if i > 0 else ""
    return before.isdigit() or before in _CARDINAL or before in ONE


def _plain_gap(text: str, start: int, end: int) -> bool:
    """Whether the count's words stand in one clause (no sentence mark or digit inside)."""
    return not re.search(r"[.!?;:\d\n]", text[start:end])


def load_counted_mentions(store: Store, mentions: list[Mention], documents: set[str]
                          ) -> tuple[list[Mention], dict[str, tuple[int, str]]]:
    """The counts in words of the given documents, with each one's sentence (start and text),
    leaving out those a quantity mention already covers."""
    return load_word_mentions(store, mentions, documents, LANGS, counted_mentions)
