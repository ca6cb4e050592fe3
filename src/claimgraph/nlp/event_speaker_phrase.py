"""Where a statement's speaker and its day stand around the verb in news English.

"Russia on Thursday accused …": a date set between the speaker and the verb is parsed as hanging on
the speaker, yet dates the verb. "date 2025-03-04 Latvia's minister said …": a page's date stamp
run into the first sentence is parsed as its subject, yet the speaker is the phrase beside it.
Read by :mod:`claimgraph.nlp.event_stances`.
"""
from __future__ import annotations

from claimgraph.nlp.doc import Sentence


def _children(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and c != i]


def between_subject_and_verb(sent: Sentence, head: int, verb: int, inside: list[int]) -> bool:
    """"Russia on Thursday accused …", "the ministry on Friday denied …": a date set between the
    verb's subject and the verb, parsed as hanging on the subject, dates the verb."""
    toks = sent.tokens
    return (0 <= head < len(toks) and toks[head].head == verb and toks[head].dep.startswith("nsubj")
            and all(head < i < verb for i in inside))


def past_the_stamp(sent: Sentence, subj: int) -> int | None:
    """A page's date stamp parsed into its first sentence ("date 2025-03-04 Latvia's minister said …"):
    the stamp's word is no speaker, the phrase set beside it is."""
    toks = sent.tokens
    if subj != 0 or (toks[0].lemma or toks[0].text).lower() != "date" or len(toks) < 2 or toks[1].pos != "NUM":
        return subj
    return next((c for c in _children(sent, subj) if toks[c].dep.startswith("appos")), None)


__all__ = ["between_subject_and_verb", "past_the_stamp"]
