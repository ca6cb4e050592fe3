"""A strike's hit on a facility one report tells as confirmed and another only as reported or claimed.

"The General Staff confirmed the hit on the refinery" and "the strike reportedly hit the refinery"
(or "Kyiv said it struck the plant", "по предварительным данным, удару подверглось предприятие")
tell one hit two ways: as established, and as what someone says happened. Within one event
cluster, a report whose sentences tell a hit on a facility only as confirmed and a report whose
sentences tell it only as reported or claimed disagree on the modality. A hit told plainly ("the
drones struck the plant") is neither: outlets tell a strike in their own voice whether or not
its result is established.

- *A hit*: a verb or noun of hitting or damaging ("hit", "struck", "damaged", "поражение",
  "ураження", "попадание", "подверглось удару") and a word of a facility or target ("plant",
  "refinery", "depot", "target", "завод", "предприятие", "підприємство", "виробничі потужності")
  in one sentence, with no negation in it ("did not hit", "серьёзных разрушений нет").
- *As confirmed*: a word of confirming or recording ("confirmed", "підтвердив", "зафіксовано")
  and no hedge.
- *As reported or claimed*: a hedge ("reportedly", "according to reports", "preliminary",
  "якобы", "по предварительным данным") or a claim by one side ("claimed", "said it struck").

A report telling both is on neither side.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, opposed, side

#: Verbs and nouns of hitting or damaging a target, in several languages.
HIT = re.compile(
    r"(?:\b(?:hit|hits|struck|damag(?:ed|ing|es)?|destroy(?:ed|ing|s)?)\b|"
    r"поражени\w*|поражен[аоы]?\b|порази(?:л|ли|ла)\b|попадани\w*|повреж\w*|"
    r"подверг\w*\s+(?:\w+\s+){0,2}?(?:удар\w*|атак\w*)|(?:удар\w*|атак\w*)\s+подверг\w*|"
    r"ураж\w*|уразил\w*|влучан\w*|влучил\w*|пошкодж\w*|зруйн\w*|"
    r"trafien\w*|trafi(?:ł|ły|li)\b|uszkodz\w*|getroffen\b|beschädigt\w*)", re.IGNORECASE)
#: Words of a facility a strike may hit, in several languages.
FACILITY = re.compile(
    r"(?:\b(?:plant|factory|facility|refinery|depot|warehouse|enterprise|arsenal|airfield|airbase|shipyard|"
    r"terminal|target)s?\b|"
    r"ціл[ьі]\b|цел[ьи]\b|потужност\w*|мощност\w*|"
    r"завод\w*|предприяти\w*|фабрик\w*|комбинат\w*|НПЗ|нефтебаз\w*|склад\w*|арсенал\w*|аэродром\w*|"
    r"підприємств\w*|нафтобаз\w*|аеродром\w*|zakład\w*|rafineri\w*|fabryk\w*|werk\b|fabrik\w*|raffinerie\w*)",
    re.IGNORECASE)
#: Words that tell a hit as reported, preliminary or claimed by one side.
HEDGE = re.compile(
    r"(?:\b(?:reportedly|allegedly|alleged|purportedly|claim(?:ed|s|ing)?|said it|says it|"
    r"according to (?:some |unconfirmed |local |media )?reports|unconfirmed|preliminary)\b|"
    r"якобы|предварительн\w*|по (?:имеющимся |неподтвержд\w+ )?данным|сообщается|утвержда\w*|"
    r"нібито|попередн\w*|за (?:попередніми )?даними|ймовірн\w*|імовірн\w*|"
    r"rzekom\w*|wstępn\w*|angeblich\w*|mutma[ßs]lich\w*|vorläufig\w*)", re.IGNORECASE)
#: Words of confirming or recording a result, in several languages.
CONFIRMED = re.compile(
    r"(?:\b(?:confirm(?:ed|s|ing)?|verified|recorded)\b|подтверд\w*|зафиксирова\w*|підтверд\w*|зафіксова\w*|"
    r"potwierdz\w*|bestätigt\w*)", re.IGNORECASE)
#: Negation anywhere in the sentence ("did not hit", "не сообщает о поражении", "разрушений нет").
NEGATION = re.compile(r"(?:\b(?:not|never|no|without)\b|n't\b|"
                      r"(?<!\w)(?:не|ни|ні|нет|без|nie|bez|nicht|ohne)(?!\w))", re.IGNORECASE)
#: Stems the SQL filter looks for before any text is read in full.
STEMS = ("confirm", "подтверд", "зафиксир", "підтверд", "зафіксов", "potwierdz", "bestätigt")


@dataclass(slots=True)
class HitDisagreement:
    cluster: str
    told: list[Said]
    reported: list[Said]


def _tells_hit(sentence: str) -> bool:
    """Whether a sentence tells a hit on a facility and negates nothing."""
    return bool(HIT.search(sentence) and FACILITY.search(sentence)) and not NEGATION.search(sentence)


def reported(sentence: str) -> bool:
    """A sentence telling a hit on a facility as reported, preliminary or claimed."""
    return _tells_hit(sentence) and bool(HEDGE.search(sentence))


def told_as_fact(sentence: str) -> bool:
    """A sentence telling a hit on a facility as confirmed or recorded, unhedged."""
    return _tells_hit(sentence) and bool(CONFIRMED.search(sentence)) and not HEDGE.search(sentence)


def hit_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[HitDisagreement]:
    """Per cluster, reports telling a hit only as confirmed against those telling it only as reported."""
    return [HitDisagreement(*d) for d in opposed(texts, cluster_of, told_as_fact, reported)]


def shown(d: HitDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality",
            "about": "whether the hit on the facility is told as confirmed or as reported",
            "reasons": ["confirmed vs reported or claimed"],
            "sides": [side("confirmed", d.told, outlets_of), side("reported", d.reported, outlets_of)]}
