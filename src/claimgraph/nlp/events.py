"""Events: meetings, visits, agreements, announcements, exhibitions and sanctions in a document.

A sentence with a trigger lemma from :data:`claimgraph.nlp.lexicon.EVENT_TRIGGERS` ("talks",
"visited", "signed", "выставка", "санкции") gives one event; when it holds several triggers the
most specific type wins (a sanction or agreement over a meeting, a meeting over an announcement).
Ambiguous triggers ("list", "open", "принять") count only beside a context word.

- time: the resolved date of the sentence closest to the trigger, else one from the sentence
  before or after;
- place and participants: read by :mod:`claimgraph.nlp.event_roles`.

Reports of one event within a document (same type, agreeing time and place, shared or missing
participants) merge into the first. News adds a few cues read here:

- a reporting verb at a public setting ("said at a briefing", "заявил в послании") is an
  announcement, dated by the report's day (its dateline, else its publication day) unless the verb
  itself is dated;
- a noun that frames another event ("по итогам переговоров", "в ходе визита", "for talks") counts
  only when the sentence tells nothing else, and an event inside another takes its time;
- strikes, drone attacks, launches of missiles, deployments and systems put on combat duty are
  ``other``; attacks in general ("long-range strikes") or told in passing without their day are
  none; the opening of a forum is the forum;
- a neighbour sentence that is only a page's date stamp dates nothing;
- an event told in the future counts when its sentence names the day ("17 января посетит");
- a headline's event merges with the text's report of it (which becomes the evidence), and a
  headline the text never retells is left out;
- an act only decided, possible or still ahead ("decided to send", "before deploying"), an earlier
  event the news "follows", an event brought in as a comparison and a photo caption give no event
  (:mod:`~claimgraph.nlp.event_pending`, :mod:`~claimgraph.nlp.event_antecedents`,
  :mod:`~claimgraph.nlp.event_comparisons`, :mod:`~claimgraph.nlp.event_captions`);
- a council's sitting is a meeting beside what was said or signed there, an arrival at a place
  told with talks is a visit beside the meeting, and "at the same meeting" frames its sentence
  (:mod:`~claimgraph.nlp.event_sessions`, :mod:`~claimgraph.nlp.event_arrivals`,
  :mod:`~claimgraph.nlp.event_same`);
- languages without a parser go through :mod:`claimgraph.nlp.word_events`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from claimgraph.model import Event, Mention, TimeRef
from claimgraph.nlp import tree
from claimgraph.nlp.claims import full_name, fullest_names, name_of, owners
from claimgraph.nlp.doc import AnalyzedDoc, Sentence
from claimgraph.nlp.event_ahead import ahead_of, day_in_phrase, forthcoming, governing_verb
from claimgraph.nlp.event_agreeing import AGREE, agreed_impersonally, agreed_on
from claimgraph.nlp.event_antecedents import antecedent
from claimgraph.nlp.event_arrivals import arrival_told
from claimgraph.nlp.event_background import background, dated_relative, in_aggregate
from claimgraph.nlp.event_captions import caption_spans, in_caption
from claimgraph.nlp.event_cases import case_context, describes_a_noun, under_a_case
from claimgraph.nlp.event_subjects import wrong_subject
from claimgraph.nlp.event_comparisons import for_comparison
from claimgraph.nlp.event_dating import event_time
from claimgraph.nlp.event_unreal import asked_about, none_of, of_a_plan
from claimgraph.nlp.event_cues import (
    DEFINITE,
    asks,
    day_of_statement,
    done,
    framed,
    future,
    is_headline,
    opened,
    prefer_prose,
    scheduled,
    statements,
    time_of_frame,
    told_by_them,
    told_in_clause,
    told_in_text,
    weak_pair,
)
from claimgraph.nlp.event_dated_speech import dated_statements
from claimgraph.nlp.event_findings import add_finding
from claimgraph.nlp.event_incursion_speech import add_incursion_statements
from claimgraph.nlp.event_incursions import add_incursions, diplomatic_kind, told_that_day
from claimgraph.nlp.event_pairs import companion, with_type
from claimgraph.nlp.event_pending import pending
from claimgraph.nlp.event_gatherings import talks_as_setting, without_party_speech
from claimgraph.nlp.event_closures import closes_a_passage
from claimgraph.nlp.event_voices import merge_voices
from claimgraph.nlp.event_posts import channel_spans
from claimgraph.nlp.event_regimes import declares_a_regime
from claimgraph.nlp.event_quotes import after_quote, quoted_term, unresolved_day_tokens
from claimgraph.nlp.event_default_day import day_of_later_telling, on_report_day
from claimgraph.nlp.event_summonses import one_summons
from claimgraph.nlp.event_retold import merge_retold, retold_speech, share_a_party
from claimgraph.nlp.event_one_trip import trip_named_again
from claimgraph.nlp.event_roles import (
    deal_frame,
    destination,
    head_of,
    names_event,
    participants_of,
    place_of,
    sanctioners,
    source_spans,
)
from claimgraph.nlp.event_same import the_same
from claimgraph.nlp.event_schedule import scheduled_with_will
from claimgraph.nlp.event_sessions import council_session, has_council_session
from claimgraph.nlp.event_set_day import day_set_after
from claimgraph.nlp.event_series import dated_tokens, visit_series
from claimgraph.nlp.event_stances import (
    answered,
    answered_day,
    pronoun_speaker,
    retells,
    speaker_names,
    stance_day,
    stances,
)
from claimgraph.nlp.event_statements import acts_first, announces_measures, told_acts
from claimgraph.nlp.event_words import STEMS
from claimgraph.nlp.lexicon import (
    EVENT_CONTEXT,
    EVENT_TRIGGERS,
    EXHIBITION_STEMS,
    LAUNCHED,
    NEGATIONS,
    NOUN_CONTEXT,
    NOT_RECEIVED,
    NOUN_ONLY_TRIGGERS,
    OFFER_CUES,
    PLAN_CUES,
    VERB_ONLY_TRIGGERS,
)
from claimgraph.nlp.quoted_days import quoted_apart

PRIORITY = ("sanction", "agreement", "meeting", "visit", "exhibition", "announcement", "other")
_NOT_YET = NEGATIONS | PLAN_CUES | OFFER_CUES | {"ready", "готовый", "готов", "prepare", "готовиться", "запланировать",
                                                 # "refused to impose sanctions", "отказалась вводить санкции"
                                                 "refuse", "decline", "fail", "отказаться", "отказываться"}
#: "the two sides agreed", "стороны договорились", "«we agreed»" (one of the sides speaking): the
#: outcome of the event just reported
_SIDES = frozenset({"side", "sides", "сторона", "стороны", "party", "parties", "we", "мы"})
#: the dependents that can make an event not (yet) real: "will", "no", "not", "planned"; an
#: object cannot ("signed a plan" is a signing)
_MODIFIERS = frozenset({"aux", "advmod", "det", "mark", "cop", "neg", "amod", "xcomp", "parataxis"})
#: relations of a trigger that frames its head ("during a visit", "посещая Беларусь"): the head's
#: plans and offers do not make the framing event unreal
_FRAMES = frozenset({"obl", "advcl"})
MERGE_WINDOW = 50
_GENERIC_DET = frozenset({"some", "any", "such", "many", "several", "various", "какой-то", "некоторый", "любой"})
_HAVE = frozenset({"have", "иметь"})
#: verbs of arrival: dated, they begin a visit rather than tell a stop within one
_ARRIVALS = frozenset({"arrive", "прибыть", "приехать", "прилететь"})


@dataclass(slots=True)
class _Found:
    type: str
    trigger: int
    sentence: int
    anaphoric: bool = False  # "the agreement", "the two sides agreed": refers to an event told before
    framed: bool = False  # "в результате атаки", "участники встречи": told in passing
    within: str | None = None  # the type of the event that frames this one ("в рамках визита")
    future: bool = False  # told in the future tense: a scheduled event when its day is named
    statement: bool = False  # a reporting verb at a public setting
    stance: bool = False  # a speaker's denial, allegation or acknowledgement (nlp.event_stances)
    kinds: frozenset[str] = frozenset()  # every type a trigger of the sentence names


def find_events(doc: AnalyzedDoc) -> list[Event]:
    """One event per trigger sentence, merged within the document."""
    if (doc.lang or "en")[:2] in STEMS:
        from claimgraph.nlp.word_events import find_word_events  # it reuses this module's helpers

        return find_word_events(doc)
    lang = "ru" if (doc.lang or "").startswith("ru") else "en"
    triggers = EVENT_TRIGGERS[lang]
    mentions = sorted((m for m in doc.mentions if m.label not in ("Date", "Quantity", "Money")),
                      key=lambda m: m.start)
    mstarts = [m.start for m in mentions]
    dates = sorted((d for d in doc.dates if d.time.start), key=lambda d: d.start)
    dstarts = [d.start for d in dates]
    owned = owners(doc.text, mentions)
    fullest = fullest_names(mentions)
    owned_ids = {m.id for m in owned.values()}
    cited = {(c.source or "").lower() for c in doc.citations}
    events: list[Event] = []
    told: dict[str, int] = {}  # event id → index of its sentence
    passing: set[str] = set()  # ids of events told in passing
    dated: set[int] = set()  # id() of the events whose own sentence names their date
    ahead: set[int] = set()  # id() of the events told as still to come on a named day
    spoken: set[str] = set()  # ids of the events that are someone's statement
    settings: set[str] = set()  # ids of the talks told as the setting of their sentence
    by_default: set[str] = set()  # ids of the statements dated only by the report's day
    captions = caption_spans(doc.text)
    for si, sent in enumerate(doc.sentences):
        if not sent.tokens or len(sent.tokens) > 400 or asks(doc.text, sent.start, sent.end):
            continue
        if in_caption(captions, sent.start):
            continue  # a photo caption tells again what the report tells
        found = _trigger(doc, sent, si, triggers)
        if found is None:
            continue
        lo, hi = bisect.bisect_left(mstarts, sent.start), bisect.bisect_left(mstarts, sent.end)
        sources = source_spans(doc, sent, lang) + channel_spans(sent)
        in_sent = [m for m in mentions[lo:hi] if m.id not in owned_ids and name_of(m).lower() not in cited
                   and not any(a <= m.start < b for a, b in sources)]
        place = place_of(doc, sent, found.trigger, in_sent)
        if found.type == "sanction":  # the body that imposes them takes part; the targets do not
            in_sent = sanctioners(sent, found.trigger, in_sent)
        # "IDEF defence fair": the event's own name; "посетила предприятие «Кама-Дрон»": where a visit
        # went; "в рамках Союзного государства": the frame of a deal. None of them takes part.
        in_sent = [m for m in in_sent if not names_event(sent, found.trigger, m)
                   and not (found.type == "visit" and destination(sent, found.trigger, m))
                   and not deal_frame(doc, sent, m)]
        if found.stance:  # the speaker takes part in a statement, not what it is about
            in_sent = speaker_names(doc, sent, found.trigger, in_sent)
        participants = participants_of(sent, in_sent, place, owned, fullest)
        if found.type == "announcement":  # "…, he told reporters", "He made the announcement": the person named before
            participants = [*pronoun_speaker(doc, sent, found.trigger), *participants]
        if events and _by_the_sides(sent, found.trigger) and si - told[events[-1].id] <= 2:
            participants = [p for p in events[-1].participants if p not in participants] + [
                p for p in participants if p in events[-1].participants]
        time, own_time = event_time(doc, sent, si, found.trigger, dates, dstarts)
        if _habitual_attack(sent, found, time if own_time else None) or in_aggregate(
                found.type, (sent.tokens[found.trigger].lemma or "").lower(), time if own_time else None):
            continue  # "drone attacks on refineries", "после атаки дронов": attacks in general, or one told before
        if found.future:
            # its own day, else one a sentence just after sets ("Мероприятие запланировано на 12 октября")
            # "ahead of the envoy's visit": a point in time, dated only within its own phrase
            time = day_in_phrase(doc, sent, found.trigger) if ahead_of(sent, found.trigger) else (
                scheduled(doc, sent, found.trigger, dates, dstarts) or day_set_after(doc, si, dates, dstarts))
            if time is None:
                continue
            own_time = True
        # "заявил, что ракеты стоят с 17 декабря": the date of what was said, not of the statement
        if own_time and found.type == "announcement" and time is not None and quoted_apart(
                doc.text, sent.start, sent.end, sent.tokens[found.trigger].start, time.text):
            own_time, time = False, day_of_statement(doc)  # "«… since yesterday», he announced": not his day
        said = bool(found.statement and own_time and told_in_clause(sent, found.trigger, time))
        default = False  # dated only by the report's day
        if not own_time or said:
            # the date a neighbour gives dates what was said, not the saying ("Об этом заявил …")
            stated = day_of_statement(doc) if found.statement else None
            framed = time_of_frame(found.within, events)
            default = not own_time and framed is None and stated is not None
            time = framed or stated or (None if found.statement else time)
        if found.stance:  # the day the text gives the statement, else the report's
            time = stance_day(doc, sent, found.trigger) or (
                answered_day(doc, sent, found.trigger, day_of_statement(doc)) if answered(sent, found.trigger)
                else day_of_statement(doc))
            own_time = True
        if found.type == "announcement" and not own_time and retold_speech(doc, sent, found.trigger, events):
            continue  # "«…», — сказал он", "по его словам": the statement told before, told on
        if place is None and not participants and not own_time and not (
                found.type != "announcement" and done(sent, found.trigger)):
            continue  # "talks went on for a long time": no participant, place or time, so no event
        arrival = own_time and (_lemma_of(sent, found.trigger) in _ARRIVALS or visit_series(
            sent, found.trigger, found.type, dated_tokens(doc, sent)))  # a series of visits is no stop either
        # (a statement told before is no event a visit can be a stop of; an opening is)
        if any(e.id not in spoken for e in events) and not arrival and _part_of_visit(sent, found):
            continue  # "toured the workshops", "стенд посетила делегация": part of the event told before
        if found.type == "visit" and any(stem in doc.text[sent.start:sent.end].lower() for stem in EXHIBITION_STEMS):
            found.type = "exhibition"  # "посетил выставку": the exhibition is the event
        if (time is None or not own_time) and trip_named_again(sent, found.trigger, found.type, events):
            continue  # "his visit came ahead of", "по итогам переговоров": the trip already told, named again
        if (not found.anaphoric and not own_time and (sent.tokens[found.trigger].pos == "NOUN" or told_by_them(sent, found.trigger))
                and any(e.type == found.type for e in events)):
            found.anaphoric = True  # "на встрече представлял": the meeting already told
            if found.type == "sanction":
                participants = []  # a later report of a package names its targets, not new parties
        if found.anaphoric and found.stance and not any(e.type == "announcement" for e in events):
            continue  # "глава ведомства признал": a statement told again, its first telling no event
        if found.anaphoric and events:
            outcome = _outcome(sent, found.trigger)
            target = events[-1] if outcome else next((e for e in reversed(events) if e.type == found.type), None)
            if target is not None:
                if not outcome:
                    # the sides are the parties already named; a comment on "the agreement" adds only
                    # the parties it names ("welcomed the agreement between A and B")
                    about = found.type != "sanction" and _about(sent, found.trigger)
                    if about:
                        named = {full_name(fullest.get(m.id, m), owned.get(m.id)) for m in in_sent
                                 if _under(sent, found.trigger, m)}
                        participants = [p for p in participants if p in named]
                    target.participants += [p for p in participants if p not in target.participants]
                    if target.place is None and place is not None and found.type != "sanction" and not about:
                        target.place = full_name(place, owned.get(place.id))
                if is_headline(doc.text, target.start, target.end) and not is_headline(doc.text, sent.start, sent.end):
                    target.start, target.end = sent.start, sent.end  # the text's report is the evidence
                continue
        events.append(Event(
            id=Event.make_id(doc.document_id, sent.start, found.type), document_id=doc.document_id,
            type=found.type, time=time, place=full_name(place, owned.get(place.id)) if place is not None else None,
            participants=participants, start=sent.start, end=sent.end,
        ))
        told[events[-1].id] = si
        if found.statement:
            spoken.add(events[-1].id)
        if default and not found.stance:
            by_default.add(events[-1].id)
        if talks_as_setting(sent, found.trigger, found.type):
            settings.add(events[-1].id)
        if own_time:
            dated.add(id(events[-1]))
        if found.future:
            ahead.add(id(events[-1]))
        second = companion(found.type, found.kinds, [e.type for e in events])
        if second is None and found.type != "meeting" and has_council_session(sent) and all(
                e.type != "meeting" for e in events):
            second = "meeting"  # "заявил по итогам заседания Высшего госсовета": the session too
        if second is None and found.type == "meeting" and not found.framed and place is not None and arrival_told(sent) and all(
                e.type != "visit" for e in events):
            second = "visit"  # "arrived in Baku and met the president": the visit too
        if second is not None:  # "signed a treaty during his visit": the visit too
            events.append(with_type(events[-1], second))
            told[events[-1].id] = si
        if found.framed:
            passing.add(events[-1].id)
    events = day_of_later_telling(events, frozenset(by_default))
    merged = merge_retold(merge_events(events, doc.text, frozenset(passing)), frozenset(dated), doc.text,
                          frozenset(ahead))
    people = frozenset(full_name(fullest.get(m.id, m), owned.get(m.id)) for m in mentions if m.label == "Person")
    merged = without_party_speech(one_summons(doc, merged), people, frozenset(settings))
    merged = merge_voices(doc, merged)  # a body's statement told again under its spokesperson's name
    merged = add_incursion_statements(doc, add_incursions(doc, acts_first(doc, told_acts(doc, add_finding(doc, told_in_text(merged, doc.text))))))
    return on_report_day(merged, day_of_statement(doc), doc.text, [d.start for d in doc.dates])


#: verbs of launching: a launch of an attack is the attack
_LAUNCH = frozenset({"launch", "запустить", "запускать"})
#: nouns of attacks: an event only when their sentence dates them to a day
_ATTACK_NOUNS = frozenset({"attack", "strike", "assault", "атака", "удар"})


def _lemma_of(sent: Sentence, i: int) -> str:
    return (sent.tokens[i].lemma or sent.tokens[i].text).lower()


def _habitual_attack(sent: Sentence, found: _Found, own_time: TimeRef | None) -> bool:
    """"relied on drones in long-range strikes" (attacks in general), "в результате атаки дронов" (one
    told before, in passing): an attack noun whose sentence gives it no day, in the plural or framed."""
    tok = sent.tokens[found.trigger]
    if not (found.type == "other" and tok.pos == "NOUN" and (tok.lemma or tok.text).lower() in _ATTACK_NOUNS):
        return False
    if own_time is not None and own_time.precision == "day":
        return False
    plural = "Number=Plur" in tok.feats or tok.text.lower().endswith("s") and tok.text.lower() != tok.lemma.lower()
    return (plural and not tok.dep.startswith("obj")) or found.framed


def _names_a_weapon(sent: Sentence, i: int) -> bool:
    """"strike drones", "attack and surveillance drones": the word qualifies a weapon's name."""
    toks = sent.tokens
    if toks[i].dep in ("compound", "amod"):
        return True
    h = toks[i].head
    if toks[i].dep == "conj" and 0 <= h < len(toks) and toks[h].dep in ("compound", "amod"):
        return True
    return False


