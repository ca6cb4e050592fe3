"""Who says a claim and how sure it is: the speaker of a clause (a speech verb, "according to",
"по словам") and the modality (denial, offer, plan, claim or fact)."""
from __future__ import annotations

import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.arguments import _objects, _subjects
from claimgraph.nlp.claims.denied_reports import in_denied_report
from claimgraph.nlp.claims.names import name_of
from claimgraph.nlp.claims.sentence import _ancestors, _case, _Context, _kids, _lemma, _negated, _Sent
from claimgraph.nlp.claims.words import AGENTS, _FUTURE_AUX, _INTENT_NOUNS
from claimgraph.nlp.lexicon import (
    ACCORDING_TO,
    DENIAL_VERBS,
    HEDGE_CUES,
    NEGATIONS,
    OFFER_CUES,
    PLAN_CUES,
    SPEECH_VERBS,
)
from claimgraph.nlp.seats import speaking_state


def _speaker(ctx: _Context, sx: _Sent, v: int) -> tuple[Mention | None, bool]:
    """The speaker of the clause at ``v`` and whether the speech verb is a denial."""
    speech = SPEECH_VERBS[ctx.lang]
    toks = sx.sent.tokens
    chain = _ancestors(sx, v)
    # "X намерена выпустить …, заявил губернатор": the speech verb hangs off the main clause
    chain += [i for i, t in enumerate(toks) if t.dep.startswith("parataxis") and t.head in [v] + chain]
    # "…, the Armenian Ministry of Defence confirmed": a trailing speech verb the parser joined as a conjunct
    # ("toured the workshops and conceded that …" is two acts of one subject, not an attribution)
    chain += [i for i, t in enumerate(toks) if t.dep == "conj" and t.head in [v] + chain and i > v
              and _lemma(t) in speech and not any(toks[k].pos == "CCONJ" and toks[k].head in (i, t.head)
                                                  for k in range(t.head + 1, i))]
    for a in chain:
        if toks[a].pos not in ("VERB", "AUX", "ADJ"):  # "denied reports that …": the noun is no speaker
            continue
        lemma = _lemma(toks[a])
        if lemma in speech:
            body = _impersonal_body(ctx, sx, a)
            subs, _ = ([body], False) if body is not None else _subjects(ctx, sx, a)
            subs = subs or _objects(ctx, sx, a, ("obl",), frozenset({"by"}))
            if subs and _is_outlet(ctx, subs[0]):
                return None, False  # "…, BelTA reported": the news source is a citation, not a speaker
            # "did not deny", "не отрицают": a negated denial denies nothing
            return (subs[0] if subs else None), lemma in DENIAL_VERBS and not _negated(sx, a)
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    if re.search(_OWN_ACCOUNT[ctx.lang], text, re.IGNORECASE):
        subs, _ = _subjects(ctx, sx, v)
        if subs:
            return subs[0], False
    for m in re.finditer(ACCORDING_TO[ctx.lang], text, re.IGNORECASE):
        at = sx.sent.start + m.end()
        # "according to the report, the largest buyer was X": past the comma is the statement, not its source
        near = [men for men in sx.mentions if at <= men.start < at + 80 and men.label in AGENTS
                and not re.search(r"[,;:—]", ctx.doc.text[at:men.start])]
        # "по словам председателя правления «Тенгри Аэро» Ержана Абдикаримова": the person, not the
        # body in their title
        person = next((men for men in near if men.label == "Person"), None)
        if person is not None:
            return person, False
        body = _owned_body(ctx, near)
        if body is not None:
            return body, False
        if near and near[0].start < at + 60:
            return near[0], False
    return None, False


#: a state's possessive between the state and its body: "Estonia's Foreign Ministry"
_POSSESSIVE_GAP = re.compile(r"\s*['’ʼ]s?\s+")
#: what a state's possessive may own and speak as
_BODIES = frozenset({"PublicBody", "Organization", "Company"})


