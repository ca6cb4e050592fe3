"""Specialists sent to work at a plant: "Chinese drone experts worked on military drones at IEMZ Kupol",
"китайские специалисты помогали наладить выпуск на заводе «Купол»" — the country, people or firm
the specialists come from cooperates with the plant or company they work at.

The specialists' noun (experts, engineers, instructors …) must say where they come from (a
nationality, country or company modifying it, or "from X") and be the subject of the clause; the
host is a company or facility the sentence names after them with "at"/"for" ("на", "для"); and the
sentence must speak of work (work, development, support, training …), so that experts who only
comment on a plant make no claim.
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build
from claimgraph.nlp.claims.sentence import _case, _Context, _Sent

SPECIALISTS = frozenset({
    "expert", "specialist", "engineer", "technician", "adviser", "advisor", "instructor", "scientist",
    "специалист", "инженер", "эксперт", "техник", "инструктор", "советник", "конструктор",
})
#: Words of the work done ("development", "support", "помогать"): the visit is for work.
WORK = frozenset({
    "work", "develop", "development", "support", "help", "assist", "assistance", "train", "training", "design",
    "repair", "install", "set", "launch", "debug", "adjust",
    "работать", "работа", "разработка", "разрабатывать", "помогать", "помочь", "помощь", "поддержка", "обучать",
    "обучение", "наладить", "налаживать", "настройка", "монтаж", "ремонт",
})
_SENDERS = frozenset({"Nationality", "Country", "Company", "Organization"})
_HOSTS = frozenset({"Company", "Facility"})
_HOST_CASES = frozenset({"at", "for", "на", "для"})
_FROM = frozenset({"from", "из"})


def specialist_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """cooperates_with claims of specialists from one party working at another's plant or company."""
    toks = sx.sent.tokens
    if not any(sx.lemmas[i] in WORK for i in range(len(toks))):
        return []
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if sx.lemmas[n] not in SPECIALISTS or tok.pos != "NOUN" or not tok.dep.startswith("nsubj"):
            continue
        sender = _sender(sx, n)
        host = _host(sx, n)
        if sender is None or host is None or sender.id == host.id:
            continue
        v = tok.head if 0 <= tok.head < len(toks) else n
        speaker, denied = _speaker(ctx, sx, v)
        out.extend(_build(ctx, sx, v, [(sender, "cooperates_with", host, None)], speaker, denied))
        break  # one claim a sentence: the specialists named first
    return out


def _sender(sx: _Sent, n: int) -> Mention | None:
    """Whom the specialists come from: a nationality, country or company modifying their noun
    ("Chinese experts", "специалисты из Китая")."""
    toks = sx.sent.tokens
    near = list(sx.children[n])
    near += [g for c in sx.children[n] if toks[c].dep == "compound" for g in sx.children[c]]  # "Chinese drone experts"
    for c in near:
        m = sx.token_mention[c]
        if m is None or m.label not in _SENDERS:
            continue
        dep = toks[c].dep.split(":")[0]
        if dep in ("amod", "compound") or (dep == "nmod" and set(_case(sx, c).split()) & _FROM):
            return m
    return None


def _host(sx: _Sent, n: int) -> Mention | None:
    """The company or facility named after the specialists with "at"/"for" ("на"/"для")."""
    toks = sx.sent.tokens
    for i in range(n + 1, len(toks)):
        m = sx.token_mention[i]
        if m is None or m.label not in _HOSTS:
            continue
        head = i
        for _ in range(len(toks)):  # up to the mention's own head word, never round a cycle
            up = toks[head].head
            if not 0 <= up < len(toks) or up == head or not m.start <= toks[up].start < m.end:
                break
            head = up
        cases = set(_case(sx, head).split())
        if not cases and 0 <= toks[head].head < len(toks):
            cases = set(_case(sx, toks[head].head).split())  # "at the IEMZ Kupol plant": the plant takes "at"
        if cases & _HOST_CASES:
            return m
    return None
