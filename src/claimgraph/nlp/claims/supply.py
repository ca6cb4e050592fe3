"""supplies_to: "X supplied Y to Z", "Z buys engines from X", "the supply of engines from X to Z",
"the largest buyer was Z"."""
from __future__ import annotations

from claimgraph.model import Claim, Mention, Quantity
from claimgraph.nlp.claims.arguments import _country_of, _entity, _members, _objects, _previous, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.bare_recipients import bare_recipients
from claimgraph.nlp.claims.firm_counts import firm_count
from claimgraph.nlp.claims.build import _build, _doers, Found, _value, _Verb
from claimgraph.nlp.claims.counted_groups import counted_groups
from claimgraph.nlp.claims.export_cases import under_accusation
from claimgraph.nlp.claims.goods import is_materiel, national_party, nationality_of, origin_of_goods
from claimgraph.nlp.claims.loading import flagged_states
from claimgraph.nlp.claims.sanction_targets import group_places
from claimgraph.nlp.claims.sentence import (
    _ancestors,
    _case,
    _Context,
    _copular_verb,
    _first_and_conjuncts,
    _kids,
    _Sent,
    _token_at,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.troops import aided_states, counted_troops, named_above
from claimgraph.nlp.claims.words import ORGS, PLACES
from claimgraph.nlp.ukrainian_cases import noun_cases


#: nouns of delivery: "the supply of engines by X to Y", "поставки двигателей из Китая"
_SUPPLY_NOUNS = frozenset({"supply", "supplies", "delivery", "deliveries", "shipment", "shipments", "export",
                           "exports", "sale", "sales", "transfer", "поставка", "экспорт", "продажа", "отгрузка",
                           "передача", "реэкспорт"})
_FROM = frozenset({"from", "by", "из", "от", "у"})
_TO = frozenset({"to", "for", "в", "во", "для"})
#: prepositions of where goods go, never of whom they serve ("for its war" names no recipient)
_TOWARD = frozenset({"to", "в", "во"})


def _supply_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A noun of delivery with its supplier ("from X", "by X", "из Китая") and its recipient ("to Y",
    "в Россию", else the subject of "took delivery"/"received")."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _SUPPLY_NOUNS or under_accusation(sx, n):
            continue  # "обвиненных в экспорте из США в Россию": read by the export cases
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else n
        suppliers = _objects(ctx, sx, n, ("nmod",), _FROM, ORGS | PLACES)
        for c in _kids(sx, n, "nmod"):  # "delivery of the first batch of drones from X"
            suppliers = suppliers or _objects(ctx, sx, c, ("nmod",), _FROM, ORGS | PLACES)
        by_agent = False
        if not suppliers and head != n:
            suppliers = _objects(ctx, sx, head, ("obl",), _FROM, ORGS | PLACES)
            # "deliveries were made by X", "the shipments were handled by X": X did the delivering
            by_agent = bool(suppliers) and tok.dep == "nsubj:pass" and bool(
                _objects(ctx, sx, head, ("obl",), frozenset({"by"}), ORGS))
        if not suppliers:  # "China's exports of parts", "поставки Ирана в Россию", "поставки китайских двигателей"
            suppliers = [m for c in _kids(sx, n, "nmod:poss", "nmod") if toks[c].dep == "nmod:poss" or (
                not _case(sx, c) and "Case=Gen" in toks[c].feats) if (m := _entity(ctx, sx, c, ORGS | PLACES))]
            suppliers = suppliers or [country for c in _kids(sx, n, "nmod") for a in _kids(sx, c, "amod")
                                      if (m := sx.token_mention[a]) is not None and m.label == "Nationality"
                                      and (country := _country_of(ctx, m)) is not None]
        if not suppliers:  # "Croatian arms exports to Armenia": the nation the noun itself is of
            suppliers = [m for c in [n, *_kids(sx, n, "compound")] if (m := nationality_of(ctx, sx, c)) is not None][:1]
        if not suppliers:  # "передача Китаем дронов": the supplier in the instrumental
            suppliers = _bare_case(ctx, sx, n, "Case=Ins")
        agent_verb = None
        if not suppliers:  # "X, which facilitated the shipment of drones to Y", "посредник в поставках"
            suppliers, agent_verb = _taking_part(ctx, sx, n)
        recipients = _objects(ctx, sx, n, ("nmod",), _TO, ORGS | PLACES)
        if not recipients:  # "поставки оружия в Россию" with "в Россию" hung on the goods
            recipients = [r for c in _kids(sx, n, "nmod") if sx.token_mention[c] is None
                          for r in _objects(ctx, sx, c, ("nmod",), _TOWARD, ORGS | PLACES) if not _locative(ctx, sx, r)]
        if not recipients and agent_verb is not None:
            recipients = _objects(ctx, sx, agent_verb, ("obl",), _TO - {"for", "для"}, ORGS | PLACES)
        for c in [n, *_kids(sx, n, "nmod")]:  # "поставки Украине вооружений", "передача дронов Венесуэле"
            recipients = recipients or [r for r in _bare_case(ctx, sx, c, "Case=Dat") if r not in suppliers]
        if not recipients and head != n and tok.dep.startswith("obj"):
            recipients, _ = _subjects(ctx, sx, head)  # "Armenia has taken delivery of …"
        if not suppliers or not recipients and not by_agent:
            continue
        verb = head if toks[head].pos in ("VERB", "AUX") else n
        speaker, denied = _speaker(ctx, sx, verb)
        if not recipients:  # the deliveries the report just told of went to their recipient
            last = ctx.last_recipient
            to = last[1] if last is not None and ctx.sentence_index - last[0] <= 3 and _definite(sx, n) \
                and last[1].id != suppliers[0].id else None
            out.extend(_build(ctx, sx, verb, [(suppliers[0], "supplies_to", to, _value(sx, n))], speaker, denied))
            continue
        found = [(s, "supplies_to", r, _value(sx, n)) for s in suppliers[:1] for r in _first_and_conjuncts(sx, recipients)
                 if s.id != r.id and r.label != "Person"]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


def _definite(sx: _Sent, n: int) -> bool:
    """A noun that points back ("the shipments", "these deliveries") or stands bare in the plural
    ("Deliveries were made by X"), never one introduced as new ("a shipment")."""
    dets = [sx.lemmas[c] for c in _kids(sx, n, "det")]
    return any(d in ("the", "this", "these", "those", "such") for d in dets) or (
        not dets and "Number=Plur" in sx.sent.tokens[n].feats)


#: words of taking part in a deed: "facilitated the shipment", "посредник в поставках", "role in deliveries"
_TAKE_PART = frozenset({"facilitate", "handle", "organize", "organise", "arrange", "conduct", "involve", "role",
                        "intermediary", "middleman", "broker", "participate", "engage", "responsible",
                        "посредник", "участвовать", "участие", "осуществлять", "заниматься", "организовать",
                        "организовывать", "роль", "причастный", "отвечать", "содействовать"})


def _taking_part(ctx: _Context, sx: _Sent, n: int) -> tuple[list[Mention], int | None]:
    """The party that takes part in a delivery the noun names without its supplier: the subject of
    the clause of "facilitate", "intermediary", "role in" (or the noun a participle of it hangs on),
    with the verb whose dependents may name the recipient."""
    toks = sx.sent.tokens
    chain = _ancestors(sx, n, 4)
    if not any(sx.lemmas[a] in _TAKE_PART for a in chain[:2]):
        return [], None
    for a in chain:
        if toks[a].pos in ("VERB", "AUX") or _kids(sx, a, "cop"):
            found = [m for m in _subjects(ctx, sx, a)[0] if m.label in ORGS | PLACES]
            if not found and toks[a].dep.startswith("acl") and 0 <= toks[a].head < len(toks):
                m = _entity(ctx, sx, toks[a].head, ORGS | PLACES)
                found = [m] if m is not None else []
            return found[:1], a
    return [], None


def _bare_case(ctx: _Context, sx: _Sent, n: int, case: str) -> list[Mention]:
    """Names hanging on a Russian noun of delivery in a case without a preposition: the instrumental
    supplier, the dative recipient."""
    toks = sx.sent.tokens
    return [m for c in _kids(sx, n, "nmod", "iobj", "obl") if not _case(sx, c) and case in toks[c].feats
            if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None]


_BUYER_NOUNS = frozenset({"buyer", "customer", "client", "purchaser", "importer", "recipient", "заказчик",
                          "покупатель", "клиент", "получатель", "импортер", "импортёр"})


def _buyer_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"The largest buyer was Kupol-Tech", "первым заказчиком станет Министерство обороны": the maker
    the report is about (named with "from"/"у", else the last firm named) supplies the buyer."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _BUYER_NOUNS or sx.token_mention[n] is not None:
            continue
        verb = _copular_verb(sx, n)
        if verb is None:
            continue
        slots = _kids(sx, n, "nsubj") if verb == n else [
            c for c in _kids(sx, verb, "nsubj", "attr", "xcomp", "obj") if c != n]
        buyers = [m for c in slots for k in _with_conj(sx, c)
                  if (m := _entity(ctx, sx, k, ORGS | PLACES - {"Facility"})) is not None]
        if not buyers:
            continue
        sellers = _objects(ctx, sx, n, ("nmod",), _FROM, ORGS | PLACES) or [  # "its largest customer"
            m for c in _kids(sx, n, "nmod:poss") if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None]
        if not sellers:
            found = _previous(ctx, sx.sent.start, frozenset({"Company", "Facility", "Organization"}))
            sellers = [found] if found is not None and found.id not in {b.id for b in buyers} else []
        speaker, denied = _speaker(ctx, sx, verb)
        out.extend(_build(ctx, sx, verb, [(sellers[0], "supplies_to", b, None) for b in buyers if sellers],
                          speaker, denied))
    return out


def _supplied_from_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    subjects = _doers(ctx, sx, verb)
    if subjects is None:
        return []
    v = verb.v
    cases = frozenset({"from", "в", "во", "у", "из"})
    sources = _objects(ctx, sx, v, ("obl", "nmod"), cases, ORGS | PLACES)
    for o in _kids(sx, v, "obj"):  # "закупает моторы в Китае": the place hangs off the goods
        sources = sources or _objects(ctx, sx, o, ("nmod",), cases, ORGS | PLACES)
    for o in _kids(sx, v, "obj"):  # "imports Chinese engines", "закупает китайские двигатели"
        sources = sources or (origin_of_goods(ctx, sx, o)[:1] if is_materiel(sx, o) else [])
    out: list[Found] = [(src, "supplies_to", s, verb.value) for s in subjects
                        for src in _first_and_conjuncts(sx, sources)]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied)


