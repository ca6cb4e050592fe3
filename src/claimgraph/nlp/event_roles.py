"""Who took part in an event and where: the roles the names of a trigger sentence play.

- place: the place the sentence puts the event in ("in Minsk", "в Минске", the object of
  "visited"), by its normalised name;
- participants: the people, organisations and countries involved, leaving out the place and the
  names that only qualify a title ("the President of Belarus Alexander Lukashenko" → Lukashenko);
- names that are not parties: the event's own name ("IDEF defence fair"), where a visit went,
  the frame of a deal ("в рамках Союзного государства"), the source of a report ("according to").
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Mention
from claimgraph.nlp import tree
from claimgraph.nlp.claims import full_name
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.lexicon import ACCORDING_TO, ROLE_NOUNS

PARTICIPANTS = frozenset({"Person", "Organization", "PublicBody", "Company", "Country"})
PLACES = frozenset({"Location", "Country", "Facility"})
_PLACE_CASES = frozenset({"in", "at", "near", "в", "во", "на", "под"})
_JOURNEYS = frozenset({"visit", "trip", "визит", "поездка"})


def names_event(sent: Sentence, trigger: int, m: Mention) -> bool:
    """A name that modifies the trigger noun ("this week's IDEF defence fair", "выставка «Армия-2025»")
    is the event's own name."""
    toks = sent.tokens
    if toks[trigger].pos not in ("NOUN", "ADJ"):
        return False
    phrase = {trigger}  # "IDEF defence fair": the nouns compounded with the trigger
    if toks[trigger].dep in ("compound", "amod") and 0 <= toks[trigger].head < len(toks):
        phrase.add(toks[trigger].head)
    phrase |= {c for c, t in enumerate(toks) if t.head in phrase and t.dep == "compound" and t.pos == "NOUN"}
    h = head_of(sent, m)
    return toks[h].head in phrase and toks[h].dep.split(":")[0] in ("compound", "appos", "flat")


def destination(sent: Sentence, trigger: int, m: Mention) -> bool:
    """The object of a visit verb, or a name standing beside that object ("посетила предприятие
    «Кама-Дрон»"), is where the visit went."""
    toks = sent.tokens
    objects = {c for c, t in enumerate(toks) if t.head == trigger and c != trigger and (
        t.dep == "obj" or t.dep.startswith("nsubj") and "Case=Acc" in t.feats and c > trigger)}
    h = head_of(sent, m)
    return h in objects or (toks[h].head in objects and toks[h].dep.split(":")[0] in ("appos", "flat", "compound"))


#: "в рамках Союзного государства", "within the framework of": the setting of a deal, not a party
_DEAL_FRAME = re.compile(r"(?:в\s+рамках|within\s+the\s+framework\s+of|under\s+the\s+auspices\s+of)\s+$", re.IGNORECASE)


def deal_frame(doc: AnalyzedDoc, sent: Sentence, m: Mention) -> bool:
    """A name right after "в рамках" / "within the framework of" is the setting of a deal."""
    return bool(_DEAL_FRAME.search(doc.text[max(sent.start, m.start - 40):m.start]))


def source_spans(doc: AnalyzedDoc, sent: Sentence, lang: str) -> list[tuple[int, int]]:
    """Spans right after "according to" / "по словам", up to 60 characters or the comma that closes
    the phrase ("По информации издания DW, США ввели санкции"): the names there report the event."""
    text = doc.text[sent.start:sent.end]
    spans = []
    for m in re.finditer(ACCORDING_TO[lang], text, re.IGNORECASE):
        comma = text.find(",", m.end(), m.end() + 60)
        spans.append((sent.start + m.end(), sent.start + (comma if comma >= 0 else m.end() + 60)))
    return spans


