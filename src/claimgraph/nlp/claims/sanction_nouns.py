"""sanctioned_by from the noun: "the US imposed sanctions on X", "Евросоюз и США ввели санкции против X".

Each body that imposes (introduces, announces) sanctions sanctions each name the sanctions are
"on", "against", "против", "в отношении": the name itself, or the name standing beside the word it
governs ("against suppliers of Kupol, including the engine maker Xiamen Limbach").
"""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found
from claimgraph.nlp.claims.sanction_counts import counted_target, remember_target
from claimgraph.nlp.claims.sanction_places import countries_of_parties
from claimgraph.nlp.claims.sentence import _case, _Context, _kids, _Sent, _unique, _with_conj
from claimgraph.nlp.claims.words import ORGS, PLACES

SANCTION_NOUNS = frozenset({"sanction", "sanctions", "restriction", "restrictions", "санкция", "санкции",
                            "ограничение"})
#: what holds sanctions: "the 14th package of sanctions", "a new round of restrictions", "пакет санкций"
_PACKAGES = frozenset({"package", "round", "tranche", "пакет"})
#: "restrictive measures", "ограничительные меры": measures that are sanctions
_MEASURES = frozenset({"measure", "measures", "мера"})
_RESTRICTIVE = frozenset({"restrictive", "ограничительный"})
#: verbs that put sanctions in force
IMPOSE = frozenset({"impose", "introduce", "announce", "slap", "levy", "adopt", "approve", "agree", "issue",
                    "ввести", "вводить", "объявить", "наложить", "применить", "утвердить", "одобрить", "принять",
                    "согласовать"})
#: what the sanctions are against
_AGAINST = frozenset({"on", "against", "против", "в", "отношение"})
#: who can be sanctioned
_TARGETS = ORGS | frozenset({"Person", "Country"})
#: names a target phrase may hold, at most
_MAX_TARGETS = 8


def _targets(ctx: _Context, sx: _Sent, heads: list[int]) -> list[Mention]:
    """The names under each "on" / "против" dependent of the sanction noun or its verb."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for h in heads:
        for c in _kids(sx, h, "nmod", "obl"):
            # "в отношении X": the fixed word hangs on the noun or on its preposition
            cases = set(_case(sx, c).split()) | {(t.lemma or t.text).lower() for k in sx.children[c]
                                                 for j in [k, *sx.children[k]]
                                                 for t in (toks[j],) if t.dep == "fixed"}
            if not cases & _AGAINST or ("в" in cases and "отношение" not in cases):
                continue
            # the name itself, its conjuncts and appositions; not the names it governs ("suppliers of Kupol")
            for t in [c, *_kids(sx, c, "conj", "appos")]:
                for k in [t, *_kids(sx, t, "appos")]:
                    m = sx.token_mention[k]
                    if m is not None and m.label == "Country" and k != t:
                        continue  # "on PRC (People's Republic of China) entities": firms of a country, not it
                    if m is not None and m.label in _TARGETS and m not in out:
                        out.append(m)
            out.extend(m for m in including(sx, c) if m not in out)
            # "restrictions on China-based companies", "меры против компаний из ОАЭ и Китая"
            out.extend(m for m in countries_of_parties(ctx, sx, c) if m not in out)
    return out[:_MAX_TARGETS]


#: "several companies, including Xiamen", "поставщиков, в том числе против производителя X"
_INCLUDING = frozenset({"including", "include", "число"})


def including(sx: _Sent, c: int) -> list[Mention]:
    """Names a target phrase singles out with "including" / "в том числе": "sanctioned several
    companies involved in the drone's production, including Xiamen"."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for k in sx.children[c]:
        if not toks[k].dep.split(":")[0] in ("nmod", "acl", "obl", "appos", "conj"):
            continue
        marks = {sx.lemmas[x] for x in sx.children[k] if toks[x].dep in ("case", "mark")} | {
            sx.lemmas[x] for x in sx.children[k] if toks[x].dep.split(":")[0] in ("nmod", "obl")
            and sx.lemmas[x] == "число"}
        if not marks & _INCLUDING and sx.lemmas[k] not in ("including",):
            continue
        for t in _with_conj(sx, k):
            for x in [t, *_kids(sx, t, "appos", "flat", "nmod")]:
                m = sx.token_mention[x]
                if m is not None and m.label in ORGS | {"Person"} and m not in out:
                    out.append(m)
    return out


