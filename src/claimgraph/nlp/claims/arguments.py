"""Who the arguments of a predicate are: the subjects and objects of a verb (conjuncts, passives and
relative clauses included) and what a word stands for: its own mention, an apposition, a title's
holder, a pronoun, "the company" or "the country" referring back, a subject of the sentence before."""
from __future__ import annotations

import bisect
import re

from claimgraph.model import Mention
from claimgraph.nlp.claims.names import compound_demonym, country_names, name_of, _stem_match
from claimgraph.nlp.claims.sentence import (
    _ancestors,
    _case,
    _Context,
    _head_token,
    _kids,
    _lemma,
    _roots,
    _Sent,
    _unique,
    _with_conj,
)
from claimgraph.nlp.claims.words import AGENTS, _GENERIC_ORG, _GROUP, _INTENT_NOUNS, ORGS, PLACES, _PRODUCTS
from claimgraph.nlp.doc import Token
from claimgraph.nlp.lexicon import ROLE_NOUNS, SPEECH_VERBS
from claimgraph.nlp.name_types import countries


_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "он", "она", "его", "ее", "её"})
#: "we do not sell to Russia", said in a company's statement: the company, never a place
_PRONOUNS_WE = frozenset({"we", "us", "our", "мы", "нас", "наш", "нам"})
_PRONOUNS_ORG = frozenset({"it", "they", "its", "their", "which", "that", "who", "оно", "они", "который",
                           "которая", "которое", "которые"})
_RELATIVE = frozenset({"which", "that", "who", "whom", "который", "которая", "которое", "которые"})
_PEERS = frozenset({"counterpart", "colleague", "коллега", "партнер", "партнёр"})
#: which labels a generic noun may refer back to
_GENERIC_LABELS = {
    "company": ("Company", "Organization"), "firm": ("Company", "Organization"),
    "manufacturer": ("Company", "Organization"), "maker": ("Company", "Organization"),
    "enterprise": ("Company", "Facility"), "concern": ("Company",), "holding": ("Company",),
    "corporation": ("Company", "Organization"), "group": ("Company", "Organization"),
    "plant": ("Facility", "Company"), "factory": ("Facility", "Company"), "site": ("Facility",),
    "zone": ("Facility",), "park": ("Facility",), "centre": ("Facility", "Organization"),
    "center": ("Facility", "Organization"), "ministry": ("PublicBody",), "agency": ("PublicBody", "Organization"),
    "authority": ("PublicBody",), "committee": ("PublicBody",), "academy": ("Organization",),
    "university": ("Organization",), "institute": ("Organization",),
    "компания": ("Company", "Organization"), "фирма": ("Company", "Organization"),
    "производитель": ("Company", "Organization"), "предприятие": ("Company", "Facility"),
    "концерн": ("Company",), "корпорация": ("Company", "Organization"), "холдинг": ("Company",),
    "госкорпорация": ("Company", "Organization"), "завод": ("Facility", "Company"), "центр": ("Facility", "Organization"),
    "министерство": ("PublicBody",), "ведомство": ("PublicBody",), "комитет": ("PublicBody",),
    "агентство": ("PublicBody", "Organization"), "академия": ("Organization",), "университет": ("Organization",),
    "институт": ("Organization",), "объединение": ("Company", "Organization"),
    "country": ("Country",), "страна": ("Country",), "hall": ("Facility", "Company"),
    "workshop": ("Facility", "Company"), "facility": ("Facility", "Company"), "цех": ("Facility", "Company"),
}
#: "the two sides", "стороны": the two parties of the meeting or cooperation just reported
_SIDES = frozenset({"side", "sides", "party", "parties", "сторона", "стороны"})


