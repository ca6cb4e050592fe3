"""List matching at scale: 10,000 workspace entities against generated lists of growing size.

    OPENBLAS_NUM_THREADS=1 python bench/xref.py [--sizes 10000 100000 1000000] [--entities 10000]

Names are generated from fixed syllable tables (Latin and Cyrillic spellings of the same
people and firms), with a known share of list entries naming a workspace entity. For each list
size it prints the time to stream the list past the index (JSON parsing included), the time
spent in LogicV2 on the kept candidates, peak memory, matches found against the planted ones,
and the growth factor against the previous size (linear growth is ×10 per ×10 entries). The
smallest size is the baseline of the run. Goal: 10k and 100k within 2 minutes on 2 cores.

    python bench/xref.py --load 200000 [--backend duckdb|postgres]

times storing a generated list of that many entries into a fresh workspace, first with
multi-row INSERTs (the baseline), then through the bulk loader, in the same run.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from claimgraph.xref.datasets import ListEntry, entry_from
from claimgraph.xref.features import Subject
from claimgraph.xref.matcher import Index, candidates, score_candidates

SYL = ["ka", "ro", "vin", "mar", "sel", "to", "dan", "ku", "lev", "pri", "zor", "nik", "bel",
       "gra", "mo", "tur", "vas", "lin", "pet", "sha", "dor", "ren", "gol", "fed", "sin", "ar"]
FIRST = ["Sergei", "Pavel", "Anna", "Oleg", "Irina", "Viktor", "Maxim", "Olga", "Igor", "Elena",
         "Dmitry", "Yulia", "Nikolai", "Tatiana", "Andrei", "Marina", "Yuri", "Svetlana"]
FIRST_RU = {"Sergei": "Сергей", "Pavel": "Павел", "Anna": "Анна", "Oleg": "Олег", "Irina": "Ирина",
            "Viktor": "Виктор", "Maxim": "Максим", "Olga": "Ольга", "Igor": "Игорь",
            "Elena": "Елена", "Dmitry": "Дмитрий", "Yulia": "Юлия", "Nikolai": "Николай",
            "Tatiana": "Татьяна", "Andrei": "Андрей", "Marina": "Марина", "Yuri": "Юрий",
            "Svetlana": "Светлана"}
LAT2CYR = {"ka": "ка", "ro": "ро", "vin": "вин", "mar": "мар", "sel": "сел", "to": "то",
           "dan": "дан", "ku": "ку", "lev": "лев", "pri": "при", "zor": "зор", "nik": "ник",
           "bel": "бел", "gra": "гра", "mo": "мо", "tur": "тур", "vas": "вас", "lin": "лин",
           "pet": "пет", "sha": "ша", "dor": "дор", "ren": "рен", "gol": "гол", "fed": "фед",
           "sin": "син", "ar": "ар"}
ORG_WORDS = ["Systems", "Works", "Avionics", "Optics", "Motors", "Trading", "Logistics", "Plant"]


def stem(rng: random.Random) -> list[str]:
    return [rng.choice(SYL) for _ in range(rng.randint(2, 3))]


def person(rng: random.Random) -> tuple[str, str]:
    first, s = rng.choice(FIRST), stem(rng)
    lat = "".join(s).capitalize() + rng.choice(["ov", "in", "enko", "sky"])
    cyr = "".join(LAT2CYR[x] for x in s).capitalize() + {"ov": "ов", "in": "ин", "enko": "енко",
                                                          "sky": "ский"}[lat[-4:] if lat.endswith("enko") else lat[-3:] if lat.endswith("sky") else lat[-2:]]
    return f"{first} {lat}", f"{FIRST_RU[first]} {cyr}"


def company(rng: random.Random) -> str:
    return "".join(stem(rng)).capitalize() + " " + rng.choice(ORG_WORDS)


def workspace(n: int, seed: int = 7) -> list[Subject]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 3:
            lat, cyr = person(rng)
            out.append(Subject(f"ent-{i}", "Person", cyr, [cyr, lat] if i % 2 else [cyr]))
        else:
            name = company(rng)
            out.append(Subject(f"ent-{i}", "Company", name, [name]))
    return out


def entries(n: int, subjects: list[Subject], planted: int, seed: int = 11) -> Iterator[ListEntry]:
    """``n`` list entries; the first ``planted`` name a workspace entity (Latin spelling)."""
    rng = random.Random(seed)
    for i in range(n):
        if i < planted:
            s = subjects[(i * 7919) % len(subjects)]
            schema = "Person" if s.type == "Person" else "Company"
            names = [s.names[-1]]
            eid = f"planted-{s.id}"
        elif i % 3:
            lat, cyr = person(rng)
            schema, names, eid = "Person", [lat, cyr], f"p-{i}"
        else:
            schema, names, eid = "Company", [company(rng)], f"c-{i}"
        line = json.dumps({"id": eid, "schema": schema,
                           "properties": {"name": names[:1], "alias": names[1:]}}, ensure_ascii=False)
        entry = entry_from(json.loads(line))
        if entry is not None:
            yield entry


def write_list(path: str, n: int, subjects: list[Subject]) -> None:
    """An FtM JSON-lines file of ``n`` generated entries."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": e.id, "schema": e.schema, "properties": {
                "name": e.names[:1], "alias": e.names[1:], "country": ["ru"]}},
                ensure_ascii=False) + "\n" for e in entries(n, subjects, planted=0))