def _sanction_word(sx: _Sent, n: int) -> list[int] | None:
    """The tokens a sanctions phrase headed by ``n`` spreads its targets over: "sanctions", "the 14th
    package of sanctions", "the sanctions package", "restrictive measures"; None when ``n`` heads
    no such phrase."""
    toks = sx.sent.tokens
    lemma = sx.lemmas[n]
    if toks[n].pos not in ("NOUN", "PROPN"):
        return None
    if lemma in SANCTION_NOUNS or toks[n].text.lower() in SANCTION_NOUNS:
        return [n]
    if lemma in _MEASURES and any(sx.lemmas[c] in _RESTRICTIVE for c in _kids(sx, n, "amod")):
        return [n]
    if lemma in _PACKAGES:
        inner = [c for c in _kids(sx, n, "nmod", "compound")
                 if sx.lemmas[c] in SANCTION_NOUNS or toks[c].text.lower() in SANCTION_NOUNS
                 or sx.lemmas[c] in _MEASURES and any(sx.lemmas[a] in _RESTRICTIVE for a in _kids(sx, c, "amod"))]
        if inner:
            return [n, *inner]
    return None


#: "took action against Russia", in a report already telling of sanctions: sanctions
_TAKE = frozenset({"take"})
_ACTIONS = frozenset({"action", "actions", "measures", "steps"})


def _action_word(ctx: _Context, sx: _Sent, n: int) -> list[int] | None:
    """"X took action against Y" where the report speaks of sanctions: the action is sanctions."""
    toks = sx.sent.tokens
    if ctx.sanctioner is None or sx.lemmas[n] not in _ACTIONS or not 0 <= toks[n].head < len(toks) \
            or sx.lemmas[toks[n].head] not in _TAKE:
        return None
    return [n]


def _agents(ctx: _Context, sx: _Sent, n: int, v: int) -> list[Mention]:
    """Who imposed the sanctions: the verb's subjects; in a passive clause ("sanctions will be
    imposed against X") the body named with "by", else the body the report's sanctions are by; a
    package as the subject ("the package imposes restrictive measures on …") stands for that body too."""
    toks = sx.sent.tokens
    subjects, passive = _subjects(ctx, sx, v)
    if passive or toks[n].dep.startswith("nsubj"):
        by = [m for c in _kids(sx, v, "obl", "nmod") if "by" in _case(sx, c).split()
              if (m := sx.token_mention[c]) is not None and m.label in ORGS | PLACES]
        return by or ([ctx.sanctioner] if ctx.sanctioner is not None else [])
    agents = [m for m in subjects if m.label in ORGS | PLACES]
    if not agents and not _kids(sx, v, "nsubj"):  # "против X ввели санкции США и Великобритания"
        agents = _imposers(ctx, sx, n)
    if not agents and any(sx.lemmas[c] in _PACKAGES | SANCTION_NOUNS for c in _kids(sx, v, "nsubj")) \
            and ctx.sanctioner is not None:
        agents = [ctx.sanctioner]
    return agents


