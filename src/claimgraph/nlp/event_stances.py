"""Stance statements: a government's or an official's denial, allegation or acknowledgement as an event.

News about arms transfers is largely told as what governments say about them: "Iran's foreign
ministry denied on Thursday that …", "Kremlin spokesman Dmitry Peskov dismissed the reports",
"the White House said on Friday that …", "МИД КНДР опроверг сообщения", "в Пентагоне
подтвердили". Each such statement, told as this report's news, is an ``announcement`` event whose
participants are the speaker (the person and the body or country they speak for), dated by the day
the text gives the statement, else by the report's own day.

A verb tells a stance statement when

- it is a **stance verb** (deny, reject, dismiss, acknowledge, admit, confirm, slam; опровергнуть,
  отрицать, признать, подтвердить) whose object, if a noun, is a report, a claim or a transfer
  ("denied the reports", not "confirmed his participation"); "call"/"назвать" naming a report or a
  claim ("called the reports groundless"); a verb of commenting on one ("commented on reports of
  …", "отреагировало на обвинения", "указал Песков, комментируя сообщения"); or a verb making a
  statement with a noun ("выступил с заявлением", "озвучил позицию", "issued a statement");
- it is a **verb of a standing position** (accuse, allege, condemn; обвинить, осудить), which a
  government repeats, told with a day of its own;
- it is a **plain saying verb** (say, state, tell) with a day of its own ("said on Friday"), or
  said by a state or a body (or one speaking for it) of what another state or body did ("the White
  House said North Korea has delivered …", told first or after, unquoted or as a quotation closed
  before the verb) or denying in a negated clause ("В КНДР заявили, что никогда не
  экспортировали"); "Об этом сообщил генсек …" names the source of the news just told; any other
  quotation sourced after it ("“…,” the minister said") elaborates the report's story rather than
  telling a statement (see :mod:`claimgraph.nlp.event_quotes`);
- it tells, in an "after" clause, the statement the news answers ("This rebuttal came a day after
  Zelensky accused China of …"): an event of its own, dated back from the report's day when the
  clause counts the days;

and the verb is a finite statement of a speaker (a subject naming a person, a body, a country, a
capital or an office; in Russian also the impersonal "в Кремле опровергли"). It is not a new
statement when it is

- **background**: a pluperfect ("had denied"), an English present perfect without a day ("has
  denied"), an adverb of the past ("previously", "earlier", "ранее"), a date of its own coarser than
  a day ("denied in July", "back in March"), repeated ("has repeatedly denied") or reaching up to
  now ("since");
- **not made**: negated ("did not confirm"), an infinitive, gerund or participle ("declined to
  confirm", "saying the claim was groundless", "denying the reports"), a clause describing a noun;
- **more of one already told or someone else's words**: "also confirmed", "подтвердила и
  украинская служба", a verb inside a quotation its paragraph opened, a medium the report cites
  relaying the news ("Reuters confirmed the data"), "disclosed the information" after the statement
  was told (its speaker joins that statement).

A pronoun speaking ("…, he told reporters") stands for the person named before, so one speaker's
statement told in several sentences of a day merges into one event.

Questions, future and conditional statements are left out where every event is
(:mod:`claimgraph.nlp.events`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimgraph.model import Mention, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.countries import territory_code
from claimgraph.nlp.seats import speaking_state
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_speaker_phrase import between_subject_and_verb, past_the_stamp
from claimgraph.nlp.report_lead import in_lead
from claimgraph.nlp.event_background import _children, _lemma, repeated, since_now
from claimgraph.nlp.event_quotes import about_this, after_quote, clause_told_first, unresolved_day
from claimgraph.nlp.lexicon import SPEECH_VERBS

#: verbs whose act is taking a stance on a report or a claim (lemmas)
STANCE_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "acknowledge", "admit", "concede",
                     "confirm", "slam", "rebut", "disavow", "dispute"}),
    "ru": frozenset({"опровергнуть", "отрицать", "отвергнуть", "признать", "подтвердить", "опровергать",
                     "отвергать"}),
}
#: stance verbs whose noun object must be a report, a claim or a transfer ("denied the reports"; not
#: "dismissed any link with …", "confirmed his participation"); "slammed the president" needs none
_ON_CONTENT = frozenset({"deny", "reject", "dismiss", "refute", "acknowledge", "admit", "concede", "confirm",
                         "disavow", "dispute", "опровергнуть", "отрицать", "отвергнуть", "признать", "подтвердить",
                         "опровергать", "отвергать"})
#: verbs of a standing position (an accusation is often repeated): a statement of the report's news
#: only when the text gives its day ("accused Pyongyang on Friday") or the news answers it
POSITION_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"accuse", "allege", "blame", "condemn", "denounce", "criticize", "criticise"}),
    "ru": frozenset({"обвинить", "осудить", "раскритиковать"}),
}
#: "call" / "назвать" takes a stance when what it names is a report or a claim
_NAMING = frozenset({"call", "label", "describe", "brand", "deem", "term", "назвать", "называть"})
#: verbs of commenting: a stance when what they comment on is a report or a claim ("commented on
#: reports of …", "отреагировало на обвинения")
_COMMENTING = frozenset({"comment", "respond", "react", "reply", "прокомментировать", "комментировать", "отреагировать",
                         "реагировать", "коментувати",
                         "ответить", "прокоментувати", "відреагувати"})
#: verbs that make a statement with a noun ("выступил с заявлением", "issued a statement", "озвучил
#: позицию", "изложил версию", "обнародовал информацию")
_MAKING = frozenset({"issue", "release", "voice", "disclose", "reveal", "выступить", "сделать", "озвучить", "изложить",
                     "обнародовать", "распространить", "раскрыть"})
#: the nouns such a verb makes a statement with
_STATEMENTS = frozenset({"statement", "position", "claim", "allegation", "information", "detail",
                         "заявление", "утверждение", "позиция", "версия", "информация", "обвинение", "деталь",
                         "подробность"})
#: words that make what they qualify a claim ("the alleged dispatch", "якобы переброска")
_ALLEGED = frozenset({"alleged", "reported", "purported", "rumored", "rumoured", "якобы", "предполагаемый"})
#: verbs of belief: a clause of them tells a view, not what another state did
_BELIEVING = frozenset({"believe", "think", "assess", "consider", "expect", "hope", "считать", "полагать",
                        "думать", "ожидать", "надеяться"})
#: what a government comments on: reports, claims and accusations
REPORT_NOUNS = frozenset({
    "report", "claim", "allegation", "accusation", "statement", "information", "assertion", "speculation",
    "rumour", "rumor", "story", "article", "publication", "charge",
    "сообщение", "информация", "заявление", "обвинение", "утверждение", "публикация", "данные", "доклад",
    "слух", "статья", "версия", "вброс",
})
#: saying verbs that state a position when the statement is marked as official (its day, a state
#: speaking of another)
SAYING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"say", "state", "tell", "declare", "report"}),
    "ru": frozenset({"заявить", "сообщить", "сказать"}),
}
#: institutions that speak as a state (common nouns a speaker's phrase may be headed by)
OFFICES = frozenset({
    "ministry", "government", "administration", "embassy", "office", "department", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials", "council", "agency", "presidency", "cabinet",
    "military", "army", "command", "service", "mission", "delegation",
    "министерство", "ведомство", "правительство", "администрация", "посольство", "пресс-служба", "мид",
    "пресс-секретарь", "представитель", "официальный", "минобороны", "аппарат", "командование", "штаб",
})
#: labels of the names a speaker is
_SPEAKERS = frozenset({"Person", "PublicBody", "Organization", "Country", "Company", "Location"})
#: the institutions among them: a body or a state speaks officially whatever verb it uses
_INSTITUTIONS = frozenset({"PublicBody", "Country"})
#: nouns of the media: a medium confirming or reporting relays news, it takes no stance
_MEDIA = frozenset({"newspaper", "outlet", "broadcaster", "magazine", "daily", "channel", "агентство", "издание",
                    "газета", "телеканал", "канал", "telegram-канал", "портал", "видання"})
#: unnamed sources: what they tell is the report's information, not a statement made on record
_UNNAMED = frozenset({"source", "insider", "источник", "собеседник", "джерело", "співрозмовник"})
#: adverbs that put a statement before the report's news
_BEFORE = frozenset({"previously", "earlier", "formerly", "once", "ранее", "раньше", "прежде", "до", "ещё", "еще"})
_NEGATIONS = frozenset({"not", "n't", "never", "не", "никогда"})
#: adverbs that add to a statement already told ("also confirmed", "также подтвердил")
_ALSO = frozenset({"also", "further", "additionally", "likewise", "также", "тоже", "еще", "ещё"})
#: what a stance verb's noun object must be: a report or a claim, or the involvement or the
#: transfer it is about ("denied the reports", "denied any involvement", "опроверг поставки");
#: "confirmed Putin's participation in the forum" confirms a plan, "confirmed the attack" an act
CONTENT_NOUNS = REPORT_NOUNS | frozenset({
    "involvement", "presence", "existence", "fact", "transfer", "supply", "delivery", "shipment", "sale",
    "причастность", "присутствие", "наличие", "факт", "поставка", "передача", "отправка", "переброска", "продажа",
    "responsibility", "ответственность",
})
#: "claimed responsibility for the strike", "took responsibility": owning an act, a stance on it
_OWNING = frozenset({"claim", "take", "assume"})
_RESPONSIBILITY = frozenset({"responsibility", "credit"})
#: relations of a verb that tell no statement of its own: a clause describing a noun, an infinitive
#: or gerund under another verb, a participle
_NOT_MADE = ("acl", "amod", "xcomp", "csubj", "advcl")
_WEEKDAY = re.compile(r"(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|сред[аыу]"
                      r"|четверг|пятниц|суббот|воскресень|понеділ|вівтор|середу|четвер|п'ятниц|субот|неділ")
#: relations by which a date hangs on the verb it dates
_DATING = frozenset({"obl", "obl:tmod", "nmod", "nmod:tmod", "advmod", "npadvmod", "obl:npmod"})


def _date_of(doc: AnalyzedDoc, sent: Sentence, verb: int) -> tuple[TimeRef | None, bool]:
    """The date hanging on the verb itself ("denied on Thursday", "18 июня опроверг", "on Thursday,
    December 18"), and whether there is one (a date not resolved still marks one)."""
    toks = sent.tokens
    for d in doc.dates:
        if not sent.start <= d.start < sent.end:
            continue
        inside = [i for i, t in enumerate(toks) if d.start <= t.start < d.end]
        heads = {toks[i].head for i in inside if toks[i].dep in _DATING or toks[i].dep.startswith("obl")}
        # "back in March", "earlier in July": the date hangs on an adverb of the verb
        heads |= {toks[h].head for h in list(heads) if 0 <= h < len(toks) and toks[h].pos == "ADV"
                  and toks[h].dep.startswith("advmod")}
        heads |= {toks[toks[i].head].head for i in inside if toks[i].dep == "appos" and 0 <= toks[i].head < len(toks)}
        heads |= {verb for h in heads if between_subject_and_verb(sent, h, verb, inside)}
        if inside and inside[0] == verb + 1 and _WEEKDAY.fullmatch(toks[inside[0]].text):
            heads.add(verb)  # "said Monday the government …": a bare weekday right after the verb dates it
        if verb in heads:
            # "in July", "в июле": a coarser date dates the statement only with its preposition
            cased = any(toks[c].dep == "case" for i in inside for c in _children(sent, i))
            lang = "ru" if not toks[verb].text.isascii() else "en"
            if d.time.precision == "day" or cased or not d.time.start and unresolved_day(d.text, lang):
                if d.time.start:
                    return d.time, True
                # unresolved (a report without its day): a weekday or a day of a month is still a day
                return (TimeRef(start=None, end=None, precision="day") if _WEEKDAY.search(d.text)
                        or unresolved_day(d.text, lang) else None), True
    return None, False


def _finite(sent: Sentence, i: int) -> bool:
    """A verb that makes a statement of its own: not an infinitive, gerund or participle under
    another word ("declined to confirm", "saying …", "a denied report")."""
    tok = sent.tokens[i]
    if tok.pos != "VERB" or tok.dep.split(":")[0] in _NOT_MADE and not answered(sent, i):
        return False
    if "VerbForm=Inf" in tok.feats or "VerbForm=Ger" in tok.feats or "VerbForm=Conv" in tok.feats:
        return False
    if "Tense=Fut" in tok.feats:
        return False
    return not any(_lemma(sent, c) == "to" and sent.tokens[c].dep == "mark" for c in _children(sent, i))


#: conjunctions of a clause telling what came before the news ("a day after Zelensky said …")
_AFTER = frozenset({"after", "после"})


def answered(sent: Sentence, i: int) -> bool:
    """A statement told in an "after" clause ("This dismissal comes after X accused China of …"):
    the statement the news answers, an event of its own, on a day the clause does not give."""
    toks = sent.tokens
    return toks[i].dep.startswith("advcl") and any(
        toks[c].dep in ("mark", "case") and _lemma(sent, c) in _AFTER for c in _children(sent, i))


_NUMBERS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "2": 2, "3": 3, "один": 1, "два": 2, "три": 3}


