"""Full-text search over documents: DuckDB's FTS extension, PostgreSQL's text search, or LIKE.

DuckDB cannot download extensions here, so the FTS extension is loaded by path from the
``duckdb-extension-fts`` package. Its index is a snapshot built by :func:`refresh_index`, which the
stages call after they change documents (a fingerprint in ``search_index`` says what it covers);
a search only reads, so a page request never holds the write lock for a rebuild. PostgreSQL needs
no snapshot; :func:`refresh_index` creates its expression index (a search works without it).
"""
from __future__ import annotations

import logging
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from claimgraph.analysis.cache import cached
from claimgraph.analysis.paging import Page, page_of, placeholders, table_exists
from claimgraph.store import Row, Store, now

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_WORD = re.compile(r"\w+", re.UNICODE)
_PG_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
SNIPPET = 240
MAX_HITS = 5000  # ranked hits kept per query; a page beyond them is empty


@cache
def fts_extension() -> Path | None:
    """The FTS extension file shipped by ``duckdb-extension-fts`` for this DuckDB, if installed."""
    try:
        import duckdb
        import duckdb_extension_fts
    except ImportError:
        return None
    base = Path(duckdb_extension_fts.__file__).parent / "extensions"
    exact = base / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if exact.exists():
        return exact
    found = sorted(base.glob("v*/fts.duckdb_extension"))
    return found[-1] if found else None


def terms(q: str) -> list[str]:
    """The words of a query, lower-cased, at most ten (a long query must stay cheap)."""
    return [w.lower() for w in _WORD.findall(q or "")][:10]


def _fingerprint(store: Store) -> str:
    r = store.query("""SELECT count(*) AS n, max(id) AS hi, min(id) AS lo, max(ingested_at) AS at,
                              sum(CASE WHEN coalesce(retracted, FALSE) THEN 1 ELSE 0 END) AS gone
                       FROM documents""")[0]
    return f"{r['n']}|{r['hi']}|{r['lo']}|{r['at']}|{r['gone']}"


def _load_fts(store: Store) -> bool:
    """Load the FTS extension on the current connection; False → search with LIKE."""
    path = fts_extension()
    if path is None:
        return False
    try:
        with store.read() as cur:
            cur.execute(f"LOAD '{path.as_posix()}'")
    except Exception as exc:  # noqa: BLE001 - any failure means: fall back to LIKE
        log.warning("full-text search extension not loaded (%s); searching with LIKE", exc)
        return False
    return True


def _duck_fresh(store: Store) -> bool:
    """True when the FTS index exists and covers the documents as they are now (read only)."""
    if not table_exists(store, "search_index") or not _load_fts(store):
        return False
    built = store.scalar("SELECT fingerprint FROM search_index WHERE name = 'documents'")
    return built is not None and built == _fingerprint(store)


def refresh_index(store: Store) -> bool:
    """Bring the full-text index up to date with the documents; True when one is usable.

    Called by the stages that change documents (ingest, extract, retraction), never by a page:
    a search reads the index it finds. On DuckDB the index is rebuilt only when the documents
    changed since the last build; PostgreSQL gets its expression index once.
    """
    if store.dialect == "postgres":
        with _LOCK, store.write() as tx:
            tx.execute(f"CREATE INDEX IF NOT EXISTS documents_fulltext ON documents "
                       f"USING gin ({_PG_VECTOR})")
        return True
    if store.dialect != "duckdb" or not table_exists(store, "search_index"):
        return False
    with store.session():
        if _duck_fresh(store):
            return True
        if not _load_fts(store):
            return False
        fingerprint = _fingerprint(store)
        with _LOCK, store.write() as tx:
            tx.execute("PRAGMA create_fts_index('documents', 'id', 'title', 'text', overwrite=1)")
            tx.execute("DELETE FROM search_index WHERE name = 'documents'")
            tx.execute("INSERT INTO search_index (name, fingerprint, built_at) VALUES (?, ?, ?)",
                       ["documents", fingerprint, now()])
    return True


@cached
def search(store: Store, q: str, lang: str | None = None, limit: int | None = None,
           offset: int | None = None) -> Page:
    """Documents matching ``q``, best first, each with a snippet around the first hit.

    Never writes. Where the DuckDB index is missing or older than the documents (until
    :func:`refresh_index` runs), LIKE answers, so no document is missed. Items carry ``method``:
    ``fts``, ``postgres`` or ``like``, so a user can tell why ranking looks plain.
    """
    with store.session():  # the FTS extension is loaded per connection: keep one for the search
        return _search(store, q, lang, limit, offset)


