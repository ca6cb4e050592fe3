"""A construction one report tells as an offer and another as a plan already made.

"Russia has offered to build a drone plant in Belarus" and "Russia will build a drone plant in
Belarus" tell one proposal two ways: as an offer the other side may take up, and as a decision.
Claim extraction covers only some languages, so this check reads sentences: within one event
cluster, a report whose sentences tell a construction (build, set up, establish) only as an offer
and a report whose sentences tell it only as a plan (plans, wants, will build) disagree on the
modality. A report that tells both ("proposed ...; the plan is to build ...") is on neither side.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, opposed, side

#: Words of an offer or proposal, in several languages.
OFFER = re.compile(
    r"(?:\boffer\w*|\bpropos\w*|\bsuggest\w*|предлаг\w*|предлож\w*|пропону\w*|пропозиц\w*|запропон\w*|"
    r"прапан\w*|propun\w*|propozycj\w*|zapropon\w*|proponuj\w*|vorschlag\w*|vorgeschlagen|schlägt)",
    re.IGNORECASE)
#: Words of a plan or decision ("plans", "wants to", "will build"), in several languages.
PLAN = re.compile(
    r"(?:\bplan(?:s|ned|ning)?\b|\bwill (?:build|construct|set up|establish|open)\b|\bset to (?:build|establish)\b|"
    r"\bintends? to\b|\bwants to\b|планир\w*|планиру\w*|планує\w*|хочет\b|хоче\b|намерен\w*|має намір|"
    r"planuj\w*|zamierza\w*|\bvrea\b|intenționeaz\w*|plănui\w*|планира\w*|иска да)", re.IGNORECASE)
#: Words of building or setting up a facility.
BUILD = re.compile(
    r"(?:\bbuil\w*|\bconstruct\w*|\bestablish\w*|\bset(?:ting)? up\b|постро\w*|строит\w*|будів\w*|збуд\w*|"
    r"побуд\w*|пабуд\w*|построява\w*|построи\w*|budow\w*|zbudow\w*|construi\w*|construc\w*|bauen|errichten)",
    re.IGNORECASE)
OFFER_STEMS = ("offer", "propos", "suggest", "предлаг", "предлож", "пропону", "пропозиц", "запропон", "прапан",
               "propun", "propozycj", "zapropon", "proponuj", "vorschlag", "vorgeschlagen")


@dataclass(slots=True)
class ModalityDisagreement:
    cluster: str
    offered: list[Said]
    planned: list[Said]


def offered(sentence: str) -> bool:
    """A sentence telling a construction as an offer."""
    return bool(OFFER.search(sentence)) and bool(BUILD.search(sentence))


def planned(sentence: str) -> bool:
    """A sentence telling a construction as a plan, with no offer in it."""
    return bool(PLAN.search(sentence)) and bool(BUILD.search(sentence)) and not OFFER.search(sentence)


def offer_plan_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[ModalityDisagreement]:
    """Per cluster, reports telling a construction only as an offer against those telling it only
    as a plan."""
    # a report telling both tells the offer and the plan it leads to
    return [ModalityDisagreement(*d) for d in opposed(texts, cluster_of, offered, planned)]


def shown(d: ModalityDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality", "about": "whether the construction is offered or planned",
            "reasons": ["offer vs plan"], "sides": [side("offer", d.offered, outlets_of), side("plan", d.planned, outlets_of)]}
