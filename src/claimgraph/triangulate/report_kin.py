"""Claims one report tells more than once: in its lead in its own voice, and in its body with a source.

A report often opens with what happened in its own words ("The two presidents signed a security
treaty on Friday") and later credits it ("the treaty was signed, according to local media"). The
lead names no source, yet it is the same account as the credited sentence: the report did not
witness the signing twice. Claims of one report are *kin* when they state one predicate of one
subject and one object (by resolved entity, else by name key); the modality may differ, as a lead
tells as fact what the body attributes.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimgraph.model import Claim
from claimgraph.triangulate.keys import name_key


def claim_key(c: Claim) -> tuple[str, str, str]:
    """What a claim states, whatever its modality: predicate, subject and object."""
    return (c.predicate, c.subject_entity or name_key(c.subject), c.object_entity or name_key(c.object))


class ReportKin:
    """The claims of each report, by what they state."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._by: dict[tuple[str, tuple[str, str, str]], list[Claim]] = defaultdict(list)
        for c in claims:
            self._by[(c.document_id, claim_key(c))].append(c)

    def of(self, claim: Claim) -> list[Claim]:
        """The other claims of the claim's report that state the same."""
        return [c for c in self._by.get((claim.document_id, claim_key(claim)), []) if c.id != claim.id]
