"""Event words that tell no new event of a report: background, habits, purposes and descriptions.

A news report tells one or a few events and surrounds them with context. A trigger word in that
context names a kind of event, not one that happened on a day the report is about:

- **a span reaching up to now** ("have imposed sanctions since 2022", "the first visit since 2000",
  "с 2022 года ввели"): an ongoing or repeated activity;
- **repetition** ("have repeatedly visited", "visited more than six times", "регулярно атакуют"):
  many events, none of them told;
- **a purpose or an attempt** ("uses the drones to strike cities", "tried to attack a refinery",
  "чтобы атаковать"): what something is for, or a step of an event told elsewhere;
- **a standing condition** ("despite sanctions", "under sanctions", "под санкциями", "thanks to
  agreements", "circumventing sanctions", "blamed it on sanctions imposed by Washington"): the
  state things are in, or its cause;
- **a count** ("this is his second visit", "это уже второй визит"): events of a kind, counted;
- **a thing that arrives** ("a drone arrived at the refinery", "troops arrived in Russia"): a visit
  verb without a visitor;
- **a response** ("the attempts must be met with pressure"): "meet" in the passive with a thing for
  subject;
- **a description of a noun** ("a sanctioned manufacturer", "the agreed package", "a fair
  position"): a participle or an adjective before its noun;
- **a sum or a recollection** ("In June, the army launched 5,500 drones"): a strike dated only
  to a month or a year;
- **news from no one in particular** ("reports said"): what others said, passed on;
- **a retelling of the event just told** ("This was announced on Monday", "The decision was
  announced by the press service"): the announcing of what the report already said.

Each rule reads only the dependency parse and word classes, so it holds for reports in any
register of either parsed language.
"""
from __future__ import annotations

from claimgraph.model import TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.doc import Sentence
from claimgraph.nlp.event_ahead import governing_verb
from claimgraph.nlp.lexicon import ROLE_NOUNS

#: prepositions that open a span reaching up to the time of writing
_SINCE = frozenset({"since"})
#: Russian "с" is "since" only before a date, and "начиная с" always
_SINCE_RU = frozenset({"с", "со"})
#: a range "с 1 по 5 марта", "с понедельника до среды" is an interval, not a span up to now
_RANGE_END = frozenset({"по", "до"})
#: adverbs of repetition
_REPEATED = frozenset({"repeatedly", "regularly", "routinely", "frequently", "often", "constantly",
                       "неоднократно", "регулярно", "многократно", "систематически", "постоянно", "часто"})
#: "не раз", "не однажды": more than once
_ONCE = frozenset({"раз", "однажды"})
#: adjectives of repetition on an event noun ("repeated trips", "regular attacks")
_REPEATED_ADJ = frozenset({"repeated", "repeat", "regular", "frequent", "daily", "nightly", "weekly",
                           "constant", "routine", "регулярный", "ежедневный", "еженощный", "постоянный",
                           "неоднократный", "многочисленный"})
#: verbs that change how much of something there is: their event objects are a trend ("intensified
#: drone attacks", "наращивает удары")
_TREND = frozenset({"increase", "expand", "intensify", "escalate", "boost", "double", "reduce", "step",
                    "усилить", "усиливать", "наращивать", "нарастить", "увеличить", "увеличивать",
                    "активизировать"})
#: nouns of time after which an event noun is not a qualifier ("the attack last night")
_TIME_NOUNS = frozenset({"night", "day", "week", "month", "year", "morning", "evening", "time", "weekend"})
#: nouns that count repetitions ("six times", "on several occasions", "несколько раз")
_TIMES = frozenset({"time", "times", "occasion", "occasions", "раз"})
#: prepositions after which an event noun is a standing condition ("despite sanctions", "under
#: sanctions", "amid talks", "несмотря на санкции")
_CONDITION = frozenset({"despite", "amid", "amidst", "under", "несмотря", "благодаря", "под"})
#: heads after which an event noun is the cause of a state ("thanks to agreements with X")
_CAUSE_HEADS = frozenset({"thanks", "thank", "circumvention", "evasion", "обход", "уклонение",
                          # "in violation of sanctions", "соблюдение ограничений": a measure in force, kept or broken
                          "violation", "breach", "compliance", "observance", "нарушение", "соблюдение"})
