"""Extraction speed: claimgraph's full pipeline against the bare models it builds on, and scaling.

Three figures, each against a baseline measured in the same process on the same texts, model
loading excluded:

1. English: the full pipeline vs bare spaCy running its full pipeline (target >= 0.75 of it);
2. Russian: the full pipeline vs bare Natasha doing the same analyses — segmentation, morphology,
   syntax, lemmas and NER (target >= 0.75);
3. two worker processes vs one on at least 2 million characters, start-up excluded (target >= 1.8),
   each run extracting a workspace the way ``claimgraph extract --workers N`` does; best of
   ``--rounds`` alternating rounds.

    OPENBLAS_NUM_THREADS=1 python bench/speed.py [--shared ../shared/bench] [--chars 2000000] [--rounds 3]

Texts: re3d dev (English) and factRuEval test (Russian) from the shared benchmark folder.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent


def texts(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def documents(records: list[dict], lang: str, copies: int = 1) -> list:
    from claimgraph.ids import document_id
    from claimgraph.model import Document

    out = []
    for n in range(copies):
        for r in records:
            text = r["text"] if n == 0 else f"{r['text']}\n({n})"
            out.append(Document(id=document_id(text), text=text, lang=lang))
    return out


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def ours(docs: list, pipeline) -> None:
    from claimgraph.nlp.extract import extract

    for _ in extract(docs, pipeline):
        pass


def bare_spacy(docs: list, nlp) -> None:
    for _ in nlp.pipe(d.text for d in docs):
        pass


def bare_natasha(docs: list) -> None:
    from natasha import Doc

    from claimgraph.nlp.models import load_natasha

    m = load_natasha()
    for d in docs:
        doc = Doc(d.text)
        doc.segment(m.segmenter)
        doc.tag_morph(m.morph_tagger)
        doc.parse_syntax(m.syntax_parser)
        doc.tag_ner(m.ner_tagger)
        for token in doc.tokens:
            token.lemmatize(m.morph_vocab)
        for span in doc.spans:
            span.normalize(m.morph_vocab)


def compare(title: str, docs: list, pipeline, baseline_name: str, baseline) -> None:
    chars = sum(len(d.text) for d in docs)
    ours(docs[:2], pipeline)  # load models and warm caches outside the timing
    baseline(docs[:2])
    t_base = timed(baseline, docs)
    t_ours = timed(ours, docs, pipeline)
    ratio = t_base / t_ours
    print(f"{title}: {chars:,} chars; {baseline_name} {chars / t_base:,.0f} chars/s, "
          f"claimgraph {chars / t_ours:,.0f} chars/s, ratio {ratio:.2f} (target >= 0.75)")


def scaling(docs: list, settings, rounds: int) -> None:
    """Extraction as ``claimgraph extract --workers N`` runs it, for N = 1 and 2: the parent reads the
    documents from a workspace and bulk-loads the store rows the workers send back.

    Start-up is excluded: both pools start first, and every worker extracts a document in each
    language before it is ready. Each round extracts the same documents into fresh workspaces with one and
    with two processes, alternating which goes first; the speeds are the best of the rounds, as
    the machine's other load only ever slows a run down.
    """
    import tempfile

    from claimgraph.nlp.extract import extract_workspace, pool

    chars = sum(len(d.text) for d in docs)
    speeds: dict[int, list[float]] = {1: [], 2: []}
    stored = {}
    with tempfile.TemporaryDirectory() as tmp, pool(1, settings) as one, pool(2, settings) as two:
        executors = {1: one, 2: two}
        for executor in executors.values():
            executor.start()  # each worker loads and warms its models before it is ready
        for r in range(rounds):
            loads = {}
            for workers in ((1, 2) if r % 2 == 0 else (2, 1)):
                ws = workspace(Path(tmp) / f"r{r}-w{workers}.duckdb", settings, docs)
                loads[workers] = os.getloadavg()[0]
                started = time.perf_counter()
                extract_workspace(ws, all=True, workers=workers, executor=executors[workers])
                speeds[workers].append(chars / (time.perf_counter() - started))
                if r == 0:
                    stored[workers] = [ws.store.query(f"SELECT * FROM {t} ORDER BY id")
                                       for t in ("mentions", "claims", "events", "citations")]
            print(f"  round {r + 1}: 1 process {speeds[1][-1]:,.0f} chars/s, 2 processes {speeds[2][-1]:,.0f} "
                  f"chars/s, ratio {speeds[2][-1] / speeds[1][-1]:.2f} (load average before: "
                  f"{loads[1]:.2f}, {loads[2]:.2f})")
    same = "same rows" if stored[1] == stored[2] else "ROWS DIFFER"
    best = {w: max(s) for w, s in speeds.items()}
    ratios = sorted(two / one for one, two in zip(speeds[1], speeds[2]))
    print(f"scaling: {chars:,} chars, best of {rounds} rounds: 1 process {best[1]:,.0f} chars/s, 2 processes "
          f"{best[2]:,.0f} chars/s; 2 processes / 1 = {best[2] / best[1]:.2f} (target >= 1.8; median of the "
          f"rounds' ratios {statistics.median(ratios):.2f}); {same}")


def workspace(path: Path, settings, docs: list):
    """A new DuckDB workspace holding the documents."""
    import dataclasses

    from claimgraph.store.records import document_row
    from claimgraph.workspace import Workspace

    ws = Workspace.open(dataclasses.replace(settings, workspace=str(path)), create=True)
    with ws.store.write() as tx:
        tx.upsert("documents", [document_row(d) for d in docs])
    return ws


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--chars", type=int, default=2_000_000, help="characters for the scaling run")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the scaling run (the best counts)")
    ap.add_argument("--only", default="en,ru,scaling")
    args = ap.parse_args()
    shared = Path(args.shared)

    from claimgraph.nlp.models import load_spacy
    from claimgraph.nlp.pipeline import default_pipeline
    from claimgraph.settings import Settings

    settings = Settings.from_env()
    pipeline = default_pipeline(settings)
    print(f"pipeline: {', '.join(pipeline.names)}")
    english = documents(texts(shared / "re3d" / "dev.jsonl"), "en")
    russian = documents(texts(shared / "ner" / "factru-test.jsonl"), "ru")
    if "en" in args.only:
        nlp = load_spacy(settings.en_model)
        compare("English", english, pipeline, "bare spaCy", lambda docs: bare_spacy(docs, nlp))
    if "ru" in args.only:
        compare("Russian", russian, pipeline, "bare Natasha", bare_natasha)
    if "scaling" in args.only:
        per_copy = sum(len(d.text) for d in russian)
        copies = max(1, -(-args.chars // per_copy))
        scaling(documents(texts(shared / "ner" / "factru-test.jsonl"), "ru", copies), settings, args.rounds)


if __name__ == "__main__":
    main()
