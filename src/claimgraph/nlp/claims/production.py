"""produces: "X assembles drones", "launch production of X at the Y plant", "X is the largest
manufacturer of Y"; what is made for a party is also supplied to it."""
from __future__ import annotations

import dataclasses

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.arguments import _entity, _misread_object, _objects, _subjects
from claimgraph.nlp.claims.attribution import _speaker
from claimgraph.nlp.claims.build import _build, Found, _Verb
from claimgraph.nlp.claims.sentence import (
    _case,
    _Context,
    _copular_verb,
    _kids,
    _lemma,
    _Sent,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.goods import national_party
from claimgraph.nlp.claims.named_models import named_models
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.claims.words import _FUTURE_AUX, _MAKERS, _NOT_OUTPUT, ORGS, _PRODUCTS


_PRODUCTION_NOUNS = frozenset({"production", "assembly", "manufacturing", "output", "производство", "выпуск",
                               "сборка", "изготовление"})
_AGREEING = frozenset({"agree", "sign", "договориться", "подписать", "договариваться"})
_AT = frozenset({"at", "in", "on", "на", "в", "во"})


def _production_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"launch production of the Busel-M at the Orsha plant", "договорились о сборке «Кузгун-3»":
    the plant named with the production (else the subject of its verb) makes the named product;
    what is launched, agreed or signed is a plan."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _PRODUCTION_NOUNS:
            continue
        goods = [c for c in _kids(sx, n, "nmod") if not set(_case(sx, c).split()) & (_AT - {"on"})]
        products = _unique([m for c in goods for k in _with_conj(sx, c)
                            if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None])
        if not products:
            continue
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else n
        firms = frozenset({"Facility", "Company"})
        sites = [m for c in [n, *goods, head] for m in _objects(ctx, sx, c, ("nmod", "obl"), _AT, firms)]
        # "production of X by Kupol-Tech", "производство дронов компанией «Купол»"
        agents = _objects(ctx, sx, n, ("nmod",), frozenset({"by"}), firms | {"Organization"}) or [
            m for c in _kids(sx, n, "nmod") + (_kids(sx, head, "obl") if head != n else [])
            if not _case(sx, c) and "Case=Ins" in toks[c].feats
            if (m := _entity(ctx, sx, c, firms | {"Organization"})) is not None]
        makers = sites[:1] or agents[:1]
        if not makers and head != n:
            makers = [m for m in _subjects(ctx, sx, head)[0] if m.label in ("Company", "Facility", "Organization")][:1]
        if not makers:
            continue
        speaker, denied = _speaker(ctx, sx, head)
        # launching or agreeing on production is a plan; production that began is a fact
        started = _lemma(toks[head]) in _STARTS and "Tense=Past" in toks[head].feats and not any(
            toks[c].text.lower() in _FUTURE_AUX or _lemma(toks[c]) in ("will", "shall") for c in _kids(sx, head, "aux"))
        force = "plan" if _lemma(toks[head]) in _AGREEING | _STARTS and not denied and not started else None
        out.extend(_build(ctx, sx, head, [(makers[0], "produces", products[0], None)], speaker, denied, force=force))
    return out


_STARTS = frozenset({"launch", "start", "begin", "commence", "начать", "начаться", "запустить", "стартовать"})
_MAKER_NOUNS = frozenset({"manufacturer", "producer", "maker", "производитель", "изготовитель"})


def _maker_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X will become the largest manufacturer of drones", "X является производителем": X produces."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _MAKER_NOUNS or sx.token_mention[n] is not None:
            continue
        verb = _copular_verb(sx, n, ("xcomp", "obl", "attr", "obj", "nmod"))
        if verb is None:
            continue
        subjects = [m for m in _subjects(ctx, sx, verb)[0] if m.label in _MAKERS]
        goods = [k for c in _kids(sx, n, "nmod") for k in _with_conj(sx, c)]
        products = [m for k in goods if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None] or _named_goods(
            sx, goods)  # "the main producer of the Shahed-136 drone"
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "produces", p, None) for s in subjects[:1] for p in (products[:1] or [None])]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