def _supplies_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    v = verb.v
    if _sends_people(sx, v):  # "sending specialists to Russia for training" moves no goods
        return []
    supplied = _supplied_participle(ctx, sx, v)
    if supplied:  # "Russia fired missiles provided by North Korea"
        return _build(ctx, sx, v, supplied, verb.speaker, verb.denied)
    accused = _accused_of(ctx, sx, v)
    intended = bool(accused) and sx.lemmas[sx.sent.tokens[v].head] in _INTENDING
    if accused:  # "accused North Korea of providing weapons to Russia"
        verb = _Verb(v, verb.predicate, verb.lemma, accused, False, verb.value, verb.speaker, verb.denied)
    subjects = _doers(ctx, sx, verb)
    if subjects is None:  # "a shipment was transferred from North Korea to Russia"
        subjects = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"from", "из", "от"}), ORGS | PLACES)
        # "engines made by X were sent to Y", "Chinese-made engines are shipped to Y": where the goods come from
        subjects = subjects or [m for c in _kids(sx, v, "nsubj:pass", "nsubj") if is_materiel(sx, _head_of(sx, c))
                                for m in origin_of_goods(ctx, sx, _head_of(sx, c))][:1]
        if not subjects:
            return _delivered_count(ctx, sx, verb)
    elif not subjects:  # "Chinese companies supplied …", "компания из Китая, которая передает …"
        subjects = _national_subjects(ctx, sx, v)
    recipients = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"to", "в", "во"}),
                          ORGS | PLACES) + _objects(ctx, sx, v, ("iobj",), None, ORGS | PLACES)
    if not recipients:  # "shipped $50 million worth of chips to Russia" with "to Russia" hung on the object
        # also on the object's last conjunct: "sent 1,000 containers of equipment, munitions to Russia"
        recipients = [r for o in _kids(sx, v, "obj") for k in _with_conj(sx, o)
                      for r in _objects(ctx, sx, k, ("nmod",), _TOWARD, ORGS | PLACES)]
    recipients = [r for r in recipients if not _locative(ctx, sx, r)] or bare_recipients(ctx, sx, v, subjects)
    if not recipients:  # "for" names the recipient only where no "to" does ("for its war" is no one's)
        recipients = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"for", "для"}), ORGS | PLACES)
    if not recipients and not verb.passive and (_goods_with(sx, v) or sx.lemmas[v] in _ARM):
        recipients = _objects(ctx, sx, v, ("obj",), None, ORGS | PLACES)  # "supplied Russia with missiles"
        recipients = recipients or _national_forces(ctx, sx, _kids(sx, v, "obj"))
    if not recipients:  # "shells shipped to the Russian army"
        recipients = _national_forces(ctx, sx, [c for c in _kids(sx, v, "obl") if "to" in _case(sx, c).split()])
    if not recipients:  # "delivering arms to a Russian cargo vessel": the state of the ship's flag
        recipients = flagged_states(ctx, sx, [c for c in _kids(sx, v, "obl") if "to" in _case(sx, c).split()])
    if not recipients and verb.lemma in ("reach", "ввозить", "ввезти"):
        return []
    recipients = recipients or aided_states(ctx, sx, v)  # "send troops to support Russia"
    troops = None if recipients else counted_troops(sx, v, verb.value)
    if troops is not None:  # "is ready to send up to 12,000 soldiers"
        return _build(ctx, sx, v, [(s, "supplies_to", None, troops) for s in subjects[:1]
                                   if s.label != "Person" and (_named_here(sx, v, s) or named_above(sx, v, s))],
                      verb.speaker, verb.denied, force=_charged(accused, intended, verb.denied))
    if not recipients and _moves_materiel(sx, v, verb):  # "X supplies drone kits", "the drones were supplied by X"
        return _build(ctx, sx, v, [(s, "supplies_to", None, _goods_value(sx, v, verb)) for s in subjects[:1]
                                   if s.label != "Person" and _named_here(sx, v, s)], verb.speaker, verb.denied,
                      force=_charged(accused, intended, verb.denied))
    # "1,000 sappers and 5,000 builders": a claim for each counted group
    # a count of the suppliers ("seven firms sent …") is the speaker's figure, not the supply's
    values: list[Quantity | None] = [*counted_groups(sx, v)] or [
        None if verb.value is not None and firm_count(sx, verb.value) else verb.value]
    out: list[Found] = [(s, "supplies_to", r, q) for s in subjects
                        for r in _first_and_conjuncts(sx, recipients) if r.id != s.id for q in values]
    return _build(ctx, sx, v, out, verb.speaker, verb.denied, force=_charged(accused, intended, verb.denied))