def sanction_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """Targets of imposed sanctions, sanctioned by each body that imposed them; a counted target
    ("restrictions on 116 individuals") is a count of the sanctions on the country they are against."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        words = _sanction_word(sx, n) or _action_word(ctx, sx, n)
        if words is None or not tok.dep.split(":")[0] in ("obj", "obl", "nsubj"):
            continue
        v = tok.head
        if not (0 <= v < len(toks)) or v == n or sx.lemmas[v] not in IMPOSE | _TAKE:
            continue
        if tok.dep.startswith("obl") and not set(_case(sx, n).split()) & {"on"}:
            continue  # "agreed on the package"; not "announced in a statement on sanctions"
        agents = _agents(ctx, sx, n, v)
        if agents and agents[0].label in ("PublicBody", "Country"):
            ctx.sanctioner = agents[0]  # "the United States issued sweeping sanctions": the body of what follows
        passive = tok.dep.startswith("nsubj")
        targets = [t for t in _targets(ctx, sx, [*words, v]) if all(t.id != a.id for a in agents)]
        counts = [] if targets else _counted(ctx, sx, [*words, v])
        if not agents and not passive or not targets and not counts:
            continue
        if agents:
            ctx.sanctioner = agents[0]
        for t in targets:
            remember_target(ctx, t)
        speaker, denied = _speaker(ctx, sx, v)
        count = _count(sx, n)
        bodies: list[Mention | None] = list(agents) or [None]  # "sanctions were imposed on …": by whom untold
        found: list[Found] = [(t, "sanctioned_by", a, count) for a in bodies for t in targets]
        found += [(country, "sanctioned_by", a, q) for a in bodies for country, q in counts]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out + under_sanctions_claims(ctx, sx) + _by_claims(ctx, sx)


def _counted(ctx: _Context, sx: _Sent, heads: list[int]) -> list[tuple[Mention, Quantity]]:
    """Counted targets under the "on" / "against" dependents: "restrictions on 116 individuals"."""
    out = []
    for h in heads:
        for c in _kids(sx, h, "nmod", "obl"):
            if set(_case(sx, c).split()) & _AGAINST - {"в"}:
                found = counted_target(ctx, sx, c)
                if found is not None:
                    out.append(found)
    return out[:1]


def _named_by(sx: _Sent, heads: list[int]) -> list[Mention]:
    """The bodies named with "by" under any of ``heads``: "placed under sanctions by Japan"."""
    return _unique([m for h in heads for c in _kids(sx, h, "obl", "nmod") if "by" in _case(sx, c).split()
                    if (m := sx.token_mention[c]) is not None and m.label in ORGS | PLACES])


def _by_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"sanctions against X by the US Treasury", "US sanctions against X": a sanctions noun that names
    both its target and its body, whatever verb it hangs from ("led to sanctions against X by Y")."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if _sanction_word(sx, n) != [n] or sx.lemmas[tok.head if 0 <= tok.head < len(toks) else n] in IMPOSE:
            continue
        up = [tok.head] if tok.dep.split(":")[0] in ("obl", "obj") and 0 <= tok.head < len(toks) else []
        by = _named_by(sx, [n, *up])
        if not by:
            continue
        targets = [t for t in _targets(ctx, sx, [n]) if all(t.id != b.id for b in by)]
        if not targets:
            continue
        speaker, denied = _speaker(ctx, sx, n)
        out.extend(_build(ctx, sx, n, [(t, "sanctioned_by", b, None) for t in targets for b in by], speaker, denied))
    return out


def _count(sx: _Sent, n: int) -> Quantity | None:
    """"imposed over 500 new sanctions": the number the sanctions are counted in."""
    toks = sx.sent.tokens
    for c in _kids(sx, n, "nummod"):
        for q in sx.quantities:
            if q.start is not None and q.end is not None and q.start <= toks[c].start < q.end:
                return q
    return None


#: what puts a name under sanctions: "under US sanctions", "под санкциями США", "под ограничения ЕС"
_UNDER = frozenset({"under", "под"})


def _imposers(ctx: _Context, sx: _Sent, n: int) -> list[Mention]:
    """The bodies whose sanctions these are: "US sanctions", "U.S. and European sanctions",
    "санкциями США и ЕС"."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for c in _kids(sx, n, "nmod", "compound", "amod", "nmod:poss"):
        if _case(sx, c) and toks[c].dep != "nmod:poss":
            continue
        for k in _with_conj(sx, c):
            m = sx.token_mention[k]
            if m is not None and m.label == "Nationality":
                m = _country_of(ctx, m)
            elif m is None and toks[k].pos == "ADJ":  # "European" the tagger left unnamed
                continue
            if m is not None and m.label in ORGS | PLACES and m not in out:
                out.append(m)
    return out


def _named_beside(sx: _Sent, v: int) -> list[Mention]:
    """"через посредника – компанию «ВСК Вектор», которая находится под санкциями": the name set
    beside the noun a relative clause hangs on."""
    toks = sx.sent.tokens
    head = toks[v].head
    if not toks[v].dep.startswith("acl") or not 0 <= head < len(toks) or head == v:
        return []
    for c in _kids(sx, head, "appos", "parataxis"):
        for k in [c, *_kids(sx, c, "appos", "flat")]:
            m = sx.token_mention[k]
            if m is not None:
                return [m]
    return []