def answered_day(doc: AnalyzedDoc, sent: Sentence, verb: int, day: TimeRef | None) -> TimeRef | None:
    """The day of a statement told in an "after" clause counted back from the report's ``day``:
    "These comments came a day after X said …" → the day before."""
    if day is None or not day.start or day.precision != "day":
        return None
    toks = sent.tokens
    after = next((c for c in _children(sent, verb) if _lemma(sent, c) in _AFTER), None)
    if after is None:
        return None
    k = after - 1
    if k < 1 or _lemma(sent, k) not in ("day", "день"):
        return None
    count = _NUMBERS.get(toks[k - 1].text.lower())
    if count is None:
        return None
    try:
        back = (date.fromisoformat(day.start[:10]) - timedelta(days=count)).isoformat()
    except ValueError:
        return None
    return TimeRef(start=back, end=back, precision="day")


def _inside_quote(doc: AnalyzedDoc, sent: Sentence, i: int) -> bool:
    """A verb within a quotation its paragraph opened ("“South Korea says one thing, then the Pentagon
    says …”"): the quoted speaker's words, not the report's news."""
    at = sent.tokens[i].start
    para = doc.text.rfind("\n", 0, at) + 1
    before = doc.text[max(para, at - 2000):at]
    return (before.count("“") > before.count("”") or before.count("«") > before.count("»")
            or before.count('"') % 2 == 1)


