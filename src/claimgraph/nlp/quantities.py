"""Quantities and sums of money: value, unit, qualifier, range and rate.

"up to 100,000 units annually" → value 100000, unit "unit", qualifier "up to", rate "year";
"от 2 до 5 тысяч беспилотников в год" → min 2000, max 5000, unit "беспилотник", rate "year";
"$3 million" → 3000000 "USD" (a Money mention). The unit is the head noun that follows the
number, in its dictionary form ("units" → "unit", "беспилотников" → "беспилотник"); a unit of
measure is part of the span ("450 kilometres" → unit "kilometre"). When the parse is
available the component takes the noun the number modifies instead of the next word.

Years and dates are not quantities: spans the date rules claim are skipped, and so is a bare
four-digit year with no qualifier, currency or scale. Model names ("Su-34", "T-90") are not
numbers either. One regular-expression pass plus fixed-size look-arounds per match: linear.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.model import Mention, Quantity
from claimgraph.nlp import coordinates, tree
from claimgraph.nlp import ukrainian_numbers as uk
from claimgraph.nlp.dates import _Coverage, find_dates
from claimgraph.nlp.doc import AnalyzedDoc, Token
from claimgraph.nlp.numbers import (
    DIGITS,
    SCALE_EN,
    SCALE_RU,
    WORD_NUMBER,
    instrumental_count,
    parse_digits,
    parse_scale,
    parse_words,
)

EXTRACTOR = "claimgraph.quantities.v1"
VERSION = "1"

QUALIFIERS_EN = {
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "not more than": "up to", "a maximum of": "up to", "maximum of": "up to",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "no fewer than": "at least", "not fewer than": "at least", "a minimum of": "at least",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "circa": "about",
    "more than": "more than", "over": "more than", "in excess of": "more than",
    "upwards of": "more than", "above": "more than", "over than": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "exactly": "exactly", "precisely": "exactly",
}
QUALIFIERS_RU = {
    "до": "up to", "не более": "up to", "не больше": "up to", "максимум": "up to", "не свыше": "up to",
    "не менее": "at least", "не меньше": "at least", "как минимум": "at least", "минимум": "at least",
    "по меньшей мере": "at least", "по крайней мере": "at least",
    "около": "about", "порядка": "about", "примерно": "about", "приблизительно": "about",
    "почти": "about", "почти что": "about", "ориентировочно": "about",
    "более": "more than", "больше": "more than", "свыше": "more than", "более чем": "more than",
    "больше чем": "more than", "сверх": "more than",
    "менее": "less than", "меньше": "less than", "менее чем": "less than", "меньше чем": "less than",
    "ровно": "exactly",
}
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "долл": "USD", "доллар": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "евро": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "фунт": "GBP",
    "₽": "RUB", "rub": "RUB", "rouble": "RUB", "ruble": "RUB", "руб": "RUB", "рубл": "RUB",
    "¥": "CNY", "cny": "CNY", "yuan": "CNY", "юан": "CNY",
    "byn": "BYN", "белорусск": "BYN",
}
RATES = (
    (re.compile(r"(?:a|per|each|every|an)\s+(?:year|annum)\b|annually\b|yearly\b|a\s+year\b"
                r"|(?<![а-яё])(?:в|за)\s+год(?![а-яё])|ежегодно|в\s+течение\s+года|per\s+annum"
                r"|(?<![а-яіїєґ])(?:на|за)\s+рік(?![а-яіїєґ])|щороку|щорічно", re.IGNORECASE), "year"),
    (re.compile(r"(?:a|per|each|every)\s+month\b|monthly\b|(?<![а-яё])в\s+месяц(?![а-яё])|ежемесячно"
                r"|(?<![а-яіїєґ])на\s+місяць|щомісяця", re.IGNORECASE),
     "month"),
    (re.compile(r"(?:a|per|each|every)\s+week\b|weekly\b|(?<![а-яё])в\s+неделю|еженедельно", re.IGNORECASE), "week"),
    (re.compile(r"(?:a|per|each|every)\s+day\b|daily\b|(?<![а-яё])в\s+(?:сутки|день)(?![а-яё])|ежедневно"
                r"|(?<![а-яіїєґ])на\s+добу|щодня|щоденно",
                re.IGNORECASE), "day"),
)
_RATE_BEFORE = ((re.compile(r"\b(?:annual|yearly)\b|(?<![а-яё])(?:ежегодн|годов(?:ой|ая|ое|ого|ую))", re.IGNORECASE),
                 "year"),
                (re.compile(r"\bmonthly\b|(?<![а-яё])ежемесячн", re.IGNORECASE), "month"),
                (re.compile(r"\bdaily\b|(?<![а-яё])(?:ежедневн|суточн)", re.IGNORECASE), "day"))

_STOP_EN = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those", "it", "its", "their", "his", "her", "our", "which", "who", "per", "than", "more", "less", "over", "under", "about", "some", "each", "every", "year", "years", "month", "months", "week", "weeks", "day", "days", "annually", "yearly", "monthly", "daily", "percent", "times", "time", "said", "says", "told", "according"])
_STOP_RU = frozenset(["в", "во", "на", "по", "с", "со", "к", "ко", "у", "о", "об", "от", "до", "из", "за", "для", "и", "или", "а", "но", "что", "как", "это", "год", "года", "году", "лет", "месяц", "месяца", "в", "сутки", "день", "раз", "раза", "процент", "процента", "процентов", "при", "под", "над"])


def _alternation(words: dict[str, str]) -> str:
    keys = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


_CUR_SYM = r"(?:US\$|\$|€|£|₽|¥)"
_CUR_WORD_EN = r"(?:(?:US|U\.S\.|American|Russian|Belarusian|Chinese)\s+)?(?:dollars?|USD|euros?|EUR|pounds?\s+sterling|GBP|roubles?|rubles?|RUB|yuan|CNY|BYN)\b"
_CUR_WORD_RU = (r"(?:(?:[а-яё]+ских\s+)?рубл[а-яё]*|руб\.|долл\.|доллар[а-яё]*|евро|юан[а-яё]*"
                r"|USD|EUR|RUB|CNY|BYN)(?![а-яё])")


# Units of measure belong to the quantity's span ("450 kilometres", "свыше 120 км").
_MEASURE_EN = (r"(?:kilomet(?:re|er)s?|km/h|km|miles?|kilograms?|kg|tonnes?|tons?|met(?:re|er)s?|hours?"
               r"|minutes?|seconds?|litres?|liters?|megawatts?|MW|kW|horsepower|hp)\b")
_MEASURE_RU = (r"(?:километр[а-яё]*|км/ч|км|килограмм[а-яё]*|кг|тонн[а-яё]*|метр[а-яё]*|час(?:а|ов)?|минут[а-яё]*"
               r"|секунд[а-яё]*|литр[а-яё]*|мегаватт[а-яё]*|МВт|кВт|лошадин[а-яё]*\s+сил)(?![а-яё])")
MEASURES = {
    "km": "kilometre", "kilomet": "kilometre", "mile": "mile", "kg": "kilogram", "kilogram": "kilogram",
    "tonne": "tonne", "ton": "tonne", "met": "metre", "hour": "hour", "minute": "minute",
    "second": "second", "lit": "litre", "mw": "megawatt", "megawatt": "megawatt", "kw": "kilowatt",
    "horsepower": "horsepower", "hp": "horsepower",
    "км": "километр", "километр": "километр", "кг": "килограмм", "килограмм": "килограмм",
    "тонн": "тонна", "метр": "метр", "час": "час", "минут": "минута", "секунд": "секунда",
    "литр": "литр", "мегаватт": "мегаватт", "мвт": "мегаватт", "квт": "киловатт", "лошадин": "лошадиная сила",
}


#: measure words by language, the longest first so "километр" is tried before "км"
_LONGEST_FIRST = {"uk": sorted(uk.MEASURES.items(), key=lambda kv: -len(kv[0])),
                  "other": sorted(MEASURES.items(), key=lambda kv: -len(kv[0]))}


def _measure(raw: str, lang: str = "en") -> str:
    r = raw.lower()
    if r in ("km/h", "км/ч", "км/год"):
        return r
    for key, name in _LONGEST_FIRST["uk" if lang == "uk" else "other"]:
        if r.startswith(key):
            return name
    return r


def _pattern(lang: str) -> re.Pattern[str]:
    number = r"(?:" + DIGITS + r"|" + WORD_NUMBER[lang] + r")"
    if lang == "uk":
        scale, qual = uk.SCALE, _alternation(uk.QUALIFIERS)
        range_open, range_mid = r"(?:від|між)", r"(?:[-–—]|до|і|та)"
        cur_word = uk.CURRENCY_WORD
        percent = uk.PERCENT
        measure = uk.MEASURE
        left = r"(?<![\w\-/.,:])"
    elif lang == "ru":
        scale, qual = SCALE_RU, _alternation(QUALIFIERS_RU)
        range_open, range_mid = r"(?:от|между)", r"(?:[-–—]|до|и)"
        cur_word = _CUR_WORD_RU
        percent = r"%|процент[а-яё]*"
        measure = _MEASURE_RU
        left = r"(?<![\w\-/.,:])"
    else:
        scale, qual = SCALE_EN, _alternation(QUALIFIERS_EN)
        range_open, range_mid = r"(?:from|between)", r"(?:[-–—]|to|and)"
        cur_word = _CUR_WORD_EN
        percent = r"%|percent\b|per\s+cent\b"
        measure = _MEASURE_EN
        left = r"(?<![\w\-/.,:])"
    return re.compile(
        r"(?:(?<![\w])(?P<qual>" + qual + r")\s+)?"
        r"(?:(?<![\w])(?P<open>" + range_open + r")\s+)?"
        + left + r"(?:(?P<cur1>" + _CUR_SYM + r")\s?)?(?P<num>" + number + r")(?:\s*(?P<scale>" + scale + r"))?"
        r"(?:\s*(?P<mid>" + range_mid + r")\s*(?P<cur2>" + _CUR_SYM + r")?\s?(?P<num2>" + number + r")"
        r"(?:\s*(?P<scale2>" + scale + r"))?)?"
        r"(?:\s*(?P<cur3>" + cur_word + r"|" + _CUR_SYM + r")|\s*(?P<pct>" + percent + r")|\s*(?P<measure>" + measure + r"))?"
        r"(?![\w:]|-[^\W\d_])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _compiled(lang: str) -> re.Pattern[str]:
    return _pattern(lang)


@dataclass(slots=True)
class _Read:
    value: float | None
    is_word: bool


def _read_number(raw: str, lang: str) -> _Read:
    if raw[:1].isdigit():
        return _Read(parse_digits(raw, lang), False)
    return _Read(parse_words(raw, lang), True)


def find_quantities(text: str, lang: str | None, dates: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities in ``text``. ``dates`` are spans to leave alone (found here when not given), and so
    are geographic coordinates."""
    if not text:
        return []
    code = (lang or "en").lower()[:2]
    code = code if code in ("ru", "uk") else "en"
    if dates is None:
        dates = [(d.start, d.end) for d in find_dates(text, "ru" if code == "ru" else "en", None)]
    covered = _Coverage(sorted(dates + [(c.start, c.end) for c in coordinates.find(text)]))
    out: list[Quantity] = []
    for m in _compiled(code).finditer(text):
        q = _quantity(m, text, code)
        if q is None or q.start is None or q.end is None:
            continue
        if covered.overlaps(m.start("num"), m.end("num")):
            continue
        if _after_name(text, q) :
            continue
        out.append(q)
    return out


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<=[a-zа-яё\w]\s)[A-ZА-ЯЁ][\w-]*\s$")


