"""holds_role: "X, deputy head of Y", "governor of Y X", "Y chairman X", "X, who chairs Y"; and office
holders who cooperate on behalf of the bodies they lead."""
from __future__ import annotations

import dataclasses
import re

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import (
    _country_of,
    _generic_ref,
    _indefinite,
    _objects,
    _previous,
    _previous_country,
    _role_person,
    _subjects,
)
from claimgraph.nlp.claims.build import _claim
from claimgraph.nlp.claims.relatives import kinship_of
from claimgraph.nlp.claims.sentence import _case, _Context, _head_token, _lemma, _Sent, _with_conj
from claimgraph.nlp.claims.words import _GENERIC_ORG, ORGS, PLACES
from claimgraph.nlp.lexicon import ROLE_MODIFIERS, ROLE_NOUNS


#: titles whose holder runs a company ("chief executive", "генеральный конструктор")
_COMPANY_ROLES = frozenset({"executive", "ceo", "director", "chairman", "chairwoman", "founder", "owner",
                            "designer", "manager", "директор", "гендиректор", "конструктор", "основатель",
                            "владелец", "управляющий"})
#: titles whose holder governs a region or city
_REGION_ROLES = frozenset({"governor", "mayor", "губернатор", "мэр"})
#: titles whose holder governs a town, which the text may name without "region" in it
_CITY_ROLES = frozenset({"mayor", "мэр"})
_REGION_WORDS = re.compile(r"region|province|oblast|krai|област|кра[йя]|республик", re.IGNORECASE)
#: verbs whose subject holds a post in their object ("X, who chairs Y", "возглавляющий Y")
ROLE_VERBS = frozenset({"chair", "head", "lead", "run", "direct", "возглавлять", "возглавить", "руководить"})


def _on_behalf(ctx: _Context, sx: _Sent, claims: list[Claim], roles: list[Claim]) -> list[Claim]:
    """"The academy's chairman X and the rector of Y, Z, signed a roadmap": two office holders
    cooperate on behalf of the bodies they lead, so the claim joins the bodies."""
    by_id = ctx.by_id
    post = {c.subject_mention: by_id[c.object_mention] for c in roles if c.object_mention in by_id}
    people = {m.id for m in sx.mentions if m.label == "Person"}
    out = []
    for c in claims:
        a = post.get(c.subject_mention or "") or ctx.stands_for.get(c.subject_mention or "")
        b = post.get(c.object_mention or "") or ctx.stands_for.get(c.object_mention or "")
        if c.predicate == "cooperates_with" and c.subject_mention in people and c.object_mention in people \
                and a is not None and b is not None and a.id != b.id:
            subject, obj = ctx.name(a), ctx.name(b)
            c = dataclasses.replace(c, subject=subject, object=obj, subject_mention=a.id, object_mention=b.id,
                                    id=Claim.make_id(ctx.doc.document_id, sx.sent.start, subject, c.predicate, obj,
                                                     c.value))
        out.append(c)
    return out


def _role_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X, deputy head of Y", "governor of Y X", "Y chairman X", "министр обороны Беларуси X"."""
    toks = sx.sent.tokens
    out = []
    done: set[str] = set()
    for i, tok in enumerate(toks):
        if sx.lemmas[i] not in ROLE_NOUNS or sx.token_mention[i] is not None or kinship_of(sx, i):
            continue
        person = _role_person(ctx, sx, i)
        if person is None or person.id in done:
            continue
        org = _role_org(ctx, sx, i, person) or _role_fallback(ctx, sx, i, person)
        if org is None:
            continue
        done.add(person.id)
        ctx.titles[_lemma(tok)] = person
        for holder, body in _plural_posts(ctx, sx, i, person, org):
            done.add(holder.id)
            out.append(_claim(ctx, sx, holder, "holds_role", body, None, "fact", None, i, 0.7,
                              role=_role_title(sx, i)))
    for v, tok in enumerate(toks):
        if sx.lemmas[v] not in ROLE_VERBS or tok.pos not in ("VERB", "ADJ"):
            continue
        subs, _ = _subjects(ctx, sx, v)
        people = [m for m in subs if m.label == "Person" and m.id not in done]
        if not people and tok.dep.startswith("acl") and 0 <= tok.head < len(toks):
            m = sx.token_mention[tok.head]  # "возглавляющий комитет": the participle hangs off the name
            people = [m] if m is not None and m.label == "Person" and m.id not in done else []
        orgs = _objects(ctx, sx, v, ("obj",), None, ORGS | PLACES) or _objects(
            ctx, sx, v, ("obl",), None, ORGS | PLACES)
        for person in people[:1]:
            for org in orgs[:1]:
                done.add(person.id)
                out.append(_claim(ctx, sx, person, "holds_role", org, None, "fact", None, v, 0.65,
                                  role=tok.text.lower()))
    return out


