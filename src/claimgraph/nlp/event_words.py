"""Event words of languages read without a parser (Ukrainian, Belarusian, Bulgarian, German, Polish,
Romanian, Estonian): word beginnings that name an event.

These languages get word tokens only (no lemma, no part of speech), so an event word is found by
the beginning of its lower-cased form: "підписали", "unterzeichnet", "podpisali" all begin with a
signing stem. Stems are chosen long enough not to begin common unrelated words; a stem that is
ambiguous on its own ("удар" blow / strike) is listed only where news uses it for the event.

Their day-month dates ("2 квітня", "17. Oktober 2024") are read by
:func:`claimgraph.nlp.dates.day_dates`.
"""
from __future__ import annotations

import re

from claimgraph.nlp.dates import day_dates
from claimgraph.nlp.event_word_acts import STEMS as ACT_STEMS, beside_words, told_beside

#: language → (stem, event type); the longest matching stem of a word wins
STEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        ("зустріч", "meeting"), ("зустрі", "meeting"), ("переговор", "meeting"), ("саміт", "meeting"),
        ("візит", "visit"), ("відвіда", "visit"), ("відвіду", "visit"), ("прибув", "visit"), ("прибул", "visit"),
        ("підписа", "agreement"), ("угод", "agreement"), ("договір", "agreement"), ("договор", "agreement"),
        ("меморандум", "agreement"), ("домовил", "agreement"),
        ("брифінг", "announcement"),
        ("звернувся", "announcement"), ("звернення", "announcement"),
        # a stance told in the past: refuted, denied, rejected, criticised, acknowledged, accused ("підтвердили"
        # is left out: without a parse, confirming an attack cannot be told from confirming a report)
        ("спростува", "announcement"), ("заперечив", "announcement"), ("заперечил", "announcement"),
        ("відкинув", "announcement"), ("відкинул", "announcement"), ("розкритикува", "announcement"),
        ("визнав", "announcement"), ("визнал", "announcement"), ("звинуватив", "announcement"),
        ("звинуватил", "announcement"),
        # "Про це 4 січня повідомив …", "Про це заявив речник": who made the statement the report tells
        ("повідоми", "announcement"), ("заявив", "announcement"), ("заявил", "announcement"),
        ("розповів", "announcement"), ("розповіл", "announcement"),
        ("підтвердили", "announcement"),  # only as a body's impersonal statement (below)
        ("підтвердив", "announcement"), ("підтвердила", "announcement"),  # beside a day (below)
        ("санкці", "sanction"),
        ("виставк", "exhibition"), ("форум", "other"),
        ("атакува", "other"), ("атак", "other"), ("запусти", "other"), ("застосува", "other"), ("уразил", "other"), ("уразив", "other"), ("обстріл", "other"),
        ("вибух", "other"), ("удари", "other"), ("ударів", "other"),
        # an airspace incursion, a summoned diplomat, requested consultations (each beside its object, below)
        ("порушив", "other"), ("порушил", "other"), ("залетів", "other"), ("залетіл", "other"), ("увійшл", "other"),
        ("вторгл", "other"), ("перетнув", "other"), ("перетнул", "other"),
        ("викликав", "meeting"), ("викликал", "meeting"),
        ("запросив", "announcement"), ("запросил", "announcement"),
        # a border crossing or an airport closed (beside its passage, below)
        ("закрив", "other"), ("закрил", "other"),
    ),
    "be": (
        ("сустрэч", "meeting"), ("перагавор", "meeting"), ("саміт", "meeting"),
        ("візіт", "visit"), ("наведа", "visit"), ("прыбудзе", "visit"), ("прыбыў", "visit"), ("прыбыл", "visit"),
        ("падпіса", "agreement"), ("падпісанн", "agreement"), ("пагадненн", "agreement"), ("дамов", "agreement"),
        ("меморандум", "agreement"),
        ("брыфінг", "announcement"), ("санкцы", "sanction"), ("выстаў", "exhibition"), ("форум", "other"),
        ("атак", "other"), ("удар", "other"),
    ),
    "bg": (
        ("среща", "meeting"), ("срещна", "meeting"), ("преговор", "meeting"),
        ("посещени", "visit"), ("посети", "visit"), ("визит", "visit"), ("пътуван", "visit"), ("пътешестви", "visit"),
        ("пристигна", "visit"),
        ("подписа", "agreement"), ("споразумени", "agreement"), ("договор", "agreement"), ("меморандум", "agreement"),
        ("брифинг", "announcement"), ("санкци", "sanction"), ("изложб", "exhibition"), ("форум", "other"),
        ("атак", "other"), ("удари", "other"),
    ),
    "de": (
        ("treffen", "meeting"), ("getroffen", "meeting"), ("traf", "meeting"), ("gespräch", "meeting"), ("verhandlung", "meeting"),
        ("gipfel", "meeting"),
        ("besuch", "visit"), ("staatsbesuch", "visit"), ("reise", "visit"), ("eingetroffen", "visit"),
        ("unterzeichn", "agreement"), ("unterschrieb", "agreement"), ("vertrag", "agreement"),
        ("abkommen", "agreement"), ("vereinbar", "agreement"), ("partnerschaftsvertrag", "agreement"),
        ("beistandspakt", "agreement"), ("beistandsabkommen", "agreement"),
        ("erklärung", "announcement"), ("pressekonferenz", "announcement"),
        ("sanktion", "sanction"), ("strafmaßnahm", "sanction"),
        ("ausstellung", "exhibition"), ("messe", "exhibition"), ("forum", "other"),
        ("angriff", "other"), ("angriffe", "other"), ("luftangriff", "other"), ("drohnenangriff", "other"), ("beschuss", "other"),
        ("abgefeuert", "other"), ("angegriffen", "other"),
    ),
    "pl": (
        ("spotka", "meeting"), ("spotkani", "meeting"), ("negocjac", "meeting"),
        ("szczyt", "meeting"),
        ("wizyt", "visit"), ("odwiedzi", "visit"), ("przybył", "visit"), ("podróż", "visit"),
        ("podpisa", "agreement"), ("traktat", "agreement"), ("umow", "agreement"), ("porozumieni", "agreement"),
        ("memorand", "agreement"),
        ("orędzi", "announcement"), ("briefing", "announcement"),
        ("sankcj", "sanction"),
        ("wystaw", "exhibition"), ("targ", "exhibition"), ("forum", "other"),
        ("atak", "other"), ("uderz", "other"), ("ostrzał", "other"), ("rozmieszcz", "other"),
        ("zaatakowa", "other"),
    ),
    "ro": (
        ("întâlni", "meeting"), ("negocier", "meeting"), ("summit", "meeting"),
        ("vizit", "visit"), ("călători", "visit"), ("deplasar", "visit"),
        ("semna", "agreement"), ("semnat", "agreement"), ("acord", "agreement"), ("tratat", "agreement"),
        ("briefing", "announcement"), ("sancțiun", "sanction"), ("sancţiun", "sanction"),
        ("expoziți", "exhibition"), ("forum", "other"), ("atac", "other"),
    ),
    "et": (
        ("kohtumi", "meeting"), ("kohtus", "meeting"), ("läbirääkimis", "meeting"),
        ("visiit", "visit"), ("külasta", "visit"),
        ("allkirjasta", "agreement"), ("leping", "agreement"), ("kokkulepe", "agreement"),
        ("pressikonverents", "announcement"), ("sanktsioon", "sanction"), ("näitus", "exhibition"),
        ("rünna", "other"), ("ründas", "other"), ("rünnak", "other"), ("droonirünnak", "other"),
    ),
}
# arrests, charges and extraditions, journeys, talks and signings (each beside the words it needs)
STEMS = {lang: stems + ACT_STEMS.get(lang, ()) for lang, stems in STEMS.items()}
#: stems that begin common words of another sense: they count only as whole words or their listed
#: endings ("targi" fair / "target" in a Polish text; "reise" travel / "Reisende")
_WHOLE = {"targ": ("targi", "targach", "targów"), "reise": ("reise",), "messe": ("messe",), "traf": ("traf", "trafen"),
          "удар": ("удар", "удари", "ударів", "ударами"), "атак": ("атака", "атаки", "атаку", "атакою", "атаці", "атак"),
          "atak": ("atak", "ataku", "ataki", "atakiem", "ataków", "atakach"), "atac": ("atac", "atacul", "atacuri", "atacurile"),
          "angriff": ("angriff", "angriffe", "angriffen", "angriffs"),
          "acord": ("acord", "acordul", "acordului", "acorduri", "acordurile"), "umow": ("umowa", "umowy", "umowę", "umów", "umowie", "umową")}


