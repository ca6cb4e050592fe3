"""Claims from the dependency parse: who does what to whom, with values, time, modality and source.

Rules read Universal Dependencies relations (both parsers fill them) and the lemma tables in
:mod:`claimgraph.nlp.lexicon`, never fixed strings of a report:

- a predicate verb ("supply", "поставлять") gives the predicate; its ``nsubj`` (and conjuncts:
  "Russia and Belarus agreed") the subject; its object, indirect object or a prepositional
  dependent the object, by predicate ("supplied X to Y", "met Y", "cooperate with Y");
  passives swap roles ("Y was blacklisted by X" → Y sanctioned_by X);
- "offering Belarus to build a factory" is an offer whose host is the offer's object;
- "X, deputy head of Y" / "governor of Y X" / "Y chairman X" give holds_role with the title;
- a facility or company with an "in <place>" dependent gives located_in;
- the modality comes from the verb and what governs it: denial ("denied", "never", "не"),
  offer, plan ("will", "plans", "намерен", future tense), claim (reported or hedged), else fact;
- the speaker is the subject of a speech verb governing the predicate ("said", "заявил"), or the
  name after "according to" / "по словам"; "he"/"it"/"the company" resolve to the last fitting name;
- values come from the quantities of the sentence, the time from its closest date.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import os
import re
from dataclasses import dataclass, field

from claimgraph.model import Claim, Mention, Quantity, TimeRef
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.lexicon import (
    ACCORDING_TO,
    BUILD_VERBS,
    DENIAL_VERBS,
    HEDGE_CUES,
    NEGATIONS,
    OFFER_CUES,
    PLAN_CUES,
    PREDICATE_NOUNS,
    PREDICATE_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from claimgraph.nlp.ner import countries

EXTRACTOR = "claimgraph.claims.v1"
VALUE_LABELS = frozenset({"Date", "Quantity", "Money"})
AGENTS = frozenset({"Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility"})
ORGS = frozenset({"Organization", "Company", "PublicBody", "Facility"})
PLACES = frozenset({"Country", "Location"})
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "он", "она", "его", "ее", "её"})
#: "we do not sell to Russia", said in a company's statement: the company, never a place
_PRONOUNS_WE = frozenset({"we", "us", "our", "мы", "нас", "наш", "нам"})
_PRONOUNS_ORG = frozenset({"it", "they", "its", "their", "which", "that", "who", "оно", "они", "который",
                           "которая", "которое", "которые"})
_GENERIC_ORG = frozenset({"company", "firm", "plant", "factory", "manufacturer", "maker", "enterprise",
                          "concern", "group", "ministry", "agency", "authority", "committee", "academy",
                          "university", "park", "centre", "center", "holding", "corporation", "institute",
                          "компания", "фирма", "завод", "предприятие", "производитель", "концерн", "ведомство",
                          "министерство", "корпорация", "холдинг", "комитет", "академия", "университет", "центр",
                          "институт", "агентство", "объединение", "site", "zone", "госкорпорация", "country",
                          "страна", "hall", "workshop", "facility", "цех"})
#: nouns that stand for a group of some organisation or place: "a delegation of X", "делегация X"
_GROUP = frozenset({"analyst", "analysts", "researcher", "researchers", "investigator", "investigators",
                    "аналитик", "исследователь", "следователь", "delegation", "team", "engineers", "engineer", "officials", "official", "representatives",
                    "representative", "government", "governments", "authorities", "authority", "side", "sides",
                    "military", "specialists", "specialist", "experts", "делегация", "команда", "инженер",
                    "представитель", "правительство", "власти", "власть", "сторона", "специалист", "военный",
                    "руководство", "эксперт", "чиновник"})
_EXPLICIT_PLAN = frozenset({"plan", "intend", "aim", "план", "планировать", "намереваться", "намеренный", "намерен",
                            "собираться", "планироваться"})
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
#: titles whose holder runs a company ("chief executive", "генеральный конструктор")
_COMPANY_ROLES = frozenset({"executive", "ceo", "director", "chairman", "chairwoman", "founder", "owner",
                            "designer", "manager", "директор", "гендиректор", "конструктор", "основатель",
                            "владелец", "управляющий"})
#: titles whose holder governs a region or city
_REGION_ROLES = frozenset({"governor", "mayor", "губернатор", "мэр"})
_REGION_WORDS = re.compile(r"region|province|oblast|krai|област|кра[йя]|республик", re.IGNORECASE)
#: verbs whose subject holds a post in their object ("X, who chairs Y", "возглавляющий Y")
ROLE_VERBS = frozenset({"chair", "head", "lead", "run", "direct", "возглавлять", "возглавить", "руководить"})
#: "the two sides", "стороны": the two parties of the meeting or cooperation just reported
_SIDES = frozenset({"side", "sides", "party", "parties", "сторона", "стороны"})
_TOGETHER = frozenset({"together", "jointly", "совместно", "вместе"})
_MEASURES = frozenset({"kilometre", "kilogram", "tonne", "metre", "hour", "minute", "second", "litre", "%",
                       "километр", "килограмм", "тонна", "метр", "час", "минута", "секунда", "литр", "mile"})


@dataclass
class _Sent:
    """One sentence with its tokens tied to the entity mentions they belong to."""

    sent: Sentence
    mentions: list[Mention]
    token_mention: list[Mention | None]
    children: list[list[int]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[tuple[int, TimeRef]] = field(default_factory=list)
    #: posts the sentence gives its people: person mention id → organisation mention
    posts: dict[str, Mention] = field(default_factory=dict)
    resolving_we: bool = False
    lang: str = "en"
    lemmas: list[str] = field(default_factory=list)  # lower-cased, one per token
    roots: list[int] | None = None


@dataclass
class _Context:
    doc: AnalyzedDoc
    lang: str
    entity_mentions: list[Mention]
    starts: list[int]
    owners: dict[str, Mention] = field(default_factory=dict)
    sanctioner: Mention | None = None  # the body whose sanctions the text is describing
    fullest: dict[str, Mention] = field(default_factory=dict)
    #: the two parties of the last meeting or cooperation, for "the two sides" (sentence index, pair)
    pair: tuple[int, Mention, Mention] | None = None
    #: what a person stands for once a title tied them to it ("the governor of the Samara region")
    stands_for: dict[str, Mention] = field(default_factory=dict)
    sentence_index: int = 0
    by_id: dict[str, Mention] = field(default_factory=dict)
    previous_start: int = 0  # where the sentence before begins
    #: the last holder of each title ("governor" → the governor named before)
    titles: dict[str, Mention] = field(default_factory=dict)
    #: the main subjects of the sentence before, with the grammatical features of their heads
    last_subjects: list[tuple[Mention, str]] = field(default_factory=list)
    #: demonym → index of the document's mention of its country (None: not named)
    countries: dict[str, int | None] = field(default_factory=dict)

    def name(self, m: Mention) -> str:
        m = self.fullest.get(m.id, m)
        return full_name(m, self.owners.get(m.id))


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def name_of(m: Mention) -> str:
    """The name a claim uses, in the document's own script: the linked canonical name when it is
    written in the script of the mention ("Fedorishchev" → "Vyacheslav Fedorishchev"), else the
    mention's nominative form (a Russian report's "Купол" stays "Купол", not the English name a
    gazetteer links it to; resolution still joins the two)."""
    if m.canonical and _cyrillic(m.canonical) == _cyrillic(m.text):
        return m.canonical.strip()
    return (m.normalized or m.text).strip()


def owners(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """Bodies directly followed by the country they belong to, in the genitive ("Министерство
    обороны Сербии"): body mention id → country mention. The pair is one name."""
    out: dict[str, Mention] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.label in ("PublicBody", "Organization") and b.label in ("Country", "Location") \
                and b.start - a.end == 1 and text[a.end] == " " and any("а" <= ch.lower() <= "я" for ch in b.text):
            out[a.id] = b
    return out


_WORD = re.compile(r"\w[\w-]*")
#: labels whose short mentions stand for a longer name of the same document ("Hexin" for
#: "Shenzhen Hexin Motion Technology"); places are left alone ("Samara" is not "Samara region")
_EXPANDS = {"Person": frozenset({"Person", "Company", "Organization"}), "Company": frozenset({"Company"}),
            "Organization": frozenset({"Organization", "Company"}), "PublicBody": frozenset({"PublicBody"}),
            "Facility": frozenset({"Facility"})}


def fullest_names(mentions: list[Mention]) -> dict[str, Mention]:
    """Mention id → the document's longer mention whose name holds all its words, so a claim
    names an entity by its fullest name. A person's short name may only stand for a company or
    organisation when it is one word (a surname-like company name the tagger took for a person);
    organisations and companies, which taggers confuse, stand for each other."""
    words = {m.id: frozenset(_WORD.findall(name_of(m).casefold())) for m in mentions}
    index: dict[str, list[Mention]] = {}
    for m in mentions:
        if len(words[m.id]) >= 2 and m.label in _EXPANDS:
            for w in words[m.id]:
                bucket = index.setdefault(w, [])
                if len(bucket) < 50:  # a word in very many names says nothing; keeps this linear
                    bucket.append(m)
    out: dict[str, Mention] = {}
    for m in mentions:
        own = words[m.id]
        if m.label not in _EXPANDS or not own:
            continue
        best = None
        for c in index.get(min(own), ()):
            if c.id == m.id or len(words[c.id]) <= len(own) or not own <= words[c.id]:
                continue
            if c.label not in _EXPANDS[m.label] or (m.label == "Person" and c.label != m.label and len(own) > 1):
                continue
            if m.label in ("PublicBody", "Organization") and any(_is_country_word(w) for w in words[c.id] - own):
                continue  # "the Ministry of Defence" is not "the Ministry of Defence of Serbia"
            if best is None or len(name_of(c)) > len(name_of(best)):
                best = c
        if best is not None and name_of(best) != name_of(m):
            out[m.id] = best
    _inflected_surnames(mentions, words, out)
    return out


def _inflected_surnames(mentions: list[Mention], words: dict[str, frozenset[str]], out: dict[str, Mention]) -> None:
    """A surname alone in another case ("по словам Рыбина", "с Мельниковой") stands for the full name
    whose surname differs from it only in the ending ("Антон Рыбин", "Ольга Мельникова")."""
    full: dict[str, list[Mention]] = {}
    for m in mentions:
        parts = _WORD.findall(name_of(m).casefold())
        if m.label == "Person" and len(parts) >= 2 and len(full) < 500:
            full.setdefault(parts[-1][:4], []).append(m)
    for m in mentions:
        own = list(words[m.id])
        if m.label != "Person" or m.id in out or len(own) != 1 or len(own[0]) < 5:
            continue
        word = own[0]
        for c in full.get(word[:4], ()):
            last = _WORD.findall(name_of(c).casefold())[-1]
            p = len(os.path.commonprefix([word, last]))
            if c.id != m.id and p >= len(last) - 1 and abs(len(word) - len(last)) <= 2:
                out[m.id] = c
                break


def full_name(m: Mention, owner: Mention | None) -> str:
    """A mention's name with its owning country kept as written ("Министерство обороны Сербии"); a
    government is named by its country ("Правительство Великобритании" → "Великобритания")."""
    if owner is not None:
        return f"{name_of(m)} {owner.text}"
    return _governed_country(m) or name_of(m)


_GOVERNMENT = ("government", "правительств", "cabinet", "кабинет", "кабмин")


def _governed_country(m: Mention) -> str | None:
    """The country a government mention stands for: "Правительство Великобритании", "the Government of
    Japan" (one-word country names; the name in its dictionary form)."""
    if m.label not in ("PublicBody", "Organization"):
        return None
    words = m.text.casefold().split()
    if len(words) < 2 or not words[0].startswith(_GOVERNMENT):
        return None
    rest = [w for w in words[1:] if w not in ("of", "the")]
    if len(rest) != 1:
        return None
    word = rest[0]
    for name in _country_words().get(word[:4], ()):
        if _stem_match(word, name) and abs(len(name) - len(word)) <= 2:
            return name[:1].upper() + name[1:]
    return None


def find_claims(doc: AnalyzedDoc) -> list[Claim]:
    """Claims for every parsed sentence of ``doc``."""
    lang = "ru" if (doc.lang or "").startswith("ru") else "en"
    ents = sorted((m for m in doc.mentions if m.label not in VALUE_LABELS), key=lambda m: (m.start, -m.end))
    ctx = _Context(doc, lang, ents, [m.start for m in ents], owners(doc.text, ents))
    ctx.fullest = fullest_names(ents)
    ctx.by_id = {m.id: m for m in ents}
    quantities = sorted(doc.quantities, key=lambda q: q.start or 0)
    qstarts = [q.start or 0 for q in quantities]
    dates = sorted(doc.dates, key=lambda d: d.start)
    dstarts = [d.start for d in dates]
    out: dict[str, Claim] = {}
    for sent in doc.sentences:
        if not sent.tokens or len(sent.tokens) > 400:
            continue  # a "sentence" this long is a table or garbage: no reliable parse
        sx = _sentence(ctx, sent)
        lo, hi = bisect.bisect_left(qstarts, sent.start), bisect.bisect_left(qstarts, sent.end)
        sx.quantities = [q for q in quantities[lo:hi] if q.unit not in _MEASURES]
        lo, hi = bisect.bisect_left(dstarts, sent.start), bisect.bisect_left(dstarts, sent.end)
        sx.dates = [(_token_at(sent, d.start), d.time) for d in dates[lo:hi] if d.time.start]
        found = _sentence_claims(ctx, sx) + _list_claims(ctx, sx)
        for claim in found:
            out.setdefault(claim.id, claim)
        _remember(ctx, sx, found)
        ctx.sentence_index += 1
        ctx.previous_start = sent.start
    return list(out.values())


def _remember(ctx: _Context, sx: _Sent, found: list[Claim]) -> None:
    """Keep what later sentences refer back to: people's posts and the parties of a meeting."""
    by_id = ctx.by_id
    for c in found:
        if c.predicate == "holds_role" and c.object_mention in by_id:
            ctx.stands_for[c.subject_mention] = by_id[c.object_mention]
    for c in found:
        if c.predicate in ("met_with", "cooperates_with") and c.subject_mention in by_id and c.object_mention in by_id:
            a, b = (ctx.stands_for.get(x, by_id[x]) for x in (c.subject_mention, c.object_mention))
            ctx.pair = (ctx.sentence_index, a, b)
            break
    # the subjects of the main clauses: what "it" and "она" of the next sentence most likely are
    toks = sx.sent.tokens
    ctx.last_subjects = []
    for r in _roots(sx):
        for c in _kids(sx, r, "nsubj", "nsubj:pass"):
            m = sx.token_mention[c] or (_entity(ctx, sx, c) if toks[c].pos != "PRON" else None)
            if m is not None:
                ctx.last_subjects.append((m, toks[c].feats))


_SANCTION_WORDS = {"en": re.compile(r"sanction|blacklist|entity list|export control|restriction", re.IGNORECASE),
                   "ru": re.compile(r"санкци|черн\w+ спис|ограничени|санкционн", re.IGNORECASE)}
_LISTED = {
    "en": re.compile(r"\b(?:the\s+list|the\s+package|the\s+designations?|the\s+measures?|restrictions|sanctions)"
                     r"\s+(?:also\s+)?(?:includes?|included|covers?|covered|targets?|targeted|hits?|hit|names?|named)\b"
                     r"|\b(?:were|was|are|is)\s+(?:also\s+)?(?:added|listed|named|included)\b"
                     r"|^\W*among\s+(?:them|those)\b", re.IGNORECASE),
    "ru": re.compile(r"(?:в\s+(?:этот\s+|новый\s+)?(?:списке?|перечне?|черный\s+список)\s+(?:также\s+)?(?:оказал|попал|вошл|включ))"
                     r"|(?:(?:оказал|попал|вошл|включ)\w*\s+(?:также\s+)?(?:в\s+)?(?:спис|перечн|черный))"
                     r"|(?:ограничени\w+\s+(?:также\s+)?(?:затронул|коснул|введены\s+(?:и\s+)?против|распространил))"
                     r"|(?:санкци\w+\s+(?:также\s+)?(?:затронул|коснул|введены\s+(?:и\s+)?против))"
                     r"|^\W*(?:в\s+том\s+числе\s+|также\s+)?среди\s+(?:них|которых)\b", re.IGNORECASE),
}


def _list_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"The list includes X, Y and Z", "в списке оказались X и Y": sanctioned by the body named before."""
    text = ctx.doc.text[sx.sent.start:sx.sent.end]
    subjects_here = [m for m in sx.mentions if m.label in ("PublicBody", "Country", "Organization")]
    if _SANCTION_WORDS[ctx.lang].search(text):
        root = next((i for i, t in enumerate(sx.sent.tokens) if t.dep == "root"), None)
        if root is not None:
            subs, passive = _subjects(ctx, sx, root)
            if not subs:  # "European Union foreign ministers adopted ...": the body behind the people
                for h in _kids(sx, root, "nsubj"):
                    subs += [m for c in sx.children[h] if (m := sx.token_mention[c]) is not None]
            body = next((m for m in subs if m.label in ("PublicBody", "Country", "Organization")), None)
            if body is not None and not passive:
                ctx.sanctioner = body
    if ctx.sanctioner is None or not _LISTED[ctx.lang].search(text):
        return []
    out = []
    toks = sx.sent.tokens
    for m in sx.mentions:
        if m.label not in ("Company", "Organization", "Facility") or m.id == ctx.sanctioner.id:
            continue
        if any(toks[a].dep.startswith("acl") for a in [_head_token(sx, m), *_ancestors(sx, _head_token(sx, m))]):
            continue  # "X, which Tokyo says supplied gimbals to Y": Y is no listed name
        if any(s.id == m.id for s in subjects_here if s.label != "Organization"):
            continue
        out.append(_claim(ctx, sx, m, "sanctioned_by", ctx.sanctioner, None, "fact", None,
                          _token_at(sx.sent, m.start), 0.55))
    return out


def _token_at(sent: Sentence, offset: int) -> int:
    starts = [t.start for t in sent.tokens]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _sentence(ctx: _Context, sent: Sentence) -> _Sent:
    lo = bisect.bisect_left(ctx.starts, sent.start)
    mentions = []
    while lo < len(ctx.entity_mentions) and ctx.entity_mentions[lo].start < sent.end:
        mentions.append(ctx.entity_mentions[lo])
        lo += 1
    token_mention: list[Mention | None] = [None] * len(sent.tokens)
    j = 0
    for i, tok in enumerate(sent.tokens):
        while j < len(mentions) and mentions[j].end <= tok.start:
            j += 1
        k = j
        while k < len(mentions) and mentions[k].start < tok.end:
            if mentions[k].end > tok.start:
                token_mention[i] = mentions[k]
                break
            k += 1
    children: list[list[int]] = [[] for _ in sent.tokens]
    for i, tok in enumerate(sent.tokens):
        if 0 <= tok.head < len(sent.tokens) and tok.head != i:
            children[tok.head].append(i)
    return _Sent(sent, mentions, token_mention, children, lang=ctx.lang,
                 lemmas=[(tok.lemma or tok.text).lower() for tok in sent.tokens])


# --- arguments ------------------------------------------------------------------------------

def _lemma(tok: Token) -> str:
    return (tok.lemma or tok.text).lower()


def _kids(sx: _Sent, i: int, *deps: str) -> list[int]:
    """Children of ``i`` whose relation is one of ``deps`` or a subtype of one ("nsubj" takes "nsubj:pass")."""
    toks = sx.sent.tokens
    return [c for c in sx.children[i] if toks[c].dep in deps or toks[c].dep.partition(":")[0] in deps]


def _case(sx: _Sent, i: int) -> str:
    cases = [_lemma(sx.sent.tokens[c]) for c in sx.children[i] if sx.sent.tokens[c].dep in ("case", "mark")]
    return " ".join(cases)


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
            found = _earlier_subject(sx, i, want & labels) or _subject_before(ctx, tok, low, labels)
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
_PRODUCTS = frozenset({"Product"})
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


def _members(ctx: _Context, sx: _Sent, i: int) -> list[Mention]:
    """Entities a subject token stands for; a group noun stands for its of-phrase and conjuncts
    ("the governments of the Samara region and the Grodno region")."""
    low = _lemma(sx.sent.tokens[i])
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
    m = _entity(ctx, sx, i)
    return [m] if m is not None else []


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


def _with_conj(sx: _Sent, i: int) -> list[int]:
    return [i, *_kids(sx, i, "conj")]


def _subjects(ctx: _Context, sx: _Sent, v: int, depth: int = 0) -> tuple[list[Mention], bool]:
    """Subjects of a verb (conjuncts included) and whether the clause is passive."""
    toks = sx.sent.tokens
    for dep, passive in (("nsubj:pass", True), ("nsubj", False)):
        heads = [c for c in sx.children[v] if toks[c].dep == dep and not _accusative_subject(sx, v, c)]
        if heads and toks[v].dep.startswith("acl") and _lemma(toks[heads[0]]) in _RELATIVE and 0 <= toks[v].head < len(toks):
            m = _entity(ctx, sx, toks[v].head)  # "Kupol-Tech, which assembles …"
            return ([m] if m is not None else []), passive
        if heads:
            found = [m for h in heads for c in _with_conj(sx, h) for m in _members(ctx, sx, c)]
            if found or not _misread_object(sx, v, heads[0]):
                return _unique(found), passive
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
        subs, passive = _subjects(ctx, sx, head, depth + 1)
        if passive and toks[v].dep.startswith("conj") and not _kids(sx, v, "aux:pass") \
                and "Voice=Pass" not in toks[v].feats:
            passive = False  # "«Кама-Дрон» основана в 2022 году и выпускает …": the second verb is active
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


def _roots(sx: _Sent) -> list[int]:
    if sx.roots is None:
        toks = sx.sent.tokens
        sx.roots = [i for i, t in enumerate(toks) if t.head == i or not 0 <= t.head < len(toks)]
    return sx.roots


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


def _head_token(sx: _Sent, m: Mention) -> int:
    """The token of a mention whose head lies outside it."""
    toks = sx.sent.tokens
    i = _token_at(sx.sent, m.start)
    while 0 <= toks[i].head < len(toks) and toks[i].head != i and m.start <= toks[toks[i].head].start < m.end:
        i = toks[i].head
    return i


def _first_and_conjuncts(sx: _Sent, ms: list[Mention]) -> list[Mention]:
    """The first argument and those coordinated with it: "to Iran and Syria" is two recipients,
    "to a distributor in Hong Kong" one."""
    if not ms:
        return []
    toks = sx.sent.tokens
    joined = {_head_token(sx, ms[0])}
    out = ms[:1]
    for m in ms[1:]:
        t = _head_token(sx, m)
        if toks[t].dep.startswith("conj") and toks[t].head in joined:
            joined.add(t)
            out.append(m)
    return out


def _unique(ms: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in ms:
        if m.id not in seen:
            seen.add(m.id)
            out.append(m)
    return out


def _ancestors(sx: _Sent, v: int, limit: int = 4) -> list[int]:
    out, i = [], v
    for _ in range(limit):
        h = sx.sent.tokens[i].head
        if h < 0 or h == i or h >= len(sx.sent.tokens):
            break
        out.append(h)
        i = h
    return out


# --- modality and attribution ---------------------------------------------------------------

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
            subs, _ = _subjects(ctx, sx, a)
            subs = subs or _objects(ctx, sx, a, ("obl",), frozenset({"by"}))
            if subs and _is_outlet(ctx, subs[0]):
                return None, False  # "…, BelTA reported": the news source is a citation, not a speaker
            return (subs[0] if subs else None), lemma in DENIAL_VERBS
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
        if near and near[0].start < at + 60:
            return near[0], False
    return None, False


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
    if denied or no_plan or lemmas & DENIAL_VERBS or {_lemma(toks[c]) for c in sx.children[v]} & NEGATIONS:
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


# --- claims ---------------------------------------------------------------------------------

def _sentence_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    claims: list[Claim] = []
    toks = sx.sent.tokens
    roles = _role_claims(ctx, sx)
    sx.posts = {c.subject_mention: ctx.by_id[c.object_mention] for c in roles
                if c.subject_mention and c.object_mention in ctx.by_id}
    verbs = PREDICATE_VERBS[ctx.lang]
    for v, tok in enumerate(toks):
        lemma = sx.lemmas[v]
        predicate = verbs.get(lemma) if tok.pos in ("VERB", "ADJ", "AUX") or tok.dep == "root" else None
        if predicate is None:
            continue
        claims.extend(_verb_claims(ctx, sx, v, predicate))
    nouns = PREDICATE_NOUNS[ctx.lang]
    for n, tok in enumerate(toks):
        predicate = nouns.get(sx.lemmas[n]) if tok.pos == "NOUN" else None
        if predicate in ("met_with", "cooperates_with"):
            claims.extend(_noun_claims(ctx, sx, n, predicate))
    claims.extend(_ready_claims(ctx, sx))
    claims.extend(_buyer_claims(ctx, sx))
    claims.extend(_together_claims(ctx, sx))
    claims.extend(_supply_noun_claims(ctx, sx))
    claims.extend(_maker_claims(ctx, sx))
    claims.extend(_production_noun_claims(ctx, sx))
    if not any(c.predicate in ("produces", "plans_to_produce", "capacity", "offers_to_build", "supplies_to")
               for c in claims):
        claims.extend(_output_claims(ctx, sx))
    claims = _on_behalf(ctx, sx, claims, roles)
    claims.extend(roles)
    claims.extend(_location_claims(ctx, sx))
    return claims


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


#: counted nouns that are never what a plant turns out ("the two allied armies", "2 thousand organizations")
_NOT_OUTPUT = _GROUP | {"country", "army", "organization", "company", "firm", "state", "region", "people", "person",
                        "worker", "employee", "страна", "армия", "организация", "компания", "фирма", "регион",
                        "человек", "сотрудник", "работник", "государство", "view", "visitor", "user",
                        "subscriber", "reader", "просмотр", "посетитель", "пользователь", "подписчик", "читатель"}
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
#: nouns of intention whose infinitive is the subject's plan ("has no plans to produce", "планы построить")
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "план", "намерение"})
_MAKER_NOUNS = frozenset({"manufacturer", "producer", "maker", "производитель", "изготовитель"})
_COPULAS = frozenset({"be", "become", "remain", "стать", "становиться", "являться", "оставаться", "быть"})


def _copular_verb(sx: _Sent, n: int, deps: tuple[str, ...] | None = None) -> int | None:
    """The predicate a noun is the complement of: the noun itself when it has its own copula ("X является
    производителем"), else a copular verb it hangs from ("X will become the largest maker"), taken only
    through the relations ``deps`` when given; None when the noun is no predicate."""
    toks = sx.sent.tokens
    h = toks[n].head
    if _kids(sx, n, "cop"):
        return n
    if 0 <= h < len(toks) and h != n and _lemma(toks[h]) in _COPULAS and (
            deps is None or toks[n].dep.split(":")[0] in deps):
        return h
    return None


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
        products = [m for c in _kids(sx, n, "nmod") for k in _with_conj(sx, c)
                    if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None]
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "produces", p, None) for s in subjects[:1] for p in (products[:1] or [None])]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


#: nouns of delivery: "the supply of engines by X to Y", "поставки двигателей из Китая"
_SUPPLY_NOUNS = frozenset({"supply", "supplies", "delivery", "deliveries", "shipment", "shipments", "export",
                           "exports", "sale", "sales", "transfer", "поставка", "экспорт", "продажа", "отгрузка",
                           "передача"})
_FROM = frozenset({"from", "by", "из", "от", "у"})
_TO = frozenset({"to", "for", "в", "во", "для"})


def _supply_noun_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A noun of delivery with its supplier ("from X", "by X", "из Китая") and its recipient ("to Y",
    "в Россию", else the subject of "took delivery"/"received")."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for n, tok in enumerate(toks):
        if tok.pos != "NOUN" or sx.lemmas[n] not in _SUPPLY_NOUNS:
            continue
        head = tok.head if 0 <= tok.head < len(toks) and tok.head != n else n
        suppliers = _objects(ctx, sx, n, ("nmod",), _FROM, ORGS | PLACES)
        for c in _kids(sx, n, "nmod"):  # "delivery of the first batch of drones from X"
            suppliers = suppliers or _objects(ctx, sx, c, ("nmod",), _FROM, ORGS | PLACES)
        if not suppliers and head != n:
            suppliers = _objects(ctx, sx, head, ("obl",), _FROM, ORGS | PLACES)
        if not suppliers:  # "China's exports of parts", "поставки Ирана в Россию", "поставки китайских двигателей"
            suppliers = [m for c in _kids(sx, n, "nmod:poss", "nmod") if toks[c].dep == "nmod:poss" or (
                not _case(sx, c) and "Case=Gen" in toks[c].feats) if (m := _entity(ctx, sx, c, ORGS | PLACES))]
            suppliers = suppliers or [country for c in _kids(sx, n, "nmod") for a in _kids(sx, c, "amod")
                                      if (m := sx.token_mention[a]) is not None and m.label == "Nationality"
                                      and (country := _country_of(ctx, m)) is not None]
        recipients = _objects(ctx, sx, n, ("nmod",), _TO, ORGS | PLACES)
        if not recipients and head != n and tok.dep.startswith("obj"):
            recipients, _ = _subjects(ctx, sx, head)  # "Armenia has taken delivery of …"
        if not suppliers or not recipients:
            continue
        verb = head if toks[head].pos in ("VERB", "AUX") else n
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "supplies_to", r, _value(sx, n)) for s in suppliers[:1] for r in _first_and_conjuncts(sx, recipients)
                 if s.id != r.id and r.label != "Person"]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


#: "ready to open production in Russia", "Russia's readiness to help": an offer made by being ready
_READY = frozenset({"ready", "willing", "prepared", "readiness", "willingness", "готовый", "готов", "готовность"})
_HELP = frozenset({"help", "assist", "помочь", "помогать", "содействовать"})
#: what is built when a plant is offered
_WORKS = frozenset({"plant", "factory", "production", "line", "facility", "assembly", "workshop", "centre", "center",
                    "output", "завод", "производство", "линия", "предприятие", "цех", "центр", "сборка", "выпуск"})


def _ready_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X is ready to open an assembly plant in Y", "компания готова открыть производство в России",
    "готовность России помочь Минску наладить выпуск": an offer to build in (or for) Y."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for b, tok in enumerate(toks):
        if sx.lemmas[b] not in BUILD_VERBS or not any(sx.lemmas[c] in _WORKS for c in _kids(sx, b, "obj")):
            continue
        chain = _ancestors(sx, b, 3)
        r = next((a for a in chain if sx.lemmas[a] in _READY), None)
        if r is None:
            continue
        helpers = [a for a in chain[:chain.index(r)] if sx.lemmas[a] in _HELP] + [
            c for c in sx.children[r] if sx.lemmas[c] in _HELP]
        hosts = _objects(ctx, sx, b, ("obl",), frozenset({"in", "в", "во", "на"}), PLACES)
        for h in helpers:  # "help Minsk set up production": the one helped hosts it
            hosts = hosts or _objects(ctx, sx, h, ("iobj", "obj"), None, PLACES | ORGS)
        if helpers and not hosts:
            hosts = [m for c in _kids(sx, b, "nsubj") if (m := _entity(ctx, sx, c, PLACES | ORGS)) is not None]
        if toks[r].pos == "NOUN":  # "Russia's readiness", "готовность России"
            subjects = [m for c in _kids(sx, r, "nmod", "nmod:poss") if not _case(sx, c) or toks[c].dep == "nmod:poss"
                        if (m := _entity(ctx, sx, c, ORGS | PLACES)) is not None and m not in hosts]
        else:
            subjects = _subjects(ctx, sx, r)[0]
        verb = r
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "offers_to_build", host, _value(sx, b)) for s in subjects[:1] for host in hosts[:1]
                 if s.id != host.id]
        out.extend(_build(ctx, sx, verb, found, speaker, denied,
                          force="denial" if denied or _negated(sx, r) else "offer"))
    return out


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


def _together_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X will build the plant together with Y", "совместно с Y": X cooperates with Y."""
    toks = sx.sent.tokens
    out: list[Claim] = []
    for t, tok in enumerate(toks):
        if sx.lemmas[t] not in _TOGETHER or not 0 <= tok.head < len(toks):
            continue
        h = tok.head
        if toks[h].dep == "case":  # "together" modifies the preposition: "together with the firm"
            partners_at, verb = [toks[h].head], toks[toks[h].head].head
        else:
            verb = h
            partners_at = [c for c in _kids(sx, verb, "obl", "nmod") if set(_case(sx, c).split()) & {"with", "с", "со"}]
        if not 0 <= verb < len(toks):
            continue
        partners = _unique([m for n in partners_at for k in _with_conj(sx, n)
                            if (m := _entity(ctx, sx, k, AGENTS - {"Location"})) is not None])
        subjects, _ = _subjects(ctx, sx, verb)
        speaker, denied = _speaker(ctx, sx, verb)
        found = [(s, "cooperates_with", p, None) for s in subjects[:1] for p in partners[:1] if s.id != p.id]
        out.extend(_build(ctx, sx, verb, found, speaker, denied))
    return out


_OUTPUT_NOUNS = frozenset({"output", "production", "capacity", "выпуск", "производство", "мощность",
                           "производительность"})
_MAKERS = frozenset({"Company", "Facility", "Organization", "Country", "Location", "PublicBody"})


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
        q = None
        for near in ({n, head}, {n, head, *_ancestors(sx, n, 2)}):
            q = q or next((q for q in counted if id(q) not in used and near & {
                (at := _token_at(sx.sent, q.start or 0)), *_ancestors(sx, at, 4)}), None)
        if q is None:
            continue
        used.add(id(q))
        at = _token_at(sx.sent, q.start or 0)
        when = next((a for a in _ancestors(sx, at, 4) if toks[a].pos in ("VERB", "AUX")), head)
        maker = _maker_of(ctx, sx, n)
        if maker is None:
            maker = next((m for m in _subjects(ctx, sx, head)[0] if m.label in _MAKERS), None)
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
        predicate = "capacity" if capacity else ("plans_to_produce" if modality == "plan" else "produces")
        out.append(_claim(ctx, sx, maker, predicate, None, q, modality, speaker, when, 0.5))
    return out


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


def _noun_claims(ctx: _Context, sx: _Sent, n: int, predicate: str) -> list[Claim]:
    """"talks between X and Y", "переговоры X с Y", "сотрудничества Беларуси и Китая"."""
    toks = sx.sent.tokens
    members: list[Mention] = []
    for c in _kids(sx, n, "nmod", "nmod:poss", "compound"):
        for k in _with_conj(sx, c):
            m = _entity(ctx, sx, k)
            if m is not None and m.label in AGENTS - {"Location"} | {"Location"} and m.label != "Facility":
                members.append(m)
    members = _unique(members)
    head = toks[n].head
    if len(members) < 2 and 0 <= head < len(toks) and head != n and toks[n].dep.split(":")[0] in ("obj", "obl", "nsubj"):
        subjects, _ = _subjects(ctx, sx, head)
        members = _unique(subjects + members)
    if len(members) < 2:
        return []
    v = head if 0 <= head < len(toks) and toks[head].pos in ("VERB", "AUX") else n
    speaker, denied = _speaker(ctx, sx, v)
    return _build(ctx, sx, v, [(members[0], predicate, members[1], None)], speaker, denied)


def _verb_claims(ctx: _Context, sx: _Sent, v: int, predicate: str) -> list[Claim]:
    toks = sx.sent.tokens
    lemma = _lemma(toks[v])
    subjects, passive = _subjects(ctx, sx, v)
    value = _value(sx, v)
    speaker, denied = _speaker(ctx, sx, v)
    out: list[tuple[Mention, str, Mention | None, Quantity | None]] = []
    if predicate == "sanctioned_by":
        if ctx.lang == "ru" and not any(re.search(r"список|санкц|ограничен", toks[c].text, re.IGNORECASE)
                                        for c in range(len(toks))):
            return []
        if passive:
            targets = subjects
            agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}), ORGS | PLACES)
        else:
            targets = _objects(ctx, sx, v, ("obj",), None, ORGS | frozenset({"Person"}))
            agents = [m for m in subjects if m.label in ORGS | PLACES]
        for t in targets:
            out.append((t, "sanctioned_by", agents[0] if agents else None, None))
        if agents:
            ctx.sanctioner = agents[0]
        return _build(ctx, sx, v, out, speaker, denied, force="fact" if not speaker else None)
    made: list[Mention] = []
    if passive:
        agents = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"by"}))
        if predicate == "produces":  # "Geran-2 drones are assembled at the Alabuga zone (by X)"
            made = [m for c in _kids(sx, v, "nsubj:pass", "nsubj") for k in _with_conj(sx, c)
                    if (m := _entity(ctx, sx, k, frozenset({"Product"}))) is not None]
            agents = agents or _objects(ctx, sx, v, ("obl",), _AT - {"on"}, frozenset({"Facility", "Company"}))
        if agents:
            subjects = agents
        elif predicate not in ("located_in",):
            return []
    if predicate == "offers_to_build":
        hosts = _objects(ctx, sx, v, ("iobj", "obj"), None, PLACES | ORGS)
        inner = next((c for c in _kids(sx, v, "xcomp", "ccomp", "advcl") ), None)
        if inner is not None:
            hosts = hosts or _objects(ctx, sx, inner, ("iobj", "obj", "obl"), None, PLACES | ORGS) or _objects(
                ctx, sx, inner, ("obl",), frozenset({"in", "в", "во", "на"}), PLACES)
            inner_pred = PREDICATE_VERBS[ctx.lang].get(_lemma(toks[inner]))
            if inner_pred == "supplies_to":
                for s in subjects:
                    for h in hosts[:1]:
                        out.append((s, "supplies_to", h, value))
                return _build(ctx, sx, v, out, speaker, denied, force="offer")
            if _lemma(toks[inner]) not in BUILD_VERBS:
                return []
        elif not any(_lemma(toks[c]) in ("plant", "factory", "завод", "производство", "centre", "center")
                     for c in _kids(sx, v, "obj")):
            return []
        for s in subjects:
            host = next((h for h in hosts if h.id != s.id and ctx.name(h) != ctx.name(s)), None)
            out.append((s, "offers_to_build", host, value))
        return _build(ctx, sx, v, out, speaker, denied, force="offer" if not _negated(sx, v) else "denial")
    if predicate == "produces":
        if not passive:  # "где будут собирать FPV-дроны" with the product taken for the subject
            made = [m for c in _kids(sx, v, "nsubj") if _misread_object(sx, v, c)
                    for k in _with_conj(sx, c) if (m := _entity(ctx, sx, k, _PRODUCTS)) is not None]
        products = _unique(made + _objects(ctx, sx, v, ("obj",), None, frozenset({"Product"})))
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
        return _build(ctx, sx, v, out, speaker, denied)
    if predicate == "supplies_from":
        cases = frozenset({"from", "в", "во", "у", "из"})
        sources = _objects(ctx, sx, v, ("obl", "nmod"), cases, ORGS | PLACES)
        for o in _kids(sx, v, "obj"):  # "закупает моторы в Китае": the place hangs off the goods
            sources = sources or _objects(ctx, sx, o, ("nmod",), cases, ORGS | PLACES)
        for s in subjects:
            for src in _first_and_conjuncts(sx, sources):
                out.append((src, "supplies_to", s, value))
        return _build(ctx, sx, v, out, speaker, denied)
    if predicate == "supplies_to":
        recipients = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"to", "for", "в", "во", "для"}),
                              ORGS | PLACES) + _objects(ctx, sx, v, ("iobj",), None, ORGS | PLACES)
        recipients = [r for r in recipients if not _locative(sx, r)]
        if not recipients and lemma in ("reach", "ввозить", "ввезти"):
            return []
        for s in subjects:
            for r in _first_and_conjuncts(sx, recipients):
                if r.id != s.id:
                    out.append((s, "supplies_to", r, value))
        return _build(ctx, sx, v, out, speaker, denied)
    if predicate in ("cooperates_with", "met_with"):
        partners = _objects(ctx, sx, v, ("obl", "nmod"), frozenset({"with", "с", "со", "together"}))
        if predicate == "met_with" and not partners:
            partners = _objects(ctx, sx, v, ("obj",), None, frozenset({"Person", "PublicBody", "Organization",
                                                                       "Company", "Country"}))
        if predicate == "cooperates_with" and lemma in ("sign", "подписать", "agree", "договориться") \
                and not partners and len(subjects) < 2:
            return []
        if partners:
            for s in subjects:
                for p in partners[:2]:
                    if p.id != s.id:
                        out.append((s, predicate, p, None))
        elif len(subjects) >= 2:
            out.append((subjects[0], predicate, subjects[1], None))
        return _build(ctx, sx, v, out, speaker, denied)
    if predicate == "visited":
        places = _objects(ctx, sx, v, ("obj", "obl"), None, PLACES | ORGS)
        where = _objects(ctx, sx, v, ("obl",), frozenset({"in", "to", "в", "на"}), PLACES | ORGS)
        if where and not any(sx.token_mention[c] is not None for c in _kids(sx, v, "obj")):
            places = where  # "inspected the workshops in Gomel": the place named, not the one referred to
        for s in subjects:
            for p in _first_and_conjuncts(sx, places):
                if p.id != s.id:
                    out.append((s, "visited", p, None))
        return _build(ctx, sx, v, out, speaker, denied)
    if predicate == "located_in":
        places = _objects(ctx, sx, v, ("obl",), frozenset({"in", "в", "near", "под"}), PLACES)
        for s in subjects:
            for p in places[:1]:
                out.append((s, "located_in", p, None))
        return _build(ctx, sx, v, out, speaker, denied)
    return []