def _plural_posts(ctx: _Context, sx: _Sent, i: int, person: Mention, org: Mention) -> list[tuple[Mention, Mention]]:
    """"Президенты России и Ирана Владимир Путин и Масуд Пезешкиан": a plural title over
    coordinated bodies gives each of the names that follow, in order, the post of its body; any
    other title gives its one holder the one post."""
    toks = sx.sent.tokens
    word = toks[i].text.lower()  # the Russian tagger often calls "Президенты" singular
    if "Number=Plur" not in toks[i].feats and not (word != _lemma(toks[i]) and word.endswith(("ы", "и"))):
        return [(person, org)]
    bodies = [sx.token_mention[k] for k in _with_conj(sx, _head_token(sx, org))]
    bodies = [m for m in bodies if m is not None and m.label in ORGS | PLACES]
    people = sorted({m.id: m for m in sx.mentions if m.label == "Person" and m.start >= person.start}.values(),
                    key=lambda m: m.start)[:len(bodies)]
    joined = all(re.fullmatch(r"\s*(,|and|и|,\s*and)?\s*", ctx.doc.text[a.end:b.start])
                 for a, b in zip(people, people[1:]))
    if len(bodies) < 2 or len(people) != len(bodies) or not joined or people[0].id != person.id:
        return [(person, org)]
    return list(zip(people, bodies))


def _role_org(ctx: _Context, sx: _Sent, i: int, person: Mention) -> Mention | None:
    toks = sx.sent.tokens
    labels = ORGS | PLACES
    envoy = _lemma(toks[i]) in _ENVOYS
    frontier = [i]
    for _ in range(3):  # "deputy head of the Administration of Russia": follow nmod down
        nxt = []
        for k in frontier:
            for c in sx.children[k]:
                if envoy and set(_case(sx, c).split()) & _POSTED_IN:
                    continue  # "посол России в Кишиневе": the envoy's post is of the state that sends them
                if toks[c].dep.split(":")[0] in ("nmod", "compound", "obl") or toks[c].dep == "nmod:poss":
                    m = sx.token_mention[c]
                    if m is not None and m.id != person.id and m.label in labels:
                        return m
                    if m is None and _lemma(toks[c]) in ("minister", "министр", "ministry"):
                        ref = _previous(ctx, toks[c].start, frozenset({"PublicBody"}), "minis" if ctx.lang == "en" else "минис")
                        if ref is not None and ref.id != person.id:
                            return ref
                    named = _named(sx, c, labels)  # "the drone maker X" names its maker
                    if named is not None and named.id != person.id:
                        return named
                    if m is None and _lemma(toks[c]) in _GENERIC_ORG and not _indefinite(sx, c):
                        ref = _previous_country(ctx, sx, toks[c].start) if _lemma(toks[c]) in ("country", "страна") \
                            else _generic_ref(ctx, toks[c].start, _lemma(toks[c]))
                        if ref is not None and ref.id != person.id:
                            return ref
                    if m is None and _lemma(toks[c]) not in ("year", "год"):
                        nxt.append(c)
        frontier = nxt
    # "Indonesian Defence Minister X", "Belarusian leader X": the country of the demonym
    if _lemma(toks[i]) in _STATE_ROLES and not _described_leader(sx, i):
        for j in range(i - 1, max(-1, i - 5), -1):
            m = sx.token_mention[j]
            if m is not None and m.label == "Nationality":
                country = _country_of(ctx, m)
                if country is not None:
                    return country
            if toks[j].pos not in ("ADJ", "NOUN", "PROPN") or m is not None and m.label != "Nationality":
                break
    # "Deccan Aerosystems chairman Ravi Menon": a name right before the title
    j = i - 1
    while j >= 0 and _lemma(toks[j]) in ROLE_MODIFIERS | ROLE_NOUNS:
        j -= 1
    if j >= 0:
        m = sx.token_mention[j]
        if m is not None and m.id != person.id and m.label in ORGS and toks[j].end <= toks[i].start:
            return m
    return None


#: titles of those a state posts abroad, and the words of where they are posted ("ambassador to X")
_ENVOYS = frozenset({"ambassador", "envoy", "посол", "посланник", "полпред"})
_POSTED_IN = frozenset({"in", "to", "в", "во"})
#: titles that stand for a state: "the Indonesian defence minister" holds a post of Indonesia
_STATE_ROLES = frozenset({"president", "minister", "leader", "premier", "prime", "ambassador", "envoy",
                          "chancellor", "президент", "министр", "лидер", "премьер", "премьер-министр", "посол"})


def _named(sx: _Sent, c: int, labels: frozenset[str]) -> Mention | None:
    """The organisation a common noun stands in apposition to ("the Russian drone maker X")."""
    if sx.token_mention[c] is not None:
        return None
    for a in sx.children[c]:
        m = sx.token_mention[a]
        if sx.sent.tokens[a].dep == "appos" and a > c and m is not None and m.label in labels:
            return m
    return None


