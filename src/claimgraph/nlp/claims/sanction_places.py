"""The countries of sanctioned firms and people: "sanctions on businesses in Iran, Turkiye and
Dubai", "restrictions on China-based companies", "sanctions on Chinese companies", "меры против
компаний из ОАЭ, Китая и Индии". A report that names no firm but says where the targeted firms are
tells that the sanctions reach those countries; each is sanctioned by the body imposing them."""
from __future__ import annotations

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _country_of
from claimgraph.nlp.claims.sanction_counts import COUNTED
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _unique, _with_conj

#: "businesses in X", "companies from X", "компании из X"
_IN = frozenset({"in", "from", "из"})
#: places a firm is said to be based in ("China-based", "based in Hong Kong")
_BASED = frozenset({"base", "locate", "register", "headquarter", "based", "located", "registered"})
#: countries one phrase may list, at most
_MAX = 8


def _places(sx: _Sent, c: int) -> list[Mention]:
    """The countries and places a phrase names with its conjuncts ("Iran, Turkiye, Dubai and Slovakia")."""
    return [m for j in _with_conj(sx, c) if (m := sx.token_mention[j]) is not None
            and m.label in ("Country", "Location")]


def countries_of_parties(ctx: _Context, sx: _Sent, h: int) -> list[Mention]:
    """The countries a common noun of firms or people is placed in ("individuals and businesses in
    Iran, Turkiye and Dubai"), based in ("China-based firms") or named after ("Chinese companies");
    nothing for a named party or a noun of another kind."""
    if sx.token_mention[h] is not None or sx.lemmas[h] not in COUNTED or _kids(sx, h, "nummod"):
        return []  # a counted noun ("11 companies from China") is a count of the sanctions (see .sanction_counts)
    toks = sx.sent.tokens
    out: list[Mention] = []
    for k in _with_conj(sx, h):  # "individuals and businesses in …"
        if sx.token_mention[k] is not None:
            continue
        for c in _kids(sx, k, "nmod"):
            if set(_case(sx, c).split()) & _IN:
                out.extend(_places(sx, c))
        for a in _kids(sx, k, "acl", "amod"):  # "firms based in Hong Kong", "China-based companies"
            if sx.lemmas[a] in _BASED or toks[a].text.lower().endswith("based"):
                out.extend(m for c in _kids(sx, a, "obl", "compound", "npadvmod", "obl:npmod")
                           for m in _places(sx, c))
        for c in _kids(sx, k, "amod", "compound"):
            m = sx.token_mention[c]
            if m is not None and m.label == "Nationality":  # "Chinese companies", where the report names China
                country = _country_of(ctx, m)
                if country is not None:
                    out.append(country)
            elif m is not None and m.label == "Country" and c < k:  # "China-based" read as one modifier
                out.append(m)
    v = toks[h].head
    if not out and toks[h].dep == "obj" and 0 <= v < len(toks) and v != h:  # "target firms | in Peru" misattached
        out = [m for c in _kids(sx, v, "obl") if c > h and set(_case(sx, c).split()) & _IN for m in _places(sx, c)]
    return _unique(out)[:_MAX]
