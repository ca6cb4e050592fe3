"""Russian and Ukrainian inflection: the nominative of a name's words."""
from __future__ import annotations

import functools
import re

from claimgraph.nlp.ukrainian_words import ukrainian_morph
from claimgraph.resolve import chinese
from claimgraph.resolve.name_keys import script_of


@functools.lru_cache(maxsize=1)
def _morph() -> object | None:
    """pymorphy2's analyzer, loaded once; it needs ``inspect.getargspec`` (gone in Python 3.11)."""
    import inspect
    from collections import namedtuple

    if not hasattr(inspect, "getargspec"):
        spec = namedtuple("ArgSpec", "args varargs keywords defaults")

        def getargspec(func: object) -> object:
            full = inspect.getfullargspec(func)  # type: ignore[arg-type]
            return spec(full.args, full.varargs, full.varkw, full.defaults)

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    try:
        import pymorphy2

        return pymorphy2.MorphAnalyzer()
    except Exception:  # noqa: BLE001 - lemmas are a fallback; names still resolve without them
        return None


#: Letters only Belarusian writes (ў), or і beside Russian-only letters; letters only Ukrainian writes
_BELARUSIAN = re.compile(r"ў|і.*[ыэё]|[ыэё].*і")
_UKRAINIAN = re.compile(r"[іїєґ]")


@functools.lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """The nominative of a Russian (pymorphy2) or Ukrainian (pymorphy3) word the dictionary knows
    as a name, else the word; Belarusian words are kept as written."""
    if script_of(word) != "Cyrillic":
        return word
    reading = chinese.reading(word)
    if reading is not None and reading.distinctive:  # "Хуавэя" → "Хуавэй"; pymorphy guesses
        form = reading.nominative
        return form[:1].upper() + form[1:] if word[:1].isupper() else form
    low = word.lower()
    if _BELARUSIAN.search(low):  # no Belarusian dictionary: keys cut its case endings instead
        return word
    morph = ukrainian_morph() if _UKRAINIAN.search(low) else _morph()
    if morph is None:
        return word
    for parse in morph.parse(word.lower())[:3]:  # type: ignore[attr-defined]
        tag = str(parse.tag)
        if any(t in tag for t in ("Surn", "Name", "Patr", "Geox", "Orgn")):
            form = parse.normal_form
            return form[:1].upper() + form[1:] if word[:1].isupper() else form
    return word


def nominative(text: str, normalized: str | None = None) -> str:
    """The nominative form of a mention: the extractor's normal form, else word lemmas."""
    if normalized:
        return normalized
    if script_of(text) != "Cyrillic":
        return text
    # acronyms stay as written: "НАН" is not the name "Нана"
    return " ".join(lemma(t) if t[:1].isupper() and not t.isupper() else t for t in text.split())
