"""Word lists that drive claims and events, per language, by lemma. Extend them here.

The claim and event rules read the dependency parse; these tables only say which lemmas mean
what. Russian lemmas are Natasha's (infinitive verbs, nominative nouns), English ones spaCy's.
"""
from __future__ import annotations

#: verb (or predicate noun) lemma → predicate; "supplies_from" marks buying verbs, whose source
#: becomes the supplier of a supplies_to claim
PREDICATE_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "produce": "produces", "manufacture": "produces", "make": "produces", "assemble": "produces",
        "output": "produces", "turn": "produces", "fabricate": "produces", "churn": "produces",
        "develop": "produces", "design": "produces", "unveil": "produces",
        "supply": "supplies_to", "ship": "supplies_to", "deliver": "supplies_to", "sell": "supplies_to",
        "export": "supplies_to", "transfer": "supplies_to", "send": "supplies_to", "provide": "supplies_to",
        "route": "supplies_to", "smuggle": "supplies_to", "reach": "supplies_to", "arm": "supplies_to",
        "dispatch": "supplies_to", "furnish": "supplies_to", "donate": "supplies_to", "re-export": "supplies_to",
        "buy": "supplies_from", "purchase": "supplies_from", "import": "supplies_from", "source": "supplies_from",
        "procure": "supplies_from", "order": "supplies_from",
        "cooperate": "cooperates_with", "collaborate": "cooperates_with", "partner": "cooperates_with",
        "agree": "cooperates_with", "sign": "cooperates_with", "co-produce": "cooperates_with",
        "meet": "met_with", "receive": "met_with", "host": "met_with",
        "talk": "met_with", "confer": "met_with", "discuss": "met_with", "converse": "met_with",
        "visit": "visited", "tour": "visited", "inspect": "visited",
        "offer": "offers_to_build", "propose": "offers_to_build", "suggest": "offers_to_build",
        "sanction": "sanctioned_by", "blacklist": "sanctioned_by", "designate": "sanctioned_by",
        "list": "sanctioned_by", "target": "sanctioned_by", "add": "sanctioned_by",
        "include": "sanctioned_by", "hit": "sanctioned_by",
        "base": "located_in", "locate": "located_in", "headquarter": "located_in",
    },
    "ru": {
        "производить": "produces", "произвести": "produces", "выпускать": "produces", "выпустить": "produces",
        "собирать": "produces", "собрать": "produces", "изготавливать": "produces", "изготовить": "produces",
        "изготовлять": "produces", "производиться": "produces", "выпускаться": "produces",
        "изготавливаться": "produces", "разработать": "produces", "разрабатывать": "produces",
        "поставлять": "supplies_to", "поставить": "supplies_to", "доставить": "supplies_to",
        "доставлять": "supplies_to", "отгрузить": "supplies_to",
        "отгружать": "supplies_to", "передавать": "supplies_to", "передать": "supplies_to",
        "продавать": "supplies_to", "продать": "supplies_to", "экспортировать": "supplies_to",
        "ввозить": "supplies_to", "ввезти": "supplies_to", "направить": "supplies_to",
        "отправить": "supplies_to", "отправлять": "supplies_to", "поставляться": "supplies_to",
        "снабжать": "supplies_to", "снабдить": "supplies_to", "предоставить": "supplies_to", "предоставлять": "supplies_to",
        "вооружать": "supplies_to", "вооружить": "supplies_to",
        "переправить": "supplies_to", "переправлять": "supplies_to", "реэкспортировать": "supplies_to",
        "закупать": "supplies_from", "закупить": "supplies_from", "покупать": "supplies_from",
        "купить": "supplies_from", "импортировать": "supplies_from", "приобрести": "supplies_from",
        "приобретать": "supplies_from",
        "сотрудничать": "cooperates_with", "договориться": "cooperates_with", "подписать": "cooperates_with",
        "договариваться": "cooperates_with",
        "встретиться": "met_with", "встречаться": "met_with", "принять": "met_with",
        "побеседовать": "met_with", "беседовать": "met_with", "переговорить": "met_with",
        "пообщаться": "met_with", "общаться": "met_with", "поговорить": "met_with", "обсудить": "met_with",
        "обсуждать": "met_with",
        "посетить": "visited", "посещать": "visited", "побывать": "visited", "осмотреть": "visited",
        "предложить": "offers_to_build", "предлагать": "offers_to_build",
        "внести": "sanctioned_by", "включить": "sanctioned_by",
        "расположить": "located_in", "располагаться": "located_in", "находиться": "located_in",
    },
}
#: nouns that carry a predicate ("talks with", "capacity of", "переговоры с")
PREDICATE_NOUNS: dict[str, dict[str, str]] = {
    "en": {"capacity": "capacity", "talks": "met_with", "talk": "met_with", "meeting": "met_with",
           "cooperation": "cooperates_with", "agreement": "cooperates_with", "memorandum": "cooperates_with",
           "partnership": "cooperates_with", "treaty": "cooperates_with", "pact": "cooperates_with",
           "collaboration": "cooperates_with", "accord": "cooperates_with",
           "roadmap": "cooperates_with", "sanctions": "sanctioned_by", "visit": "visited"},
    "ru": {"мощность": "capacity", "переговоры": "met_with", "встреча": "met_with", "консультация": "met_with",
           "сотрудничество": "cooperates_with", "соглашение": "cooperates_with", "меморандум": "cooperates_with",
           "партнерство": "cooperates_with", "партнёрство": "cooperates_with", "договор": "cooperates_with",
           "взаимодействие": "cooperates_with", "договоренность": "cooperates_with",
           "договорённость": "cooperates_with", "кооперация": "cooperates_with",
           "санкция": "sanctioned_by", "визит": "visited"},
}
#: verbs of talking together: a meeting only between people, the partner named with "with"
#: ("discussed the issue with Putin", "побеседовали с премьером"), never the thing talked about
TALK_VERBS = frozenset({"talk", "confer", "discuss", "converse", "побеседовать", "беседовать", "переговорить",
                        "пообщаться", "общаться", "поговорить", "обсудить", "обсуждать"})