def _trigger(doc: AnalyzedDoc, sent: Sentence, si: int, triggers: dict[str, str]) -> _Found | None:
    text = doc.text[sent.start:sent.end].lower()
    lang = "ru" if (doc.lang or "").startswith("ru") else "en"
    best: _Found | None = None
    in_frame: _Found | None = None
    kinds: set[str] = set()
    in_dates, in_days = set(), set()  # tokens inside dates, and inside dates of one day
    for d in doc.dates:
        if sent.start <= d.start < sent.end:
            inside = {i for i, t in enumerate(sent.tokens) if d.start <= t.start < d.end}
            in_dates |= inside
            in_days |= inside if d.time.precision == "day" else set()
    for i, tok in enumerate(sent.tokens):
        lemma = (tok.lemma or tok.text).lower()
        # a summoned diplomat is a meeting, requested consultations an announcement
        kind = diplomatic_kind(doc, sent, i, triggers.get(lemma) or triggers.get(tok.text.lower()))
        session = council_session(sent, i)  # "заседание Высшего госсовета": the council's meeting
        kind = "meeting" if session else kind
        kind = "other" if kind is None and closes_a_passage(sent, i) else kind  # "closed the border"
        if kind is None or tok.pos in ("PROPN", "PUNCT", "ADP"):
            continue
        if kind == "other" and _names_a_weapon(sent, i):
            continue  # "strike drones", "attack and surveillance drones": a kind of weapon, not an attack
        if quoted_term(doc.text, sent.start, sent.end, tok.start):
            continue  # "нанесла «удар в спину»", "a “hybrid attack”": a figure or a label, not the act
        if (lemma in NOUN_ONLY_TRIGGERS and tok.pos != "NOUN") or (lemma in VERB_ONLY_TRIGGERS and tok.pos == "NOUN"):
            continue
        if kind == "announcement" and tok.pos == "ADJ" and "VerbForm" not in tok.feats:
            continue  # "until the present", "an open question": an adjective, not the act of its verb
        context = None if session else EVENT_CONTEXT.get(lemma)
        if context is not None and not case_context(lemma, text, doc.text, context) or wrong_subject(sent, i):
            continue
        if kind == "sanction" and (under_a_case(sent, i) or describes_a_noun(sent, i, triggers)):
            continue  # "charged with evading sanctions", "to sanctioned firms": what a case or a firm is about
        if tok.pos in ("NOUN", "ADJ") and lemma in NOUN_CONTEXT and not any(w in text for w in NOUN_CONTEXT[lemma]):
            continue
        on_day = scheduled_with_will(sent, i, frozenset(in_days))  # "will sign on January 17"
        if (_hypothetical(sent, i) and not on_day) or (_background(sent, i) and not dated_relative(
                sent, i, frozenset(in_days))) or (background(
                sent, i, kind, frozenset(in_dates), frozenset(in_days))
                and not visit_series(sent, i, kind, frozenset(in_dates))):  # "с 2024 года посещали … шесть раз"
            continue
        objects = [(t.lemma or t.text).lower() for t in sent.tokens if t.head == i and t.dep.split(":")[0] in ("obj", "nsubj")]
        if kind == "announcement" and any(o.startswith(LAUNCHED) or (lemma in _LAUNCH and o in _ATTACK_NOUNS) for o in objects):
            kind = "other"  # "запустили ракеты", "launched an air attack": a strike
        if kind == "announcement" and declares_a_regime(sent, i):
            kind = "other"  # "объявлен день траура", "declared a state of emergency": a measure in force
        if kind == "announcement" and announces_measures(sent, i):
            kind = "sanction"  # "announced new measures against Russia": the sanctions
        if kind == "agreement" and agreed_impersonally(sent, i):
            continue  # "it was agreed that …": what talks settled on, told as their outcome, no signing
        if kind == "sanction" and tok.pos == "NOUN" and agreed_on(sent, i):
            kind = "agreement"  # "EU countries agreed on a package of sanctions": a deal on them, not yet imposed
        if kind == "meeting" and any(o in NOT_RECEIVED for o in objects):
            continue  # "принял решение": no reception
        if pending(sent, i, kind) or antecedent(sent, i) or for_comparison(sent, i):
            continue  # "decided to send": still to come; "follows the deployment": before; "a similar deal": a measure
        kinds.add(kind)
        if framed(sent, i) or the_same(sent, i):  # "по итогам переговоров", "at the same meeting"
            in_frame = in_frame or _Found(kind, i, si, framed=True, future=future(sent, i) or forthcoming(sent, i))
            continue
        if best is None or PRIORITY.index(kind) < PRIORITY.index(best.type) or (
                kind == best.type and tok.pos == "VERB" != sent.tokens[best.trigger].pos):  # the verb tells most
            best = _Found(kind, i, si, _definite(sent, i) or _outcome(sent, i) or _signs_the_document(sent, i),
                          future=future(sent, i) or on_day or forthcoming(sent, i))
    if best is not None and best.type == "announcement":
        best.type = opened(sent, best.trigger, triggers) or best.type
    if best is not None and told_that_day(doc, sent, best.trigger):
        best.statement = True  # "summoned the ambassador": made on the report's day unless dated
    said_days = frozenset(in_days | unresolved_day_tokens(doc, sent, lang))  # "17 апреля заявил" without a year
    statement = next((v for v in [*statements(sent, lang), *dated_statements(sent, said_days)]
                      if not _hypothetical(sent, v, quoted=after_quote(doc, sent, v))), None)  # "29 октября отметил"
    stance = None if statement is not None else next((v for v in stances(doc, sent, lang)
                                                      if not _hypothetical(sent, v, quoted=after_quote(doc, sent, v))), None)
    if statement is None and stance is not None:  # "Tehran denied", "в Пентагоне подтвердили"
        statement = stance
    if statement is not None and (best is None or PRIORITY.index(best.type) > PRIORITY.index("announcement")):
        best = _Found("announcement", statement, si, retells(sent, statement), statement=True, stance=stance is not None)
    if best is not None and best.type == "announcement" and declares_a_regime(sent, best.trigger):
        best = _Found("other", best.trigger, si)  # "declared a state of emergency on Thursday": the measure
    if best is not None and in_frame is not None:
        best.within = in_frame.type
    if best or in_frame:
        (best or in_frame).kinds = frozenset(kinds)
    return best or in_frame


