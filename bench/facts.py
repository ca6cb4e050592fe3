"""Fact extraction quality on the domain gold set: dates, quantities, citations, claims, events.

Runs claimgraph's default pipeline on ``bench/data/domain/gold.jsonl`` and, in the same process,
simple baselines that use no dependency parse (spaCy's DATE / CARDINAL / MONEY spans for English
values; keyword co-occurrence for claims, events and citations), and prints precision, recall and
F1 for each, plus how often the matched claims get modality, attribution, value and time right.

    OPENBLAS_NUM_THREADS=1 python bench/facts.py [--gold bench/data/domain/gold.jsonl]

Claims match on (subject, predicate, object) within a document, names compared by the
resolver's name keys and either order for the symmetric ``met_with`` / ``cooperates_with`` (the
gold set's scoring suggestions; the exact-name figure is printed beside it); events on (type,
evidence sentence). Time accuracy counts the matched claims and events whose gold time is not
null (the text allows a date). Claims name things in the document's own script, as the gold
set does.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


SYMMETRIC = frozenset({"met_with", "cooperates_with"})


def claim_key(subject: str | None, predicate: str, obj: str | None, lenient: bool = True) -> tuple[str, str, str]:
    """A claim's identity for scoring: names by the resolver's name key ("Ван Цзюнем" and "Ван
    Цзюнь" meet), symmetric predicates in sorted order; ``lenient=False`` keeps names exact."""
    from claimgraph.resolve.names import name_key

    if lenient:
        s, o = name_key(subject or ""), name_key(obj or "")
    else:
        s, o = (subject or ""), (obj or "")
    if predicate in SYMMETRIC and o < s:
        s, o = o, s
    return s, predicate, o


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, got: set[Any], gold: set[Any]) -> set[Any]:
        both = got & gold
        self.counts["tp"] += len(both)
        self.counts["fp"] += len(got - gold)
        self.counts["fn"] += len(gold - got)
        return both

    def row(self, name: str) -> str:
        p, r, f = prf(self.counts["tp"], self.counts["fp"], self.counts["fn"])
        return f"  {name:<34} P {p:5.2f}  R {r:5.2f}  F1 {f:5.2f}   (tp {self.counts['tp']}, fp {self.counts['fp']}, fn {self.counts['fn']})"


def run_pipeline(docs: list[dict]) -> list[Any]:
    from claimgraph.nlp.doc import AnalyzedDoc
    from claimgraph.nlp.pipeline import default_pipeline

    pipeline = default_pipeline()
    out = []
    for d in docs:
        out.append(pipeline(AnalyzedDoc(d["id"], d["text"], d["lang"], d.get("published"))))
    return out


# --- baselines without a parse ----------------------------------------------------------------

def spacy_values(docs: list[dict]) -> dict[str, dict[str, set[tuple[int, int]]]]:
    """spaCy's own DATE and number spans (English only), mapped to our value labels."""
    from claimgraph.nlp.models import load_spacy
    from claimgraph.settings import Settings

    nlp = load_spacy(Settings.from_env({}).en_model)
    mapping = {"DATE": "Date", "CARDINAL": "Quantity", "QUANTITY": "Quantity", "PERCENT": "Quantity",
               "MONEY": "Money"}
    out: dict[str, dict[str, set[tuple[int, int]]]] = {}
    for d in docs:
        spans: dict[str, set[tuple[int, int]]] = {"Date": set(), "Quantity": set(), "Money": set()}
        if d["lang"] == "en":
            for ent in nlp(d["text"]).ents:
                if ent.label_ in mapping:
                    spans[mapping[ent.label_]].add((ent.start_char, ent.end_char))
        out[d["id"]] = spans
    return out


def keyword_claims(doc: Any) -> set[tuple[str, str, str | None]]:
    """Co-occurrence: the first two entities of a sentence joined by its first predicate word."""
    from claimgraph.nlp.lexicon import PREDICATE_VERBS

    lang = "ru" if (doc.lang or "").startswith("ru") else "en"
    words = PREDICATE_VERBS[lang]
    out = set()
    ents = [m for m in doc.mentions if m.label not in ("Date", "Quantity", "Money")]
    for s in doc.sentences:
        pred = next((words[t.lemma.lower()] for t in s.tokens if t.lemma.lower() in words), None)
        inside = [m for m in ents if s.start <= m.start < s.end]
        if pred and len(inside) >= 2:
            out.add((inside[0].normalized or inside[0].text, pred, inside[1].normalized or inside[1].text))
    return out


def keyword_events(doc: Any) -> set[tuple[str, int]]:
    from claimgraph.nlp.lexicon import EVENT_TRIGGERS

    lang = "ru" if (doc.lang or "").startswith("ru") else "en"
    out = set()
    for s in doc.sentences:
        kind = next((EVENT_TRIGGERS[lang][t.lemma.lower()] for t in s.tokens
                     if t.lemma.lower() in EVENT_TRIGGERS[lang]), None)
        if kind:
            out.add((kind, s.start))
    return out