#: offer verbs whose complement names what is offered ("offering Belarus to build a factory")
BUILD_VERBS = frozenset({"build", "construct", "open", "set", "establish", "launch", "create", "deploy",
                         "построить", "строить", "открыть", "создать", "наладить", "развернуть", "запустить"})
#: verbs of reported speech: their subject is the speaker of what they govern
SPEECH_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"say", "state", "stress", "tell", "add", "note", "announce", "confirm", "claim", "insist",
                     "concede", "admit", "believe", "report", "declare", "emphasize", "emphasise", "explain",
                     "write", "warn", "argue", "allege", "accuse", "promise", "pledge", "suggest", "estimate",
                     "deny", "reject", "refute", "dismiss", "acknowledge", "assure", "indicate", "comment",
                     "reveal", "disclose", "call"}),
    "ru": frozenset({"заявить", "заявлять", "сообщить", "сообщать", "подчеркнуть", "подчеркивать", "отметить",
                     "отмечать", "рассказать", "рассказывать", "сказать", "говорить", "добавить", "признать",
                     "признавать", "утверждать", "пообещать", "обещать", "считать", "уточнить", "пояснить",
                     "опровергнуть", "опровергать", "отрицать", "отвергнуть", "назвать", "указать",
                     "констатировать", "объявить", "оценить", "напомнить"}),
}
DENIAL_VERBS = frozenset({"deny", "reject", "refute", "dismiss", "опровергнуть", "опровергать", "отрицать",
                          "отвергнуть"})
OFFER_CUES = frozenset({"offer", "propose", "предложить", "предлагать", "готовый", "готов"})
PLAN_CUES = frozenset({"will", "would", "shall", "'ll", "plan", "intend", "expect", "aim", "going", "seek",
                       "should", "could", "may", "might", "schedule", "due", "hope", "want",
                       "планировать", "намереваться", "намеренный", "намерен", "собираться", "рассчитывать",
                       "наметить", "намечать", "планироваться", "должный", "должен", "мочь", "смочь", "хотеть", "план",
                       "намерение", "intention",
                       "предполагать", "предстоять"})
HEDGE_CUES = frozenset({"believe", "suggest", "allege", "allegedly", "reportedly", "accuse", "claim", "estimate",
                        "suspect", "appear", "seem", "likely", "якобы", "предположительно", "по-видимому",
                        "вероятно", "подозревать", "обвинять", "утверждать"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "не", "никогда", "нет"})
