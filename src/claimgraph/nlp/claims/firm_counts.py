"""How many firms a speaker charges with an act: "at least five companies shipped the parts".

A charge of supplies or output often counts the firms it accuses ("Five firms in the region sold
chips to the army, the agency said", "семь предприятий поставляли снаряды"). The supply or output
is that predicate's claim; how many firms took part is the speaker's own figure, ``states``. A
count of firms counts so when it is the subject of its clause; "sanctions on 40 companies" or
"contracts with three firms" count the targets or partners of another act and are left out.
"""
from __future__ import annotations

from claimgraph.model import Quantity
from claimgraph.nlp.claims.sentence import _Sent, _token_at

#: nouns of firms (lemmas, lower case; prefixes for Russian and Ukrainian)
_FIRM_WORDS = frozenset({"company", "companies", "firm", "firms", "enterprise", "enterprises", "manufacturer",
                         "manufacturers", "supplier", "suppliers", "producer", "producers", "plant", "plants"})
_FIRM_PREFIXES = ("компани", "предприяти", "фирм", "производител", "поставщик", "завод", "компані",
                  "підприєм", "виробник", "постачальник")


def firm_count(sx: _Sent, q: Quantity) -> bool:
    """Whether ``q`` counts firms that are the subject of their clause ("seven companies have sent …")."""
    if q.start is None or q.value is None:
        return False
    unit = (q.unit or "").lower()
    if unit not in _FIRM_WORDS and not unit.startswith(_FIRM_PREFIXES):
        return False
    toks = sx.sent.tokens
    t = _token_at(sx.sent, q.start)
    end = q.end if q.end is not None else q.start + 1
    # the number itself, past words of a bound ("at least five firms")
    t = next((i for i in range(t, len(toks)) if toks[i].start < end and toks[i].pos == "NUM"), t)
    noun = toks[t].head if toks[t].dep.startswith("nummod") and 0 <= toks[t].head < len(toks) else t
    return toks[noun].dep.split(":")[0] == "nsubj"


__all__ = ["firm_count"]
