"""Which office a report credits with a figure: the defence ministry or the foreign ministry.

Reports of one incident repeat one figure ("six drones crossed the border", "50 minutes in the
airspace") and credit it to different offices: "according to the Defence Ministry" in one, "the
Foreign Ministry protested the flight of six drones" in another, "intelligence indicates" in a
third. Within one event cluster, for one figure (its number, its qualifier aside, and the thing
it counts), reports whose sentences giving that figure name exactly one kind of office, and not
the same one, disagree on who gives it. A report naming two offices with the figure tells both
and is on neither side; a report naming none says nothing of who gives it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.figures import Figure
from claimgraph.triangulate.sentence_sides import Said, pairs, side

#: Offices of a government that give figures of an incident, by the words naming them.
OFFICES = {
    "the defence ministry": re.compile(
        r"defen[cs]e ministry|ministry of (?:national )?defen[cs]e|defen[cs]e minister|минобороны|"
        r"министерств\w* обороны|міноборони|міністерств\w* оборони|мінабароны|ministerstw\w* obrony|"
        r"verteidigungsministeri\w*|ministerul apărării", re.IGNORECASE),
    "the foreign ministry": re.compile(
        r"foreign ministry|ministry of foreign affairs|foreign minister|(?<!\w)МИД(?!\w)|"
        r"министерств\w* иностранных дел|(?<!\w)МЗС(?!\w)|міністерств\w* закордонних справ|"
        r"ministerstw\w* spraw zagranicznych|außenministeri\w*|auswärtige\w* amt|ministerul afacerilor externe",
        re.IGNORECASE),
    "intelligence": re.compile(r"\bintelligence\b|разведк\w*|розвідк\w*|wywiad\w*|nachrichtendienst\w*|"
                               r"geheimdienst\w*", re.IGNORECASE),
}


@dataclass(slots=True)
class FigureOfficeDisagreement:
    cluster: str
    figure: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def offices_in(text: str) -> set[str]:
    return {name for name, rx in OFFICES.items() if rx.search(text)}


def _figure_key(f: Figure) -> tuple[str, float, float] | None:
    if f.value is not None:
        return (f.unit, f.value, f.value)
    if f.low is not None and f.high is not None:
        return (f.unit, f.low, f.high)
    return None


def office_disagreements(figures: Iterable[Figure], sentence_of: Mapping[tuple[str, int], str],
                         cluster_of: Mapping[str, str]) -> list[FigureOfficeDisagreement]:
    """Per cluster and figure, pairs of offices that reports naming only one office with it credit;
    ``sentence_of``: (document, figure start) -> the figure's sentence."""
    told: dict[tuple[str, tuple[str, float, float]], dict[str, list[Said]]] = defaultdict(lambda: defaultdict(list))
    for f in figures:
        cluster, key, text = cluster_of.get(f.document_id), _figure_key(f), sentence_of.get((f.document_id, f.start))
        if cluster and key and text:
            told[(cluster, key)][f.document_id].append(Said(f.document_id, f.sentence[0], f.sentence[1], text))
    by_office: dict[str, dict[str, list[Said]]] = defaultdict(lambda: defaultdict(list))
    figure_of: dict[str, str] = {}
    for (cluster, key), by_doc in sorted(told.items()):
        slot = f"{cluster}|{key[0]}|{key[1]:g}-{key[2]:g}"
        for said in by_doc.values():
            named = set().union(*(offices_in(s.text) for s in said))
            if len(named) == 1:
                (office,) = named
                by_office[slot][office].extend(said)
                figure_of[slot] = f"{key[1]:g} {key[0]}" if key[1] == key[2] else f"{key[1]:g}-{key[2]:g} {key[0]}"
    return [FigureOfficeDisagreement(slot.split("|")[0], figure_of[slot], sides) for slot, sides in pairs(by_office)]


def shown(d: FigureOfficeDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": f"who gives the figure {d.figure}", "reasons": [f"{a} vs {b}"],
            "sides": [side(a, sa, outlets_of), side(b, sb, outlets_of)]}