def under_sanctions_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"Belarus remains under U.S. and European sanctions", "компания, которая находится под
    санкциями США", "placed under sanctions by the U.S. Treasury", "под новые ограничения США попали
    X и Y": the clause's subject is sanctioned by each body the sanctions are named after (or that
    placed it there). A name the phrase describes without a verb ("IEMZ Kupol, a manufacturer under
    Western sanctions", "an entity already subject to sanctions") is sanctioned by a body the text
    leaves unnamed."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos not in ("NOUN", "PROPN") or sx.lemmas[n] not in SANCTION_NOUNS:
            continue
        cases = set(_case(sx, n).split())
        v = tok.head
        if not (0 <= v < len(toks)) or v == n:
            continue
        if not cases & _UNDER and not ("to" in cases and sx.lemmas[v] == "subject"):
            continue
        bodies = _imposers(ctx, sx, n) or _named_by(sx, [n, v])
        if toks[v].pos in ("VERB", "AUX"):
            targets = _subjects(ctx, sx, v)[0] or _named_beside(sx, v) or _fallen_under(ctx, sx, v)
        elif toks[v].pos in ("NOUN", "PROPN", "ADJ"):
            described = _described(ctx, sx, v)
            targets = [described] if described is not None else []
        else:
            continue
        targets = [m for m in targets if m.label in _TARGETS and all(m.id != b.id for b in bodies)]
        if not targets:
            continue
        speaker, denied = _speaker(ctx, sx, v)
        found: list[Found] = [(t, "sanctioned_by", b, None) for t in targets[:_MAX_TARGETS] for b in bodies] or [
            (t, "sanctioned_by", None, None) for t in targets[:_MAX_TARGETS]]
        out.extend(_build(ctx, sx, v, found, speaker, denied))
    return out + _sanctioned_names(ctx, sx)


def _described(ctx: _Context, sx: _Sent, h: int) -> Mention | None:
    """The name a noun or adjective phrase describes: its own mention, the name a common noun stands in
    apposition to ("IEMZ Kupol, a manufacturer under sanctions"), or the name it modifies ("an
    entity already subject to sanctions" of "TSK Vektor, a Russian entity …")."""
    toks = sx.sent.tokens
    for _ in range(3):
        m = sx.token_mention[h]
        if m is not None:
            return m if m.label in _TARGETS else None
        named = [sx.token_mention[c] for c in _kids(sx, h, "appos", "flat") if sx.token_mention[c] is not None]
        if named:
            return named[0]
        if not toks[h].dep.split(":")[0] in ("appos", "amod", "acl") or not 0 <= toks[h].head < len(toks):
            return None
        h = toks[h].head
    return None


#: verbs of falling under sanctions: "под ограничения попали X и Y", "X fell under sanctions"
_FALL = frozenset({"попасть", "попадать", "оказаться", "fall", "come"})


def _fallen_under(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """The names listed after a verb of falling under sanctions whose subject the parser lost: each
    name whose stretch of text (between commas) holds no verb of its own, so that a relative clause
    ("…, которое производит двигатели для «Гарпий», и Redlepus") adds nothing."""
    if sx.lemmas[v] not in _FALL:
        return []
    toks = sx.sent.tokens
    out: list[Mention] = []
    chunk_has_verb = False
    for i in range(v + 1, len(toks)):
        if toks[i].text in (",", ";", ":", "—", "–"):
            chunk_has_verb = False
            continue
        if toks[i].pos in ("VERB", "AUX") or sx.lemmas[i] in ("который", "which", "that", "who"):
            chunk_has_verb = True
        m = sx.token_mention[i]
        if m is not None and m.label in ORGS | {"Person"} and not chunk_has_verb and m not in out:
            out.append(m)
    return out


#: participles that say a name is sanctioned: "the sanctioned Russian defense company Kupol"
_SANCTIONED = frozenset({"sanctioned", "blacklisted", "подсанкционный"})


def _sanctioned_names(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"the sanctioned Russian defense company Kupol", "подсанкционный завод «Купол»": the name the
    word modifies (or the common noun beside it names) is sanctioned, by a body the phrase leaves
    unnamed."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for a, tok in enumerate(toks):
        if tok.text.lower() not in _SANCTIONED or not tok.dep.startswith("amod") or not 0 <= tok.head < len(toks):
            continue
        target = _described(ctx, sx, tok.head)
        if target is None or target.label not in ORGS | {"Person"}:
            continue
        out.extend(_build(ctx, sx, tok.head, [(target, "sanctioned_by", None, None)], None, False, force="fact"))
    return out


__all__ = ["IMPOSE", "SANCTION_NOUNS", "sanction_noun_claims", "under_sanctions_claims"]
