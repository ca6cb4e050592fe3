"""Ingest speed per format next to the bare library call, and peak memory as the corpus grows.

    OPENBLAS_NUM_THREADS=1 python bench/ingest.py [--docs 2000] [--scales 1,2,4] [--workers 1]

A corpus of generated documents (text, Markdown, HTML, PDF, RSS, Telegram export, JSON Lines;
English and Russian, with exact and near duplicates) is written to a temporary folder. For each
format the script times ``ingest_paths`` into a fresh workspace and, in the same process, the
library call that does the format's core work alone (``trafilatura.extract``, pypdf text
extraction, ``feedparser.parse``, ``json.loads``, decoding). Peak memory is measured in a child
process per corpus size (1×, 2×, 4×): it should stay flat, since files are streamed.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

FORMATS = ("text", "markdown", "html", "pdf", "rss", "telegram", "jsonl")
EN_WORDS = ["plant", "workshop", "engine", "frame", "drone", "battery", "contract", "partner", "ministry", "delivery", "batch", "line", "factory", "order", "supplier", "component", "test", "range", "delegation", "agreement", "output", "capacity", "month", "year", "region", "official", "director", "spokesman", "report", "export", "import", "optics", "radio"]
RU_WORDS = ["завод", "цех", "двигатель", "рама", "беспилотник", "батарея", "контракт", "партнёр", "министерство", "поставка", "партия", "линия", "предприятие", "заказ", "поставщик", "комплектующие", "полигон", "делегация", "соглашение", "выпуск", "мощность", "месяц", "год", "область", "директор", "представитель", "отчёт", "экспорт", "импорт", "оптика"]
PLACES = ["Minsk", "Gomel", "Brest", "Vitebsk", "Grodno", "Mogilev", "Orsha", "Pinsk", "Kazan", "Tula", "Izhevsk", "Samara"]


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    body = " ".join(rng.choice(words) for _ in range(n))
    return body[0].upper() + body[1:] + "."


def _article(rng: random.Random, i: int) -> tuple[str, str, str]:
    """(title, text, lang) of the i-th generated article.

    Every 25th repeats the one before word for word; every 40th rewrites the first sentence of the
    one two places before (a near duplicate).
    """
    seed = i - 1 if i % 25 == 24 else i - 2 if i % 40 == 39 else i
    local = random.Random(seed)
    lang = "ru" if seed % 3 == 0 else "en"
    words = RU_WORDS if lang == "ru" else EN_WORDS
    place = local.choice(PLACES)
    paras = [" ".join(_sentence(local, words, local.randint(8, 18)) for _ in range(local.randint(3, 6)))
             for _ in range(local.randint(2, 5))]
    paras[0] = f"{place} {seed}. " + paras[0]
    text = "\n\n".join(paras)
    if i % 40 == 39:
        sentence = paras[0].split(". ")[1] if paras[0].count(". ") >= 2 else paras[0]
        text = text.replace(sentence, f"{sentence} and more", 1)
    return f"{place} report {seed}", text, lang


def _pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF with a Helvetica text layer (Latin text only)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = "\n".join(["BT", "/F1 10 Tf", "12 TL", "40 800 Td"] + [f"({esc(l)}) Tj T*" for l in lines] + ["ET"])
    stream = ops.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
             b"/Resources << /Font << /F1 5 0 R >> >> >>"),
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Title ({esc(title)}) /CreationDate (D:20240301120000Z) >>".encode("latin-1")]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def build_corpus(root: Path, docs: int, offset: int = 0) -> dict[str, int]:
    """Write about ``docs`` documents spread over the formats; returns documents per format."""
    rng = random.Random(offset)
    per = docs // len(FORMATS)
    counts = {}
    i = offset
    for fmt in FORMATS:
        folder = root / fmt
        folder.mkdir(parents=True, exist_ok=True)
        made = 0
        if fmt in ("text", "markdown", "html", "pdf"):
            for _ in range(per):
                title, text, lang = _article(rng, i)
                if fmt == "pdf" and lang == "ru":
                    lang, text = "en", text.encode("ascii", "ignore").decode() + " Minsk plant report."
                name = folder / f"{i:06d}"
                if fmt == "text":
                    data = f"Title: {title}\nOutlet: Outlet {i % 17}\nDate: 2024-03-{1 + i % 28:02d}\n\n{text}\n"
                    enc = "cp1251" if lang == "ru" and i % 2 else "utf-8"
                    name.with_suffix(".txt").write_bytes(data.encode(enc))
                elif fmt == "markdown":
                    name.with_suffix(".md").write_text(
                        f"---\ntitle: {title}\noutlet: Outlet {i % 17}\n---\n# {title}\n\n{text}\n", encoding="utf-8")
                elif fmt == "html":
                    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
                    name.with_suffix(".html").write_text(
                        f"<html lang='{lang}'><head><title>{title}</title><meta property='og:site_name' "
                        f"content='Site {i % 11}'><meta property='article:published_time' content='2024-04-02'>"
                        f"<script>var a = 1;</script></head><body><nav>Home | News | Sport</nav>"
                        f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved</footer>"
                        "</body></html>", encoding="utf-8")
                else:
                    lines = [text[k:k + 90] for k in range(0, len(text.replace("\n", " ")), 90)]
                    name.with_suffix(".pdf").write_bytes(_pdf(lines, title))
                i += 1
                made += 1
        elif fmt == "rss":
            for f in range(0, per, 20):
                entries = []
                for _ in range(min(20, per - f)):
                    title, text, _ = _article(rng, i)
                    entries.append(f"<item><title>{title}</title><link>https://feed.example/{i}</link>"
                                   f"<pubDate>Tue, 09 Jul 2024 10:15:00 +0000</pubDate>"
                                   f"<description><![CDATA[<p>{text}</p>]]></description></item>")
                    i += 1
                    made += 1
                (folder / f"feed{f:05d}.xml").write_text(
                    "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>"
                    + "".join(entries) + "</channel></rss>", encoding="utf-8")
        elif fmt == "telegram":
            for f in range(0, per, 50):
                msgs = []
                for m in range(min(50, per - f)):
                    _, text, _ = _article(rng, i)
                    msg = {"id": i, "type": "message", "date": "2024-04-02T10:30:00", "text": text}
                    if m % 5 == 0:
                        msg["text"] = [text[:20], {"type": "bold", "text": text[20:40]}, text[40:]]
                        msg["forwarded_from"] = "Other channel"
                    msgs.append(msg)
                    i += 1
                    made += 1
                sub = folder / f"export{f:05d}"
                sub.mkdir(exist_ok=True)
                (sub / "result.json").write_text(json.dumps({"name": f"Channel {f}", "type": "public_channel",
                                                            "messages": msgs}, ensure_ascii=False), encoding="utf-8")
        else:
            for f in range(0, per, 100):
                with (folder / f"bulk{f:05d}.jsonl").open("w", encoding="utf-8") as out:
                    for _ in range(min(100, per - f)):
                        title, text, lang = _article(rng, i)
                        out.write(json.dumps({"text": text, "title": title, "url": f"https://bulk.example/{i}",
                                              "published": "2024-05-01", "outlet": "Bulk", "lang": lang},
                                             ensure_ascii=False) + "\n")
                        i += 1
                        made += 1
        counts[fmt] = made
    return counts


def bare(fmt: str, folder: Path) -> float:
    """Seconds the bare library call takes over every file of one format."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        if fmt == "html":
            import trafilatura
            trafilatura.extract(data.decode("utf-8"))
        elif fmt == "pdf":
            from pypdf import PdfReader
            for page in PdfReader(io.BytesIO(data)).pages:
                page.extract_text()
        elif fmt == "rss":
            import feedparser
            feedparser.parse(data)
        elif fmt == "telegram":
            json.loads(data)
        elif fmt == "jsonl":
            for line in data.splitlines():
                json.loads(line)
        else:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                data.decode("cp1251")
    return time.perf_counter() - started