def load_figures(n: int, backend: str, subjects: list[Subject]) -> None:
    """Seconds to store a list of ``n`` entries row-batched (baseline) and bulk-loaded."""
    import tempfile

    from claimgraph.settings import Settings
    from claimgraph.workspace import Workspace
    from claimgraph.xref.datasets import load_list

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "list.ftm.json")
        write_list(path, n, subjects)
        times = {}
        for label, bulk in (("baseline", False), ("bulk", True)):
            if backend == "postgres":
                url = os.environ.get("CLAIMGRAPH_TEST_PG", "postgresql://postgres@127.0.0.1:55432/postgres")
                target = url
            else:
                target = os.path.join(tmp, f"{label}.duckdb")
            ws = Workspace.open(Settings(workspace=target), create=True)
            name = f"bench{os.getpid()}{label}"
            t0 = time.perf_counter()
            info = load_list(ws, path, name=name, bulk=bulk)
            times[label] = time.perf_counter() - t0
            stored = ws.store.scalar("SELECT count(*) FROM list_entries WHERE list_name = ?", [name])
            if backend == "postgres":
                with ws.store.write() as tx:
                    tx.execute("DELETE FROM list_entries WHERE list_name = ?", [name])
                    tx.execute("DELETE FROM lists WHERE name = ?", [name])
            speed = f"×{times['baseline'] / times[label]:.1f}" if label == "bulk" else "baseline"
            print(f"{backend} load {n:,} entries ({label}): {times[label]:.1f} s, "
                  f"{info.entities / times[label]:,.0f} entries/s, {stored:,} stored; {speed}",
                  flush=True)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=10_000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--planted", type=int, default=200)
    parser.add_argument("--load", type=int, default=0, help="time storing a list of this size")
    parser.add_argument("--backend", choices=["duckdb", "postgres"], default="duckdb")
    args = parser.parse_args(argv)
    subjects = workspace(args.entities)
    if args.load:
        load_figures(args.load, args.backend, subjects)
        return 0
    t0 = time.perf_counter()
    index = Index.build(subjects)
    print(f"{len(subjects)} workspace entities indexed in {time.perf_counter() - t0:.1f} s, "
          f"{len(index.postings)} block keys; peak {peak_mib():.0f} MiB", flush=True)
    previous: float | None = None
    for size in args.sizes:
        gc.collect()
        stats: Counter[str] = Counter()
        t1 = time.perf_counter()
        found = candidates(index, entries(size, subjects, args.planted), progress=stats)
        stream = time.perf_counter() - t1
        t2 = time.perf_counter()
        matches = [m for m in score_candidates(index, found, "bench", str(size))]
        scoring = time.perf_counter() - t2
        strong = [m for m in matches if m.score >= 0.7]
        planted_hit = sum(1 for m in strong if m.list_entity_id == f"planted-{m.entity_id}")
        total = stream + scoring
        growth = f"×{total / previous:.1f}" if previous else "baseline"
        print(f"{size:>9,} entries: stream {stream:6.1f} s ({stats['pairs']:,} pairs pre-scored), "
              f"LogicV2 {scoring:5.1f} s on {sum(len(v) for v in found.values()):,} candidates; "
              f"total {total:6.1f} s {growth}; peak {peak_mib():.0f} MiB; "
              f"{len(strong)} matches ≥ 0.7, {planted_hit}/{args.planted} planted found", flush=True)
        previous = total
    return 0


if __name__ == "__main__":
    sys.exit(main())
