"""A news medium is the teller of a meeting, never a party to it: "according to the RIA Novosti news
agency, X spoke after his meeting with Y", "как сообщает агентство ТАСС, X встретился с Y".

A mention is a medium when a noun of the press stands with it in one phrase ("the X news agency",
"агентство X", "X newspaper"); a meeting or cooperation claim with such a party is dropped.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.sentence import _Context, _head_token, _Sent

#: nouns of the press a medium's name stands beside (en, ru, uk)
MEDIA_NOUNS = frozenset({"agency", "newspaper", "outlet", "broadcaster", "channel", "daily", "tabloid", "wire",
                         "агентство", "газета", "издание", "телеканал", "канал", "агентство", "видання",
                         "агенція", "телеканал"})
_PRESS_COMPANIONS = frozenset({"news", "press", "information", "state", "новостной", "информационный"})
_PARTIES = ("met_with", "cooperates_with")


def is_medium(sx: _Sent, m: Mention) -> bool:
    """Whether a press noun is the head the mention hangs on, one of its own dependents, or the
    noun right after it ("RIA Novosti news agency")."""
    toks = sx.sent.tokens
    if not sx.sent.start <= m.start < sx.sent.end:
        return False
    t = _head_token(sx, m)
    near = [toks[t].head] if 0 <= toks[t].head < len(toks) else []
    near += sx.children[t]
    after = [k for k in range(t + 1, min(t + 3, len(toks))) if toks[k].start >= m.end]
    for k in near + after:
        if sx.lemmas[k] in MEDIA_NOUNS and (k in near or sx.lemmas[k] != "channel"):
            if sx.lemmas[k] == "agency" and not any(sx.lemmas[c] in _PRESS_COMPANIONS for c in
                                                    [*sx.children[k], *range(max(0, k - 2), k)]):
                continue  # "the State Space Agency" is a body, "the news agency" a medium
            return True
    return False


def without_media_parties(ctx: _Context, sx: _Sent, claims: list[Claim]) -> list[Claim]:
    """The claims less the meetings and cooperation whose party is a news medium."""
    out = []
    for c in claims:
        if c.predicate in _PARTIES:
            parties = [ctx.by_id.get(c.subject_mention or ""), ctx.by_id.get(c.object_mention or "")]
            if any(p is not None and p.label == "Organization" and is_medium(sx, p) for p in parties):
                continue
        out.append(c)
    return out


__all__ = ["MEDIA_NOUNS", "is_medium", "without_media_parties"]
