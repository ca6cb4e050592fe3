"""Airspace incursions, summoned diplomats and requested consultations as events.

Stories of drones, jets or missiles entering a state's airspace are told in a few acts, each an
event of the report:

- **the incursion**: a verb of entering or violating whose object or destination is a state's
  airspace ("three jets entered Estonian airspace", "нарушил воздушное пространство Румынии",
  "crossed into its airspace"), or whose subject is an aircraft, a drone or a missile and whose
  destination is a state or its territory ("a drone flew into the country", "беспилотник упал на
  территории"); a noun of the same ("the violation of its airspace", "в нарушении воздушного
  пространства") where the sentence tells it with a day. It is an event of type ``other``, dated by
  a day its own clause names ("on Friday morning entered", "в ночь на 14 сентября нарушил"), its
  place a site it happened near ("near Vaindloo Island"), its participants the states named. A
  report tells one incursion in several sentences: the tellings that agree in day merge, and the
  first told as a verb is the evidence. An incursion denied ("denied that its jets violated"),
  negated, planned or told as a habit is none.
- **the summons**: summoning a diplomat ("summoned the chargé d'affaires", "вызвал посла",
  "the ambassador was summoned"), or a diplomat arriving at a foreign ministry ("посол прибыл в
  МИД"), is a ``meeting`` (see :func:`summons`, :func:`called_in`).
- **the request**: requesting consultations or invoking an article of a treaty ("requested
  consultations under Article 4", "запросила консультации с НАТО", "called on NATO to hold
  consultations") is the requester's ``announcement``, not a meeting (see :func:`requested`).

Rules read lemmas and the dependency parse of English and Russian; Ukrainian, read without a
parser, has its stems in :mod:`claimgraph.nlp.event_words`.
"""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Event, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.event_background import background, repeated
from claimgraph.nlp.event_causes import told_as_cause
from claimgraph.nlp.event_cues import asks, framed, is_headline
from claimgraph.nlp.event_dating import clause_verb, in_clause
from claimgraph.nlp.lexicon import DENIAL_VERBS, NEGATIONS, PLAN_CUES, SPEECH_VERBS

#: verbs of entering or violating a space (lemmas)
ENTERING = frozenset({
    "enter", "violate", "breach", "cross", "intrude", "penetrate", "invade", "stray", "infiltrate", "fly",
    "нарушить", "войти", "залететь", "влететь", "вторгнуться", "пересечь", "проникнуть", "зайти",
})
#: verbs of coming down on a territory: an incursion when an aircraft, drone or missile does it
CRASHING = frozenset({"crash", "fall", "land", "упасть", "рухнуть", "разбиться", "приземлиться"})
#: nouns of an incursion: an event when the sentence gives them a day and a space
INCURSION_NOUNS = frozenset({"incursion", "intrusion", "violation", "breach", "нарушение", "вторжение"})
#: nouns of a flight: an incursion when it is a flight of aircraft, drones or missiles
FLIGHTS = frozenset({"flight", "overflight", "пролет", "пролёт"})
#: nouns of a flight, an incursion also when told unlawful over an airspace (lemmas)
FLIGHT_NOUNS = FLIGHTS | {"полет", "полёт"}
UNLAWFUL = frozenset({"illegal", "unauthorized", "unauthorised", "unlawful", "незаконный", "несанкционированный",
                      "нелегальный"})