def _after_name(text: str, q: Quantity) -> bool:
    """A bare number right after a capitalised word inside a sentence is part of a name ("Mini 3")."""
    if q.qualifier or q.unit is not None or q.min is not None or q.start is None:
        return False
    if q.text is None or not q.text[:1].isdigit() or not re.fullmatch(r"\d{1,3}", q.text):
        return False
    return _NAME_BEFORE.search(text, max(0, q.start - 40), q.start) is not None


def _quantity(m: re.Match[str], text: str, lang: str) -> Quantity | None:
    first = _read_number(m.group("num"), lang)
    if lang == "ru" and not instrumental_count(m.group("num"), text, m.end("num")):
        return None  # "семью" before no instrumental noun is "family"
    if first.value is None or first.value != first.value:  # vague ("несколько") or unreadable
        return None
    scale = parse_scale(m.group("scale")) if m.group("scale") else None
    second = _read_number(m.group("num2"), lang) if m.group("num2") else None
    scale2 = parse_scale(m.group("scale2")) if m.group("scale2") else None
    mid = (m.group("mid") or "").lower()
    is_range = second is not None and second.value is not None and second.value == second.value
    if is_range and mid in ("and", "и", "і", "та") and not m.group("open"):
        is_range = False
    currency = _currency(m.group("cur1") or m.group("cur2") or m.group("cur3") or "")
    raw = m.group("num")
    qualifier_word = (m.group("qual") or "").lower()
    qualifier = _QUALIFIERS[lang].get(re.sub(r"\s+", " ", qualifier_word))
    year_like = not first.is_word and re.fullmatch(r"(?:19|20)\d\d", raw) and not (
        scale or currency or qualifier or m.group("pct"))
    if year_like and (not is_range or (second is not None and second.value is not None
                                       and 1900 <= second.value <= 2100)):
        return None  # a year
    start = m.start()
    if m.group("open") and not is_range:
        start = m.start("cur1") if m.group("cur1") else m.start("num")
    if not is_range:
        end = m.end("scale") if m.group("scale") else m.end("num")
        if m.group("cur3") or m.group("pct") or m.group("measure"):
            end = m.end()
    else:
        end = m.end()
    value = first.value * (scale or scale2 or 1) if is_range and not scale else first.value * (scale or 1)
    q = Quantity(start=start, end=end, text=text[start:end])
    if is_range and second is not None and second.value is not None:
        hi = second.value * (scale2 or scale or 1)
        lo = value
        if hi < lo and scale2 and not scale:
            lo = first.value * scale2
        q.min, q.max = lo, hi
        q.value = None
        qualifier = qualifier if qualifier else None
    else:
        q.value = value
    if first.is_word and not (scale or currency or m.group("pct") or m.group("measure")) and first.value <= 1:
        return None  # "one of the ways"
    q.qualifier = qualifier
    if currency:
        q.unit = currency
    elif m.group("pct"):
        q.unit = "%"
    elif m.group("measure"):
        q.unit = _measure(m.group("measure"), lang)
    else:
        q.unit = _next_noun(text, end, lang)
        if first.is_word and not scale and q.unit is None:
            return None
    q.rate = _rate(text, m.start(), end, lang)
    return q


