"""Word classes and label sets that several predicate families share."""
from __future__ import annotations

from claimgraph.nlp.lexicon import FUTURE_AUX as _FUTURE_AUX

AGENTS = frozenset({"Person", "Organization", "Company", "PublicBody", "Country", "Location", "Facility"})
ORGS = frozenset({"Organization", "Company", "PublicBody", "Facility"})
PLACES = frozenset({"Country", "Location"})
_GENERIC_ORG = frozenset({"company", "firm", "plant", "factory", "manufacturer", "maker", "enterprise",
                          "concern", "group", "ministry", "agency", "authority", "committee", "academy",
                          "university", "park", "centre", "center", "holding", "corporation", "institute",
                          "компания", "фирма", "завод", "предприятие", "производитель", "концерн", "ведомство",
                          "министерство", "корпорация", "холдинг", "комитет", "академия", "университет", "центр",
                          "институт", "агентство", "объединение", "site", "zone", "госкорпорация", "country",
                          "страна", "hall", "workshop", "facility", "цех", "bloc"})
#: nouns that stand for a group of some organisation or place: "a delegation of X", "делегация X"
_GROUP = frozenset({"analyst", "analysts", "researcher", "researchers", "investigator", "investigators",
                    "аналитик", "исследователь", "следователь", "delegation", "team", "engineers", "engineer", "officials", "official", "representatives",
                    "representative", "government", "governments", "authorities", "authority", "side", "sides",
                    "military", "specialists", "specialist", "experts", "делегация", "команда", "инженер",
                    "представитель", "правительство", "власти", "власть", "сторона", "специалист", "военный",
                    "руководство", "эксперт", "чиновник"})
_EXPLICIT_PLAN = frozenset({"plan", "intend", "aim", "план", "планировать", "намереваться", "намеренный", "намерен",
                            "собираться", "планироваться"})
_MEASURES = frozenset({"kilometre", "kilogram", "tonne", "metre", "hour", "minute", "second", "litre", "%",
                       "километр", "килограмм", "тонна", "метр", "час", "минута", "секунда", "литр", "mile"})
_PRODUCTS = frozenset({"Product"})
#: counted nouns that are never what a plant turns out ("the two allied armies", "2 thousand organizations")
_NOT_OUTPUT = _GROUP | {"country", "army", "organization", "company", "firm", "state", "region", "people", "person",
                        "worker", "employee", "страна", "армия", "организация", "компания", "фирма", "регион",
                        "человек", "сотрудник", "работник", "государство", "view", "visitor", "user",
                        "subscriber", "reader", "просмотр", "посетитель", "пользователь", "подписчик", "читатель"}
#: nouns of intention whose infinitive is the subject's plan ("has no plans to produce", "планы построить")
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "план", "намерение"})
_MAKERS = frozenset({"Company", "Facility", "Organization", "Country", "Location", "PublicBody"})
_CAPACITY_NOUNS = frozenset({"capacity", "мощность", "производительность"})
#: verbs of denying a deed or a report of it
DENY = frozenset({"deny", "reject", "refute", "dismiss", "rebuff", "rubbish", "опровергнуть", "опровергать", "отрицать",
                  "отвергнуть", "отвергать", "заперечувати", "заперечити", "спростувати", "спростовувати",
                  "відкидати", "відкинути"})
#: verbs of calling something a name: a denial when the name is one of falsehood
CALL = frozenset({"call", "label", "brand", "term", "назвать", "называть", "назвати", "називати"})
#: words of falsehood ("called the reports lies", "назвал сообщения фейком")
FALSEHOOD = frozenset({"false", "fake", "lie", "baseless", "groundless", "unfounded", "absurd", "fabrication",
                       "fabricated", "nonsense", "speculation", "rumour", "rumor", "propaganda", "untrue",
                       "ложь", "фейк", "вымысел", "выдумка", "слух", "домысел", "провокация", "клевета", "ложный",
                       "безосновательный", "голословный", "абсурд", "абсурдный", "неправда", "спекуляция",
                       "брехня", "фейковий", "вигадка", "неправдивий", "disinformation", "дезинформация",
                       "дезінформація"})
#: nouns of what others say: the delivery they tell of hangs on them ("reports of shipments")
REPORTS = frozenset({"report", "claim", "allegation", "accusation", "charge", "suggestion", "assertion",
                     "information", "speculation", "rumour", "rumor", "сообщение", "обвинение", "информация",
                     "данные", "утверждение", "заявление", "публикация", "слух", "домысел", "повідомлення",
                     "звинувачення", "інформація", "твердження", "высказывание"})