def token_of(sent: Sentence, offset: int) -> int:
    starts = [t.start for t in sent.tokens]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def place_of(doc: AnalyzedDoc, sent: Sentence, trigger: int, mentions: list[Mention]) -> Mention | None:
    toks = sent.tokens
    candidates = [m for m in mentions if m.label in PLACES]
    if not candidates:
        return None
    # the object of "visited" / "посетил" is where the visit went
    for m in candidates:
        i = head_of(sent, m)
        if toks[i].head == trigger and toks[i].dep.split(":")[0] in ("obj",) and m.label != "Country":
            return m
    # "a visit to Minsk", "визит в Минск", "поездка в Витебскую область": where the visit went
    if (toks[trigger].lemma or "").lower() in _JOURNEYS:
        for m in candidates:
            i = head_of(sent, m)
            if toks[i].head == trigger and toks[i].dep.split(":")[0] == "nmod" and any(
                    t.head == i and t.dep == "case" and t.text.lower() in ("to", "в", "во") for t in toks):
                return m
    best = None
    for m in candidates:
        i = token_of(sent, m.start)
        before = toks[i - 1].text.lower() if i > 0 else ""
        cases = {(t.lemma or t.text).lower() for c, t in enumerate(toks)
                 if t.head == head_of(sent, m) and t.dep == "case"}
        if before in _PLACE_CASES or cases & _PLACE_CASES:
            if m.label == "Country" and best is not None:
                continue
            if best is None or (best.label == "Country" and m.label != "Country"):
                best = m
    return best


def head_of(sent: Sentence, m: Mention) -> int:
    """The token of a mention whose head lies outside it."""
    first = token_of(sent, m.start)
    i = first
    while i < len(sent.tokens) and sent.tokens[i].start < m.end:
        h = sent.tokens[i].head
        if not (0 <= h < len(sent.tokens)) or not (m.start <= sent.tokens[h].start < m.end) or h == i:
            return i
        i += 1
    return first


def sanctioners(sent: Sentence, trigger: int, mentions: list[Mention]) -> list[Mention]:
    """The subject or agent of a sanction verb (or of the verb of a sanction noun); all mentions
    when the parse names neither."""
    toks = sent.tokens
    verbs = {trigger}
    if toks[trigger].pos == "NOUN" and 0 <= toks[trigger].head < len(toks):
        verbs.add(toks[trigger].head)  # "Japan added them to its blacklist": the verb of the noun
    heads = {c for c, t in enumerate(toks) if t.head in verbs and c not in verbs
             and (t.dep.startswith("nsubj") and not t.dep.startswith("nsubj:pass") or t.dep == "obl:agent")}
    chosen = [m for m in mentions if head_of(sent, m) in heads and m.label in PARTICIPANTS]
    return chosen or mentions


def participants_of(sent: Sentence, mentions: list[Mention], place: Mention | None,
                  owned: dict[str, Mention], fullest: dict[str, Mention] | None = None) -> list[str]:
    toks = sent.tokens
    names: list[str] = []
    has_person = any(m.label == "Person" for m in mentions)
    has_actor = any(m.label in PARTICIPANTS - {"Country"} for m in mentions if place is None or m.id != place.id)
    for m in mentions:
        if m.label not in PARTICIPANTS or (place is not None and m.id == place.id):
            continue
        h = head_of(sent, m)
        qualifies_title = _qualifies_person(sent, h, mentions)
        if qualifies_title and has_person and m.label != "Person":
            continue
        if m.label == "Country" and has_actor and not toks[h].dep.startswith("nsubj"):
            continue
        name = full_name((fullest or {}).get(m.id, m), owned.get(m.id))
        if name not in names:
            names.append(name)
    return names


def _qualifies_person(sent: Sentence, h: int, mentions: list[Mention]) -> bool:
    """A name inside a title or a person's description ("the President of Belarus X", "the head of
    Rostec's engine holding, X", "X of Rostec") describes the person rather than taking part."""
    toks = sent.tokens
    i = h
    for j in tree.ancestors(toks, h, 3):
        if toks[i].dep.split(":")[0] not in ("nmod", "compound", "amod", "appos") and toks[i].dep != "nmod:poss":
            return False
        if (toks[j].lemma or toks[j].text).lower() in ROLE_NOUNS:
            return True
        if any(m.label == "Person" and m.start <= toks[j].start < m.end for m in mentions):
            return True
        i = j
    return False