def _by_the_sides(sent: Sentence, trigger: int) -> bool:
    """"The sides signed a memorandum", "стороны подписали": done by the parties of the event before."""
    toks = sent.tokens
    return any(t.head == trigger and t.dep.startswith("nsubj") and (t.lemma or t.text).lower() in _SIDES
               for t in toks)


def _under(sent: Sentence, trigger: int, m: Mention) -> bool:
    """Whether a mention hangs (within a few steps) under the trigger."""
    toks = sent.tokens
    i = head_of(sent, m)
    return toks[i].head == trigger or trigger in tree.ancestors(toks, i, 4)


def _about(sent: Sentence, trigger: int) -> bool:
    """A noun trigger that a statement is about ("called the agreement a step", "under the deal"): the
    names of the sentence comment on the event rather than take part in it."""
    tok = sent.tokens[trigger]
    return tok.pos == "NOUN" and tok.dep.split(":")[0] in ("obj", "obl", "nmod", "iobj")


def _part_of_visit(sent: Sentence, found: _Found) -> bool:
    """A visit verb whose object or place is a common noun or pronoun ("toured the workshops", "the
    stand", "его посещала делегация") is a stop within an event the document already reported."""
    toks = sent.tokens
    trigger = toks[found.trigger]
    if found.type != "visit" or trigger.pos != "VERB":
        return False
    targets = [c for c, t in enumerate(toks) if t.head == found.trigger and c != found.trigger
               and t.dep.split(":")[0] in ("obj", "obl")]
    return bool(targets) and all(toks[c].pos in ("NOUN", "PRON") for c in targets)


