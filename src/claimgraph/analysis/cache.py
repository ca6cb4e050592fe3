"""Results of the read-only queries, kept until the workspace changes.

A page is asked for far more often than the workspace changes, and on a large workspace some
answers (a much-mentioned entity, the ledger, the timeline) take hundreds of milliseconds to
compute. Each result is kept under a *change stamp* that any committed write alters:

* DuckDB: size and modification time of the database file and its write-ahead log (one ``stat``
  each, no query). Every commit appends to the log; a checkpoint rewrites the file and removes
  the log. In-place updates (resolution, retractions, judgments) are seen too, which row counts
  and maximum timestamps would miss.
* PostgreSQL: the server's current write-ahead log position (one tiny query; writes to other
  databases only cost a recomputation).

Where no stamp can be had (an in-memory database, a standby server) nothing is cached. Entries
also expire after :data:`MAX_AGE` seconds, which bounds staleness should two writes ever leave
identical file stamps, and callers get a copy, so they may add keys to what they receive.
"""
from __future__ import annotations

import copy
import functools
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimgraph.store import Store

MAX_ENTRIES = 256
MAX_AGE = 30.0

F = TypeVar("F", bound=Callable[..., Any])

_ENTRIES: OrderedDict[tuple[str, str, str], tuple[str, float, Any]] = OrderedDict()
_LOCK = threading.Lock()


def change_stamp(store: Store) -> str | None:
    """A short string that changes whenever a write to the workspace is committed (None: unknown)."""
    if store.dialect == "duckdb":
        path = getattr(store, "path", None)
        if not isinstance(path, Path):
            return None
        parts = []
        for p in (path, path.with_name(path.name + ".wal")):
            try:
                st = os.stat(p)
            except OSError:
                parts.append("-")
                continue
            parts.append(f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
        return None if parts[0] == "-" else "|".join(parts)
    if store.dialect == "postgres":
        try:
            value = store.scalar("SELECT CASE WHEN pg_is_in_recovery() THEN NULL "
                                 "ELSE CAST(pg_current_wal_lsn() AS TEXT) END")
        except Exception:  # noqa: BLE001 - a server without the function: no caching
            return None
        return str(value) if value else None
    return None


def cached(fn: F) -> F:
    """Keep ``fn(store, ...)``'s result per workspace and arguments until the stamp changes."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(store: Store, *args: Any, **kwargs: Any) -> Any:
        stamp = change_stamp(store)
        if stamp is None:
            return fn(store, *args, **kwargs)
        key = (str(store.url), name, repr((args, sorted(kwargs.items()))))
        now = time.monotonic()
        with _LOCK:
            hit = _ENTRIES.get(key)
            if hit is not None and hit[0] == stamp and now - hit[1] <= MAX_AGE:
                _ENTRIES.move_to_end(key)
                value = hit[2]
            else:
                value = _MISSING
        if value is not _MISSING:
            return copy.deepcopy(value)
        value = fn(store, *args, **kwargs)  # stamp read first: a concurrent write only causes a recompute
        with _LOCK:
            _ENTRIES[key] = (stamp, now, value)
            _ENTRIES.move_to_end(key)
            while len(_ENTRIES) > MAX_ENTRIES:
                _ENTRIES.popitem(last=False)
        return copy.deepcopy(value)

    return wrapper  # type: ignore[return-value]


def clear() -> None:
    """Forget every kept result (for tests and after a restore from backup)."""
    with _LOCK:
        _ENTRIES.clear()


_MISSING = object()
