"""Name keys: one comparable form for every spelling, script and inflection of a name.

Analysts see "Федорищев", "Fedorishchev", "Fedorishev" and "Fedorištšev" for one man. A key is
built in three steps: Cyrillic is romanised with one fixed table (diacritic Latin spellings are
expanded to their digraphs first), the result is folded to ASCII lowercase, and a short list of
rewrites collapses the spelling choices romanisation systems disagree on (shch/sch/štš → sh,
zh → j, kh → h, ya/ia/ja → a, y/j → i, doubled letters). Keys are for blocking and exact
agreement; the fine decision is left to the matcher.

Two families of spellings need more than letters. Chinese names written in Russian follow the
Palladius system, which spells pinyin syllables ("Фэйлун" is "Feilong", not "Feilun"): a word that
reads distinctively as Palladius is keyed by its pinyin (:mod:`claimgraph.resolve.chinese`).
Belarusian romanisation writes Russian sounds differently: дз for д ("Dzmitry", "Lebedzeu") and
a final ў for в ("Ivanou") are rewritten everywhere; given names whose Belarusian form differs in
ways no safe rule covers ("Ihar" for Igor, "Aliaksandr" for Aleksandr) meet through a table of
given names, applied to people's names of two or more words only.

Foreign company names are transcribed into Russian word by word: "Shenzhen Hexin Motion
Technology" is «Шэньчжэнь Хэсинь Моушн Текнолоджи». In organisation names the common English words
of company names are read back from a table of their transcriptions (:func:`company_word`), so
both spellings share a key. Initials are compared by the letters they may stand for in either
script (:func:`initial_letters`): "Y." may be Ю, Я, Е, Й or Ы, so it fits "Юрий" and "Yuri",
whose key starts with "u".
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from normality import ascii_text

from claimgraph.nlp.ukrainian_words import ukrainian_morph
from claimgraph.resolve import chinese

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Belarusian and Ukrainian letters
    "і": "i", "ї": "yi", "є": "ye", "ў": "u", "ґ": "g",
}
_DIACRITIC = {"š": "sh", "č": "ch", "ž": "zh", "ł": "l", "ŭ": "u", "ś": "s", "ć": "ch", "ź": "z",
              "ż": "zh", "ń": "n", "ё": "e",
              # Romanian, with comma and with cedilla: "Lukașenko", "Oreșkin", "Skibițki"
              "ș": "sh", "ş": "sh", "ț": "ts", "ţ": "ts"}
_REWRITES = [
    (re.compile(p), r) for p, r in [
        # Belarusian final ў where Russian has в: "Ivanou", "Lebedzeu", "Stanislau"
        (r"(?<=[a-z]{3})([aoe])u$", r"\1v"),
        # German "schtsch" and Polish "szcz" are щ; German "sch" ш, "tsch" ч, "wj" вь
        (r"schtsch|shtsh|shch|sch|szcz|shh|ssh", "sh"), (r"sz", "sh"), (r"cz|tch|tsch", "ch"),
        # zh is held apart until the y/i/j rewrites are done (see the last rewrite)
        (r"dzh", "j"), (r"zh", "ж"), (r"dz", "d"), (r"kh", "h"), (r"tz|ts", "c"), (r"ph", "f"),
        (r"w", "v"),
        (r"ck|q", "k"), (r"x", "ks"), (r"c(?=[eiy])", "s"),
        (r"(?<=[a-z])(iy|yy|ij|yj|ii|iy)$", "i"),
        (r"[yij]a", "a"), (r"[yij]u", "u"), (r"[yij]o", "o"), (r"[yij]e", "e"),
        (r"[yj]", "i"), (r"(.)\1+", r"\1"),
        # zh stays a consonant: "Zhang" is not "Yang", "Zhukov" not "Ukov"
        (r"ж", "j"),
    ]
]
_STOPWORDS = frozenset(["of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "и", "в", "на", "по", "для"])
#: Case endings cut from a key: Russian, and the Belarusian and Ukrainian ones ("Лукашэнкам",
#: "Лукашенкові", "Федарышчава": "am", "ovi", "aga")
_ENDINGS = ("ami", "ogo", "omu", "imi", "ovi", "evi", "aga", "amu", "ei", "oi", "ui", "om", "em", "im",
            "am", "ah", "ih", "a", "u", "e", "i", "o")
#: Titles and roles often glued to a person's name ("Governor Fedorishchev", "посол Ли Вэй").
_TITLES = frozenset(["mr", "mrs", "ms", "dr", "sir", "governor", "president", "minister", "ambassador", "deputy", "head", "chairman", "chairwoman", "director", "general", "colonel", "major", "lieutenant", "premier", "prime", "secretary", "spokesman", "spokeswoman", "mayor", "ceo", "chief", "senator", "envoy", "commander", "vice", "acting", "former", "господин", "госпожа", "губернатор", "президент", "министр", "посол", "замминистра", "заместитель", "глава", "председатель", "директор", "генерал", "полковник", "премьер", "премьер-министр", "секретарь", "мэр", "вице-премьер", "врио", "экс-министр", "гендиректор", "генеральный", "командующий"])
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ichna|ovic|evic|вич|вна|ична)$")
_ORG_WORDS = frozenset(["ооо", "оао", "зао", "пао", "ао", "нао", "ип", "фгуп", "гуп", "муп", "оаэ", "нпо", "нпп", "тоо", "одо", "чуп", "llc", "llp", "ltd", "jsc", "ojsc", "cjsc", "pjsc", "inc", "co", "corp", "corporation", "company", "gmbh", "ag", "sa", "plc", "limited", "joint", "stock", "liability", "акционерное", "общество", "публичное", "открытое", "закрытое"])
_COUNTRY_CONCEPTS = frozenset({"RU", "BY", "US", "CN"})
_DOTTED = re.compile(r"\b(?:[A-ZА-ЯЁ]\.){2,}")
_ROMAN_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def script_of(text: str) -> str:
    """The script most letters of the text are written in: Latin, Cyrillic or other."""
    latin = cyrillic = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin += 1
        elif name.startswith("CYRILLIC"):
            cyrillic += 1
        else:
            other += 1
    best = max(latin, cyrillic, other)
    if best == 0:
        return "other"
    if best == latin:
        return "Latin"
    return "Cyrillic" if best == cyrillic else "other"


def romanize(text: str) -> str:
    """Lowercase ASCII with Cyrillic romanised by one fixed table (шч-style digraphs kept)."""
    out = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        out.append(_CYR.get(ch) or _DIACRITIC.get(ch) or ch)
    return (ascii_text("".join(out)) or "").lower()


@functools.lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The phonetic key of one word: romanised, spelling variants collapsed, case ending cut.

    Cutting one final case ending ("Минске", "Федорищевым", "Lukashenka") lets inflected and
    Belarusian forms meet their nominative without a dictionary; the stem keeps ≥ 4 letters.
    A word that reads distinctively as Palladius is keyed by its pinyin ("Сямэня" as "Xiamen").
    """
    pinyin = chinese.pinyin(token) if _CYRILLIC.search(token) else None
    return _latin_key(pinyin or token)