def _entity(ctx: _Context, sx: _Sent, i: int, labels: frozenset[str] = AGENTS, depth: int = 2) -> Mention | None:
    """The entity a token stands for: its own mention, an apposition's, or a resolved pronoun."""
    m = sx.token_mention[i]
    if m is not None and m.label in labels:
        return m
    if m is not None:
        return None
    tok = sx.sent.tokens[i]
    low = _lemma(tok)
    h = tok.head
    if low in _GENERIC_ORG and tok.dep.startswith("appos") and 0 <= h < len(sx.sent.tokens):
        named = sx.token_mention[h]  # "Ural Drone Systems, a Yekaterinburg company that …"
        if named is not None and named.label in labels:
            return named
    if depth > 0:
        if low in ROLE_NOUNS | _PEERS:
            person = _role_person(ctx, sx, i)
            if person is not None and person.label in labels:
                return person
            # "the governor told journalists": the holder of that title named before
            bare = all(sx.sent.tokens[c].dep == "det" and _lemma(sx.sent.tokens[c]) in _DEFINITE
                       for c in sx.children[i])
            person = ctx.titles.get(low) if bare and "Person" in labels else None
            if person is not None:
                return person
        for dep in ("appos", "flat", "compound", "nmod:poss", "nmod"):
            for c in _kids(sx, i, dep):
                if dep == "nmod" and low not in ROLE_NOUNS | _GENERIC_ORG | _GROUP:
                    continue
                found = _entity(ctx, sx, c, labels, depth - 1)
                if found is not None and low in ("country", "страна") and found.label == "Person":
                    found = _own_country(ctx, sx, found, tok.start)  # "her country" is not her
                if found is None:
                    continue
                if dep == "nmod" and low in ROLE_NOUNS and low not in _GROUP and found.label != "Person":
                    continue
                return found
    if labels == _PRODUCTS and tok.pos == "NOUN" and any(
            toks_c.dep in ("det", "amod") and _lemma(toks_c) in _THESE
            for toks_c in (sx.sent.tokens[c] for c in sx.children[i])):
        found = _previous(ctx, tok.start, _PRODUCTS)  # "1,200 such drones", "таких аппаратов"
        return found if found is not None and tok.start - found.end < 600 else None
    if tok.pos == "PRON" or low in _PRONOUNS_PERSON or low in _PRONOUNS_ORG:
        want = frozenset({"Person"}) if low in _PRONOUNS_PERSON else (
            frozenset({"Company", "PublicBody"}) if low in _PRONOUNS_WE else ORGS | PLACES)
        if low in _PRONOUNS_WE:
            found = _speaker_body(ctx, sx, want & labels)
            if found is not None:
                return found
        elif low not in _RELATIVE:
            found = _earlier_subject(sx, i, want & labels) or (
                _object_above(sx, i, want & labels) if "Person" not in want else None) \
                or _subject_before(ctx, tok, low, labels)
            if found is not None:
                return found
        return _earlier_subject(sx, i, want & labels) or _previous(ctx, tok.start, want & labels)
    if low in ("country", "страна") and not _indefinite(sx, i):
        return _previous_country(ctx, sx, tok.start) if labels & {"Country"} else None
    if low in _GENERIC_ORG and not _indefinite(sx, i):
        for label in _GENERIC_LABELS.get(low, ("Company", "Organization")):
            if label in labels:
                found = _previous(ctx, tok.start, frozenset({label}), low)
                if found is not None:
                    return found
        return _previous(ctx, tok.start, ORGS & labels, low)
    return None


#: parts of a site that stand for it: "the halls could turn out 500 airframes a month"
_SITE_PARTS = frozenset({"hall", "workshop", "facility", "цех"})
_DEFINITE = frozenset({"the", "this", "that", "этот", "тот", "данный"})
#: determiners that point back to a kind named before: "such drones", "these engines", "таких аппаратов"
_THESE = frozenset({"such", "these", "those", "такой", "этот", "данный", "подобный"})


