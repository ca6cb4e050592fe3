"""Triangulation benchmark: event clusters, origin counts and contested claims against truth,
each next to a simple baseline measured in the same run, then the clustering cost as a
synthetic corpus grows to 100,000 documents.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/triangulate.py [--data bench/data/triangulate]
        [--sizes 10000,20000,50000,100000] [--skip-scale] [--stage-sizes 2000,10000]

The corpus is ingested with the ingest library, extracted with the extraction pipeline (and
resolved when entity resolution is installed); missing stages are reported and skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimgraph.settings import Settings
from claimgraph.workspace import Workspace


# -- scores ----------------------------------------------------------------------------------
def purity(pred: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """(purity, inverse purity) of a labelling ``item -> cluster`` against ``item -> class``."""
    items = [i for i in truth if i in pred]

    def one_way(a: dict[str, str], b: dict[str, str]) -> float:
        groups: dict[str, Counter[str]] = defaultdict(Counter)
        for i in items:
            groups[a[i]][b[i]] += 1
        return sum(c.most_common(1)[0][1] for c in groups.values()) / max(len(items), 1)

    return one_way(pred, truth), one_way(truth, pred)


def run_stage(name: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a missing stage is reported, the benchmark goes on
        print(f"  {name}: skipped ({type(exc).__name__}: {exc})")
        return None
    print(f"  {name}: {time.perf_counter() - started:.1f} s")
    return result


def corpus(data: Path) -> None:
    from claimgraph.triangulate import triangulate_workspace
    from claimgraph.triangulate.align import align_claims
    from claimgraph.triangulate.inputs import load_inputs
    from claimgraph.triangulate.keys import name_key
    from claimgraph.triangulate.outlets import Outlet

    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (data / "docs.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    label_of_url = {x["url"]: x["id"] for x in lines}
    event_of_label = {label: e for e, labels in truth["clusters"].items() for label in labels}

    tmp = tempfile.mkdtemp(prefix="cg-bench-")
    ws = Workspace.open(Settings.from_env({}, workspace=f"{tmp}/ws.duckdb"), create=True)
    print(f"Corpus {data} ({len(lines)} reports, {len(truth['clusters'])} events)")
    from claimgraph.ingest.run import ingest_paths

    run_stage("ingest", ingest_paths, ws, [str(data / "docs.jsonl")])
    try:
        from claimgraph.nlp.extract import extract_workspace
        run_stage("extract", extract_workspace, ws, workers=1)
    except ImportError as exc:
        print(f"  extract: not installed ({exc})")
    try:
        from claimgraph.resolve import resolve_workspace
        run_stage("resolve", resolve_workspace, ws)
    except ImportError as exc:
        print(f"  resolve: not installed ({exc})")
    with ws.store.write() as tx:  # the outlet table is analyst input, as in a real workspace
        tx.upsert("outlets", [Outlet(n, o.get("site"), o.get("country"), o.get("state_affiliated")).to_dict()
                                    for n, o in truth["outlets"].items()], key=("name",), update=True)
    report = run_stage("triangulate", triangulate_workspace, ws)
    if report is None:
        return
    store = ws.store
    docs_of_label: dict[str, str] = {}
    for r in store.query("SELECT document_id, url, outlet, published FROM sightings"):
        if r["url"] in label_of_url:
            docs_of_label[label_of_url[r["url"]]] = r["document_id"]
    counts = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in
              ("documents", "sightings", "citations", "mentions", "claims", "events")}
    print("  workspace: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"  {report.summary()}")

    # clusters
    cluster_of_doc = {r["document_id"]: r["cluster_id"] for r in store.query(
        "SELECT document_id, cluster_id FROM document_events")}
    pred = {lab: cluster_of_doc.get(d, d) for lab, d in docs_of_label.items()}
    day = {x["id"]: x["published"][:10] for x in lines}
    p, ip = purity(pred, event_of_label)
    bp, bip = purity(day, event_of_label)
    print("\nEvent clusters (over report labels)          claimgraph   baseline: one per day")
    print(f"  purity                                        {p:6.3f}        {bp:6.3f}")
    print(f"  inverse purity                                {ip:6.3f}        {bip:6.3f}")
    print(f"  clusters                                      {len(set(pred.values())):6d}        {len(set(day.values())):6d}"
          f"   (truth {len(truth['clusters'])})")

    # origins per event
    inputs = load_inputs(store)
    graph = inputs.graph()
    right = base_right = 0
    rows = []
    for event, labels in truth["clusters"].items():
        docs = {docs_of_label[lab] for lab in labels if lab in docs_of_label}
        keys = {o.key: o.label for d in docs for o in graph.document_origins(d)}
        outlets = {x["outlet"] for x in lines if x["id"] in labels}
        want = truth["origins"][event]
        right += len(keys) == want
        base_right += len(outlets) == want
        rows.append(f"    {event:4} truth {want}  claimgraph {len(keys)} ({', '.join(sorted(keys.values()))})"
                    f"  outlets {len(outlets)}")
    n = len(truth["clusters"])
    print("\nOrigin counts per event (exact)               claimgraph   baseline: outlets")
    print(f"  accuracy                                      {right / n:6.3f}        {base_right / n:6.3f}")
    print("\n".join(rows))

    # contested
    label_of_doc: dict[str, set[str]] = defaultdict(set)
    for lab, d in docs_of_label.items():
        label_of_doc[d].add(lab)
    alignments = align_claims(inputs.claims, inputs.rejected, inputs.event_of)

    def sides(al, only_contested: bool) -> list[set[str]]:  # type: ignore[no-untyped-def]
        ids = al.contested_variants() if only_contested else {v.id for v in al.variants}
        return [{lab for c in v.claims for lab in label_of_doc.get(c.document_id, ())}
                for v in al.variants if v.id in ids]

    def matches(item: dict, predicate: str, groups: list[set[str]]) -> bool:  # type: ignore[type-arg]
        if predicate != item["predicate"]:
            return False
        hit = [g for g in groups if any(g & set(labels) for labels in item["by_value"].values())]
        values_hit = {v for g in hit for v, labels in item["by_value"].items() if g & set(labels)}
        return len(values_hit) >= 2

    def score(predicted: list[tuple[str, list[set[str]]]]) -> tuple[float, float, int]:
        tp = sum(1 for pred_, groups in predicted if any(matches(i, pred_, groups) for i in truth["contested"]))
        found = sum(1 for i in truth["contested"] if any(matches(i, p_, g) for p_, g in predicted))
        return (tp / len(predicted) if predicted else 0.0), found / len(truth["contested"]), len(predicted)

    ours = [(al.topic[1], sides(al, True)) for al in alignments if al.contested]
    # baseline: a subject and predicate with more than one value or modality anywhere is contested
    naive: dict[tuple[str, str], list] = defaultdict(list)
    for c in inputs.claims:
        naive[(name_key(c.subject), c.predicate)].append(c)
    base = []
    for (_, pred_), cs in naive.items():
        if len({(c.value, c.modality) for c in cs}) > 1:
            groups: dict[tuple, set[str]] = defaultdict(set)
            for c in cs:
                groups[(c.value, c.modality)] |= label_of_doc.get(c.document_id, set())
            base.append((pred_, list(groups.values())))
    (pp, pr, pn), (bpp, bpr, bpn) = score(ours), score(base)
    print(f"\nContested claims, extracted ({len(truth['contested'])} in truth)    claimgraph   baseline: any two values")
    print(f"  precision                                     {pp:6.3f}        {bpp:6.3f}")
    print(f"  recall                                        {pr:6.3f}        {bpr:6.3f}")
    print(f"  flagged topics                                {pn:6d}        {bpn:6d}")

    # The alignment stage alone: claims written from the truth's annotations (every report of an
    # event also states one thing they all agree on, so a flag there is a false positive).
    oracle = oracle_claims(truth, docs_of_label)
    alignments = align_claims(oracle, (), inputs.event_of)
    ours = [(al.topic[1], sides(al, True)) for al in alignments if al.contested]
    naive = defaultdict(list)
    for c in oracle:
        naive[(name_key(c.subject), c.predicate)].append(c)
    base = []
    for (_, pred_), cs in naive.items():
        keys = {(c.value, c.modality, c.time.start if c.time else None) for c in cs}
        if len(keys) > 1:
            groups = defaultdict(set)
            for c in cs:
                groups[(c.value, c.modality, c.time.start if c.time else None)] |= label_of_doc.get(c.document_id, set())
            base.append((pred_, list(groups.values())))
    (pp, pr, pn), (bpp, bpr, bpn) = score(ours), score(base)
    print("\nContested claims, oracle claims from truth       claimgraph   baseline: any two values or dates")
    print(f"  precision                                     {pp:6.3f}        {bpp:6.3f}")
    print(f"  recall                                        {pr:6.3f}        {bpr:6.3f}")
    print(f"  flagged topics                                {pn:6d}        {bpn:6d}")
    print("  (oracle: each report's stated value, date or modality is a claim; each event adds one claim")
    print("   all its reports agree on; the baseline flags any subject/predicate with two values or dates)")


def oracle_claims(truth: dict, docs_of_label: dict[str, str]) -> list:  # type: ignore[type-arg]
    """Claims as a perfect extractor would give them for the truth's annotated disagreements."""
    from claimgraph.model import Claim, TimeRef

    out = []
    for n, item in enumerate(truth["contested"]):
        for value, labels in item["by_value"].items():
            for label in labels:
                doc = docs_of_label.get(label)
                if doc is None:
                    continue
                kw: dict = {"modality": "fact"}
                if item["kind"] == "value":
                    kw["value"] = float(value)
                elif item["kind"] == "time":
                    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
                    kw["time"] = TimeRef(value, None, precision)
                else:
                    kw["modality"] = value
                out.append(Claim(Claim.make_id(doc, n, item["subject"], item["predicate"], None, value),
                                 doc, item["subject"], item["predicate"], **kw))
    for event, labels in truth["clusters"].items():
        for label in labels:
            doc = docs_of_label.get(label)
            if doc:
                out.append(Claim(Claim.make_id(doc, -1, event, "states", None, None), doc,
                                 truth["events"][event]["name"], "states", "the event took place"))
    return out


