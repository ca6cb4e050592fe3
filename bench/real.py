"""Quality on real published reports: entities, claims, events, dates, clusters, disagreements, origins.

The annotated reports of one split of ``bench/data/real`` (checked and compiled by
``bench/real_compile.py``; texts from ``$CLAIMGRAPH_REAL_DOCS``) go through the product as a user
would run it: a JSON Lines file with text, URL, title, outlet, published and language from the
manifest is ingested into a temporary DuckDB workspace, then extract, resolve and triangulate run.
The result is scored against the annotations and printed beside the goal, a baseline built on bare
spaCy (English and Latin-script languages) / Natasha (Cyrillic) NER measured in the same run, and
the same measures on the synthetic domain gold set (``bench/data/domain/gold.jsonl``).

    OPENBLAS_NUM_THREADS=1 python bench/real.py [--split dev|holdout|all] [--events e40,e41] [--dir DIR] [--json] [--show entities|events|claims]

``--show claims`` prints, per report, the claims found that an annotation matches strictly (``+``) or
not (``!``), with their evidence, and the annotated claims missed (``-``), then strict figures per
predicate.
``--show disagreements`` prints each flag the product raises, whether it finds an annotated
disagreement, and the annotated disagreements no flag finds.
``--show entities`` prints, per report, its entity P/R, the annotated mentions missed (``-``) and the
mentions found that no annotation has (``!``), each with the spans it overlaps (``~``), then P/R per
label and per language.
``--show events`` prints, per report, the annotated events found (``+``) and missed (``-``) with
their dates, and the events found that no annotation matches (``!``).

The benchmark refuses to run when the held-out check fails. Reports without annotations, with a
text that differs from the manifest, or whose annotation has errors are skipped and listed.

Measures (every match is one-to-one within a report, the most pairs that fit; a claim the annotation
repeats in one report is matched once per repetition):

- **entities**: typed F1 over exact spans of the entity labels (``Person`` … ``Nationality``), per
  language; values (``Date``, ``Quantity``, ``Money``) apart; the coarse PER/ORG/LOC figure beside.
- **claims strict**: same predicate, subject names match, the object's names match when the gold
  has an object and the value is equal when the gold has a value (either order for the symmetric
  ``met_with`` / ``cooperates_with``).
- **claims lenient**: same predicate and at least one argument matched — the subject, the object or
  the value (either way round for symmetric predicates). This counts a claim whose predicate and
  one participant are right, which is what an analyst can still find and correct.
- **events**: same type and the event's evidence overlaps the gold event's sentence; then, among the
  events left in the report, the same type with times that agree (where both are known) and a
  participant or the place in common: the annotation keeps one event per real-world event per
  report, evidenced by the sentence that tells it best, and the same event found in another of
  the report's sentences is found. The sentence-only figure is printed beside it.
- **event dates**: among matched events whose gold event has a time (the text gives it), the share
  whose start and end equal the gold's.
- **clusters**: purity / inverse purity of the product's event clusters (``document_events``) over
  the reports, against the manifest's events.
- **disagreements**: the product's flags are the disagreements its ledger states and the figures
  its events' reports give differently, each a kind and two sides (the reports behind each side's
  claims or figures), counted once however many rows show them.
  An annotated disagreement is found by a flag of a matching kind (``number`` and ``count`` are one
  family, ``modality`` and ``denial`` another) whose one side holds a report of one annotated side
  and whose other side a report of another annotated side, each by a claim of the sentence the
  annotation anchors in that report (where it anchors one); precision is the share of flags that
  find an annotated disagreement. Two reports that disagree about something else (a modality where
  the annotation is about a number) or two claims the product never set against each other find
  nothing.
- **origins**: for each key claim of ``origins.jsonl``, take the ledger variant of the same
  predicate that most of the listed reports support (names break ties: the reports may be in
  several scripts); the number of distinct origins the product traces for that variant's claims
  in the listed reports must equal the annotated count (the row may also carry the claim as
  other events report it, whose origins the annotation does not count).

Names match leniently: the product's name keys (``claimgraph.resolve.names.name_key``, which
transliterates, folds case and strips Russian case endings), with a plain case-folded fallback;
one name whose key tokens are all in the other's (a surname for a full name) also matches.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import real_compile  # noqa: E402  (a sibling script)
from gold_compile import ENTITY_LABELS, VALUE_LABELS  # noqa: E402
from triangulate import purity  # noqa: E402  (the synthetic benchmark's scorer)

SYMMETRIC = frozenset({"met_with", "cooperates_with"})
CYRILLIC_LANGS = ("ru", "uk", "be", "bg", "sr", "mk")
COARSE = {"Person": "PER", "Organization": "ORG", "Company": "ORG", "PublicBody": "ORG",
          "Country": "LOC", "Location": "LOC", "Facility": "LOC"}
SPACY_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country", "LOC": "Location",
                "FAC": "Facility", "NORP": "Nationality", "PRODUCT": "Product", "DATE": "Date",
                "CARDINAL": "Quantity", "QUANTITY": "Quantity", "PERCENT": "Quantity", "MONEY": "Money"}
NATASHA_LABELS = {"PER": "Person", "ORG": "Organization", "LOC": "Country"}
GOALS = {
    "entities F1": ">= 0.85", "claims strict F1": ">= 0.50 at P >= 0.70", "claims lenient F1": ">= 0.65",
    "events F1": ">= 0.65", "event dates right": ">= 0.85", "cluster purity": ">= 0.90",
    "cluster inverse purity": ">= 0.90", "disagreements flagged": "R >= 0.50 at P >= 0.80",
    "origin counts right": ">= 0.80",
}


# --- names and small scores ---------------------------------------------------------------------

ENDINGS = sorted("""ами ями ого его ому ему ыми ими ый ой ей ом ем ую юю ая яя ое ее ые ие ых их ам ям ах ях
ов ев ью а я у ю ы и е о ь й""".split(), key=len, reverse=True)


def _plain_key(name: str) -> str:
    words = re.findall(r"\w+", name.casefold().replace("ё", "е"))
    out = []
    for word in words:
        for ending in ENDINGS:
            if len(word) > len(ending) + 2 and word.endswith(ending):
                word = word[: -len(ending)]
                break
        out.append(word)
    return " ".join(out)


def _product_key() -> Callable[[str], str] | None:
    try:
        from claimgraph.resolve.names import name_key
    except ImportError:
        return None
    return name_key


PRODUCT_KEY = _product_key()


def _territory() -> Callable[[str], str | None] | None:
    try:
        from claimgraph.nlp.countries import territory_code
    except ImportError:
        return None
    return territory_code


TERRITORY = _territory()


def name_keys(name: str | None) -> list[frozenset[str]]:
    """Token sets of a name under each key (the product's and the plain one)."""
    if not name:
        return []
    keys = [_plain_key(name)]
    if PRODUCT_KEY is not None:
        try:
            keys.append(str(PRODUCT_KEY(name)))
        except Exception:  # noqa: BLE001 - a name the key cannot read still has the plain key
            pass
    return [frozenset(k.split()) for k in keys if k]


def names_match(a: str | None, b: str | None) -> bool:
    """Same country, same name under a key, or every key token of one is among the other's
    (Lukashenko / Alexander Lukashenko)."""
    if not a or not b:
        return False
    if TERRITORY is not None and (code := TERRITORY(a)) is not None and code == TERRITORY(b):
        return True  # "U.S." / "United States", "РФ" / "Россия": one country under any of its names
    for ka, kb in zip(name_keys(a), name_keys(b)):
        if ka and kb and (ka <= kb or kb <= ka):
            return True
    return False


def values_match(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally(Counter):
    """tp / fp / fn counts with precision, recall and F1."""

    def add_sets(self, got: set[Any], gold: set[Any]) -> None:
        self["tp"] += len(got & gold)
        self["fp"] += len(got - gold)
        self["fn"] += len(gold - got)

    def add_matched(self, matched: int, got: int, gold: int) -> None:
        self["tp"] += matched
        self["fp"] += got - matched
        self["fn"] += gold - matched

    def figures(self) -> dict[str, float]:
        p, r, f = prf(self["tp"], self["fp"], self["fn"])
        return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "gold": self["tp"] + self["fn"],
                "found": self["tp"] + self["fp"]}


def one_to_one(gold: list[Any], got: list[Any], fits: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    """The most one-to-one pairs (gold, got) that fit: a maximum bipartite matching (augmenting
    paths), so a gold item that several found items fit never takes the only one another gold item
    fits. Gold items keep their order; each tries the found items in order."""
    fit = [[i for i, p in enumerate(got) if fits(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def place(k: int, seen: set[int]) -> bool:
        for i in fit[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or place(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in range(len(gold)):
        place(k, set())
    return [(gold[k], got[i]) for i, k in sorted(owner.items(), key=lambda kv: kv[1])]


# --- claims and events --------------------------------------------------------------------------

def strict_fit(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["predicate"] != p["predicate"]:
        return False
    orders = [(p["subject"], p["object"])]
    if g["predicate"] in SYMMETRIC:
        orders.append((p["object"], p["subject"]))
    for subject, obj in orders:
        if not names_match(g["subject"], subject):
            continue
        if g.get("object") and not names_match(g["object"], obj):
            continue
        if g.get("value") is not None and not values_match(g["value"], p.get("value")):
            continue
        return True
    return False


def lenient_fit(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["predicate"] != p["predicate"]:
        return False
    if values_match(g.get("value"), p.get("value")):
        return True
    names = [g["subject"], g.get("object")]
    theirs = [p["subject"], p.get("object")]
    if g["predicate"] in SYMMETRIC:
        return any(names_match(a, b) for a in names for b in theirs)
    return names_match(names[0], theirs[0]) or names_match(names[1], theirs[1])


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def event_fit(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return g["type"] == p["type"] and overlaps((g["evidence"]["start"], g["evidence"]["end"]), p["span"])


def same_event_elsewhere(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """The same real-world event told in another sentence of the report: same type, times that agree
    where both are known, and a participant or the place in common."""
    if g["type"] != p["type"]:
        return False
    gt, pt = g.get("time") or {}, p.get("time") or {}
    both = gt.get("start") and pt.get("start")
    if both and (gt.get("start"), gt.get("end")) != (pt.get("start"), pt.get("end")):
        return False
    theirs = [*(p.get("participants") or []), *([p["place"]] if p.get("place") else [])]
    ours = [*(g.get("participants") or []), *([g["place"]] if g.get("place") else [])]
    return any(names_match(a, b) for a in ours for b in theirs)


def event_pairs(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """Events matched one to one: first on type and evidence sentence; then, among those left, the
    same event found in another sentence of the report (:func:`same_event_elsewhere`). The
    annotation keeps one event per real-world event per report, evidenced by the sentence that
    reports it best; a detector that reports that event from another of its sentences has still
    found it, and the second pass stops it counting as one miss and one false event."""
    pairs = one_to_one(gold, got, event_fit)
    gold_left = [g for g in gold if all(g is not a for a, _ in pairs)]
    got_left = [p for p in got if all(p is not b for _, b in pairs)]
    return pairs + one_to_one(gold_left, got_left, same_event_elsewhere)


def time_right(g: dict[str, Any], p: dict[str, Any]) -> bool:
    gt, pt = g.get("time") or {}, p.get("time") or {}
    return bool(pt) and gt.get("start") == pt.get("start") and gt.get("end") == pt.get("end")


# --- what the product (or a baseline) says about one report -------------------------------------

def empty_output() -> dict[str, Any]:
    return {"mentions": [], "claims": [], "events": []}


def groups_of(lang: str) -> tuple[str, ...]:
    """The rows a report counts in: its language, ``en+ru`` (the issue's first figures) and ``all``."""
    return (lang, "en+ru", "all") if lang in ("en", "ru") else (lang, "all")


def score_reports(records: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Entity, claim and event figures of ``outputs`` (report id → mentions, claims, events).

    The headline figures are over all reports; ``by language`` repeats them per language and
    for English and Russian together.
    """
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    coarse, values = Tally(), Tally()
    dated = dated_right = 0
    for r in records:
        out = outputs.get(r["id"], empty_output())
        gold = {(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] in ENTITY_LABELS}
        got = {(m["start"], m["end"], m["label"]) for m in out["mentions"] if m["label"] in ENTITY_LABELS}
        strict = len(one_to_one(r["claims"], out["claims"], strict_fit))
        lenient = len(one_to_one(r["claims"], out["claims"], lenient_fit))
        pairs = event_pairs(r["events"], out["events"])
        same_sentence = len(one_to_one(r["events"], out["events"], event_fit))
        for group in groups_of(r["lang"]):
            row = tallies[group]
            row["entities"].add_sets(got, gold)
            row["claims strict"].add_matched(strict, len(out["claims"]), len(r["claims"]))
            row["claims lenient"].add_matched(lenient, len(out["claims"]), len(r["claims"]))
            row["events"].add_matched(len(pairs), len(out["events"]), len(r["events"]))
            row["events, same sentence"].add_matched(same_sentence, len(out["events"]), len(r["events"]))
        coarse.add_sets({(s, e, COARSE.get(label, label)) for s, e, label in got},
                        {(s, e, COARSE.get(label, label)) for s, e, label in gold})
        values.add_sets({(m["start"], m["end"], m["label"]) for m in out["mentions"] if m["label"] in VALUE_LABELS},
                        {(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] in VALUE_LABELS})
        for g, p in pairs:
            if g.get("time"):
                dated += 1
                dated_right += time_right(g, p)
    every = tallies["all"]
    return {
        "entities": every["entities"].figures(), "entities coarse": coarse.figures(), "values": values.figures(),
        "claims strict": every["claims strict"].figures(), "claims lenient": every["claims lenient"].figures(),
        "events": every["events"].figures(),
        "events, same sentence": every["events, same sentence"].figures(),
        "event dates": {"right": dated_right, "of": dated, "share": round(dated_right / dated, 3) if dated else None},
        "by language": {group: {k: t.figures() for k, t in row.items()} for group, row in sorted(tallies.items())},
    }


def show_events(records: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> None:
    """Per report: the gold events (``+`` found, ``-`` missed) and the extra events found (``!``)."""
    for r in records:
        out = outputs.get(r["id"], empty_output())
        pairs = event_pairs(r["events"], out["events"])
        found = {id(g): p for g, p in pairs}
        matched = {id(p) for _, p in pairs}
        print(f"\n{r['id']} (published {r['published']})")

        def when(t: dict[str, Any] | None) -> str:
            return "-" if not t else t["start"] if t.get("start") == t.get("end") else f"{t.get('start')}..{t.get('end')}"

        def said(start: int, end: int) -> str:
            return " ".join(r["text"][start:end].split())[:110]

        for g in r["events"]:
            p = found.get(id(g))
            mark = "+" if p else "-"
            date = when(g.get("time")) + (f" (got {when(p.get('time'))})" if p and g.get("time") else "")
            print(f"  {mark} {g['type']:<12} {date:<28} {said(g['evidence']['start'], g['evidence']['end'])}")
        for p in out["events"]:
            if id(p) not in matched:
                print(f"  ! {p['type']:<12} {when(p.get('time')):<28} {said(*p['span'])}")


def show_claims(records: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> None:
    """Per report: claims found, matched (``+``) or not (``!``), with their sentence, and gold claims
    missed (``-``); then strict figures per predicate over all reports."""
    per: dict[str, Tally] = defaultdict(Tally)
    for r in records:
        out = outputs.get(r["id"], empty_output())
        pairs = one_to_one(r["claims"], out["claims"], strict_fit)
        matched, found = {id(p) for _, p in pairs}, {id(g) for g, _ in pairs}
        for pred in {c["predicate"] for c in r["claims"]} | {c["predicate"] for c in out["claims"]}:
            per[pred].add_matched(sum(1 for g, _ in pairs if g["predicate"] == pred),
                                  sum(1 for c in out["claims"] if c["predicate"] == pred),
                                  sum(1 for c in r["claims"] if c["predicate"] == pred))
        print(f"\n{r['id']} ({r['lang']}, {r['outlet']})")
        text = r["text"]
        for p in out["claims"]:
            start, end = p["span"]
            said = " ".join(text[max(0, start):end].split())[:160]
            mark = "+" if id(p) in matched else "!"
            print(f"  {mark} {p['predicate']}({p['subject']}, {p['object'] or p['value']}) [{p['modality']}] {said}")
        for g in r["claims"]:
            if id(g) not in found:
                print(f"  - {g['predicate']}({g['subject']}, {g.get('object') or g.get('value')})")
    print("\nclaims strict per predicate: F1 (P / R) got / gold")
    for pred, t in sorted(per.items()):
        f = t.figures()
        print(f"  {pred:<18} {f['F1']:.2f} ({f['P']:.2f}/{f['R']:.2f}) {f['found']} / {f['gold']}")


def show_entities(records: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> None:
    """Per report: its entity P/R, the gold mentions missed (``-``) and the mentions found that the
    annotation lacks (``!``), each with the gold or found span it overlaps; then P/R per label and
    per language over all reports."""
    per_label: dict[str, Tally] = defaultdict(Tally)
    per_lang: dict[str, Tally] = defaultdict(Tally)
    for r in records:
        out = outputs.get(r["id"], empty_output())
        gold = {(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] in ENTITY_LABELS}
        got = {(m["start"], m["end"], m["label"]) for m in out["mentions"] if m["label"] in ENTITY_LABELS}
        for label in {x[2] for x in gold | got}:
            per_label[label].add_sets({x for x in got if x[2] == label}, {x for x in gold if x[2] == label})
        per_lang[r["lang"]].add_sets(got, gold)
        mine = Tally()
        mine.add_sets(got, gold)
        f = mine.figures()
        text = r["text"]

        def said(start: int, end: int) -> str:
            return " ".join(text[start:end].split())

        def beside(span: tuple[int, int, str], others: set[tuple[int, int, str]]) -> str:
            near = [o for o in sorted(others) if o[0] < span[1] and span[0] < o[1]]
            return "".join(f"  ~ {said(o[0], o[1])} {o[2]}" for o in near[:3])

        print(f"\n{r['id']} ({r['lang']}, {r['outlet']}) entities P {f['P']:.2f} R {f['R']:.2f}")
        for span in sorted(gold - got):
            print(f"  - {span[2]:<12} {said(span[0], span[1])}{beside(span, got - gold)}")
        for span in sorted(got - gold):
            print(f"  ! {span[2]:<12} {said(span[0], span[1])}{beside(span, gold - got)}")
    print("\nentities per label: F1 (P / R) found / gold")
    for label, t in sorted(per_label.items()):
        f = t.figures()
        print(f"  {label:<14} {f['F1']:.3f} ({f['P']:.3f}/{f['R']:.3f}) {f['found']} / {f['gold']}")
    print("entities per language: F1 (P / R) found / gold")
    for lang, t in sorted(per_lang.items()):
        f = t.figures()
        print(f"  {lang:<14} {f['F1']:.3f} ({f['P']:.3f}/{f['R']:.3f}) {f['found']} / {f['gold']}")


# --- the product run ----------------------------------------------------------------------------

def run_product(records: list[dict[str, Any]], say: Callable[[str], None]) -> dict[str, Any]:
    """Ingest, extract, resolve and triangulate the reports in a temporary workspace; read it back."""
    from claimgraph.ingest.run import ingest_paths
    from claimgraph.nlp.extract import extract_workspace
    from claimgraph.settings import Settings
    from claimgraph.triangulate import triangulate_workspace
    from claimgraph.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="claimgraph-real-"))
    feed = folder / "reports.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"text": r["text"], "url": r["url"], "title": r.get("title"), "outlet": r["outlet"],
                                 "published": r["published"], "lang": r["lang"]}, ensure_ascii=False) + "\n")
    ws = Workspace.open(Settings.from_env({}, workspace=str(folder / "ws.duckdb")), create=True)
    timings: dict[str, float] = {}

    def stage(name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        began = time.perf_counter()
        fn(*args, **kwargs)
        timings[name] = round(time.perf_counter() - began, 1)
        say(f"  {name}: {timings[name]} s")

    stage("ingest", ingest_paths, ws, [str(feed)])
    stage("extract", extract_workspace, ws, workers=1)
    store = ws.store
    events = store.query("SELECT id, document_id, type, time_start, time_end, start_char, end_char, place, "
                         "participants FROM events")
    try:
        from claimgraph.resolve import resolve_workspace
        stage("resolve", resolve_workspace, ws)
    except ImportError as exc:
        say(f"  resolve: not installed ({exc})")
    stage("triangulate", triangulate_workspace, ws)

    doc_of_url = {row["url"]: row["document_id"] for row in store.query("SELECT document_id, url FROM sightings")}
    texts = {row["id"]: row["text"] for row in store.query("SELECT id, text FROM documents")}
    per_doc: dict[str, dict[str, Any]] = defaultdict(empty_output)
    for m in store.query("SELECT document_id, start_char, end_char, label, text FROM mentions"):
        per_doc[m["document_id"]]["mentions"].append({"start": m["start_char"], "end": m["end_char"],
                                                      "label": m["label"], "text": m["text"]})
    claims_by_id: dict[str, dict[str, Any]] = {}
    for c in store.query("SELECT id, document_id, subject, predicate, object, value, modality, time_start, "
                         "time_end, start_char, end_char FROM claims"):
        claim = {"id": c["id"], "document_id": c["document_id"], "subject": c["subject"],
                 "predicate": c["predicate"], "object": c["object"], "value": c["value"],
                 "modality": c["modality"], "span": (c["start_char"] or 0, c["end_char"] or 0)}
        claims_by_id[c["id"]] = claim
        per_doc[c["document_id"]]["claims"].append(claim)
    for e in events:
        per_doc[e["document_id"]]["events"].append({
            "type": e["type"], "span": (e["start_char"] or 0, e["end_char"] or 0),
            "time": {"start": e["time_start"], "end": e["time_end"]} if e["time_start"] else None,
            "place": e["place"], "participants": _name_list(e["participants"])})
    cluster_of = {row["document_id"]: row["cluster_id"] or row["event_id"]
                  for row in store.query("SELECT document_id, event_id, cluster_id FROM document_events")}
    ledger = store.query("SELECT claim_id, variant_id, topic, contested, origins, disagreements FROM claim_ledger")
    try:
        event_disagreements = [d for row in store.query("SELECT disagreements FROM event_clusters")
                               for d in json.loads(row["disagreements"] or "[]")]
    except Exception:  # noqa: BLE001 - a workspace of an older schema keeps no event disagreements
        event_disagreements = []

    outputs: dict[str, dict[str, Any]] = {}
    doc_of_report: dict[str, str] = {}
    shifts: dict[str, int] = {}
    unaligned: list[str] = []
    for r in records:
        doc = doc_of_url.get(r["url"])
        if doc is None:
            unaligned.append(r["id"])
            continue
        doc_of_report[r["id"]] = doc
        shift = r["text"].find(texts.get(doc, "\0"))
        if shift < 0:
            unaligned.append(r["id"])
            continue
        shifts[r["id"]] = shift
        out = per_doc.get(doc, empty_output())
        outputs[r["id"]] = {
            "mentions": [{**m, "start": m["start"] + shift, "end": m["end"] + shift} for m in out["mentions"]],
            "claims": [{**c, "span": (c["span"][0] + shift, c["span"][1] + shift)} for c in out["claims"]],
            "events": [{**e, "span": (e["span"][0] + shift, e["span"][1] + shift)} for e in out["events"]],
        }
    return {"outputs": outputs, "doc_of_report": doc_of_report, "shift": shifts, "cluster_of": cluster_of, "ledger": ledger,
            "event_disagreements": event_disagreements,
            "claims": claims_by_id, "origin_keys": claim_origin_keys(store, cluster_of),
            "unaligned": unaligned, "timings": timings}


def _name_list(stored: Any) -> list[str]:
    """Participants as the store keeps them (a JSON list), as a list of names."""
    if isinstance(stored, list):
        return [str(x) for x in stored]
    try:
        names = json.loads(stored or "[]")
    except (TypeError, ValueError):
        return []
    return [str(x) for x in names] if isinstance(names, list) else []


def claim_origin_keys(store: Any, cluster_of: dict[str, str]) -> dict[str, list[str]]:
    """Claim id -> the keys of the independent origins the product traces for it."""
    from claimgraph.triangulate.inputs import load_inputs

    with store.session():
        inputs = load_inputs(store)
    inputs.event_of = dict(cluster_of)
    graph = inputs.graph()
    return {c.id: [o.key for o in graph.claim_origins(c)] for c in inputs.claims}


# --- the bare-NER baseline ----------------------------------------------------------------------

def baseline_outputs(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Bare NER spans; claims and events by keywords over them, one per sentence (no parse)."""
    from claimgraph.nlp.lexicon import EVENT_TRIGGERS, PREDICATE_VERBS

    spans: dict[str, list[dict[str, Any]]] = {}
    cyrillic = [r for r in records if r["lang"] in CYRILLIC_LANGS]
    latin = [r for r in records if r["lang"] not in CYRILLIC_LANGS]
    if latin:
        from claimgraph.nlp.models import load_spacy
        from claimgraph.settings import Settings

        nlp = load_spacy(Settings.from_env({}).en_model)
        for r, doc in zip(latin, nlp.pipe(r["text"] for r in latin)):
            spans[r["id"]] = [{"start": e.start_char, "end": e.end_char, "label": SPACY_LABELS[e.label_],
                               "text": e.text} for e in doc.ents if e.label_ in SPACY_LABELS]
    if cyrillic:
        from natasha import Doc

        from claimgraph.nlp.models import load_natasha

        models = load_natasha()
        for r in cyrillic:
            doc = Doc(r["text"])
            doc.segment(models.segmenter)
            doc.tag_ner(models.ner_tagger)
            spans[r["id"]] = [{"start": s.start, "end": s.stop, "label": NATASHA_LABELS[s.type],
                               "text": r["text"][s.start:s.stop]} for s in doc.spans if s.type in NATASHA_LABELS]

    def cue_table(table: dict[str, dict[str, str]], lang: str) -> list[tuple[str, str]]:
        words = table["ru" if lang in CYRILLIC_LANGS else "en"]
        return [(w[:max(4, len(w) - 2)].lower(), kind) for w, kind in words.items()]

    outputs = {}
    for r in records:
        mentions = spans.get(r["id"], [])
        named = [m for m in mentions if m["label"] in ENTITY_LABELS]
        claim_cues = cue_table(PREDICATE_VERBS, r["lang"])
        event_cues = cue_table(EVENT_TRIGGERS, r["lang"])
        claims, events = [], []
        for s in real_compile.sentences_of(r["text"]):
            words = re.findall(r"\w+", r["text"][s.start:s.end].lower())
            inside = [m for m in named if s.start <= m["start"] < s.end]
            predicate = next((kind for w in words for cue, kind in claim_cues if w.startswith(cue)), None)
            if predicate and len(inside) >= 2:
                claims.append({"subject": inside[0]["text"], "predicate": predicate, "object": inside[1]["text"],
                               "value": None})
            kind = next((kind for w in words for cue, kind in event_cues if w.startswith(cue)), None)
            if kind:
                events.append({"type": kind, "span": (s.start, s.end),
                               "time": {"start": r["published"], "end": r["published"]} if r["published"] else None})
        outputs[r["id"]] = {"mentions": mentions, "claims": claims, "events": events}
    return outputs


# --- clusters, disagreements, origins -----------------------------------------------------------

#: Kinds an annotated disagreement may be found under: a count is a number, a denial a modality.
KIND_FAMILY = {"number": "number", "count": "number", "date": "date", "modality": "modality",
               "denial": "modality", "actor": "actor"}


def flagged_disagreements(product: dict[str, Any], reports_of_doc: dict[str, set[str]]) -> list[dict[str, Any]]:
    """The disagreements the ledger states, once each: kind, and for each side the reports behind it
    with the spans (in the report's text) of the claims that make it."""
    members: dict[str, list[str]] = defaultdict(list)
    for row in product["ledger"]:
        members[row["variant_id"]].append(row["claim_id"])
    shift = product.get("shift", {})
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in product["ledger"]:
        for d in json.loads(row.get("disagreements") or "[]"):
            sides = []
            for side in d.get("sides") or []:
                spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
                for doc in side.get("documents") or []:
                    for report in reports_of_doc.get(doc, ()):
                        spans[report]  # a report on this side even where no claim span is known
                for variant in side.get("variants") or []:
                    for cid in members.get(variant, []):
                        claim = product["claims"].get(cid)
                        for report in reports_of_doc.get(claim["document_id"], ()) if claim else ():
                            start, end = claim["span"]
                            spans[report].append((start + shift.get(report, 0), end + shift.get(report, 0)))
                sides.append(dict(spans))
            if len(sides) < 2:
                continue
            key = (d["kind"], frozenset(frozenset(side) for side in sides))
            seen.setdefault(key, {"kind": d["kind"], "about": d.get("about"), "sides": sides})
    for d in product.get("event_disagreements", []):  # figures an event's reports give differently
        sides = []
        for side in d.get("sides") or []:
            spans = defaultdict(list)
            for doc, start, end in side.get("sentences") or []:
                for report in reports_of_doc.get(doc, ()):
                    spans[report].append((start + shift.get(report, 0), end + shift.get(report, 0)))
            sides.append(dict(spans))
        if len(sides) >= 2:
            key = (d["kind"], frozenset(frozenset(side) for side in sides))
            seen.setdefault(key, {"kind": d["kind"], "about": d.get("about"), "sides": sides})
    return list(seen.values())


def baseline_flags(product: dict[str, Any], reports_of_doc: dict[str, set[str]]) -> list[dict[str, Any]]:
    """Any subject and predicate with two values (a number flag) or two modalities (a modality flag)
    among the extracted claims; each side's reports with the spans of its claims."""
    groups: dict[tuple[str, str], dict[tuple[Any, Any], dict[str, list[tuple[int, int]]]]] = \
        defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    shift = product.get("shift", {})
    for claim in product["claims"].values():
        key = (" ".join(sorted(name_keys(claim["subject"])[-1])) if claim["subject"] else "", claim["predicate"])
        for report in reports_of_doc.get(claim["document_id"], set()):
            start, end = claim["span"]
            groups[key][(claim["value"], claim["modality"])][report].append(
                (start + shift.get(report, 0), end + shift.get(report, 0)))
    out = []
    for variants in groups.values():
        items = list(variants.items())
        for i, ((va, _), ra) in enumerate(items):
            for (vb, _), rb in items[i + 1:]:
                out.append({"kind": "number" if va != vb else "modality", "sides": [dict(ra), dict(rb)]})
    return out


def anchor_spans(disagreements: list[dict[str, Any]], texts: dict[str, str]) -> None:
    """Give each annotated side the span of its anchor in each report (``spans``: report -> (start, end))."""
    for d in disagreements:
        for side in d["sides"]:
            side["spans"] = {}
            for report, anchor in (side.get("at") or {}).items():
                at = texts.get(report, "").find(anchor)
                if at >= 0:
                    side["spans"][report] = (at, at + len(anchor))


def _stands_on(flag_side: dict[str, list[tuple[int, int]]], side: dict[str, Any]) -> bool:
    """Whether a flag's side holds a report of an annotated side, by a claim of the anchored sentence
    where the annotation anchors that report."""
    for report in set(flag_side) & set(side["docs"]):
        anchor = (side.get("spans") or {}).get(report)
        if anchor is None or any(overlaps(anchor, span) for span in flag_side[report]):
            return True
    return False


def flags(disagreement: dict[str, Any], flag: dict[str, Any]) -> bool:
    """Whether a flag of a matching kind sets a report of one annotated side against a report of
    another, by claims of the sentences the annotation anchors."""
    if KIND_FAMILY.get(flag["kind"]) != KIND_FAMILY.get(disagreement["kind"]):
        return False
    a, b = flag["sides"][0], flag["sides"][1]
    sides = disagreement["sides"]
    for x, side_x in enumerate(sides):
        for side_y in sides[x + 1:]:
            if (_stands_on(a, side_x) and _stands_on(b, side_y)) or (_stands_on(a, side_y) and _stands_on(b, side_x)):
                return True
    return False


def show_disagreements(disagreements: list[dict[str, Any]], flagged: list[dict[str, Any]]) -> None:
    """Each flag, right (``+``) or not (``!``), and each annotated disagreement missed (``-``)."""
    print("\ndisagreements: flags (+ finds an annotated one, ! finds none), then annotated ones missed (-)")
    for f in sorted(flagged, key=lambda f: (f["kind"], str(f.get("about")))):
        hits = [f"{d['event']} {d['about']}" for d in disagreements if flags(d, f)]
        sides = " / ".join(",".join(sorted(side)) for side in f["sides"])
        print(f"  {'+' if hits else '!'} {f['kind']:<9} {f.get('about') or ''}: {sides}" + (f"  = {hits[0]}" if hits else ""))
    for d in disagreements:
        if not any(flags(d, f) for f in flagged):
            print(f"  - {d['event']} {d['kind']:<9} {d['about']}")


def score_disagreements(disagreements: list[dict[str, Any]], flagged: list[dict[str, Any]]) -> dict[str, Any]:
    found = sum(1 for d in disagreements if any(flags(d, f) for f in flagged))
    right = sum(1 for f in flagged if any(flags(d, f) for d in disagreements))
    return {"R": round(found / len(disagreements), 3) if disagreements else None,
            "P": round(right / len(flagged), 3) if flagged else None,
            "annotated": len(disagreements), "flagged": len(flagged), "found": found}


def score_origins(origins: list[dict[str, Any]], product: dict[str, Any], outlet_of: dict[str, str]) -> dict[str, Any]:
    """Exact origin counts for the key claims; the baseline counts distinct outlets.

    The product's row for a key claim is a ledger variant of the same predicate whose claims in
    the listed reports fit the key claim: the subject or the object matches (a key claim with
    neither object nor value, such as a capacity, takes the predicate alone), and the modality
    matches when the key claim gives one. Among those, the variant that most of the listed
    reports support wins (names, then the reports' count, break ties); no such variant counts as
    wrong. The annotation counts the origins behind the listed reports, so the product's count
    is that of the distinct origins it traces for the row's fitting claims in those reports (a
    row may also hold the claim as other events report it); the count over the whole row is
    shown beside it.
    """
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in product["claims"].values():
        by_doc[claim["document_id"]].append(claim)
    ledger = {row["claim_id"]: row for row in product["ledger"]}
    right = base_right = 0
    rows = []
    for item in origins:
        want = item["origins"]
        gold = {"subject": item["claim"]["subject"], "predicate": item["claim"]["predicate"],
                "object": item["claim"].get("object"), "value": item["claim"].get("value")}
        reports: dict[str, set[str]] = defaultdict(set)
        named: Counter[str] = Counter()
        counts: dict[str, int] = {}
        keys: dict[str, set[str]] = defaultdict(set)
        modality = item["claim"].get("modality")
        bare = not gold["object"] and gold["value"] is None
        for report in item["docs"]:
            doc = product["doc_of_report"].get(report)
            for claim in by_doc.get(doc, []) if doc else []:
                row = ledger.get(claim["id"])
                if row is None or claim["predicate"] != gold["predicate"]:
                    continue
                if modality and claim.get("modality") != modality:
                    continue
                if not bare and not lenient_fit(gold, claim):
                    continue
                reports[row["variant_id"]].add(report)
                named[row["variant_id"]] += lenient_fit(gold, claim)
                counts[row["variant_id"]] = row["origins"]
                keys[row["variant_id"]].update(product.get("origin_keys", {}).get(claim["id"], []))
        best = max(reports, key=lambda v: (len(reports[v]), named[v]), default=None)
        got = (len(keys[best]) or counts[best]) if best is not None else None
        outlets = len({outlet_of[d] for d in item["docs"] if d in outlet_of})
        right += got == want
        base_right += outlets == want
        rows.append({"event": item["event"], "claim": item["claim"], "want": want, "got": got, "outlets": outlets,
                     "supported_by": len(reports[best]) if best is not None else 0,
                     "row_origins": counts[best] if best is not None else None})
    n = len(origins)
    return {"share": round(right / n, 3) if n else None, "baseline": round(base_right / n, 3) if n else None,
            "n": n, "rows": rows}


# --- the synthetic domain set -------------------------------------------------------------------

def synthetic_figures() -> dict[str, Any] | None:
    """The same entity, claim and event measures on the team-written domain gold set."""
    path = HERE / "data" / "domain" / "gold.jsonl"
    if not path.exists():
        return None
    from claimgraph.nlp.doc import AnalyzedDoc
    from claimgraph.nlp.pipeline import default_pipeline

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipeline = default_pipeline()
    outputs = {}
    for r in records:
        a = pipeline(AnalyzedDoc(r["id"], r["text"], r["lang"], r.get("published")))
        outputs[r["id"]] = {
            "mentions": [{"start": m.start, "end": m.end, "label": m.label} for m in a.mentions],
            "claims": [{"subject": c.subject, "predicate": c.predicate, "object": c.object, "value": c.value}
                       for c in a.claims],
            "events": [{"type": e.type, "span": (e.start, e.end), "place": e.place,
                        "participants": e.participants,
                        "time": {"start": e.time.start, "end": e.time.end} if e.time else None} for e in a.events],
        }
    return score_reports(records, outputs)


# --- report -------------------------------------------------------------------------------------

def headline(scores: dict[str, Any]) -> dict[str, str]:
    """The figures of the goal table as short strings."""
    def f1(block: dict[str, Any]) -> str:
        return f"{block['F1']:.3f} (P {block['P']:.2f} R {block['R']:.2f})"

    out = {"entities F1": f1(scores["entities"]), "claims strict F1": f1(scores["claims strict"]),
           "claims lenient F1": f1(scores["claims lenient"]), "events F1": f1(scores["events"]),
           "events F1, same sentence only": f1(scores["events, same sentence"])}
    d = scores["event dates"]
    out["event dates right"] = f"{d['share']:.3f} ({d['right']} of {d['of']})" if d["of"] else "—"
    return out


def fmt(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def show_clusters(pred: dict[str, str], truth: dict[str, str]) -> None:
    """Each found cluster with its reports, marking reports whose annotated event is not the cluster's
    most common one (``*``)."""
    members: dict[str, list[str]] = defaultdict(list)
    for report, cluster in pred.items():
        members[cluster].append(report)
    print("\nclusters: reports (annotated event); * = not the cluster's main event")
    for cluster, reports in sorted(members.items(), key=lambda kv: min(truth[r] for r in kv[1])):
        main_event = Counter(truth[r] for r in reports).most_common(1)[0][0]
        listed = ", ".join(f"{'*' if truth[r] != main_event else ''}{r}" for r in sorted(reports))
        print(f"  {main_event} ({len(reports)}): {listed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--dir", type=Path, help="a repository root or a bench/data/real folder")
    parser.add_argument("--docs", type=Path, help="texts (default $CLAIMGRAPH_REAL_DOCS or /tmp/claimgraph-real)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--no-synthetic", action="store_true", help="skip the domain gold set figures")
    parser.add_argument("--events", help="score only these events of the split (comma-separated, e.g. e40,e41)")
    parser.add_argument("--show", choices=("entities", "events", "claims", "disagreements", "clusters"),
                        help="print, per report, what was found and missed (disagreements: per flag; "
                             "clusters: the reports of each found cluster with their annotated events)")
    args = parser.parse_args(argv)
    say: Callable[[str], None] = (lambda _: None) if args.json else print

    try:
        real = real_compile.load(args.dir, args.docs, split=None if args.split == "all" else args.split)
    except real_compile.RealError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    skipped = {"annotation errors": real.errors, "stale text": real.stale, "no text": real.missing_text,
               "not annotated": real.unannotated}
    for error in real.errors:
        print(f"problem: {error}", file=sys.stderr)
    records = real.records
    if args.events:
        keep = {e.strip() for e in args.events.split(",") if e.strip()}
        records = [r for r in records if r["event"] in keep]
    if not records:
        print(f"error: no annotated {args.split} report with a current text in {real.real_dir}", file=sys.stderr)
        return 1
    langs = Counter(r["lang"] for r in records)
    say(f"{len(records)} {args.split} reports ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), "
        f"{len({r['event'] for r in records})} events, {sum(len(r['text']) for r in records)} characters")
    for what, ids in skipped.items():
        if ids:
            say(f"  skipped, {what}: {len(ids)}")

    product = run_product(records, say)
    if product["unaligned"]:
        say(f"  reports whose stored text could not be aligned (not scored for spans): {product['unaligned']}")
    began = time.perf_counter()
    base = baseline_outputs(records)
    say(f"  baseline NER: {time.perf_counter() - began:.1f} s")
    ours = score_reports(records, product["outputs"])
    if args.show == "entities" and not args.json:
        show_entities(records, product["outputs"])
    if args.show == "events" and not args.json:
        show_events(records, product["outputs"])
    if args.show == "claims" and not args.json:
        show_claims(records, product["outputs"])
    theirs = score_reports(records, base)

    reports_of_doc: dict[str, set[str]] = defaultdict(set)
    for report, doc in product["doc_of_report"].items():
        reports_of_doc[doc].add(report)
    truth = {r["id"]: r["event"] for r in records}
    pred = {report: product["cluster_of"].get(doc, doc) for report, doc in product["doc_of_report"].items()}
    day = {r["id"]: r["published"] or r["id"] for r in records}
    clusters = {"claimgraph": purity(pred, truth), "baseline": purity(day, truth),
                "clusters": len(set(pred.values())), "events": len(set(truth.values()))}
    if args.show == "clusters" and not args.json:
        show_clusters(pred, truth)

    scored = set(truth)
    disagreements = [{**d, "sides": [{**s, "docs": [x for x in s["docs"] if x in scored]} for s in d["sides"]]}
                     for d in real.disagreements]
    disagreements = [d for d in disagreements if sum(1 for side in d["sides"] if side["docs"]) >= 2]
    anchor_spans(disagreements, {r["id"]: r["text"] for r in records})
    flagged = flagged_disagreements(product, reports_of_doc)
    if args.show == "disagreements" and not args.json:
        show_disagreements(disagreements, flagged)
    dis = {"claimgraph": score_disagreements(disagreements, flagged),
           "baseline": score_disagreements(disagreements, baseline_flags(product, reports_of_doc)),
           "skipped": len(real.disagreements) - len(disagreements)}
    origins = [o for o in real.origins if set(o["docs"]) <= scored]
    outlet_of = {r["id"]: r["outlet"] for r in records}
    ori = score_origins(origins, product, outlet_of)
    ori["skipped"] = len(real.origins) - len(origins)

    synthetic = None if args.no_synthetic else synthetic_figures()
    result = {"split": args.split, "reports": len(records), "languages": dict(langs), "claimgraph": ours,
              "baseline": theirs, "synthetic": synthetic, "clusters": clusters, "disagreements": dis,
              "origins": ori, "timings": product["timings"], "goals": GOALS,
              "skipped": {k: len(v) for k, v in skipped.items()}}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=list))
        return 0

    ours_h, base_h = headline(ours), headline(theirs)
    syn_h = headline(synthetic) if synthetic else {}
    print(f"\n| measure ({args.split}) | claimgraph | baseline: bare NER | synthetic domain set | goal |")
    print("| --- | --- | --- | --- | --- |")
    for key in ("entities F1", "claims strict F1", "claims lenient F1", "events F1",
                "events F1, same sentence only", "event dates right"):
        print(f"| {key} | {ours_h[key]} | {base_h[key]} | {syn_h.get(key, '—')} | {GOALS.get(key, '—')} |")
    (p, ip), (bp, bip) = clusters["claimgraph"], clusters["baseline"]
    print(f"| cluster purity | {p:.3f} | {bp:.3f} (one per day) | — | {GOALS['cluster purity']} |")
    print(f"| cluster inverse purity | {ip:.3f} | {bip:.3f} | — | {GOALS['cluster inverse purity']} |")
    c, b = dis["claimgraph"], dis["baseline"]
    print(f"| disagreements flagged | R {fmt(c['R'])} P {fmt(c['P'])} ({c['found']} of {c['annotated']}, "
          f"{c['flagged']} flags) | R {fmt(b['R'])} P {fmt(b['P'])} (any two values) | — | {GOALS['disagreements flagged']} |")
    print(f"| origin counts right | {fmt(ori['share'])} (of {ori['n']}) | {fmt(ori['baseline'])} (outlets) | — | "
          f"{GOALS['origin counts right']} |")

    print("\nby language, F1 (P / R)   claimgraph: entities | claims strict | claims lenient | events"
          "      baseline: entities | claims lenient")
    for group, row in ours["by language"].items():
        base_row = theirs["by language"].get(group, {})

        def cell(block: dict[str, Any] | None) -> str:
            return f"{block['F1']:.2f} ({block['P']:.2f}/{block['R']:.2f})" if block else "—"

        print(f"  {group:<6} {row['entities']['gold']:4d} spans {row['claims strict']['gold']:3d} claims  "
              f"{cell(row['entities'])} | {cell(row['claims strict'])} | {cell(row['claims lenient'])} | "
              f"{cell(row['events'])}      {cell(base_row.get('entities'))} | {cell(base_row.get('claims lenient'))}")
    for key in ("entities coarse", "values"):
        fig, bfig = ours[key], theirs[key]
        print(f"  {key:<16} F1 {fig['F1']:.3f} (P {fig['P']:.2f} R {fig['R']:.2f})   baseline F1 {bfig['F1']:.3f}")
    print(f"  clusters: {clusters['clusters']} found for {clusters['events']} events")
    if ori["rows"]:
        print("\norigins of key claims (want / claimgraph / outlets)")
        for row in ori["rows"]:
            c = row["claim"]
            print(f"  {row['event']} {c.get('subject')} {c.get('predicate')} {c.get('object') or ''}: "
                  f"{row['want']} / {row['got']} / {row['outlets']}  (ledger row backed by "
                  f"{row['supported_by']} of the listed reports; {row['row_origins']} origins over the whole row)")
    if dis["skipped"] or ori["skipped"]:
        print(f"\nnot scored (a side or report outside this split or run): {dis['skipped']} disagreements, "
              f"{ori['skipped']} origin lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