def _background(sent: Sentence, i: int, dated: bool, day: bool, lead: bool = False) -> bool:
    """A statement told as what was said before the report's news ("had denied", "has denied",
    "previously rejected", "ранее отрицали", "denied in July"), as a habit, or as more of a statement
    already told ("also confirmed"); an accusation the report's ``lead`` tells in the present perfect
    ("X has accused Y of …") is its news."""
    toks = sent.tokens
    kids = _children(sent, i)
    aux = [_lemma(sent, c) for c in kids if toks[c].dep.startswith("aux")]
    if "have" in aux and (not (day or lead) or any(toks[c].text.lower() == "had" for c in kids if toks[c].dep.startswith("aux"))):
        return True
    if any(toks[c].dep.startswith("advmod") and _lemma(sent, c) in _BEFORE | _ALSO for c in kids):
        return True
    subj = _subject(sent, i)  # "подтвердила и украинская служба": the speaker too, after another
    near = [c for c in _children(sent, subj) for c in [c, *_children(sent, c)]] if subj is not None else []
    if any(toks[c].dep.startswith("advmod") and _lemma(sent, c) in _ALSO | {"и"} for c in near):
        return True
    if dated and not day:
        return True
    return repeated(sent, i) or since_now(sent, i)


def _negated(sent: Sentence, i: int) -> bool:
    return any(_lemma(sent, c) in _NEGATIONS or sent.tokens[c].text.lower() in _NEGATIONS
               for c in _children(sent, i) if sent.tokens[c].dep.split(":")[0] in ("advmod", "neg", "det", "aux"))


