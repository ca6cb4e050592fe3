"""One event per real-world event in a report: later, undated reports of a type retell the first.

A report tells its event once in full, then comes back to it: "Two UAVs attacked a hostel", "the
mayor confirmed the drone attack", "Welcoming the guest as they sat down for talks". Those later
sentences name no date of their own and often other places (the districts hit) or other people
(who confirmed it), so the strict merge of :func:`claimgraph.nlp.events.merge_events` keeps them
apart. A report of a second event of the same type says when it took place ("last September",
"on 18 June") or names other parties; a retelling does neither.
"""
from __future__ import annotations

import re

from claimgraph.model import Event
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_cues import is_headline
from claimgraph.nlp.lexicon import ROLE_NOUNS, SPEECH_VERBS

#: how many earlier events a retelling is compared with, so a hostile document stays linear
WINDOW = 50
#: event types whose reports name by-standers as often as parties (the attacked site's officials,
#: the drones): their retellings merge whatever names they carry
_LOOSE = frozenset({"other"})


#: personal pronouns that stand for a speaker named before
_PRONOUNS = frozenset({"he", "she", "они", "он", "она", "they"})
#: "по его словам", "according to him": the words of the speaker named before
_HIS_WORDS = re.compile(r"(?i)(?<![а-яёa-z])(?:по\s+(?:его|её|ее|их)\s+словам|according\s+to\s+(?:him|her|them))(?![а-яёa-z])")


#: a bare title that points back to the person named before ("the diplomat stressed")
_TITLES = ROLE_NOUNS | {"diplomat", "дипломат", "official", "чиновник"}
#: what makes a title name someone new: his name beside it, or an indefinite article
_NEW = frozenset({"flat", "appos", "compound", "nmod"})


def _points_back(sent: Sentence, i: int) -> bool:
    """A pronoun ("he", "он") or a bare title with no name of its own ("the diplomat", "дипломат")."""
    toks = sent.tokens
    if toks[i].text.lower() in _PRONOUNS:
        return True
    if toks[i].pos != "NOUN" or (toks[i].lemma or toks[i].text).lower() not in _TITLES:
        return False
    return not any(t.head == i and (t.dep.split(":")[0] in _NEW or t.pos == "PROPN" or t.text.lower() in ("a", "an"))
                   for t in toks)


def _by_pronoun(sent: Sentence, text: str, verb: int) -> bool:
    """"«…», — сказал он", "he added", "— подчеркнул дипломат", "по его словам, …": a statement (its
    ``verb``, or a verb of saying in the sentence) whose speaker is only a pronoun or a bare title
    for someone named before."""
    toks = sent.tokens
    if _HIS_WORDS.search(text[sent.start:sent.end]):
        return True
    verbs = SPEECH_VERBS["en"] | SPEECH_VERBS["ru"]
    return any(t.dep.startswith("nsubj") and 0 <= t.head < len(toks) and (
        t.head == verb or (toks[t.head].lemma or "").lower() in verbs) and _points_back(sent, c)
        for c, t in enumerate(toks))


def _surname(name: str) -> str:
    """A name's last word, cut to a stem that Russian case endings leave alone."""
    words = name.split()
    return words[-1].lower()[:5] if words else ""


def retold_speech(doc: AnalyzedDoc, sent: Sentence, verb: int, events: list[Event]) -> bool:
    """A statement whose speaker is only a pronoun ("«…», — сказал он", "he added", "по его словам")
    for the person named last, when the report has already told an announcement of that person:
    it goes on with what that speaker was reported to say, and is no statement of its own."""
    if not _by_pronoun(sent, doc.text, verb):
        return False
    people = [m for m in doc.mentions if m.label == "Person" and m.end <= sent.start]
    if not people:
        return False
    said_by = _surname(max(people, key=lambda m: m.start).text)
    return len(said_by) >= 3 and any(e.type == "announcement" and any(_surname(p) == said_by for p in e.participants)
                                     for e in events[-WINDOW:])


#: words of a body's name: two bodies ending alike ("Foreign Ministry", "Defence Ministry") are apart
_BODY_WORDS = frozenset({"ministry", "office", "service", "department", "council", "committee", "agency", "government",
                         "forces", "command", "staff", "house", "министерство", "служба", "ведомство", "совет",
                         "комитет", "правительство", "штаб", "мид", "минобороны", "силы"})


def _person_like(name: str) -> bool:
    """One to three capitalised words, none of them a body's word: a person's name."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in _BODY_WORDS for w in words)


def _same_person(x: str, y: str) -> bool:
    """Two spellings of one person's name: the same surname stem, at least one of them in full."""
    return (x != y and _person_like(x) and _person_like(y) and max(len(x.split()), len(y.split())) >= 2
            and len(_surname(x)) >= 5 and _surname(x) == _surname(y))


def _times_agree(a: Event, b: Event) -> bool:
    return not (a.time and b.time) or (a.time.start, a.time.end) == (b.time.start, b.time.end)


def share_a_party(a: list[str], b: list[str], kind: str = "meeting") -> bool:
    """Whether two lists of names share one, by the whole name or by its last word ("Олег Озеров" and
    "Озерова", "Министерство иностранных дел Молдовы" and "МИД Молдовы"). The speakers of
    statements (``kind`` "announcement") must be the same name: two offices of one state speak apart."""
    if set(a) & set(b):
        return True
    if kind == "announcement":  # one person named in two spellings ("Инга Ругиниене", "Ругинене")
        return any(_same_person(x, y) for x in a for y in b)
    ends = {k for k in map(_surname, a) if len(k) >= 4}
    if any(_surname(n) in ends for n in b):
        return True
    words = [frozenset(n.lower().split()) for n in a]  # "МИД" and "МИД Молдавии"
    return any(w and v and (w <= v or v <= w) for w in words for v in (frozenset(n.lower().split()) for n in b))


def _parties_agree(a: Event, b: Event) -> bool:
    if a.type in _LOOSE or not a.participants or not b.participants:
        return True
    return share_a_party(a.participants, b.participants, a.type)


def merge_retold(events: list[Event], dated: frozenset[int], text: str | None = None,
                 ahead: frozenset[int] = frozenset()) -> list[Event]:
    """Merge each event whose own sentence names no date (``dated`` holds the ``id()`` of the
    events whose sentence does) into the latest earlier event of its type whose time and parties
    agree; the first report stays the evidence (unless it is a headline and the retelling is
    prose, given the document's ``text``) and takes the time and place it lacked.

    An event told as still to come on a named day (``ahead``: "the ambassador will be summoned
    tomorrow") after an event of its type and parties told without a day of its own ("the ministry
    summoned the ambassador") sets the day of that event."""
    out: list[Event] = []
    for e in events:
        if id(e) in ahead:
            target = next((o for o in reversed(out[-WINDOW:]) if o.type == e.type and id(o) not in dated
                           and _parties_agree(o, e)), None)
            if target is not None:
                target.time = e.time or target.time
                target.place = target.place or e.place
                target.participants += [p for p in e.participants if p not in target.participants]
                continue
        if id(e) not in dated:
            target = next((o for o in reversed(out[-WINDOW:]) if o.type == e.type and _times_agree(o, e)
                           and _parties_agree(o, e)), None)
            if target is not None:
                if text is not None and is_headline(text, target.start, target.end) and not is_headline(
                        text, e.start, e.end):
                    target.start, target.end, target.id = e.start, e.end, e.id
                target.time = target.time or e.time
                target.place = target.place or e.place
                continue
        out.append(e)
    return out


__all__ = ["merge_retold", "retold_speech", "share_a_party"]