#: verbs whose object is a standing measure, evaded, kept or broken ("circumvent sanctions", "observes
#: UN sanctions", "violated the embargo", "обходить санкции", "соблюдает ограничения")
_CIRCUMVENT = frozenset({"circumvent", "evade", "bypass", "skirt", "sidestep", "обходить", "обойти",
                         "observe", "respect", "honor", "honour", "violate", "breach", "flout", "ignore", "defy",
                         "соблюдать", "соблюсти", "нарушать", "нарушить", "игнорировать", "выполнять"})
#: things that arrive without visiting: weapons, vehicles and cargo ("a drone arrived at the
#: refinery", "the missile system arrived in Belarus")
_CARRIED = frozenset({"drone", "uav", "missile", "rocket", "system", "shipment", "cargo", "consignment",
                      "engine", "train", "vessel", "ship", "aircraft", "plane", "munition",
                      "беспилотник", "дрон", "ракета",
                      "комплекс", "груз", "партия", "самолет", "самолёт", "поезд", "судно", "двигатель"})
#: people under arms: their arrival is a deployment ("some troops had already arrived in Russia")
_FORCES = frozenset({"troop", "troops", "soldier", "personnel", "serviceman", "servicemen", "military", "force",
                     "forces", "contingent", "unit", "battalion", "brigade", "военнослужащий", "солдат", "военный",
                     "войска", "войско", "контингент", "подразделение", "батальон", "бригада"})
#: nouns of a quantity of something ("a first group of soldiers", "партия дронов"): what it counts arrives
_COLLECTIVE = frozenset({"group", "batch", "wave", "convoy", "shipment", "number", "dozen", "hundred", "thousand",
                         "группа", "партия", "колонна", "волна", "сотня", "десяток"})
#: verbs of meeting, and the nouns of people who can be met
_MEET = frozenset({"meet"})
_PERSONS = ROLE_NOUNS | frozenset({"delegation", "guest", "visitor", "official", "delegate", "team", "he", "she"})
#: verbs of an attempt: the attempted act is part of an event told elsewhere
_ATTEMPT = frozenset({"try", "attempt", "пытаться", "попытаться", "стараться"})
#: markers of a purpose clause
_PURPOSE = frozenset({"to", "чтобы", "дабы"})
#: announcing and reporting verbs
_ANNOUNCE = frozenset({"announce", "report", "confirm", "объявить", "сообщить", "подтвердить"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "этот", "тот", "данный"})


def _lemma(sent: Sentence, i: int) -> str:
    t = sent.tokens[i]
    return (t.lemma or t.text).lower()


def _children(sent: Sentence, i: int) -> list[int]:
    return [c for c, t in enumerate(sent.tokens) if t.head == i and c != i]


def _clause(sent: Sentence, i: int) -> list[int]:
    """The trigger and, for a noun, the verb it depends on: the words whose modifiers date it."""
    toks = sent.tokens
    out = [i]
    h = tree.head(toks, i)
    if toks[i].pos in ("NOUN", "PROPN") and h is not None and toks[h].pos in ("VERB", "AUX"):
        out.append(h)
    return out


