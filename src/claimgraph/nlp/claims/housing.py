"""How many people a site's new housing holds: "the new buildings could house up to 40,000 workers",
"общежития смогут вместить 40 тысяч рабочих" — a ``capacity`` of the site in people.

Reports of a plant's expansion measure it by the workers its new dormitories take in. The claim's
subject is the site (the facility or company named last before the sentence), its value the
number of people; the verb must be one of holding (house, hold, accommodate, вместить), its
subject a building word (buildings, dormitories, housing, общежития), and its object a count of
people. A count of anything else, or a building not said to hold people, makes no claim.
"""
from __future__ import annotations

from claimgraph.model import Claim, Quantity
from claimgraph.nlp.claims.arguments import _previous
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _Context, _Sent

HOLD = frozenset({"house", "hold", "accommodate", "host", "fit", "вместить", "вмещать", "разместить", "размещать",
                  "принять", "принимать"})
HOUSING = frozenset({"building", "dormitory", "dorm", "housing", "hostel", "block", "apartment", "residence",
                     "barracks", "complex", "общежитие", "дом", "корпус", "здание", "жилье", "жильё", "комплекс",
                     "городок"})
#: Units of a count of people, as the quantity reader gives them.
PEOPLE = frozenset({"worker", "people", "person", "employee", "resident", "student", "specialist",
                    "рабочий", "человек", "сотрудник", "специалист", "студент", "житель"})
SITES = frozenset({"Facility", "Company"})
UP_STEPS = 3  # "will be able to accommodate": the verb's subject may sit a few heads up


def housing_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """``capacity`` claims of a site whose housing is said to hold a number of people."""
    toks = sx.sent.tokens
    people = [q for q in sx.quantities if (q.unit or "").lower() in PEOPLE]
    if not people:
        return []
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in HOLD or tok.pos not in ("VERB", "AUX"):
            continue
        q = _held(sx, v, people)
        if q is None or not _housing_subject(sx, v):
            continue
        site = _previous(ctx, sx.sent.start, SITES) or next(
            (m for m in sx.mentions if m.label in SITES and m.start < tok.start), None)
        if site is None:
            return []
        speaker, denied = _speaker(ctx, sx, v)
        return _build(ctx, sx, v, [(site, "capacity", None, q)], speaker, denied)
    return []


def _held(sx: _Sent, v: int, people: list[Quantity]) -> Quantity | None:
    """The count of people the verb's object gives ("up to 40,000 workers")."""
    toks = sx.sent.tokens
    for c in sx.children[v]:
        if toks[c].dep.split(":")[0] != "obj":
            continue
        for q in people:
            if q.start is not None and q.start <= toks[c].start <= (q.end or q.start) + 40:
                return q
    return None


def _housing_subject(sx: _Sent, v: int) -> bool:
    """Whether the verb's subject, or that of a verb it completes ("will be able to accommodate"), is
    a building word, also as the head of "hundreds of buildings"."""
    toks = sx.sent.tokens
    at = v
    for _ in range(UP_STEPS):
        for c in sx.children[at]:
            if not toks[c].dep.startswith("nsubj"):
                continue
            if sx.lemmas[c] in HOUSING or any(sx.lemmas[g] in HOUSING for g in sx.children[c]
                                               if toks[g].dep.split(":")[0] == "nmod"):
                return True
            return False
        up = toks[at].head
        if toks[at].dep.split(":")[0] not in ("xcomp", "ccomp") or not 0 <= up < len(toks) or up == at:
            return False
        at = up
    return False