def _head_token(sent: Sentence, m: Mention) -> int | None:
    toks = sent.tokens
    inside = [k for k, t in enumerate(toks) if m.start <= t.start < m.end]
    for k in inside:
        h = toks[k].head
        if not (0 <= h < len(toks)) or h == k or not (m.start <= toks[h].start < m.end):
            return k
    return inside[0] if inside else None


def _subject(sent: Sentence, verb: int) -> int | None:
    """The verb's active subject; for an impersonal Russian plural ("в Кремле опровергли") the body
    the statement comes from."""
    toks = sent.tokens
    kids = _children(sent, verb)
    subj = next((c for c in kids if toks[c].dep.startswith("nsubj") and not toks[c].dep.startswith("nsubj:pass")), None)
    if subj is not None:
        return past_the_stamp(sent, subj)
    if "Number=Plur" in toks[verb].feats and not toks[verb].text.isascii():
        return next((c for c in kids if toks[c].dep == "obl" and toks[c].pos in ("PROPN", "NOUN") and any(
            toks[k].dep == "case" and _lemma(sent, k) in ("в", "во") for k in _children(sent, c))), None)
    return None


def speakers(doc: AnalyzedDoc, sent: Sentence, verb: int) -> list[Mention]:
    """The names in the speaker's phrase of a statement verb: "Iran's foreign ministry" → Iran,
    "Kremlin spokesman Dmitry Peskov" → Kremlin, Dmitry Peskov."""
    toks = sent.tokens
    subj = _subject(sent, verb)
    if subj is None:
        return []
    span = {k for k in range(len(toks)) if subj in tree.path_to_root(toks, k)[:5]}
    # "Lin Jian, a spokesperson at the Chinese foreign ministry": the apposition is the speaker too
    out = []
    for m in doc.mentions:
        if m.label not in _SPEAKERS or not sent.start <= m.start < sent.end:
            continue
        k = _head_token(sent, m)
        if k is not None and k in span:
            out.append(m)
    return out