#: Ukrainian weekdays as a statement is dated by them ("в п'ятницю", "у вівторок")
_WEEKDAYS = ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "п’ятницю", "суботу", "неділю")


#: stems that name the event only beside one of these word beginnings ("запустили ракети": a launch
#: of missiles; "запустили виробництво" is no strike)
_BESIDE = {"запусти": ("ракет", "дрон", "безпілот"), "застосува": ("ракет", "дрон", "безпілот"),
           # a saying is the report's statement where "про це" points back to what it told, or where
           # the sentence names a day ("заявив Салліван 11 липня")
           **{stem: ("про це", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                     "вересня", "жовтня", "листопада", "грудня",
                     # a weekday: "в п'ятницю заявила", "у вівторок підтвердив"
                     *(f"{p} {day}" for p in ("в", "у") for day in _WEEKDAYS))
              for stem in ("повідоми", "заявив", "заявил", "розповів", "розповіл", "підтвердив", "підтвердила")},
           # "порушив повітряний простір", "залетіли у повітряний простір": an incursion
           **{stem: ("повітрян",) for stem in ("порушив", "порушил", "залетів", "залетіл", "увійшл", "вторгл",
                                               "перетнув", "перетнул")},
           # "викликало посла", "викликав тимчасового повіреного": a summons; "запросила консультації"
           **{stem: ("посла", "посол", "повірен", "дипломат") for stem in ("викликав", "викликал")},
           **{stem: ("консультаці",) for stem in ("запросив", "запросил")},
           # "закрила аеропорт", "закрили прикордонні переходи": a passage closed
           **{stem: ("аеропорт", "кордон", "переход", "перехід", "пункт пропуску", "повітряний простір")
              for stem in ("закрив", "закрил")}}


