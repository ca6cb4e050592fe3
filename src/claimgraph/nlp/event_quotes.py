"""Statements told with what was said first: the quotation or the clause, then its speaker.

Outlets often open with the words and name the speaker after them: "«…», — заявил 11 июля Салливан",
"“…,” Peskov told reporters", "КНДР отправила в РФ более 1000 контейнеров, сообщил Кирби". Three
things follow for the event layer:

- the verb's plans and negations are its own: "готовится" or "не" inside the quotation tells what
  was said, not that the saying is planned or did not happen (:func:`after_quote`);
- a parser often makes the clause told first a sentence root of its own and the saying verb a
  second root; the clause is still what the speaker said (:func:`clause_told_first`);
- a report without its publication date gives a statement a day without a year ("17 апреля
  заявил", "on Dec. 17"): the day cannot be resolved, but it still marks a statement made on a day
  (:func:`unresolved_day`, :func:`unresolved_day_tokens`).
"""
from __future__ import annotations

import re

from claimgraph.nlp.dates import MONTHS_EN, MONTHS_RU, MONTHS_RU_SHORT
from claimgraph.nlp.doc import AnalyzedDoc, Sentence

#: marks that close a quotation
_CLOSING = "»”\""
#: words a day-month date may carry besides its day and month ("on Dec. 17", "в понедельник, 17 апреля")
_FILLER = frozenset({"on", "в", "во", "the", "of"})
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")


def _month(word: str, lang: str) -> bool:
    """Whether a word of a date's text names a month ("апреля", "Dec.", "July")."""
    w = word.lower().rstrip(".")
    if lang == "ru":
        return w in MONTHS_RU_SHORT or any(w.startswith(stem) and (stem != "ма" or w in ("май", "мая", "мае"))
                                           for stem in MONTHS_RU)
    return len(w) >= 3 and w[:3] in MONTHS_EN


def unresolved_day(text: str, lang: str) -> bool:
    """Whether a date's text is a day of a month without a year ("17 апреля", "Dec. 17", "July 11th")."""
    words = [w for w in _WORDS.findall(text.lower() if lang == "ru" else text) if w.lower() not in _FILLER]
    days = [w for w in words if w.isdigit()]
    months = [w for w in words if not w.isdigit() and _month(w, "ru" if lang == "ru" else "en")]
    suffix = [w for w in words if w.lower() in ("st", "nd", "rd", "th")]
    return (len(days) == 1 and 1 <= int(days[0]) <= 31 and len(months) == 1
            and len(words) == 2 + len(suffix))


def unresolved_day_tokens(doc: AnalyzedDoc, sent: Sentence, lang: str) -> set[int]:
    """The tokens of a sentence inside a day-month date the report could not resolve to a year."""
    out: set[int] = set()
    for d in doc.dates:
        if sent.start <= d.start < sent.end and not d.time.start and unresolved_day(d.text, lang):
            out |= {i for i, t in enumerate(sent.tokens) if d.start <= t.start < d.end}
    return out


def after_quote(doc: AnalyzedDoc, sent: Sentence, verb: int) -> bool:
    """Whether the verb follows a quotation closed earlier in its sentence ("«…», — заявил", "“…,” he
    said"): the words quoted are the speaker's, so their plans and negations are not the verb's."""
    at = sent.tokens[verb].start
    before = doc.text[sent.start:at]
    close = max(before.rfind(q) for q in _CLOSING)
    if close < 0:
        return False
    if before[close] == '"' and before.count('"') % 2 == 1:
        return False  # an opening straight quote: the verb is inside it
    return before.count("«") <= before.count("»") and before.count("“") <= before.count("”")


def clause_told_first(sent: Sentence, verb: int) -> int | None:
    """"КНДР отправила в РФ …, сообщил Кирби": when the parser makes the saying verb a second root
    after a comma, the root told before it is the clause said."""
    toks = sent.tokens
    if toks[verb].dep != "root" or verb < 2 or toks[verb - 1].text not in (",", "—", "–", "-"):
        return None
    roots = [k for k in range(verb) if toks[k].dep == "root" and toks[k].pos == "VERB"]
    return roots[-1] if roots else None


_DAY_OF_MONTH = re.compile(
    r"(?i)(?<!\d)([0-3]?\d)\s+(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада"
    r"|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\w])(?!\s+\d{4})")


def named_day(text: str) -> str | None:
    """The first day of a month a Cyrillic text names without a year ("17 квітня" → "17 квітня"), in
    lower case; two statements of one type told on different such days are two statements even when
    neither day resolves."""
    m = _DAY_OF_MONTH.search(text)
    return f"{int(m.group(1))} {m.group(2).lower()}" if m else None


#: "об этом", "про це": the pronoun by which a saying verb points to the news just told
_THIS = frozenset({"это", "це"})
_ABOUT = frozenset({"о", "об", "обо", "про"})


def about_this(sent: Sentence, verb: int) -> bool:
    """"Об этом сообщил генсек правительства …": a past saying verb whose object is the news the report
    has just told; its speaker is the source of that news, a statement told after its words."""
    toks = sent.tokens
    if "Tense=Past" not in toks[verb].feats:
        return False  # "об этом сообщает агентство": a medium relaying, in the present
    kids = [c for c, t in enumerate(toks) if t.head == verb and c != verb]
    return any(toks[c].dep.split(":")[0] in ("obl", "obj", "iobj") and (toks[c].lemma or toks[c].text).lower() in _THIS
               and any(toks[k].head == c and toks[k].text.lower() in _ABOUT for k in range(max(0, c - 2), c))
               for c in kids)




#: opening and closing quotation marks of a quoted term
_OPENING, _CLOSING = "«“„\"", "»”\""
#: the most words a quoted term has ("«удар в спину»", "a “hybrid attack”"); a longer quotation is words said
TERM_WORDS = 4


def quoted_term(text: str, start: int, end: int, at: int) -> bool:
    """Whether the word at offset ``at`` of the sentence ``text[start:end]`` stands in a short quoted
    term ("нанесла «удар в спину»", "called it a “hybrid attack”"): a figure or someone's label, not
    the act it names."""
    opened = max(text.rfind(q, start, at) for q in _OPENING)
    if opened < 0:
        return False
    if any(q in text[opened + 1:at] for q in _CLOSING if q != '"') or text[opened] != '"' and '"' in text[opened + 1:at]:
        return False
    closed = min((k for k in (text.find(q, at, end) for q in _CLOSING) if k >= 0), default=-1)
    if closed < 0:
        return False
    inner = text[opened + 1:closed]
    if any(q in inner for q in _OPENING + _CLOSING):
        return False
    return 0 < len(inner.split()) <= TERM_WORDS


__all__ = ["TERM_WORDS", "about_this", "after_quote", "clause_told_first", "named_day", "quoted_term", "unresolved_day",
           "unresolved_day_tokens"]