def _produces_verb(ctx: _Context, sx: _Sent, verb: _Verb) -> list[Claim]:
    v, value = verb.v, verb.value
    made: list[Mention] = []
    subjects = verb.subjects
    participle = _made_participle(ctx, sx, v)
    if participle is not None:  # "L550E engines made by X", "the Garpiya, produced in China"
        makers, product = participle
        return _build(ctx, sx, v, [(m, "produces", product, None) for m in makers[:1]], verb.speaker, verb.denied)
    if verb.passive:  # "Geran-2 drones are assembled at the Alabuga zone (by X)"
        agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}))
        toks = sx.sent.tokens
        # "were designed in X and assembled in Y": a joined verb's goods are the first verb's subject
        holder = toks[v].head if toks[v].dep.startswith("conj") and not _kids(sx, v, "nsubj:pass", "nsubj") \
            and 0 <= toks[v].head < len(toks) else v
        goods = [k for c in _kids(sx, holder, "nsubj:pass", "nsubj") for k in _with_conj(sx, c)]
        made = [m for k in goods if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None] or _named_goods(sx, goods)
        # "made at the X plant": a plant's name the tagger took for an organisation's is the maker too
        agents = agents or _objects(ctx, sx, v, ("obl",), _AT - {"on"}, frozenset({"Facility", "Company", "Organization"}))
        agents = agents or _where(ctx, sx, v) or _passive_makers(ctx, sx, v)
        if not agents:
            return []
        subjects = agents
    else:  # "где будут собирать FPV-дроны" with the product taken for the subject
        made = [m for c in _kids(sx, v, "nsubj") if _misread_object(sx, v, c)
                for k in _with_conj(sx, c) if (m := _entity(ctx, sx, k, _PRODUCTS)) is not None]
        made = made or _object_read_as_next_subject(ctx, sx, v)
    if _made_something_else(sx, v):
        return []
    if not subjects and _contracted(sx, v):  # "the plant had a contract to produce 6,000 drones"
        h = sx.sent.tokens[v].head
        holder = sx.sent.tokens[h].head if sx.lemmas[h] in _CONTRACTS else h
        subjects = [m for m in _subjects(ctx, sx, holder)[0] if m.label in _MAKERS]
    tok = sx.sent.tokens[v]
    if "VerbForm=Part" in tok.feats and not _kids(sx, v, "nsubj", "nsubj:pass", "aux") and (tok.dep.startswith("acl") or (
            "Tense=Past" in tok.feats and _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"})))):
        return []  # "drones produced by X": the maker is the participle's agent, read above, or no one
    if verb.lemma in _DESIGNS:  # "developed a new drone, the X-3": a design tells of a product only
        value = None
    out: list[Found] = []
    products = _unique(made + _objects(ctx, sx, v, ("obj",), None, frozenset({"Product"})))
    goods = _counted(sx, [k for o in _kids(sx, v, "obj") for k in _with_conj(sx, o)])
    products = products or _named_goods(sx, goods)
    models = named_models(ctx, sx, goods)  # "produces the Tor and Osa systems": each model named
    if len(models) > len(products) and {p.id for p in products} <= {m.id for m in models}:
        products = models
    if value is not None and value.unit and value.unit.lower() in _NOT_OUTPUT:
        value = None  # "made by X and passed through three trading companies"
    if not products and value is None:
        return []
    # "assembling Geran-2 drones for Russia": what is made for a party is supplied to it
    for_whom = frozenset({"for", "для"})
    buyers = _objects(ctx, sx, v, ("obl", "nmod"), for_whom, ORGS | {"Country"}) or [
        m for o in _kids(sx, v, "obj") for m in _objects(ctx, sx, o, ("nmod",), for_whom, ORGS | {"Country"})]
    for s in subjects:
        if s.label == "Person":
            continue
        for p in products or [None]:
            out.append((s, "produces", p, value if p is None or value else None))
        for b in buyers[:1]:
            if b.id != s.id:
                out.append((s, "supplies_to", b, None))
    force = "plan" if _contracted(sx, v) and not verb.denied else None
    return [untied(ctx, c) for c in _build(ctx, sx, v, out, verb.speaker, verb.denied, force=force)]


def untied(ctx: _Context, c: Claim) -> Claim:
    """A claim whose model was named by quotation marks alone ties its object to no mention."""
    if c.object_mention is not None and c.object_mention not in ctx.by_id:
        return dataclasses.replace(c, object_mention=None)
    return c


#: verbs of designing: a maker's claim only with the product named ("developed the Garpiya-3")
_DESIGNS = frozenset({"develop", "design", "unveil", "разработать", "разрабатывать"})


def _passive_makers(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """Who makes what a passive verb says is made, without "by": the firm in the instrumental
    ("производятся компанией X"), the country or region it is made in ("produced in Tatarstan"), or
    the nation of the plants ("in Chinese factories", "на китайских заводах")."""
    toks = sx.sent.tokens
    out = [m for c in _kids(sx, v, "obl") if not _case(sx, c) and "Case=Ins" in toks[c].feats
           if (m := _entity(ctx, sx, c, _MAKERS - {"Location"})) is not None]
    out = out or _objects(ctx, sx, v, ("obl",), frozenset({"in", "в", "во"}), frozenset({"Country", "Location"}))
    return out or [p for c in _kids(sx, v, "obl") if set(_case(sx, c).split()) & _AT
                   if (p := national_party(ctx, sx, c)) is not None]


#: stems of the nouns of goods a model name stands beside: "Garpiya drones", "двигатели L550E"
_GOODS = ("drone", "uav", "missile", "rocket", "engine", "aircraft", "helicopter", "tank", "shell", "launcher",
          "дрон", "беспилотник", "бпла", "ракет", "двигател", "самолет", "самолёт", "вертолет", "вертолёт", "танк",
          "снаряд")


#: nouns that count or group the goods they govern: "thousands of Garpiya drones", "тысячи дронов"
_COUNTING = frozenset({"thousand", "hundred", "dozen", "million", "batch", "тысяча", "сотня", "десяток", "партия"})


def _counted(sx: _Sent, nouns: list[int]) -> list[int]:
    """The goods themselves where a noun counts them ("thousands of drones" → "drones")."""
    return [g for n in nouns for g in ([c for c in _kids(sx, n, "nmod")] if sx.lemmas[n] in _COUNTING else [n])]


def _named_goods(sx: _Sent, nouns: list[int]) -> list[Mention]:
    """The model a noun of goods is named by ("Garpiya drones", "двигатели L550E"), even when the
    tagger took the model's name for an organisation."""
    toks = sx.sent.tokens
    out: list[Mention] = []
    for n in nouns:
        if sx.token_mention[n] is not None or not sx.lemmas[n].lower().startswith(_GOODS):
            continue
        named = [g for c in _kids(sx, n, "acl") if sx.lemmas[c] in _CALLED  # "drones known as Geran"
                 for g in _kids(sx, c, "obl", "xcomp", "oprd", "nmod", "obj", "attr")]
        # "Shahed-136-type drones": the model names the type; a model read as an adjective ("Shahed
        # drones" with "Shahed" as amod) or misread as a nationality is still the model
        kinds = [g for c in _kids(sx, n, "compound") if sx.lemmas[c] in _KINDS for g in _kids(sx, c, "compound", "amod")]
        misread = [c for c in _kids(sx, n, "amod", "compound") if _model_misread(sx.token_mention[c])
                   or (sx.token_mention[c] is not None and sx.token_mention[c].label == "Product")]
        for c in _kids(sx, n, "compound", "appos", "flat", "nmod") + named + kinds + misread:
            m = sx.token_mention[c]
            if m is not None and (m.label in ("Product", "Organization", "Location") or c in misread) and not (
                    toks[c].dep.startswith("nmod") and _case(sx, c)) and (m.label != "Location" or c in named):
                out.append(m)
                break
    return _unique(out)


def _model_misread(m: Mention | None) -> bool:
    """A capitalised "nationality" that is no people's name ("Shahed drones"): a model name the
    tagger misread (Russian demonyms are lower-case adjectives and never match)."""
    return m is not None and m.label == "Nationality" and m.text[:1].isupper() and territory_code(m.text) is None


_KINDS = frozenset({"type", "class", "series", "model", "style", "тип"})
#: participles that give a model's name: "decoys known as Gerbera", "drones called Geran"
_CALLED = frozenset({"know", "call", "name", "dub", "называть", "назвать"})


def _made_something_else(sx: _Sent, v: int) -> bool:
    """"made public its intelligence", "making it illegal to export": "make" with a complement
    tells of no production."""
    toks = sx.sent.tokens
    if sx.lemmas[v] != "make":
        return False
    return any(toks[c].dep in ("xcomp", "ccomp") or toks[c].pos == "ADJ" and toks[c].dep != "amod"
               for c in sx.children[v])


_CONTRACTS = frozenset({"contract", "deal", "agreement", "order", "контракт", "договор", "соглашение", "заказ"})


def _contracted(sx: _Sent, v: int) -> bool:
    """"signed a contract to produce 6,000 drones", "контракт на производство": what a contract binds a
    maker to make is a plan."""
    toks = sx.sent.tokens
    if "VerbForm=Inf" not in toks[v].feats:
        return False
    head = toks[v].head
    if not 0 <= head < len(toks) or head == v:
        return False
    if sx.lemmas[head] in _CONTRACTS:
        return True
    return sx.lemmas[head] in _AGREEING and any(sx.lemmas[c] in _CONTRACTS for c in _kids(sx, head, "obj"))


_WHERE = frozenset({"where", "где"})


def _where(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"the Alabuga zone, where Shahed drones are assembled": the place the relative clause hangs on."""
    toks = sx.sent.tokens
    head = toks[v].head
    if not toks[v].dep.startswith("acl") or not 0 <= head < len(toks) or head == v:
        return []
    if not any(sx.lemmas[c] in _WHERE or toks[c].text.lower() in _WHERE for c in _kids(sx, v, "advmod")):
        return []
    m = _entity(ctx, sx, head, frozenset({"Facility", "Company", "Location"}))
    return [m] if m is not None else []


#: verbs of making whose participle may hang on a model name the tagger took for an organisation
_MAKING = frozenset({"produce", "manufacture", "assemble", "build", "произвести", "производить", "собрать",
                     "изготовить"})


def _made_participle(ctx: _Context, sx: _Sent, v: int) -> tuple[list[Mention], Mention] | None:
    """"L550E engines made by X", "the Garpiya, designed and produced in China": a past participle
    hanging on the named product, its maker named with "by" (or the country it is made "in")."""
    toks = sx.sent.tokens
    tok = toks[v]
    if "VerbForm=Part" not in tok.feats or "Tense=Past" not in tok.feats and "Voice=Pass" not in tok.feats:
        return None
    top = v
    while toks[top].dep == "conj" and 0 <= toks[top].head < len(toks) and toks[top].head != top:
        top = toks[top].head  # "designed and produced": the first participle hangs on the noun
    if not toks[top].dep.startswith("acl") or not 0 <= toks[top].head < len(toks) or toks[top].head == top:
        return None
    if _kids(sx, v, "compound:prt"):
        return None  # "made up of"
    head = toks[top].head
    named = sx.token_mention[head]
    product = _entity(ctx, sx, head, frozenset({"Product"})) or next(iter(_named_goods(sx, [head])), None) or (
        named if named is not None and named.label == "Organization" and sx.lemmas[v] in _MAKING else None)
    if product is None:
        return None
    makers = [m for c in (v, top) for m in _objects(ctx, sx, c, ("obl", "obl:agent", "nmod"), frozenset({"by"}), _MAKERS)]
    makers = makers or [m for c in (v, top) for k in _kids(sx, c, "obl") if not _case(sx, k) and "Case=Ins" in toks[k].feats
                        if (m := _entity(ctx, sx, k, _MAKERS)) is not None]  # "произведённые компанией X"
    makers = makers or [p for c in (v, top) for k in _kids(sx, c, "obl") if not _case(sx, k) or _case(sx, k) == "by"
                        if (p := national_party(ctx, sx, k)) is not None]  # "произведенные китайскими фирмами"
    if not makers:  # "produced in the People's Republic of China", "произведенные в КНР"
        makers = [m for c in (v, top) for m in _objects(ctx, sx, c, ("obl",), frozenset({"in", "в"}), frozenset({"Country"}))]
    makers = makers or _named_right_after_by(sx, v)
    makers = [m for m in makers if m.id != product.id]
    return (makers, product) if makers else None


def _object_read_as_next_subject(ctx: _Context, sx: _Sent, v: int) -> list[Mention]:
    """"Kupol was manufacturing the Garpiya using Chinese parts": a verb of making left without an
    object whose following clause the parser gave the named model for subject; the model right after
    the verb (past a determiner) is what is made."""
    toks = sx.sent.tokens
    if _kids(sx, v, "obj"):
        return []
    for c in _kids(sx, v, "advcl", "xcomp"):
        for k in _kids(sx, c, "nsubj"):
            if not v < k < c or any(toks[i].pos not in ("DET", "ADJ", "NUM") for i in range(v + 1, k)):
                continue
            m = _entity(ctx, sx, k, _PRODUCTS)
            if m is not None:
                return [m]
            named = _named_goods(sx, _counted(sx, [k]))  # "was making thousands of Garpiya drones using …"
            if named:
                return named[:1]
    return []


def _named_right_after_by(sx: _Sent, v: int) -> list[Mention]:
    """"engines—produced by Xiamen Limbach Co.—as refrigeration units": the maker written right after
    "by" when the parser hung the name elsewhere (a dash glued to it, a comma after "Co.")."""
    toks = sx.sent.tokens
    k = v + 1
    if k >= len(toks) or toks[k].text.lower() != "by":
        return []
    k += 1
    if k < len(toks) and sx.lemmas[k] == "the":
        k += 1
    m = sx.token_mention[k] if k < len(toks) else None
    return [m] if m is not None and m.label in _MAKERS - {"Location"} and m.start >= toks[k].start else []


#: the predicates of this family a verb gives, and the rule that reads the verb
VERB_RULES = {"produces": _produces_verb}