def _speaks(doc: AnalyzedDoc, sent: Sentence, verb: int) -> tuple[bool, bool]:
    """Whether the verb has a speaker (a name, a capital or an office, not a pronoun), and whether
    that speaker is an institution named as such or one speaking for it (a body or a state: "the
    White House", "a spokesman of the National Security Council")."""
    toks = sent.tokens
    subj = _subject(sent, verb)
    if subj is None or toks[subj].pos == "PRON" or _lemma(sent, subj) in _UNNAMED:
        return False, False  # "a source in HUR told …": an unnamed source speaks for no one on record
    names = speakers(doc, sent, verb)
    office = _lemma(sent, subj) in OFFICES or any(
        _lemma(sent, c) in OFFICES for c in _children(sent, subj) if toks[c].dep in ("compound", "amod", "nmod"))
    # a body or a state, or one speaking for it ("координатор Совета национальной безопасности США Джон Кирби")
    # or a seat of government that speaks for its state ("в Кремле заявили", "Pyongyang said")
    institution = any(m.label in _INSTITUTIONS or m.label == "Location" and speaking_state(m.text) for m in names)
    return bool(names) or office or toks[subj].pos == "PROPN", institution


def _about_content(sent: Sentence, verb: int) -> bool:
    """A stance verb's noun object is a report, a claim or a transfer (or a pronoun); a verb with a
    clause or no object takes a stance on what was said."""
    toks = sent.tokens
    objects = [c for c in _children(sent, verb) if toks[c].dep.split(":")[0] == "obj"]
    return all(toks[c].pos == "PRON" or _lemma(sent, c) in CONTENT_NOUNS or toks[c].pos == "VERB" for c in objects)


def _home_codes(sent: Sentence, verb: int) -> set[str]:
    """The states the speaker's phrase names by a word of its own ("the Armenian Ministry", "Iran's
    foreign ministry"): the codes of its words."""
    toks = sent.tokens
    subj = _subject(sent, verb)
    if subj is None:
        return set()
    span = [k for k in range(len(toks)) if subj in tree.path_to_root(toks, k)[:4]]
    codes = {territory_code(toks[k].text) or territory_code(toks[k].lemma or "") for k in span
             if toks[k].pos in ("ADJ", "PROPN")}
    return {c for c in codes if c}