def _locative(sx: _Sent, m: Mention) -> bool:
    """"через посредника в Армении": в with the locative case is where, not where to."""
    i = _token_at(sx.sent, m.start)
    return "Case=Loc" in sx.sent.tokens[i].feats


def _negated(sx: _Sent, v: int) -> bool:
    return any(_lemma(sx.sent.tokens[c]) in NEGATIONS for c in sx.children[v])


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


def _build(ctx: _Context, sx: _Sent, v: int, found: list[tuple[Mention, str, Mention | None, Quantity | None]],
           speaker: Mention | None, denied: bool, force: str | None = None) -> list[Claim]:
    out = []
    modality = force or _modality(ctx, sx, v, speaker is not None, denied)
    for subject, predicate, obj, q in found:
        if obj is not None and (obj.id == subject.id or ctx.name(obj) == ctx.name(subject)):
            continue
        if predicate == "produces" and (modality == "plan" or _lemma(sx.sent.tokens[sx.sent.tokens[v].head]) in _INTENT_NOUNS):
            predicate = "plans_to_produce"  # "will produce", "has no plans to produce"
        if predicate in ("produces", "plans_to_produce") and q is not None and q.rate and obj is None \
                and _is_capacity(ctx, sx, v, modality):
            predicate = "capacity"
        out.append(_claim(ctx, sx, subject, predicate, obj, q, modality, speaker, v,
                          confidence=0.6 + (0.15 if obj is not None else 0) + (0.1 if q is not None else 0)))
    return out


