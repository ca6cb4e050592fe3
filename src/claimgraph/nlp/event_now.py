"""Events told as going on now: "who is currently on a visit to North Korea", "сейчас находится с визитом".

An adverb of the present ("currently", "now", "сейчас", "в настоящее время", "наразі") on the
trigger or on the verb of its clause dates the event to the report's own day; a date the sentence
before or after gives belongs to another event ("Her last visit took place on 4 June").
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence

#: one-word adverbs of the present
NOW_WORDS = frozenset({"currently", "now", "presently", "сейчас", "ныне", "нині", "зараз", "наразі", "теперь", "тепер"})
#: adverbial phrases of the present, by their last word's lemma and the word before it
_NOW_PHRASES = frozenset({("at", "present"), ("at", "moment"), ("настоящий", "время"), ("данный", "момент"),
                          ("цей", "час"), ("даний", "момент")})


def _lemma(sent: Sentence, i: int) -> str:
    tok = sent.tokens[i]
    return (tok.lemma or tok.text).lower()


def _now(sent: Sentence, c: int) -> bool:
    toks = sent.tokens
    if _lemma(sent, c) in NOW_WORDS:
        return True
    before = [k for k, t in enumerate(toks) if t.head == c and k < c]
    return any((_lemma(sent, k), _lemma(sent, c)) in _NOW_PHRASES for k in before)


def told_as_now(sent: Sentence, trigger: int, clause_verb: int) -> bool:
    """Whether the trigger or its clause's verb ``clause_verb`` carries an adverb of the present."""
    toks = sent.tokens
    anchors = {trigger, clause_verb}
    return any(t.head in anchors and c not in anchors and t.dep.split(":")[0] in ("advmod", "obl", "nmod")
               and _now(sent, c) for c, t in enumerate(toks))


__all__ = ["NOW_WORDS", "told_as_now"]