def _alleges_of_another(doc: AnalyzedDoc, sent: Sentence, verb: int) -> bool:
    """"The White House said North Korea has delivered …": a saying verb whose clause, told after it,
    has a state or a body as its subject: what one government says another did."""
    toks = sent.tokens
    spoken = speakers(doc, sent, verb)
    # not the speaker, nor the state it is a body of ("the Presidential Administration of Russia")
    # nor the speaker's own state ("Armenia has taken delivery …, the Armenian Ministry of Defence said")
    own = _home_codes(sent, verb) | {c for c in (territory_code(o.text) or speaking_state(o.text) for o in spoken) if c}
    if not own:
        return False  # whose government speaks is unknown, so whether it speaks of another is too
    states = [m for m in doc.mentions if m.label in ("Country", "PublicBody", "Location")
              and sent.start <= m.start < sent.end and all(m.id != o.id and m.text not in o.text for o in spoken)
              and territory_code(m.text) not in own]
    # "North Korea has delivered …, the White House said": a clause told first counts unquoted
    unquoted = not any(q in doc.text[sent.start:toks[verb].start] for q in "\"“”«»") or after_quote(doc, sent, verb)
    clauses = [c for c in _children(sent, verb) if (c > verb or unquoted) and toks[c].dep.split(":")[0] == "ccomp"]
    h = toks[verb].head
    if toks[verb].dep.split(":")[0] == "parataxis" and 0 <= h < verb and unquoted:
        clauses.append(h)
    first = clause_told_first(sent, verb)  # "КНДР отправила …, сообщил Кирби" parsed as two roots
    if first is not None and unquoted:
        clauses.append(first)
    for c in clauses:
        if _lemma(sent, c) in _BELIEVING:
            continue  # "the US believes Kim is seeking …": the speaker's own assessment
        for s in _children(sent, c):
            if toks[s].dep.startswith("nsubj") and any(_head_token(sent, m) == s for m in states):
                return True
    return False


#: nouns heading a firm's phrase ("the Turkish electronics maker", "представитель компании")
_FIRM_WORDS = frozenset({"company", "firm", "maker", "manufacturer", "producer", "supplier", "corporation",
                         "компания", "фирма", "производитель", "поставщик", "корпорация", "концерн", "завод"})


def _firm(doc: AnalyzedDoc, sent: Sentence, verb: int) -> bool:
    """A firm answering for itself ("Ningbo Skyline denied reports that it had sold …", "производитель
    опроверг сообщения о поставках"): a party's comment, not a government's or an official's
    statement; the announcements of a story are those of states, bodies and their officials."""
    subj = _subject(sent, verb)
    if subj is not None and (_lemma(sent, subj) in _FIRM_WORDS or any(  # "X, a lens maker, denied"
            sent.tokens[c].dep.startswith("appos") and _lemma(sent, c) in _FIRM_WORDS for c in _children(sent, subj))):
        return True
    names = speakers(doc, sent, verb)
    # a firm, or a short form of one the report names in full ("Ningbo Skyline")
    firms = [m.text for m in doc.mentions if m.label == "Company"]
    return bool(names) and all(m.label == "Company" or any(f.startswith(m.text) for f in firms) for m in names)


def _habitual(sent: Sentence, verb: int) -> bool:
    """"МИД России называет подобные публикации …": naming reports in the present tense with no day is
    a standing position, not a statement made on a day."""
    tok = sent.tokens[verb]
    return _lemma(sent, verb) in _NAMING and "Tense=Pres" in tok.feats and not any(
        sent.tokens[c].dep.startswith("aux") for c in _children(sent, verb))


def _answers_in_words(sent: Sentence, verb: int) -> bool:
    """"responded that it was ready", "replied by saying …", "ответил, что …": a comment whose words
    the sentence gives, a saying like any other."""
    toks = sent.tokens
    return any(toks[c].dep.split(":")[0] == "ccomp" or (toks[c].dep.split(":")[0] in ("advcl", "pcomp")
               and _lemma(sent, c) in SPEECH_VERBS["en"] | SPEECH_VERBS["ru"]) for c in _children(sent, verb))


def _commenting(sent: Sentence, verb: int) -> bool:
    """"указал Песков, комментируя сообщения о …", "Peskov, commenting on the reports, said": a reporting
    verb whose participle clause comments on a report or a claim."""
    toks = sent.tokens
    return any(toks[c].dep.startswith("advcl") and _lemma(sent, c) in _COMMENTING and _on_a_report(sent, c)
               for c in _children(sent, verb))


def _relayed(doc: AnalyzedDoc, sent: Sentence, verb: int) -> bool:
    """A speaker that is a medium ("агентство Reuters", "the newspaper") or one of the report's cited
    sources ("Reuters confirmed the data"): relaying the news, not a party taking a stance."""
    subj = _subject(sent, verb)
    if subj is not None and (_lemma(sent, subj) in _MEDIA or _lemma(sent, subj) == "agency" and any(
            _lemma(sent, c) == "news" for c in _children(sent, subj))):
        return True  # "Агентство Reuters подтвердило данные", "the newspaper confirmed"
    cited = {(c.source or "").lower() for c in doc.citations}
    names = speakers(doc, sent, verb)
    return bool(names) and all(m.text.lower() in cited or any(m.text.lower() in c for c in cited if c) for m in names)