def _speaker_body(ctx: _Context, sx: _Sent, labels: frozenset[str]) -> Mention | None:
    """Whom "we" and "our" stand for in quoted speech: the body that speaks, or the one the speaking
    person heads ("«We will deliver …», said X, the head of Rostec")."""
    if sx.resolving_we or not labels:
        return None
    sx.resolving_we = True
    try:
        speech = SPEECH_VERBS[ctx.lang]
        for a, t in enumerate(sx.sent.tokens):
            if _lemma(t) not in speech or t.pos not in ("VERB", "AUX"):
                continue
            for m in _subjects(ctx, sx, a)[0]:
                if m.label in labels:
                    return m
                body = sx.posts.get(m.id) or ctx.stands_for.get(m.id)  # a governor speaks for the region
                if m.label == "Person" and body is not None and body.label in AGENTS - {"Person"}:
                    return body
    finally:
        sx.resolving_we = False
    return None


def _agrees(a: str, b: str) -> bool:
    """Russian gender and number agree (features missing on either side agree)."""
    for feat in ("Gender", "Number"):
        x = re.search(feat + r"=(\w+)", a)
        y = re.search(feat + r"=(\w+)", b)
        if x and y and x.group(1) != y.group(1):
            return False
    return True


def _subject_before(ctx: _Context, tok: Token, low: str, labels: frozenset[str]) -> Mention | None:
    """A pronoun opening a clause refers back to the subject of the sentence before: "Kupol-Tech opened
    a plant near Minsk. It will assemble …" is Kupol-Tech, not Minsk; "Компания открыла цех. Она …"
    agrees in gender. English "he"/"she" take people, "it"/"they" anything else."""
    for m, feats in ctx.last_subjects:
        if m.label not in labels or m.start >= tok.start:
            continue
        if ctx.lang == "ru":
            if _agrees(tok.feats, feats):
                return m
        elif (m.label == "Person") == (low in _PRONOUNS_PERSON):
            return m
    return None


def _earlier_subject(sx: _Sent, i: int, labels: frozenset[str]) -> Mention | None:
    """"Rostec said it would build …", "он заявил": a pronoun takes the closest subject before it
    in its sentence rather than the closest name."""
    toks = sx.sent.tokens
    for j in range(i - 1, -1, -1):
        m = sx.token_mention[j]
        if m is not None and m.label in labels and toks[j].dep.startswith("nsubj"):
            return m
    return None


def _object_above(sx: _Sent, i: int, labels: frozenset[str]) -> Mention | None:
    """"The spokeswoman accused Tehran of lying when it said …": a body or place named as the object of
    a clause the pronoun's clause hangs from, before the pronoun, is what "it" takes up (the speaker
    is a person: "it" cannot be them)."""
    toks = sx.sent.tokens
    for a in _ancestors(sx, i)[:4]:
        for c in sx.children[a]:
            m = sx.token_mention[c]
            if c < i and toks[c].dep in ("obj", "iobj") and m is not None and m.label in labels:
                return m
    return None


def _indefinite(sx: _Sent, i: int) -> bool:
    """"a Chinese maker", "five firms": a new referent, not one named before."""
    toks = sx.sent.tokens
    for c in sx.children[i]:
        if toks[c].dep == "det" and _lemma(toks[c]) in ("a", "an", "another", "some", "any", "один", "другой"):
            return True
        if toks[c].dep.startswith("nummod"):
            return True
    if _lemma(toks[i]) in _SITE_PARTS:
        # "the halls", "the workshops": the parts of the site named before, unless placed anew
        # ("the workshops in Gomel where …")
        placed = any(toks[c].dep.split(":")[0] in ("nmod", "acl") for c in sx.children[i])
        return placed or not any(toks[c].dep == "det" and _lemma(toks[c]) in _DEFINITE for c in sx.children[i])
    return "Number=Plur" in toks[i].feats and toks[i].pos == "NOUN" and _lemma(toks[i]) not in _GROUP


#: nouns through which a state acts, named by a demonym: "the Russian side", "российские власти"
_NATIONAL_VOICES = frozenset({"side", "government", "authorities", "leadership", "сторона", "правительство",
                              "власти", "власть", "руководство"})


def _national_voice(ctx: _Context, sx: _Sent, i: int) -> Mention | None:
    """The country a demonym on a side or government noun names ("the Belarusian side" → Belarus),
    when the document names that country; a noun in the plural ("both sides") names none."""
    toks = sx.sent.tokens
    if "Number=Plur" in toks[i].feats and _lemma(toks[i]) in ("side", "сторона"):
        return None
    for c in _kids(sx, i, "amod"):
        m = sx.token_mention[c]
        if m is not None and m.label == "Nationality":
            return _country_of(ctx, m)
    return None


