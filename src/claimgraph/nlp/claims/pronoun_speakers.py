"""A speaker named by a pronoun: "X said … . He noted that …", "По его словам, …" — the statement is X's.

News keeps the speaker's name for the sentence that introduces them and refers to them by pronoun
in the sentences that follow ("He added", "she said", "Он отметил", "по её словам"). A claim in
such a sentence that names no speaker of its own goes to the person the pronoun stands for: the
main subject of the sentence before when it is a person, else the only person that sentence names,
else the person the sentence before was already given through its own pronoun ("He noted … . He
added …"). A name the recogniser missed still counts when it is the main subject of the sentence
before, written as two to four capitalised words. Nothing further back is looked at: an uncertain
speaker is left out rather than guessed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claimgraph.model import Claim, Mention
from claimgraph.nlp.claims.sentence import _Context, _lemma
from claimgraph.nlp.claims.speakerless import speakerless
from claimgraph.nlp.doc import Sentence, Token
from claimgraph.nlp.lexicon import SPEECH_VERBS

#: Personal pronouns that stand for one person (never "they" or "it": a body or a thing may speak).
PERSON_PRONOUNS = frozenset({"he", "she", "он", "она", "він", "вона"})
#: "according to him", "по его словам", "за її словами": a pronoun in the place of the source.
_ACCORDING_TO_PRONOUN = re.compile(
    r"\baccording\s+to\s+(?:him|her)\b|(?<![а-яёіїє])(?:по\s+(?:его|ее|её)\s+(?:словам|данным|мнению|оценке)"
    r"|за\s+(?:його|її)\s+словами)(?![а-яёіїє])", re.IGNORECASE)
MAX_CHAIN = 3  # sentences one pronoun may hand its speaker on through ("He said … He added … He noted …")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4  # a name the recogniser missed: "Andrii Kovalenko"


def pronoun_speakers(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Claims without a speaker whose sentence gives its speech to a personal pronoun, attributed
    to the person the pronoun stands for (a stated fact becomes that person's claim)."""
    sentences = ctx.doc.sentences
    if not sentences or ctx.lang not in SPEECH_VERBS:
        return claims
    starts = [s.start for s in sentences]
    resolved: dict[int, str | None] = {}
    out = []
    for c, i in speakerless(claims, starts):
        who = _speaker_of(ctx, i, resolved, MAX_CHAIN) if i is not None and i >= 0 else None
        if who is None or who == c.subject:  # "he said during a trip to X": the narrator tells of the trip
            out.append(c)
            continue
        out.append(replace(c, attributed_to=who, modality="claim" if c.modality == "fact" else c.modality))
    return out


def speaks_by_pronoun(ctx: _Context, sent: Sentence) -> bool:
    """Whether a sentence gives its statement to a personal pronoun: the pronoun is the subject of
    a speech verb that heads the sentence or is set beside its head ("…, he said"), or stands in
    "according to him"."""
    toks = sent.tokens
    if _ACCORDING_TO_PRONOUN.search(ctx.doc.text[sent.start:sent.end]):
        return True
    speech = SPEECH_VERBS[ctx.lang]
    for i, t in enumerate(toks):
        if t.dep != "nsubj" or t.text.lower() not in PERSON_PRONOUNS or not 0 <= t.head < len(toks):
            continue
        verb = toks[t.head]
        if _lemma(verb) in speech and verb.pos in ("VERB", "AUX") and _heads_sentence(toks, t.head):
            return True
    return False


def _heads_sentence(toks: list[Token], v: int) -> bool:
    """The sentence's root, or a clause set beside the root ("X will build Y, he said")."""
    t = toks[v]
    if t.head == v or t.dep == "root":
        return True
    return t.dep.split(":")[0] in ("parataxis", "conj") and 0 <= t.head < len(toks) \
        and (toks[t.head].head == t.head or toks[t.head].dep == "root")


def _speaker_of(ctx: _Context, i: int, resolved: dict[int, str | None], budget: int) -> str | None:
    """The person a pronoun speaker of sentence ``i`` stands for (None when the sentence has no
    pronoun speaker or the person is uncertain)."""
    if i in resolved:
        return resolved[i]
    who = None
    sentences = ctx.doc.sentences
    if budget > 0 and speaks_by_pronoun(ctx, sentences[i]) and i > 0:
        who = _person_in(ctx, sentences[i - 1])
        if who is None and speaks_by_pronoun(ctx, sentences[i - 1]):
            who = _speaker_of(ctx, i - 1, resolved, budget - 1)
    resolved[i] = who
    return who


def _person_in(ctx: _Context, sent: Sentence) -> str | None:
    """The person a sentence is about: the person its main subject names, else the only person it
    names, else a capitalised name in the main subject's place the recogniser did not mark."""
    lo, hi = bisect.bisect_left(ctx.starts, sent.start), bisect.bisect_left(ctx.starts, sent.end)
    people = [m for m in ctx.entity_mentions[lo:hi] if m.label == "Person"]
    subjects = _main_subjects(sent)
    for m in people:
        if any(m.start <= sent.tokens[s].start < m.end for s in subjects):
            return ctx.name(m)
    names = {ctx.name(m) for m in people}
    if len(names) == 1:
        return names.pop()
    if people:
        return None  # several people: the pronoun could be any of them
    others = ctx.entity_mentions[lo:hi]
    for s in subjects:
        name = _unmarked_name(sent, s, others)
        if name is not None:
            return name
    return None


def _main_subjects(sent: Sentence) -> list[int]:
    toks = sent.tokens
    roots = [i for i, t in enumerate(toks) if t.head == i or t.dep == "root"]
    return [i for i, t in enumerate(toks) if t.dep in ("nsubj", "nsubj:pass") and t.head in roots]


def _unmarked_name(sent: Sentence, s: int, others: list[Mention]) -> str | None:
    """"Andrii Kovalenko, head of …, commented": a subject written as a run of capitalised proper
    nouns that no entity of another kind covers."""
    toks = sent.tokens
    if toks[s].pos != "PROPN":
        return None
    run = [s]
    for j in range(s - 1, max(-1, s - MAX_NAME_WORDS), -1):
        if toks[j].pos == "PROPN" and toks[j].head == s and toks[j].dep.split(":")[0] in ("compound", "flat"):
            run.insert(0, j)
        else:
            break
    for j in range(s + 1, min(len(toks), s + MAX_NAME_WORDS)):  # "Александр Лукашенко": flat after the head
        if toks[j].pos == "PROPN" and toks[j].head == s and toks[j].dep.split(":")[0] == "flat":
            run.append(j)
        else:
            break
    if not MIN_NAME_WORDS <= len(run) <= MAX_NAME_WORDS:
        return None
    words = [toks[j] for j in run]
    if not all(w.text[:1].isupper() and w.text.isalpha() for w in words):
        return None
    start, end = words[0].start, words[-1].end
    if any(m.start < end and start < m.end for m in others):
        return None  # a country, a company or a place: no person
    return " ".join(w.text for w in words)