def _latin_key(token: str) -> str:
    key = re.sub(r"[^a-z0-9]", "", romanize(token))
    acronym = token.isupper() and token.isalpha() and len(token) <= 6
    for pattern, repl in _REWRITES:
        if acronym and repl == r"\1":  # "УНН" is not "UN": an acronym's letters all count
            continue
        key = pattern.sub(repl, key)
    if not key.isdigit():
        for ending in _ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                key = key[: -len(ending)]
                break
    return key


def tokens(name: str) -> list[str]:
    """The words of a name (hyphenated parts and apostrophes stay inside one word)."""
    return _TOKEN.findall(name)


def is_initial(token: str) -> bool:
    return bool(_ROMAN_INITIAL.match(token)) or (len(token) == 1 and token.isalpha())


@dataclass(frozen=True, slots=True)
class NameParts:
    """The comparable parts of one name.

    ``words`` are token keys without initials, legal forms and patronymics (sorted, so word
    order does not matter); ``initials`` are the letters given as initials only, lowercase as
    written ("v" for "V.", "в" for "В.", "ю" for "Yu."; compare them with
    :func:`initials_fit`); ``last`` is the key of the last full word (the surname in both
    "Vyacheslav Fedorishchev" and "В. Федорищев").
    """

    words: tuple[str, ...]
    initials: tuple[str, ...]
    last: str
    #: the kept words written together, in order ("Kama-Dron", "KamaDron", "Kama Drone" agree)
    joined: str = ""
    #: (key, word as written) of each kept word of a person's name, in order
    written: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return " ".join(self.words)

    @property
    def single(self) -> bool:
        """Only one full word: a surname alone, or "V. Fedorishchev"."""
        return len(self.words) == 1