def _background(sent: Sentence, i: int) -> bool:
    """A trigger verb in a relative or participial clause ("a company that was sanctioned in
    2023", "the cooperation that X and Y agreed on") describes a noun, and "have some agreements"
    names a kind of event: neither reports a new event."""
    toks = sent.tokens
    tok = toks[i]
    if tok.pos in ("VERB", "AUX") and tok.dep.startswith("acl"):
        return True
    if tok.pos == "NOUN":
        # "have some agreements", "any talks": a kind of event, not one that happened
        if any(t.head == i and t.dep == "det" and (t.lemma or t.text).lower() in _GENERIC_DET for t in toks):
            return True
        h = tok.head
        if 0 <= h < len(toks) and h != i and tok.dep.startswith("obj") and (toks[h].lemma or "").lower() in _HAVE:
            return True
    return False


def _definite(sent: Sentence, i: int) -> bool:
    """"the agreement", "этот договор": a noun trigger naming an event already reported."""
    toks = sent.tokens
    if toks[i].pos != "NOUN":
        return False
    return any(t.head == i and t.dep.startswith("det") and (t.lemma or t.text).lower() in DEFINITE
               for t in toks)


_DOCUMENT = frozenset({"document", "документ", "text", "текст"})


def _signs_the_document(sent: Sentence, i: int) -> bool:
    """"The document was signed by X and Y", "документ подписали министры": the signing of the
    agreement just reported, told again with its signatories."""
    toks = sent.tokens
    return (toks[i].pos == "VERB" and any(t.head == i and t.dep.split(":")[0] in ("obj", "nsubj")
                                          and (t.lemma or t.text).lower() in _DOCUMENT for t in toks))


