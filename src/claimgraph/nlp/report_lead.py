"""A report's lead: the first sentence of its text, after any headline, caption or page stamp."""
from __future__ import annotations

from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_cues import is_headline


def in_lead(doc: AnalyzedDoc, sent: Sentence) -> bool:
    """Whether the sentence is the lead of a report: no sentence of the text before it, only a
    headline, a caption or a page's stamp, and the report's body after it (a lone sentence is no
    report). An accusation told there is the report's news, made on its day."""
    return any(s.start >= sent.end for s in doc.sentences) and all(
        is_headline(doc.text, s.start, s.end) for s in doc.sentences if s.end <= sent.start)


__all__ = ["in_lead"]