def parts(name: str, kind: str | None = None) -> NameParts:
    """Split a name into keys. ``kind`` "Person" drops patronymics; org kinds drop legal forms."""
    words: list[str] = []
    initials: list[str] = []
    kept: list[str] = []
    last = ""
    if kind == "Person":  # "Yu. Kovalchuk": a digraph initial is one Cyrillic letter
        name = _DIGRAPH_INITIAL.sub(lambda m: _DIGRAPH_LETTERS[m.group(1)] + ".", name)
    if kind != "Person":  # "U.N.", "E.U." are "UN", "EU"
        name = _DOTTED.sub(lambda m: m.group().replace(".", ""), name)
    toks = tokens(name.replace(".", ". "))
    if kind in CONCEPT_KINDS:
        toks = _hyphenate(toks)
    dropped: list[str] = []
    # "Си Цзиньпин": once one word reads as Chinese, the name's other Palladius words do too
    pinyin = dict(zip(toks, chinese.name_pinyin(tuple(toks)))) if _CYRILLIC.search(name) else {}
    given = _given_names() if kind == "Person" and len(toks) >= 2 else {}
    written: list[tuple[str, str]] = []
    for tok in toks:
        if kind != "Person" and tok.lower() in _STOPWORDS:
            continue
        if kind == "Person" and tok.lower() in _TITLES:
            continue
        if is_initial(tok) and kind == "Person":
            initials.append(tok[:1].lower())
            continue
        if kind in ORG_KINDS and not pinyin.get(tok):  # «Хэсинь Моушн» is "Hexin Motion"
            tok = company_word(tok)
        key = token_key(pinyin.get(tok) or tok)
        if not key:
            continue
        key = given.get(key, key)
        # "Вячеславович", "Aleksandrovich": the same man is often named without it; with two
        # words "-ович" is a surname ("Сергей Гуринович")
        if kind == "Person" and len(words) >= 1 and len(toks) >= 3 and \
                _PATRONYMIC.search(romanize(tok) if tok.isascii() else tok.lower()):
            continue
        if kind in ORG_KINDS and romanize(tok) in _ORG_KEYS:
            continue
        if kind == "Product" and tok.lower() in _PRODUCT_WORDS:
            continue
        if kind in CONCEPT_KINDS:
            concepts = _concepts().get(key)
            if concepts is not None:
                words.extend(concepts)
                if concepts:
                    kept.append(tok)
                elif len(key) >= 4:
                    dropped.append(key)
                continue
            key = _place_stem(tok, key)
        kept.append(pinyin.get(tok) or tok)
        words.append(key)
        if kind == "Person":
            written.append((key, tok))
        last = key
    if dropped and kind in ORG_KINDS and all(w.isupper() and w not in _COUNTRY_CONCEPTS for w in words):
        # "Council of the Republic", "Совета Федерации": without "republic" or "federation" only
        # "COUNCIL" is left, which every council shares; the dropped word says which it is
        words.extend(dropped)
    joined = token_key("".join(kept)) if kind != "Person" and kept else ""
    return NameParts(tuple(sorted(set(words))), tuple(initials), last, joined, tuple(written))


# --- initials -----------------------------------------------------------------------------

#: Latin digraphs written as one initial ("Yu. Kovalchuk") and the Cyrillic letter they spell
_DIGRAPH_LETTERS = {"Shch": "Щ", "Yu": "Ю", "Ya": "Я", "Ye": "Е", "Yo": "Ё", "Zh": "Ж",
                    "Kh": "Х", "Ch": "Ч", "Sh": "Ш", "Ts": "Ц"}
