"""A state's bodies and officials named by the state they serve: its government speaking.

"The Romanian Defence Ministry said", "Минобороны России заявило", "the Estonian Defence Forces",
"посольство России", "the Iranian foreign ministry spokesman": a body or an office whose name
gives its state speaks for that state's government, as a seat of government does ("the Kremlin
said"). Its statement, however many outlets relay it and however each spells the body, is that
government's one account in the event. A name is read as such a voice when one of its words is
a body or an office of state (ministry, embassy, army, intelligence, ambassador, minister) and
the first state it names (a country, its people or its capital) is not the place it is sent to
("the Russian ambassador to Romania" and "Washington's envoy to South Africa" speak for Russia and
the United States). Outlets, companies and people named without an office are no state's voice.

A denial told without a speaker ("Iran denies supplying drones", "Тегеран отрицает поставки") is
its subject's own word: a state's government's account, or the statement of the person or body
that denies, never the outlet that tells it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from claimgraph.model import Claim
from claimgraph.nlp.countries import nationality_code, territory_code
from claimgraph.nlp.generic_sources import generic_reference
from claimgraph.nlp.seats import speaking_state
from claimgraph.triangulate.concepts import territory_key
from claimgraph.triangulate.keys import name_key

if TYPE_CHECKING:
    from claimgraph.triangulate.origins import Origin

_WORD = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*", re.UNICODE)
#: Stems of words naming a body or an office of state, in English, Russian, Ukrainian and
#: Belarusian: "Ministry", "Минобороны", "посольство", "Генштаб", "розвідка", "ambassador".
BODY_STEMS = (
    "ministr", "minister", "department", "embass", "consul", "government", "administration", "army", "armed",
    "military", "forces", "command", "intelligence", "presiden", "parliament", "navy", "air force",
    "general staff", "ambassador", "envoy", "spokes", "diplomat", "authorities", "official",
    "министерств", "министр", "минобороны", "мид", "мвд", "посольств", "посол", "консул", "правительств",
    "администраци", "арми", "вооруж", "генштаб", "генеральн", "командовани", "разведк", "президент",
    "премьер", "пресс-секретар", "представител", "дипломат", "власт", "ведомств",
    "міністерств", "міністр", "міноборони", "мзс", "посольств", "уряд", "адміністраці", "армі", "збройн",
    "розвідк", "прем'єр", "речник", "влад", "відомств",
    "міністэрств", "урад", "пасольств", "пасол",
)
#: Words after which a state is the place an office is sent to, not the one it serves.
DESTINATION = frozenset({"to", "in", "at", "в", "во", "на", "у", "до", "при"})
MAX_NAME_WORDS = 3  # longest run of words read as one state's name ("United Arab Emirates")


def _is_body(word: str) -> bool:
    low = word.casefold()
    return any(low.startswith(stem) for stem in BODY_STEMS if " " not in stem)


def _has_body(words: list[str]) -> bool:
    text = " ".join(w.casefold() for w in words)
    return any(_is_body(w) for w in words) or any(f" {stem}" in f" {text}" for stem in BODY_STEMS if " " in stem)


def _state_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The state the words from ``i`` name (a country of up to three words, or a nationality
    adjective), and how many words it takes."""
    for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
        code = territory_code(" ".join(words[i:i + n]))
        if code and "-" not in code:
            return code.upper(), n
    code = (nationality_code(words[i]) if len(words[i]) >= 4 else None) or speaking_state(words[i])
    return (code.upper(), 1) if code and "-" not in code else (None, 1)


def state_voice(name: str | None) -> str | None:
    """The country (ISO code, upper case) whose government a body or official named this way
    speaks for ("Romanian Ministry of National Defence" -> RO, "посол России в Румынии" -> RU),
    or None (no office of state, no state named, or a source of news)."""
    text = " ".join((name or "").replace("’", "'").replace("'s ", " ").split())
    if not text or generic_reference(text) is not None:
        return None
    words = _WORD.findall(text)
    if not words or not _has_body(words):
        return None
    i = 0
    while i < len(words):
        code, used = _state_at(words, i)
        if code is not None and not (i and words[i - 1].casefold() in DESTINATION):
            return code
        i += used  # a state the office is sent to is passed over whole ("to South Africa")
    return None


#: Predicates whose subject is the party that acts, and so the one that denies acting.
ACTING = frozenset({"states", "supplies_to", "produces", "plans_to_produce", "offers_to_build", "cooperates_with",
                    "met_with", "visited"})


def speaks(origin: Origin) -> bool:
    """Whether an origin is someone speaking (a person, a body, a government quoted), not an
    outlet or agency that carried what was said."""
    return origin.key.startswith("said:") or (origin.key.startswith("official:") and "quotes" in origin.chain)


def subject_denial(claim: Claim, cluster: str, origins: list[Origin]) -> list[Origin]:
    """The origin of a denial that names no speaker: its subject's government when the subject is
    a state or a state's body, else the subject's own statement when it is the party that acts;
    ``origins`` (where the report's sources lead) otherwise."""
    subject = " ".join((claim.subject or "").split())
    if claim.modality != "denial" or not subject or not origins:
        return origins
    code = (speaking_state(subject) or "").upper() or state_voice(subject)
    head = origins[0].chain[0] if origins[0].chain else origins[0].label
    if code:
        return [replace(origins[0], key=f"official:{cluster}:{code}", label=subject, chain=[head, "quotes", subject],
                        state_affiliated=True, country=code, own=False)]
    if claim.predicate not in ACTING or territory_key(subject, "Location") or not name_key(subject):
        return origins
    return [replace(origins[0], key=f"said:{cluster}:{name_key(subject)}", label=subject,
                    chain=[head, "quotes", subject], state_affiliated=None, country=None, own=False)]


def body_states(names: Iterable[str | None]) -> dict[frozenset[str], str]:
    """Name-key words of each body or office named with its state -> that state ("Russian Defence
    Ministry" -> RU), from the names one event's reports give their speakers and sources."""
    found: dict[frozenset[str], str] = {}
    for name in names:
        code = state_voice(name)
        words = frozenset(name_key(name or "").split())
        if code and words:
            found.setdefault(words, code)
    return found


def bare_body_state(name: str | None, bodies: Mapping[frozenset[str], str]) -> str | None:
    """The state of a body named without it ("the Defence Ministry", "Минобороны") when the event's
    reports name that body with its state, and with one state only (see :func:`body_states`)."""
    text = " ".join((name or "").split())
    words = _WORD.findall(text)
    if not words or not _has_body(words) or state_voice(text) or generic_reference(text) is not None:
        return None
    key = frozenset(name_key(text).split())
    codes = {code for full, code in bodies.items() if key and key < full}
    return next(iter(codes)) if len(codes) == 1 else None