def _says_not(sent: Sentence, verb: int) -> bool:
    """"В КНДР заявили, что никогда не экспортировали оружие", "Tehran said it had not sent drones": a
    saying verb whose clause, told after it, is negated: a denial in other words."""
    toks = sent.tokens
    return any(c > verb and toks[c].dep.split(":")[0] == "ccomp" and _negated(sent, c) for c in _children(sent, verb))


def _names_a_report(sent: Sentence, verb: int) -> bool:
    """"called the reports groundless", "назвал сообщения фейком": naming a report or a claim."""
    return any(_lemma(sent, c) in REPORT_NOUNS and sent.tokens[c].dep.startswith("obj") for c in _children(sent, verb))


def _on_a_report(sent: Sentence, verb: int) -> bool:
    """"commented on reports", "отреагировало на обвинения", "commenting on the alleged dispatch":
    commenting on a report, a claim, or what is only alleged."""
    toks = sent.tokens
    return any(toks[c].dep.split(":")[0] in ("obl", "obj") and (_lemma(sent, c) in REPORT_NOUNS or any(
        _lemma(sent, a) in _ALLEGED for a in _children(sent, c))) for c in _children(sent, verb))


def stances(doc: AnalyzedDoc, sent: Sentence, lang: str) -> list[int]:
    """The verbs of a sentence that tell a speaker's stance statement as the report's news."""
    toks = sent.tokens
    stance = STANCE_VERBS.get(lang, frozenset())
    saying = SAYING_VERBS.get(lang, frozenset())
    position = POSITION_VERBS.get(lang, frozenset())
    out = []
    for i, t in enumerate(toks):
        lemma = _lemma(sent, i)
        if lemma in SPEECH_VERBS.get(lang, ()) and _commenting(sent, i):
            lemma = next(iter(_COMMENTING))  # "said, commenting on the reports": a comment on them
        elif lemma in _COMMENTING and _answers_in_words(sent, i):
            lemma = "say"  # "responded on Friday that …", "responded by saying …": a saying
        elif lemma in _OWNING and any(_lemma(sent, c) in _RESPONSIBILITY and toks[c].dep.split(":")[0] == "obj"
                                      for c in _children(sent, i)):
            lemma = "acknowledge"  # "claimed responsibility for the attack": owning it
        if lemma not in stance | saying | position | _NAMING | _COMMENTING | _MAKING:
            continue
        if lemma == "report" and not any(toks[c].dep.split(":")[0] == "ccomp" for c in _children(sent, i)):
            continue  # "reported a fire": an event told by its source; "reported the North had decided …": a statement
        if lemma in _MAKING and not any(_lemma(sent, c) in _STATEMENTS and toks[c].dep.split(":")[0] in ("obj", "obl")
                                        for c in _children(sent, i)):
            continue
        if _inside_quote(doc, sent, i):
            continue
        if lemma in _COMMENTING and not (_on_a_report(sent, i) or _commenting(sent, i)):
            continue
        if not _finite(sent, i) or _negated(sent, i):
            continue
        if lemma in _NAMING and not (_names_a_report(sent, i) or _on_a_report(sent, i)):
            continue
        time, dated = _date_of(doc, sent, i)
        day = time is not None and time.precision == "day" and time.start == time.end  # not "last week"
        if _background(sent, i, dated, day, lead=lemma in position and in_lead(doc, sent)):
            continue
        speaks, institution = _speaks(doc, sent, i)
        if not speaks or _relayed(doc, sent, i) or _firm(doc, sent, i):
            continue
        if not day and _habitual(sent, i):
            continue
        if lemma in _ON_CONTENT and not _about_content(sent, i):
            continue
        if lemma in saying and not (day or answered(sent, i) or about_this(sent, i) or institution and (
                _alleges_of_another(doc, sent, i) or _says_not(sent, i))):
            continue
        if lemma in position and not (day or answered(sent, i) or in_lead(doc, sent)):
            continue
        out.append(i)
    return out