def since_now(sent: Sentence, i: int, dated: frozenset[int] = frozenset(),
              days: frozenset[int] = frozenset()) -> bool:
    """A trigger (or the verb of a noun trigger) that a "since" phrase modifies: an activity going
    on up to the time of writing. ``dated`` are the token indexes inside date mentions, which Russian
    "с" needs to mean "since"; ``days`` those inside dates of one day, where a span starts with an
    event ("с 17 декабря заступил на дежурство": put on duty that day)."""
    toks = sent.tokens
    for k in _clause(sent, i):
        for c in _children(sent, k):
            if toks[c].dep.split(":")[0] not in ("obl", "nmod", "advcl", "obl:tmod"):
                continue
            if c in days:
                continue
            marks = [_lemma(sent, m) for m in _children(sent, c) if toks[m].dep in ("case", "mark")]
            if any(m in _SINCE for m in marks):
                return True
            if any(m in _SINCE_RU for m in marks) and c in dated and not any(
                    _lemma(sent, m) in _RANGE_END for m in _children(sent, c)):
                return True
    return False


def condition(sent: Sentence, i: int) -> bool:
    """An event noun after "despite", "under", "amid", "thanks to", "благодаря": a standing condition
    or the cause of one, not a new event."""
    toks = sent.tokens
    h = tree.head(toks, i)
    if toks[i].pos == "NOUN" and h is not None and (_lemma(sent, h) in _CAUSE_HEADS or (
            _lemma(sent, h) in _CIRCUMVENT and toks[i].dep.startswith("obj"))):
        return True  # "thanks to agreements", "обход ограничений", "sidestep sanctions"
    return toks[i].pos == "NOUN" and any(toks[c].dep in ("case", "mark") and _lemma(sent, c) in _CONDITION
                                         for c in _children(sent, i))


def imposed_before(sent: Sentence, i: int) -> bool:
    """"attributed it to sanctions imposed by Washington", "из-за санкций, введённых США": sanctions
    named in an oblique phrase and described by a past participle are a standing condition that
    explains something else, not sanctions the report tells being imposed."""
    toks = sent.tokens
    if toks[i].pos != "NOUN" or toks[i].dep.split(":")[0] not in ("obl", "nmod"):
        return False
    return any(toks[c].dep.startswith("acl") and toks[c].pos == "VERB" and "VerbForm=Part" in toks[c].feats
               and "Tense=Pres" not in toks[c].feats for c in _children(sent, i))


def _more_than_once(sent: Sentence, c: int) -> bool:
    """"не раз", "не однажды": "more than once", told with a negation."""
    return _lemma(sent, c) in _ONCE and any(_lemma(sent, n) == "не" for n in (*_children(sent, c), c - 1) if n >= 0)


def repeated(sent: Sentence, i: int) -> bool:
    """A trigger told as many times over: a repetition adverb or a count of times beside it, on the
    trigger or on the verb it hangs on through nouns ("неоднократно посещали … для участия в испытаниях")."""
    toks = sent.tokens
    if toks[i].pos == "NOUN" and any(toks[c].dep == "amod" and _lemma(sent, c) in _REPEATED_ADJ
                                     for c in _children(sent, i)):
        return True
    verb = governing_verb(sent, i) if toks[i].pos == "NOUN" else None
    for k in dict.fromkeys([*_clause(sent, i), *([verb] if verb is not None else [])]):
        for c in _children(sent, k):
            word = _lemma(sent, c)
            if toks[c].dep.startswith("advmod") and word in _REPEATED or _more_than_once(sent, c):
                return True
            counted = (toks[c].pos == "NOUN" and word in _TIMES
                       and toks[c].dep.split(":")[0] in ("obl", "nmod"))
            if counted and any(
                    toks[n].pos == "NUM" or _lemma(sent, n) in ("several", "many", "несколько", "много")
                    for n in _children(sent, c)):
                return True
    return False


def purpose_or_attempt(sent: Sentence, i: int) -> bool:
    """A trigger verb in the infinitive that tells what something is for or what someone tried
    ("used drones to attack", "tried to attack", "чтобы нанести удар")."""
    toks = sent.tokens
    tok = toks[i]
    if tok.pos != "VERB" or tok.dep.split(":")[0] not in ("xcomp", "advcl"):
        return False
    h = tree.head(toks, i)
    if h is not None and _lemma(sent, h) in _ATTEMPT:
        return True
    marked = any(toks[c].dep in ("mark", "aux") and _lemma(sent, c) in _PURPOSE for c in _children(sent, i))
    return marked and (
        h is None or toks[h].pos in ("VERB", "AUX"))


