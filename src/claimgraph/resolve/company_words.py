"""English words of company names and the Russian transcriptions reports spell them with.

Foreign company names are transcribed into Russian word by word: "Shenzhen Hexin Motion
Technology" is «Шэньчжэнь Хэсинь Моушн Текнолоджи». In organisation names the common English words
of company names are read back from a table of their transcriptions (:func:`company_word`), so
both spellings share a key.
"""
from __future__ import annotations

import functools

from claimgraph.resolve.name_keys import latin_key

#: Common English words of company names and the Russian spellings reports transcribe them with
#: ("Xiamen Haoyun Power" is «Сямэнь Хаоюнь Пауэр»): the first word of a line is the English
#: word, the others its transcriptions. Case forms need not be listed (keys cut case endings:
#: «Пауэра» is «Пауэр»); Latin letter-by-letter spellings of the transcriptions ("Tekh") share
#: their keys; an indented line continues the one above. Translations ("Технологии") are not
#: transcriptions and are not listed.
COMPANY_WORD_FORMS = """
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
    lines = COMPANY_WORD_FORMS.replace("\n    ", " ").strip().splitlines()
    english = {latin_key(line.split()[0]) for line in lines}
    for line in lines:
        word, *forms = line.split()
        for form in forms:
            key = latin_key(form)
            if key == latin_key(word):
                continue
            if key in english or table.get(key, word) != word:
                raise ValueError(f"company word {form} reads as two English words")
            table[key] = word
    return table


@functools.lru_cache(maxsize=100_000)
def company_word(token: str) -> str:
    """The English word a transcription in a company name stands for ("Пауэра" → "Power");
    parts of a hyphenated word are read one by one ("Купол-Тех" → "Купол-Tech"); any other
    word is returned as given."""
    if "-" in token:
        return "-".join(company_word(p) if p else p for p in token.split("-"))
    return _company_words().get(latin_key(token), token)