#: "according to X", "по словам X": the next mention is the source of the sentence
ACCORDING_TO = {
    "en": r"\b(?:according\s+to|as\s+per|as\s+(?:reported|stated|claimed)\s+by|citing|in\s+the\s+words\s+of)\s+",
    "ru": r"(?<![а-яё])(?:по\s+словам|по\s+данным|по\s+информации|по\s+оценке|по\s+оценкам|согласно|по\s+версии"
          r"|со\s+ссылкой\s+на"
          # Ukrainian, read through the Russian models
          r"|за\s+словами|за\s+даними|за\s+інформацією|за\s+оцінками?|за\s+версією|згідно\s+з|з\s+посиланням\s+на)\s+",
}
#: role titles for holds_role (lemmas)
ROLE_NOUNS = frozenset({
    "president", "prime", "minister", "governor", "head", "chief", "director", "chairman", "chairwoman", "chair",
    "ceo", "executive", "spokesman", "spokeswoman", "spokesperson", "deputy", "secretary", "rector", "mayor",
    "commander", "general", "designer", "founder", "owner", "leader", "ambassador", "envoy", "representative",
    "manager", "officer", "premier", "speaker", "adviser", "advisor", "aide", "coordinator",
    "dictator", "ruler", "prosecutor", "undersecretary", "economist",
    "президент", "премьер", "премьер-министр", "министр", "губернатор", "глава", "руководитель", "директор",
    "гендиректор", "председатель", "заместитель", "замминистра", "вице-премьер", "секретарь", "ректор", "мэр",
    "командующий", "конструктор", "основатель", "владелец", "лидер", "посол", "представитель", "начальник",
    "управляющий", "спикер", "советник", "помощник", "генеральный", "координатор",
    "диктатор", "правитель", "прокурор", "генпрокурор", "генсек", "экономист", "диппредставитель",
})
ROLE_MODIFIERS = frozenset({"deputy", "vice", "first", "acting", "chief", "general", "executive", "prime",
                            "заместитель", "первый", "исполняющий", "генеральный", "вице"})

#: event triggers (lemmas) → event type
EVENT_TRIGGERS: dict[str, dict[str, str]] = {
    "en": {
        "talks": "meeting", "talk": "meeting", "meet": "meeting", "meeting": "meeting", "negotiation": "meeting",
        "negotiations": "meeting", "receive": "meeting", "summit": "meeting", "consultation": "meeting",
        "dialogue": "meeting", "conversation": "meeting", "call": "meeting",
        "visit": "visit", "tour": "visit", "arrive": "visit", "trip": "visit", "delegation": "visit",
        "inspect": "visit",
        "sign": "agreement", "agree": "agreement", "agreement": "agreement", "deal": "agreement",
        "memorandum": "agreement", "contract": "agreement", "roadmap": "agreement", "treaty": "agreement",
        "announce": "announcement", "open": "announcement", "present": "announcement", "unveil": "announcement",
        "launch": "announcement", "inaugurate": "announcement", "report": "announcement",
        "exhibition": "exhibition", "expo": "exhibition", "salon": "exhibition", "show": "exhibition",
        "fair": "exhibition", "airshow": "exhibition", "forum": "other", "conference": "other",
        "sanction": "sanction", "sanctions": "sanction", "blacklist": "sanction", "designate": "sanction",
        "list": "sanction", "package": "sanction",
        "test": "other", "trial": "other", "seize": "other", "exercise": "other",
        "attack": "other", "strike": "other", "shell": "other", "shelling": "other", "shoot": "other",
        "assault": "other", "downing": "other",
        "deploy": "other", "deployment": "other", "duty": "other",
        "hit": "other", "fire": "other", "destroy": "other", "burn": "other", "explosion": "other", "blast": "other",
        "charge": "other", "indict": "other", "arrest": "other", "detain": "other", "indictment": "other",
        "extradite": "other", "extradition": "other", "accuse": "other", "travel": "visit",
    },
    "ru": {
        "переговоры": "meeting", "встреча": "meeting", "встретиться": "meeting", "консультация": "meeting",
        "саммит": "meeting", "принять": "meeting", "беседа": "meeting",
        "визит": "visit", "посетить": "visit", "посещать": "visit", "побывать": "visit", "прибыть": "visit", "прибывать": "visit",
        "приехать": "visit", "приезжать": "visit", "проинспектировать": "visit", "инспектировать": "visit",
        "поездка": "visit", "посещение": "visit", "делегация": "visit",
        "подписать": "agreement", "подписание": "agreement", "договориться": "agreement", "соглашение": "agreement", "меморандум": "agreement",
        "контракт": "agreement", "договор": "agreement", "дорожный": "agreement",
        "объявить": "announcement", "открыть": "announcement", "открыться": "announcement",
        "представить": "announcement", "презентовать": "announcement", "запустить": "announcement",
        "выставка": "exhibition", "форум": "other", "салон": "exhibition", "экспо": "exhibition",
        "заседание": "other",
        "авиасалон": "exhibition",
        "санкция": "sanction", "санкционный": "sanction", "ограничение": "sanction", "список": "sanction",
        "испытание": "other", "изъять": "other", "учение": "other",
        "атаковать": "other", "атака": "other", "удар": "other", "обстрел": "other", "обстрелять": "other",
        "сбить": "other", "заступить": "other", "заступать": "other", "разместить": "other", "размещение": "other",
        "арестовать": "other", "задержать": "other", "обвинение": "other", "арест": "other", "задержание": "other",
        "экстрадировать": "other", "экстрадиция": "other", "обвиняться": "other",
        "обвинять": "other", "обвинить": "other",
        "осмотреть": "visit", "осматривать": "visit",
    },
}
#: triggers that name an event only as nouns ("the talks"; "we are talking about" is speech; "the
#: film shows" and "reported that" are no show or report; "a fire at a warehouse", not "fired")
NOUN_ONLY_TRIGGERS = frozenset({"talk", "talks", "show", "report", "fire", "call"})
#: triggers that name an event only as verbs ("signed"; "judging by some signs" is no signing;
#: "artillery shells" are ammunition; "until the present" is no presentation)
VERB_ONLY_TRIGGERS = frozenset({"sign", "meet", "tour", "shell", "present"})
#: a noun trigger of these lemmas needs one of the words (stems) in its sentence ("sanctions" alone
#: is background; "imposed sanctions" is an event)
NOUN_CONTEXT = {
    "sanction": ("impos", "adopt", "introduc", "approv", "extend", "announc", "package", "new", "issu", "unveil",
                 "levied", "levies", "slap"),
    "санкция": ("ввел", "ввело", "ввели", "введен", "утверд", "принял", "расшир", "пакет", "нов"),
    "ограничение": ("ввел", "ввело", "ввели", "введен", "затронул", "против"),
    "санкционный": ("ввел", "ввело", "ввели", "введен", "утверд", "пакет", "список", "спис"),
}
#: a document noun is an agreement event only where the sentence tells of its signing ("signed a
#: treaty", "подписанный договор"); "the treaty provides for" describes the document
_SIGNING = ("sign", "conclu", "inked", "ratif", "подпис", "заключ", "ратифиц")
NOUN_CONTEXT.update({noun: _SIGNING for noun in (
    "agreement", "deal", "memorandum", "contract", "roadmap", "treaty",
    "соглашение", "меморандум", "контракт", "договор", "дорожный")})
