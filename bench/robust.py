"""Robustness: the whole pipeline over real sentences, hostile variants and corrupted parse trees.

Documents come from the public sets in ``../shared/bench`` (when present, read here only), the
team's corpora (``bench/data``, ``samples/``) and, when ``CLAIMGRAPH_REAL_DOCS`` names the folder of
regenerated real reports, its development-split reports. From their sentences the script makes:

- the real documents as they are, and the same sentences regrouped into ~2 KB documents;
- hostile variants: token shuffles, 5,000-token sentences, a 200 KB single-line text, doubled
  punctuation and quotes, mixed scripts, zero-width and bidi characters, long number lists;
- documents of 10 KB, 100 KB and 1 MB (time per character);
- documents whose parse trees get head cycles or out-of-range heads injected after parsing.

Every document runs alone in supervised workers held to a time budget, so the script cannot hang;
a document cut at the budget or lost with its worker is printed as a failure. Then the hostile
documents go through the commands a user runs (``ingest``, ``extract``, ``annotate``,
``extract --engine dask``, ``triangulate``), each with a wall-clock limit.

    OPENBLAS_NUM_THREADS=1 python bench/robust.py [--quick] [--workers 2] [--doc-timeout 60]

Goals: no hang and no crash; every document of at most 20 KB under 5 s; time linear in length
(the 100 KB document within 12x the time of the 10 KB one).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimgraph.engine.workers import WorkerPool  # noqa: E402
from claimgraph.model import Document  # noqa: E402
from claimgraph.nlp.doc import AnalyzedDoc  # noqa: E402
from claimgraph.settings import Settings  # noqa: E402

SMALL = 20_000  # bytes: documents up to this size must take under GOAL_SMALL seconds
GOAL_SMALL = 5.0
GOAL_LINEAR = 12.0
SIZES = (10_000, 100_000, 1_000_000)
CORRUPT = "bench.corrupt-parse.v1"
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґў]")


@dataclass(slots=True)
class Case:
    id: str
    group: str
    lang: str
    text: str


# -- real sentences ----------------------------------------------------------------------------------

def _lang_of(text: str) -> str:
    letters = sum(ch.isalpha() for ch in text[:2000]) or 1
    return "ru" if len(_CYRILLIC.findall(text[:2000])) / letters > 0.3 else "en"


def _strings(value: Any) -> list[str]:
    """Every "text" string in a JSON value (Telegram exports nest them)."""
    if isinstance(value, dict):
        out = [value["text"]] if isinstance(value.get("text"), str) else []
        for v in value.values():
            if isinstance(v, (dict, list)):
                out += _strings(v)
        return out
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def real_documents(shared: Path, real_dir: Path | None) -> list[tuple[str, str, str]]:
    """(source, lang, text) of every real document found."""
    docs: list[tuple[str, str, str]] = []
    for name in ("ner/factru-test.jsonl", "re3d/dev.jsonl"):
        path = shared / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    docs.append((f"{name}:{r['id']}", r.get("lang") or _lang_of(r["text"]), r["text"]))
    for pattern in ("bench/data/domain/gold.jsonl", "bench/data/triangulate/docs.jsonl", "samples/jsonl/*.jsonl"):
        for path in sorted(ROOT.glob(pattern)):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    r = json.loads(line)
                    text = r.get("text") or ""
                    docs.append((f"{path.relative_to(ROOT)}:{r.get('id', n)}", r.get("lang") or _lang_of(text), text))
    for pattern in ("samples/text/*.txt", "samples/markdown/*.md", "samples/html/*.html"):
        for path in sorted(ROOT.glob(pattern)):
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".html":
                text = re.sub(r"(?s)<(script|style).*?</\1>|<[^>]+>", " ", text)
            docs.append((str(path.relative_to(ROOT)), _lang_of(text), text))
    for path in sorted(ROOT.glob("samples/telegram/**/*.json")):
        text = "\n".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
        docs.append((str(path.relative_to(ROOT)), _lang_of(text), text))
    if real_dir is not None and real_dir.is_dir():
        for path in sorted(real_dir.glob("*-e*-*.txt")):
            m = re.match(r"([a-z]{2})-e(\d+)-", path.name)
            if m and int(m.group(2)) % 3:  # development split only: held-out events are never read
                docs.append((f"real:{path.stem}", m.group(1), path.read_text(encoding="utf-8")))
    return [d for d in docs if d[2].strip()]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) >= 20]


# -- hostile variants --------------------------------------------------------------------------------

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2067",
              "\u2069", "\u061c", "\u00ad"]
OTHER_SCRIPTS = ["دمشق", "北京", "東京", "서울", "ירושלים", "Αθήνα", "Tbilisi თბილისი", "Ереван Երևան", "देहली"]
HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х"})


def hostile(by_lang: dict[str, list[str]], rng: random.Random, copies: int) -> list[Case]:
    cases: list[Case] = []
    for lang, pool in by_lang.items():
        if not pool:
            continue

        def some(n: int) -> list[str]:
            return [rng.choice(pool) for _ in range(n)]

        for i in range(copies):
            shuffled = []
            for s in some(30):
                tokens = s.split()
                rng.shuffle(tokens)
                shuffled.append(" ".join(tokens))
            cases.append(Case(f"shuffle-{lang}-{i}", "token shuffle", lang, "\n".join(shuffled)))
            doubled = [re.sub(r"([.,;:!?])", r"\1\1", s).replace(" ", ' "" ', 3) for s in some(30)]
            doubled = [f"«{s}» “{s[:40]}”" for s in doubled]
            cases.append(Case(f"punct-{lang}-{i}", "doubled punctuation and quotes", lang, " ".join(doubled)))
            mixed = []
            for s in some(30):
                words = s.split()
                for _ in range(3):
                    words.insert(rng.randrange(len(words) + 1), rng.choice(OTHER_SCRIPTS))
                mixed.append(" ".join(w.translate(HOMOGLYPHS) if rng.random() < 0.2 else w for w in words))
            cases.append(Case(f"scripts-{lang}-{i}", "mixed scripts", lang, " ".join(mixed)))
            invisible = []
            for s in some(30):
                chars = list(s)
                for _ in range(max(1, len(chars) // 8)):
                    chars.insert(rng.randrange(len(chars) + 1), rng.choice(ZERO_WIDTH))
                invisible.append("".join(chars))
            cases.append(Case(f"invisible-{lang}-{i}", "zero-width and bidi", lang, " ".join(invisible)))
        tokens: list[str] = []
        while len(tokens) < 5000:
            tokens += re.sub(r"[.!?…]", "", rng.choice(pool)).split()
        cases.append(Case(f"long-sentence-{lang}", "5,000-token sentence", lang, " ".join(tokens[:5000])))
        line: list[str] = []
        while sum(len(s) + 1 for s in line) < 200_000:
            line.append(rng.choice(pool).replace("\n", " "))
        cases.append(Case(f"one-line-{lang}", "200 KB single line", lang, " ".join(line)[:200_000]))
    numbers = ", ".join(str(n) for n in range(20_000))
    cases.append(Case("numbers-plain", "long number lists", "en", f"The list reads {numbers}."))
    amounts = "; ".join(f"{rng.randint(1, 999)},{rng.randint(100, 999)} {unit}" for unit in
                        ["drones", "tonnes", "$", "руб.", "%", "km", "units"] * 1500)
    cases.append(Case("numbers-amounts-en", "long number lists", "en", f"Deliveries were {amounts}."))
    cases.append(Case("numbers-amounts-ru", "long number lists", "ru", f"Поставки составили {amounts}."))
    return cases


def sized(by_lang: dict[str, list[str]], rng: random.Random, sizes: tuple[int, ...]) -> list[Case]:
    """Documents of exactly ``size`` characters of real sentences, in paragraphs of five."""
    cases = []
    for lang in ("en", "ru"):
        pool = by_lang.get(lang) or []
        if not pool:
            continue
        for size in sizes:
            parts: list[str] = []
            total = 0
            while total < size:
                paragraph = " ".join(rng.choice(pool) for _ in range(5))
                parts.append(paragraph)
                total += len(paragraph) + 2
            cases.append(Case(f"size-{lang}-{size // 1000}k", f"size {size // 1000} KB", lang,
                              "\n\n".join(parts)[:size]))
    return cases


# -- inside the workers ------------------------------------------------------------------------------

class CorruptParse:
    """Breaks every parsed sentence after parsing: ``cycle`` makes the heads a ring with no root,
    ``bad-heads`` points them out of range (negative, past the end) and at themselves."""

    name = CORRUPT
    version = "1"
    requires = ("sentences",)
    #: declares nothing: the pipeline repairs the sentences of every component that assigns them, and
    #: the corrupted heads must reach the rules so that their own bounds are what is measured
    assigns: tuple[str, ...] = ()

    def __init__(self, mode: str = "cycle") -> None:
        self.mode = mode

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        for s in doc.sentences:
            n = len(s.tokens)
            for i, token in enumerate(s.tokens):
                if self.mode == "cycle":
                    token.head = (i + 1) % n if n > 1 else 0
                    if n > 3 and i % 4 == 3:  # small two-token cycles inside the ring too
                        token.head = i - 1
                else:
                    token.head = (-7, n + 5, i, 10**6)[i % 4]
        return doc


def setup(settings: Any, mode: str | None) -> None:
    """Worker set-up: the default pipeline, with the parse corrupted when ``mode`` says so."""
    from claimgraph.nlp.extract import init_worker
    from claimgraph.nlp.registry import DEFAULT_PIPELINE, registry

    if mode:
        registry.register(CORRUPT, partial(CorruptParse, mode))
        names = list(DEFAULT_PIPELINE)
        names.insert(names.index("claimgraph.parse.v1") + 1, CORRUPT)
        settings = replace(settings, pipeline=",".join(names))
    init_worker(settings, None, warm=True)


def timed(documents: list[Document], on_step: Any) -> list[dict[str, Any]]:
    """Extract each document alone and time it."""
    from claimgraph.nlp.extract import _worker_pipeline, analyzed

    pipeline = _worker_pipeline()
    out = []
    for i, document in enumerate(documents):
        started = time.perf_counter()
        on_step("input", [i])
        [doc] = pipeline.run_batch([analyzed(document)], lambda name, _, i=i: on_step(name, [i]))
        out.append({"id": document.id, "seconds": time.perf_counter() - started, "mentions": len(doc.mentions),
                    "claims": len(doc.claims), "events": len(doc.events), "errors": list(doc.errors)})
    return out


def run(cases: list[Case], settings: Settings, workers: int, budget: float, mode: str | None = None,
        per_part: int = 4) -> tuple[dict[str, dict[str, Any]], list[Any]]:
    """Timings by case id, and the failures (cut at the budget, worker died)."""
    timings: dict[str, dict[str, Any]] = {}
    failures: list[Any] = []
    docs = [Document(id=c.id, text=c.text, lang=c.lang) for c in cases]
    batches = [docs[i:i + per_part] for i in range(0, len(docs), per_part)]
    with WorkerPool(workers, partial(setup, settings, mode), timed, doc_timeout=budget,
                    max_mb=settings.worker_max_mb) as pool:
        for n, outcome in enumerate(pool.map(batches), 1):
            for part in outcome.results:
                for r in part:
                    timings[r["id"]] = r
            failures += outcome.failures
            if n % 50 == 0:
                print(f"  … {n}/{len(batches)} batches", file=sys.stderr, flush=True)
    return timings, failures


# -- the commands a user runs ------------------------------------------------------------------------

def commands(cases: list[Case], budget: float, limit: float, dask: bool) -> list[tuple[str, str, float, str]]:
    """(command, outcome, seconds, last line) of each stage over ``cases``, each limited to ``limit`` s."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="claimgraph-robust-") as tmp:
        src = Path(tmp) / "hostile.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for c in cases:
                fh.write(json.dumps({"id": c.id, "text": c.text, "lang": c.lang, "published": "2025-07-21",
                                     "outlet": f"outlet-{c.group}"}, ensure_ascii=False) + "\n")
        ws = str(Path(tmp) / "ws.duckdb")
        steps = [["ingest", str(src)], ["extract", "--doc-timeout", str(budget)],
                 ["annotate", "-i", str(src), "-o", str(Path(tmp) / "out.jsonl"), "--doc-timeout", str(budget)]]
        if dask:
            steps.append(["extract", "--engine", "dask", "--all", "--workers", "2", "--doc-timeout", str(budget)])
        steps.append(["triangulate"])
        env = {**os.environ, "CLAIMGRAPH_WORKSPACE": ws, "PYTHONPATH": str(ROOT / "src")}
        for args in steps:
            started = time.perf_counter()
            try:
                done = subprocess.run([sys.executable, "-m", "claimgraph", *args], env=env, timeout=limit,
                                      capture_output=True, text=True)
                outcome = "ok" if done.returncode == 0 else f"exit {done.returncode}"
                lines = [ln for ln in (done.stdout + done.stderr).splitlines() if ln.strip()]
                tail = " | ".join(ln.strip() for ln in lines[-2:])
            except subprocess.TimeoutExpired:
                outcome, tail = f"HANG (over {limit:.0f} s)", ""
            rows.append((" ".join(a for a in args[:3] if not a.startswith(tmp)), outcome,
                         time.perf_counter() - started, tail[:200]))
    return rows