def _members(ctx: _Context, sx: _Sent, i: int) -> list[Mention]:
    """Entities a subject token stands for; a group noun stands for its of-phrase and conjuncts
    ("the governments of the Samara region and the Grodno region")."""
    low = _lemma(sx.sent.tokens[i])
    if sx.token_mention[i] is None and low in _NATIONAL_VOICES:
        state = _national_voice(ctx, sx, i)  # "the Russian side", "белорусское правительство"
        if state is not None:
            return [state]
    if sx.token_mention[i] is None and low in _SIDES:
        pair = ctx.pair
        if pair is not None and ctx.sentence_index - pair[0] <= 2 and "Person" not in (pair[1].label, pair[2].label):
            return [pair[1], pair[2]]
        return []
    if sx.token_mention[i] is None and low in _GROUP:
        out = []
        for c in _kids(sx, i, "nmod"):
            for k in _with_conj(sx, c):
                m = _entity(ctx, sx, k)
                if m is not None:
                    out.append(m)
        if out:
            return out
    toks = sx.sent.tokens
    if sx.token_mention[i] is None and any(toks[c].dep == "cc" and c < i for c in sx.children[i]):
        # "«Уральский завод» и ОАО «Термоприбор»" parsed as two names beside one noun: both
        named = _unique([m for c in _kids(sx, i, "appos") if (m := sx.token_mention[c]) is not None and m.label in AGENTS])
        if len(named) > 1:
            return named
    listed = _listed_members(sx, i)
    if listed:
        return listed
    m = _entity(ctx, sx, i)
    return [m] if m is not None else []


def _listed_members(sx: _Sent, i: int) -> list[Mention]:
    """The names a common noun lists beside it ("крупные предприятия («A», «B», «C» и другие)", "two
    firms, A and B,"): each is a party, when at least two are named."""
    if sx.token_mention[i] is not None:
        return []
    named = []
    for a in _kids(sx, i, "appos"):
        for k in _with_conj(sx, a):
            m = sx.token_mention[k]
            if m is not None and m.label in AGENTS:
                named.append(m)
    named = _unique(named)
    return named if len(named) > 1 else []


def _previous(ctx: _Context, offset: int, labels: frozenset[str], word: str | None = None) -> Mention | None:
    """The last mention with one of ``labels`` before ``offset`` (a few sentences back at most).

    With ``word`` ("the academy", "предприятия") a mention whose name contains the word wins.
    """
    i = bisect.bisect_left(ctx.starts, offset) - 1
    steps = 0
    first = None
    stem = word.lower()[:5] if word else None
    while i >= 0 and steps < 30:
        m = ctx.entity_mentions[i]
        if m.label in labels and offset - m.end < 1500 and m.end <= offset:
            if stem is None or stem in m.text.lower() or stem in name_of(m).lower():
                return m
            first = first or m
        i -= 1
        steps += 1
    return first


def _own_country(ctx: _Context, sx: _Sent, person: Mention, offset: int) -> Mention | None:
    """The country of "her country", "его страна": the state the person holds a post of, else the
    one country a demonym of the sentence names, else the country the text refers back to."""
    body = sx.posts.get(person.id) or ctx.stands_for.get(person.id)
    if body is not None and body.label == "Country":
        return body
    states = {ctx.name(c): c for m in sx.mentions if m.label == "Nationality" and m.end <= offset
              for c in [_country_of(ctx, m)] if c is not None}
    if len(states) == 1:
        return next(iter(states.values()))
    return _previous_country(ctx, sx, offset)


