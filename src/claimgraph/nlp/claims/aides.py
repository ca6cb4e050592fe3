"""holds_role for the aides of a person: "Putin's spokesman Dmitry Peskov", "Dmitry Peskov, Vladimir
Putin's spokesman", "пресс-секретарь президента России Владимира Путина Дмитрий Песков".

A spokesman, envoy, aide or adviser serves a person, not a body: the post is held "at" the person
the title's possessor names, directly ("Putin's", "Путина") or through the person's own title
("президента … Путина"). The holder is read as for any title (``arguments._role_person``).
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _role_person
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.sentence import _Context, _kids, _Sent
from claimgraph.nlp.lexicon import ROLE_NOUNS

#: titles of people who serve a person
AIDES = frozenset({"spokesman", "spokeswoman", "spokesperson", "envoy", "aide", "adviser", "advisor",
                   "secretary", "representative", "пресс-секретарь", "спецпредставитель", "представитель",
                   "помощник", "советник", "речник", "прес-секретар", "помічник", "радник"})


def _served(sx: _Sent, i: int, holder: Mention) -> Mention | None:
    """The person the title at ``i`` serves: its possessor or genitive, or the name a title there
    introduces ("пресс-секретарь президента Путина")."""
    toks = sx.sent.tokens
    for c in _kids(sx, i, "nmod"):
        if toks[c].dep != "nmod:poss" and toks[c].dep != "nmod" or any(
                toks[k].dep == "case" and toks[k].text.lower() not in ("'s", "’s", "of") for k in sx.children[c]):
            continue  # "envoy to Iran", "представитель в ООН": a place, not a master
        m = sx.token_mention[c]
        if m is None and sx.lemmas[c] in ROLE_NOUNS:
            m = next((sx.token_mention[k] for k in _kids(sx, c, "appos", "flat", "nmod", "compound")
                      if sx.token_mention[k] is not None and sx.token_mention[k].label == "Person"), None)
        if m is not None and m.label == "Person" and m.id != holder.id:
            return m
    return None


def aide_claims(ctx: _Context, sx: _Sent, taken: set[str]) -> list[Claim]:
    """holds_role(aide, served person) for aides ``taken`` has no post for yet."""
    out: list[Claim] = []
    for i, tok in enumerate(sx.sent.tokens):
        if sx.lemmas[i] not in AIDES or sx.token_mention[i] is not None:
            continue
        holder = _role_person(ctx, sx, i)
        if holder is None or holder.id in taken:
            continue
        served = _served(sx, i, holder)
        if served is None or ctx.name(served) == ctx.name(holder):
            continue
        taken.add(holder.id)
        out.append(_claim(ctx, sx, holder, "holds_role", served, None, "fact", None, i, 0.6, role=tok.text.lower()))
    return out


__all__ = ["AIDES", "aide_claims"]
