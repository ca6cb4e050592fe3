"""A strike one report credits to one armed or security body and another to a different one.

Reports of a strike often name who carried it out, and outlets name different bodies: "drones of
the Security Service of Ukraine struck the plant" in one report, "the Armed Forces of Ukraine
attacked Izhevsk" or "a military intelligence operation" in another. Within one event cluster, a
report whose sentences name exactly one kind of body in a sentence telling the act (an attack, a
strike, an operation) and another report naming exactly one other kind disagree on the actor. A
sentence that tells the act as joint ("a joint operation of the SBU and military intelligence")
names one actor made of both, which disagrees with a report crediting either alone; a report naming
two kinds otherwise tells both and is on neither side. A body named only as the one that speaks
("the SBU said", "according to military intelligence") is a source, not the actor.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, side, sole_kinds
from claimgraph.triangulate.unknown_actors import ACT

#: Words of a strike besides those of :data:`~claimgraph.triangulate.unknown_actors.ACT`.
HIT = re.compile(r"\b(?:hit|hits|bombed|shelled)\b|(?<!\w)(?:поразил\w*|ударил\w*|вдарил\w*|влучил\w*|"
                 r"уразил\w*)", re.IGNORECASE)

#: Kinds of bodies that carry out strikes, by the words naming them in several languages.
BODIES = {
    "the security service": re.compile(
        r"\bSBU\b|(?<!\w)СБУ(?!\w)|security service of ukraine|ukrain\w* security service|"
        r"служб\w* безпеки україни|служб\w* безопасности украины", re.IGNORECASE),
    "military intelligence": re.compile(
        r"\bHUR\b|\bGUR\b|(?<!\w)ГУР(?!\w)|military intelligence|defen[cs]e intelligence|main intelligence directorate|"
        r"военн\w* разведк\w*|військов\w* розвідк\w*|главн\w* управлени\w* разведки|"
        r"головн\w* управлінн\w* розвідки|sõjaväeluure\w*|wywiad\w* wojskow\w*", re.IGNORECASE),
    "the armed forces": re.compile(
        r"(?<!\w)(?:ВСУ|ЗСУ|AFU)(?!\w)|armed forces of ukraine|ukrain\w* armed forces|"
        r"вооруж[её]нн\w* сил\w* украины|збройн\w* сил\w* україни|siły zbrojne ukrainy", re.IGNORECASE),
}
#: A body named as a source: a verb of saying right after it, or "according to" before it.
AS_SOURCE_AFTER = re.compile(r"^[\s,)»\"]*(?:\([^)]{0,40}\)\s*)?(?:\w+\s+)?(?:said|says|told|tells|reported|reports|"
                             r"claimed|claims|confirmed|confirms|stated|states|believes|estimates|noted|notes|"
                             r"заявил\w*|сообщил\w*|сообщает|заявля\w*|повідомил\w*|заявив\w*|повідомля\w*)\b",
                             re.IGNORECASE)
AS_SOURCE_BEFORE = re.compile(r"(?:according to|citing|data from|figures from|по данным|по словам|за даними|"
                              r"за словами|со ссылкой на|з посиланням на)\s+(?:\S+\s+){0,5}$", re.IGNORECASE)
#: Words telling an act as carried out by several bodies together.
JOINT = re.compile(r"\b(?:joint|jointly|together with)\b|(?<!\w)(?:совместн\w*|спільн\w*|wspóln\w*|"
                   r"gemeinsam\w*|ühis\w*)", re.IGNORECASE)
STEMS = ("sbu", "сбу", "hur", "gur", "гур", "intelligence", "разведк", "розвідк", "всу", "зсу", "armed forces",
         "вооруженн", "вооружённ", "збройн", "sõjaväeluure", "wywiad")


@dataclass(slots=True)
class AttackerDisagreement:
    cluster: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def acting_bodies(sentence: str) -> set[str]:
    """The kinds of body a sentence names as carrying out an act (not as a source)."""
    if not (ACT.search(sentence) or HIT.search(sentence)):
        return set()
    found = set()
    for kind, rx in BODIES.items():
        for m in rx.finditer(sentence):
            if not (AS_SOURCE_AFTER.match(sentence[m.end():]) or AS_SOURCE_BEFORE.search(sentence[:m.start()])):
                found.add(kind)
    return found


def actors_told(sentence: str) -> set[str]:
    """The actors a sentence tells: each kind of body it names as acting, or, where it tells the
    act as joint, one actor made of the kinds it names ("military intelligence and the security
    service")."""
    kinds = acting_bodies(sentence)
    if len(kinds) > 1 and JOINT.search(sentence):
        return {" and ".join(sorted(kinds))}
    return kinds


def attacker_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[AttackerDisagreement]:
    """Per cluster, two kinds of body each named alone as the actor by different reports."""
    return [AttackerDisagreement(cluster, sides) for cluster, sides in sole_kinds(texts, cluster_of, actors_told)]


def shown(d: AttackerDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": "which body carried out the attack", "reasons": [f"{a} vs {b}"],
            "sides": [side(a, sa, outlets_of), side(b, sb, outlets_of)]}