def keyword_citations(doc: Any) -> set[tuple[str, int]]:
    out = set()
    cue = re.compile(r"report|according|source|сообща|переда|данным|источник", re.IGNORECASE)
    for s in doc.sentences:
        if cue.search(doc.text[s.start:s.end]):
            orgs = [m for m in doc.mentions if s.start <= m.start < s.end and m.label == "Organization"]
            if orgs:
                out.add(((orgs[0].normalized or orgs[0].text), s.start))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "data" / "domain" / "gold.jsonl")
    args = ap.parse_args()
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    began = time.perf_counter()
    analysed = run_pipeline(docs)
    took = time.perf_counter() - began
    chars = sum(len(d["text"]) for d in docs)
    print(f"{len(docs)} documents, {chars} characters, pipeline {took:.1f} s ({chars / took:,.0f} chars/s)")

    values = {k: Tally() for k in ("Date", "Quantity", "Money")}
    base_values = {k: Tally() for k in ("Date", "Quantity", "Money")}
    strict_claims = Tally()
    claims, base_claims, events, base_events, cites, base_cites = (Tally() for _ in range(6))
    detail: Counter[str] = Counter()
    baseline_spans = spacy_values(docs)
    for d, a in zip(docs, analysed):
        for label, tally in values.items():
            gold = {(e["start"], e["end"]) for e in d["entities"] if e["label"] == label}
            got = {(m.start, m.end) for m in a.mentions if m.label == label}
            tally.add(got, gold)
            if d["lang"] == "en":
                base_values[label].add(baseline_spans[d["id"]][label], gold)
        gold_claims = {claim_key(c["subject"], c["predicate"], c["object"]): c for c in d["claims"]}
        got_claims = {claim_key(c.subject, c.predicate, c.object): c for c in a.claims}
        for key in claims.add(set(got_claims), set(gold_claims)):
            g, c = gold_claims[key], got_claims[key]
            detail["matched"] += 1
            detail["modality"] += c.modality == g["modality"]
            detail["attributed_to"] += c.attributed_to == g["attributed_to"]
            detail["value"] += c.value == g["value"]
            gt = (g.get("time") or {}).get("start")
            if gt:
                detail["dated"] += 1
                detail["time"] += (c.time.start if c.time else None) == gt
        strict_claims.add({(c.subject, c.predicate, c.object) for c in a.claims},
                          {(c["subject"], c["predicate"], c["object"]) for c in d["claims"]})
        base_claims.add({claim_key(*k) for k in keyword_claims(a)}, set(gold_claims))
        gold_events = {(e["type"], e["evidence"]["start"]): e for e in d["events"]}
        got_events = {(e.type, e.start): e for e in a.events}
        for key in events.add(set(got_events), set(gold_events)):
            g, e = gold_events[key], got_events[key]
            detail["events"] += 1
            detail["place"] += e.place == g["place"]
            detail["participants"] += set(e.participants) == set(g["participants"])
            gt = (g.get("time") or {}).get("start")
            if gt:
                detail["events dated"] += 1
                detail["event time"] += (e.time.start if e.time else None) == gt
        base_events.add(keyword_events(a), set(gold_events))
        gold_cites = {(c["source"], c["evidence"]["start"]) for c in d["citations"]}
        cites.add({(c.source, c.start) for c in a.citations if c.kind == "attribution"}, gold_cites)
        base_cites.add(keyword_citations(a), gold_cites)

    print("\nvalue spans (exact)              claimgraph | baseline spaCy (English documents only)")
    for label, tally in values.items():
        print(tally.row(label) + "\n" + base_values[label].row(f"  baseline {label}"))
    print("\ncitations (source, sentence)")
    print(cites.row("claimgraph") + "\n" + base_cites.row("baseline keyword + Organization"))
    print("\nclaims (subject, predicate, object)")
    print(claims.row("claimgraph") + "\n" + strict_claims.row("  names exact, ordered pairs") + "\n"
          + base_claims.row("baseline co-occurrence"))
    n = max(1, detail["matched"])
    print(f"  of matched claims: modality {detail['modality'] / n:.2f}, attributed_to "
          f"{detail['attributed_to'] / n:.2f}, value {detail['value'] / n:.2f}, time start {detail['time'] / max(1, detail['dated']):.2f} "
          f"(of {detail['dated']} dated)")
    print("\nevents (type, sentence)")
    print(events.row("claimgraph") + "\n" + base_events.row("baseline first keyword"))
    m = max(1, detail["events"])
    print(f"  of matched events: place {detail['place'] / m:.2f}, participants {detail['participants'] / m:.2f}, time start "
          f"{detail['event time'] / max(1, detail['events dated']):.2f} (of {detail['events dated']} dated)")


if __name__ == "__main__":
    main()
