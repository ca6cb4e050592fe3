"""located_in from a place written before a firm with "-based" where the phrase names the firm by a
common noun set beside its name ("a Dubai-based supplier, Orion Trading") or the parser hangs the
place on "based" (the name right after it is read by :mod:`.company_homes`)."""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.claims.words import PLACES

_FIRMS = frozenset({"Company", "Organization", "Facility"})


def _place_before(sx: _Sent, b: int) -> Mention | None:
    """The place the "based" word takes: its own dependent, else the name written right before the
    hyphen ("China-based" split into "China", "-", "based")."""
    for c in _kids(sx, b, "obl:npmod", "npadvmod", "compound", "obl", "nmod"):
        m = sx.token_mention[c]
        if m is not None and m.label in PLACES:
            return m
    k = b - 1
    if k >= 0 and sx.sent.tokens[k].text in ("-", "‑", "–"):
        k -= 1
    m = sx.token_mention[k] if k >= 0 else None
    return m if m is not None and m.label in PLACES else None


def _firm_of(sx: _Sent, h: int) -> Mention | None:
    """The firm a "based" modifier describes: the name it modifies, or the name set beside the common
    noun it modifies ("a Dubai-based supplier, Orion Trading")."""
    m = sx.token_mention[h]
    if m is not None:
        return m if m.label in _FIRMS else None
    for c in _kids(sx, h, "appos"):
        m = sx.token_mention[c]
        if m is not None and m.label in _FIRMS:
            return m
    return None


def based_in_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    toks = sx.sent.tokens
    out: list[Claim] = []
    for b, tok in enumerate(toks):
        word = tok.text.lower()
        if not (word in ("based", "-based") or word.endswith("-based")) or not tok.dep.startswith(("amod", "acl")):
            continue
        h = tok.head
        if not 0 <= h < len(toks) or h == b:
            continue
        firm, place = _firm_of(sx, h), _place_before(sx, b)
        if firm is None or place is None or place.start >= firm.start and place.end <= firm.end:
            continue  # a place inside the firm's own name is no location of it
        out.append(_claim(ctx, sx, firm, "located_in", place, None, "fact", None, b, 0.6))
    return out