_QUALIFIERS = {"en": QUALIFIERS_EN, "ru": QUALIFIERS_RU, "uk": uk.QUALIFIERS}


def _currency(raw: str) -> str | None:
    r = raw.lower().strip().rstrip(".")
    if not r:
        return None
    if " " in r and not r.startswith("белорусск"):
        r = r.rsplit(" ", 1)[1]  # "российских рублей", "US dollars": the currency word
    for key, code in (*CURRENCIES.items(), *uk.CURRENCIES.items()):
        if r.startswith(key):
            return code
    return None


_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)
_ADJ_RU = re.compile(r"(?:ых|их|ые|ие|ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ому|ему|ым|им|ыми|ими)$")


def _next_noun(text: str, end: int, lang: str) -> str | None:
    """The noun right after a number (a few adjectives skipped in Russian), or None."""
    window = text[end:end + 80]
    pos = 0
    for _ in range(4):
        gap = re.match(r"[ \u00a0\u202f\t]*", window[pos:])
        pos += gap.end() if gap else 0
        if pos < len(window) and window[pos] in ",.;:!?()\"«»\n":
            return None
        w = _WORD.match(window, pos)
        if not w:
            return None
        word = w.group(0)
        low = word.lower()
        pos = w.end()
        if lang == "uk":
            unit = uk.unit_word(word)
            if unit == "":
                continue
            return unit
        if lang == "ru":
            if low in _STOP_RU:
                return None
            parsed = _ru_noun(low)
            if parsed is None:
                if _ADJ_RU.search(low):
                    continue
                return None
            return parsed
        if low == "of" and _ == 0:
            continue
        if low in _STOP_EN or not word[0].isalpha():
            return None
        if word[0].isupper() and _ == 0 and not word.isupper():
            continue  # "100 Shahed drones": a name before the noun
        return singular(low)
    return None