def _previous_country(ctx: _Context, sx: _Sent, offset: int) -> Mention | None:
    """What "the country" refers back to: the one country named since the sentence before, else the
    one that is a subject there ("Черногория присоединилась к санкциям против России, заявил
    президент страны" is Montenegro); none when that stays unclear."""
    names = countries()
    lo, hi = bisect.bisect_left(ctx.starts, ctx.previous_start), bisect.bisect_left(ctx.starts, offset)
    found = [m for m in ctx.entity_mentions[lo:hi] if m.end <= offset and (
        m.label == "Country" or m.label in ("Location", "Organization") and name_of(m).casefold() in names)]
    if len({name_of(m) for m in found}) == 1:
        return found[-1]
    toks = sx.sent.tokens
    here = [m for m in found if m.start >= sx.sent.start and toks[_head_token(sx, m)].dep.startswith("nsubj")]
    before = [m for m, _ in ctx.last_subjects if m in found]
    return (here or before or [None])[0]


def _subjects(ctx: _Context, sx: _Sent, v: int, depth: int = 0) -> tuple[list[Mention], bool]:
    """Subjects of a verb (conjuncts included) and whether the clause is passive."""
    toks = sx.sent.tokens
    for dep, passive in (("nsubj:pass", True), ("nsubj", False)):
        # "адмирал X утверждал, что КНДР поставила …": a subject before the clause's "что"/"that" is
        # the outer clause's, whatever the parse says
        marks = [c for c in sx.children[v] if toks[c].dep == "mark" and c < v]
        heads = [c for c in sx.children[v] if toks[c].dep == dep and not _accusative_subject(sx, v, c)
                 and not (marks and c < marks[0])]
        if heads and toks[v].dep.startswith("acl") and _lemma(toks[heads[0]]) in _RELATIVE and 0 <= toks[v].head < len(toks):
            m = _entity(ctx, sx, toks[v].head)  # "Kupol-Tech, which assembles …"
            return ([m] if m is not None else []), passive
        if heads:
            found = [m for h in heads for c in _with_conj(sx, h) for m in _members(ctx, sx, c)]
            if found or not _misread_object(sx, v, heads[0]):
                return _unique(found), passive
    for c in _kids(sx, v, "ccomp"):  # the same misparse seen from above: the subject hung on the clause
        marks = [k for k in sx.children[c] if toks[k].dep == "mark"]
        early = [m for h in _kids(sx, c, "nsubj") if marks and h < marks[0] for k in _with_conj(sx, h)
                 for m in _members(ctx, sx, k)]
        if early:
            return _unique(early), False
    if depth < 3 and toks[v].dep.split(":")[0] in ("xcomp", "conj", "advcl", "acl", "ccomp", "parataxis", "nmod") \
            and toks[v].head != v:
        head = toks[v].head
        if toks[v].dep.split(":")[0] in ("acl", "nmod") and _lemma(toks[head]) in _INTENT_NOUNS \
                and toks[head].head != head:
            return _subjects(ctx, sx, toks[head].head, depth + 1)  # "Belarus has no plans to produce …"
        if toks[v].dep.startswith("nmod"):
            return [], False
        if toks[v].dep.startswith("acl"):  # "a company that supplies": the noun is the subject
            m = _entity(ctx, sx, head)
            return ([m] if m else []), False
        marks = [c for c in sx.children[head] if toks[c].dep == "mark"]
        if toks[v].dep.startswith("advcl") and marks and v < marks[0] and 0 <= toks[head].head < len(toks) \
                and toks[head].head != head:
            head = toks[head].head  # ", visiting Minsk, X said that …": an adverbial before "that" is the outer clause's
        subs, passive = _subjects(ctx, sx, head, depth + 1)
        # "«Кама-Дрон» основана в 2022 году и выпускает …": the second verb is active; a past participle
        # joined to a passive one is passive too ("were designed and produced in China")
        if passive and toks[v].dep.startswith("conj") and not _kids(sx, v, "aux:pass") \
                and "Voice=Pass" not in toks[v].feats \
                and not ("VerbForm=Part" in toks[v].feats and "Tense=Past" in toks[v].feats and not _kids(sx, v, "aux")):
            passive = False
        return subs, passive
    if ctx.lang == "ru" and "Number=Plur" in toks[v].feats and "VerbForm=Fin" in toks[v].feats:
        # "В Ростехе опровергли …", "в Минобороны заявили": the body speaks for itself
        for c in _kids(sx, v, "obl"):
            m = sx.token_mention[c]
            if m is not None and m.label in ("Company", "PublicBody", "Organization") and c < v \
                    and set(_case(sx, c).split()) & {"в", "во"}:
                return [m], False
    if depth < 3 and toks[v].pos in ("VERB", "AUX") and (toks[v].head == v or not 0 <= toks[v].head < len(toks)):
        other = _sibling_root(sx, v)
        if other is not None:
            subs, passive = _subjects(ctx, sx, other, depth + 1)
            return subs, passive and "Voice=Pass" in toks[v].feats
        if ctx.lang == "ru":
            return _stranded_subjects(sx, v), "Voice=Pass" in toks[v].feats
    return [], False