#: what attacks and strikes are made with: "attack", "удар" are events only beside one of these
_STRIKE_CUES = ("drone", "missile", "uav", "rocket", "air")
_STRIKE_CUES_RU = ("беспилот", "дрон", "бпла", "ракет")
#: sites whose fire, explosion or destruction is an event ("a warehouse burned")
_SITES = ("warehouse", "plant", "factory", "depot", "facility", "workshop", "hangar", "refinery", "arsenal")
#: what a criminal case in this field is about: a charge or an arrest counts only beside one of these
_CASES = ("export", "smuggl", "procure", "network", "conspir", "illegal", "violat", "scheme", "sanction", "evad",
          "evasion", "launder", "espionage", "spy")
_CASES_RU = ("экспорт", "контрабанд", "незакон", "шпион", "сет", "санкц", "обход", "поставк", "обвин")
#: words that make "list", "package", "show" sanction/exhibition words only next to a cue
EVENT_CONTEXT = {
    "list": ("sanction", "black", "entity", "export control", "список"), "package": ("sanction",),
    # "внесло компании в список экспортного контроля", "добавили в чёрный список": a listing is a sanction
    "список": ("экспортного контроля", "черный", "чёрный", "черного", "чёрного"), "show": ("air", "defence", "defense", "trade"),
    "designate": ("sanction", "treasury", "ofac"), "ограничение": ("против", "ввел", "введ", "затрон", "санкц"),
    "open": ("plant", "factory", "centre", "center", "workshop", "line", "exhibition", "office"),
    "report": ("annual",), "test": ("state", "flight"), "receive": ("president", "leader", "governor", "minister"),
    "принять": ("президент", "губернатор", "министр", "глава"), "delegation": ("visit", "arrive", "tour"),
    "делегация": ("посети", "посещ", "прибы", "побыва", "приеха", "работал", "находил", "визит"), "дорожный": ("карта",),
    # attacks and strikes by drones and missiles; a system put on combat duty
    "attack": _STRIKE_CUES, "strike": _STRIKE_CUES, "duty": ("combat",), "shoot": ("down",),
    # "an assault with 100 drones"; "the downing of Russian drones", not "a downing of tools"
    "assault": _STRIKE_CUES, "downing": ("drone", "missile", "uav", "jet", "aircraft", "plane", "helicopter"),
    "deploy": ("missile", "troops", "system"), "deployment": ("missile", "troops", "system"),
    "conference": ("international", "security"),
    # a site struck, burnt or blown up; missiles fired
    "hit": _STRIKE_CUES, "fire": _SITES, "destroy": _SITES, "burn": _SITES,
    # "held a dialogue with", "had a phone conversation with": talks
    "dialogue": ("held", "hold", "had a"), "conversation": ("held", "hold", "had a", "phone", "telephone"),
    # "in a phone call with", "a telephone call between": talks; "calls for a ceasefire" are none
    "call": ("phone call", "telephone call"),
    # "в ходе беседы, состоявшейся в МИД", "провели телефонную беседу"; "в беседе с журналистами" is an interview
    "беседа": ("телефон", "состоял", "состоит", "провел", "провёл", "провели"),
    # a guest who inspects a plant visits it
    "inspect": ("plant", "factory", "facility", "site", "enterprise", "production", "workshop", "shipyard"),
    **{verb: ("завод", "предприят", "фабрик", "производств", "верф", "цех", "комбинат", "объект")
       for verb in ("проинспектировать", "инспектировать")},
    # charges, indictments and arrests over exports, smuggling and procurement networks
    **{act: _CASES for act in ("charge", "indict", "arrest", "detain", "indictment", "extradite", "extradition")},
    **{act: _CASES_RU for act in ("арестовать", "задержать", "арест", "задержание", "экстрадировать", "экстрадиция")},
    "обвинение": ("предъяв",),
    # "are accused of smuggling", "обвиняются в контрабанде" in a report of a case (told of the accused:
    # see event_subjects)
    "accuse": _CASES,
    **{verb: tuple(c for c in _CASES_RU if c != "обвин") for verb in ("обвиняться", "обвинять", "обвинить")},
    # a journey to a place: "traveled to Moscow"; "travel restrictions" are none
    "travel": ("traveled to", "travelled to", "travels to", "travel to"),
    **{verb: ("завод", "предприят", "фабрик", "производств", "верф", "цех", "комбинат", "объект", "полигон")
       for verb in ("осмотреть", "осматривать")},
    "explosion": _SITES + _STRIKE_CUES, "blast": _SITES + _STRIKE_CUES,
    "атаковать": _STRIKE_CUES_RU, "атака": _STRIKE_CUES_RU, "удар": ("нанес", *_STRIKE_CUES_RU),
    "сбить": ("беспилот", "дрон", "ракет", "самолет"), "заступить": ("дежурств",), "заступать": ("дежурств",),
    "разместить": ("ракет", "комплекс", "войск"), "размещение": ("ракет", "комплекс", "войск"),
    "заседание": ("пленарн",),
    "испытание": ("заверш", "провел", "провед", "прошл", "прошел", "начал", "успешн", "государствен"),
}

