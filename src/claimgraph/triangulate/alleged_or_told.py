"""An airspace incursion one report tells as alleged and another tells in its own voice as fact.

"Three jets entered Estonian airspace" and "the jets reportedly breached Estonian airspace" (or
"an alleged violation of Romanian airspace", "якобы нарушили воздушное пространство") tell one
incursion two ways: as what happened, and as what one side says happened. Within one event
cluster, a report whose sentences tell an entry into a state's airspace only as fact and a report
whose sentences tell it only as alleged disagree on the modality.

- *As fact*: a verb of entering or violating ("entered", "breached", "нарушили", "залетели") with
  an airspace word, no hedge, no accusation or denial and no negation in the sentence. A noun alone
  ("the airspace violation") names the incident without telling whether it happened.
- *As alleged*: an entry or violation (verb or noun) with an airspace word and a hedge
  ("reportedly", "alleged", "якобы", "предполагаемое"), an accusation ("accused ... of violating")
  or a denial ("denied that its jets violated").

A report telling both (the accusation and, in its own voice, the entry) is on neither side.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, opposed, side

#: Words of a state's airspace, in several languages.
AIRSPACE = re.compile(
    r"(?:\bair\s?space\b|воздушн\w* (?:пространств\w*|границ\w*)|повітрян\w* (?:прост\w*|кордон\w*)|"
    r"przestrze\w* powietrzn\w*|luftraum\w*|spa[țţt]iul aerian|õhuruum\w*)", re.IGNORECASE)
#: Verbs of entering or violating airspace, in several languages.
ENTRY_VERB = re.compile(
    r"(?:\b(?:enter(?:ed|ing|s)?|violat(?:ed|ing|es?)|breach(?:ed|ing|es)?|intrud(?:ed|ing|es?)|penetrat(?:ed|ing|es?)|"
    r"(?:crossed|flew|strayed|crossing|flying|straying) into)\b|"
    r"\bнаруши(?:л|ла|ли|ло|вш\w*|т|ть)\b|\bнаруша(?:ет|ют|л|ли)\b|\bзалет\w*|\bвлет\w*|\bвош(?:[её]л|ла|ли)\b|"
    r"\bвторг\w*|\bпоруши(?:в|ла|ли|вш\w*)\b|\bзалеті\w*|\bнарушивш\w*|\bnaruszy\w*|\bwlecia\w*|"
    r"\bverletz(?:t|te|ten)\b|\beingedrungen\b|\bîncălcat\w*)", re.IGNORECASE)
#: Nouns of an entry or violation, which tell the incident only when hedged.
ENTRY_NOUN = re.compile(
    r"(?:\b(?:violations?|incursions?|intrusions?|breach(?:es)?|entry)\b|нарушени\w*|вторжени\w*|порушен\w*|"
    r"naruszeni\w*|verletzung\w*|încălcar\w*)", re.IGNORECASE)
#: Words that put an incursion in someone else's mouth: hedges, accusations, denials.
HEDGE = re.compile(
    r"(?:\b(?:reportedly|alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|suspected|accus\w*|den(?:y|ies|ied|ial|ying))\b|"
    r"якобы|предположительн\w*|предполагаем\w*|нібито|імовірн\w*|ймовірн\w*|обвин\w*|звинуват\w*|отрица\w*|"
    r"опроверг\w*|отклони\w*|rzekom\w*|domniema\w*|mutma[ßs]lich\w*|angeblich\w*|presupus\w*|pretins\w*|"
    r"väidetava\w*)", re.IGNORECASE)
#: Negation within two words before the verb ("did not violate", "never entered", "without violating").
NEGATION = re.compile(r"(?:\b(?:not|never|no|without)\b|n't\b|\b(?:не|ни|ні|без|nie|bez|nicht|ohne|nu|fără)\b)"
                      r"(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
#: Stems the SQL filter looks for before any text is read in full.
STEMS = ("airspace", "air space", "воздушн", "повітрян", "przestrze", "luftraum", "spațiul aerian", "õhuruum")


@dataclass(slots=True)
class IncursionDisagreement:
    cluster: str
    told: list[Said]
    alleged: list[Said]


def alleged(sentence: str) -> bool:
    """A sentence telling an entry into airspace as alleged, accused or denied."""
    return bool(AIRSPACE.search(sentence) and HEDGE.search(sentence)
                and (ENTRY_VERB.search(sentence) or ENTRY_NOUN.search(sentence)))


def told_as_fact(sentence: str) -> bool:
    """A sentence telling an entry into airspace in its own voice: unhedged, with a verb of entry
    that no negation stands just before."""
    if not AIRSPACE.search(sentence) or HEDGE.search(sentence):
        return False
    return any(not NEGATION.search(sentence[max(0, m.start() - 40):m.start()]) for m in ENTRY_VERB.finditer(sentence))


def incursion_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[IncursionDisagreement]:
    """Per cluster, reports telling an incursion only as fact against those telling it only as alleged."""
    return [IncursionDisagreement(*d) for d in opposed(texts, cluster_of, told_as_fact, alleged)]


def shown(d: IncursionDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality", "about": "whether the airspace incursion is told as fact or as alleged",
            "reasons": ["told as fact vs alleged"],
            "sides": [side("fact", d.told, outlets_of), side("alleged", d.alleged, outlets_of)]}
