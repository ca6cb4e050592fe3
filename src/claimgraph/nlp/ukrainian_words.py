"""Ukrainian words read as Russian ones, for the Russian models and the Russian word lists.

Two tables. :data:`SAME_LENGTH` holds frequent function words that have a Russian counterpart of
exactly the same length ("та" "да", "після" "после", "якщо" "если"): the script bridge writes them
so before Natasha tags and parses, and every offset stays an offset in the original text.
:data:`RUSSIAN_LEMMAS` maps the Ukrainian dictionary lemma of a content word (pymorphy3's
Ukrainian dictionary) to the Russian lemma the claim and event word lists know ("постачати"
"поставлять", "запровадити" "ввести"); it is consulted after parsing, so a lemma may have any
length. Tokens and mentions always keep the words as written.
"""
from __future__ import annotations

import functools
import re

#: Ukrainian function word (lower case) → Russian word of the same length
SAME_LENGTH: dict[str, str] = {
    "або": "или", "чи": "ли", "якщо": "если", "після": "после", "під": "под",
    "між": "меж", "цей": "сей", "ця": "та", "ці": "те", "це": "то", "цього": "этого", "цим": "тем",
    "вже": "уже", "також": "также", "лише": "лишь", "тільки": "только", "її": "ее", "свій": "свой",
    "був": "был", "була": "была", "було": "было", "були": "были", "бути": "быть", "понад": "свыше",
    "близько": "порядка", "рік": "год", "року": "года", "році": "году", "роки": "годы",
    "років": "годов", "у": "в", "й": "и", "з": "с", "зі": "со", "від": "изо",
    "він": "тот", "нею": "ней", "яка": "что", "яке": "что", "які": "что",
    "яку": "что", "яких": "коих", "якого": "коего", "якому": "коему", "якими": "коими",
    # no Russian word of the length: a preposition of the same case stands in for the parse
    "проти": "около",
}
#: words whose Russian lemma differs from that of their stand-in above
WORD_LEMMAS: dict[str, str] = {"проти": "против", "від": "от"}
_SAME_LENGTH_WORD = re.compile(r"(?<![\w'’ʼ-])[^\W\d_]+(?![\w'’ʼ-])")
#: "що" after a comma, with the space before it: written "что" over the space and the word, so
#: the parse sees the conjunction it knows (", що" → ",что"); the token is moved back onto "що"
_THAT = re.compile(r"(?<=[,;:]) що(?![\w'’ʼ-])")