#: the Russian future auxiliary, which the tagger may leave without a tense ("будет выпускать")
_FUTURE_AUX = frozenset({"будет", "будут", "буду", "будем", "будете", "будешь"})
#: modal words of ability: "could turn out 500 a month" says what a maker can do
_ABLE = frozenset({"can", "could", "able", "мочь", "смочь", "способный", "способен"})
_CAPACITY_NOUNS = frozenset({"capacity", "мощность", "производительность"})


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
    if speaker is not None and speaker.id == subject.id and modality == "claim":
        modality = "claim"
    return Claim(
        id=Claim.make_id(doc.document_id, sx.sent.start, subject_name, predicate, obj_name, value),
        document_id=doc.document_id, subject=subject_name, predicate=predicate, object=obj_name,
        subject_mention=subject.id, object_mention=obj.id if obj is not None else None,
        value=value, unit=q.unit if q is not None else None, qualifier=q.qualifier if q is not None else None,
        value_min=q.min if q is not None else None, value_max=q.max if q is not None else None,
        rate=q.rate if q is not None else None, time=_time(sx, v) if predicate != "holds_role" else None,
        modality=modality, attributed_to=ctx.name(speaker) if speaker is not None else None,
        confidence=round(min(1.0, confidence), 2), start=sx.sent.start, end=sx.sent.end, role=role,
        extractor=EXTRACTOR,
    )