#: what a public statement is made at: a reporting verb beside one of these (lemmas) is an announcement
#: event ("said at a briefing", "заявил в послании парламенту", "told reporters")
STATEMENT_SETTINGS = frozenset({
    "briefing", "conference", "address", "interview", "broadcast", "speech",
    "брифинг", "пресс-конференция", "конференция", "послание", "эфир", "интервью", "заседание",
    "выступление", "выступать", "обращение", "пресс-подход", "телеканал",
    # told to the press: "told reporters", "заявил журналистам"
    "reporter", "journalist", "журналист", "репортер", "репортёр",
})
#: a noun trigger after these (lemmas, or the preposition "following") is the frame of what the
#: sentence reports ("по итогам переговоров подписали", "following talks"), not its event
FRAME_WORDS = frozenset({"итог", "ход", "рамка", "время", "для", "результат", "после", "при", "following", "during",
                         "sidelines", "course", "margins", "for", "after", "result"})
#: a visit to one of these (stems) is the exhibition event ("посетил выставочный центр")
EXHIBITION_STEMS = ("выстав", "экспозиц", "экспо", "авиасалон", "exhibition", "expo", "airshow", "air show")
#: launching one of these (stems) is a strike ("запустили ракеты"), not the launch of a product
LAUNCHED = ("ракет", "missile", "rocket", "беспилот", "дрон", "drone", "шахед")
#: receiving one of these is no meeting ("принял решение", "received an order")
NOT_RECEIVED = frozenset({"решение", "мера", "закон", "участие", "резолюция", "заявление", "decision", "order",
                          "award", "funding", "approval", "support",
                          # "the target was met", "met the deadline": no meeting
                          "target", "goal", "deadline", "demand", "requirement", "need", "expectation", "quota",
                          "standard", "criterion", "obligation", "commitment"})
#: the Russian future auxiliary, which the tagger may leave without a tense ("будет выпускать")
FUTURE_AUX = frozenset({"будет", "будут", "буду", "будем", "будете", "будешь"})
