"""Output and capacity: a production noun with the counted quantity of its clause ("output is planned
at more than 1,000 units", "мощностью до 120 машин в год")."""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _entity, _previous, _subjects
from claimgraph.nlp.claims.attribution import _modality, _speaker
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.plants import _place_of, _plants
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _kids, _lemma, _Sent, _token_at
from claimgraph.nlp.claims.words import _CAPACITY_NOUNS, _EXPLICIT_PLAN, _MAKERS, _MEASURES, _NOT_OUTPUT
from claimgraph.nlp.lexicon import PLAN_CUES


#: nouns of an output aimed at: "production targets", "the output goal", "план выпуска"
_AIMS = frozenset({"target", "goal", "objective", "quota", "цель", "задача", "план"})
_OUTPUT_NOUNS = frozenset({"output", "production", "capacity", "выпуск", "производство", "мощность",
                           "производительность"})


def _output_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"output is planned at more than 1,000 units", "выпуск планируется довести до пяти тысяч
    единиц": each production noun with the counted quantity of its clause, made by the maker it
    names ("the capacity of the country's plants"), else the subject of its verb, else the maker
    named just before. A level of output with a rate is a capacity unless a plan is stated."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    used: set[int] = set()
    counted = [q for q in sx.quantities if q.unit and q.unit not in ("USD", "EUR", "RUB", "CNY", "GBP", "BYN")
               and q.unit not in _MEASURES and q.unit.lower() not in _NOT_OUTPUT]
    nouns = [n for n, t in enumerate(toks) if t.pos == "NOUN" and sx.lemmas[n] in _OUTPUT_NOUNS]
    # "производство мощностью до 120 машин в год": the capacity noun takes the quantity first
    for n in sorted(nouns, key=lambda n: _lemma(toks[n]) not in _CAPACITY_NOUNS):
        tok = toks[n]
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else n
        # the quantity of the noun's own clause first; "wide opportunities for the specialists of
        # the two countries" is not the output
        # "eight refineries with a combined capacity of …": the number counting the noun's head is
        # how many makers there are, not their output
        counts = {id(q) for q in counted if head != n and toks[_token_at(sx.sent, q.start or 0)].head == head
                  and toks[_token_at(sx.sent, q.start or 0)].dep == "nummod" and (q.start or 0) < tok.start}
        q = None
        for near in ({n, head}, {n, head, *_ancestors(sx, n, 2)}):
            q = q or next((q for q in counted if id(q) not in used and id(q) not in counts and near & {
                (at := _token_at(sx.sent, q.start or 0)), *_ancestors(sx, at, 4)}), None)
        if q is None:
            continue
        used.add(id(q))
        at = _token_at(sx.sent, q.start or 0)
        when = next((a for a in _ancestors(sx, at, 4) if toks[a].pos in ("VERB", "AUX")), head)
        maker = _maker_of(ctx, sx, n)
        if maker is None:
            maker = next((m for m in _subjects(ctx, sx, head)[0] if m.label in _MAKERS), None)
        if maker is None:  # "a plant in Belarus … with a capacity of 100,000 units": the plant's country
            maker = next((place for p in _plants(sx) if (place := _place_of(ctx, sx, p)) is not None
                          and place.label == "Country"), None)
        if maker is None:
            maker = _previous(ctx, sx.sent.start, frozenset({"Company", "Facility"}))
        if maker is None:
            continue
        speaker, denied = _speaker(ctx, sx, head)
        modality = _modality(ctx, sx, head, speaker is not None, denied)
        if modality == "fact" and not PLAN_CUES.isdisjoint(sx.lemmas):
            modality = "plan"
        stated = {_lemma(toks[a]) for a in (n, head, *_ancestors(sx, head, 2))} & _EXPLICIT_PLAN
        capacity = _lemma(tok) in _CAPACITY_NOUNS or bool(q.rate) and (
            modality == "fact" or modality == "plan" and not stated)
        # "production targets are ambitious", "the output goal": what is aimed at is still to be made
        aimed = bool(stated) or _lemma(toks[head]) in _AIMS
        predicate = "capacity" if capacity else ("plans_to_produce" if modality == "plan" or aimed else "produces")
        out.append(_claim(ctx, sx, maker, predicate, None, q, modality, speaker, when, 0.5))
        for other in _coordinated(sx, q, [c for c in counted if id(c) not in used]):
            used.add(id(other))  # "8,000 attack drones and 15,000 decoy drones": two amounts of one output
            out.append(_claim(ctx, sx, maker, predicate, None, other, modality, speaker, when, 0.5))
    return out


def _coordinated(sx: _Sent, q: Quantity, others: list[Quantity]) -> list[Quantity]:
    """The quantities counting goods coordinated with the goods ``q`` counts: "between 8,000 and
    10,000 Shahed drones and approximately 15,000 decoy drones" → the 15,000."""
    toks = sx.sent.tokens

    def counted_noun(x: Quantity) -> int:
        at = _token_at(sx.sent, x.start or 0)
        for _ in range(3):  # from the number up to the noun it counts
            if toks[at].pos == "NOUN" or not 0 <= toks[at].head < len(toks) or toks[at].head == at:
                break
            at = toks[at].head
        return at

    mine = counted_noun(q)
    joined = {mine, *_kids(sx, mine, "conj")}
    if toks[mine].dep == "conj" and 0 <= toks[mine].head < len(toks):
        joined |= {toks[mine].head, *_kids(sx, toks[mine].head, "conj")}
    return [x for x in others if (n := counted_noun(x)) != mine and n in joined][:_MAX_AMOUNTS]


#: amounts of one output a sentence lists, at most
_MAX_AMOUNTS = 4


def _maker_of(ctx: _Context, sx: _Sent, n: int) -> Mention | None:
    """The maker a production noun names: "Kupol-Tech's output", "the capacity of the country's plants"."""
    frontier = [n]
    for _ in range(2):
        kids = [c for k in frontier for c in _kids(sx, k, "nmod", "nmod:poss", "compound")]
        for c in kids:
            m = _entity(ctx, sx, c, _MAKERS)
            if m is not None:
                return m
        frontier = kids
    return None