#: what enters: aircraft, drones and missiles (lemmas)
AIRCRAFT = frozenset({
    "drone", "uav", "jet", "aircraft", "plane", "airplane", "fighter", "warplane", "missile", "rocket",
    "helicopter", "balloon", "bomber", "interceptor",
    "беспилотник", "дрон", "бпла", "самолет", "самолёт", "истребитель", "ракета", "вертолет", "вертолёт",
    "бомбардировщик", "аэростат", "перехватчик",
})
#: a state's ground: the destination of an aircraft's entry ("into the country", "на территорию")
GROUND = frozenset({"territory", "country", "soil", "территория", "страна"})
#: a state's border: crossed by an aircraft, an incursion ("drones crossed the border", "границу пересекли
#: беспилотники"; Russian word order lets the parser swap subject and object, so either counts)
BORDERS = frozenset({"border", "frontier", "граница"})
#: verbs of seeing: aircraft seen ("drones were spotted over the capital") on a day their clause names
SIGHTING = frozenset({"spot", "sight", "detect", "observe", "заметить", "обнаружить", "зафиксировать"})
#: prepositions of leaving or passing: no entry ("came from Ukrainian airspace", "over the sea")
_AWAY = frozenset({"from", "out", "из", "с", "со", "over", "над", "through", "через"})
#: diplomats whose summoning is a meeting
DIPLOMATS = frozenset({
    "ambassador", "envoy", "chargé", "charge", "d'affaires", "d’affaires", "affaires", "diplomat", "attaché",
    "attache", "consul", "посол", "поверенный", "посланник", "дипломат", "консул", "атташе",
})
#: word beginnings of diplomats a lemmatiser may miss ("временного поверенного" read as "поверить")
_DIPLOMAT_STEMS = ("поверенн", "посланник", "дипломат")
#: words of a foreign office or a meeting with it: a person summoned beside one is a diplomat
_DIPLOMACY = frozenset({"ministry", "minister", "foreign", "meet", "headquarters", "мид", "министерство",
                        "министр", "внешнеполитический"})
#: verbs of summoning (lemmas)
SUMMONING = frozenset({"summon", "вызвать", "вызывать"})
#: verbs of requesting or invoking (lemmas)
REQUESTING = frozenset({
    "request", "invoke", "seek", "ask", "call", "urge", "demand", "trigger", "activate",
    "запросить", "запрашивать", "попросить", "просить", "инициировать", "потребовать", "обратиться",
})
#: what is requested: consultations, or an article of a treaty ("invoked Article 4")
_CONSULTATIONS = frozenset({"consultation", "consultations", "консультация"})
_ARTICLES = frozenset({"article", "статья"})
#: verbs of saying, denying and protesting: a day on them dates the statement, not the incursion
#: a noun of theirs names ("accused Russia of the violation on Friday" dates the violation)
_SAYING = (SPEECH_VERBS["en"] | SPEECH_VERBS["ru"] | DENIAL_VERBS | {"condemn", "protest", "отклонить", "осудить"}) - {
    "accuse", "allege", "обвинить", "обвинять"}
_STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
_INTO = frozenset({"into", "onto"})
_RU_INTO = frozenset({"в", "во", "на"})
_ON = frozenset({"in", "on"})
_SITE_CASES = frozenset({"near", "off", "around", "у", "возле", "вблизи", "около", "близ", "под"})
_PLACES = frozenset({"Location", "Facility"})
_STATES = frozenset({"Country"})
_IF = frozenset({"if", "whether", "если", "ли"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def _children(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and c != i]


def _airspace(sent: Sentence, i: int) -> bool:
    """"airspace", "air space", "воздушное пространство", "воздушные границы"."""
    lemma = _lemma(sent, i)
    if lemma == "airspace":
        return True
    if lemma in ("space", "border", "пространство", "граница"):
        return any(_lemma(sent, c) in ("air", "воздушный") for c in _children(sent, i))
    return False


def _cases(sent: Sentence, i: int) -> set[str]:
    return {_lemma(sent, c) for c in _children(sent, i) if sent.tokens[c].dep in ("case", "mark")}


def _aircraft(sent: Sentence, i: int) -> bool:
    """A noun phrase headed by (or compounding) an aircraft, a drone or a missile ("MiG-31 fighter
    jets", "беспилотник Вооруженных сил")."""
    if _lemma(sent, i) in AIRCRAFT:
        return True
    # "MiG-31s": a model's name compounding an aircraft word; "the missile system" is no aircraft
    return sent.tokens[i].pos == "PROPN" and any(
        sent.tokens[c].dep in ("compound", "flat", "appos") and _lemma(sent, c) in AIRCRAFT for c in _children(sent, i))


#: unmanned aircraft and missiles, whose flight over a state is news (a plane's flight is routine)
_UNMANNED = frozenset({"drone", "uav", "missile", "rocket", "беспилотник", "дрон", "бпла", "ракета"})
_UNMANNED_WORDS = frozenset({"unmanned", "беспилотный"})


def _drone(sent: Sentence, i: int) -> bool:
    """A drone or a missile ("six drones", "беспилотных аппаратов", "unmanned aerial vehicles")."""
    return _lemma(sent, i) in _UNMANNED or any(_lemma(sent, c) in _UNMANNED_WORDS for c in _children(sent, i))


def _ground(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """A state or its territory: a ground noun or a country's name."""
    if _lemma(sent, i) in GROUND:
        return True
    at = sent.tokens[i].start
    if sent.tokens[i].pos == "PROPN" and territory_code(sent.tokens[i].text):
        return True  # a state's name, whatever label the recogniser gave it
    return any(m.label in _STATES and m.start <= at < m.end for m in doc.mentions)


def incursion(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """Whether token ``i`` tells an incursion: a verb of entering an airspace (or, with an aircraft
    for subject, a state's ground), or a noun of violating an airspace."""
    toks = sent.tokens
    lemma = _lemma(sent, i)
    if toks[i].pos == "NOUN":
        if lemma in FLIGHTS and any(  # "the flight of six drones", "после пролета беспилотников"
                _drone(sent, c) and toks[c].dep.split(":")[0] == "nmod" for c in _children(sent, i)):
            return True
        if lemma in FLIGHT_NOUNS:  # "the illegal flight … over its airspace"
            return any(_lemma(sent, c) in UNLAWFUL for c in _children(sent, i)) and any(
                _airspace(sent, c) for c in _children(sent, i))
        if lemma not in INCURSION_NOUNS:
            return False
        near = _children(sent, i) + ([toks[i].head] if toks[i].dep == "compound" else [])
        return lemma in ("incursion", "intrusion", "вторжение") and any(
            _airspace(sent, c) or _ground(doc, sent, c) for c in near) or any(_airspace(sent, c) for c in near)
    if toks[i].pos != "VERB" or lemma not in ENTERING | CRASHING:
        return False
    places = [c for c in _children(sent, i) if toks[c].dep.split(":")[0] in ("obj", "obl", "nmod")
              and not _cases(sent, c) & _AWAY]
    if lemma in ENTERING and any(_airspace(sent, c) for c in places):
        return True
    flown = any(toks[c].dep.startswith("nsubj") and _aircraft(sent, c) for c in _children(sent, i))
    if lemma in ("cross", "пересечь") and _crossed_border(sent, i):
        return True
    return flown and any(_ground(doc, sent, c) and _destination(sent, c, lemma in CRASHING) for c in places)


def _crossed_border(sent: Sentence, i: int) -> bool:
    """An aircraft and a border as the subject and object of a crossing ("drones crossed the border",
    "границу пересекли беспилотники")."""
    core = [c for c in _children(sent, i) if sent.tokens[c].dep.split(":")[0] in ("nsubj", "obj")]
    return any(_aircraft(sent, c) for c in core) and any(_lemma(sent, c) in BORDERS for c in core)


def sighted(sent: Sentence, i: int) -> bool:
    """Aircraft seen, told in the passive ("six drones were sighted", "several drones were spotted
    flying over the capital"): the incursion or raid they made, when the clause names its day."""
    toks = sent.tokens
    return (toks[i].pos == "VERB" and _lemma(sent, i) in SIGHTING
            and any(toks[c].dep == "nsubj:pass" and _aircraft(sent, c) for c in _children(sent, i)))


def _destination(sent: Sentence, c: int, crash: bool) -> bool:
    """Where an aircraft went: the object of "entered", a phrase with "into" ("flew into the country",
    "залетел в Румынию"); a crash also "in" or "on" a ground ("crashed in Romania", "упал на
    территории"). "Entered combat duty in Belarus" goes nowhere."""
    tok = sent.tokens[c]
    if tok.dep.startswith("obj"):
        return True
    cases = _cases(sent, c)
    if cases & _INTO:
        return True
    if cases & _RU_INTO:
        return crash or "Case=Acc" in tok.feats
    return crash and bool(cases & _ON)


def _not_told(sent: Sentence, i: int) -> bool:
    """An incursion negated, planned, conditional or denied ("did not violate", "could enter", "if
    a drone crosses", "denied that its jets violated"): not told as having happened."""
    toks = sent.tokens
    if not toks[i].text.isascii() and "VerbForm=Part" in toks[i].feats and toks[i].dep.split(":")[0] in ("acl", "amod"):
        return True  # "якобы залетевшего беспилотника": a participle describing the aircraft
    chain = [i, *tree.ancestors(toks, i, 3)]
    if any(repeated(sent, k) for k in chain[:3]):
        return True  # "has frequently reported drones landing on its territory"
    for depth, k in enumerate(chain):
        lemma = _lemma(sent, k)
        if depth and lemma in DENIAL_VERBS:
            return True
        if depth < 2 and (lemma in PLAN_CUES or "Tense=Fut" in toks[k].feats):
            return True
        for c in _children(sent, k):
            word = _lemma(sent, c)
            dep = toks[c].dep.split(":")[0]
            if depth < 2 and dep in ("aux", "advmod", "mark", "neg", "det") and (
                    word in NEGATIONS or word in PLAN_CUES or word in _IF or word in ("any", "любой")):
                return True
    return "VerbForm=Conv" in toks[i].feats


def _day(doc: AnalyzedDoc, sent: Sentence, i: int) -> TimeRef | None:
    """A day the incursion's own clause names (dates after the report's day left out)."""
    toks = sent.tokens
    best: tuple[int, TimeRef] | None = None
    for d in doc.dates:
        if not (sent.start <= d.start < sent.end) or not d.time.start or d.time.precision != "day":
            continue
        if doc.published and d.time.start > doc.published:
            continue
        at = next((k for k, t in enumerate(toks) if d.start <= t.start < d.end), None)
        if at is None or not in_clause(sent, at, i):
            continue
        if _STAMP.match(d.text or ""):
            continue  # "2025-09-15": the page's date line, when the report appeared
        if (toks[i].pos == "NOUN" and at < i and i not in tree.ancestors(toks, at, 8)
                and (_lemma(sent, clause_verb(sent, i)) in _SAYING | SUMMONING | _HANDING
                     or told_as_cause(sent, i))):
            continue  # "On Thursday the embassy rejected the protest over the violation": the rejection's day
        gap = abs(toks[at].start - toks[i].start)
        if best is None or gap < best[0]:
            best = (gap, d.time)
    return best[1] if best else None


def _place(doc: AnalyzedDoc, sent: Sentence) -> str | None:
    """A site the sentence puts the incursion near ("near Vaindloo Island", "у острова Вайндло")."""
    toks = sent.tokens
    starts = [t.start for t in toks]
    for m in doc.mentions:
        if m.label not in _PLACES or not (sent.start <= m.start < sent.end):
            continue
        k = max(0, bisect.bisect_right(starts, m.start) - 1)
        before = toks[k - 1].text.lower() if k > 0 else ""
        if before in _SITE_CASES or _cases(sent, k) & _SITE_CASES or _cases(sent, toks[k].head) & _SITE_CASES:
            return m.text
    return None


def _states(doc: AnalyzedDoc, sent: Sentence) -> list[str]:
    """The states a sentence names, each once ("Эстония … над Эстонией": one state)."""
    names: list[str] = []
    for m in doc.mentions:
        if m.label in _STATES and sent.start <= m.start < sent.end and not _state_keys([m.text]) & _state_keys(names):
            names.append(m.text)
    return names


def _state_keys(names: list[str]) -> set[str]:
    """The states of names, by their territory code where known ("Эстония", "Эстонии": one state)."""
    return {territory_code(n) or n.lower() for n in names}


def _agree(a: Event, b: Event) -> bool:
    if a.time and b.time and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    return not (a.participants and b.participants and not _state_keys(a.participants) & _state_keys(b.participants))


def add_incursions(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """``events`` with the report's incursions added: one event per incursion, merging the
    sentences that tell it; a sentence that already has an event of type ``other`` adds none, and
    that event takes in the incursion an earlier noun told on an agreeing day."""
    if not (doc.lang or "").startswith(("en", "ru")):
        return events
    taken = {(e.start, e.end): e for e in events if e.type == "other"}
    found: list[tuple[Event, bool]] = []  # each incursion, and whether a verb tells it
    for sent in doc.sentences:
        toks = sent.tokens
        if (not toks or len(toks) > 400 or asks(doc.text, sent.start, sent.end)
                or is_headline(doc.text, sent.start, sent.end)):
            continue
        dated = frozenset(k for d in doc.dates if sent.start <= d.start < sent.end
                          for k, t in enumerate(toks) if d.start <= t.start < d.end)
        hits = [i for i in range(len(toks)) if (incursion(doc, sent, i) or sighted(sent, i) and _day(doc, sent, i))
                and not _not_told(sent, i) and not background(sent, i, "other", dated, dated)]
        if not hits:
            continue
        apart = _within_attack(sent, hits)
        if (sent.start, sent.end) in taken and not apart:  # told as a strike or an attack: that event is the incursion
            strike = taken[(sent.start, sent.end)]
            # "summoned the envoy over the violation of its airspace", then the night the drones came:
            # the noun told first was this incursion
            told = next((f for f in found if not f[1] and all(f[0] is not e for e in events) and _agree(f[0], strike)), None)
            if told is not None:
                found.remove(told)
                strike.time = strike.time or told[0].time
                strike.place = strike.place or told[0].place
            found.append((strike, True))
            continue
        i = next((k for k in hits if toks[k].pos == "VERB"), hits[0])
        verb = toks[i].pos == "VERB"
        time = _day(doc, sent, i)
        if not verb and time is None and found:
            continue  # "the violation", "нарушение пространства" without a day: the incursion told before
        at = toks[i].start if apart else sent.start  # told beside the attack's own event: an id of its own
        event = Event(id=Event.make_id(doc.document_id, at, "other"), document_id=doc.document_id,
                      type="other", time=time, place=_place(doc, sent), participants=_states(doc, sent),
                      start=sent.start, end=sent.end)
        same = next((f for f in found if _agree(f[0], event)), None)
        if same is None:
            found.append((event, verb))
            continue
        target, told_by_verb = same
        if verb and not told_by_verb:  # the verb tells it best: its sentence is the evidence
            target.start, target.end, target.id = event.start, event.end, event.id
            found[found.index(same)] = (target, True)
        target.time = target.time or event.time
        target.place = target.place or event.place
        target.participants += [p for p in event.participants if not _state_keys([p]) & _state_keys(target.participants)]
    new = [f[0] for f in found if all(f[0] is not e for e in events)]
    # "осуждает нарушение воздушного пространства": the violation named without a day is the report's
    # one incursion, when every incursion it dates falls on one day
    days = {(e.time.start, e.time.end) for e in [*events, *new] if e.type == "other" and e.time
            and e.time.precision == "day" and e.time.start == e.time.end and any(e is f[0] for f in found)}
    if len(days) == 1:
        for event, by_verb in found:
            if event.time is None and not by_verb and event in new:
                start, _ = next(iter(days))
                event.time = TimeRef(start, start, "day")
    return sorted([*events, *new], key=lambda e: e.start)


#: nouns of an attack that may frame an incursion ("during the attack on Ukraine, drones entered …")
_ATTACKS = frozenset({"attack", "strike", "raid", "атака", "удар", "налет", "налёт"})


def _within_attack(sent: Sentence, hits: list[int]) -> bool:
    """An incursion told by a verb within an attack on another state ("during Russia's attack on
    Ukraine, drones entered Moldova's airspace", "в ходе атаки на Украину беспилотники нарушили …"):
    two events, the attack and the incursion. Attacks in the plural are a habit, not an event of their own."""
    toks = sent.tokens
    return any(toks[i].pos == "VERB" for i in hits) and any(
        _lemma(sent, k) in _ATTACKS and toks[k].pos == "NOUN" and "Number=Plur" not in toks[k].feats and framed(sent, k)
        for k in range(len(toks)))  # "during attacks on its infrastructure": attacks in general, no event of their own


def summons(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """A verb of summoning a diplomat ("summoned the chargé d'affaires", "вызвал посла", "the
    ambassador was summoned"): its object or passive subject names a diplomat, or is a person the
    sentence sends to a ministry."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or _lemma(sent, i) not in SUMMONING:
        return False
    whom = [c for c in _children(sent, i) if toks[c].dep.split(":")[0] == "obj" or toks[c].dep == "nsubj:pass"]
    ministry = any(_lemma(sent, k) in _DIPLOMACY or toks[k].text.lower() in _DIPLOMACY for k in range(len(toks)))
    for c in whom:
        phrase = [c, *(k for k in range(len(toks)) if c in tree.ancestors(toks, k, 2))]
        if any(_lemma(sent, k) in DIPLOMATS or toks[k].text.lower() in DIPLOMATS
               or toks[k].text.lower().startswith(_DIPLOMAT_STEMS) for k in phrase):
            return True
        if ministry and any(m.label == "Person" and m.start <= toks[c].start < m.end for m in doc.mentions):
            return True  # "the ministry summoned Vladimir Lipaev", "X was summoned to meet the minister"
    return False


#: verbs of protesting to someone, and of handing or voicing a protest (lemmas)
_PROTESTING = frozenset({"protest", "опротестовать"})
_HANDING = frozenset({"hand", "deliver", "present", "lodge", "express", "вручить", "выразить", "заявить", "передать"})
_PROTESTS = frozenset({"protest", "note", "протест", "нота"})


def protested_to(sent: Sentence, i: int) -> bool:
    """A protest made to a diplomat ("protested to the ambassador", "handed a note of protest to the
    envoy", "выразил протест послу", "вручил ноту протеста поверенному"): the diplomat was received,
    a meeting."""
    toks = sent.tokens
    lemma = _lemma(sent, i)
    if toks[i].pos != "VERB" or lemma not in _PROTESTING | _HANDING:
        return False
    kids = _children(sent, i)
    if lemma in _HANDING and not any(_lemma(sent, c) in _PROTESTS and toks[c].dep.split(":")[0] == "obj" for c in kids):
        return False
    # the diplomat it is made to: "to the ambassador", "handed the ambassador a note", a dative "послу",
    # under the verb or its protest
    return any((_lemma(sent, k) in DIPLOMATS or toks[k].text.lower().startswith(_DIPLOMAT_STEMS))
               and i in tree.ancestors(toks, k, 3)
               and ("to" in _cases(sent, k) or (toks[k].dep == "iobj" and toks[k].head == i)
                    or not toks[k].text.isascii() and "Case=Dat" in toks[k].feats)
               for k in range(len(toks)))


def requested(sent: Sentence, i: int) -> bool:
    """Consultations (or an article of a treaty) that someone requests or invokes ("requested
    consultations", "invoked Article 4", "called on NATO to hold consultations", "запросила
    консультации"), or the verb requesting them: an announcement of the requester."""
    toks = sent.tokens
    lemma = _lemma(sent, i)
    if lemma in _CONSULTATIONS or (lemma in _ARTICLES and any(toks[c].pos == "NUM" for c in _children(sent, i))):
        return any(_lemma(sent, h) in REQUESTING for h in tree.ancestors(toks, i, 3))
    if toks[i].pos != "VERB" or lemma not in REQUESTING:
        return False
    return any(k != i and i in tree.ancestors(toks, k, 3) and (_lemma(sent, k) in _CONSULTATIONS or (
        _lemma(sent, k) in _ARTICLES and any(toks[c].pos == "NUM" for c in _children(sent, k))))
        for k in range(len(toks)))


def diplomatic_kind(doc: AnalyzedDoc, sent: Sentence, i: int, kind: str | None) -> str | None:
    """The event type token ``i`` names in a diplomatic row, given the type its lemma names
    (``kind``): a summons is a meeting, a request for consultations an announcement."""
    if requested(sent, i):
        return "announcement"
    if kind is None and (summons(doc, sent, i) or protested_to(sent, i)):
        return "meeting"
    if kind == "visit" and called_in(sent, i):
        return "meeting"
    return kind


#: a foreign office a diplomat is called to
_OFFICES = frozenset({"ministry", "мид", "министерство"})


def called_in(sent: Sentence, i: int) -> bool:
    """A diplomat arriving at or visiting a foreign ministry ("the ambassador arrived at the Foreign
    Ministry", "посол прибыл в МИД", "the envoy's visit to the ministry"): the summons, a meeting."""
    toks = sent.tokens
    who = [c for c in _children(sent, i) if toks[c].dep.startswith("nsubj") or toks[c].dep == "nmod:poss"]
    diplomat = any(_lemma(sent, k) in DIPLOMATS or toks[k].text.lower().startswith(_DIPLOMAT_STEMS)
                   for c in who for k in [c, *_children(sent, c)])
    office = any(_lemma(sent, k) in _OFFICES or toks[k].text.lower() in _OFFICES for k in range(len(toks)))
    return diplomat and office


def told_that_day(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """A summons or a request without a day of its own was made on the day the report tells it."""
    return summons(doc, sent, i) or requested(sent, i)


__all__ = ["add_incursions", "called_in", "diplomatic_kind", "told_that_day", "incursion", "requested", "summons"]
