"""One person two reports of one event give two different first names ("Vladimir Lipaev" /
"Oleg Lipaev").

Within one event cluster, people named in full (a first name the given-name table knows, and a
surname) whose surnames agree across scripts and inflections but whose first names differ are one
person named two ways, unless some report of the event names both (then they are two people of
the story: a president and his daughter). A first name that is an initial, or whose consonants begin like the other's
("Aleksandr" / "Alexander", "Reuben" / "Рубен", "Ihor" / "Igor"), is one name spelt two ways, not two
names.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.model import Mention
from claimgraph.resolve.names import is_given_name
from claimgraph.triangulate.keys import name_key
from claimgraph.triangulate.sentence_sides import Said, side

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
MIN_SURNAME = 4  # letters of a surname key that tells people apart
MIN_GIVEN = 3  # letters of a first name; shorter is an initial or a particle
SAME_START = 2  # consonants two spellings of one first name begin with alike
MAX_NAMES = 3  # first names of one surname in one event; more is a family or a common surname


@dataclass(slots=True)
class NameDisagreement:
    cluster: str
    surname: str
    sides: tuple[tuple[str, list[Said]], tuple[str, list[Said]]]


def full_name(text: str) -> tuple[str, str] | None:
    """(first-name key, surname key) of a person's name written as a first name the given-name table
    knows and a surname, or None for a single name, an initial, a title ("President Lukashenko")
    or a short surname."""
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or not is_given_name(words[0]):
        return None
    given, surname = name_key(words[0]), name_key(words[-1])
    if len(given) < MIN_GIVEN or len(surname) < MIN_SURNAME or " " in given or " " in surname:
        return None
    return given, surname


def skeleton(key: str) -> str:
    """A first name's consonants, with the letters transliterations swap made one ("Reuben" and
    "Ruben", "Mikhail" and "Michael", "Aleksandr" and "Alexander" agree); Ukrainian spells with
    "h" the "g" of Russian ("Ihor" / "Igor", "Oleh" / "Oleg", "Heorhiy" / "Georgy")."""
    for a, b in (("x", "ks"), ("kh", "h"), ("ch", "h"), ("ph", "f"), ("w", "v"), ("j", "y"), ("h", "g")):
        key = key.replace(a, b)
    return re.sub(r"[aeiouy]", "", key)


def one_spelling(a: str, b: str) -> bool:
    """Whether two first-name keys are one name spelt two ways: their consonants begin alike."""
    sa, sb = skeleton(a), skeleton(b)
    return sa[:SAME_START] == sb[:SAME_START]


def name_disagreements(mentions: Iterable[Mention], cluster_of: Mapping[str, str]) -> list[NameDisagreement]:
    """Per cluster and surname, two first names different reports give, no report giving both."""
    # cluster -> surname -> first name -> sentences; (cluster, surname) -> report -> its first names
    said: dict[str, dict[str, dict[str, list[Said]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    per_report: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        cluster = cluster_of.get(m.document_id)
        if m.label != "Person" or not cluster or not (name := full_name(m.text)):
            continue
        given, surname = name
        # one first name in several spellings and inflections counts once, under its first spelling
        given = next((g for g in said[cluster][surname] if one_spelling(g, given)), given)
        start = m.sent_start if m.sent_start is not None else m.start
        end = m.sent_end if m.sent_end is not None else m.end
        said[cluster][surname][given].append(Said(m.document_id, start, end, m.text))
        per_report[(cluster, surname)][m.document_id].add(given)
    out = []
    for cluster in sorted(said):
        for surname, by_given in sorted(said[cluster].items()):
            names = sorted(by_given)
            if not 2 <= len(names) <= MAX_NAMES:
                continue
            for i, a in enumerate(names):
                for b in names[i + 1:]:
                    if any({a, b} <= g for g in per_report[(cluster, surname)].values()):
                        continue  # two people some report names
                    out.append(NameDisagreement(cluster, surname, ((a, by_given[a]), (b, by_given[b]))))
    return out


def shown(d: NameDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    (a, sa), (b, sb) = d.sides
    return {"kind": "actor", "about": f"first name of {sa[0].text.split()[-1]}",
            "reasons": [f"first name {sa[0].text.split()[0]} vs {sb[0].text.split()[0]}"],
            "sides": [side(sa[0].text, sa, outlets_of), side(sb[0].text, sb, outlets_of)]}
