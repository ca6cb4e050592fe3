"""Events a report invokes for comparison: "drawing comparisons to the downing of a jet in 2015",
"reminiscent of the attack on the port", "по аналогии с визитом".

Such an event is brought in to measure the news against, not told as news: a trigger noun that
hangs under a word of comparing gives no event. ("Signed a similar agreement last year" is told
as an event of its own and stays one.)
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence

#: words of comparing under which an event is the measure ("comparisons to", "reminiscent of")
COMPARING = frozenset({"comparison", "compare", "reminiscent", "echo", "analogy", "parallel", "сравнение",
                       "сравнивать", "сравнить", "аналогия", "напоминать", "порівняння", "порівнювати", "аналогія"})


def for_comparison(sent: Sentence, i: int) -> bool:
    """Whether the trigger ``i`` is a noun naming an event brought in as a comparison."""
    toks = sent.tokens
    if toks[i].pos != "NOUN":
        return False
    heads = tree.ancestors(toks, i, 2)
    if any(_lemma(sent, h) in COMPARING for h in heads):
        return True
    # "drawing comparisons to the downing": the event hangs on the verb whose object is the comparison
    return bool(heads) and any(t.head == heads[0] and t.dep.split(":")[0] == "obj" and _lemma(sent, c) in COMPARING
                               for c, t in enumerate(toks))


def _lemma(sent: Sentence, i: int) -> str:
    tok = sent.tokens[i]
    return (tok.lemma or tok.text).lower()


__all__ = ["COMPARING", "for_comparison"]