def _stranded_subjects(sx: _Sent, v: int) -> list[Mention]:
    """Nominative names before a Russian main verb that the parser hung on no verb at all
    ("«Невский завод» и гомельское ОАО «Моторсервис» начнут выпуск"): the verb's subjects."""
    toks = sx.sent.tokens
    out = []
    for m in sx.mentions:
        if m.label not in AGENTS or m.end > toks[v].start:
            continue
        t = _head_token(sx, m)
        if "Case=Nom" not in toks[t].feats or _case(sx, t):
            continue
        path = [t, *_ancestors(sx, t, 6)]
        if any(toks[a].pos in ("VERB", "AUX") for a in path) or toks[path[-1]].dep in ("parataxis",):
            continue
        out.append(m)
    return out


def _sibling_root(sx: _Sent, v: int) -> int | None:
    """The other main verb of a sentence the parser split in two ("Моторы компания закупает в Китае, но
    рассчитывает …" with the subject under the second verb, or "основана в 2022 году и выпускает …"):
    two predicates of one clause share their subject, so a verb without one borrows it from the root
    before it, else the one after."""
    toks = sx.sent.tokens
    roots = [r for r in _roots(sx) if r != v and toks[r].pos in ("VERB", "AUX", "ADJ")
             and any(toks[c].dep.startswith("nsubj") for c in sx.children[r])]
    before = [r for r in roots if r < v]
    after = [r for r in roots if r > v]
    return before[-1] if before else (after[0] if after else None)


def _accusative_subject(sx: _Sent, v: int, c: int) -> bool:
    """A Russian "subject" the tagger marked accusative beside a nominative one ("делегация посетила
    предприятие"): the object of the verb."""
    toks = sx.sent.tokens
    return "Case=Acc" in toks[c].feats and c > v and any(
        k != c and toks[k].dep.startswith("nsubj") and "Case=Nom" in toks[k].feats for k in sx.children[v])


def _misread_object(sx: _Sent, v: int, h: int) -> bool:
    """A Russian "subject" in the accusative-looking plural after a name-less clause ("что передает
    России технологии"): the parser took the object for the subject, so the clause's subject is the
    one it inherits."""
    toks = sx.sent.tokens
    m = sx.token_mention[h]
    if m is not None and m.label == "Product" and h > v and not _kids(sx, v, "obj"):
        return True  # "…, где будут собирать FPV-дроны": a product after its verb is what is made
    return (m is None and h > v and toks[h].pos == "NOUN" and "Animacy=Inan" in toks[h].feats
            and toks[v].dep.split(":")[0] in ("ccomp", "xcomp", "conj") and not _kids(sx, v, "obj"))


