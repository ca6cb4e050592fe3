"""Events still to come, only planned or denied, in languages read without a parser.

Without a parse, the words of the event word's clause tell whether it happened: a future auxiliary,
a word of planning or readiness, or a negation standing shortly before the event word ("буде
погоджено новий пакет санкцій", "запланавана падпісанне", "wird … unterzeichnen", "nie
podpisano", "ніяких атак"), or a verb of taking place in the future right after its noun ("форум
пройдзе ў Магілёве", "зустріч відбудеться"), or a future auxiliary right after its participle
("rozmieszczonych będzie", "підписано буде"). Such a word gives no event, as a future or negated
trigger gives none where a parser reads the sentence (:mod:`claimgraph.nlp.events`).
"""
from __future__ import annotations

#: words (lower-case) that, shortly before an event word of their clause, make it not (yet) real
BEFORE: dict[str, frozenset[str]] = {
    "uk": frozenset({"буде", "будуть", "будемо", "будете", "не", "ніяких", "жодних", "жодного", "планує", "планують",
                     "планується", "запланован", "запланована", "заплановано", "запланований", "може", "можуть",
                     "готова", "готовий", "готові", "має", "мають", "наміри", "намір"}),
    "be": frozenset({"будзе", "будуць", "не", "ніякіх", "плануе", "плануюць", "плануецца", "запланавана",
                     "запланаваны", "запланавана", "можа", "могуць", "гатовы", "гатова"}),
    "bg": frozenset({"ще", "не", "няма", "планира", "планират", "може", "могат", "готова", "готов"}),
    "de": frozenset({"wird", "werden", "soll", "sollen", "will", "wollen", "nicht", "kein", "keine", "keinen",
                     "bereit", "könnte", "könnten", "würde", "würden", "plant", "planen", "geplant", "geplante"}),
    "pl": frozenset({"będzie", "będą", "nie", "planuje", "planują", "planowane", "planowana", "może", "mogą",
                     "gotowa", "gotowy", "ma", "mają"}),
    "ro": frozenset({"va", "vor", "nu", "ar", "planifică", "planificată", "poate", "pot"}),
    "et": frozenset({"ei", "hakkab", "hakkavad", "plaanib", "plaanivad", "võib"}),
}
#: verbs of taking place in the future, right after an event noun ("форум пройдзе", "зустріч відбудеться")
AFTER: dict[str, frozenset[str]] = {
    "uk": frozenset({"відбудеться", "відбудуться", "пройде", "пройдуть", "розпочнеться", "збереться", "буде", "будуть"}),
    "be": frozenset({"адбудзецца", "адбудуцца", "пройдзе", "пройдуць", "пачнецца", "будзе", "будуць"}),
    "bg": frozenset({"ще"}),
    "de": frozenset({"wird", "werden", "soll", "sollen"}),
    "pl": frozenset({"odbędzie", "odbędą", "rozpocznie", "będzie", "będą"}),
    "ro": frozenset({"va", "vor"}),
    "et": frozenset(),
}
#: how many words before (after) the event word are read
REACH_BEFORE, REACH_AFTER = 4, 2
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "—", "–", "!", "?"})


def pending_word(words: list[str], i: int, lang: str) -> bool:
    """Whether the event word ``words[i]`` is told as still to come, planned or denied."""
    before, after = BEFORE.get(lang, frozenset()), AFTER.get(lang, frozenset())
    for k in range(i - 1, max(-1, i - 1 - REACH_BEFORE), -1):
        w = words[k].lower()
        if w in _CLAUSE_ENDS:
            break
        if w in before:
            return True
    for k in range(i + 1, min(len(words), i + 1 + REACH_AFTER)):
        w = words[k].lower()
        if w in _CLAUSE_ENDS:
            break
        if w in after:
            return True
    return False


__all__ = ["AFTER", "BEFORE", "pending_word"]
