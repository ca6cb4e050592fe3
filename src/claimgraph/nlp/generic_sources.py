"""Generic attributions: a report naming its source by kind rather than by name.

"Belarusian state media reported", "according to state media", "the state news agency said",
"белорусские госСМИ сообщают", "со ссылкой на государственные СМИ", "як повідомляють державні ЗМІ".
Each becomes a ``Citation(kind="attribution")`` whose source is the phrase as written ("Belarusian
state media"); :func:`generic_reference` reads back what the phrase says (a country, state
ownership, media or agency), so triangulation can trace it to the outlet another report of the
same event names ("BelTA", Belarus, state-run) and count two reports relaying one state medium as
one origin.

Only phrases next to a reporting cue count ("reported", "according to", "сообщают", "со ссылкой
на"), so "state media are censored" is no citation.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.model import Citation
from claimgraph.nlp.attributions import sentence_attributions
from claimgraph.nlp.doc import AnalyzedDoc

#: Stems of country adjectives (several languages) -> ISO code.
COUNTRY_STEMS = (
    ("belarus", "BY"), ("byelorus", "BY"), ("белорус", "BY"), ("беларус", "BY"), ("білорус", "BY"),
    ("лукашенк", "BY"), ("russia", "RU"), ("kremlin", "RU"), ("росси", "RU"), ("російськ", "RU"),
    ("кремл", "RU"), ("расійск", "RU"), ("chin", "CN"), ("китай", "CN"), ("кітай", "CN"),
    ("iran", "IR"), ("иран", "IR"), ("іран", "IR"), ("north korea", "KP"), ("северокор", "KP"),
    ("ukrain", "UA"), ("украин", "UA"), ("україн", "UA"), ("украін", "UA"), ("turk", "TR"),
    ("турец", "TR"), ("kazakh", "KZ"), ("казах", "KZ"), ("american", "US"), ("u.s.", "US"),
)
_ADJ = (r"(?:(?:north\s+korean|belarusian|byelorussian|russian|kremlin|chinese|iranian|ukrainian|turkish|"
        r"kazakh|american|u\.s\.)|(?:белорусск|беларусск|российск|китайск|иранск|украинск|турецк|"
        r"казахск|северокорейск|білоруськ|російськ|китайськ|іранськ|українськ|беларуск|расійск)[а-яёіїєўґ]*)")
_STATE = (r"(?:state(?:[- ](?:run|owned|controlled|backed|affiliated))?|government(?:[- ](?:run|controlled))?"
          r"|official|pro-government|kremlin-(?:controlled|backed|run|friendly)|propaganda"
          r"|государственн[а-яё]*|провластн[а-яё]*|пропагандистск[а-яё]*|официальн[а-яё]*"
          r"|державн[а-яіїєґ]*|провладн[а-яіїєґ]*|пропагандистськ[а-яіїєґ]*|офіційн[а-яіїєґ]*"
          r"|дзяржаўн[а-яўі]*|праўладн[а-яўі]*|прапагандысцк[а-яўі]*)")
_MEDIA = (r"(?:(?:news\s+)?agenc(?:y|ies)|news\s+outlets?|media(?:\s+outlets?)?|outlets?|press|television|tv|broadcaster"
          r"|news|newspaper"
          r"|сми|медиа|информагентств[а-яё]*|агентств[а-яё]*|телевидени[а-яё]*|тв|телеканал[а-яё]*"
          r"|пресс[а-яё]*|газет[а-яё]*|змі|медіа|інформагентств[а-яіїєґ]*|агентств[а-яіїєґ]*"
          r"|телебачен[а-яіїєґ]*|смі|агенцтв[а-яўі]*|тэлебачан[а-яўі]*)")
#: A generic source: [country adjective] [state word] media word, or the fused "госСМИ"/"госагентство".
_PHRASE = (r"(?:(?:the|these|those)\s+)?(?:" + _ADJ + r"\s+)?(?:(?:" + _STATE + r")(?:(?:\s+|-)(?:" + _STATE
           + r"))?(?:\s+|-)(?:" + _ADJ + r"\s+)?"
           + _MEDIA + r"|" + _ADJ + r"\s+" + _MEDIA + r"|гос(?:сми|агентств[а-яё]*|медиа|тв|телевидени[а-яё]*))")
_CUE_BEFORE = (r"(?:according\s+to|citing|quoted\s+by|cited\s+by|reported\s+by|told|as\s+reported\s+by"
               r"|spoke\s+to|speaking\s+to|said\s+to|in\s+an\s+interview\s+with|reports?\s+(?:in|by)"
               r"|saying\s+by|broadcast\s+by|carried\s+by|published\s+by|aired\s+by|shown\s+by"
               r"|по\s+данным|по\s+информации|по\s+сообщени[юям]+|со\s+ссылкой\s+на|как\s+сообща[ею]т"
               r"|как\s+переда[ёе]т|сообща[ею]т|сообщили|передают|пишут|за\s+даними|за\s+інформацією"
               r"|з\s+посиланням\s+на|як\s+повідомля[юєи]ть|повідомля[юєи]ть|повідомили|пишуть"
               r"|паводле|са\s+спасылкай\s+на|паведамля[юе]ць|паведамілі)")
_CUE_AFTER = (r"(?:reported|reports|report|said|says|wrote|writes|quoted|cited|citing|quoting|published"
              r"|announced|showed"
              r"|described|carried|aired|broadcast|сообща[ею]т|сообщил[аио]?|передают|переда[её]т|пишут"
              r"|пишет|написал[аио]?|заявил[аио]?|опубликовал[аио]?|показал[аио]?|повідомля[юєи]ть"
              r"|повідомил[аио]?|пишуть|паведамля[юе]ць|паведаміл[аі]?)")
_BEFORE = re.compile(r"(?<![\w-])" + _CUE_BEFORE + r"\s+(?P<src>" + _PHRASE + r")(?![\w-])", re.IGNORECASE)
_AFTER = re.compile(r"(?<![\w-])(?P<src>" + _PHRASE + r")(?:\s*,)?\s+(?:(?:has|have|had|was|were|also|earlier|"
                    r"on\s+\w+|also)\s+){0,2}" + _CUE_AFTER + r"(?![\w-])", re.IGNORECASE)
_AGENCY = re.compile(r"агентств|агенцтв|agency|госагентств", re.IGNORECASE)
_STATE_WORD = re.compile(_STATE + r"|^гос|\bгос", re.IGNORECASE)
_PROPAGANDA = re.compile(r"propaganda|пропаганд|прапаганд|kremlin-|провласт|провлад|праўлад", re.IGNORECASE)
MAX_PHRASE_CHARS = 80


@dataclass(slots=True, frozen=True)
class GenericSource:
    """What a generic attribution says about its source."""

    country: str | None  # ISO code when the phrase names one ("Belarusian" -> BY)
    state: bool  # state-run, government, official or propaganda media
    agency: bool  # a news agency rather than media at large

    def key(self) -> str:
        return f"{self.country or '*'}:{'state' if self.state else 'any'}:{'agency' if self.agency else 'media'}"


def generic_reference(source: str | None) -> GenericSource | None:
    """What a generic source phrase names, or None when it is a proper name ("BelTA")."""
    if not source or len(source) > MAX_PHRASE_CHARS:
        return None
    text = " ".join(source.split())
    if not re.fullmatch(_PHRASE, text, re.IGNORECASE):
        return None
    low = text.lower()
    country = next((code for stem, code in COUNTRY_STEMS if stem in low), None)
    state = bool(_STATE_WORD.search(text)) or bool(_PROPAGANDA.search(text))
    agency = bool(_AGENCY.search(text))
    if not (country or state or agency):
        return None  # "media reports", "СМИ": no one in particular
    return GenericSource(country, state, agency)


def find_generic_citations(doc: AnalyzedDoc, named: list[Citation] = ()) -> list[Citation]:  # type: ignore[assignment]
    """Generic attributions of a document, one per sentence; a sentence that already names an
    outlet ("state news agency BelTA reported") gets none."""
    return sentence_attributions(doc, _generic_phrases(doc.text), named)


def _generic_phrases(text: str) -> Iterator[tuple[str, int, int]]:
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            phrase = " ".join(m.group("src").split())
            phrase = re.sub(r"^(?:the|these|those)\s+", "", phrase, flags=re.IGNORECASE)
            if generic_reference(phrase) is not None:
                yield phrase, *m.span("src")


__all__ = ["GenericSource", "find_generic_citations", "generic_reference"]
