"""Generic words of institutions and places, in both languages, read as shared concepts.

"Ministry of Defence of Belarus" and "Министерство обороны Беларуси" are made of common words that
translate: each such word is keyed by its concept ("MIN", "DEF", "BY"), so both names share a key.
"""
from __future__ import annotations

import functools

from claimgraph.resolve.name_keys import romanize, token_key

ORG_KINDS = frozenset({"Organization", "Company", "PublicBody"})
#: Kinds whose names are made of common words that translate ("Ministry of Defence of Belarus"
#: and "Министерство обороны Беларуси"); people's names never go through this table.
CONCEPT_KINDS = ORG_KINDS | {"Location", "Facility"}
#: concept → words (any case form is fine: keys cut case endings). An empty concept drops words
#: that only add noise ("Republic of Belarus" and "Belarus" are one country).
_CONCEPT_WORDS: dict[str, str] = {
    "MIN": "ministry ministries министерство министерства министерству министерством",
    "DEF": "defence defense обороны оборона",
    "MIN DEF": "минобороны mod",
    "MIN FIN": "минфин минфина минфином",
    "MIN IND TRADE": "минпромторг минпромторга минпромторгом minpromtorg",
    "FIN": "finance finances financial финансов финансы",
    "IND": "industry industrial industries промышленности промышленный промышленная "
           "промышленного military-industrial военно-промышленный военно-промышленного",
    "TRADE": "trade торговли торговля",
    "STATE": "state государственный государственная государственного государственной",
    "COMMITTEE": "committee комитет комитета комитетом",
    "ACADEMY": "academy академия академии",
    "SCIENCE": "sciences science наук науки",
    "NATIONAL": "national национальная национальной национальный",
    "COUNCIL": "council совет совета советом",
    "SECURITY": "security безопасности",
    "COUNCIL SECURITY": "совбез совбеза",
    "PRESIDENT": "president presidential президента президент президентский",
    "ADMIN": "administration администрация администрации",
    "REGION": "region oblast область области обл regional областной областного",
    "EXEC COMMITTEE": "облисполком облисполкома",
    "EXEC": "executive исполнительный исполнительного",
    "RESEARCH": "research scientific научно-исследовательский научный научного научно",
    "RESEARCH PRODUCTION": "научно-производственный научно-производственного "
                           "научно-производственное научно-производственная",
    "PRODUCTION": "production производственный производственного производства",
    "UNMANNED": "unmanned беспилотные беспилотных беспилотный беспилотного",
    "AIRCRAFT": "aircraft aviation авиационные авиационных авиационный авиационного",
    "SYSTEMS": "system systems система системы систем системам",
    "FUTURE": "future будущего будущее",
    "ENERGY": "energy энергетики энергетика",
    "UNION": "union союз союза",
    "EUROPEAN": "european европейский европейского европейская",
    "TELEGRAPH": "telegraph телеграфное телеграфного",
    "OFFICE": "office управление управления",
    "CONTROL": "control контролю контроля",
    "FOREIGN": "foreign иностранными иностранных",
    "ASSETS": "assets активами активов",
    "PARK": "park парк парка",
    "ZONE": "zone зона зоны",
    "ECONOMIC": "economic экономическая экономической",
    "SPECIAL": "special особая особой",
    "PLANT": "plant works завод завода заводом",
    "CENTER": "centre center центр центра центром",
    "RU": "russia russian россии россия российский российская российское российской рф "
          "russian-federation",
    "BY": "belarus belarusian беларусь беларуси белоруссии белоруссия белорусский белорусская "
          "белорусское белорусского byelorussia",
    "US": "us usa америки сша",
    "CN": "china chinese китай китая китайский китайская кнр prc",
    "": "republic республика республики federation федерация федерации the "
        # words that say what kind of thing a name is, not which: "city of Minsk", "Lancet drone"
        "city город города г гор company компания компании holding холдинг agency агентство "
        "агентства",
}


@functools.lru_cache(maxsize=1)
def word_concepts() -> dict[str, tuple[str, ...]]:
    """Key of a generic word → the concepts it stands for (none for a word that only adds noise)."""
    table: dict[str, tuple[str, ...]] = {}
    for concept, words in _CONCEPT_WORDS.items():
        for word in words.split():
            table[token_key(word)] = tuple(concept.split())
    return table


def hyphenate(toks: list[str]) -> list[str]:
    """Two words the word table knows hyphenated ("Military Industrial") become that one word."""
    out: list[str] = []
    for tok in toks:
        if out and token_key(f"{out[-1]}-{tok}") in word_concepts() and "-" not in out[-1]:
            out[-1] = f"{out[-1]}-{tok}"
        else:
            out.append(tok)
    return out


def place_stem(token: str, key: str) -> str:
    """A place adjective's noun: "Самарская", "Samarskaya" → "samar" like "Samara".

    Only inflected adjectives lose their "-sk" ("Minsk", "Tomsk" are nouns and stay), and the
    stem keeps ≥ 4 letters ("Томский" stays "tomsk").
    """
    if key.endswith("sk") and len(key) >= 6 and len(romanize(token)) > len(key) + 1:
        return key[:-2]
    return key
