"""The dashboard: what the workspace holds and what needs the analyst's attention."""
from __future__ import annotations

from claimgraph.analysis.cache import cached
from claimgraph.analysis.documents import list_documents
from claimgraph.analysis.ledger import contested_claims
from claimgraph.store import Row, Store

COUNTED = ("documents", "sightings", "mentions", "entities", "claims", "events", "citations",
           "matches", "judgments", "ingest_errors")


def counts(store: Store) -> dict[str, int]:
    """Row counts of the main tables (retracted documents left out)."""
    out: dict[str, int] = {}
    for table in COUNTED:
        where = " WHERE NOT coalesce(retracted, FALSE)" if table == "documents" else ""
        out[table] = int(store.scalar(f"SELECT count(*) FROM {table}{where}") or 0)
    return out


def latest_errors(store: Store, limit: int = 10) -> list[Row]:
    return store.query(
        """SELECT source, reason, failed_at AS at, stage FROM ingest_errors
           ORDER BY failed_at DESC, source LIMIT ?""", [limit])


def top_entities(store: Store, limit: int = 15) -> list[Row]:
    """Entities with the most mentions (as counted by resolution)."""
    return store.query(
        """SELECT id, type, name, coalesce(mentions, 0) AS mentions FROM entities
           ORDER BY coalesce(mentions, 0) DESC, name, id LIMIT ?""", [limit])


def watch_alerts(store: Store, limit: int = 10) -> list[dict[str, str]]:
    """What touches the analyst's watches and is new since their last look (read-only)."""
    from claimgraph.collect.watch import pending

    try:
        return pending(store, limit)
    except Exception:  # noqa: BLE001 - a workspace from before watches existed has no table
        return []


@cached
def dashboard(store: Store, limit: int = 10) -> dict[str, object]:
    """Counts, latest documents and errors, most-mentioned entities, contested claims, alerts."""
    return {
        "alerts": watch_alerts(store, limit),
        "counts": counts(store),
        "latest_documents": list_documents(store, limit=limit).items,
        "errors": latest_errors(store, limit),
        "top_entities": top_entities(store, 15),
        "contested": contested_claims(store, limit=limit),
    }
