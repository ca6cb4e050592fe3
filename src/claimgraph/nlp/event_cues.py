"""News cues for events: headlines, frames, statements at a public setting, finished acts, scheduled
events and the times they imply. Read by :mod:`claimgraph.nlp.events` over a dependency parse."""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Event, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.datelines import anchor, find_dateline, header_date
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_posts import posted
from claimgraph.nlp.lexicon import FRAME_WORDS, FUTURE_AUX, SPEECH_VERBS, STATEMENT_SETTINGS

DEFINITE = frozenset({"the", "this", "that", "these", "those", "этот", "тот", "данный"})


_SENTENCE_END = (".", "!", "?", "…", '"', "»", "”", ":", ";")


#: the longest first line read as a title of several sentences
_TITLE = 300


def is_headline(text: str, start: int, end: int) -> bool:
    """A line without closing punctuation (a title, a headline) rather than a sentence of the report;
    so is each sentence of a title told in several ("X signed a treaty. Y promised support" as the
    report's first line)."""
    if not text[start:end].rstrip().endswith(_SENTENCE_END):
        return True
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first:last if last >= 0 else len(text)].rstrip()
    return (not text[:first].strip() and last >= 0 and len(line) <= _TITLE
            and not line.endswith(_SENTENCE_END))


def asks(text: str, start: int, end: int) -> bool:
    """A question ("Why will the prime minister meet the president?"), often a link to another
    article: it reports no event."""
    return text[start:end].rstrip().rstrip("\"»”'").endswith("?")


def told_in_text(events: list[Event], text: str) -> list[Event]:
    """Leave out the events only a headline tells when the text tells others: a report's story is
    in its text, and a headline it does not retell is a title's shorthand (after merging, the
    headlines the text retells are already part of the text's events)."""
    if all(is_headline(text, e.start, e.end) for e in events):
        return events
    return [e for e in events if not is_headline(text, e.start, e.end)]


def prefer_prose(text: str, target: Event, event: Event, passing: frozenset[str] = frozenset()) -> None:
    """A report told in the headline (or in passing) and again in full is evidenced by the full one."""
    if weak(text, target, passing) and not weak(text, event, passing):
        target.start, target.end = event.start, event.end
        target.id = event.id


_OPENING = frozenset({"open", "inaugurate", "открыть", "открыться", "начаться", "стартовать"})


def opened(sent: Sentence, i: int, triggers: dict[str, str]) -> str | None:
    """"Открылся форум", "opened the exhibition": the opening of an event is that event."""
    toks = sent.tokens
    if (toks[i].lemma or "").lower() not in _OPENING:
        return None
    for t in toks:
        if t.head == i and t.dep.split(":")[0] in ("nsubj", "obj"):
            kind = triggers.get((t.lemma or t.text).lower())
            if kind is not None and kind != "announcement":
                return kind
    return None


def framed(sent: Sentence, i: int) -> bool:
    """A noun trigger that frames what the sentence reports ("по итогам переговоров", "в ходе визита",
    "following talks") or qualifies another noun ("участники встречи", "video of the attack"): it
    counts only when the sentence reports nothing else, and then as a report in passing."""
    toks = sent.tokens
    if toks[i].pos != "NOUN":
        return False
    h = toks[i].head
    if (0 <= h < len(toks) and h != i and toks[i].dep.split(":")[0] == "nmod" and toks[h].pos == "NOUN"
            and toks[h].dep.startswith("nsubj")):  # "участники встречи подчеркнули"
        return True
    if 0 <= h < len(toks) and h != i and (toks[h].lemma or toks[h].text).lower() in FRAME_WORDS and any(
            t.head == h and t.dep == "case" for t in toks):
        return True
    cases = [c for c, t in enumerate(toks) if t.head == i and t.dep == "case"]
    # "в ходе", "in the course of": a preposition of several words, its frame word marked "fixed"
    return any((toks[c].lemma or toks[c].text).lower() in FRAME_WORDS for c in cases) or any(
        t.head in cases and t.dep == "fixed" and (t.lemma or t.text).lower() in FRAME_WORDS for t in toks)


def statements(sent: Sentence, lang: str) -> list[int]:
    """Reporting verbs said at a public setting ("said at a briefing", "заявил в послании"): such a
    statement is an announcement event; the verbs' tokens."""
    toks = sent.tokens
    if not any((t.lemma or t.text).lower() in STATEMENT_SETTINGS for t in toks) and not in_a_statement(sent):
        # "wrote on Telegram that …", "told state television": words made public through a channel
        return [i for i, t in enumerate(toks) if posted(sent, i) and not t.dep.startswith("acl")]
    verbs = SPEECH_VERBS.get(lang, frozenset())
    return [i for i, t in enumerate(toks) if t.pos == "VERB" and (t.lemma or "").lower() in verbs
            and not t.dep.startswith("acl") and not hedge(sent, i) and not appends(sent, i)]


#: a written statement a body or a person issues: "said in a statement", "говорится в заявлении"
_STATEMENT_NOUNS = frozenset({"statement", "заявление"})
_IN = frozenset({"in", "в"})
_QUOTES = frozenset('"«»“”„')


def in_a_statement(sent: Sentence) -> bool:
    """"said in a statement that …", "в заявлении отмечается, что …": words said in a written statement,
    a public setting like a briefing, and told in the report's own words."""
    toks = sent.tokens
    if any(t.text[:1] in _QUOTES for t in toks):
        return False  # "«…», the ministry said in a statement": words quoted, told for what they say
    return any((t.lemma or t.text).lower() in _STATEMENT_NOUNS and t.dep.split(":")[0] == "obl" and any(
        d.head == k and d.dep == "case" and (d.lemma or d.text).lower() in _IN for d in toks)
        for k, t in enumerate(toks))