# -- scale -----------------------------------------------------------------------------------
def synthetic(n_docs: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """Reports of n_docs/5 invented events: Zipf-like participants, dates over three years."""
    import datetime as dt

    from claimgraph.model import Event, TimeRef
    from claimgraph.triangulate.event_clusters import EventReport, text_sketch
    from claimgraph.triangulate.timespan import span_of

    rng = random.Random(seed)
    vocab = [f"ent-{i:06d}" for i in range(max(n_docs // 4, 50))]
    common = ["ent-russia", "ent-belarus", "ent-china"]
    words = [f"w{i}" for i in range(20000)]
    types = ["meeting", "visit", "agreement", "announcement", "exhibition", "sanction", "other"]
    base = dt.date(2023, 1, 1)
    reports, truth = [], {}
    n_events = max(n_docs // 5, 1)
    for e in range(n_events):
        day = base + dt.timedelta(days=rng.randrange(3 * 365))
        parts = set(rng.sample(common, 2)) | {vocab[int(rng.paretovariate(1.2)) % len(vocab)],
                                               vocab[rng.randrange(len(vocab))]}
        type_ = rng.choice(types)
        story = [rng.choice(words) for _ in range(60)]
        number = str(rng.randrange(10, 100000))
        for k in range(5):
            doc_id = f"doc-{e:06d}-{k}"
            text = " ".join(story if k % 2 == 0 else [rng.choice(words) for _ in range(60)])
            when = day + dt.timedelta(days=rng.randrange(0, 3))
            t = TimeRef(day.isoformat(), day.isoformat(), "day") if k < 3 else None
            ev = Event(Event.make_id(doc_id, 0, type_), doc_id, type_ if k < 4 else "announcement", time=t)
            span = span_of(t) or (when, when)
            keys = frozenset(parts if k < 4 else set(list(parts)[:3]))
            reports.append(EventReport(ev, doc_id, when.isoformat(), True, span, t is None, keys,
                                       {p: p for p in keys}, "", frozenset({number}),
                                       text_sketch(text), "en"))
            truth[doc_id] = f"e{e}"
    return reports, truth


def scale(sizes: list[int]) -> None:
    from claimgraph.triangulate.event_clusters import _idf, candidate_pairs, cluster_reports

    print("\nClustering cost on synthetic reports (5 per event; cluster step only)")
    print("      docs   build s   cluster s   s per 10k   pairs scored   pairs per doc   purity   inv.purity")
    for n in sizes:
        t0 = time.perf_counter()
        reports, truth = synthetic(n)
        t1 = time.perf_counter()
        clusters = cluster_reports(reports)
        t2 = time.perf_counter()
        pairs = len(candidate_pairs(reports, _idf(reports)))
        pred = {d: c.id for c in clusters for d in c.documents}
        p, ip = purity(pred, truth)
        print(f"  {n:8d}   {t1 - t0:7.1f}   {t2 - t1:9.1f}   {(t2 - t1) / n * 10000:9.2f}   {pairs:12d}"
              f"   {pairs / n:13.1f}   {p:6.3f}   {ip:10.3f}")
    print(f"  all-pairs comparison at {sizes[-1]:,} documents would be {sizes[-1] * (sizes[-1] - 1) // 2:,} pairs")


def stage_scale(sizes: list[int]) -> None:
    """The whole stage (read, cluster, align, write) on generated DuckDB workspaces."""
    from claimgraph.ids import document_id
    from claimgraph.model import Claim, Document, Event, Mention, Sighting, TimeRef
    from claimgraph.store.records import claim_row, document_row, event_row, mention_row, sighting_row
    from claimgraph.triangulate import triangulate_workspace

    print("\nWhole stage on generated workspaces (DuckDB; 5 reports per event, one claim each)")
    print("      docs   write s   triangulate s   s per 10k")
    rng = random.Random(11)
    for n in sizes:
        rows: dict[str, list] = defaultdict(list)
        for i in range(n):
            e = i // 5
            day = f"{2023 + e % 3}-{1 + e % 12:02d}-{1 + e % 27:02d}"
            a, b = f"Person{e}", f"Person{e + 1}"
            text = f"Report {i}: {a} met {b} in City{e % 50} to discuss {rng.randrange(10, 10**5)} drones."
            doc = Document(document_id(text), text, title=text[:40], published=day, lang="en")
            t = TimeRef(day, day, "day")
            rows["documents"].append(document_row(doc))
            rows["sightings"].append(sighting_row(Sighting(f"sig-{i}", doc.id, outlet=f"Outlet{i % 40}")))
            for name in (a, b):
                start = text.index(name)
                rows["mentions"].append(mention_row(Mention(Mention.make_id(doc.id, start, start + len(name), "Person"),
                                                            doc.id, start, start + len(name), name, "Person",
                                                            canonical=name, entity_id=f"ent-{name}")))
            rows["events"].append(event_row(Event(Event.make_id(doc.id, 0, "meeting"), doc.id, "meeting", t,
                                                  f"City{e % 50}", [a, b])))
            rows["claims"].append(claim_row(Claim(Claim.make_id(doc.id, 0, a, "met_with", b, None), doc.id, a,
                                                  "met_with", b, time=t, subject_entity=f"ent-{a}",
                                                  object_entity=f"ent-{b}", end=len(text))))
        tmp = tempfile.mkdtemp(prefix="cg-stage-")
        ws = Workspace.open(Settings.from_env({}, workspace=f"{tmp}/ws.duckdb"), create=True)
        t0 = time.perf_counter()
        with ws.store.write() as tx:
            for table, batch in rows.items():
                tx.upsert(table, batch)
        t1 = time.perf_counter()
        triangulate_workspace(ws)
        t2 = time.perf_counter()
        print(f"  {n:8d}   {t1 - t0:7.1f}   {t2 - t1:13.1f}   {(t2 - t1) / n * 10000:9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "triangulate")
    parser.add_argument("--sizes", default="10000,20000,50000,100000")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--stage-sizes", default="2000,10000", help="whole-stage runs ('' to skip)")
    args = parser.parse_args()
    if not args.skip_corpus:
        corpus(args.data)
    if not args.skip_scale:
        scale([int(s) for s in args.sizes.split(",")])
    if args.stage_sizes:
        stage_scale([int(s) for s in args.stage_sizes.split(",")])


if __name__ == "__main__":
    main()
