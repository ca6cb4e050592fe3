"""Independent origins: following citations, forwards and copies back to where a text began.

Ten outlets repeating one agency are one origin. A document's origins are, in this order: the
sources it names ("according to TASS", "Source: BelTA"), the channel it forwards, the origins of
the earlier document it copies; and only when it names none of these, its own (earliest) outlet.
Sightings of one document are one text, so the outlets carrying it add no origin. A claim
attributed to a known outlet or agency has that agency as its origin.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimgraph.model import Citation, Claim, Sighting
from claimgraph.triangulate.outlets import OutletBook
from claimgraph.triangulate.keys import outlet_key

MAX_DEPTH = 12  # copy chains longer than this are cut (and cycles never loop)


@dataclass(slots=True)
class Origin:
    """Where one report of a claim began, and the chain that leads there."""

    key: str  # one key per outlet/agency ("tass"), or "doc:<id>" when no outlet is known
    label: str  # the name shown to the analyst
    chain: list[str] = field(default_factory=list)  # "BelTA", "cites", "TASS"
    state_affiliated: bool | None = None
    country: str | None = None

    def describe(self) -> str:
        return " → ".join(self.chain) if self.chain else self.label


class CitationGraph:
    """Documents, the outlets that carried them and what each names as its source."""

    def __init__(self, sightings: Iterable[Sighting], citations: Iterable[Citation],
                 outlets: OutletBook | None = None,
                 published: dict[str, str | None] | None = None) -> None:
        self.book = outlets or OutletBook()
        self.published = published or {}
        self.carriers: dict[str, list[Sighting]] = defaultdict(list)
        self.cites: dict[str, list[Citation]] = defaultdict(list)
        self.known: set[str] = set()  # keys of every outlet, agency or channel seen anywhere
        for s in sightings:
            self.carriers[s.document_id].append(s)
            for name in (s.outlet, s.forwarded_from):
                if name:
                    self.known.add(self.book.key(name))
        for c in citations:
            self.cites[c.document_id].append(c)
            if c.kind != "copy" and c.source:
                self.known.add(self.book.key(c.source))
        self.known.update(outlet_key(name) for name in self.book.outlets)
        self.known.discard("")
        for rows in self.carriers.values():
            rows.sort(key=lambda s: (s.published or self.published.get(s.document_id) or "9999",
                                     s.outlet or "", s.id))
        self._memo: dict[str, list[Origin]] = {}

    # -- outlets -----------------------------------------------------------------------------
    def outlets_of(self, document_id: str) -> list[str]:
        """Outlet names that carried the document, earliest first (duplicates dropped)."""
        seen: dict[str, str] = {}
        for s in self.carriers.get(document_id, []):
            name = s.outlet or s.channel
            if name and self.book.key(name) not in seen:
                seen[self.book.key(name)] = self.book.label(name)
        return list(seen.values())

    def is_source(self, name: str | None) -> bool:
        """Whether a name is an outlet, agency or channel (not a person speaking)."""
        return bool(name) and self.book.key(name) in self.known

    def _origin(self, name: str, chain: list[str]) -> Origin:
        outlet = self.book.lookup(name)
        label = outlet.name if outlet else name
        return Origin(self.book.key(name), label, chain,
                      outlet.state_affiliated if outlet else None, outlet.country if outlet else None)

    # -- documents ---------------------------------------------------------------------------
    def document_origins(self, document_id: str) -> list[Origin]:
        """The independent origins behind one document (never empty)."""
        return self._document_origins(document_id, frozenset())

    def _document_origins(self, document_id: str, seen: frozenset[str]) -> list[Origin]:
        if document_id in self._memo:
            return self._memo[document_id]
        outlets = self.outlets_of(document_id)
        head = outlets[0] if outlets else f"document {document_id}"
        found: dict[str, Origin] = {}
        for c in sorted(self.cites.get(document_id, []), key=lambda c: (c.start or 0, c.id)):
            if c.kind == "copy" and c.target_document_id:
                target = c.target_document_id
                if target in seen or len(seen) >= MAX_DEPTH or target == document_id:
                    continue
                target_outlets = self.outlets_of(target)
                step = target_outlets[0] if target_outlets else f"document {target}"
                for o in self._document_origins(target, seen | {document_id}):
                    tail = o.chain[1:] if o.chain and o.chain[0] == step else o.chain
                    found.setdefault(o.key, Origin(o.key, o.label, [head, "copies", step, *tail],
                                                   o.state_affiliated, o.country))
            elif c.source:
                verb = "forwards" if c.kind == "forward" else "cites"
                o = self._origin(c.source, [head, verb, self.book.label(c.source)])
                if o.key:
                    found.setdefault(o.key, o)
        for s in self.carriers.get(document_id, []):
            if s.forwarded_from:
                o = self._origin(s.forwarded_from, [head, "forwards", self.book.label(s.forwarded_from)])
                if o.key:
                    found.setdefault(o.key, o)
        if not found:
            if outlets:
                o = self._origin(outlets[0], [outlets[0]] + (["(also carried by " + ", ".join(outlets[1:]) + ")"]
                                                             if len(outlets) > 1 else []))
            else:
                o = Origin(f"doc:{document_id}", head, [head])
            found[o.key] = o
        result = list(found.values())
        if not seen:
            self._memo[document_id] = result
        return result

    # -- claims ------------------------------------------------------------------------------
    def claim_origins(self, claim: Claim) -> list[Origin]:
        """Origins of one claim: its attributed agency when it names one, else its document's."""
        if claim.attributed_to and self.is_source(claim.attributed_to):
            outlets = self.outlets_of(claim.document_id)
            head = outlets[0] if outlets else f"document {claim.document_id}"
            label = self.book.label(claim.attributed_to)
            if self.book.key(claim.attributed_to) == self.book.key(head):
                return [self._origin(claim.attributed_to, [label])]
            return [self._origin(claim.attributed_to, [head, "cites", label])]
        return self.document_origins(claim.document_id)


def count_origins(origins: Iterable[Origin]) -> tuple[int, int]:
    """(independent origins, state-affiliated ones) over many reports."""
    distinct: dict[str, Origin] = {}
    for o in origins:
        distinct.setdefault(o.key, o)
    return len(distinct), sum(1 for o in distinct.values() if o.state_affiliated)
