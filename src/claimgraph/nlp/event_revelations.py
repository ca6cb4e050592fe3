"""Revelations: a news organisation or investigators make something public from evidence they hold.

Much of the reporting on supply chains and secret plants is the publication of a finding: "documents
seen by the agency show", "satellite images reveal the plant's expansion", "the newspaper
uncovered new details". The finding itself often has no event word ("engines are shipped as
refrigerators"), but its publication is the event the report is about (type ``other``, the outlet
among its parties). It is read from the parse:

- an evidence noun (documents, records, images, imagery, footage, an investigation, a leak)
  attached to a verb of disclosure (show, reveal, indicate, cite, review, see, obtain, refer to), as
  its subject or its object, or describing it ("documents seen by the agency");
- or a verb of uncovering (uncover, reveal, expose) whose subject names an organisation;

and an organisation (the outlet, the investigators) is named in the sentence: evidence that speaks
with nobody to make it public ("satellite images show new halls") is the content of a report, not
its event. Like a statement, a revelation is dated by the report's day.

A sentence with any other event word is told by that word instead; later revelations in the same
report merge into the first (:mod:`claimgraph.nlp.event_retold`).
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: nouns of the evidence a finding rests on
EVIDENCE = frozenset({"document", "documents", "record", "records", "image", "images", "imagery", "footage",
                      "investigation", "leak", "документ", "документы", "снимок", "снимки", "расследование",
                      "утечка", "фотография"})
#: verbs that make evidence speak
DISCLOSE = frozenset({"show", "reveal", "indicate", "cite", "review", "see", "obtain", "refer", "uncover", "expose",
                      "показать", "показывать", "свидетельствовать", "раскрыть", "выяснить", "изучить",
                      "получить", "ознакомиться", "ссылаться", "сослаться"})
#: verbs of uncovering, which need no evidence noun when an organisation does it
UNCOVER = frozenset({"uncover", "reveal", "expose", "раскрыть", "выяснить"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def revelation(sent: Sentence, organisations: frozenset[int] = frozenset()) -> int | None:
    """The disclosure verb of a revelation in the sentence, or None; ``organisations`` are the
    token indexes inside organisation names."""
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if tok.pos != "VERB" or _lemma(sent, i) not in DISCLOSE:
            continue
        h = tok.head
        if 0 <= h < len(toks) and h != i and _lemma(sent, h) in EVIDENCE and tok.dep.startswith("acl"):
            return i  # "documents seen by the agency"
        for c, t in enumerate(toks):
            if t.head != i or c == i:
                continue
            if _lemma(sent, c) in EVIDENCE and t.dep.split(":")[0] in ("nsubj", "obj", "obl"):
                return i  # "satellite images reveal", "citing documents", "refers to satellite images"
            if (_lemma(sent, i) in UNCOVER and t.dep.startswith("nsubj") and t.dep != "nsubj:pass"
                    and c in organisations):
                return i  # "the newspaper uncovered new details"
    return None


__all__ = ["DISCLOSE", "EVIDENCE", "UNCOVER", "revelation"]
