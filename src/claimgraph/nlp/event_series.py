"""A series of visits told as one event: "с прошлого года эксперты посещали завод более шести раз".

Repeated acts are background as a rule (:mod:`claimgraph.nlp.event_background`): "регулярно
атакуют" names a habit, not an event. A Russian report that counts the visits of some people to a
place and says since when they went ("со второго квартала прошлого года … посещали завод более
полудюжины раз") tells one thing that happened, though: a series of visits over that span, the
event the report is about. English reports tell the same as a finding an outlet made ("experts are
reported to have made repeated trips"), which :mod:`claimgraph.nlp.event_findings` reads.

A visit verb counts as such a series when it is a past indicative verb with a subject, its clause
counts the times ("шесть раз", "более полудюжины раз", "несколько раз") and opens a span with a date
("с прошлого года", "начиная с марта").
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import AnalyzedDoc, Sentence

#: words that count times beside "раз" when the parser does not tag them as numerals
_COUNTS = frozenset({"несколько", "много", "полудюжина", "дюжина", "десяток", "пара"})
#: prepositions opening a span ("с", "со", "начиная с")
_SINCE = frozenset({"с", "со"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def _children(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and c != i]


def _counted(sent: Sentence, verb: int) -> bool:
    """"шесть раз", "более полудюжины раз": a count of times on the verb."""
    toks = sent.tokens
    # the parser may leave "раз" unattached (its own head): it then counts the sentence's verb
    for c in (c for c, t in enumerate(toks) if t.head in (verb, c)):
        if _lemma(sent, c) != "раз" or toks[c].pos != "NOUN":
            continue
        counts = [*_children(sent, c), *([c - 1] if c > 0 else [])]  # the word before, however parsed
        if any(toks[n].pos == "NUM" or _lemma(sent, n) in _COUNTS for n in counts):
            return True
    return False


def _span_start(sent: Sentence, verb: int, dated: frozenset[int]) -> bool:
    """"с прошлого года", "начиная со второго квартала": a dated span the verb (or a clause on it) opens."""
    toks = sent.tokens
    # "начиная с марта": a converb on the verb (or left unattached by the parser)
    near = [verb, *(c for c, t in enumerate(toks) if c != verb and t.dep.split(":")[0] == "advcl"
                    and t.head in (verb, c))]
    for k in near:
        for c in _children(sent, k):
            if c not in dated or toks[c].dep.split(":")[0] not in ("obl", "nmod"):
                continue
            if any(toks[m].dep in ("case", "mark") and _lemma(sent, m) in _SINCE for m in _children(sent, c)):
                return True
    return False


def visit_series(sent: Sentence, i: int, kind: str, dated: frozenset[int]) -> bool:
    """Whether the Russian visit verb at ``i`` tells a counted series of visits over a dated span;
    ``dated`` are the token indexes inside date mentions."""
    toks = sent.tokens
    tok = toks[i]
    if kind != "visit" or tok.pos != "VERB" or tok.text.isascii():
        return False
    if "Mood=Ind" not in tok.feats or "Tense=Past" not in tok.feats:
        return False
    if not any(toks[c].dep.startswith("nsubj") and toks[c].pos in ("NOUN", "PROPN") for c in _children(sent, i)):
        return False
    if tree.ancestors(toks, i, 1) and tok.dep.split(":")[0] not in ("root", "conj", "parataxis"):
        return False  # a visit in a clause that describes something else
    return _counted(sent, i) and _span_start(sent, i, dated)


def dated_tokens(doc: AnalyzedDoc, sent: Sentence) -> frozenset[int]:
    """The token indexes of ``sent`` inside the document's date mentions."""
    spans = [(d.start, d.end) for d in doc.dates if sent.start <= d.start < sent.end]
    return frozenset(i for i, t in enumerate(sent.tokens) if any(a <= t.start < b for a, b in spans))


__all__ = ["dated_tokens", "visit_series"]
