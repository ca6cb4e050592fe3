"""A claim made from a predicate's arguments: its value, time, modality, speaker and confidence; and
the predicate verb every verb rule starts from."""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.model import Claim, Mention, Quantity, TimeRef
from claimgraph.nlp.claims.arguments import _objects
from claimgraph.nlp.claims.attribution import _modality
from claimgraph.nlp.claims.questions import asked
from claimgraph.nlp.claims.sentence import _ancestors, _Context, _lemma, _Sent
from claimgraph.nlp.claims.words import _CAPACITY_NOUNS, _EXPLICIT_PLAN, _INTENT_NOUNS
from claimgraph.nlp.lexicon import SPEECH_VERBS


EXTRACTOR = "claimgraph.claims.v1"


#: one claim before it is made: subject, predicate, object and value
Found = tuple[Mention, str, Mention | None, Quantity | None]


@dataclass
class _Verb:
    """A predicate verb with what every rule reads of it: its subjects, voice, value and speaker."""

    v: int
    predicate: str
    lemma: str
    subjects: list[Mention]
    passive: bool
    value: Quantity | None
    speaker: Mention | None
    denied: bool


def _doers(ctx: _Context, sx: _Sent, verb: _Verb, keep: bool = False) -> list[Mention] | None:
    """Who does what the verb says: its subjects, or in a passive clause the agent named with "by"
    (None when a passive names none, unless ``keep`` keeps the passive subjects)."""
    if not verb.passive:
        return verb.subjects
    agents = _objects(ctx, sx, verb.v, ("obl", "nmod"), frozenset({"by"}))
    if agents:
        return agents
    return verb.subjects if keep else None


def _value(sx: _Sent, v: int) -> Quantity | None:
    """The quantity of the sentence closest after the verb (else before it)."""
    if not sx.quantities:
        return None
    at = sx.sent.tokens[v].start
    after = [q for q in sx.quantities if (q.start or 0) >= at]
    return after[0] if after else sx.quantities[-1]


def _time(sx: _Sent, v: int) -> TimeRef | None:
    """The date of the verb's own clause, else the sentence's date closest to it ("output is planned at
    1,000 units, while capacity should reach 50,000 by 2028": 2028 dates the capacity only)."""
    if not sx.dates:
        return None
    dates = sharpest(sx.dates)
    toks = sx.sent.tokens
    up = {v, *_ancestors(sx, v, 8)}
    # the verb's own clause, with the infinitive it governs ("может появиться в 2026 году")
    own = [d for d in dates if (w := _clause_verb(sx, d[0])) == v
           or w is not None and toks[w].dep.startswith("xcomp") and toks[w].head == v]
    # a date of a clause above ("said on Monday that …") or of the report ("…, the ministry confirmed
    # on Tuesday") also dates this one; one of an adverbial or coordinated clause of its own ("…, while
    # capacity should reach 50,000 by 2028") does not
    speech = SPEECH_VERBS[sx.lang]
    near = own or [d for d in dates if (w := _clause_verb(sx, d[0])) is None or w in up
                   or _lemma(toks[w]) in speech or toks[w].dep.split(":")[0] not in ("advcl", "conj", "acl")]
    return min(near, key=lambda d: abs(d[0] - v))[1] if near else None


def _clause_verb(sx: _Sent, t: int) -> int | None:
    """The first verb above a token: the predicate of its clause."""
    for a in _ancestors(sx, t, 6):
        if sx.sent.tokens[a].pos in ("VERB", "AUX"):
            return a
    return None


def sharpest(dates: list[tuple[int, TimeRef]]) -> list[tuple[int, TimeRef]]:
    """Drop a date that a date right beside it narrows down: "in July (07/21)" is the 21st.
    Positions are token indices."""
    def inside(a: TimeRef, b: TimeRef) -> bool:
        return (a.start, a.end) != (b.start, b.end) and bool(a.start and a.end and b.start and b.end) \
            and b.start <= a.start and a.end <= b.end  # type: ignore[operator]

    return [d for d in dates if not any(inside(o[1], d[1]) and abs(o[0] - d[0]) <= 4 for o in dates)]


