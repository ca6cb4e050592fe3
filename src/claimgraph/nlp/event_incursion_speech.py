"""Statements about an incursion: what a government, a ministry or an alliance says of it is an event.

An airspace incursion is news told largely through what the sides say of it: the state whose
airspace was entered reports and condemns it ("the defence ministry said a drone entered national
airspace", "Генштаб заявил, что самолёты зашли в страну"), the other side denies it ("the ministry
denied that its jets violated Estonian airspace", "посол отклонил протест в связи с нарушением
воздушных границ"), allies comment ("NATO also said the jets had entered Estonian territory").
Each such statement, a finite verb of saying, denying or condemning whose speaker is named (a
person, a body, a state) in a sentence that tells an incursion (:func:`claimgraph.nlp.
event_incursions.incursion`), is the speaker's ``announcement``:

- dated by the day the text gives the saying ("denied Saturday"), else by the report's day; a
  statement told as background ("earlier", "ранее", "previously") without a day is undated;
- one statement a speaker and day: a sentence whose speaker already has an announcement of that
  day adds none.
"""
from __future__ import annotations

import re

from claimgraph.model import Event, TimeRef
from claimgraph.nlp.claims import full_name
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_cues import asks, day_of_statement, is_headline
from claimgraph.nlp.event_incursions import INCURSION_NOUNS, incursion
from claimgraph.nlp.event_stances import OFFICES, STANCE_VERBS, pronoun_speaker, speakers, stance_day
from claimgraph.nlp.lexicon import SPEECH_VERBS

#: verbs of protesting, condemning and dismissing a protest, beside the saying and stance verbs (an
#: accusation, "accused Russia of violating its airspace", tells the incursion itself)
_PROTESTING = {"en": frozenset({"protest", "condemn", "denounce", "criticize", "criticise"}),
               "ru": frozenset({"отклонить", "протестовать", "осудить", "раскритиковать"})}
#: saying verbs that tell the incursion rather than a statement about it
_TELLING = frozenset({"accuse", "allege", "обвинить", "обвинять"})
#: nouns that, once the report tells an incursion, stand for it or for the protest over it ("called
#: the violation brazen", "rejected the protest", "отклонило протест")
_ABOUT = INCURSION_NOUNS | {"incident", "protest", "инцидент", "протест"}
#: parts of a day: a statement told in one speaks on the day the text just told
_PARTS_OF_DAY = frozenset({"morning", "evening", "night", "afternoon", "утро", "утром", "вечер", "вечером",
                           "ночь", "ночью", "днем", "днём"})
_STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
#: conjunctions of a clause telling what came before or around the news
_BEFORE_NOW = frozenset({"after", "before", "since", "when", "после", "перед", "до", "когда"})
#: adverbs that tell a statement as background
_EARLIER = frozenset({"earlier", "previously", "ранее", "прежде", "раньше"})
#: relations of a verb that makes no statement of its own: it describes a noun or is another's purpose
_NOT_MADE = frozenset({"acl", "amod", "xcomp", "csubj"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def _said(sent: Sentence, i: int, verbs: frozenset[str]) -> bool:
    """A finite verb of saying told as done: not an infinitive, gerund, participle or future."""
    tok = sent.tokens[i]
    if tok.pos != "VERB" or _lemma(sent, i) not in verbs:
        return False
    if tok.dep.split(":")[0] in _NOT_MADE and not (tok.dep == "acl:relcl" and any(
            t.head == i and t.dep == "nsubj" and t.pos in ("NOUN", "PROPN") for t in sent.tokens)):
        return False  # (a relative clause with a subject of its own is a misread main clause: "MOSCOW — X denied")
    if any(f in tok.feats for f in ("VerbForm=Inf", "VerbForm=Ger", "VerbForm=Conv", "Tense=Fut")):
        return False
    if tok.dep.startswith("advcl") and any(t.head == i and t.dep == "mark" and (t.lemma or t.text).lower() in _BEFORE_NOW
                                           for t in sent.tokens):
        return False  # "days after Poland reported downing drones": told as what came before
    return not ("VerbForm=Part" in tok.feats and not any(
        t.head == i and t.dep.startswith("aux") for t in sent.tokens))


def _office(doc: AnalyzedDoc, sent: Sentence, verb: int) -> list[str]:
    """An office that speaks without a name of its own ("the Russian embassy", "Российское
    посольство"): its words as written, the office noun with the adjectives before it."""
    toks = sent.tokens
    subj = next((c for c, t in enumerate(toks) if t.head == verb and t.dep == "nsubj" and _lemma(sent, c) in OFFICES),
                None)
    if subj is None:
        return []
    first = subj
    while first > 0 and toks[first - 1].head == subj and toks[first - 1].dep in ("amod", "compound"):
        first -= 1
    return [doc.text[toks[first].start:toks[subj].end]] if first < subj else []


def _part_of_day(sent: Sentence, i: int) -> bool:
    """A saying told in a part of a day the text does not name ("рассказал утром", "said in the
    morning")."""
    return any(t.head == i and t.dep.split(":")[0] in ("obl", "advmod", "nmod") and (t.lemma or t.text).lower()
               in _PARTS_OF_DAY for t in sent.tokens)


def _day_told_before(doc: AnalyzedDoc, sent: Sentence) -> TimeRef | None:
    """The last single day the two sentences before name (not the page's date line), if any."""
    at = next((k for k, s in enumerate(doc.sentences) if s.start == sent.start), 0)
    for before in reversed(doc.sentences[max(0, at - 2):at]):
        days = [d.time for d in doc.dates if before.start <= d.start < before.end and d.time.start
                and d.time.precision == "day" and d.time.start == d.time.end and not _STAMP.match(d.text or "")
                and (not doc.published or d.time.start <= doc.published)]
        if days:
            return days[-1]
    return None


def _of_that_day(doc: AnalyzedDoc, sent: Sentence, day: TimeRef | None) -> bool:
    """The sentence tells of what happened on the report's own ``day`` ("в ходе ночной атаки", "this
    morning"): a statement made earlier about it was still made that day."""
    return day is not None and any(
        sent.start <= d.start < sent.end and (d.time.start, d.time.end) == (day.start, day.start)
        and not _STAMP.match(d.text or "") for d in doc.dates)


def _earlier(sent: Sentence, i: int) -> bool:
    return any(t.head == i and t.dep.startswith("advmod") and (t.lemma or t.text).lower() in _EARLIER
               for t in sent.tokens)


def _overlap(a: list[str], b: list[str]) -> bool:
    """Whether two lists of names share a speaker, by the beginning of their last words ("Ministry of
    National Defense", "Ministry of National Defence"; "Липаев", "Липаева")."""
    last = {n.split()[-1].lower()[:5] for n in a if n.split()}
    return any(n.split() and n.split()[-1].lower()[:5] in last for n in b)


def add_incursion_statements(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """``events`` with the statements made about the report's incursions added as announcements."""
    lang = (doc.lang or "")[:2]
    if lang not in ("en", "ru"):
        return events
    verbs = (SPEECH_VERBS[lang] | STANCE_VERBS[lang] | _PROTESTING[lang]) - _TELLING
    said = {(e.start, e.end) for e in events if e.type == "announcement"}
    # once the report tells an incursion, "the violation", "the incursion" is that one
    told = any(incursion(doc, s, i) for s in doc.sentences if len(s.tokens) <= 400 for i in range(len(s.tokens)))
    added: list[Event] = []
    for sent in doc.sentences:
        toks = sent.tokens
        if (not toks or len(toks) > 400 or (sent.start, sent.end) in said or asks(doc.text, sent.start, sent.end)
                or is_headline(doc.text, sent.start, sent.end)):
            continue
        if not any(incursion(doc, sent, i) or (told and _lemma(sent, i) in _ABOUT) for i in range(len(toks))):
            continue
        for v in range(len(toks)):
            if not _said(sent, v, verbs):
                continue
            names = ([full_name(m, None) for m in speakers(doc, sent, v)] or pronoun_speaker(doc, sent, v)
                     or _office(doc, sent, v))
            if not names:
                continue
            time: TimeRef | None = stance_day(doc, sent, v)
            own = time is not None
            if time is None and _part_of_day(sent, v):
                time, own = _day_told_before(doc, sent), True  # "рассказал утром": that day's morning
            elif time is None and (not _earlier(sent, v) or _of_that_day(doc, sent, day_of_statement(doc))):
                time = day_of_statement(doc)  # "earlier said that last night…": no earlier than that night
            # the speaker's statement told already: an announcement whose first participant (its
            # speaker, as a sentence names it first) or, of those added here, any is the same
            if any(_overlap(e.participants[:1] if e in events else e.participants, names[:1]) and (
                    not own or e.time is None or (e.time.start, e.time.end) == (time.start, time.end))
                   for e in [*events, *added] if e.type == "announcement"):
                break  # the speaker's statement of that day, told already
            added.append(Event(id=Event.make_id(doc.document_id, sent.start, "announcement"),
                               document_id=doc.document_id, type="announcement", time=time, place=None,
                               participants=list(dict.fromkeys(names)), start=sent.start, end=sent.end))
            break
    return sorted([*events, *added], key=lambda e: e.start) if added else events


__all__ = ["add_incursion_statements"]