def _outcome(sent: Sentence, i: int) -> bool:
    """"the two sides agreed", "стороны договорились": what the parties of the event before agreed
    on (signing a document is an event of its own)."""
    toks = sent.tokens
    return (toks[i].lemma or toks[i].text).lower() in AGREE and any(t.head == i and t.dep.startswith("nsubj") and (t.lemma or t.text).lower() in _SIDES
               for t in toks)


def _hypothetical(sent: Sentence, i: int, quoted: bool = False) -> bool:
    """A negated, planned or possible event ("no talks", "will visit", "может состояться") is no event;
    a verb saying a quotation told before it (``quoted``) answers only for its own words."""
    toks = sent.tokens
    chain = [i]
    # "proposed the plant during a visit", "посещая Беларусь, заявил": a frame of what is said, not planned
    for h in tree.ancestors(toks, i, 0 if quoted else 2):
        if toks[chain[-1]].dep.split(":")[0] in _FRAMES:
            break
        chain.append(h)
    for k in chain:
        for c, t in enumerate(toks):
            if t.head == k and c != k and t.dep.split(":")[0] in _MODIFIERS and (t.lemma or t.text).lower() in _NOT_YET:
                return True
        if (toks[k].lemma or toks[k].text).lower() in _NOT_YET:
            return True
        if asked_about(toks, k) or k == i and (none_of(toks, k) or of_a_plan(toks, k)):
            return True
    return False


