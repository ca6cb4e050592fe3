"""Which body a report credits with bringing criminal charges: a ministry, prosecutors or police.

Reports of a prosecution name different bodies as the one that charged the accused: "the Justice
Department charged eleven people" in one report, "the FBI has revealed that several people were
charged" in another, "the district prosecutor's office brought charges" in a third. Within one
event cluster, a report whose sentences telling a formal charge (charged, indicted, brought or
announced charges; not a political accusation) name exactly one kind of body, and another report naming
exactly one other kind, disagree on who acted. A report naming two kinds ("the FBI arrested them
and prosecutors charged them") tells both and is on neither side; a sentence that tells a charge
of an earlier year as background names no body of this event's charge.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.measure_bodies import BACKGROUND
from claimgraph.triangulate.sentence_sides import Said, side, sole_kinds

#: A formal criminal charge, in several languages; bare "accused" ("обвинил") is an allegation.
CHARGE = re.compile(
    r"\b(?:charged|charges? against|brought charges|filed charges|pressed charges|indict\w*|"
    r"criminal complaint|announc\w* (?:the |new |criminal )?charges|"
    r"charges? (?:were |was )?(?:unsealed|announced))\b|"
    r"(?<!\w)(?:предъяв\w* (?:\w+ )?обвинени\w*|обвинени\w* (?:\w+ )?(?:предъявлен\w*|выдвинут\w*)|"
    r"выдвинул\w* (?:\w+ )?обвинени\w*|обвинительн\w* заключени\w*|"
    r"пред'яв\w* (?:\w+ )?звинувачен\w*|пред’яв\w* (?:\w+ )?звинувачен\w*|"
    r"звинувачен\w* (?:\w+ )?(?:пред'явлен\w*|пред’явлен\w*|висунут\w*|оголошен\w*)|обвинувальн\w* акт\w*|"
    r"оголош\w* (?:\w+ )?звинувачен\w*|объяв\w* (?:\w+ )?обвинени\w*|обвинени\w* (?:\w+ )?объявлен\w*|"
    r"ogłosi\w* (?:\w+ )?zarzut\w*|"
    r"angeklagt|anklage\w*|akt\w* oskarżenia|oskarżon\w*|postawi\w* zarzut\w*)",
    re.IGNORECASE)

#: Kinds of bodies that bring charges, by the words naming them in several languages.
BODIES = {
    "the justice ministry": re.compile(
        r"justice department|department of justice|\bDOJ\b|ministry of justice|justice ministry|"
        r"минюст\w*|министерств\w* юстиции|мін'юст\w*|мін’юст\w*|міністерств\w* юстиції|"
        r"justizministeri\w*|departament\w* sprawiedliwości|ministerstw\w* sprawiedliwości", re.IGNORECASE),
    "the prosecutors": re.compile(
        r"prosecutor\w*|attorney'?s? office|attorney general|прокурат\w*|прокурор\w*|"
        r"staatsanwalt\w*|prokurat\w*", re.IGNORECASE),
    "the police": re.compile(
        r"\bFBI\b|(?<!\w)ФБР(?!\w)|federal bureau of investigation|\bpolice\b|полици\w*|поліці\w*|"
        r"\bpolizei\w*|\bpolicj\w*", re.IGNORECASE),
    "the investigators": re.compile(
        r"investigative committee|следственн\w* комитет\w*|(?<!\w)СК (?:РФ|России)(?!\w)|"
        r"слідч\w* комітет\w*", re.IGNORECASE),
}
STEMS = ("charge", "indict", "обвинени", "звинувачен", "обвинувальн", "anklage", "angeklagt", "oskarż", "zarzut")


@dataclass(slots=True)
class ChargeDisagreement:
    cluster: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def bodies_charging(sentence: str) -> set[str]:
    """The kinds of body a sentence telling a formal charge names; none for background."""
    if not CHARGE.search(sentence) or BACKGROUND.search(sentence):
        return set()
    return {kind for kind, rx in BODIES.items() if rx.search(sentence)}


def charge_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[ChargeDisagreement]:
    """Per cluster, two kinds of body each named alone as bringing the charges by different reports."""
    return [ChargeDisagreement(cluster, sides) for cluster, sides in sole_kinds(texts, cluster_of, bodies_charging)]


def shown(d: ChargeDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": "which body brought the charges", "reasons": [f"{a} vs {b}"],
            "sides": [side(a, sa, outlets_of), side(b, sb, outlets_of)]}
