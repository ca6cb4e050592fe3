"""The noun a figure counts, where its unit was read as a modifier or as an ambiguous word.

A quantity's unit is the word after its number. Two cases hide what it counts:

- In Russian, Ukrainian and Belarusian an adjective may stand between the number and its noun
  ("пять тысяч военных строителей", "три тысячи иностранных рабочих"); read as the unit, the
  adjective ("военный") makes builders into something else. The counted noun is the first word
  after the adjectives that follow the number.
- Some words share their short stem with another counted thing ("personnel" with "persons",
  "военнослужащих" with the adjective "военных"): they are classed by the whole word.
"""
from __future__ import annotations

import re

#: Endings of Cyrillic adjectives and participles, in the cases a counted noun takes after a number.
ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ыми|ими|ую|юю"
                           r"|ів|іх|ього|ої|ій)$")
_CYRILLIC = re.compile(r"^[а-яёіїєґў'ʼ’-]+$", re.IGNORECASE)
MAX_ADJECTIVES = 3  # modifiers looked past before the counted noun
#: Whole words classed apart from the thing their short stem would name.
WORD_CLASSES = {w: thing for thing, words in {
    "troop": """personnel військовослужбовців військовослужбовці военнослужащих военнослужащие
             военнослужащий вайскоўцаў""",
}.items() for w in words.split()}


def is_cyrillic_adjective(word: str) -> bool:
    """Whether a word is a Cyrillic adjective or participle by its ending ("военный", "мирних")."""
    w = word.casefold()
    return bool(_CYRILLIC.match(w)) and len(w) > 4 and bool(ADJECTIVE_END.search(w))


def counted_noun(unit: str, after: str) -> str | None:
    """The noun a figure counts where its unit is a Cyrillic adjective: the first word of ``after``
    (the text just after the quantity) past the adjectives; None when the unit is no adjective or
    no noun follows."""
    if not is_cyrillic_adjective(unit):
        return None
    words = after.split()[:MAX_ADJECTIVES + 1]
    if not words or not is_cyrillic_adjective(words[0]):
        return None  # the adjective read as the unit stands right after the number
    for before, word in zip(words, words[1:]):
        if not _CYRILLIC.match(before):
            return None  # punctuation ends the phrase: the adjective stands for a noun ("военных,")
        word = word.strip(".,;:!?»«\"()")
        if not _CYRILLIC.match(word):
            return None
        if not is_cyrillic_adjective(word):
            return word
    return None


def word_class(unit: str) -> str | None:
    """The counted thing of a unit whose last word is classed whole (:data:`WORD_CLASSES`)."""
    words = unit.casefold().split()
    return WORD_CLASSES.get(words[-1]) if words else None
