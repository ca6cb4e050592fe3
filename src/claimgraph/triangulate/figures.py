"""Figures that reports of one event give for one counted thing, and where they disagree.

Claims carry only the numbers of their predicates (a plant's capacity, a sanctioned count). Outlets
also disagree on figures no claim holds: how many people were hurt, how far a plant lies from the
front, how many agreements a forum signed. Each quantity a report states is a *figure*: its number,
its qualifier and the thing it counts (the unit, "kilometres", "people", "drones"). Within one
event cluster, two figures of one counted thing contradict each other when their numbers cannot
both be right: 2 % apart (and no more than :data:`MAX_RATIO` times), a bound against a plain
number of the same value ("over 6,000" / "6,000"), a number outside a stated range or beyond a
bound ("up to 40,000" / "41,000"), two bounds of one direction ("more than 250" / "more than 300");
and

- each is given by a report that does not give the other (a report stating "two wounded at the
  dormitory, three in hospital" speaks of two things; a report giving one number with a hedge and
  without it hedges its own figure and stands with the hedge), and, where a report gives several figures
  of that thing, the two are each other's closest figure in the two reports;
- their sentences date them to no two different years (two periods, not one figure in doubt);
- the event holds few figures of that thing (:data:`MAX_FIGURES`): a round-up of many numbers
  of one unit counts many things, not one.

A qualifier is part of a figure, as the annotation of a stated figure keeps it (value, unit,
qualifier): one number told with a hedge ("about 50 minutes") or an inclusive bound ("as many as
2,400") by one report and plainly by another is a disagreement of how sure the figure is, where
that number is the only one the event's reports give for that thing. Where they also give another
number near it ("1,200 km" / "1,500 km"), the question is the number, and the hedged and the plain
figure are one side of it. Hedges agree with each other ("some 1,000" / "about 1,000") and with a
nearby number that is not the same ("about 1,500" / "1,520"). A Cyrillic "до N" may be "up to N"
or "to N" ("rose to 14") and agrees with any qualifier of its number.

A figure without a counted thing ("134"), with a generic one ("units"), or a sum of money is left
out: nothing tells what it counts. A distance followed by a compass direction ("20 km southwest of
the village") places something and is compared only with other such distances.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from claimgraph.model import Mention
from claimgraph.triangulate.quantities import CURRENCY_STEMS, PARTY_STEMS, unit_stem
from claimgraph.triangulate.unit_heads import counted_noun, word_class

QUALIFIERS = ("more than", "less than", "at least", "up to", "about", "exactly")
#: Qualifier words that put the number just under what is stated ("nearly 300", "почти 300").
JUST_UNDER = re.compile(r"^\s*(nearly|almost|close to|почти|близко|майже|амаль)\b", re.IGNORECASE)
#: Qualifiers whose bound holds its own number: "up to 12,000" and "12,000" can both be right.
INCLUSIVE = frozenset({"up to", "at least"})
BOUND = {"more than": ">", "at least": ">", "up to": "<", "less than": "<", "about": "~"}
HEDGE = "~"  # "about", "some", "around": the number stated loosely
AMBIGUOUS = "?"  # Cyrillic "до N": "up to N" or "to N"; agrees with any qualifier of its number
#: Words for one counted thing in several languages and scripts; compared by :func:`unit_stem`.
UNIT_WORDS = {
    "kilom": """km kilometre kilometres kilometer kilometers км километр километров километра кілометрів""",
    "person": """people person persons individual individuals человек людей человека люди осіб особи
              особа людзей чалавек osób osoby ludzi menschen personen civilians residents inhabitants
              житель жителей жителя жители мешканців мешканці жыхароў mieszkańców cywilów einwohner
              zivilisten""",
    "drone": """drone drones uav uavs бпла беспилотник беспилотников беспилотника дрон дронов дронів
             безпілотників беспілотнікаў drony drona dronów dronami drohne drohnen bezzałogowców""",
    "company": """company companies firm firms organization organizations organisation organisations
               компания компаний компании компаній firmy spółek unternehmen firmen""",
    "missile": """missile missiles rocket rockets ракета ракеты ракет rakieta rakiety rakiet rakete raketen""",
    "shell": """shell shells снаряд снаряды снарядов снарядів""",
    # rounds of small-arms ammunition: "two million rounds" / "millions of cartridges"
    "round": """round rounds cartridge cartridges патрон патроны патронов патронах набоїв набої naboje
             nabojów""",
    "container": """container containers контейнер контейнеров контейнерів kontener kontenerów""",
    # a body of soldiers told by any of its names: "12,000 troops" / "12,000 soldiers"
    # ("personnel", "fighters" and "военнослужащих" are left out: their stems are those of
    # "persons", "fighter jets" and "военных")
    "troop": """troop troops soldier soldiers serviceman servicemen солдат солдата солдаты
             бойцов бойца солдатів вояків żołnierzy żołnierze soldaten soldat""",
    # workers sent to build or rebuild: "5,000 construction workers" / "5,000 military builders"
    "worker": """worker workers builder builders labourer labourers laborer laborers строитель строителей
              строителя строители будівельник будівельників робітників pracowników arbeiter
              bauarbeiter""",
}
#: Spellings of one counted thing, by :func:`unit_stem`.
UNIT_CLASSES = {unit_stem(w): thing for thing, words in UNIT_WORDS.items() for w in words.split()} | {
    "km": "kilom"}
#: Word stems that tell what a count of people measures, in several languages. A count of people
#: hospitalised, killed or in a critical condition answers another question than a count of people
#: hurt ("six injured, three of them in hospital", "35 hurt, ten of them critically"), so such a
#: count is compared only with counts of its own measure.
MEASURE_STEMS = {
    "hospital": """hospital стационар госпитал больниц лікарн шпитал krankenhaus klinik szpital hospitaliz
                hospitalis""",
    "dead": """killed dead died death deaths fatalit погиб убит умер смерт загину загибл вбит памёр
            загінул getötet tote todesopfer zginę zginął zabit""",
    "severe": """critical critically serious seriously severe severely тяжел тяжёл критическ тяжк важк
              критичн schwer lebensgefähr ciężk krytyczn""",
    "hurt": """injur wound hurt casualt пострада ранен ранил травм поранен постражд поранен ранені
            verletz verwund rann poszkodow""",
}
#: A count of the hurt whose clause says they were taken to hospital ("37 people wounded in the
#: blast were hospitalised"): the one count answers both how many were hurt and how many are in
#: hospital. The text after the figure: its noun, a participle of hurt, and the clause's verb.
HURT_THEN_HOSPITAL = re.compile(
    r"^\s+(?:people|persons|individuals|civilians|residents)\s+(?:who\s+were\s+)?(?:wounded|injured|hurt)\b"
    r"[^.;\d]{0,40}?\b(?:were|have\s+been|had\s+been|are)\s+(?:hospitali[sz]ed|taken\s+to\s+(?:a\s+)?hospital)",
    re.IGNORECASE)
#: Measures kept apart from the others: a count of people with one of these is its own question.
SEPARATE_MEASURES = frozenset({"hospital", "dead", "severe"})
#: Word stems of what was done with counted weapons, in several languages: a count of drones
#: shot down, or of missiles handed over, answers another question than the count launched in
#: an attack ("six drones attacked, one was shot down"; "handed over several dozen missiles and
#: has since fired several").
ROLE_STEMS = {
    "down": """shot downed intercept destroy сбит сбил сбиты перехвач уничтож подавлен збит збил збито
            перехоплен знищ zestrzel przechwyc zniszcz abgeschossen abgefangen zerstört""",
    "supply": """supplied supply supplies deliver transferr transfer shipped shipping shipment handed
              provided sent send передал передан передав поставил поставлен поставк отправ відправ надал надав
              надан постачан постав geliefert lieferte übergeben przekaz dostarcz wysła""",
}
#: A compass direction just after a distance ("20 km southwest of the village", "в 20 км
#: юго-западнее села"): the distance places something, it does not measure how far it went.
DIRECTION_AFTER = re.compile(
    r"^[\s,()]*(?:(?:north|south)?-?(?:north|south|east|west)(?:ern|ward)?\s+of\b|"
    r"(?:северо-|юго-|північно-|південно-)?(?:западнее|восточнее|севернее|южнее|західніше|східніше|північніше|"
    r"південніше)|на (?:северо-|юго-)?(?:запад|восток|север|юг) от)", re.IGNORECASE)
DIRECTION_REACH = 20  # characters after a distance where its direction stands
#: Words that make a count an addition to one told before it ("five more drones", "two others",
#: "another three", "ещё пять"): a part of the total, not an answer to how many there were.
ADDED_AFTER = re.compile(r"^\s+(?:more|other|others|further|additional)\b", re.IGNORECASE)
ADDED_BEFORE = re.compile(r"(?:^|[^\w])(?:another|ещё|еще|ще|іще|яшчэ|kolejne|kolejnych|weitere)\s+$", re.IGNORECASE)
#: Counted things whose counts are told by what was done with them.
WEAPON_UNITS = frozenset({"drone", "missile", "shell"})
AFTER_CHARS = 60  # of the text after a figure where the noun its adjective unit modifies stands
MEASURE_REACH = 60  # characters between a figure and the word that says what it measures
_WORD = re.compile(r"\w+")
#: A number written in digits just before a word: that word is its noun.
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s+$")
#: Counted things that name where something happened, not how much of it: "four regions were
#: hit" and "it borders eight regions" count places a report mentions in passing.
PLACE_UNITS = frozenset(unit_stem(w) for w in """region regions country countries city cities town towns
district districts province provinces state states oblast oblasts область областей области регион
регионов региона регіонів країн стран города городов міст""".split()) - {""}
#: Rates over a short time: "500 drones a month" counts another thing than "1,500 drones" in all.
#: (A yearly figure stays with a plain one: annual output is often stated without "a year".)
SHORT_RATES = frozenset({"/day", "/week", "/month"})
MAX_FIGURES = 8  # distinct numbers (not ranges) of one thing in one event; more is a round-up
#: Two figures further apart than this factor count two things ("10 km" from a town, "1,200 km"
#: from the border), not one thing two ways.
MAX_RATIO = 3.0
TOLERANCE = 0.02
HEDGE_SLACK = 0.25  # a hedged number ("about 1,000") reaches a range this share beyond its ends
JUST_UNDER_SHARE = 0.05  # "nearly 80" covers 72 to 80 (twice this share under it)
#: Month names (English, Russian, Ukrainian, Belarusian) a date's day number may be read as the unit of.
MONTHS = """january february march april may june july august september october november december
январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа
сентябрь сентября октябрь октября ноябрь ноября декабрь декабря січень січня лютий лютого березень
березня квітень квітня травень травня червень червня липень липня серпень серпня вересень вересня
жовтень жовтня листопад листопада грудень грудня студзень студзеня люты лютага сакавік сакавіка
красавік красавіка травеня чэрвень чэрвеня ліпень ліпеня жнівень жніўня верасень верасня
кастрычнік кастрычніка лістапад лістапада снежань снежня""".split()
MONTH_STEMS = frozenset(unit_stem(m) for m in MONTHS) - {""}
#: Cyrillic "до N" is "up to N" or "to N" ("rose to 14"): a loose figure, not a ceiling.
_CYRILLIC_TO = re.compile(r"^\s*до\s", re.IGNORECASE)
_CYRILLIC_TO_BEFORE = re.compile(r"(?:^|[^\w])до\s+$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})")


@dataclass(slots=True)
class Figure:
    """One stated quantity: where, what number (or range), which bound, what it counts."""

    document_id: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str
    sentence: tuple[int, int]
    years: frozenset[str] = field(default_factory=frozenset)
    inclusive: bool = False  # a bound that holds its own number ("up to 12,000", "at least 4")
    measure: str = ""  # what a count measures, where it is one of SEPARATE_MEASURES or ROLE_STEMS

    def says(self) -> str:
        return " ".join(self.text.split())


@dataclass(slots=True)
class FigureDisagreement:
    """Two figures of one counted thing in reports of one event that cannot both be right."""

    kind: str  # number or count
    cluster: str
    unit: str
    sides: tuple[list[Figure], list[Figure]]
    reason: str


def measure_of(m: Mention, sentence: tuple[int, str] | None, table: dict[str, str] | None = None) -> str:
    """The measure named by the measure word nearest the figure in its sentence ("hospital" for
    "three people were hospitalised"; with ``table`` :data:`ROLE_STEMS`, "down" for "four drones
    were shot down"), or "" when none stands within :data:`MEASURE_REACH`."""
    if not sentence or sentence[0] is None:
        return ""
    offset, text = sentence
    start, end = m.start - offset, m.end - offset
    best: tuple[int, str] | None = None
    for w in _WORD.finditer(text):
        gap = start - w.end() if w.end() <= start else w.start() - end if w.start() >= end else None
        if gap is None or gap > MEASURE_REACH or _not_its_measure(w, text, start, end):
            continue
        word = w.group().casefold()
        measure = next((k for k, stems in (table or MEASURE_STEMS).items()
                        if any(word.startswith(x) for x in stems.split())), "")
        if measure and (best is None or gap < best[0]):
            best = (gap, measure)
    return best[1] if best else ""


def _not_its_measure(w: re.Match[str], text: str, start: int, end: int) -> bool:
    """Whether a word near a figure (``start``..``end`` in ``text``) cannot say what it measures:
    a name in capitals (a channel called "DOWNED"), or the noun of another number standing just before
    it ("из 30 раненых 12 в больнице": the wounded are the 30, the 12 are in hospital)."""
    if len(w.group()) > 1 and w.group().isupper():
        return True
    number = _NUMBER_BEFORE.search(text, 0, w.start())
    if number is None:
        return False
    return not (start <= number.start() < end or number.start() < end <= number.end())


def parse_figure(m: Mention, years: frozenset[str] = frozenset(), before: str = "", after: str = "") -> Figure | None:
    """A figure from a quantity mention's normalized form ("more than 1000 container /year");
    ``before``: the text just before the mention, where a qualifier may stand outside it;
    ``after``: the text just after it, where the noun a Cyrillic adjective unit modifies stands."""
    text = (m.normalized or "").strip()
    qualifier = next((q for q in QUALIFIERS if text.startswith(q + " ")), "")
    rest = text[len(qualifier):].split()
    if not rest:
        return None
    core, unit_words = rest[0], [w for w in rest[1:] if not w.startswith("/")]
    if len(unit_words) == 1 and (noun := counted_noun(unit_words[0], after)):
        unit_words = [noun]  # "пять тысяч военных строителей": builders, not "военный"
    rate = next((w for w in rest[1:] if w in SHORT_RATES), "")
    low = high = value = None
    try:
        if "-" in core.lstrip("-"):
            a, b = core.lstrip("-").split("-", 1)
            low, high = sorted((float(a), float(b)))
        else:
            value = float(core)
    except ValueError:
        return None
    stem = unit_stem(" ".join(unit_words)) if unit_words else ""
    if (not stem or stem in CURRENCY_STEMS or stem in MONTH_STEMS or stem in PLACE_UNITS
            or any(ch.isdigit() for ch in stem)):
        return None
    cyrillic_to = _CYRILLIC_TO.match(m.text) or _CYRILLIC_TO_BEFORE.search(before)
    bound = "<" if JUST_UNDER.match(m.text) else AMBIGUOUS if cyrillic_to else BOUND.get(qualifier, "")
    sentence = (m.sent_start if m.sent_start is not None else m.start, m.sent_end if m.sent_end is not None else m.end)
    unit = word_class(" ".join(unit_words)) or UNIT_CLASSES.get(stem, stem)
    inclusive = bound in ("<", ">") and qualifier in INCLUSIVE and not JUST_UNDER.match(m.text)
    return Figure(m.document_id, m.start, m.end, m.text, value, low, high, bound, f"{unit} {rate}" if rate else unit,
                  sentence, years, inclusive)


def conflict(a: Figure, b: Figure, qualifiers: bool = False) -> str | None:
    """Why two figures of one thing cannot both be right, or None when they can; ``qualifiers``:
    one number told with a hedge or an inclusive bound and without it disagrees (see the module)."""
    if a.low is not None or b.low is not None:
        la, ha = (a.low, a.high) if a.low is not None else (a.value, a.value)
        lb, hb = (b.low, b.high) if b.low is not None else (b.value, b.value)
        if la is None or ha is None or lb is None or hb is None:
            return None
        slack = TOLERANCE * max(abs(ha), abs(hb), 1.0)
        if la - slack <= hb and lb - slack <= ha or _ratio(a, b) > MAX_RATIO or _bound_reaches(a, b) or \
                _bound_reaches(b, a):
            return None
        return f"{a.says()} / {b.says()}: no overlap"
    if a.value is None or b.value is None:
        return None
    if abs(a.value - b.value) <= TOLERANCE * max(abs(a.value), abs(b.value), 1.0):
        if a.bound == b.bound or AMBIGUOUS in (a.bound, b.bound):
            return None
        loose = HEDGE in (a.bound, b.bound) or (a.inclusive and not b.bound) or (b.inclusive and not a.bound)
        if loose and not (qualifiers and a.value == b.value):
            return None  # "about 1,500" covers "1,520"; "up to 12,000" holds "12,000"
        return f"{a.says()} / {b.says()}: different qualifier"
    if _ratio(a, b) > MAX_RATIO or _just_under(a, b) or _just_under(b, a):
        return None
    if _within_bound(a, b) or _within_bound(b, a):
        return None
    return f"{a.says()} / {b.says()}: different number"


def _bound_reaches(a: Figure, b: Figure) -> bool:
    """Whether ``a`` is a bound or a hedged number and ``b`` a range it reaches: "at least one"
    holds "several", "about ten" is near "several dozen" (within :data:`HEDGE_SLACK`)."""
    if a.value is None or b.low is None or b.high is None:
        return False
    if a.bound == ">":
        return b.high >= a.value
    if a.bound == "<":
        return b.low <= a.value
    if a.bound in (HEDGE, AMBIGUOUS):
        return b.low * (1 - HEDGE_SLACK) <= a.value <= b.high * (1 + HEDGE_SLACK)
    return False


def _within_bound(a: Figure, b: Figure) -> bool:
    """Whether ``a`` is a bound ("up to 2,000", "more than 1,300") and ``b`` a number on its side:
    a bare figure has no predicate to say it answers the same question, so only figures that cannot
    both be true disagree. Two bounds of one direction ("more than 5", "at least 12") still do."""
    if a.bound not in ("<", ">") or a.value is None or b.value is None:
        return False
    if b.bound in ("<", ">"):  # two bounds: of one direction they disagree, opposite ones may overlap
        return a.bound != b.bound and (b.value <= a.value if a.bound == "<" else b.value >= a.value)
    return b.value <= a.value if a.bound == "<" else b.value >= a.value


def _just_under(a: Figure, b: Figure) -> bool:
    """Whether ``a`` says "nearly X" and ``b`` states a plain number a little under X ("76" is
    nearly 80)."""
    if a.bound != "<" or not JUST_UNDER.match(a.text) or b.bound or a.value is None or b.value is None:
        return False
    return (1 - 2 * JUST_UNDER_SHARE) * a.value <= b.value <= a.value * (1 + TOLERANCE)


def _span(f: Figure) -> tuple[float, float]:
    """A figure's lowest and highest number (a plain number is both)."""
    if f.low is not None and f.high is not None:
        return abs(f.low), abs(f.high)
    return abs(f.value or 0.0), abs(f.value or 0.0)


def _ratio(a: Figure, b: Figure) -> float:
    """How many times the larger number is the smaller (infinite for a zero or a sign change); for
    a range, by its end nearest the other figure (1 where they overlap)."""
    (la, ha), (lb, hb) = _span(a), _span(b)
    if la <= hb and lb <= ha:
        return 1.0
    x, y = (ha, lb) if ha < lb else (hb, la)
    return y / x if x > 0 else float("inf")


def _nearest(f: Figure, others: list[Figure]) -> Figure | None:
    """The number of ``others`` (a range aside) closest to ``f`` by ratio."""
    return min((o for o in others if o.value is not None), key=lambda o: (_ratio(f, o), o.start), default=None)


def _face_each_other(a: list[Figure], b: list[Figure], by_doc: dict[tuple[str, str], list[Figure]]) -> bool:
    """Whether some figure of ``a`` and some of ``b`` are each the other's closest figure of that
    thing in its report: where a report gives several figures ("two wounded, three in hospital"),
    only its figure closest to the other report's speaks to the same question. Two ranges
    ("several" / "several dozen"), each the report's one figure of that thing, face each other; so
    do a report's one range ("millions of rounds") and the other report's number nearest it."""
    for fa in a:
        for fb in b:
            near_b = _nearest(fa, by_doc[(fb.document_id, fb.unit)])
            near_a = _nearest(fb, by_doc[(fa.document_id, fa.unit)])
            if near_b is fb and near_a is fa:
                return True
            sole_a, sole_b = (len(by_doc[(f.document_id, f.unit)]) == 1 for f in (fa, fb))
            if fa.value is None and fb.value is None and sole_a and sole_b:
                return True
            if (fa.value is None and sole_a and near_a is None and near_b is fb) or (
                    fb.value is None and sole_b and near_b is None and near_a is fa):
                return True  # a report's one vague count of the thing against the other's nearest number
    return False


def _key(f: Figure) -> tuple[float, float, str]:
    """Figures that say the same, for grouping: the number (or range) and the bound."""
    if f.low is not None and f.high is not None:
        return (f.low, f.high, "")
    v = f.value or 0.0
    return (v, v, f.bound.replace(AMBIGUOUS, ""))


def _periods_apart(a: list[Figure], b: list[Figure]) -> bool:
    ya = frozenset().union(*(f.years for f in a))
    yb = frozenset().union(*(f.years for f in b))
    return bool(ya and yb and not ya & yb)


def figures_of(mentions: Iterable[Mention], before: dict[str, str] | None = None,
               sentences: dict[str, tuple[int, str]] | None = None) -> list[Figure]:
    """Figures of the quantity mentions, each dated by the years of the dates in its sentence;
    ``before``: mention id -> the text just before it; ``sentences``: mention id -> its sentence's
    start and text, where a count of people finds what it measures."""
    mentions = list(mentions)
    years: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "Date" and m.normalized and (match := _YEAR.match(m.normalized)):
            years[(m.document_id, m.sent_start)].add(match.group(1))
    dates = [(m.document_id, m.start, m.end) for m in mentions if m.label == "Date"]
    date_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, s, e in dates:
        date_spans[doc].append((s, e))
    out = []
    for m in mentions:
        if m.label != "Quantity":
            continue
        if any(s < m.end and m.start < e for s, e in date_spans.get(m.document_id, ())):
            continue  # a day of a month read as a number
        sentence = (sentences or {}).get(m.id)
        if _added(m, sentence):
            continue
        after = sentence[1][m.end - sentence[0]:][:AFTER_CHARS] if sentence and sentence[0] is not None else ""
        f = parse_figure(m, frozenset(years.get((m.document_id, m.sent_start), ())), (before or {}).get(m.id, ""),
                         after)
        if f is not None:
            measure = (measure_of(m, sentence) if f.unit == "person"
                       else measure_of(m, sentence, ROLE_STEMS) if f.unit in WEAPON_UNITS
                       else "place" if f.unit == "kilom" and _placed(m, sentence) else "")
            if measure in SEPARATE_MEASURES or measure in ROLE_STEMS or measure == "place":
                f.measure, f.unit = measure, f"{f.unit} {measure}"
            out.append(f)
            if measure == "hurt" and HURT_THEN_HOSPITAL.match(after):
                out.append(replace(f, measure="hospital", unit="person hospital"))
    return _rates_carried(out)


def numbers_stated(mentions: Iterable[Mention]) -> dict[str, list[tuple[float, float]]]:
    """Per document, the number (or range, low and high) of each quantity it states, whatever
    it counts: where a report states a number, it knows of it."""
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for m in mentions:
        if m.label != "Quantity" or not m.normalized:
            continue
        words = m.normalized.split()
        core = next((w for w in words if w[:1].isdigit()), "")
        try:
            low, _, high = core.partition("-")
            a, b = sorted((float(low), float(high or low)))
            out[m.document_id].append((a, b))
        except ValueError:
            continue
    return out


def states_number(numbers: list[tuple[float, float]], value: float) -> bool:
    """Whether one of ``numbers`` (low, high) is ``value`` or holds it, within the tolerance."""
    slack = TOLERANCE * max(abs(value), 1.0)
    return any(low - slack <= value <= high + slack for low, high in numbers)


def _added(m: Mention, sentence: tuple[int, str] | None) -> bool:
    """Whether a count adds to one told before it ("five more drones", "ещё пять")."""
    if not sentence or sentence[0] is None:
        return False
    start, end = m.start - sentence[0], m.end - sentence[0]
    text = sentence[1]
    return bool(ADDED_AFTER.match(text[end:end + 20]) or ADDED_BEFORE.search(text[max(start - 20, 0):start]))


def _placed(m: Mention, sentence: tuple[int, str] | None) -> bool:
    """Whether a compass direction follows a distance: it places something ("20 km southwest of")."""
    if not sentence or sentence[0] is None:
        return False
    after = m.end - sentence[0]
    return bool(DIRECTION_AFTER.match(sentence[1][after:after + DIRECTION_REACH]))


def _rates_carried(figures: list[Figure]) -> list[Figure]:
    """A report stating one number of one thing as a short rate ("500 drones a month") and again
    without it ("approximately 500 drones") means the rate both times."""
    rated: dict[tuple[str, float, str], str] = {(f.document_id, f.value, f.unit.split()[0]): f.unit for f in figures
                                                if f.value is not None and f.unit.split()[-1] in SHORT_RATES}
    for f in figures:
        if f.value is not None and f.unit == f.unit.split()[0] and (
                unit := rated.get((f.document_id, f.value, f.unit))):
            f.unit = unit
    return figures


def figure_disagreements(figures: Iterable[Figure], event_of: dict[str, str]) -> list[FigureDisagreement]:
    """Within each event cluster and counted thing, the pairs of figures no report gives together
    that contradict each other (see the module's rules)."""
    groups: dict[tuple[str, str], dict[tuple[float, float, str], list[Figure]]] = defaultdict(lambda: defaultdict(list))
    by_doc: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in figures:
        cluster = event_of.get(f.document_id)
        if cluster:
            groups[(cluster, f.unit)][_key(f)].append(f)
            by_doc[(f.document_id, f.unit)].append(f)
    out = []
    for (cluster, unit), told in sorted(groups.items()):
        variants = _hedges_joined(told)
        if sum(1 for k in variants if k[0] == k[1]) > MAX_FIGURES or len(variants) < 2:
            continue
        keys = sorted(variants)
        for i, ka in enumerate(keys):
            for kb in keys[i + 1:]:
                both = {f.document_id for f in variants[ka]} & {f.document_id for f in variants[kb]}
                self_a, self_b = _qualified_self(ka, kb, variants[ka]), _qualified_self(kb, ka, variants[kb])
                a = [f for f in variants[ka] if f.document_id not in both or self_a]
                b = [f for f in variants[kb] if f.document_id not in both or self_b]
                if not a or not b or _periods_apart(a, b):
                    continue  # a report giving both figures speaks of two things
                if not _face_each_other(a, b, by_doc) and not (self_a or self_b):
                    continue  # (one number told with and without a hedge faces itself)
                reason = conflict(a[0], b[0], _only_number(a[0], variants))
                if reason:
                    kind = ("count" if unit in PARTY_STEMS or unit.split()[0] in ("person", "company")
                            else "number")
                    out.append(FigureDisagreement(kind, cluster, unit, (a, b), reason))
    return out


def _hedged_self(k: tuple[float, float, str], other: tuple[float, float, str]) -> bool:
    """Whether ``k`` is one number told with a hedge ("about 5,000") and ``other`` the same number
    told plainly: a report giving both hedges its own figure (a lead saying "about 5,000" over a
    quotation saying "5,000") and stands with the hedge, not with the plain figure."""
    return k[0] == k[1] == other[0] == other[1] and k[2] == HEDGE and not other[2]


def _qualified_self(k: tuple[float, float, str], other: tuple[float, float, str], figures: list[Figure]) -> bool:
    """Whether ``k`` is one number told with a hedge or an inclusive bound ("about 5,000", "up to
    5,000") and ``other`` the same number told plainly: a report giving both qualifies its own
    figure (a headline saying "up to 5,000" over a body saying "5,000") and stands with the
    qualifier."""
    return _hedged_self(k, other) or (k[0] == k[1] == other[0] == other[1] and not other[2]
                                       and k[2] in ("<", ">") and all(f.inclusive for f in figures))


def _hedges_joined(variants: dict[tuple[float, float, str], list[Figure]]) -> dict[tuple[float, float, str], list[Figure]]:
    """The figures of one thing by what they say, a hedged number joined to its plain one where
    another number stands near it: then the number is in question, not the hedge."""
    out: dict[tuple[float, float, str], list[Figure]] = defaultdict(list)
    for key, figures in variants.items():
        low, high, bound = key
        if bound == HEDGE and not _only_number(figures[0], variants):
            key = (low, high, "")
        out[key].extend(figures)
    return out


def _only_number(f: Figure, variants: dict[tuple[float, float, str], list[Figure]]) -> bool:
    """Whether no figure of the thing gives another number near ``f``'s (within :data:`MAX_RATIO`,
    a range by either end): then ``f``'s number is agreed and only its qualifier is in question."""
    if f.value is None:
        return False
    for low, high, _ in variants:
        for n in {low, high}:
            near = _ratio(f, _number(n)) <= MAX_RATIO
            if near and abs(n - f.value) > TOLERANCE * max(abs(n), abs(f.value), 1.0):
                return False
    return True


def _number(n: float) -> Figure:
    return Figure("", 0, 0, "", n, None, None, "", "", (0, 0))


def shown(d: FigureDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """A figure disagreement as the event keeps it: kind, the counted thing, why, and each side's
    wording, documents, outlets and sentences (document, start, end)."""
    def side(figures: list[Figure]) -> dict[str, Any]:
        docs = sorted({f.document_id for f in figures})
        return {"says": figures[0].says(), "documents": docs,
                "outlets": list(dict.fromkeys(o for doc in docs for o in outlets_of(doc))),
                "sentences": sorted({(f.document_id, f.sentence[0], f.sentence[1]) for f in figures})}

    return {"kind": d.kind, "about": d.unit, "reasons": [d.reason], "sides": [side(s) for s in d.sides]}