# -- report ------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "bench")
    parser.add_argument("--quick", action="store_true", help="about 1,500 real sentences, no 1 MB document")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--doc-timeout", type=float, default=60.0)
    parser.add_argument("--injected-timeout", type=float, default=15.0,
                        help="budget for documents with corrupted parses (a hang shows as a cut either way)")
    parser.add_argument("--stage-limit", type=float, default=1800.0, help="seconds each command may take")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    settings = Settings.from_env()
    real_dir = Path(os.environ["CLAIMGRAPH_REAL_DOCS"]) if os.environ.get("CLAIMGRAPH_REAL_DOCS") else None

    docs = real_documents(args.shared, real_dir)
    by_lang: dict[str, list[str]] = {}
    for _, lang, text in docs:
        by_lang.setdefault("ru" if lang == "ru" else "en" if lang == "en" else lang, []).extend(sentences(text))
    distinct = {s for pool in by_lang.values() for s in pool}
    if args.quick:
        rng.shuffle(docs)
        keep, count = [], 0
        for d in docs:
            if count >= 1500:
                break
            keep.append(d)
            count += len(sentences(d[2]))
        docs = keep
    real = [Case(f"real-{n}", "real document", lang, text) for n, (_, lang, text) in enumerate(docs)]
    regrouped: list[Case] = []
    real_sentences = sum(len(sentences(c.text)) for c in real)
    goal = 1_200 if args.quick else 20_000
    for arrangement in range(1, 6):  # the same sentences among other neighbours, until the goal is met
        if real_sentences >= goal and arrangement > 1:
            break
        for lang, pool in by_lang.items():
            chosen = list(pool) if not args.quick else rng.sample(pool, min(len(pool), 700))
            rng.shuffle(chosen)
            chunk: list[str] = []
            for s in chosen + [""]:
                if s:
                    chunk.append(s)
                if chunk and (not s or sum(len(x) for x in chunk) > 2000):
                    regrouped.append(Case(f"regrouped-{lang}-{len(regrouped)}", "real sentences regrouped", lang,
                                          " ".join(chunk)))
                    real_sentences += len(chunk)
                    chunk = []
    main_langs = {k: v for k, v in by_lang.items() if k in ("en", "ru")}
    bad = hostile(main_langs, rng, copies=2 if args.quick else 10)
    sizes = sized(main_langs, rng, SIZES[:2] if args.quick else SIZES)
    injected_docs = [Case(f"injected-{lang}-{i}", "injected parse", lang, " ".join(rng.choice(pool) for _ in range(8)))
                     for lang, pool in main_langs.items() for i in range(10 if args.quick else 40)]
    print(f"real sentences: {len(distinct):,} distinct available, {real_sentences:,} run "
          f"({len(real)} documents as published, {len(regrouped)} regrouped); languages: "
          + ", ".join(f"{k} {len(v):,}" for k, v in sorted(by_lang.items(), key=lambda kv: -len(kv[1]))))
    print(f"hostile: {len(bad)} documents; sizes: {', '.join(c.id for c in sizes)}; "
          f"injected parses: {len(injected_docs)} × 2 (cycles, bad heads)")
    print(f"budget {args.doc_timeout:g} s per document ({args.injected_timeout:g} s with corrupted parses, "
          f"900 s for the size series), {args.workers} workers", flush=True)

    cases = real + regrouped + bad
    started = time.perf_counter()
    timings, failures = run(cases, settings, args.workers, args.doc_timeout)
    size_timings, size_failures = run(sizes, settings, min(args.workers, 2), max(args.doc_timeout, 900.0), per_part=1)
    injected: dict[str, tuple[dict[str, dict[str, Any]], list[Any]]] = {}
    for mode in ("cycle", "bad-heads"):
        injected[mode] = run(injected_docs, settings, args.workers, args.injected_timeout, mode=mode)
    extract_seconds = time.perf_counter() - started

    by_id = {c.id: c for c in cases + sizes + injected_docs}
    everything = list(timings.values()) + list(size_timings.values())
    print(f"\nextracted {len(everything)} documents, {sum(len(by_id[t['id']].text) for t in everything):,} "
          f"characters, in {extract_seconds:.0f} s")
    print("\nslowest documents:")
    print(f"  {'document':<28} {'group':<32} {'chars':>10} {'seconds':>8} {'µs/char':>8}")
    for t in sorted(everything, key=lambda t: -t["seconds"])[:12]:
        c = by_id[t["id"]]
        print(f"  {c.id:<28} {c.group:<32} {len(c.text):>10,} {t['seconds']:>8.2f} "
              f"{1e6 * t['seconds'] / max(1, len(c.text)):>8.1f}")

    print("\ntime per character:")
    per: dict[tuple[str, int], float] = {}
    for c in sizes:
        t = size_timings.get(c.id)
        size = int(c.id.rsplit("-", 1)[1][:-1]) * 1000
        per[(c.lang, size)] = t["seconds"] if t else float("nan")
        print(f"  {c.lang} {size // 1000:>5} KB: {per[(c.lang, size)]:8.2f} s, "
              f"{1e6 * per[(c.lang, size)] / size:6.1f} µs/char" + ("" if t else "  (failed)"))

    goals = []
    fails = failures + size_failures + [f for _, fl in injected.values() for f in fl]
    component_errors = [(t["id"], e) for t in everything for e in t["errors"]]
    for mode, (tm, _fl) in injected.items():
        component_errors += [(f"{mode}:{t['id']}", e) for t in tm.values() for e in t["errors"]]
    print("\nfailures (cut at the budget or worker died):" + ("" if fails else " none"))
    for f in fails:
        print(f"  {f.document_id}: {f.message()}")
    print(f"component errors (recorded, the document kept): {len(component_errors)}")
    for doc_id, error in component_errors[:15]:
        print(f"  {doc_id}: {error[:160]}")
    for mode, (tm, fl) in injected.items():
        print(f"injected {mode}: {len(tm)} extracted, {len(fl)} failed, "
              f"{sum(1 for t in tm.values() if t['errors'])} with component errors, "
              f"slowest {max((t['seconds'] for t in tm.values()), default=0):.2f} s")

    print("\ncommands over the hostile documents:")
    stage_rows = commands(bad + injected_docs[:4], args.doc_timeout, args.stage_limit, not args.no_dask)
    for command, outcome, seconds, tail in stage_rows:
        print(f"  {command:<32} {outcome:<18} {seconds:7.1f} s  {tail}")

    slow_small = [t for t in everything if len(by_id[t["id"]].text.encode()) <= SMALL and t["seconds"] >= GOAL_SMALL]
    goals.append(("no hang (no document cut at the budget, every command finished)",
                  not any(f.reason == "timeout" for f in fails) and not any(o.startswith("HANG") for _, o, _, _ in stage_rows)))
    goals.append(("no crash (no worker died, every command exited 0)",
                  not any(f.reason != "timeout" for f in fails) and all(o == "ok" for _, o, _, _ in stage_rows)))
    goals.append((f"every document ≤ 20 KB under {GOAL_SMALL:g} s ({len(slow_small)} over)", not slow_small))
    for lang in ("en", "ru"):
        if (lang, 10_000) in per and (lang, 100_000) in per:
            ratio = per[(lang, 100_000)] / per[(lang, 10_000)]
            goals.append((f"{lang}: 100 KB within {GOAL_LINEAR:g}× the 10 KB time ({ratio:.1f}×)", ratio <= GOAL_LINEAR))
    print("\ngoals:")
    for text, ok in goals:
        print(f"  [{'ok' if ok else 'MISSED'}] {text}")
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