def stage_costs(folder: Path) -> dict[str, float]:
    """Milliseconds per document of the steps ingest adds to every text, whatever its format."""
    from claimgraph.ids import document_id
    from claimgraph.ingest.dedupe import signature
    from claimgraph.ingest.detect import detect_language

    texts = [json.loads(line)["text"] for path in sorted(folder.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    costs = {}
    for name, step in (("language (lingua)", detect_language), ("MinHash signature", signature),
                       ("document id", document_id)):
        started = time.perf_counter()
        for text in texts:
            step(text)
        costs[name] = (time.perf_counter() - started) / len(texts) * 1000
    return costs


def ingest_folder(folder: Path, workspace: Path, workers: int) -> tuple[float, object]:
    from claimgraph.ingest import ingest_paths
    from claimgraph.settings import Settings
    from claimgraph.workspace import Workspace

    ws = Workspace.open(Settings.from_env({}, workspace=str(workspace), workers=workers), create=True)
    started = time.perf_counter()
    report = ingest_paths(ws, [str(folder)])
    return time.perf_counter() - started, report


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1048576


def _child_memory(folder: str, workspace: str, workers: int) -> None:
    """Run in a child process: ingest, then print peak RSS (MiB) and documents stored."""
    _, report = ingest_folder(Path(folder), Path(workspace), workers)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mib": peak, "documents": report.documents_new}))  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2100, help="documents in the 1× corpus")
    parser.add_argument("--scales", default="1,2,4", help="corpus sizes for the memory check")
    parser.add_argument("--workers", type=int, default=1, help="reader processes (0: one per core)")
    parser.add_argument("--child-memory", nargs=2, metavar=("FOLDER", "WORKSPACE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        _child_memory(*args.child_memory, args.workers)
        return
    with tempfile.TemporaryDirectory(prefix="cg-bench-ingest-") as tmp:
        root = Path(tmp)
        counts = build_corpus(root / "corpus", args.docs)
        from claimgraph.ingest.detect import detect_language

        for sample in ("A short note to load every model.", "Короткая заметка для загрузки моделей."):
            detect_language(sample)  # short texts load the detector's larger models: do it once, untimed
        ingest_folder(root / "corpus" / "text", root / "warm.duckdb", args.workers)
        print(f"corpus: {sum(counts.values()):,} documents, {_size_mb(root / 'corpus'):.1f} MB; "
              f"workers={args.workers}; load average {os.getloadavg()[0]:.1f}")
        print(f"{'format':<10}{'docs':>7}{'MB':>7}{'ingest docs/s':>15}{'MB/s':>8}{'bare docs/s':>13}"
              f"{'MB/s':>8}{'ingest/bare':>13}")
        total_time, total_docs = 0.0, 0
        for fmt in FORMATS:
            folder = root / "corpus" / fmt
            mb = _size_mb(folder)
            seconds, report = ingest_folder(folder, root / f"{fmt}.duckdb", args.workers)
            lib = bare(fmt, folder)
            n = counts[fmt]
            total_time += seconds
            total_docs += n
            print(f"{fmt:<10}{n:>7}{mb:>7.1f}{n / seconds:>15.1f}{mb / seconds:>8.2f}{n / lib:>13.1f}"
                  f"{mb / lib:>8.2f}{seconds / lib:>12.1f}×")
        print(f"{'all':<10}{total_docs:>7}{'':>7}{total_docs / total_time:>15.1f}")
        costs = stage_costs(root / "corpus" / "jsonl")
        print("per document, in every format: " + ", ".join(f"{k} {v:.2f} ms" for k, v in costs.items())
              + f"; the rest of {1000 / (total_docs / total_time):.1f} ms is reading and the store")
        seconds, report = ingest_folder(root / "corpus", root / "all.duckdb", args.workers)
        print(f"one run over the mixed corpus: {seconds:.1f} s, {report.documents_new:,} new documents, "  # type: ignore[attr-defined]
              f"{report.duplicates} exact duplicates, {report.copies} copies")  # type: ignore[attr-defined]
        print("\npeak memory of a fresh process ingesting the corpus at several sizes:")
        print(f"{'size':<6}{'documents':>10}{'peak MiB':>10}")
        scales = [int(s) for s in args.scales.split(",") if s]
        for scale in scales:
            folder = root / f"scale{scale}"
            for part in range(scale):  # distinct texts for every copy of the corpus
                build_corpus(folder / f"part{part}", args.docs, offset=(part + 1) * 1_000_000)
            out = subprocess.run([sys.executable, __file__, "--workers", str(args.workers), "--child-memory",
                                  str(folder), str(root / f"scale{scale}.duckdb")],
                                 capture_output=True, text=True, check=True)
            data = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{scale}×{'':<4}{data['documents']:>10,}{data['peak_mib']:>10.0f}")


if __name__ == "__main__":
    main()