# --- holds_role and located_in --------------------------------------------------------------

def _role_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """"X, deputy head of Y", "governor of Y X", "Y chairman X", "министр обороны Беларуси X"."""
    toks = sx.sent.tokens
    out = []
    done: set[str] = set()
    for i, tok in enumerate(toks):
        if sx.lemmas[i] not in ROLE_NOUNS or sx.token_mention[i] is not None:
            continue
        person = _role_person(ctx, sx, i)
        if person is None or person.id in done:
            continue
        org = _role_org(ctx, sx, i, person) or _role_fallback(ctx, sx, i, person)
        if org is None:
            continue
        done.add(person.id)
        ctx.titles[_lemma(tok)] = person
        out.append(_claim(ctx, sx, person, "holds_role", org, None, "fact", None, i, 0.7,
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


def _role_person(ctx: _Context, sx: _Sent, i: int) -> Mention | None:
    toks = sx.sent.tokens
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


def _role_org(ctx: _Context, sx: _Sent, i: int, person: Mention) -> Mention | None:
    toks = sx.sent.tokens
    labels = ORGS | PLACES
    frontier = [i]
    for _ in range(3):  # "deputy head of the Administration of Russia": follow nmod down
        nxt = []
        for k in frontier:
            for c in sx.children[k]:
                if toks[c].dep.split(":")[0] in ("nmod", "compound", "obl") or toks[c].dep == "nmod:poss":
                    m = sx.token_mention[c]
                    if m is not None and m.id != person.id and m.label in labels:
                        return m
                    if m is None and _lemma(toks[c]) in ("minister", "министр", "ministry"):
                        ref = _previous(ctx, toks[c].start, frozenset({"PublicBody"}), "minis" if ctx.lang == "en" else "минис")
                        if ref is not None and ref.id != person.id:
                            return ref
                    if m is None and _lemma(toks[c]) in _GENERIC_ORG and not _indefinite(sx, c):
                        ref = _previous_country(ctx, sx, toks[c].start) if _lemma(toks[c]) in ("country", "страна") \
                            else _generic_ref(ctx, toks[c].start, _lemma(toks[c]))
                        if ref is not None and ref.id != person.id:
                            return ref
                    if m is None and _lemma(toks[c]) not in ("year", "год"):
                        nxt.append(c)
        frontier = nxt
    # "Indonesian Defence Minister X", "Belarusian leader X": the country of the demonym
    if _lemma(toks[i]) in _STATE_ROLES:
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


#: titles that stand for a state: "the Indonesian defence minister" holds a post of Indonesia
_STATE_ROLES = frozenset({"president", "minister", "leader", "premier", "prime", "ambassador", "envoy",
                          "chancellor", "президент", "министр", "лидер", "премьер", "премьер-министр", "посол"})


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
            if code is None or not any(_stem_match(word, n) for n in table[1].get(code, ())):
                continue
            rank = (0 if m.start < nationality.start else 1, abs(m.start - nationality.start))
            if best is None or rank < best:
                best, ctx.countries[word] = rank, k
    k = ctx.countries[word]
    return ctx.entity_mentions[k] if k is not None else None


def _stem_match(demonym: str, name: str) -> bool:
    p = 0
    for a, b in zip(demonym, name):
        if a != b:
            break
        p += 1
    return p >= 4 and p >= 0.6 * len(name)


def _is_country_word(word: str) -> bool:
    """A word naming a country or its people in any form ("Serbia", "Сербии", "Serbian")."""
    return any(_stem_match(word, n) for n in _country_words().get(word[:4], ()))


@functools.cache
def _country_words() -> dict[str, tuple[str, ...]]:
    """One-word country names by their first four letters."""
    out: dict[str, list[str]] = {}
    for name in countries():
        if " " not in name and len(name) >= 4:
            out.setdefault(name[:4], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def country_names() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Country name (casefolded) → code, and code → its names."""
    names = countries()
    by_code: dict[str, list[str]] = {}
    for name, code in names.items():
        by_code.setdefault(code, []).append(name)
    return names, {c: tuple(ns) for c, ns in by_code.items()}


def _generic_ref(ctx: _Context, offset: int, word: str) -> Mention | None:
    """What "the authority", "ведомства", "концерна" refers back to: the last name of the kind the
    word stands for (a ministry for "ведомство"), one containing the word first."""
    for label in _GENERIC_LABELS.get(word, ()):
        found = _previous(ctx, offset, frozenset({label}), word)
        if found is not None:
            return found
    return _previous(ctx, offset, ORGS, word)


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
        return None
    if low in _COMPANY_ROLES:
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


#: common nouns of sites a name may stand beside ("на полигоне Капустин Яр")
_SITES = frozenset({"range", "airfield", "airbase", "base", "shipyard", "port", "полигон", "аэродром", "авиабаза",
                    "база", "верфь", "порт"})
#: "in X" places a site; "near X" only says what it is close to
_IN = frozenset({"in", "в", "во"})


def _location_claims(ctx: _Context, sx: _Sent) -> list[Claim]:
    """A facility or company with an "in <place>" dependent: located_in."""
    toks = sx.sent.tokens
    out = []
    seen: set[str] = set()
    for i, m in enumerate(sx.token_mention):
        if m is None or m.label not in ("Facility", "Company", "Organization") or m.id in seen:
            continue
        head = i
        while head < len(toks) and sx.token_mention[head] is m and toks[head].head != head \
                and sx.token_mention[toks[head].head] is m:
            head = toks[head].head
        # "завод «Волга-Авионика» в Дзержинске", "the test site X in Y": the place may hang off the
        # common noun the name stands beside
        g = toks[head].head
        hosts = [head]
        if toks[head].dep.split(":")[0] in ("appos", "flat", "compound") and 0 <= g < head \
                and sx.lemmas[g] in _GENERIC_ORG | _SITES and sx.token_mention[g] is None \
                and all(toks[k].pos == "PUNCT" for k in range(g + 1, _token_at(sx.sent, m.start))):
            hosts.append(g)
        for c in (c for h in hosts for c in sx.children[h]):
            if toks[c].dep.split(":")[0] not in ("nmod", "obl"):
                continue
            if not set(_case(sx, c).split()) & _IN:
                continue
            place = sx.token_mention[c]
            if place is not None and place.label in PLACES and place.id != m.id:
                seen.add(m.id)
                out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.65))
                break
        # "Ural Drone Systems, a Yekaterinburg company": a place naming the kind of firm in apposition
        for c in _kids(sx, head, "appos"):
            if m.id in seen or _lemma(toks[c]) not in _GENERIC_ORG or sx.token_mention[c] is not None:
                continue
            for k in _kids(sx, c, "compound", "amod", "nmod"):
                place = sx.token_mention[k]
                if place is not None and place.label == "Location" and k < c and not _case(sx, k):
                    seen.add(m.id)
                    out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.6))
                    break
        # "opened the Orsha plant in the Vitebsk region": a facility object and a place of the verb
        verb = toks[head].head
        if m.id not in seen and m.label == "Facility" and toks[head].dep == "obj" and 0 <= verb < len(toks):
            for c in _kids(sx, verb, "obl"):
                place = sx.token_mention[c]
                if place is not None and place.label == "Location" and \
                        set(_case(sx, c).split()) & _IN:
                    seen.add(m.id)
                    out.append(_claim(ctx, sx, m, "located_in", place, None, "fact", None, i, 0.6))
                    break
    return out


class ClaimComponent:
    """Fills ``doc.claims`` from the parse, the mentions, the quantities and the dates."""

    name = "claimgraph.claims.v1"
    requires: tuple[str, ...] = ("sentences", "mentions", "dates", "quantities")
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.claims = find_claims(doc)
        return doc


__all__ = ["ClaimComponent", "find_claims", "fullest_names", "name_of"]
