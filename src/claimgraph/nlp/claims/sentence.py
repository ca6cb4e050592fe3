"""The sentence every claim rule reads: tokens tied to the mentions they belong to, children of each
token, the sentence's quantities and dates, and small lookups over the dependency tree."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from claimgraph.model import Claim, Mention, Quantity, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.claims.names import full_name
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.lexicon import NEGATIONS


@dataclass
class _Sent:
    """One sentence with its tokens tied to the entity mentions they belong to."""

    sent: Sentence
    mentions: list[Mention]
    token_mention: list[Mention | None]
    children: list[list[int]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    #: every quantity of the sentence, measures ("12 minutes", "20 km") included
    figures: list[Quantity] = field(default_factory=list)
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
    sanctioned_country: Mention | None = None  # the country those sanctions were said to be against
    imposer: Mention | None = None  # the last government or body a clause named as imposing sanctions
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
    #: where the plant the report last spoke of stands ("a drone factory in Belarus")
    plant_place: Mention | None = None
    #: the recipient of the last supply told, with its sentence index ("the deliveries were made by X")
    last_recipient: tuple[int, Mention] | None = None
    #: person's name → the country a "counterpart" phrase gives them ("his Iranian counterpart, X")
    counterparts: dict[str, tuple[str, Mention]] = field(default_factory=dict)
    #: product name → the plant, firm or place an earlier sentence said makes it
    makers: dict[str, Mention] = field(default_factory=dict)
    #: the supplies the last sentence that told any told, with its sentence index ("Tehran denied the claims")
    last_supplies: tuple[int, list[Claim]] | None = None
    #: the suppliers of the supplies told so far, by the state they stand for or their name
    told_suppliers: set[str] = field(default_factory=set)
    #: quotations of the document as (opening, closing) offsets, found once when first asked for
    quotations: list[tuple[int, int]] | None = None
    #: the last state's voice a speech verb named, with its sentence index ("the statement said")
    last_voice: tuple[int, Mention] | None = None
    harmed_voice: tuple[int, Mention] | None = None  # the voice of the last count of the harmed told
    #: each title the report gave a named person, with that person ("Губернатор X …": "губернатор" → X)
    named_titles: dict[str, Mention] = field(default_factory=dict)
    #: the country whose goods the report last spoke of, with its sentence index ("Iranian drones")
    foreign_goods: tuple[int, Mention] | None = None

    def name(self, m: Mention) -> str:
        m = self.fullest.get(m.id, m)
        return full_name(m, self.owners.get(m.id))


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
    return _Sent(sent, mentions, token_mention, tree.children(sent.tokens), lang=ctx.lang,
                 lemmas=[(tok.lemma or tok.text).lower() for tok in sent.tokens])


def _lemma(tok: Token) -> str:
    return (tok.lemma or tok.text).lower()


def _kids(sx: _Sent, i: int, *deps: str) -> list[int]:
    """Children of ``i`` whose relation is one of ``deps`` or a subtype of one ("nsubj" takes "nsubj:pass")."""
    toks = sx.sent.tokens
    return [c for c in sx.children[i] if toks[c].dep in deps or toks[c].dep.partition(":")[0] in deps]


def _case(sx: _Sent, i: int) -> str:
    cases = [_lemma(sx.sent.tokens[c]) for c in sx.children[i] if sx.sent.tokens[c].dep in ("case", "mark")]
    return " ".join(cases)


def _with_conj(sx: _Sent, i: int, limit: int = 12) -> list[int]:
    """``i`` and the words coordinated with it, also those the parser chained onto a conjunct
    ("A, B, C and D" with C and D hung on B), at most ``limit``."""
    out, k = [i], 0
    while k < len(out) and len(out) < limit:
        out.extend(c for c in _kids(sx, out[k], "conj") if c not in out)
        k += 1
    return out[:limit]


def _roots(sx: _Sent) -> list[int]:
    if sx.roots is None:
        sx.roots = tree.roots(sx.sent.tokens)
    return sx.roots


def _head_token(sx: _Sent, m: Mention) -> int:
    """The token of a mention whose head lies outside it."""
    toks = sx.sent.tokens
    return tree.climb(toks, _token_at(sx.sent, m.start), lambda h: m.start <= toks[h].start < m.end)


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


def _subtree(sx: _Sent, i: int, limit: int = 80) -> set[int]:
    """Tokens under ``i`` (``i`` included), at most ``limit`` of them: one clause looked through."""
    out, todo = {i}, [i]
    while todo and len(out) < limit:
        for c in sx.children[todo.pop()]:
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _ancestors(sx: _Sent, v: int, limit: int = 4) -> list[int]:
    return tree.ancestors(sx.sent.tokens, v, limit)


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


def _negated(sx: _Sent, v: int) -> bool:
    return any(_lemma(sx.sent.tokens[c]) in NEGATIONS for c in sx.children[v])


def _predicative(sx: _Sent, v: int) -> bool:
    """The verb takes an adjective as its object's predicate ("made public a report", "makes it
    illegal to ..."): a causative use that states no production, supply or meeting."""
    toks = sx.sent.tokens
    near = [v, *(c for c in sx.children[v] if toks[c].dep == "obj")]  # "made public its report"
    if v + 2 < len(toks) and toks[v + 1].pos == "ADJ" and toks[v + 2].pos in ("DET", "PRON"):
        return True  # an adjective before the object's determiner predicates it, whatever the parse
    return any(toks[c].pos == "ADJ" and toks[c].dep.split(":")[0] in ("xcomp", "ccomp", "oprd")
               for k in near for c in sx.children[k])


def _heading(ctx: _Context, sx: _Sent) -> bool:
    """A title-cased line without a closing stop ("UNESCO World Heritage Sites in Belarus"): a
    heading or a menu entry, whose capitalised words the tagger reads as names of things."""
    text = ctx.doc.text[sx.sent.start:sx.sent.end].rstrip()
    if text.endswith((".", "!", "?", "»", "\"", "”")):
        return False
    words = [t.text for t in sx.sent.tokens[1:] if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
