"""Scale: distributed extraction throughput (1 vs 2 Dask workers), memory per worker, PostgreSQL
bulk load rate (COPY vs plain INSERT), and a projection of workers for 1 million articles a day.

    python bench/scale.py --chars 2000000 --pg postgresql://postgres@127.0.0.1:55432/postgres

Start-up (cluster, model loading) is excluded from throughput: each cluster extracts a small
warm-up batch first. The corpus is generated from templates in English and Russian.
"""
from __future__ import annotations

import argparse
import math
import os
import random
import time
import uuid

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from claimgraph.ids import document_id
from claimgraph.model import Claim, Document, TimeRef
from claimgraph.settings import Settings
from claimgraph.store import open_store, records
from claimgraph.store.bulk import insert_rows, load_rows

EN = [
    "Officials in {city} said on {day} May that the plant would make up to {n} drones a year.",
    "Governor {person} met the delegation from {city} to discuss components and engines.",
    "According to the agency, {n} operators were trained at the regional centre in {city}.",
    "The ministry denied that the company had supplied parts to the factory near {city}.",
]
RU = [
    "В {city_ru} сообщили, что завод сможет выпускать до {n} беспилотников в год.",
    "Губернатор {person_ru} провел переговоры с делегацией и обсудил поставки комплектующих.",
    "По данным агентства, в центре подготовили {n} операторов.",
]
CITIES = ["Minsk", "Samara", "Tomsk", "Tolyatti", "Kazan", "Gomel"]
CITIES_RU = ["Минске", "Самаре", "Томске", "Тольятти", "Казани", "Гомеле"]
PEOPLE = ["Vyacheslav Fedorishchev", "Ivan Petrov", "Anna Sidorova"]
PEOPLE_RU = ["Вячеслав Федорищев", "Иван Петров", "Анна Сидорова"]


def corpus(chars: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs: list[Document] = []
    total = 0
    while total < chars:
        ru = rng.random() < 0.5
        parts = [rng.choice(RU if ru else EN).format(
            city=rng.choice(CITIES), city_ru=rng.choice(CITIES_RU), person=rng.choice(PEOPLE),
            person_ru=rng.choice(PEOPLE_RU), day=rng.randint(1, 28), n=rng.randint(100, 100000))
            for _ in range(rng.randint(10, 25))]
        text = f"Report {len(docs)}. " + " ".join(parts)
        docs.append(Document(id=document_id(text), text=text, lang="ru" if ru else "en",
                             published="2025-05-30"))
        total += len(text)
    return docs


def throughput(docs: list[Document], workers: int, batch: int = 16) -> tuple[float, list[int]]:
    """Characters per second with ``workers`` Dask workers, start-up excluded; RSS per worker (with its extraction process) at the end."""
    from distributed import Client, LocalCluster

    from claimgraph.engine.dask import ModelPlugin, extract_on_worker, worker_memory_mb

    settings = Settings.from_env()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.register_plugin(ModelPlugin(settings, {}), name=ModelPlugin.name)
        warm = [client.submit(extract_on_worker, docs[:2], pure=False, workers=[w])
                for w in client.scheduler_info()["workers"]]
        client.gather(warm)
        batches = [docs[i:i + batch] for i in range(0, len(docs), batch)]
        started = time.perf_counter()
        client.gather(client.map(extract_on_worker, batches, pure=False))
        seconds = time.perf_counter() - started
        rss = list(client.run(worker_memory_mb).values())
    return sum(len(d.text) for d in docs) / seconds, [int(mb) for mb in rss]


def claims(n: int) -> list[dict[str, object]]:
    rows = []
    for i in range(n):
        c = Claim(id=f"clm-{uuid.uuid4().hex[:16]}", document_id=f"doc-{i % 997:04d}", subject="Russia",
                  predicate="capacity", object=None, value=float(i), unit="drone", qualifier="up to",
                  rate="year", time=TimeRef("2025-03-01", "2025-03-31", "month"), modality="offer",
                  attributed_to="Maxim Oreshkin", start=i, end=i + 80)
        rows.append(records.claim_row(c))
    return rows


def load_rates(pg: str, n: int) -> tuple[float, float]:
    import psycopg

    name = "cg_bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = pg.rsplit("/", 1)[0] + "/" + name
    store = open_store(url)
    store.migrate()
    rows_copy, rows_insert = claims(n), claims(n)
    started = time.perf_counter()
    load_rows(store, "claims", rows_copy)
    copy_rate = n / (time.perf_counter() - started)
    started = time.perf_counter()
    insert_rows(store, "claims", rows_insert[: n // 10])
    insert_rate = (n // 10) / (time.perf_counter() - started)
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name}")
    return copy_rate, insert_rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_000_000)
    parser.add_argument("--pg", default=os.environ.get("CLAIMGRAPH_TEST_PG"))
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--article-chars", type=int, default=3000,
                        help="average article length used in the projection")
    args = parser.parse_args()

    docs = corpus(args.chars)
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {len(docs)} documents, {chars:,} characters")
    one, mem1 = throughput(docs, 1)
    two, mem2 = throughput(docs, 2)
    print(f"{'workers':>8} {'chars/s':>10} {'speed-up':>9} {'RSS per worker (MiB)':>28}")
    print(f"{1:>8} {one:>10,.0f} {1.0:>9.2f} {', '.join(map(str, mem1)):>28}")
    print(f"{2:>8} {two:>10,.0f} {two / one:>9.2f} {', '.join(map(str, mem2)):>28}")
    if args.pg:
        copy_rate, insert_rate = load_rates(args.pg, args.claims)
        print(f"PostgreSQL claims load: COPY {copy_rate:,.0f} rows/s vs plain INSERT {insert_rate:,.0f} rows/s "
              f"({copy_rate / insert_rate:.1f}x)")
    else:
        print("PostgreSQL load rate skipped (pass --pg URL)")
    per_worker = two / 2
    needed = 1_000_000 * args.article_chars / 86_400
    workers = needed / per_worker
    print(f"projection: 1,000,000 articles/day x {args.article_chars:,} chars / 86,400 s = {needed:,.0f} chars/s; "
          f"/ {per_worker:,.0f} chars/s per worker (2-worker run) = {workers:,.2f} workers; "
          f"x 1.25 headroom for peaks and retries -> {math.ceil(workers * 1.25)} worker processes")


if __name__ == "__main__":
    main()