@lru_cache(maxsize=1)
def _morph() -> object | None:
    """Natasha's dictionary (pymorphy2, patched by Natasha for current Python versions)."""
    try:
        from natasha import MorphVocab
    except ImportError:
        return None
    return MorphVocab()


_INVARIANT = frozenset({"series", "species", "news", "means", "aircraft", "personnel", "equipment",
                        "ammunition", "hardware", "software", "headquarters", "sheep", "fish", "gas", "bus"})


def singular(word: str) -> str:
    """The dictionary form of an English plural noun ("factories" → "factory", "units" → "unit")."""
    w = word.lower()
    if w in _INVARIANT or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=20000)
def _ru_noun(word: str) -> str | None:
    """The dictionary form of a Russian noun; None for anything else."""
    morph = _morph()
    if morph is None:
        return None if _ADJ_RU.search(word) else word
    for p in morph.parse(word)[:2]:  # type: ignore[attr-defined]
        if p.pos == "NOUN":
            return str(p.normal)
    return None


_BOUNDARY_AFTER = re.compile(r"[.;!?]\s|\n|\d")
_BOUNDARY_BEFORE = re.compile(r".*(?:[.;!?]\s|\n|\d)", re.DOTALL)


def _rate(text: str, start: int, end: int, lang: str) -> str | None:
    after = text[end:end + 60]
    cut = _BOUNDARY_AFTER.search(after)
    if cut:
        after = after[:cut.start()]
    for pattern, rate in RATES:
        if pattern.search(after):
            return rate
    before = text[max(0, start - 40):start]
    cut = _BOUNDARY_BEFORE.search(before)
    if cut:
        before = before[cut.end():]
    for pattern, rate in _RATE_BEFORE:
        if pattern.search(before):
            return rate
    return None