def stance_day(doc: AnalyzedDoc, sent: Sentence, verb: int) -> TimeRef | None:
    """The day the text gives the statement ("denied on Thursday"), if known."""
    time, _ = _date_of(doc, sent, verb)
    return time if time is not None and time.start and time.precision == "day" else None


def speaker_names(doc: AnalyzedDoc, sent: Sentence, verb: int, mentions: list[Mention]) -> list[Mention]:
    """Of ``mentions`` (a sentence's candidate participants), those naming the statement's speaker
    ("the Chinese foreign ministry" names none: what it speaks about does not take part). A capital
    that speaks ("Тегеран признал", "Pyongyang rejected") speaks for its state, and takes part as one."""
    ids = {m.id for m in speakers(doc, sent, verb)}
    return [replace(m, label="Country") if m.label == "Location" else m for m in mentions if m.id in ids]


#: verbs of making known: with "the information" as object they tell again a statement already told
_DISCLOSING = frozenset({"disclose", "reveal", "release", "publish", "voice", "share", "обнародовать", "раскрыть",
                         "опубликовать", "распространить", "озвучить", "огласить", "оприлюднити", "озвучити"})
_THE = frozenset({"the", "this", "that", "these", "этот", "эта", "эту", "это", "данный", "такой"})


def retells(sent: Sentence, verb: int) -> bool:
    """"In a briefing, X disclosed the information", "эту информацию обнародовал X": the statement a
    report has already told (as "the White House said …"), told again with its setting; it adds
    its speaker to that statement rather than making a second one."""
    toks = sent.tokens
    if _refers_back(sent, verb):
        return True
    if _lemma(sent, verb) not in _DISCLOSING:
        return False
    return any(toks[c].dep.split(":")[0] == "obj" and _lemma(sent, c) in REPORT_NOUNS and any(
        toks[d].dep.startswith("det") and (_lemma(sent, d) in _THE or toks[d].text.lower() in _THE)
        for d in _children(sent, c)) for c in _children(sent, verb))


#: words by which a speaker's phrase points back to a body named before ("представитель ведомства",
#: "the ministry's spokesman", "its spokesman")
_BACK = frozenset({"ведомство", "its", "their", "его", "её", "ее", "их"})
#: the head of a body ("глава ведомства", "its chief")
_HEADS = frozenset({"head", "chief", "director", "chairman", "глава", "руководитель", "директор", "председатель"})


def _refers_back(sent: Sentence, verb: int) -> bool:
    """"Официальный представитель ведомства назвал публикацию фейком", told after "Минобороны
    опровергло сообщения": the body's statement told again through its spokesman, one statement."""
    toks = sent.tokens
    subj = _subject(sent, verb)
    if subj is None or _lemma(sent, subj) not in OFFICES | _HEADS:
        return False
    return any(_lemma(sent, c) in _BACK or toks[c].text.lower() in _BACK for c in _children(sent, subj)
               if toks[c].dep.split(":")[0] in ("nmod", "det", "poss"))


#: personal pronouns that stand for a person named before ("he told reporters", "он заявил")
_HE = frozenset({"he", "she", "он", "она"})


def pronoun_speaker(doc: AnalyzedDoc, sent: Sentence, verb: int) -> list[str]:
    """The person a statement's pronoun subject stands for ("…, he told reporters", "He made the
    announcement"): the person named last before the sentence; none when the subject is no personal
    pronoun."""
    toks = sent.tokens
    if toks[verb].pos == "NOUN" and toks[verb].dep.startswith("obj") and 0 <= toks[verb].head < len(toks):
        verb = toks[verb].head  # "He made the announcement": the verb of the noun
    subj = next((c for c in _children(sent, verb) if toks[c].dep.startswith("nsubj")), None)
    if subj is None or toks[subj].text.lower() not in _HE:
        return []
    people = [m for m in doc.mentions if m.label == "Person" and m.end <= sent.start]
    return [max(people, key=lambda m: m.start).text] if people else []


__all__ = ["CONTENT_NOUNS", "OFFICES", "POSITION_VERBS", "REPORT_NOUNS", "SAYING_VERBS", "STANCE_VERBS", "answered",
           "answered_day",
           "pronoun_speaker", "retells", "speaker_names", "speakers", "stance_day", "stances"]