#: Ukrainian lemma → the Russian lemma of the claim and event word lists
RUSSIAN_LEMMAS: dict[str, str] = {
    # supply and purchase
    "постачати": "поставлять", "постачатися": "поставляться", "поставити": "поставить",
    "поставляти": "поставлять", "надати": "предоставить", "надавати": "предоставлять",
    "відправити": "отправить", "відправляти": "отправлять", "направити": "направить",
    "передавати": "передавать", "передати": "передать", "експортувати": "экспортировать",
    "ввозити": "ввозить", "ввезти": "ввезти", "доставляти": "доставлять", "доставити": "доставить",
    "продавати": "продавать", "продати": "продать", "закуповувати": "закупать", "закупити": "закупить",
    "купувати": "покупать", "купити": "купить", "придбати": "приобрести", "набувати": "приобретать",
    "імпортувати": "импортировать", "постачання": "поставка", "поставка": "поставка",
    "експорт": "экспорт", "продаж": "продажа", "передача": "передача",
    # production
    "виробляти": "производить", "виробити": "произвести", "випускати": "выпускать",
    "випустити": "выпустить", "виготовляти": "изготавливать", "виготовити": "изготовить",
    "збирати": "собирать", "зібрати": "собрать", "розробити": "разработать", "розробляти": "разрабатывать",
    "виробництво": "производство", "збудувати": "построить", "будувати": "строить",
    "відкрити": "открыть", "створити": "создать", "налагодити": "наладить", "розгорнути": "развернуть",
    "запустити": "запустить", "потужність": "мощность",
    # cooperation, meetings, visits, offers
    "співпрацювати": "сотрудничать", "домовитися": "договориться", "домовлятися": "договариваться",
    "підписати": "подписать", "зустрітися": "встретиться", "зустрічатися": "встречаться",
    "прийняти": "принять", "відвідати": "посетить", "відвідувати": "посещать", "побувати": "побывать",
    "оглянути": "осмотреть", "запропонувати": "предложить", "пропонувати": "предлагать",
    "співпраця": "сотрудничество", "угода": "соглашение", "меморандум": "меморандум",
    "партнерство": "партнерство", "договір": "договор", "взаємодія": "взаимодействие",
    "зустріч": "встреча", "переговори": "переговоры", "візит": "визит", "консультація": "консультация",
    # plans and offers
    "планувати": "планировать", "планується": "планироваться", "збиратися": "собираться",
    "мати": "иметь", "намір": "намерение", "план": "план", "готуватися": "готовиться",
    "готовий": "готовый", "могти": "мочь", "хотіти": "хотеть", "намітити": "наметить",
    "розраховувати": "рассчитывать", "пропозиція": "предложение", "готовність": "готовность",
    # sanctions
    "потрапити": "попасть", "опинитися": "оказаться", "увійти": "войти",
    "санкція": "санкция", "санкційний": "санкционный", "обмеження": "ограничение",
    "запровадити": "ввести", "запроваджувати": "вводить", "накласти": "наложить",
    "внести": "внести", "включити": "включить", "розширити": "расширить",
    # speech
    "заявити": "заявить", "заявляти": "заявлять", "повідомити": "сообщить", "повідомляти": "сообщать",
    "наголосити": "подчеркнуть", "наголошувати": "подчеркивать", "зазначити": "отметить",
    "зазначати": "отмечать", "відзначити": "отметить", "розповісти": "рассказать",
    "розповідати": "рассказывать", "сказати": "сказать", "говорити": "говорить", "додати": "добавить",
    "визнати": "признать", "визнавати": "признавать", "стверджувати": "утверждать",
    "пообіцяти": "пообещать", "обіцяти": "обещать", "вважати": "считать", "уточнити": "уточнить",
    "пояснити": "пояснить", "спростувати": "опровергнуть", "спростовувати": "опровергать",
    "заперечувати": "отрицать", "заперечити": "отрицать", "відкинути": "отвергнуть",
    "назвати": "назвать", "вказати": "указать", "звинуватити": "обвинить", "звинувачувати": "обвинять",
    "оголосити": "объявить", "підтвердити": "подтвердить", "попередити": "предупредить",
    "написати": "написать", "опублікувати": "опубликовать", "оприлюднити": "обнародовать",
    "володіти": "владеть", "нагадати": "напомнить", "оцінити": "оценить", "констатувати": "констатировать",
    "розташовуватися": "располагаться", "розташувати": "расположить", "знаходитися": "находиться",
    "розкритикувати": "раскритиковать", "відповісти": "ответить", "цитувати": "цитировать",
    "підкреслити": "подчеркнуть", "передбачати": "предполагать", "підтримати": "поддержать",
    "підтримувати": "поддерживать", "схвалити": "одобрить", "звернутися": "обратиться",
    "попросити": "попросить", "просити": "просить", "прохання": "просьба",
    # role titles
    "голова": "глава", "очільник": "глава", "керівник": "руководитель", "радник": "советник",
    "речник": "представитель", "представник": "представитель", "заступник": "заместитель",
    "помічник": "помощник", "засновник": "основатель", "власник": "владелец",
    "командувач": "командующий", "міністр": "министр", "лідер": "лидер",
    # deployment, receipt and use
    "розмістити": "разместить", "розміщувати": "размещать", "розміщення": "размещение",
    "розгортати": "развертывать", "розгортання": "развертывание",
    "прибути": "прибыть", "прибувати": "прибывать", "заступити": "заступить", "чергування": "дежурство",
    "отримати": "получить", "отримувати": "получать", "застосувати": "применить",
    "застосовувати": "применять", "використовувати": "использовать", "використати": "использовать",
    "переправити": "переправить", "переправляти": "переправлять",
    "навчити": "обучить", "навчати": "обучать", "тренувати": "тренировать",
    "співробітництво": "сотрудничество", "підприємство": "предприятие", "зброя": "оружие",
    "боєприпас": "боеприпас", "безпілотник": "беспилотник", "запровадження": "введение",
}


def same_length(text: str, conjunction: bool = False) -> str:
    """``text`` with the function words of :data:`SAME_LENGTH` written as their Russian
    counterparts, an initial capital kept, and with ``conjunction`` "що" after a comma as "что"
    (its space taken, for the parse only); every other character is left where it is."""
    def swap(m: re.Match[str]) -> str:
        word = m.group()
        russian = SAME_LENGTH.get(word.lower())
        if russian is None or len(russian) != len(word):
            return word
        return russian[:1].upper() + russian[1:] if word[:1].isupper() else russian
    out = _SAME_LENGTH_WORD.sub(swap, text)
    return _THAT.sub("что", out) if conjunction else out


@functools.lru_cache(maxsize=1)
def ukrainian_morph() -> object | None:
    """pymorphy3's Ukrainian analyser (package ``pymorphy3-dicts-uk``), loaded once per process for
    every reader of Ukrainian forms; ``None`` without the dictionary (forms then stay as written)."""
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="uk")
    except Exception:  # noqa: BLE001 - a missing dictionary only loses lemmas
        return None


#: Natasha's part of speech → pymorphy3's parts of speech that may stand for it
_POS = {"VERB": ("VERB", "INFN", "GRND", "PRTF", "PRTS"), "AUX": ("VERB", "INFN"),
        "NOUN": ("NOUN",), "PROPN": ("NOUN",), "ADJ": ("ADJF", "ADJS", "PRTF", "PRTS", "VERB")}


@functools.lru_cache(maxsize=50_000)
def russian_lemma(word: str, pos: str) -> str | None:
    """The Russian lemma of a Ukrainian word the dictionary knows and :data:`RUSSIAN_LEMMAS` maps
    ("постачала" → "поставлять"); ``None`` for any other word. A verb tagged as an adjective or
    noun by the Russian models still maps when the dictionary reads it as a verb."""
    if word.lower() in WORD_LEMMAS:
        return WORD_LEMMAS[word.lower()]
    morph = ukrainian_morph()
    if morph is None or not word[:1].isalpha():
        return None
    allowed = _POS.get(pos, ()) + ("VERB", "INFN", "NOUN")
    for parse in morph.parse(word.lower())[:3]:  # type: ignore[attr-defined]
        if not parse.is_known or parse.tag.POS not in allowed:
            continue
        russian = RUSSIAN_LEMMAS.get(parse.normal_form)
        if russian is not None:
            return russian
    return None
