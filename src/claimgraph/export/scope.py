"""What an export covers: the whole workspace, or the documents of a period, an entity or a type."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.workspace import Workspace


@dataclass(slots=True)
class Scope:
    """Filters shared by every export. Empty filters mean the whole workspace."""

    entities: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None

    @property
    def everything(self) -> bool:
        return not (self.entities or self.types or self.since or self.until)

    def document_ids(self, ws: Workspace) -> set[str] | None:
        """Ids of the documents in scope, or None for all (avoids a huge IN list)."""
        if self.everything:
            return None
        sql = "SELECT id FROM documents WHERE NOT coalesce(retracted, FALSE)"
        params: list[object] = []
        if self.since:
            sql += " AND published >= ?"
            params.append(self.since)
        if self.until:
            sql += " AND published <= ?"
            params.append(self.until + "\uffff")
        docs = {r["id"] for r in ws.store.query(sql, params)}
        if self.entities or self.types:
            ids = self.entity_ids(ws) or set()
            touching = {
                r["document_id"]
                for r in ws.store.query("SELECT DISTINCT document_id, entity_id FROM mentions "
                                        "WHERE entity_id IS NOT NULL")
                if r["entity_id"] in ids
            }
            docs &= touching
        return docs

    def entity_ids(self, ws: Workspace) -> set[str] | None:
        """Ids of the entities in scope (aliases of merged ids followed), or None for all."""
        if not (self.entities or self.types):
            return None
        wanted = set(self.entities)
        if wanted:
            for r in ws.store.query("SELECT old_id, entity_id FROM entity_aliases"):
                if r["old_id"] in wanted:
                    wanted.add(r["entity_id"])
        rows = ws.store.query("SELECT id, type FROM entities")
        return {
            r["id"] for r in rows
            if (not wanted or r["id"] in wanted) and (not self.types or r["type"] in self.types)
        }