def _objects(ctx: _Context, sx: _Sent, v: int, deps: tuple[str, ...], cases: frozenset[str] | None,
             labels: frozenset[str] = AGENTS) -> list[Mention]:
    out = []
    kids = _kids(sx, v, *deps)
    toks = sx.sent.tokens
    if "obj" in deps:
        kids += [c for c in _kids(sx, v, "nsubj") if _accusative_subject(sx, v, c)]
    for c in sx.children[v]:  # a preposition the parser made the dependent: "sold to(iobj) the maker(obl)"
        if toks[c].pos == "ADP" and cases is not None and _lemma(toks[c]) in cases:
            kids += [g for g in _kids(sx, c, "obl", "nmod", "obj") if not _case(sx, g)]
    for c in kids:
        if toks[c].pos == "ADP":
            continue
        if cases is not None and not (set(_case(sx, c).split()) & cases) and toks[toks[c].head].pos != "ADP":
            continue
        if cases is None and sx.sent.tokens[c].dep.startswith(("obl", "nmod")) and _case(sx, c):
            continue
        for k in _with_conj(sx, c):
            m = _entity(ctx, sx, k, labels)
            if m is not None:
                out.append(m)
    return _unique(out)


def _role_person(ctx: _Context, sx: _Sent, i: int) -> Mention | None:
    toks = sx.sent.tokens
    # "Сергею Михайловичу (министру обороны Сергею Шойгу)": the name the title itself introduces
    # is its holder, not the name the whole title phrase explains
    for c in _kids(sx, i, "appos"):
        m = sx.token_mention[c]
        if c > i and m is not None and m.label == "Person":
            return m
    # the title modifies the name ("Governor X", "chairman X") or stands in apposition to it
    h = toks[i].head
    if toks[i].dep.split(":")[0] in ("compound", "appos", "flat", "amod", "nmod", "nsubj", "obl") and 0 <= h < len(toks):
        m = sx.token_mention[h]
        if m is not None and m.label == "Person":
            return m
    for c in _kids(sx, i, "appos", "flat", "compound", "nmod", "conj"):
        m = sx.token_mention[c]
        if m is not None and m.label == "Person":
            return m
    # "the governor of the Samara region, Vyacheslav Fedorishchev": the name hangs off the last noun
    for c in _kids(sx, i, "nmod"):
        for g in _kids(sx, c, "appos", "nmod"):
            m = sx.token_mention[g]
            if m is not None and m.label == "Person" and sx.sent.tokens[g].dep.startswith("appos"):
                return m
    # adjacent name after the title phrase ("министр обороны Беларуси Сергей Гуринович")
    for j in range(i + 1, min(len(toks), i + 7)):
        m = sx.token_mention[j]
        if m is not None and m.label == "Person" and toks[j].head in (i,) + tuple(range(i, j)):
            return m
        if toks[j].pos in ("VERB", "PUNCT") and toks[j].text not in (",",):
            break
    return None


def _country_of(ctx: _Context, nationality: Mention) -> Mention | None:
    """The document's mention of the country a demonym belongs to ("Indonesian" → "Indonesia",
    "белорусский" → "Белоруссия"), the nearest one before it first; None when the document never
    names the country. A demonym matches a name of the country in the packaged table when they
    share their first letters (at least four, and most of the name)."""
    word = (nationality.normalized or nationality.text).casefold()
    if word not in ctx.countries:
        ctx.countries[word] = None
        table = country_names()
        best: tuple[int, int] | None = None
        for k, m in enumerate(ctx.entity_mentions):
            if m.label not in ("Country", "Location", "Organization"):  # a country name the tagger mislabelled counts
                continue
            code = table[0].get(name_of(m).casefold()) or table[0].get(m.text.casefold())
            if code is None or not any(_stem_match(word, n) or compound_demonym(word, n) for n in table[1].get(code, ())):
                continue
            rank = (0 if m.start < nationality.start else 1, abs(m.start - nationality.start))
            if best is None or rank < best:
                best, ctx.countries[word] = rank, k
    k = ctx.countries[word]
    return ctx.entity_mentions[k] if k is not None else None


def _generic_ref(ctx: _Context, offset: int, word: str) -> Mention | None:
    """What "the authority", "ведомства", "концерна" refers back to: the last name of the kind the
    word stands for (a ministry for "ведомство"), one containing the word first."""
    for label in _GENERIC_LABELS.get(word, ()):
        found = _previous(ctx, offset, frozenset({label}), word)
        if found is not None:
            return found
    return _previous(ctx, offset, ORGS, word)
