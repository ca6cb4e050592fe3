"""Versioned component names mapped to factories, extendable through entry points.

Built-in components are registered exactly like a third-party one: a versioned name
(``claimgraph.ner.v1``) and a dotted path imported only when the component is built, so importing
claimgraph loads no model. A user package adds or replaces a component by declaring an entry point
in the ``claimgraph.components`` group::

    [project.entry-points."claimgraph.components"]
    "claimgraph.ner.v1" = "mypackage.ner:BetterNer"     # replaces the built-in
    "mypackage.sectors.v1" = "mypackage.sectors:Sectors" # a new one, named in CLAIMGRAPH_PIPELINE
"""
from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from importlib import metadata
from typing import Any

from claimgraph.errors import ExtractError

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "claimgraph.components"

#: The default pipeline, in order (see :mod:`claimgraph.nlp.component`).
DEFAULT_PIPELINE = (
    "claimgraph.furniture.v1",
    "claimgraph.parse.v1",
    "claimgraph.ner.v1",
    "claimgraph.gazetteer.v1",
    "claimgraph.dates.v1",
    "claimgraph.quantities.v1",
    "claimgraph.linking.v1",
    "claimgraph.citations.v1",
    "claimgraph.claims.v1",
    "claimgraph.events.v1",
)

_BUILTINS = {
    "claimgraph.furniture.v1": "claimgraph.nlp.furniture:FurnitureComponent",
    "claimgraph.parse.v1": "claimgraph.nlp.parse:ParseComponent",
    "claimgraph.ner.v1": "claimgraph.nlp.ner:NerComponent",
    "claimgraph.gazetteer.v1": "claimgraph.nlp.gazetteer:GazetteerComponent",
    "claimgraph.dates.v1": "claimgraph.nlp.dates:DateComponent",
    "claimgraph.quantities.v1": "claimgraph.nlp.quantities:QuantityComponent",
    "claimgraph.linking.v1": "claimgraph.nlp.linking:LinkingComponent",
    "claimgraph.citations.v1": "claimgraph.nlp.citations:CitationComponent",
    "claimgraph.claims.v1": "claimgraph.nlp.claims:ClaimComponent",
    "claimgraph.events.v1": "claimgraph.nlp.events:EventComponent",
}

Factory = Callable[..., Any]


class MissingComponent(ExtractError):
    """A registered component whose module or class cannot be imported."""


class Registry:
    """Component names → dotted paths or callables; entry points are read on first use."""

    def __init__(self) -> None:
        self._entries: dict[str, str | Factory] = {}
        self._loaded_entry_points = False
        #: names read from entry points, with what they pointed at, so a reload forgets the uninstalled
        self._from_entry_points: dict[str, str] = {}

    def register(self, name: str, factory: str | Factory) -> None:
        """Register (or replace) a component under a versioned name such as ``acme.sectors.v1``."""
        self._entries[name] = factory

    def _ensure(self) -> None:
        if self._loaded_entry_points:
            return
        self._loaded_entry_points = True
        for name, path in _BUILTINS.items():
            self._entries.setdefault(name, path)
        try:
            entry_points = metadata.entry_points(group=ENTRY_POINT_GROUP)
        except Exception as exc:  # noqa: BLE001 - broken metadata must not stop extraction
            log.warning("could not read %s entry points: %s", ENTRY_POINT_GROUP, exc)
            return
        for ep in entry_points:
            self._entries[ep.name] = ep.value
            self._from_entry_points[ep.name] = ep.value

    def reload(self) -> None:
        """Read the entry points again (after a package was installed or removed in this process)."""
        for name, value in self._from_entry_points.items():
            if self._entries.get(name) == value:
                del self._entries[name]
        self._from_entry_points = {}
        self._loaded_entry_points = False

    def names(self) -> list[str]:
        """Every registered name, sorted."""
        self._ensure()
        return sorted(self._entries)

    def __contains__(self, name: object) -> bool:
        self._ensure()
        return name in self._entries

    def get(self, name: str) -> Factory:
        """The factory (usually a component class) for ``name``, imported now."""
        self._ensure()
        entry = self._entries.get(name)
        if entry is None:
            raise ExtractError(f"no component named {name!r}",
                               hint="known: " + ", ".join(self.names()))
        if not isinstance(entry, str):
            return entry
        module_name, _, attr = entry.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                raise MissingComponent(f"component {name}: module {module_name} is not available",
                                       hint="install the package that provides it") from exc
            raise
        try:
            factory = getattr(module, attr) if attr else module
        except AttributeError as exc:
            raise MissingComponent(f"component {name}: {module_name} has no {attr}",
                                   hint="check the entry point's target") from exc
        self._entries[name] = factory
        return factory


registry = Registry()
