"""Criminal cases: arrests, charges and indictments, and the sanctions they are about.

A report of an export or smuggling case tells its acts (a suspect arrested, a group charged, an
indictment unsealed) and what the case is about ("a sanctions-evasion scheme", "shipped parts to
sanctioned firms"). The acts are events of type ``other``; the sanctions they are about are no
sanction event:

- a case word counts where the **report** is about such a case ("he was arrested in Germany" in a
  story whose lead tells of an export scheme), not only where its own sentence names it;
- a sanction word under a case act ("charged with evading sanctions", "обвиняются в обходе
  санкций") is what the case is about;
- "sanctioned" before its noun ("shipped chips to sanctioned firms") describes the firms, and
  "sanctions" compounded with a noun that names no event ("a sanctions-evasion scheme", "sanctions
  violations") qualifies that noun.
"""
from __future__ import annotations

from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence

#: lemmas of the acts of a criminal case (English and Russian)
CASE_ACTS = frozenset({
    "charge", "indict", "indictment", "arrest", "detain", "extradite", "extradition",
    "арестовать", "задержать", "обвинение", "арест", "задержание", "экстрадировать", "экстрадиция",
    # accusing, told of the accused (see :mod:`claimgraph.nlp.event_subjects`)
    "accuse", "обвиняться", "обвинять", "обвинить",
})
#: words (stems) that make a whole report one about a criminal case: a prosecutor, an indictment,
#: smuggling, espionage, a criminal court
REPORT_OF_A_CASE = ("prosecutor", "indictment", "indicted", "smuggl", "espionage", "money launder",
                    "department of justice", "justice department", "criminal complaint",
                    "прокурор", "прокуратур", "контрабанд", "шпион", "уголовн", "обвинительн")
#: the relations of a word that only modifies the noun after it
_MODIFYING = frozenset({"amod", "compound", "nummod", "det", "nmod:poss", "punct"})


def case_context(lemma: str, sentence: str, document: str, words: tuple[str, ...]) -> bool:
    """Whether a case act's sentence names what such a case is about, or its report is one of a case."""
    if any(w in sentence for w in words):
        return True
    if lemma not in CASE_ACTS:
        return False
    lowered = document.lower()
    return any(w in lowered for w in REPORT_OF_A_CASE)


def under_a_case(sent: Sentence, i: int) -> bool:
    """A sanction word within the phrase of a case act: "charged with violating sanctions"."""
    toks = sent.tokens
    return any((toks[h].lemma or toks[h].text).lower() in CASE_ACTS and toks[h].pos in ("VERB", "NOUN")
               for h in tree.ancestors(toks, i, 6))


def describes_a_noun(sent: Sentence, i: int, triggers: dict[str, str]) -> bool:
    """"to sanctioned firms": a participle with no auxiliary whose object follows it at once;
    "a sanctions-evasion scheme": a noun compounded with a noun that names no event."""
    toks = sent.tokens
    tok = toks[i]
    if tok.pos == "VERB" and "VerbForm=Part" in tok.feats:
        if any(t.head == i and t.dep.startswith(("aux", "nsubj")) and t.pos != "PART" for t in toks):
            return False
        obj = next((c for c, t in enumerate(toks) if t.head == i and t.dep == "obj"), None)
        return obj is not None and obj > i and all(
            toks[k].dep in _MODIFYING and toks[k].head in range(i + 1, obj + 1) for k in range(i + 1, obj))
    if tok.pos == "NOUN" and tok.dep == "compound":
        h = tok.head
        head = (toks[h].lemma or toks[h].text).lower()
        return 0 <= h < len(toks) and h != i and toks[h].pos == "NOUN" and head not in triggers
    return False


__all__ = ["CASE_ACTS", "case_context", "describes_a_noun", "under_a_case"]
