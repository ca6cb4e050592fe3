"""A workspace: settings plus an open store, passed explicitly to every stage and command."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimgraph.errors import StoreError
from claimgraph.settings import Settings
from claimgraph.store import Store, open_store
from claimgraph.store.schema import SCHEMA_VERSION


@dataclass
class Workspace:
    settings: Settings
    store: Store

    @classmethod
    def open(cls, settings: Settings, create: bool = False) -> Workspace:
        """Open the workspace named in ``settings``; ``create`` makes and migrates it when new."""
        url = settings.workspace
        is_file = not url.startswith(("postgresql://", "postgres://"))
        if is_file and not create and not Path(url).exists():
            raise StoreError(
                f"{url}: no workspace here",
                hint=f"create one with 'claimgraph init {url}' or pass -w PATH",
            )
        if is_file:
            Path(url).parent.mkdir(parents=True, exist_ok=True)
        store = open_store(url, busy_timeout=settings.busy_timeout)
        version = store.schema_version()
        if version < SCHEMA_VERSION or store.pending_migrations():
            store.migrate()
        elif version > SCHEMA_VERSION:
            raise StoreError(f"{url}: schema version {version} is newer than this claimgraph",
                             hint="upgrade claimgraph")
        return cls(settings, store)
