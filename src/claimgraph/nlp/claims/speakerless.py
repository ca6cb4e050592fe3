"""Claims still waiting for a speaker, each with the sentence it stands in.

Rules that give a claim the speaker of a nearby sentence ("He added …", "Об этом заявил …") look
only at claims that name no speaker, state no role and have a place in the text.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator

from claimgraph.model import Claim


def speakerless(claims: list[Claim], starts: list[int]) -> Iterator[tuple[Claim, int | None]]:
    """Each claim with the index of the sentence it starts in (by the sentences' ``starts``; -1
    before the first), or None for a claim no speaker rule may change."""
    for c in claims:
        if c.attributed_to or c.predicate == "holds_role" or c.start is None:
            yield c, None
        else:
            yield c, bisect.bisect_right(starts, c.start) - 1
