"""Acts told by a speaker: "X said the system arrived and was put on combat duty" is X's announcement.

A deployment, a strike or a launch that a sentence tells only inside what someone said ("Lukashenko
said the system has been put on combat duty", "the minister confirmed on Thursday that the
missiles were fired", "“It is going on combat duty,” he said") is known to the report through
that statement: the event the sentence reports is the speaker's announcement, with the speaker as
its participant and the day of the saying as its time. The act itself counts where a sentence
tells it as such ("The system was put on combat duty on 17 December").

The other way round, an act told first and sourced after by a plain announcing verb ("A warehouse
was destroyed in the zone, the agency announced") is the act.

Read over the English dependency parse; Russian reports mark a quoted act in the same way less
reliably, so they keep the act.
"""
from __future__ import annotations

from claimgraph.model import Event, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.lexicon import EVENT_TRIGGERS, SPEECH_VERBS, STATEMENT_SETTINGS

#: the speakers whose statement makes an announcement
_SPEAKERS = frozenset({"Person", "PublicBody", "Organization", "Country"})
#: relations by which a reporting verb governs what was said
_SAID = frozenset({"ccomp", "parataxis", "xcomp"})
#: speech verbs that voice an opinion or a wish, not a statement of fact; and verbs of revealing,
#: whose act is the news itself ("the FBI revealed that eleven people were charged")
_NOT_STATING = frozenset({"call", "suggest", "promise", "pledge", "warn", "argue", "believe", "estimate", "deny",
                          "reject", "refute", "dismiss", "accuse", "reveal", "disclose"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def saying_verb(sent: Sentence, i: int) -> int | None:
    """The reporting verb whose statement holds token ``i`` ("said [the system arrived]"), if any."""
    toks = sent.tokens
    verbs = SPEECH_VERBS["en"] - _NOT_STATING
    k = i
    for h in tree.ancestors(toks, i, 6):
        if toks[k].dep.split(":")[0] in _SAID and toks[h].pos == "VERB" and _lemma(sent, h) in verbs:
            return h
        k = h
    return None


def _speaker(doc: AnalyzedDoc, sent: Sentence, verb: int) -> list[str] | None:
    """The names of the verb's subject; [] for a pronoun; None when the subject is no speaker."""
    toks = sent.tokens
    for c, t in enumerate(toks):
        if t.head != verb or not t.dep.startswith("nsubj") or t.dep.startswith("nsubj:pass"):
            continue
        if t.pos == "PRON":
            return []
        span = {k for k in range(len(toks)) if c in tree.path_to_root(toks, k)[:4]}
        names = [m.text for m in doc.mentions if m.label in _SPEAKERS and any(
            toks[k].start <= m.start < toks[k].end + 1 for k in span)]
        return names or None
    return None


def _surnames(names: list[str]) -> set[str]:
    """The last words of names: "Lukashenko" and "Alexander Lukashenko" are one speaker."""
    return {n.split()[-1].lower() for n in names if n.split()}


def _last_person(doc: AnalyzedDoc, before: int) -> list[str]:
    """The person named last before an offset: who "he said" refers to."""
    people = [m for m in doc.mentions if m.label == "Person" and m.end <= before]
    return [max(people, key=lambda m: m.start).text] if people else []


def _day_of(doc: AnalyzedDoc, sent: Sentence, verb: int) -> TimeRef | None:
    """A date hanging on the reporting verb ("confirmed on Thursday", "on Thursday, December 18")."""
    toks = sent.tokens
    for d in doc.dates:
        if not sent.start <= d.start < sent.end or not d.time.start:
            continue
        inside = [i for i, t in enumerate(toks) if d.start <= t.start < d.end]
        # "on Thursday, December 18": the full date stands in apposition to the weekday
        heads = {toks[i].head for i in inside} | {toks[toks[i].head].head for i in inside
                                                  if toks[i].dep == "appos" and 0 <= toks[i].head < len(toks)}
        if verb in heads:
            return d.time
    return None


def _dated(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """An act whose own clause names its day ("was placed on combat duty on December 17"): told as
    a fact of that day, whoever said it."""
    toks = sent.tokens
    clause = {i, toks[i].head} if toks[i].pos == "NOUN" else {i}
    return any(_day_of(doc, sent, k) is not None for k in clause if 0 <= k < len(toks))


def _told_first(doc: AnalyzedDoc, sent: Sentence, i: int, verb: int) -> bool:
    """An act told before its unquoted attribution ("A plant was attacked by drones, said X"): the
    report of the act, sourced."""
    toks = sent.tokens
    before = doc.text[sent.start:toks[verb].start]
    return i < verb and not any(q in before for q in "\"“”«»")


def told_acts(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """``events`` with the acts told only inside a statement made the speaker's announcement; one
    announcement a speaker, so a statement the report tells elsewhere ("He made the announcement in
    his address") is not told twice."""
    if not (doc.lang or "").startswith("en"):
        return events
    triggers = {k for k, v in EVENT_TRIGGERS["en"].items() if v == "other"}
    out: list[Event] = []
    for e in events:
        sent = doc.sentence_at(e.start) if e.type == "other" else None
        if sent is None or not sent.tokens or len(sent.tokens) > 400:
            out.append(e)
            continue
        acts = [i for i in range(len(sent.tokens)) if _lemma(sent, i) in triggers]
        said = [saying_verb(sent, i) for i in acts]
        verb = said[0] if said and None not in said else None
        if verb is not None and any(_dated(doc, sent, i) or _told_first(doc, sent, i, verb) for i in acts):
            verb = None
        said_on = _day_of(doc, sent, verb) if verb is not None else None
        if said_on is not None and said_on.precision != "day":
            verb = None  # "said last year that a warehouse was destroyed": the act, recalled
        speaker = _speaker(doc, sent, verb) if verb is not None else None
        if speaker is None:
            out.append(e)
            continue
        names = speaker or _last_person(doc, sent.start)
        if any(o is not e and o.type == "announcement" and (not o.participants or _surnames(o.participants) & _surnames(names))
               for o in [*out, *events]):
            continue  # the speaker's statement, which the report tells elsewhere
        e.type = "announcement"
        e.participants = names
        e.time = _day_of(doc, sent, verb)
        e.id = Event.make_id(doc.document_id, e.start, "announcement")
        out.append(e)
    return out


#: verbs that make a sentence an announcement by themselves ("the ministry announced")
_ANNOUNCING = frozenset({"announce", "report", "confirm"})


def acts_first(doc: AnalyzedDoc, events: list[Event]) -> list[Event]:
    """Announcements whose sentence tells an act first and its source after ("A warehouse was
    destroyed in the zone, the agency announced"): the act is the event, sourced. A statement at
    a public setting ("…, the president said in his address") stays the announcement."""
    if not (doc.lang or "").startswith("en"):
        return events
    acts = {k for k, v in EVENT_TRIGGERS["en"].items() if v == "other"}
    for e in events:
        sent = doc.sentence_at(e.start) if e.type == "announcement" else None
        if sent is None or not sent.tokens or len(sent.tokens) > 400:
            continue
        if any(_lemma(sent, k) in STATEMENT_SETTINGS for k in range(len(sent.tokens))):
            continue
        for i in range(len(sent.tokens)):
            if _lemma(sent, i) not in acts:
                continue
            verb = saying_verb(sent, i)
            if verb is not None and _lemma(sent, verb) in _ANNOUNCING and _told_first(doc, sent, i, verb):
                e.type = "other"
                e.id = Event.make_id(doc.document_id, e.start, "other")
                break
    return events


#: what a government announces when it announces sanctions without the word
_MEASURES = frozenset({"action", "measure", "package", "restriction", "penalty", "мера", "ограничение"})
#: words that aim such measures at someone
_AIMED = ("against", "target", "on russia", "on iran", "on belarus", "против", "в отношении")


def announces_measures(sent: Sentence, i: int) -> bool:
    """An announcing verb whose object is an action or measures aimed at someone ("announced the
    largest-ever action targeting Russia's supplies", "объявил о новых мерах против"): sanctions."""
    toks = sent.tokens
    if toks[i].pos != "VERB":
        return False
    for c, t in enumerate(toks):
        if t.head != i or t.dep.split(":")[0] not in ("obj", "obl") or _lemma(sent, c) not in _MEASURES:
            continue
        tail = " ".join(x.text.lower() for x in toks[c:c + 12])
        if any(word in tail for word in _AIMED):
            return True
    return False


__all__ = ["acts_first", "announces_measures", "saying_verb", "told_acts"]