def _described_leader(sx: _Sent, i: int) -> bool:
    """"Russian opposition leader X", "a Belarusian rebel leader": a leader of something the
    modifier names, not of the state the demonym stands for."""
    toks = sx.sent.tokens
    if _lemma(toks[i]) not in ("leader", "лидер"):
        return False
    return any(c < i and toks[c].pos == "NOUN" and toks[c].dep.split(":")[0] in ("compound", "nmod", "amod")
               and _lemma(toks[c]) not in ROLE_MODIFIERS | ROLE_NOUNS for c in sx.children[i])


def _described_employer(sx: _Sent, i: int) -> bool:
    """"CEO of the Russian drone maker X": the title names its employer, even when the tagger
    missed the name, so the company mentioned before is not the one meant."""
    toks = sx.sent.tokens
    return any(toks[c].dep.split(":")[0] == "nmod" and toks[c].pos in ("NOUN", "PROPN") and c > i
               for c in sx.children[i])


def _role_fallback(ctx: _Context, sx: _Sent, i: int, person: Mention) -> Mention | None:
    """A title with no organisation after it: "Chief executive X told visitors" is the executive
    of the company the report is about; "по словам губернатора X" governs the region named before."""
    low = _lemma(sx.sent.tokens[i])
    start = sx.sent.tokens[i].start
    if low in _REGION_ROLES:
        for j in range(len(sx.sent.tokens)):
            m = sx.token_mention[j]
            if m is not None and m.label == "Location" and sx.sent.tokens[j].dep.startswith("nsubj"):
                return m  # "Самарская область, по словам губернатора X, рассчитывает …"
        found = _previous(ctx, start, frozenset({"Location"}))
        if found is not None and start - found.end < 400 and _REGION_WORDS.search(found.text):
            return found
        if low in _CITY_ROLES and found is not None and start - found.end < 300 and found.id != person.id:
            return found  # "In Nizhnekamsk, …, city mayor X said": the mayor of the town just named
        return None
    if low in _COMPANY_ROLES and not _described_employer(sx, i):
        found = _previous(ctx, start, frozenset({"Company"}))
        if found is not None and start - found.end < 600 and found.id != person.id:
            return found
    return None


def _role_title(sx: _Sent, i: int) -> str:
    toks = sx.sent.tokens
    parts = [toks[i].text.lower()]
    j = i - 1
    while j >= 0 and _lemma(toks[j]) in ROLE_MODIFIERS and toks[j].head in (i, j + 1):
        parts.insert(0, toks[j].text.lower())
        j -= 1
    for c in sx.children[i]:
        if c < i and toks[c].dep in ("compound", "amod") and _lemma(toks[c]) in ROLE_MODIFIERS | ROLE_NOUNS \
                and toks[c].text.lower() not in parts:
            parts.insert(0, toks[c].text.lower())
    if _lemma(toks[i]) in ("deputy", "заместитель", "head", "глава", "chief") and i + 1 < len(toks) \
            and toks[i + 1].head == i and _lemma(toks[i + 1]) in ROLE_NOUNS:
        parts.append(toks[i + 1].text.lower())
    return " ".join(parts)


def leaders_for_states(claims: list[Claim], by_id: dict[str, Mention],
                       counterparts: dict[str, tuple[str, Mention]] | None = None) -> list[Claim]:
    """"Putin and Pezeshkian signed a partnership treaty": office holders who cooperate do so for
    the bodies they lead, so the claim joins the posts the report gives them anywhere (or the country
    of a "counterpart" phrase); a pact between two people whose posts the report never states is no
    ledger claim and is dropped."""
    posts: dict[str, tuple[str, Mention]] = {}
    for c in claims:
        if c.predicate == "holds_role" and c.object and c.object_mention in by_id:
            posts.setdefault(c.subject, (c.object, by_id[c.object_mention]))
    for person, post in (counterparts or {}).items():
        posts.setdefault(person, post)
    out = []
    for c in claims:
        a, b = by_id.get(c.subject_mention or ""), by_id.get(c.object_mention or "")
        if c.predicate != "cooperates_with" or a is None or b is None or a.label != "Person" \
                or b.label != "Person":
            out.append(c)
            continue
        x, y = posts.get(c.subject), posts.get(c.object or "")
        if x is None or y is None or x[1].id == y[1].id:
            continue
        (subject, sm), (obj, om) = x, y
        out.append(dataclasses.replace(c, subject=subject, object=obj, subject_mention=sm.id, object_mention=om.id,
                                       id=Claim.make_id(c.document_id, c.start, subject, c.predicate, obj, c.value)))
    return list({c.id: c for c in reversed(out)}.values())[::-1]  # a rewrite may repeat a claim: keep the first