#: people a verb of sending moves for work or study, never goods: "send specialists to Russia for training"
_PEOPLE_SENT = frozenset({"specialist", "expert", "engineer", "student", "trainee", "cadet", "instructor",
                          "technician", "scientist", "delegation", "специалист", "эксперт", "инженер", "студент",
                          "курсант", "инструктор", "техник", "учёный", "ученый", "делегация"})


def _sends_people(sx: _Sent, v: int) -> bool:
    """The verb's object is people sent to work or study ("sending Belarusian specialists to Russia"),
    itself or, for a pronoun ("сформировать группу специалистов и направить их"), the object of the
    verb it is coordinated with; "a group of specialists" counts as the specialists."""
    toks = sx.sent.tokens

    def people(o: int) -> bool:
        return sx.lemmas[o] in _PEOPLE_SENT or any(sx.lemmas[c] in _PEOPLE_SENT for c in _kids(sx, o, "nmod"))

    objs = _kids(sx, v, "obj")
    if any(people(o) for o in objs):
        return True
    h = toks[v].head
    if objs and all(toks[o].pos == "PRON" for o in objs) and toks[v].dep == "conj" and 0 <= h < len(toks) and h != v:
        return any(people(o) for o in _kids(sx, h, "obj"))
    return False


def _delivered_count(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    """"More than 1,500 drones had been delivered by April" after a report about one maker: a count of
    goods delivered, with neither supplier nor recipient named, is the output the maker named before
    delivered (a firm or plant named in the text before, never a country)."""
    v, q = verb.v, verb.value
    toks = sx.sent.tokens
    if q is None or not q.unit or any(set(_case(sx, c).split()) & {"to", "в", "во"} for c in _kids(sx, v, "obl")):
        return []
    span = [i for i, t in enumerate(toks) if (q.start or 0) <= t.start < (q.end or 0)]
    counted = [c for c in _kids(sx, v, "nsubj:pass") if c in span or any(
        toks[i].head == c for i in span) and is_materiel(sx, c)]
    if not counted:
        return []
    maker = _previous(ctx, sx.sent.start, frozenset({"Company", "Facility"}))
    if maker is None:
        return []
    return _build(ctx, sx, v, [(maker, "supplies_to", None, q)], verb.speaker, verb.denied)


def _head_of(sx: _Sent, c: int) -> int:
    """The noun a relative pronoun stands for ("drones, which were shipped"), else the token itself."""
    toks = sx.sent.tokens
    v = toks[c].head
    if toks[c].pos == "PRON" and toks[v].dep.startswith("acl") and 0 <= toks[v].head < len(toks):
        return toks[v].head
    return c


def _national_subjects(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """Subjects that are firms or forces of a nation ("Chinese companies", "китайские компании"), also of a
    verb the supply completes ("continue to supply"), or the noun a relative clause hangs on ("a company
    from China that supplies …")."""
    toks = sx.sent.tokens
    heads = [v]
    if toks[v].dep.startswith("xcomp") and 0 <= toks[v].head < len(toks) and not _kids(sx, v, "nsubj"):
        heads.append(toks[v].head)  # "Croatian firms continue to supply …": the subject of the verb above
    found = [p for h in heads for c in _kids(sx, h, "nsubj") if (p := national_party(ctx, sx, _head_of(sx, c))) is not None]
    if not found:
        return []
    # "Chinese companies and seven firms from Finland and India supplied …": each group's nation supplies
    groups = [k for h in heads for c in _kids(sx, h, "nsubj") for k in _with_conj(sx, _head_of(sx, c))[1:]]
    more = [m for k in groups for m, _ in group_places(ctx, sx, k, counted=True) if m.label in PLACES]
    return _unique([found[0], *more])[:8]


def _moves_materiel(sx: _Sent, v: int, verb: _Verb) -> bool:
    """The verb moves weapons or parts, as its object or its passive subject says: a supply with no
    recipient named is still the supplier's claim ("X supplies engine kits", "were supplied by X")."""
    if any(set(_case(sx, c).split()) & {"to", "в", "во"} for c in _kids(sx, v, "obl", "nmod")):
        return False  # "sold the batch to a distributor": a recipient is named, only not by name
    if any("Case=Dat" in sx.sent.tokens[c].feats for c in _kids(sx, v, "iobj", "obl") if not _case(sx, c)):
        return False  # "поставлял российской армии дроны": the recipient in the dative
    deps = ("nsubj:pass", "nsubj") if verb.passive else ("obj",)
    goods = _kids(sx, v, *deps)
    if not verb.passive and _goods_with(sx, v):  # "supplying the Venezuelan army with drones"
        goods += [c for c in _kids(sx, v, "obl", "nmod") if _case(sx, c) == "with" or not _case(sx, c)]
    return any(is_materiel(sx, _head_of(sx, k)) for c in goods for k in _with_conj(sx, c))


def _named_here(sx: _Sent, v: int, m: Mention) -> bool:
    """The supplier is named in the verb's own clause (its subject, their conjuncts, or the agent),
    not reached through a pronoun or a clause above: a claim without a recipient must at least
    have its supplier right."""
    toks = sx.sent.tokens
    own = {k for c in _kids(sx, v, "nsubj", "nsubj:pass", "obl") for k in _with_conj(sx, c)}
    return any(m.start <= toks[k].start < m.end or sx.token_mention[k] is m for k in own)


def _goods_value(sx: _Sent, v: int, verb: _Verb) -> Quantity | None:
    """The verb's value when it counts the goods themselves ("delivered 1,500 drones"), not some
    other number of the clause ("through 34 companies")."""
    q = verb.value
    if q is None:
        return None
    toks = sx.sent.tokens
    at = _token_at(sx.sent, q.start or 0)
    goods = {k for c in _kids(sx, v, "obj", "nsubj:pass") for k in _with_conj(sx, c)}
    return q if at in goods or {at, *_ancestors(sx, at, 2)} & goods and toks[at].dep != "nmod" else None


#: words of a deed intended, between a charge and its deed: "accused X of planning to supply"
_INTENDING = frozenset({"plan", "prepare", "intend", "seek", "try", "attempt", "intention", "намерение",
                        "подготовка", "попытка", "планировать", "намереваться", "готовиться", "пытаться"})
#: verbs that charge someone with a deed: "accused X of supplying", "обвиняют X в поставках"
_ACCUSE = frozenset({"accuse", "charge", "suspect", "blame", "обвинять", "обвинить", "подозревать"})


def _charged(accused: list[Mention], intended: bool, denied: bool) -> str | None:
    """The modality of a deed someone is charged with: a claim, or a plan when the charge is of an
    intent ("accused Iran of planning to supply")."""
    if not accused or denied:
        return None
    return "plan" if intended else "claim"


def _accused_of(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """Who a gerund of supply is charged to: the object of "accuse … of supplying"."""
    toks = sx.sent.tokens
    if _kids(sx, v, "nsubj", "nsubj:pass"):
        return []
    h = toks[v].head
    if 0 <= h < len(toks) and h != v and sx.lemmas[h] in _INTENDING and not _kids(sx, h, "nsubj", "nsubj:pass"):
        v, h = h, toks[h].head  # "accused Iran of planning to supply", "обвинили Иран в намерении поставить"
    if 0 <= h < len(toks) and h != v and toks[h].pos == "ADP":
        h = toks[h].head
    if 0 <= h < len(toks) and toks[h].pos == "NOUN" and toks[h].dep.startswith("obj") \
            and 0 <= toks[h].head < len(toks) and sx.lemmas[toks[h].head] in _ACCUSE:
        h = toks[h].head  # "accused Croatian firms of supplying": "of" parsed under the accused noun
    if not (0 <= h < len(toks)) or h == v or sx.lemmas[h] not in _ACCUSE:
        return []
    found = _objects(ctx, sx, h, ("obj",), None, ORGS | PLACES)
    for o in _kids(sx, h, "obj"):  # "accused the country of providing …": the country named last
        if not found and sx.lemmas[o] in _COUNTRY and sx.token_mention[o] is None:
            last = _previous(ctx, toks[o].start, frozenset({"Country"}))
            found = [last] if last is not None else []
        # "accused the Hungarian government of …": a nation's government stands for its state
        found = found or [m for m in _members(ctx, sx, o) if m.label in ORGS | PLACES]
        # "accused Croatian arms makers of shipping …": the firms' nation
        found = found or [p for p in [national_party(ctx, sx, o)] if p is not None]
    return found


_COUNTRY = frozenset({"country", "страна", "країна"})


def _supplied_participle(ctx: _Context, sx: _Sent, v: int) -> list[Found]:
    """"missiles provided by North Korea", "drones supplied by Iran": the participle's agent supplies
    whoever the clause says has the goods (the subject of the verb the goods hang on)."""
    toks = sx.sent.tokens
    tok = toks[v]
    if not tok.dep.startswith("acl") or "VerbForm=Part" not in tok.feats or "Tense=Past" not in tok.feats:
        return []
    agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}), ORGS | PLACES)
    goods = tok.head
    if not agents or not 0 <= goods < len(toks) or goods == v or sx.token_mention[goods] is not None:
        return []
    recipients = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"to"}), ORGS | PLACES)
    holder = toks[goods].head
    if not recipients and toks[goods].dep.startswith(("obj", "obl")) and 0 <= holder < len(toks) and holder != goods \
            and toks[holder].pos == "VERB":
        recipients = [m for m in _subjects(ctx, sx, holder)[0] if m.label in ORGS | PLACES]
    return [(agents[0], "supplies_to", r, None) for r in recipients[:1] if r.id != agents[0].id]


