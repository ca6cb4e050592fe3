"""Read-only queries over a workspace store, shared by the web UI, the REST API and notebooks.

Every function takes a :class:`~claimgraph.store.Store` (or something with its ``query``/``scalar``)
and returns plain dicts ready for JSON; none of them writes. Tables filled by later stages may be
empty or lack columns added by later migrations: the queries degrade to what is there.
"""
from __future__ import annotations

from claimgraph.analysis.paging import Page, columns, page_of

__all__ = ["Page", "columns", "page_of"]
