"""Russian public bodies written in lower case: "министерства обороны Белоруссии", "минобороны".

Russian spelling leaves most names of ministries, departments and committees in lower case, so a
model trained on capitalised names misses them. A body's name is its head noun with the genitive
complement the parse gives it ("министерство промышленности и торговли", "департамента
промышленной политики"), or "по" with a dative one ("комитет по обороне"), and a country in the
genitive after it. Heads that are also common words ("служба", "управление") count only when
capitalised; a complement that only points back ("правительство страны") makes no name, and a news
agency ("телеграфное агентство") is a medium, not a body.
"""
from __future__ import annotations

from collections.abc import Iterator

from claimgraph.nlp.doc import AnalyzedDoc, Token
from claimgraph.nlp.name_types import is_country

#: Heads that name a body in any case, when a complement follows.
HEADS = frozenset({"министерство", "департамент", "комитет", "правительство", "администрация", "госкомитет",
                   "инспекция", "минобороны"})
#: Heads that are common words too ("служба доставки"): only capitalised.
CAPITALISED_HEADS = frozenset({"управление", "служба", "агентство", "ведомство", "совет", "палата"})
#: Short names that are bodies on their own, whatever the case.
SHORT_NAMES = frozenset({"минобороны", "минпромторг", "мид", "минфин", "минэкономразвития", "минцифры",
                         "минтранс", "минэнерго", "минздрав", "минюст", "минобрнауки", "минстрой", "минтруд",
                         "мчс", "фсб", "фсо", "свр", "фстэк", "фсвтс", "росгвардия", "госдума", "совфед",
                         "госкомвоенпром", "минпром", "рособоронзаказ"})
_ACRONYMS = frozenset({"мид", "мчс", "фсб", "фсо", "свр", "фстэк", "фсвтс"})
#: Complements that point back instead of naming ("правительство страны").
_POINTING = frozenset({"страна", "город", "регион", "государство", "сторона", "республика", "область", "край",
                       "район", "территория", "ведомство", "организация", "компания", "предприятие", "сайт",
                       "директор", "акционер", "дом", "школа", "клуб"})
_DETERMINERS = frozenset({"этот", "тот", "такой", "наш", "ваш", "свой", "каждый", "любой", "другой", "весь",
                          "который", "его", "их", "ее", "её"})
#: Adjectives that make an agency a news medium.
_MEDIA_ADJECTIVES = frozenset({"телеграфный", "информационный", "новостной", "телеграфное", "информационное",
                               "новостное"})
_MAX_TOKENS = 6


def _genitive(t: Token) -> bool:
    return t.pos in ("NOUN", "ADJ", "PROPN") and "Case=Gen" in t.feats


def _dative(t: Token) -> bool:
    return t.pos in ("NOUN", "ADJ", "PROPN") and "Case=Dat" in t.feats


def find(doc: AnalyzedDoc) -> Iterator[tuple[int, int, str]]:
    """``(start, end, name)`` of each public body a Russian document names in lower case.

    The name is given with its head in the nominative ("министерства обороны" → "Министерство
    обороны"). Linear in the number of tokens.
    """
    for sent in doc.sentences:
        tokens = sent.tokens
        for i, head in enumerate(tokens):
            lemma = head.lemma.casefold() or head.text.casefold()
            if lemma in SHORT_NAMES and head.text.isalpha():
                short = lemma.upper() if lemma in _ACRONYMS else _capitalised(lemma)
                yield from _with_country(doc, tokens, i, i + 1, short)
                continue
            if not (lemma in HEADS or lemma in CAPITALISED_HEADS and head.text[:1].isupper() and i > 0):
                continue  # a capital opening the sentence says nothing
            if i and (tokens[i - 1].lemma or "").casefold() in _DETERMINERS:
                continue  # "этого министерства": a reference back
            if lemma == "агентство" and i and (tokens[i - 1].lemma or "").casefold() in _MEDIA_ADJECTIVES:
                continue  # "телеграфное агентство": a news agency is a medium, not a state body
            end = _complement(tokens, i + 1)
            if end == i + 1:  # no complement: only a country makes it a name ("правительство России")
                country = list(_with_country(doc, tokens, i, i + 1, _capitalised(head.lemma or head.text)))
                if country[0][1] > head.end:
                    yield from country
                continue
            complement = tokens[i + 1:end]
            if complement[0].lemma.casefold() in _POINTING:
                continue  # "правительство страны", "совет директоров": no body's name
            name = _capitalised(head.lemma or head.text) + doc.text[head.end:tokens[end - 1].end]
            yield from _with_country(doc, tokens, i, end, name)


def _complement(tokens: list[Token], j: int) -> int:
    """End of the genitive (or "по" + dative) complement starting at token ``j``."""
    end = j
    nouns = 0
    while end < len(tokens) and end - j < _MAX_TOKENS:
        t = tokens[end]
        if _genitive(t) and t.text[:1].islower():
            nouns += t.pos == "NOUN"
            end += 1
        elif t.text.casefold() == "по" and end == j and end + 1 < len(tokens) and _dative(tokens[end + 1]):
            end += 1  # "по развитию предпринимательства": a dative, then maybe a genitive
            while end < len(tokens) and _dative(tokens[end]) and end - j < _MAX_TOKENS:
                end += 1
            while (end < len(tokens) and _genitive(tokens[end]) and tokens[end].text[:1].islower()
                   and end - j < _MAX_TOKENS):
                end += 1
            return end
        elif (t.text == "и" and nouns == 1 and end + 1 < len(tokens) and _genitive(tokens[end + 1])
              and tokens[end + 1].pos == "NOUN" and tokens[end + 1].text[:1].islower()):
            return end + 2  # "промышленности и торговли": the second noun ends the name
        else:
            break
    if end > j and tokens[end - 1].text == "и":
        end -= 1
    return end


def _with_country(doc: AnalyzedDoc, tokens: list[Token], start: int, end: int, name: str
                  ) -> Iterator[tuple[int, int, str]]:
    """The body, with a country in the genitive right after it ("... обороны Белоруссии")."""
    if end < len(tokens) and tokens[end].pos == "PROPN" and "Case=Gen" in tokens[end].feats:
        if is_country(tokens[end].text, tokens[end].lemma):
            name = f"{name} {tokens[end].text}"
            end += 1
    yield tokens[start].start, tokens[end - 1].end, name


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]
