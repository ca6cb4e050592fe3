"""located_in from a firm's place written beside its name: before it with "-based" ("China-based
Yilufa Electronics", "a Dubai-based supplier, Orion Trading"), or after it with "из"/"from" in a list
("Sun Ship Management из ОАЭ, Elem Group из Казахстана")."""
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
        if tok.text.lower() not in ("based", "-based") or not tok.dep.startswith(("amod", "acl")):
            continue
        h = tok.head
        if not 0 <= h < len(toks) or h == b:
            continue
        firm, place = _firm_of(sx, h), _place_before(sx, b)
        if firm is None or place is None or place.start >= firm.start and place.end <= firm.end:
            continue  # a place inside the firm's own name is no location of it
        out.append(_claim(ctx, sx, firm, "located_in", place, None, "fact", None, b, 0.6))
    return out


#: "X из Y", "X from Y" right after a firm's name
_FROM = frozenset({"из", "from"})
#: what may follow the place of a listed firm: the next item, the list's end
_LIST_END = frozenset({",", ";", "и", "and", ")", ".", "—", "–"})
#: words of movement: in their sentences "to X from Y" names where goods came from, not where X is
_MOVES = ("suppl", "ship", "deliver", "export", "import", "send", "sent", "transfer", "receiv", "route",
          "постав", "отгру", "экспорт", "импорт", "вывез", "ввез", "отправ", "получ", "передал", "передач")


def listed_from_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"в черный список попали Sun Ship из ОАЭ, Elem Group из Казахстана": a named firm with "из"/"from"
    a place, as an item of a list (the place ends the item), is located there. A sentence of moving
    goods ("shipped to Kupol from China") tells where goods came from and gives none."""
    toks = sx.sent.tokens
    if any(sx.token_mention[k] is None and t.text.lower().startswith(_MOVES) for k, t in enumerate(toks)):
        return []
    if not any(t.pos in ("VERB", "AUX") for t in toks):
        return []  # a heading ("Souvenirs from Belarus") lists nothing
    out: list[Claim] = []
    for i in range(1, len(toks) - 1):
        if toks[i].text.lower() not in _FROM:
            continue
        firm, place = sx.token_mention[i - 1], sx.token_mention[i + 1]
        if firm is None or firm.label not in _FIRMS or place is None or place.label not in PLACES:
            continue
        j = i + 1
        while j < len(toks) and sx.token_mention[j] is place:
            j += 1
        if j < len(toks) and toks[j].text.lower() not in _LIST_END:
            continue
        out.append(_claim(ctx, sx, firm, "located_in", place, None, "fact", None, i, 0.55))
    return out