def trend(sent: Sentence, i: int) -> bool:
    """An event noun that a verb of change takes as its object ("intensified drone attacks",
    "expanding attacks on ports"): a trend, not an act."""
    toks = sent.tokens
    h = tree.head(toks, i)
    return (toks[i].pos == "NOUN" and toks[i].dep.startswith("obj") and h is not None
            and _lemma(sent, h) in _TREND)


def qualifier(sent: Sentence, i: int) -> bool:
    """An English event noun that qualifies the noun after it ("attack and surveillance drones",
    "a long-range attack unmanned aerial vehicle"): a kind of weapon, whatever the parse says. A
    plural ("attacks on ports") or a noun before a time ("the attack last night") is the act."""
    toks = sent.tokens
    tok = toks[i]
    if tok.pos != "NOUN" or not tok.text.isascii():
        return False
    if "Number=Plur" in tok.feats or tok.text.lower().endswith("s"):
        return False
    k = i + 1
    if k < len(toks) and toks[k].pos == "CCONJ":  # "attack and surveillance drones"
        k += 1
        if not (k < len(toks) and toks[k].pos in ("NOUN", "ADJ")):
            return False
        k += 1
    while k < len(toks) and toks[k].pos == "ADJ":
        k += 1
    return k < len(toks) and toks[k].pos == "NOUN" and _lemma(sent, k) not in _TIME_NOUNS


def no_visitor(sent: Sentence, i: int) -> bool:
    """A visit verb whose subject is a weapon, a vehicle, cargo or troops: a delivery, a strike or a
    deployment, no visit."""
    toks = sent.tokens
    if toks[i].pos != "VERB":
        return False
    for c in _children(sent, i):
        if not toks[c].dep.startswith("nsubj"):
            continue
        if _lemma(sent, c) in _CARRIED | _FORCES:
            return True
        if _lemma(sent, c) in _COLLECTIVE and any(  # "a first group of soldiers arrived"
                toks[g].dep.startswith("nmod") and _lemma(sent, g) in _CARRIED | _FORCES for g in _children(sent, c)):
            return True
    return False


def met_with_a_response(sent: Sentence, i: int) -> bool:
    """"Meet" in the passive whose subject is a thing, not a person ("the attempts must be met with
    pressure", "the proposal was met with criticism"): a response, no meeting."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or _lemma(sent, i) not in _MEET:
        return False
    subjects = [c for c in _children(sent, i) if toks[c].dep == "nsubj:pass"]
    return any(toks[c].pos == "NOUN" and _lemma(sent, c) not in _PERSONS for c in subjects)


def no_weapon(sent: Sentence, i: int) -> bool:
    """"Hit" whose doer is no weapon ("the measures also hit a firm"): a sanction's reach, not a
    strike. A strike names what hit ("drones hit a plant", "was hit by a missile")."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or _lemma(sent, i) != "hit":
        return False
    doers = [c for c in _children(sent, i) if toks[c].dep in ("nsubj", "obl:agent")]
    return not any(_lemma(sent, c) in _CARRIED for c in doers)


def in_relative_clause(sent: Sentence, i: int) -> bool:
    """An event noun as the subject or object of a relative clause ("the year when sanctions were
    imposed", "allies, which slammed the summit"): it describes the noun the clause hangs on, as a
    trigger verb there does. ("Putin, who was welcomed for a state visit" tells the visit.)"""
    toks = sent.tokens
    h = tree.head(toks, i)
    return (toks[i].pos == "NOUN" and toks[i].dep.split(":")[0] in ("nsubj", "obj") and h is not None
            and toks[h].pos in ("VERB", "AUX") and toks[h].dep == "acl:relcl")