def _build(ctx: _Context, sx: _Sent, v: int, found: list[Found],
           speaker: Mention | None, denied: bool, force: str | None = None) -> list[Claim]:
    if asked(sx, v):  # "asked whether Russia used …": a question asserts nothing
        return []
    out = []
    modality = force or _modality(ctx, sx, v, speaker is not None, denied)
    for subject, predicate, obj, q in found:
        if obj is not None and (obj.id == subject.id or ctx.name(obj) == ctx.name(subject)):
            continue
        if predicate == "produces" and (modality == "plan" or _lemma(sx.sent.tokens[sx.sent.tokens[v].head]) in _INTENT_NOUNS):
            predicate = "plans_to_produce"  # "will produce", "has no plans to produce"
        if predicate == "produces" and _committed(sx, v):
            predicate, modality = "plans_to_produce", "plan" if modality == "fact" else modality
        if predicate in ("produces", "plans_to_produce") and q is not None and q.rate and obj is None \
                and _is_capacity(ctx, sx, v, modality):
            predicate = "capacity"
        out.append(_claim(ctx, sx, subject, predicate, obj, q, modality, speaker, v,
                          confidence=0.6 + (0.15 if obj is not None else 0) + (0.1 if q is not None else 0)))
    return out


#: nouns of a commitment whose infinitive is output still to come ("a contract to produce 6,000 drones")
_COMMITMENTS = frozenset({"contract", "deal", "order", "agreement", "commitment", "контракт", "договор", "заказ",
                          "соглашение", "обязательство"})


def _committed(sx: _Sent, v: int) -> bool:
    """The verb is the infinitive of a commitment: "signed a contract to produce", "a deal with X to
    make"; the infinitive may hang off the noun or, as the parser often has it, off the verb
    whose object the noun is."""
    toks = sx.sent.tokens
    if toks[v].dep.split(":")[0] not in ("acl", "advcl", "xcomp") or not 0 <= toks[v].head < len(toks):
        return False
    h = toks[v].head
    return _lemma(toks[h]) in _COMMITMENTS or any(
        toks[c].dep == "obj" and _lemma(toks[c]) in _COMMITMENTS and c < v for c in sx.children[h])


#: modal words of ability: "could turn out 500 a month" says what a maker can do
_ABLE = frozenset({"can", "could", "able", "мочь", "смочь", "способный", "способен"})


def _is_capacity(ctx: _Context, sx: _Sent, v: int, modality: str) -> bool:
    """A rate of output is a capacity when the sentence speaks of capacity, or of what a maker will or
    could turn out with no target date ("would assemble about 2,000 airframes a year"); a stated
    plan or a target date makes it planned output ("plans to make 200 a month", "could turn out
    30,000 a year by 2027"), and the present tense real output ("выпускает 3 тыс. в месяц")."""
    toks = sx.sent.tokens
    if not _CAPACITY_NOUNS.isdisjoint(sx.lemmas):
        return True
    chain = [v, *_ancestors(sx, v, 3)]
    near = {_lemma(toks[c]) for a in chain for c in (a, *sx.children[a])}
    if near & _EXPLICIT_PLAN:
        return False
    published = ctx.doc.published or ""
    if published and any((t.start or "") > published for _, t in sx.dates):
        return False
    return modality == "plan" or bool(near & _ABLE)


def _claim(ctx: _Context, sx: _Sent, subject: Mention, predicate: str, obj: Mention | None,
           q: Quantity | None, modality: str, speaker: Mention | None, v: int, confidence: float,
           role: str | None = None) -> Claim:
    doc = ctx.doc
    subject_name = ctx.name(subject)
    obj_name = ctx.name(obj) if obj is not None else None
    value = q.value if q is not None else None
    qualifier = q.qualifier if q is not None else None
    if q is not None and value is None and q.max is not None:
        value, qualifier = q.max, qualifier or "up to"  # "8,000 to 10,000 drones": up to 10,000
    if speaker is not None and speaker.id == subject.id and modality == "claim":
        modality = "claim"
    return Claim(
        id=Claim.make_id(doc.document_id, sx.sent.start, subject_name, predicate, obj_name, value),
        document_id=doc.document_id, subject=subject_name, predicate=predicate, object=obj_name,
        subject_mention=subject.id, object_mention=obj.id if obj is not None else None,
        value=value, unit=q.unit if q is not None else None, qualifier=qualifier,
        value_min=q.min if q is not None else None, value_max=q.max if q is not None else None,
        rate=q.rate if q is not None else None, time=_time(sx, v) if predicate != "holds_role" else None,
        modality=modality, attributed_to=ctx.name(speaker) if speaker is not None else None,
        confidence=round(min(1.0, confidence), 2), start=sx.sent.start, end=sx.sent.end, role=role,
        extractor=EXTRACTOR,
    )