#: reporting verbs that also mean putting something somewhere ("added 90 firms to the list")
_PUTTING = frozenset({"add", "добавить"})


def appends(sent: Sentence, i: int) -> bool:
    """"Added" with a thing for object ("the department added 90 firms to its list", "добавил в
    список"): putting something in, not saying something."""
    toks = sent.tokens
    return (toks[i].lemma or "").lower() in _PUTTING and any(
        t.head == i and t.dep == "obj" and t.pos in ("NOUN", "PROPN", "NUM") for t in toks)


def hedge(sent: Sentence, i: int) -> bool:
    """A reporting verb in a free relative clause ("inside what it claims is the largest plant"):
    a hedge on a description, not a statement."""
    return any(t.head == i and t.dep.split(":")[0] in ("obj", "nsubj") and t.text.lower() == "what"
               for t in sent.tokens)


def told_in_clause(sent: Sentence, verb: int, time: TimeRef | None) -> bool:
    """Whether the date ``time`` was read inside a clause the verb governs ("said that … since 17
    December") rather than on the verb itself ("said on 18 December")."""
    if time is None or time.text is None:
        return False
    toks = sent.tokens
    at = next((i for i, t in enumerate(toks) if time.text.split()[0] == t.text), None)
    if at is None:
        return False
    for k in tree.path_to_root(toks, at)[:8]:
        if k == verb:
            return False
        if toks[k].dep.split(":")[0] in ("ccomp", "parataxis", "advcl", "acl", "csubj"):
            return True
    return False


def done(sent: Sentence, i: int) -> bool:
    """A finished act told as such ("подписали", "атаковали"): a perfective or past indicative verb
    with a subject or object in its sentence."""
    tok = sent.tokens[i]
    if tok.pos == "NOUN" and tok.dep.split(":")[0] == "obj" and 0 <= tok.head < len(sent.tokens):
        i, tok = tok.head, sent.tokens[tok.head]  # "соглашения подписали": the verb of the document
    if tok.pos != "VERB" or "Mood=Ind" not in tok.feats or not ("Aspect=Perf" in tok.feats or "Tense=Past" in tok.feats):
        return False
    return any(t.head == i and t.dep.split(":")[0] in ("nsubj", "obj") and t.pos in ("NOUN", "PROPN")
               for t in sent.tokens)


def told_by_them(sent: Sentence, i: int) -> bool:
    """"The scientists toured the centre": a verb whose subject is a definite common noun tells more of
    the people of an event already reported."""
    toks = sent.tokens
    for c, t in enumerate(toks):
        if t.head == i and t.dep.startswith("nsubj") and t.pos == "NOUN" and any(
                d.head == c and d.dep.startswith("det") and (d.lemma or d.text).lower() in DEFINITE for d in toks):
            return True
    return False


def time_of_frame(within: str | None, events: list[Event]) -> TimeRef | None:
    """"В рамках визита состоялась встреча": an undated event inside one told before (of type
    ``within``) takes its time."""
    if within is None:
        return None
    return next((e.time for e in reversed(events) if e.type == within and e.time), None)


def day_of_statement(doc: AnalyzedDoc) -> TimeRef | None:
    """An undated statement at a briefing or in an address ("Об этом заявил на брифинге") was made on
    the day the report was filed: its dateline's, else its publication day, when known to the day."""
    published = doc.published or header_date(doc.text, doc.lang)
    day = anchor(find_dateline(doc.text, doc.lang, published), published)
    if not day or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[:10]):
        return None
    day = day[:10]
    return TimeRef(start=day, end=day, precision="day")


def future(sent: Sentence, i: int) -> bool:
    """A trigger told in the future tense ("посетит", "будет подписан", "проведут встречу", "собирается
    посетить"); the verb of a clause it depends on ("Напомним, что … были атакованы") does not count."""
    toks = sent.tokens
    chain = [i]
    for h in tree.ancestors(toks, i, 2):
        k = chain[-1]
        if not (toks[k].pos == "NOUN" or toks[k].dep.startswith("xcomp")):
            break
        chain.append(h)
    return any("Tense=Fut" in toks[k].feats or any(
        t.head == k and c != k and t.dep.startswith("aux") and ("Tense=Fut" in t.feats or t.text.lower() in FUTURE_AUX or t.text.lower() in ("will", "shall"))
        for c, t in enumerate(toks)) for k in chain)


def scheduled(doc: AnalyzedDoc, sent: Sentence, trigger: int, dates: list, dstarts: list[int]) -> TimeRef | None:
    """The day a future event is set for, named in its sentence ("17 января посетит Москву"); an
    event told in the future without a day is an intention, not an event."""
    lo, hi = bisect.bisect_left(dstarts, sent.start), bisect.bisect_left(dstarts, sent.end)
    days = [d for d in dates[lo:hi] if d.time.start and d.time.start == d.time.end]
    at = sent.tokens[trigger].start
    return min(days, key=lambda d: abs(d.start - at)).time if days else None


def weak(text: str, e: Event, passing: frozenset[str]) -> bool:
    return e.id in passing or is_headline(text, e.start, e.end)


def weak_pair(text: str, a: Event, b: Event, passing: frozenset[str]) -> bool:
    """One of two reports of a type is a headline or told in passing, and their times agree."""
    if a.time and b.time and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    return weak(text, a, passing) or weak(text, b, passing)


__all__ = ["DEFINITE", "appends", "asks", "in_a_statement", "day_of_statement", "done", "framed", "future", "hedge", "is_headline", "opened",
           "prefer_prose", "scheduled", "statements", "time_of_frame", "told_by_them", "told_in_clause",
           "told_in_text", "weak", "weak_pair"]