#: words of counting events ("the second visit", "его третья поездка")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "первый", "второй",
                       "третий", "четвертый", "четвёртый", "пятый", "очередной", "последний"})
#: pronouns that point to what was told ("это", "this", "it")
#: nouns of a large number of things ("thousands of sanctions")
_BULK = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
                   "millions", "тысяча", "сотня", "десяток", "множество", "масса"})
_POINTING = frozenset({"это", "this", "it", "that", "то"})


def counted(sent: Sentence, i: int) -> bool:
    """"This is his second visit", "это уже второй визит": an event noun with an ordinal as the
    predicate of a pronoun counts events of a kind; it tells none. Nor do events counted in bulk
    ("the latest of thousands of sanctions"); an act on them is still one ("announced hundreds of
    sanctions")."""
    toks = sent.tokens
    h0 = tree.head(toks, i)
    if (toks[i].pos == "NOUN" and h0 is not None and toks[i].dep.split(":")[0] == "nmod" and _lemma(sent, h0) in _BULK
            and toks[h0].dep not in ("obj", "nsubj:pass")):
        return True
    kids = _children(sent, i)
    h = tree.head(toks, i)
    subjects = kids + (_children(sent, h) if toks[i].dep == "attr" and h is not None else [])  # "this is … visit"
    return (toks[i].pos == "NOUN" and any(toks[c].dep.startswith("nsubj") and _lemma(sent, c) in _POINTING
                                          for c in subjects)
            and any(toks[c].dep == "amod" and _lemma(sent, c) in _ORDINALS for c in kids))


#: relative pronouns that stand for a person ("Austin, who arrived", "Путин, который прибыл")
_WHO = frozenset({"who", "который"})


def dated_relative(sent: Sentence, i: int, days: frozenset[int] = frozenset()) -> bool:
    """A trigger verb in a relative clause about a named person that dates it to a day ("Austin, who
    arrived in Kyiv on Monday, said"): the clause tells that person's act of that day, not a
    description. ``days`` are the token indexes inside the sentence's one-day dates."""
    toks = sent.tokens
    h = tree.head(toks, i)
    if toks[i].dep != "acl:relcl" or h is None or toks[h].pos != "PROPN":
        return False
    if not any(toks[c].dep.startswith("nsubj") and _lemma(sent, c) in _WHO for c in _children(sent, i)):
        return False
    return any(d in days and (toks[d].head == i or tree.head(toks, toks[d].head) == i) for d in days)


#: nouns of news that media pass on ("reports said", "сообщения утверждают")
_NEWS = frozenset({"report", "сообщение"})
#: verbs by which news tells what it tells
_TELL = frozenset({"say", "suggest", "claim", "indicate", "state", "утверждать", "говориться", "сообщать"})


def unnamed_reports(sent: Sentence, i: int) -> bool:
    """"Reports said Russia offered …", "сообщения утверждают": news from no one in particular, a
    plural news noun without a determiner as the subject of a verb of telling, passes on what others
    said; it makes no statement of its own."""
    toks = sent.tokens
    h = tree.head(toks, i)
    return (toks[i].pos == "NOUN" and _lemma(sent, i) in _NEWS and "Number=Plur" in toks[i].feats
            and toks[i].dep.startswith("nsubj") and h is not None and _lemma(sent, h) in _TELL
            and not any(toks[c].dep == "det" for c in _children(sent, i)))


#: future auxiliaries of English
_WILL = frozenset({"will", "shall", "'ll"})


def future_act(sent: Sentence, i: int, days: frozenset[int]) -> bool:
    """An act told in the future without a day ("will be placed on combat duty by the end of the
    year"): a plan, not an event. With a day named ("on 17 January") it is scheduled, and counted
    elsewhere."""
    toks = sent.tokens
    if days:
        return False
    return any(toks[c].dep.startswith("aux") and toks[c].text.lower() in _WILL
               for k in _clause(sent, i) for c in _children(sent, k))