def _owned_body(ctx: _Context, near: list[Mention]) -> Mention | None:
    """The body after a state's possessive ("according to Estonia's Foreign Ministry"): the body
    is the source, not the state it belongs to."""
    if len(near) < 2 or near[0].label not in ("Country", "Location") or near[1].label not in _BODIES:
        return None
    return near[1] if _POSSESSIVE_GAP.fullmatch(ctx.doc.text[near[0].end:near[1].start]) else None


def _impersonal_body(ctx: _Context, sx: _Sent, v: int) -> Mention | None:
    """The body of a subjectless Russian plural speech verb ("…, добавили в Кремле", "в Минобороны
    заявили", "заявили в Сеуле"): the institution (or the government a state or its seat stands
    for) speaks, not the subject of the clause it reports."""
    toks = sx.sent.tokens
    if ctx.lang != "ru" or "Number=Plur" not in toks[v].feats or "VerbForm=Fin" not in toks[v].feats \
            or _kids(sx, v, "nsubj"):
        return None
    for c in _kids(sx, v, "obl"):
        m = sx.token_mention[c]
        if m is not None and (m.label in ("Company", "PublicBody", "Organization") or m.label in (
                "Country", "Location") and speaking_state(name_of(m))) and set(_case(sx, c).split()) & {"в", "во"}:
            return m  # a state or its seat speaks for its government too: "заявили в Сеуле", "в Пекине утверждают"
    return None


#: "по собственным данным", "by its own account": the subject vouches for itself
_OWN_ACCOUNT = {
    "en": r"\b(?:according\s+to\s+(?:its|their|his|her)\s+own|by\s+(?:its|their|his|her)\s+own\s+account)",
    "ru": r"(?<![а-яё])по\s+(?:собственным|своим)\s+(?:данным|оценкам|подсчетам|словам)",
}


def _is_outlet(ctx: _Context, m: Mention) -> bool:
    """A name the document cites as its news source ("according to TASS", "BelTA reported")."""
    sources = {(c.source or "").casefold() for c in ctx.doc.citations}
    return bool(sources) and (name_of(m).casefold() in sources or m.text.casefold() in sources)


def _modality(ctx: _Context, sx: _Sent, v: int, attributed: bool, denied: bool) -> str:
    toks = sx.sent.tokens
    scope = [v] + [c for c in sx.children[v] if toks[c].dep.split(":")[0] in ("aux", "advmod", "mark", "cop", "neg", "det")]
    ups = _ancestors(sx, v, 3)
    lemmas = {_lemma(toks[i]) for i in scope} | {_lemma(toks[i]) for i in ups}
    for a in ups:
        lemmas |= {_lemma(toks[c]) for c in sx.children[a] if toks[c].dep.split(":")[0] in ("aux", "advmod")}
    no_plan = any(_lemma(toks[a]) in _INTENT_NOUNS and any(
        _lemma(toks[c]) in NEGATIONS for c in sx.children[a]) for a in ups[:1])  # "has no plans to"
    denying = any(_lemma(toks[a]) in DENIAL_VERBS and not _negated(sx, a) for a in [*scope, *ups]) \
        or in_denied_report(sx, v)  # "a denial of reports that …", "назвала сообщения о … ложью"
    if denied or no_plan or denying or {_lemma(toks[c]) for c in sx.children[v]} & NEGATIONS:
        return "denial"
    if lemmas & OFFER_CUES:
        return "offer"
    governing = ups[:1] if toks[v].dep.startswith("xcomp") else []  # "смогут производить"
    if lemmas & PLAN_CUES or any("Tense=Fut" in toks[a].feats for a in [v, *governing]) or any(
            "Tense=Fut" in toks[c].feats or toks[c].text.lower() in _FUTURE_AUX for c in _kids(sx, v, "aux")):
        return "plan"
    if attributed or lemmas & HEDGE_CUES or re.search(ACCORDING_TO[ctx.lang] + "|" + _OWN_ACCOUNT[ctx.lang],
                                                       ctx.doc.text[sx.sent.start:sx.sent.end], re.IGNORECASE):
        return "claim"
    return "fact"
