"""A formal act one report tells as still to come and another as done.

Sanctions, approvals and signatures are acts of one moment: "the United States will impose
sanctions on more than 500 targets" and "the United States imposed over 500 sanctions", or
"foreign ministers will adopt the package" and "the Council has approved the package", tell the
act two ways. Within one event cluster, a report whose sentences tell an act of one family only
as to come ("will sign", "is to be approved", "подпишут") and a report whose sentences tell it only
as done ("signed", "has approved", "подписали") disagree on the modality. A report that tells
both (announced, then done) is on neither side. A sentence that signs many documents ("over 70
agreements were signed at the forum", "plan to sign contracts worth $500 million") tells a round
of deals, some to come and some done, not one act. Meetings and visits are not among these acts:
an announced visit and the visit told afterwards are one occasion (see
:mod:`claimgraph.triangulate.align`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from claimgraph.triangulate.sentence_sides import Said, clustered, sentences_of, side

#: Acts by family: the words that tell each as to come, and as done.
TO_COME = {
    "sanction": r"\b(?:will|shall|is to|are to|to be|expected to|set to|going to|plans? to)\s+(?:\w+\s+)?"
                r"(?:impose|sanction)\b|\b(?:will|is to|are to) be (?:imposed|sanctioned)\b|\bdecided to impose\b|"
                r"\b(?:введут|(?:решил[аи]?|намерен[аы]?|планиру\w+) ввести) (?:\w+ )?(?:санкци|ограничени|меры)\w*|"
                r"\bбудут введены (?:\w+ )?(?:санкци|ограничени|меры)\w*",
    "approve": r"\b(?:will|shall|is to|are to|to be|expected to|set to|going to|plans? to)\s+(?:\w+\s+)?"
               r"(?:approve|adopt|accept)\b|\b(?:will|is to|are to) be (?:approved|adopted)\b|\bутвердят\b|\bбудет утвержд\w*",
    "sign": r"\b(?:will|shall|is to|are to|to be|expected to|set to|going to|plans? to)\s+(?:\w+\s+)?sign\b|"
            r"\b(?:will|is to|are to) be signed\b|"
            r"\bподпишут\b|\bбудет подписан\w*|\bпланируется подписани\w*|\bдолжны подписать\b",
}
DONE = {
    # "sanctioned" after an article or a preposition is an attribute ("against sanctioned oligarchs")
    "sanction": r"\bimposed\b|(?<!\bagainst )(?<!\bthe )(?<!\ba )(?<!\bof )(?<!\bon )(?<!\bfor )(?<!\bwith )"
                r"(?<!\bother )\bsanctioned\b|\b(?:ввел[аи]?|введены) (?:\w+ )?(?:санкци|ограничени|меры)\w*",
    "approve": r"\b(?:approved|adopted)\b|\bутвердил[аи]?\b|\bутвержден\w*",
    "sign": r"\bsigned\b|\bподписал[аи]?\b|\bподписан[аоы]?\b",
}
#: Documents signed in the plural: many deals, not one act ("соглашения" only where it follows no
#: noun of the act, after which it is a genitive singular: "подписание соглашения").
MANY_SIGNED = re.compile(
    r"\b(?:agreements|contracts|deals|documents|memorand(?:a|ums)|treaties|accords)\b"
    r"|(?<!\w)(?:соглашений|договоры|договоров|контракты|контрактов|документы|документов|меморандумы"
    r"|меморандумов|угоди|угод|договори|контракти|документи|umowy|umów|kontrakty|kontraktów|abkommen|verträge)(?!\w)"
    r"|(?<!подписания )(?<!подписание )(?<!\w)соглашения(?!\w)", re.IGNORECASE)
_TO_COME = {k: re.compile(v, re.IGNORECASE) for k, v in TO_COME.items()}
_DONE = {k: re.compile(v, re.IGNORECASE) for k, v in DONE.items()}
STEMS = ("will impose", "will sign", "will approve", "will adopt", "will accept", "be signed", "be approved", "be adopted",
         "be imposed",
         "введут", "ввести", "утвердят", "подпишут", "будет подписан", "планируется подписание", "должны подписать")
ABOUT = {"sanction": "whether the sanctions are imposed", "approve": "whether the measure is approved",
         "sign": "whether the agreement is signed"}


@dataclass(slots=True)
class TenseDisagreement:
    cluster: str
    act: str
    to_come: list[Said]
    done: list[Said]


def told_as(sentence: str) -> dict[str, set[str]]:
    """The act families a sentence tells as to come and as done: {"to come": {...}, "done": {...}}."""
    come = {act for act, rx in _TO_COME.items() if rx.search(sentence)}
    done = {act for act, rx in _DONE.items() if rx.search(sentence) and act not in come}
    if MANY_SIGNED.search(sentence):
        come.discard("sign")
        done.discard("sign")
    return {"to come": come, "done": done}


def tense_disagreements(texts: Mapping[str, str], cluster_of: Mapping[str, str]) -> list[TenseDisagreement]:
    """Per cluster and act family, reports telling the act only as to come against those telling
    it only as done."""
    come: dict[tuple[str, str], list[Said]] = defaultdict(list)
    done: dict[tuple[str, str], list[Said]] = defaultdict(list)
    for doc, cluster in clustered(texts, cluster_of):
        by_act: dict[str, tuple[list[Said], list[Said]]] = defaultdict(lambda: ([], []))
        for s in sentences_of(doc, texts[doc]):
            told = told_as(s.text)
            for act in told["to come"]:
                by_act[act][0].append(s)
            for act in told["done"]:
                by_act[act][1].append(s)
        for act, (c, d) in by_act.items():
            if c and d:
                continue  # the report tells the act announced and done
            come[(cluster, act)].extend(c)
            done[(cluster, act)].extend(d)
    return [TenseDisagreement(cluster, act, come[(cluster, act)], done[(cluster, act)])
            for cluster, act in sorted(come) if come[(cluster, act)] and done.get((cluster, act))]


def shown(d: TenseDisagreement, outlets_of: Callable[[str], list[str]] = lambda doc: []) -> dict[str, Any]:
    """The disagreement as the event keeps it, in the shape of the figures' disagreements."""
    return {"kind": "modality", "about": ABOUT[d.act], "reasons": ["to come vs done"],
            "sides": [side("to come", d.to_come, outlets_of), side("done", d.done, outlets_of)]}