def merge_events(events: list[Event], text: str | None = None, passing: frozenset[str] = frozenset()) -> list[Event]:
    """Merge reports of the same event within a document: same type, agreeing time and place.

    With the document's ``text``, a report in a headline or in passing (ids in ``passing``: "в
    результате атаки") merges with a report of its type whose time agrees (a headline tells the
    story the text then tells), and the merged event is evidenced by the full report's sentence."""
    out: list[Event] = []
    by_type: dict[str, list[Event]] = {}
    for e in events:
        # only the latest reports of a type are compared, so a hostile document stays linear
        target = next((o for o in by_type.get(e.type, [])[-MERGE_WINDOW:]
                       if _same(o, e) or (text is not None and weak_pair(text, o, e, passing))), None)
        if target is None:
            out.append(e)
            by_type.setdefault(e.type, []).append(e)
            continue
        if text is not None:
            prefer_prose(text, target, e, passing)
        target.time = target.time or e.time
        target.place = target.place or e.place
        if e.type != "sanction":  # a later report of a package names its targets, not new parties
            target.participants += [p for p in e.participants if p not in target.participants]
    return out


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.time and b.time and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    # one package of sanctions names many targets: its reports need not share a participant
    if a.type != "sanction" and a.participants and b.participants and not share_a_party(a.participants, b.participants, a.type):
        return False
    return bool(a.time or a.place or a.participants) and bool(b.time or b.place or b.participants)


class EventComponent:
    """Fills ``doc.events`` from trigger words, mentions and dates."""

    name = "claimgraph.events.v1"
    requires: tuple[str, ...] = ("sentences", "mentions", "dates")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        doc.events = find_events(doc)
        return doc


__all__ = ["EventComponent", "find_events", "merge_events"]