_DIGRAPH_INITIAL = re.compile(r"\b(" + "|".join(_DIGRAPH_LETTERS) + r")\.")
#: The Cyrillic letters a Latin first letter may stand for in some romanisation: "Y" is Ю, Я, Е,
#: Й or Ы ("Yuri", "Yakov", "Yevgeny"), "I" is also Ю and Я ("Iouri", "Iakov"), "H" the
#: Belarusian Г ("Hienadz"), "X", "Q", "J" and "Z" the pinyin С and Ц ("Xi", "Jinping").
_LATIN_FIRST = {
    "a": "а", "b": "б", "c": "кцчс", "d": "д", "e": "еэ", "f": "ф", "g": "гж", "h": "хг",
    "i": "ийюяе", "j": "йюяеджцх", "k": "кх", "l": "л", "m": "м", "n": "н", "o": "о", "p": "пф",
    "q": "кц", "r": "р", "s": "сшщ", "t": "тцф", "u": "у", "v": "в", "w": "ву", "x": "ксх",
    "y": "юяейыи", "z": "зжц",
}
#: Latin openings of a full word that settle which letter it starts with ("Yuri" is Ю), longest
#: first; other words fall back to their first letter's set
_LATIN_ONSETS = (
    ("shch", "щ"), ("iou", "ю"), ("you", "ю"), ("sch", "шщ"), ("sh", "шщ"), ("zh", "жч"),
    ("kh", "х"), ("ts", "ц"), ("tz", "ц"), ("dz", "д"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"),
    ("ia", "яи"), ("ye", "е"), ("yo", "е"), ("ph", "ф"),
)
#: Cyrillic letters written alike: ё as е; Belarusian and Ukrainian letters as the Russian ones
_CYRILLIC_FIRST = {"ё": "е", "і": "и", "ї": "й", "є": "е", "ў": "у", "ґ": "г"}


@functools.lru_cache(maxsize=20_000)
def initial_letters(word: str) -> frozenset[str]:
    """The Cyrillic letters a word or initial may start with in either script.

    A Cyrillic word starts with its own letter; a Latin initial with any letter some
    romanisation writes with it ("Y" → Ю, Я, Е, Й, Ы, И); a Latin full word with the letter its
    opening settles ("Yuri" → Ю, "Khodorkovsky" → Х), else as its initial.
    """
    low = unicodedata.normalize("NFC", word.strip(".").lower())
    if not low:
        return frozenset()
    first = low[0]
    if _CYRILLIC.match(first) or first in _CYRILLIC_FIRST:
        return frozenset(_CYRILLIC_FIRST.get(first, first))
    latin = romanize(low)
    if len(low) > 1:
        for onset, letters in _LATIN_ONSETS:
            if latin.startswith(onset):
                return frozenset(letters)
    return frozenset(_LATIN_FIRST.get(latin[:1], latin[:1]))


def initials_fit(initial: str, word: str, key: str = "") -> bool:
    """Whether an initial may abbreviate a word in either script ("Y." and "Юрий" do); with the
    word's key, any spelling of that given name counts ("V." fits "Uladzimir", i.e. Vladimir)."""
    letters = initial_letters(initial)
    return bool(letters & initial_letters(word)) or \
        any(letters & initial_letters(form) for form in given_name_forms(key))


#: Given names whose Belarusian, Ukrainian and other romanised forms differ from the Russian in
#: ways a rule for every word would get wrong (h for g, a for e or o): the first form of a line is
#: the one the others become (an indented line continues the one above). Only given names;
#: surnames meet through rules and the matcher.
_GIVEN_NAME_FORMS = """
Aleksandr Alexander Alexandr Aleksander Aliaksandr Alaksandr Alyaksandr Aliaksandar Oleksandr
    Александр Аляксандр Олександр
Aleksei Alexei Alexey Aleksey Aleksej Aliaksei Alaksei Alyaksei Aliaksiej Oleksii Oleksiy Алексей
    Аляксей Олексій
Anatoly Anatoli Anatolii Anatoliy Anatol Анатолий Анатоль Анатолій
Andrei Andrey Andrej Andriej Andrii Andriy Andrij Андрей Андрэй Андрій
Artyom Artem Artiom Artsiom Artsem Arciom Артём Артем Арцём
Boris Barys Borys Борис Барыс
Denis Dzianis Dzenis Денис Дзяніс
Dmitry Dmitri Dmitrii Dmitriy Dmitrij Dzmitry Dzmitri Dzmitryi Dmytro Дмитрий Дзмітрый Дмитро
Fyodor Fedor Fiodor Fiodar Fyodar Fedir Фёдор Федор Фёдар Федір
Gennady Gennadi Gennadii Gennadiy Genadz Henadz Hienadz Hennadii Hennadiy Геннадий Генадзь
    Геннадій
Gleb Hleb Глеб
Grigory Grigori Grigorii Grigoriy Ryhor Hryhory Hryhorii Hryhoriy Григорий Рыгор Григорій
Igor Ihar Ihor Игорь Ігар Ігор
Konstantin Kanstantsin Kanstancin Kostiantyn Kostyantyn Константин Канстанцін Костянтин
Leonid Leanid Леонид Леанід
Maxim Maksim Maksym Maksimas Максим Максім
Ivan Iwan Иван Іван
Mikhail Michail Mikhailo Mykhailo Mikhal Михаил Міхаіл Михайло
Nikolai Nikolay Nikolaj Mikalai Mikalay Mikalaj Mykola Николай Мікалай Микола
Oleg Aleh Alieh Oleh Олег Алег
Pavel Paval Pavlo Павел Павал Павло
Pyotr Petr Piotr Piatro Petro Пётр Петр Пятро Петро
Roman Raman Роман Раман
Sergei Sergey Sergej Serguei Siarhei Siarhiej Sjarhej Serhii Serhiy Serhij Сергей Сяргей Сергій
Stanislav Stanislau Станислав Станіслаў
Valentin Valiantsin Valiancin Valentyn Валентин Валянцін
Vasily Vasili Vasilii Vasiliy Vasil Vasyl Василий Васіль Василь
Viktor Victor Viktar Віктар Виктор
Vladimir Wladimir Władimir Uladzimir Uladzimier Uladzimer Volodymyr Владимир Уладзімір Володимир
Vladislav Uladzislau Vladyslav Владислав Уладзіслаў
Vyacheslav Viachaslau Vyachaslau Viacheslav Вячеслав Вячаслаў В'ячеслав
Yakov Yakau Iakov Яков Якаў
Yaroslav Yaraslau Iaroslav Ярослав Яраслаў
Yevgeny Evgeny Evgenii Evgeniy Yevgeniy Yevgenii Yauhen Yauheni Jauhien Yevhen Yevhenii Евгений
    Яўген Євген
Yuri Yury Yuriy Yurii Yurij Iouri Juri Jurij Юрий Юрый Юрій
Ekaterina Yekaterina Katsiaryna Katsyaryna Kaciaryna Kateryna Екатерина Кацярына Катерина
Elena Yelena Alena Olena Елена Алена Олена
Galina Halina Галина Галіна
Olga Volha Olha Ольга Вольга
Svetlana Sviatlana Svyatlana Svitlana Светлана Святлана Світлана
Tatiana Tatyana Tatsiana Tatsyana Tacciana Tetiana Tetyana Татьяна Тацяна Тетяна
Valentina Valiantsina Valiancina Valentyna Валентина Валянціна
"""


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Key of a given-name form → key of its line's first form."""
    table: dict[str, str] = {}
    for line in _GIVEN_NAME_FORMS.replace("\n    ", " ").strip().splitlines():
        forms = line.split()
        target = token_key(forms[0])
        for form in forms:
            key = token_key(form)
            if table.get(key, target) != target:
                raise ValueError(f"given name {form} belongs to two lines")
            if key != target:
                table[key] = target
    return table


@functools.lru_cache(maxsize=1)
def _given_name_lines() -> dict[str, tuple[str, ...]]:
    """Key of a line's first form → all forms of the line."""
    lines = _GIVEN_NAME_FORMS.replace("\n    ", " ").strip().splitlines()
    return {token_key(line.split()[0]): tuple(line.split()) for line in lines}


def is_given_name(word: str) -> bool:
    """Whether the given-name table lists the word in any spelling or case ("Аляксандра",
    "Uladzimir", "Вячаславам")."""
    key = token_key(word)
    return key in _given_names() or key in _given_name_lines()


def given_name_forms(key: str) -> tuple[str, ...]:
    """The spellings the given-name table has for a name key ("vladimir": "Uladzimir",
    "Владимир", …); none for a name it does not list."""
    return _given_name_lines().get(key, ())


def _hyphenate(toks: list[str]) -> list[str]:
    """Two words the word table knows hyphenated ("Military Industrial") become that one word."""
    out: list[str] = []
    for tok in toks:
        if out and token_key(f"{out[-1]}-{tok}") in _concepts() and "-" not in out[-1]:
            out[-1] = f"{out[-1]}-{tok}"
        else:
            out.append(tok)
    return out


def _place_stem(token: str, key: str) -> str:
    """A place adjective's noun: "Самарская", "Samarskaya" → "samar" like "Samara".

    Only inflected adjectives lose their "-sk" ("Minsk", "Tomsk" are nouns and stay), and the
    stem keeps ≥ 4 letters ("Томский" stays "tomsk").
    """
    if key.endswith("sk") and len(key) >= 6 and len(romanize(token)) > len(key) + 1:
        return key[:-2]
    return key


# --- English words of company names, transcribed into Russian -------------------------------

#: Common English words of company names and the Russian spellings reports transcribe them with
#: ("Xiamen Haoyun Power" is «Сямэнь Хаоюнь Пауэр»): the first word of a line is the English
#: word, the others its transcriptions. Case forms need not be listed (keys cut case endings:
#: «Пауэра» is «Пауэр»); Latin letter-by-letter spellings of the transcriptions ("Tekh") share
#: their keys; an indented line continues the one above. Translations ("Технологии") are not
#: transcriptions and are not listed.
_COMPANY_WORD_FORMS = """
Power Пауэр Пауер Пэуэр
Technology Текнолоджи Технолоджи Текнолоджы Текнолоджий
Technologies Текнолоджиз Технолоджиз Текнолоджис Технолоджис
Tech Тек Тех Тэк
Electronics Электроникс Электроникз Илектроникс
Electronic Электроник
Systems Системс Системз
Aerospace Аэроспейс Аэроспэйс Аэроспес Эйроспейс
Industries Индастриз Индастрис Индъюстриз
Industry Индастри
Industrial Индастриал Индастриэл
International Интернешнл Интернэшнл Интернейшнл Интернешенл Интернэшенл Интернешнал
    Интернэшнал Интернейшнал
Trading Трейдинг Трэйдинг Трединг
Trade Трейд Трэйд
Motion Моушн Моушен Мошн
Robotics Роботикс Роботикз
Dynamics Дайнемикс Дайнэмикс Дайнамикс
Solutions Солюшнс Солюшенс Солюшнз Солюшенз
Engineering Инжиниринг Инжинеринг Энжиниринг Инджиниринг
Holdings Холдингс Холдингз
Group Груп Групп
Aviation Эвиэйшн Эвиейшн Авиэйшн Авиейшн Эйвиэйшн Эйвиейшн
Logistics Логистикс Логистикз
Components Компонентс Компонентз
Energy Энерджи Энерджy Энэрджи
Global Глобал Глобэл
Import Импорт
Export Экспорт
Limited Лимитед Лимитэд
Corporation Корпорейшн Корпорэйшн Корпорейшен
Company Кампани Компани Кампэни
Incorporated Инкорпорейтед Инкорпорэйтед
Manufacturing Мануфэкчуринг Мануфакчуринг Мэньюфэкчуринг
Machinery Машинери Мэшинери
Materials Материалс Матириалс
Devices Девайсес Девайсиз Дивайсес
Instruments Инструментс Инструментз
Networks Нетворкс Нетворкз
Software Софтвер Софтвэр Софтвеар
Digital Диджитал Диджитэл Дигитал
Innovations Инновейшнс Инновэйшнс Инновейшенс
Innovation Инновейшн Инновэйшн Инновейшен
Intelligence Интеллидженс Интелидженс
Precision Прецижн Пресижн Прецижен
Automation Отомейшн Аутомейшн Автомейшн
Optics Оптикс
Photonics Фотоникс
Security Секьюрити Сикьюрити
Services Сервисез Сервисиз Сёрвисез Сёрвисиз
Partners Партнерс Партнёрс Партнерз
Ventures Венчурс Венчерс
Enterprises Энтерпрайзес Энтерпрайзис Энтерпрайзиз
Enterprise Энтерпрайз Энтерпрайс
Capital Кэпитал Кэпитэл
Investment Инвестмент
Investments Инвестментс
Development Девелопмент Дивелопмент
Construction Констракшн Констракшен
Chemical Кемикал Кемикэл Кэмикал
Chemicals Кемикалс Кемикэлс
Shipping Шиппинг Шипинг
Supply Саплай Сэплай
Air Эйр Эир Эар
Space Спейс Спэйс
Labs Лабс Лэбс
"""


@functools.lru_cache(maxsize=1)
def _company_words() -> dict[str, str]:
    """Key of a transcription → its English word (keys the English words have are left out)."""
    table: dict[str, str] = {}
    lines = _COMPANY_WORD_FORMS.replace("\n    ", " ").strip().splitlines()
    english = {_latin_key(line.split()[0]) for line in lines}
    for line in lines:
        word, *forms = line.split()
        for form in forms:
            key = _latin_key(form)
            if key == _latin_key(word):
                continue
            if key in english or table.get(key, word) != word:
                raise ValueError(f"company word {form} reads as two English words")
            table[key] = word
    return table


@functools.lru_cache(maxsize=1)
def company_word_keys() -> frozenset[str]:
    """Keys the common company words have in organisation names ("pover", "technolog", "SYSTEMS").

    They say what a company does or is, not which one it is: "Feilong Technology" and "Feilong"
    may be one firm (:mod:`claimgraph.resolve.cluster` decides when they are).
    """
    keys: set[str] = set()
    for line in _COMPANY_WORD_FORMS.replace("\n    ", " ").strip().splitlines():
        keys.update(parts(line.split()[0], "Company").words)
    return frozenset(keys)


@functools.lru_cache(maxsize=100_000)
def company_word(token: str) -> str:
    """The English word a transcription in a company name stands for ("Пауэра" → "Power");
    parts of a hyphenated word are read one by one ("Купол-Тех" → "Купол-Tech"); any other
    word is returned as given."""
    if "-" in token:
        return "-".join(company_word(p) if p else p for p in token.split("-"))
    return _company_words().get(_latin_key(token), token)


def name_key(name: str, kind: str | None = None) -> str:
    """The key two spellings of one name share: "Fedorištšev" and "Федорищев" → "fedorishev"."""
    return parts(name, kind).key


ORG_KINDS = frozenset({"Organization", "Company", "PublicBody"})
_ORG_KEYS = frozenset(romanize(w) for w in _ORG_WORDS)

# --- generic words of institutions, in both languages -------------------------------------

#: Kinds whose names are made of common words that translate ("Ministry of Defence of Belarus"
#: and "Министерство обороны Беларуси"); people's names never go through this table.
CONCEPT_KINDS = ORG_KINDS | {"Location", "Facility"}
#: Words that say a product is a drone or missile, not which one ("Lancet drone" is "Lancet").
_PRODUCT_WORDS = frozenset(["drone", "drones", "uav", "дрон", "дрона", "дронов", "беспилотник", "беспилотника", "бпла", "missile", "ракета", "ракеты"])
#: concept → words (any case form is fine: keys cut case endings). An empty concept drops words
#: that only add noise ("Republic of Belarus" and "Belarus" are one country).
_CONCEPT_WORDS: dict[str, str] = {
    "MIN": "ministry ministries министерство министерства министерству министерством",
    "DEF": "defence defense обороны оборона",
    "MIN DEF": "минобороны mod",
    "MIN FIN": "минфин минфина минфином",
    "MIN IND TRADE": "минпромторг минпромторга минпромторгом minpromtorg",
    "FIN": "finance finances financial финансов финансы",
    "IND": "industry industrial industries промышленности промышленный промышленная "
           "промышленного military-industrial военно-промышленный военно-промышленного",
    "TRADE": "trade торговли торговля",
    "STATE": "state государственный государственная государственного государственной",
    "COMMITTEE": "committee комитет комитета комитетом",
    "ACADEMY": "academy академия академии",
    "SCIENCE": "sciences science наук науки",
    "NATIONAL": "national национальная национальной национальный",
    "COUNCIL": "council совет совета советом",
    "SECURITY": "security безопасности",
    "COUNCIL SECURITY": "совбез совбеза",
    "PRESIDENT": "president presidential президента президент президентский",
    "ADMIN": "administration администрация администрации",
    "REGION": "region oblast область области обл regional областной областного",
    "EXEC COMMITTEE": "облисполком облисполкома",
    "EXEC": "executive исполнительный исполнительного",
    "RESEARCH": "research scientific научно-исследовательский научный научного научно",
    "RESEARCH PRODUCTION": "научно-производственный научно-производственного "
                           "научно-производственное научно-производственная",
    "PRODUCTION": "production производственный производственного производства",
    "UNMANNED": "unmanned беспилотные беспилотных беспилотный беспилотного",
    "AIRCRAFT": "aircraft aviation авиационные авиационных авиационный авиационного",
    "SYSTEMS": "system systems система системы систем системам",
    "FUTURE": "future будущего будущее",
    "ENERGY": "energy энергетики энергетика",
    "UNION": "union союз союза",
    "EUROPEAN": "european европейский европейского европейская",
    "TELEGRAPH": "telegraph телеграфное телеграфного",
    "OFFICE": "office управление управления",
    "CONTROL": "control контролю контроля",
    "FOREIGN": "foreign иностранными иностранных",
    "ASSETS": "assets активами активов",
    "PARK": "park парк парка",
    "ZONE": "zone зона зоны",
    "ECONOMIC": "economic экономическая экономической",
    "SPECIAL": "special особая особой",
    "PLANT": "plant works завод завода заводом",
    "CENTER": "centre center центр центра центром",
    "RU": "russia russian россии россия российский российская российское российской рф "
          "russian-federation",
    "BY": "belarus belarusian беларусь беларуси белоруссии белоруссия белорусский белорусская "
          "белорусское белорусского byelorussia",
    "US": "us usa америки сша",
    "CN": "china chinese китай китая китайский китайская кнр prc",
    "": "republic республика республики federation федерация федерации the "
        # words that say what kind of thing a name is, not which: "city of Minsk", "Lancet drone"
        "city город города г гор company компания компании holding холдинг agency агентство "
        "агентства",
}


@functools.lru_cache(maxsize=1)
def _concepts() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for concept, words in _CONCEPT_WORDS.items():
        for word in words.split():
            table[token_key(word)] = tuple(concept.split())
    return table


# --- Russian inflection -------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _morph() -> object | None:
    """pymorphy2's analyzer, loaded once; it needs ``inspect.getargspec`` (gone in Python 3.11)."""
    import inspect
    from collections import namedtuple

    if not hasattr(inspect, "getargspec"):
        spec = namedtuple("ArgSpec", "args varargs keywords defaults")

        def getargspec(func: object) -> object:
            full = inspect.getfullargspec(func)  # type: ignore[arg-type]
            return spec(full.args, full.varargs, full.varkw, full.defaults)

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    try:
        import pymorphy2

        return pymorphy2.MorphAnalyzer()
    except Exception:  # noqa: BLE001 - lemmas are a fallback; names still resolve without them
        return None


#: Letters only Belarusian writes (ў), or і beside Russian-only letters; letters only Ukrainian writes
_BELARUSIAN = re.compile(r"ў|і.*[ыэё]|[ыэё].*і")
_UKRAINIAN = re.compile(r"[іїєґ]")


@functools.lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """The nominative of a Russian (pymorphy2) or Ukrainian (pymorphy3) word the dictionary knows
    as a name, else the word; Belarusian words are kept as written."""
    if script_of(word) != "Cyrillic":
        return word
    reading = chinese.reading(word)
    if reading is not None and reading.distinctive:  # "Хуавэя" → "Хуавэй"; pymorphy guesses
        form = reading.nominative
        return form[:1].upper() + form[1:] if word[:1].isupper() else form
    low = word.lower()
    if _BELARUSIAN.search(low):  # no Belarusian dictionary: keys cut its case endings instead
        return word
    morph = ukrainian_morph() if _UKRAINIAN.search(low) else _morph()
    if morph is None:
        return word
    for parse in morph.parse(word.lower())[:3]:  # type: ignore[attr-defined]
        tag = str(parse.tag)
        if any(t in tag for t in ("Surn", "Name", "Patr", "Geox", "Orgn")):
            form = parse.normal_form
            return form[:1].upper() + form[1:] if word[:1].isupper() else form
    return word


def nominative(text: str, normalized: str | None = None) -> str:
    """The nominative form of a mention: the extractor's normal form, else word lemmas."""
    if normalized:
        return normalized
    if script_of(text) != "Cyrillic":
        return text
    # acronyms stay as written: "НАН" is not the name "Нана"
    return " ".join(lemma(t) if t[:1].isupper() and not t.isupper() else t for t in text.split())
