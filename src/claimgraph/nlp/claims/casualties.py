"""Counts of people a strike, an attack or an accident harmed: figures a speaker states.

A report of a strike gives how many were killed, injured or taken to hospital, and says whose figures
they are ("three people were killed and 35 injured, the governor said", "погибли три человека,
заявил глава региона", "35 человек госпитализированы, 10 из них в тяжелом состоянии"). Such a count
fits no other predicate; told by a speaker it is ``states`` (:mod:`.statements` finds the speaker).

A figure counts the harmed when

- its noun names them ("35 injured", "at least 24 wounded", "три жертвы", "двое погибших"), or
- its noun names people ("three people", "20 мирных жителей", "24 працівники", "35 others") and its
  clause tells of harm (killed, died, injured, wounded, hospitalised, in critical condition;
  погибли, пострадали, ранены, госпитализированы, в тяжелом состоянии; загинули, постраждали), or
- it is a part of a count told before ("ten of them", "seven of whom", "10 из них") or a bare number
  standing as the subject ("и 37 получили ранения") in a clause of harm, or
- it is what a toll of the harmed rose or came to ("the death toll rose to 12", "число пострадавших
  увеличилось до 18", "the number of injured reached 40").

A count of people in a clause of anything else (sent, trained, employed, gathered) is no casualty.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.model import Quantity
from claimgraph.nlp.claims.build import _clause_verb
from claimgraph.nlp.claims.sentence import _case, _kids, _Sent, _token_at
from claimgraph.nlp.doc import Token

#: nouns (lemmas, lower case; prefixes for Russian and Ukrainian) that name the harmed themselves
_HARMED_WORDS = frozenset({"dead", "killed", "injured", "wounded", "casualty", "casualties", "fatality",
                           "victim", "hurt", "hospitalized", "hospitalised"})
_HARMED_PREFIXES = ("погибш", "ранен", "пострадавш", "жертв", "убит", "загибл", "поранен", "постраждал",
                    # the participle as a noun lemmatised to its verb: "13 пострадавших" → "пострадать"
                    "пострадать", "погибнуть", "постраждати", "загинути")
#: nouns of people: a count of them is a casualty count in a clause of harm
_PEOPLE_WORDS = frozenset({"person", "people", "civilian", "resident", "worker", "employee", "child", "patient",
                           "children", "man", "men", "woman", "women", "soldier", "serviceman", "servicemen",
                           "passenger", "other", "others", "citizen", "local", "staff", "firefighter",
                           "rescuer", "student"})
_PEOPLE_PREFIXES = ("человек", "люд", "жител", "ребен", "ребён", "дет", "работник", "рабоч", "пациент", "сотрудник",
                    "военнослужащ", "пассажир", "граждан", "мирн", "спасател", "пожарн", "мешкан", "дитин",
                    "діт", "працівник", "працивник", "військов", "цивільн", "пасажир", "громадян",
                    "рятувальн")
#: words of a part of a count told before: "ten of them", "seven of whom", "10 из них"
_PARTITIVE = frozenset({"them", "whom", "those", "these", "which", "they", "они", "них", "которых", "які",
                        "яких", "вони", "їх"})
#: words (lemma or form prefixes) that make a clause one of harm to people
_HARM_PREFIXES = ("kill", "injur", "wound", "hurt", "hospitali", "casualt", "fatalit", "critical", "victim",
                  "serious", "погиб", "гибел", "убит", "умер", "скончал", "пострада", "ранен", "ранил",
                  "ранени", "травм", "госпитализ", "тяжел", "тяжёл", "стационар", "больниц", "жертв", "загин",
                  "загиб", "постражд", "поранен", "поранил", "госпіталіз", "тяжк", "лікарн", "травмув")
_HARM_WORDS = frozenset({"die", "died", "dead", "death", "deaths"})
#: prepositions of a part: "of them", "из них", "з них"
_OF = frozenset({"of", "из", "з", "із"})
#: relations of a verb that opens a clause of its own
_OTHER_CLAUSES = frozenset({"conj", "parataxis", "ccomp", "advcl", "csubj"})
#: nouns of a count that a toll of the harmed is: "the number of injured", "death toll", "число погибших"
_TOLL_NOUNS = frozenset({"number", "toll", "count", "число", "количество", "кількість"})
#: the unit a part of a count of people takes
_PERSON = {"en": "person", "ru": "человек"}


def harmed_count(sx: _Sent, q: Quantity, lang: str) -> Quantity | None:
    """``q`` when it counts people harmed (its unit set to "person" / "человек" when it is a part
    of a count told before, "ten of them"), else None."""
    if q.start is None or q.value is None:
        return None
    t = _number_token(sx, q)
    unit = (q.unit or "").lower()
    if unit in _HARMED_WORDS or unit.startswith(_HARMED_PREFIXES):
        return q
    people = unit in _PEOPLE_WORDS or unit.startswith(_PEOPLE_PREFIXES)
    if not people and q.unit is None and _toll(sx, t):
        return replace(q, unit=_PERSON.get(lang, "person"))
    part = not people and (_partitive(sx, t, unit) or _bare_subject(sx, t, q))
    if not (people or part) or not _harm_told(sx, t):
        return None
    return replace(q, unit=_PERSON.get(lang, "person")) if part else q


def _bare_subject(sx: _Sent, t: int, q: Quantity) -> bool:
    """Whether a number with no noun is the subject of its clause ("Шесть человек погибли и 37
    получили ранения", "two were killed"): it counts people, whom a clause of harm tells of."""
    return q.unit is None and sx.sent.tokens[t].dep.split(":")[0] == "nsubj"


def _toll(sx: _Sent, t: int) -> bool:
    """Whether the number is what a count of the harmed came to: the subject of its clause is a count
    noun ("number", "toll", "число") told of the harmed ("of injured", "death", "пострадавших")."""
    toks = sx.sent.tokens
    v = _clause_verb(sx, t)
    if v is None:
        return False
    for n in _kids(sx, v, "nsubj"):
        if sx.lemmas[n] in _TOLL_NOUNS and any(_harm_word(toks[c]) for c in _kids(sx, n, "nmod", "compound", "amod")):
            return True
    return False


def _number_token(sx: _Sent, q: Quantity) -> int:
    """The token of the number itself, past a qualifier that opens the quantity ("at least three")."""
    toks = sx.sent.tokens
    t = _token_at(sx.sent, q.start or 0)
    for i in range(t, min(len(toks), t + 5)):
        if toks[i].start >= (q.end or 0):
            break
        if toks[i].pos == "NUM":
            return i
    return t


def _partitive(sx: _Sent, t: int, unit: str) -> bool:
    """Whether the number counts a part of a group named by a pronoun: "ten of them", "10 из них"."""
    if unit in _PARTITIVE:
        return True
    toks = sx.sent.tokens
    for c in _kids(sx, t, "nmod", "obl"):
        words = {toks[c].text.lower(), toks[c].lemma.lower()}
        if toks[c].pos == "PRON" and words & _PARTITIVE and set(_case(sx, c).split()) & _OF:
            return True
    return False


def _harm_told(sx: _Sent, t: int) -> bool:
    """Whether the clause of the number tells of harm: its verb and the words it governs, or the
    noun the number counts and the words it governs ("35 others were injured", "три жертвы")."""
    toks = sx.sent.tokens
    head = _clause_verb(sx, t)
    tops = [head] if head is not None else []
    if 0 <= toks[t].head < len(toks):
        tops.append(toks[t].head)
    return any(_harm_word(toks[i]) for top in tops for i in _clause(sx, top))


def _clause(sx: _Sent, top: int, limit: int = 40) -> set[int]:
    """The tokens under ``top`` short of another verb's clause joined to it ("killed and began to
    rebuild": the rebuilding is another act)."""
    toks = sx.sent.tokens
    out, todo = {top}, [top]
    while todo and len(out) < limit:
        for c in sx.children[todo.pop()]:
            if c in out or toks[c].pos in ("VERB", "AUX") and toks[c].dep.split(":")[0] in _OTHER_CLAUSES:
                continue
            out.add(c)
            todo.append(c)
    return out


def _harm_word(tok: Token) -> bool:
    words = (tok.lemma.lower(), tok.text.lower())
    return any(w in _HARM_WORDS or w.startswith(_HARM_PREFIXES) for w in words)


__all__ = ["harmed_count"]