#: stems a body's impersonal statement is told with ("У Білому домі підтвердили, що …", "у МЗС заявили,
#: що …"): a statement whose speaker is the body the sentence opens with, its words a "що" clause
_IMPERSONAL = frozenset({"підтвердили", "заявил", "повідоми", "спростува"})


def _impersonal(word: str, sentence: str) -> bool:
    """"У Білому домі підтвердили, що …": a plural past verb after a place-like opening ("у/в" and up
    to four words) and before a "що" clause: a body speaking, not someone confirming an act."""
    return word.endswith("ли") and re.search(  # the sentence's opening, or a line's under a dateline
        rf"(?:^|\n)\W*[ув]\s+(?:[\w'’-]+\s+){{1,4}}{re.escape(word)},?\s+що\b", sentence) is not None


def word_event(word: str, lang: str, sentence: str = "", lead: bool = False) -> str | None:
    """The event type a word names in ``lang`` (by its longest listed stem), or None; ``sentence``
    (lower-case) is checked for the words some stems need beside them. A saying in the report's
    ``lead`` ("Президент заявив, що …" opening the text) is its news and needs none."""
    w = word.lower()
    best: tuple[int, str] | None = None
    for stem, kind in STEMS.get(lang, ()):
        if not w.startswith(stem):
            continue
        whole = _WHOLE.get(stem)
        if whole is not None and w not in whole:
            continue
        beside = _BESIDE.get(stem)
        if stem in _IMPERSONAL and _impersonal(w, sentence) or lead and stem in _SAYING:
            beside = None
        elif stem == "підтвердили":
            continue
        if beside is not None and not any(b in sentence for b in beside):
            continue
        needed = beside_words(stem, lang)
        if needed is not None and not told_beside(w, needed, sentence):
            continue  # "затримали поставки", "rozmowa z dziennikarzami": no arrest, no talks
        if stem in _SAYING and re.search(_BY_OUTLET, sentence):
            continue  # "Про це повідомило медіа NewsMaker": an outlet passing news on, a citation
        if best is None or len(stem) > best[0]:
            best = (len(stem), kind)
    if best is not None and best[1] == "visit" and any(d in sentence for d in _DIPLOMATS) and any(
            o in sentence for o in _OFFICES):
        return "meeting"  # "посол прибув до МЗС": a diplomat called in
    return best[1] if best else None


#: stems of saying, and the outlets whose saying is only news passed on ("повідомило видання")
_SAYING = frozenset({"повідоми", "заявив", "заявил", "розповів", "розповіл", "підтвердив", "підтвердила"})
_BY_OUTLET = r"(?:повідоми\w*|заяви\w*|розповіл\w*)\s+(?:медіа|видання|газета|телеканал|сайт|портал|змі)\b"
#: a diplomat and a foreign office (word beginnings): a diplomat's arrival there is a summons
_DIPLOMATS = ("посол", "посла", "повірен")
_OFFICES = ("мзс", "міністерств закордонних")


#: prepositions (lower-case word sequences) after which an event word frames the event the
#: sentence reports ("під час зустрічі", "während der Gespräche", "przed podpisaniem"): such a word
#: counts only when the sentence has no other
FRAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "uk": (("під", "час"), ("після",), ("в", "ході"), ("у", "ході"), ("в", "рамках"), ("у", "рамках"), ("для",),
           ("перед",)),
    "be": (("падчас",), ("пасля",), ("у", "рамках"), ("для",), ("перад",)),
    "bg": (("по", "време", "на"), ("след",), ("в", "рамките", "на"), ("за",), ("преди",)),
    "de": (("während",), ("nach",), ("bei",), ("vor",), ("zum",), ("zur",), ("im", "rahmen")),
    "pl": (("podczas",), ("po",), ("przed",), ("w", "trakcie"), ("w", "ramach"), ("na",), ("dla",)),
    "ro": (("în", "timpul"), ("după",), ("înainte", "de"), ("pentru",)),
    "et": (),
}


def framed(words: list[str], i: int, lang: str) -> bool:
    """Whether the event word ``words[i]`` follows a framing preposition (one adjective may stand
    between: "podczas wizyty", "während der Gespräche", "in timpul unei călătorii")."""
    for frame in FRAMES.get(lang, ()):
        n = len(frame)
        for gap in (0, 1):
            at = i - gap - n
            if at >= 0 and tuple(w.lower() for w in words[at:at + n]) == frame:
                return True
    return False


__all__ = ["FRAMES", "STEMS", "day_dates", "framed", "word_event"]  # day_dates: re-exported from dates