#: a country's armed forces: "the Russian army", "российской армии"
_FORCES = frozenset({"army", "military", "forces", "force", "troops", "армия", "войска", "вооруженные силы"})


def _national_forces(ctx: _Context, sx: _Sent, nouns: list[int]) -> list[Mention]:
    """"supplying the Russian army with shells": the forces of a nation stand for its country."""
    out: list[Mention] = []
    for n in nouns:
        if sx.token_mention[n] is not None or sx.lemmas[n] not in _FORCES:
            continue
        for a in _kids(sx, n, "amod"):
            m = sx.token_mention[a]
            country = _country_of(ctx, m) if m is not None and m.label == "Nationality" else None
            if country is not None:
                out.append(country)
                break
    return out


#: verbs that name the goods with "with" and the recipient as their object
_FURNISH = frozenset({"supply", "provide", "furnish", "equip", "arm", "снабжать", "снабдить", "обеспечивать",
                      "обеспечить", "вооружать", "вооружить"})


#: verbs whose object is always the one armed: "accused China of arming Russia", "вооружать Россию"
_ARM = frozenset({"arm", "rearm", "вооружать", "вооружить"})


def _goods_with(sx: _Sent, v: int) -> bool:
    """"supplied Russia with missiles", "снабжали Россию беспилотниками": the goods come with "with"
    (or, in Russian, in the instrumental), so the direct object is the recipient."""
    toks = sx.sent.tokens
    if sx.lemmas[v] not in _FURNISH:
        return False
    for c in _kids(sx, v, "obl", "nmod", "iobj"):
        case = _case(sx, c)
        if case == "with" or (not case and "Case=Ins" in toks[c].feats and sx.token_mention[c] is None):
            return True
    return False


def _locative(ctx: _Context, sx: _Sent, m: Mention) -> bool:
    """"через посредника в Армении": в with the locative case is where, not where to. A Ukrainian
    name's case is the Ukrainian dictionary's, not the Russian models' guess: "до Росії" and "у
    Росію" go somewhere, "у Росії" is where."""
    toks = sx.sent.tokens
    i = _token_at(sx.sent, m.start)
    if ctx.doc.lang != "uk":
        return "Case=Loc" in toks[i].feats
    last = _token_at(sx.sent, max(m.start, m.end - 1))
    if any(toks[c].text.lower() == "до" for c in sx.children[last] if toks[c].dep == "case"):
        return False
    cases = noun_cases(toks[last].text)
    return "loct" in cases if cases else "Case=Loc" in toks[last].feats


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"supplies_from": _supplied_from_verb, "supplies_to": _supplies_verb}