def _search(store: Store, q: str, lang: str | None, limit: int | None, offset: int | None) -> Page:
    lim, off = page_of(limit, offset, default=20)
    words = terms(q)
    if not words:
        return Page([], 0, lim, off)
    extra, extra_params = ("AND d.lang = ?", [lang]) if lang else ("", [])
    live = "NOT coalesce(d.retracted, FALSE)"
    method = "like"
    if store.dialect == "duckdb" and _duck_fresh(store):
        method = "fts"
        inner = f"""SELECT d.id, d.title, d.published, d.lang,
                           fts_main_documents.match_bm25(d.id, ?, conjunctive := 1) AS score
                    FROM documents d WHERE {live} {extra}"""
        params: list[Any] = [" ".join(words), *extra_params]
        base = f"SELECT * FROM ({inner}) s WHERE score IS NOT NULL"
        order = "score DESC, id"
    elif store.dialect == "postgres":
        method = "postgres"
        base = f"""SELECT d.id, d.title, d.published, d.lang,
                          ts_rank({_PG_VECTOR.replace('title', 'd.title').replace(' text', ' d.text')},
                                  plainto_tsquery('simple', ?)) AS score
                   FROM documents d
                   WHERE {live} {extra} AND {_PG_VECTOR} @@ plainto_tsquery('simple', ?)"""
        params = [" ".join(words), *extra_params, " ".join(words)]
        order = "score DESC, id"
    else:
        base, params, order = _like(words, f"{live} {extra}", extra_params)
    # one ranking pass gives both the page and the total (scoring twice would double the cost)
    ranked = store.query(f"SELECT id, title, published, lang, score FROM ({base}) t "
                         f"ORDER BY {order} LIMIT ?", [*params, MAX_HITS])
    if not ranked and method != "like":
        # whole words found nothing: an inflected language's stem ("беспилот") or a part of a
        # compound still finds the documents that contain it
        method = "like"
        base, params, order = _like(words, f"{live} {extra}", extra_params)
        ranked = store.query(f"SELECT id, title, published, lang, score FROM ({base}) t "
                             f"ORDER BY {order} LIMIT ?", [*params, MAX_HITS])
    total = len(ranked)
    rows = ranked[off:off + lim]
    _attach_snippets(store, rows, words)
    for r in rows:
        r["method"] = method
    return Page(rows, total, lim, off)


def _like(words: list[str], where: str, params: list[Any]) -> tuple[str, list[Any], str]:
    """Every word as a literal substring of the title or text (LIKE wildcards escaped)."""
    likes = " AND ".join("(lower(coalesce(d.title, '')) LIKE ? ESCAPE '\\' "
                         "OR lower(d.text) LIKE ? ESCAPE '\\')" for _ in words)
    params = [*params]
    for w in words:
        pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    base = f"""SELECT d.id, d.title, d.published, d.lang, 0.0 AS score FROM documents d
               WHERE {where} AND {likes}"""
    return base, params, "published DESC NULLS LAST, id"


def _attach_snippets(store: Store, rows: list[Row], words: list[str]) -> None:
    if not rows:
        return
    ids = [r["id"] for r in rows]
    texts = {r["id"]: r["text"] or "" for r in store.query(
        f"SELECT id, substr(text, 1, 200000) AS text FROM documents WHERE id IN ({placeholders(ids)})",
        ids)}
    for r in rows:
        r["snippet"] = snippet(texts.get(r["id"], ""), words)


def snippet(text: str, words: list[str], width: int = SNIPPET) -> list[list[Any]]:
    """A window of ``text`` around the first hit as ``[[segment, is_hit], ...]`` (never HTML)."""
    low = text.lower()
    hits = [low.find(w) for w in words if w]
    hits = [h for h in hits if h >= 0]
    first = min(hits) if hits else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    window, wlow = text[start:end], low[start:end]
    marks = [False] * len(window)
    for w in words:
        pos = wlow.find(w)
        while w and pos >= 0:
            for i in range(pos, min(pos + len(w), len(window))):
                marks[i] = True
            pos = wlow.find(w, pos + len(w))
    out: list[list[Any]] = []
    if start > 0:
        out.append(["…", False])
    for ch, hit in zip(window, marks):
        if out and out[-1][1] == hit and out[-1][0] != "…":
            out[-1][0] += ch
        else:
            out.append([ch, hit])
    if end < len(text):
        out.append(["…", False])
    return out