def label_of(q: Quantity) -> str:
    """``Money`` for sums in a currency, ``Quantity`` otherwise."""
    return "Money" if q.unit in set(CURRENCIES.values()) else "Quantity"


class QuantityComponent:
    """Fills ``doc.quantities`` and adds ``Quantity`` / ``Money`` mentions."""

    name = "claimgraph.quantities.v1"
    requires: tuple[str, ...] = ("text", "dates")
    assigns: tuple[str, ...] = ("quantities", "mentions")

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        lang = doc.lang or "en"
        doc.quantities = find_quantities(doc.text, lang, [(d.start, d.end) for d in doc.dates])
        if doc.sentences:
            _units_from_parse(doc)
        covered = _Coverage([(q.start or 0, q.end or 0) for q in doc.quantities])
        doc.mentions = [m for m in doc.mentions
                        if m.label not in ("Quantity", "Money") or not covered.overlaps(m.start, m.end)]
        for q in doc.quantities:
            assert q.start is not None and q.end is not None
            label = label_of(q)
            sent = doc.sentence_at(q.start)
            doc.mentions.append(Mention(
                id=Mention.make_id(doc.document_id, q.start, q.end, label), document_id=doc.document_id,
                start=q.start, end=q.end, text=text_of(doc, q), label=label,
                sent_start=sent.start if sent else None, sent_end=sent.end if sent else None,
                normalized=_normalized(q), extractor=EXTRACTOR, version=VERSION,
            ))
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


def text_of(doc: AnalyzedDoc, q: Quantity) -> str:
    return doc.text[q.start or 0:q.end or 0]


def _normalized(q: Quantity) -> str:
    def num(v: float) -> str:
        return str(int(v)) if float(v).is_integer() else repr(v)

    core = f"{num(q.min)}-{num(q.max)}" if q.min is not None and q.max is not None else (
        num(q.value) if q.value is not None else "")
    parts = [q.qualifier or "", core, q.unit or "", f"/{q.rate}" if q.rate else ""]
    return " ".join(p for p in parts if p)


def _units_from_parse(doc: AnalyzedDoc) -> None:
    """Prefer the noun the number modifies in the parse ("100 attack drones" → "drones")."""
    for q in doc.quantities:
        if q.unit and (q.unit.isupper() or q.unit == "%" or q.unit in MEASURES.values()):
            continue
        sent = doc.sentence_at(q.start or 0)
        if sent is None or not sent.tokens:
            continue
        noun = _modified_noun(sent.tokens, q.start or 0, q.end or 0)
        if noun is not None:
            lang = (doc.lang or "en")[:2]
            q.unit = (noun.lemma or noun.text).lower() if lang == "ru" else (
                noun.lemma.lower() if noun.lemma else singular(noun.text))


def _modified_noun(tokens: list[Token], start: int, end: int) -> Token | None:
    starts = [t.start for t in tokens] if len(tokens) < 64 else None
    lo = bisect.bisect_left(starts, start) if starts is not None else _first_at(tokens, start)
    inside = []
    j = lo
    while j < len(tokens) and tokens[j].start < end:
        if tokens[j].end <= end and tokens[j].pos == "NUM":
            inside.append(j)
        j += 1
    if not inside:
        return None
    i = inside[-1]
    for h in tree.ancestors(tokens, i, 3):
        head = tokens[h]
        if head.start >= start and head.end <= end:
            i = h
            continue
        nummod = tokens[i].dep.startswith(("nummod", "compound"))
        return head if nummod and head.pos in ("NOUN", "PROPN") and head.start >= end else None
    return None


def _first_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (binary search, no copy)."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


__all__ = ["QuantityComponent", "find_quantities", "label_of"]