def descriptive(sent: Sentence, i: int) -> bool:
    """A participle describing a noun ("a sanctioned maker", "the agreed package")."""
    tok = sent.tokens[i]
    return tok.pos == "VERB" and tok.dep == "amod"


def attributive(sent: Sentence, i: int) -> bool:
    """An English adjective standing before a noun ("an objective and fair position"): the word in
    its adjective sense, not the event noun a tagger may also call an adjective ("the defence fair
    in Istanbul"). Russian event adjectives ("санкционный список") are triggers by design."""
    toks = sent.tokens
    tok = toks[i]
    if tok.pos != "ADJ" or not tok.text.isascii():
        return False
    k = i + 1
    while k < len(toks) and (toks[k].pos in ("ADJ", "CCONJ") or toks[k].text == ","):
        k += 1  # "fair and open talks"
    return k < len(toks) and toks[k].pos == "NOUN"


def retold_announcement(sent: Sentence, i: int) -> bool:
    """"This was announced on Monday", "The decision was announced by the press service": an
    announcing verb whose passive subject is a pronoun or a definite noun tells again, as news, what
    the report has told."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or _lemma(sent, i) not in _ANNOUNCE:
        return False
    for c in _children(sent, i):
        if toks[c].dep != "nsubj:pass":
            continue
        if toks[c].pos == "PRON":
            return True
        if toks[c].pos == "NOUN" and any(toks[d].dep == "det" and _lemma(sent, d) in _DEFINITE
                                         for d in _children(sent, c)):
            return True
    return False


#: acts of force that come in waves: strikes, attacks, launches, shelling, deployments
_WAVES = frozenset({"attack", "strike", "launch", "fire", "shell", "shelling", "shoot", "deploy",
                    "deployment",
                    "атаковать", "атака", "удар", "обстрел", "обстрелять", "запустить", "сбить"})


def in_aggregate(kind: str, lemma: str, time: TimeRef | None) -> bool:
    """A strike, launch or deployment that its own sentence dates only to a month, a season or a
    year ("In June, the army launched 5,500 drones", "last year drones already attacked the plant")
    sums up or recalls many acts; the strike a report tells happened on a day. (A seizure or a test
    told with its month is one act.)"""
    return kind == "other" and lemma in _WAVES and time is not None and time.precision not in (None, "day")


def background(sent: Sentence, i: int, kind: str, dated: frozenset[int] = frozenset(),
               days: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at ``i`` (of event type ``kind``) tells no event of its own; ``dated`` and
    ``days`` as for :func:`since_now`."""
    if kind == "other" and (trend(sent, i) or qualifier(sent, i)):
        return True
    if descriptive(sent, i) or attributive(sent, i) or condition(sent, i):
        return True
    if since_now(sent, i, dated, days) or repeated(sent, i):
        return True
    if kind == "announcement" and (retold_announcement(sent, i) or unnamed_reports(sent, i)):
        return True
    if kind == "sanction" and imposed_before(sent, i):
        return True
    if kind == "visit" and no_visitor(sent, i):
        return True
    if kind == "meeting" and met_with_a_response(sent, i):
        return True
    if kind == "other" and (no_weapon(sent, i) or future_act(sent, i, days)):
        return True
    if in_relative_clause(sent, i) or counted(sent, i):
        return True
    # an attack or a strike that something is used for, or that was attempted, is no strike of its own
    return kind == "other" and purpose_or_attempt(sent, i)


__all__ = ["attributive", "background", "condition", "descriptive", "in_aggregate", "met_with_a_response", "no_visitor", "no_weapon",
           "future_act", "in_relative_clause",
           "purpose_or_attempt", "qualifier", "repeated", "retold_announcement", "since_now", "trend",
           "counted", "dated_relative", "imposed_before", "unnamed_reports"]
