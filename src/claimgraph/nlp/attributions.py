"""Attribution citations ("state media reported", "the Kremlin press service said"): one a sentence."""
from __future__ import annotations

from collections.abc import Iterable

from claimgraph.ids import make_id
from claimgraph.model import Citation
from claimgraph.nlp.doc import AnalyzedDoc


def sentence_attributions(doc: AnalyzedDoc, found: Iterable[tuple[str, int, int]],
                          named: Iterable[Citation] = ()) -> list[Citation]:
    """Citations of kind ``attribution`` for ``(phrase, start, end)`` source phrases, each spanning
    its sentence: the first phrase of a sentence wins, and a sentence that already names an outlet
    (``named``) gets none."""
    taken = {c.start for c in named if c.start is not None}
    out: list[Citation] = []
    seen: set[int] = set()
    for phrase, s, e in found:
        sent = doc.sentence_at(s)
        start, end = (sent.start, sent.end) if sent else (s, e)
        if start in taken or start in seen:
            continue
        seen.add(start)
        out.append(Citation(id=make_id("citation", doc.document_id, "attribution", phrase, start),
                            document_id=doc.document_id, kind="attribution", source=phrase,
                            start=start, end=end))
    return sorted(out, key=lambda c: (c.start or 0, c.source or ""))
