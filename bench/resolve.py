"""Entity resolution quality on the name-variant gold set, next to an exact-name baseline.

    OPENBLAS_NUM_THREADS=1 python bench/resolve.py [bench/data/names/mentions.jsonl]
    OPENBLAS_NUM_THREADS=1 python bench/resolve.py --real [DIR ...]   # real reports, dev split

Prints pairwise precision/recall/F1 and B-cubed for claimgraph's clustering and for the baseline
"same type and same lowercased name" in the same run, the time taken, and the worst merges and
splits, so a change can be judged at a glance. Targets: pairwise precision ≥ 0.95, recall ≥ 0.90.
Clustering uses the built-in gazetteer's aliases, as ``claimgraph resolve`` does in a workspace
without analyst entries or matched lists.

``--real`` scores the same functions on the annotated real reports (``bench/data/real``, or the
folders given; texts from ``$CLAIMGRAPH_REAL_DOCS``; see ``bench/resolve_real.py``) and adds
B-cubed precision and recall per language pair. Targets there: B-cubed F1 ≥ 0.95 at P ≥ 0.97.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from claimgraph.resolve.cluster import MentionInput, build_groups, cluster_groups

HERE = Path(__file__).resolve().parent
TARGET_PRECISION, TARGET_RECALL = 0.95, 0.90


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def claimgraph_clusters(rows: list[dict]) -> dict[str, str]:
    """mention id → cluster label, from the same functions ``resolve_workspace`` uses."""
    mentions = [MentionInput(r["id"], r["doc"], r["name"], r["type"]) for r in rows]
    groups = build_groups(mentions)
    result = cluster_groups(groups)
    out = {}
    for n, members in enumerate(result.clusters):
        for i in members:
            for m in groups[i].mentions:
                out[m] = f"c{n}"
    return out


def baseline_clusters(rows: list[dict]) -> dict[str, str]:
    """Same type and the same name after lowercasing and whitespace folding."""
    return {r["id"]: f"{r['type']}|{' '.join(r['name'].lower().split())}" for r in rows}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    def pairs(groups: collections.Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    both = pairs(collections.Counter((pred[m], gold[m]) for m in gold))
    p_pairs = pairs(collections.Counter(pred[m] for m in gold))
    g_pairs = pairs(collections.Counter(gold.values()))
    p = both / p_pairs if p_pairs else 1.0
    r = both / g_pairs if g_pairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred: dict[str, set[str]] = collections.defaultdict(set)
    by_gold: dict[str, set[str]] = collections.defaultdict(set)
    for m in gold:
        by_pred[pred[m]].add(m)
        by_gold[gold[m]].add(m)
    p = sum(len(by_pred[pred[m]] & by_gold[gold[m]]) / len(by_pred[pred[m]]) for m in gold) / len(gold)
    r = sum(len(by_pred[pred[m]] & by_gold[gold[m]]) / len(by_gold[gold[m]]) for m in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def errors(rows: list[dict], pred: dict[str, str], limit: int) -> None:
    """The largest wrong merges (one predicted cluster, several gold entities) and splits."""
    names = {r["id"]: r["name"] for r in rows}
    gold = {r["id"]: r["gold"] for r in rows}
    by_pred: dict[str, list[str]] = collections.defaultdict(list)
    by_gold: dict[str, list[str]] = collections.defaultdict(list)
    for m in gold:
        by_pred[pred[m]].append(m)
        by_gold[gold[m]].append(m)
    merges = [(c, ms) for c, ms in by_pred.items() if len({gold[m] for m in ms}) > 1]
    merges.sort(key=lambda x: -len(x[1]))
    print(f"  wrong merges: {len(merges)}")
    for _, ms in merges[:limit]:
        parts = collections.Counter(f"{gold[m]}:{names[m]}" for m in ms)
        print("   ", "; ".join(f"{k} ×{v}" for k, v in parts.most_common(6)))
    splits = [(g, ms) for g, ms in by_gold.items() if len({pred[m] for m in ms}) > 1]
    splits.sort(key=lambda x: -len({pred[m] for m in x[1]}))
    print(f"  split entities: {len(splits)}")
    for g, ms in splits[:limit]:
        pieces: dict[str, set[str]] = collections.defaultdict(set)
        for m in ms:
            pieces[pred[m]].add(names[m])
        shown = sorted((sorted(v)[:4] for v in pieces.values()), key=len, reverse=True)[:5]
        print(f"    {g}: " + " | ".join(", ".join(v) for v in shown))


def run(name: str, fn: Callable[[list[dict]], dict[str, str]], rows: list[dict]) -> dict[str, str]:
    gold = {r["id"]: r["gold"] for r in rows}
    t0 = time.perf_counter()
    pred = fn(rows)
    took = time.perf_counter() - t0
    p, r, f = pairwise(pred, gold)
    bp, br, bf = bcubed(pred, gold)
    print(f"{name:<12} pairwise P {p:.3f} R {r:.3f} F1 {f:.3f} | B-cubed P {bp:.3f} R {br:.3f} "
          f"F1 {bf:.3f} | {len(set(pred.values()))} clusters | {took:.1f} s")
    return pred


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(HERE / "data" / "names" / "mentions.jsonl"))
    parser.add_argument("--errors", type=int, default=8, help="wrong merges/splits to show")
    parser.add_argument("--real", nargs="*", type=Path, metavar="DIR",
                        help="score real reports instead (default folder: bench/data/real)")
    parser.add_argument("--split", choices=("dev", "holdout"), default="dev",
                        help="with --real: the split scored (holdout only when a round of work ends)")
    args = parser.parse_args(argv)
    if args.real is not None:
        return main_real(args.real or [HERE / "data" / "real"], args.split, args.errors)
    rows = load(Path(args.path))
    print(f"{len(rows)} mentions of {len({r['gold'] for r in rows})} entities "
          f"in {len({r['doc'] for r in rows})} documents")
    run("baseline", baseline_clusters, rows)
    pred = run("claimgraph", claimgraph_clusters, rows)
    errors(rows, pred, args.errors)
    p, r, _ = pairwise(pred, {r["id"]: r["gold"] for r in rows})
    ok = p >= TARGET_PRECISION and r >= TARGET_RECALL
    print(f"targets P ≥ {TARGET_PRECISION} R ≥ {TARGET_RECALL}: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def main_real(dirs: list[Path], split: str, limit: int) -> int:
    from resolve_real import bcubed_by_pair, load_real

    docs = Path(os.environ.get("CLAIMGRAPH_REAL_DOCS", "/tmp/claimgraph-real"))
    rows, langs, notes = load_real(dirs, docs, split)
    if not rows:
        print("no annotated real reports found")
        return 1
    by_lang = collections.Counter(langs.values())
    print(f"{len(rows)} mentions of {len({r['gold'] for r in rows})} entities in {len(langs)} "
          f"{split} reports ({', '.join(f'{k} {v}' for k, v in by_lang.most_common())})")
    for note in notes:
        print("  note:", note)
    base = run("baseline", baseline_clusters, rows)
    pred = run("claimgraph", claimgraph_clusters, rows)
    print("\nB-cubed per language pair (mentions of reports in either language)")
    print(f"{'pair':<8} {'mentions':>8} | {'claimgraph P':>12} {'R':>6} {'F1':>6} | {'baseline F1':>11}")
    base_pairs = {pair: f for pair, _, _, _, f in bcubed_by_pair(rows, base, bcubed)}
    for pair, n, p, r, f in bcubed_by_pair(rows, pred, bcubed):
        print(f"{pair:<8} {n:>8} | {p:>12.3f} {r:>6.3f} {f:>6.3f} | {base_pairs[pair]:>11.3f}")
    errors(rows, pred, limit)
    p, r, f = bcubed(pred, {r["id"]: r["gold"] for r in rows})
    ok = f >= 0.95 and p >= 0.97
    print(f"targets B-cubed F1 ≥ 0.95 at P ≥ 0.97: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
