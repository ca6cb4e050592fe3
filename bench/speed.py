"""Extraction speed: claimgraph's full pipeline against the bare models it builds on, and scaling.

Three figures, each against a baseline measured in the same process on the same texts, model
loading excluded:

1. English: the full pipeline vs bare spaCy running its full pipeline (target >= 0.75 of it);
2. Russian: the full pipeline vs bare Natasha doing the same analyses — segmentation, morphology,
   syntax, lemmas and NER (target >= 0.75);
3. two worker processes vs one on at least 2 million characters, start-up excluded (target >= 1.8).

    OPENBLAS_NUM_THREADS=1 python bench/speed.py [--shared ../shared/bench] [--chars 2000000]

Texts: re3d dev (English) and factRuEval test (Russian) from the shared benchmark folder.
"""
from __future__ import annotations

import argparse
import json
import os
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


def scaling(docs: list, settings) -> None:
    from claimgraph.nlp.extract import BATCH, extract_parallel, pool

    chars = sum(len(d.text) for d in docs)
    batches = [docs[i:i + BATCH] for i in range(0, len(docs), BATCH)]
    seconds = {}
    # one document of each language, so every worker has loaded every model before timing starts
    warm = list({d.lang: d for d in docs}.values())
    for workers in (1, 2):
        with pool(workers, settings) as executor:
            list(extract_parallel([warm] * (4 * workers), executor, 4 * workers))  # start-up, models
            started = time.perf_counter()
            for _ in extract_parallel(batches, executor, 2 * workers):
                pass
            seconds[workers] = time.perf_counter() - started
        print(f"  {workers} process{'es' if workers > 1 else ''}: {chars / seconds[workers]:,.0f} chars/s")
    print(f"scaling: {chars:,} chars, 2 processes / 1 = {seconds[1] / seconds[2]:.2f} (target >= 1.8)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--chars", type=int, default=2_000_000, help="characters for the scaling run")
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
        scaling(documents(texts(shared / "ner" / "factru-test.jsonl"), "ru", copies), settings)


if __name__ == "__main__":
    main()
