"""Given names in their Russian, Belarusian, Ukrainian and other romanised spellings.

Given names whose Belarusian form differs in ways no safe rule covers ("Ihar" for Igor,
"Aliaksandr" for Aleksandr) meet through a table of given names, applied to people's names of two
or more words only.
"""
from __future__ import annotations

import functools

from claimgraph.resolve.name_keys import token_key

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
def given_name_keys() -> dict[str, str]:
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
    return key in given_name_keys() or key in _given_name_lines()


def given_name_forms(key: str) -> tuple[str, ...]:
    """The spellings the given-name table has for a name key ("vladimir": "Uladzimir",
    "Владимир", …); none for a name it does not list."""
    return _given_name_lines().get(key, ())
