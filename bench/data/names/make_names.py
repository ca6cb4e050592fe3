"""Generate the name-variant set for ``bench/resolve.py`` from a hand-written table.

Each entity below lists the ways reports spell it: Latin and Cyrillic forms, several romanizations
of Russian and Belarusian names, Russian case forms, initials, acronyms, typos. Short forms
(surnames, acronyms) carry a leading ``~``; a ``!`` marks a short form that is ambiguous across
entities, so every document using it also names the entity in full (as a real article would).
``@Type`` after a form gives the mention a looser type than the entity's, the way a tagger would
(a company tagged Organization).

Scenarios group entities that appear together in a report; namesakes (two Sergei Ivanovs, Samara
city and Samara region, Kupol and Kupol-Tech …) live in different scenarios, so only context tells
them apart. Documents are generated per scenario and language, each entity cycling through its
variants, and every variant appears at least once. Output is deterministic.

    python bench/data/names/make_names.py      # writes mentions.jsonl next to this file
"""
from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "mentions.jsonl"
DOCS_PER_LANG = 1

# key: (type, {"en": [...], "ru": [...]})
ENTITIES: dict[str, tuple[str, dict[str, list[str]]]] = {
    # --- people ---------------------------------------------------------------------------------
    "person/fedorishchev": ("Person", {
        "en": ["Vyacheslav Fedorishchev", "~Fedorishchev", "V. Fedorishchev", "Viacheslav Fedorishchev",
               "Vyacheslav Fedorishev", "Vjatšeslav Fedorištšev", "~Fedorištšev", "Wjatscheslaw Fedorischtschew",
               "Viatcheslav Fedorichtchev", "Vyacheslav Fedorishcev", "Governor Fedorishchev"],
        "ru": ["Вячеслав Федорищев", "~Федорищев", "~Федорищева", "~Федорищевым", "~Федорищеву",
               "В. Федорищев", "Вячеслава Федорищева", "Вячеславом Федорищевым", "В.А. Федорищев",
               "Вячеслав Александрович Федорищев", "Федорищев Вячеслав"]}),
    "person/oreshkin": ("Person", {
        "en": ["Maxim Oreshkin", "Maksim Oreshkin", "~Oreshkin", "M. Oreshkin", "Maxime Orechkine",
               "Maxim Oreschkin", "Maxim Oreshkn"],
        "ru": ["Максим Орешкин", "~Орешкин", "~Орешкина", "~Орешкиным", "Максима Орешкина",
               "М. Орешкин", "Максим Станиславович Орешкин", "М.С. Орешкин"]}),
    "person/lukashenko-alexander": ("Person", {
        "en": ["Alexander Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "~Lukashenka",
               "A. Lukashenko", "Alexandre Loukachenko", "Alexander Lukaschenko", "President Lukashenko"],
        "ru": ["Александр Лукашенко", "Александра Лукашенко", "Александру Лукашенко", "А. Лукашенко",
               "Александр Григорьевич Лукашенко", "А.Г. Лукашенко", "Президент Лукашенко"]}),
    "person/lukashenko-viktor": ("Person", {
        "en": ["Viktor Lukashenko", "Victor Lukashenko", "Viktar Lukashenka", "!Lukashenko", "V. Lukashenko"],
        "ru": ["Виктор Лукашенко", "Виктора Лукашенко", "Виктором Лукашенко", "!Лукашенко", "В. Лукашенко"]}),
    "person/ivanov-kazan": ("Person", {
        "en": ["Sergei Ivanov", "Sergey Ivanov", "!Ivanov", "S. Ivanov"],
        "ru": ["Сергей Иванов", "Сергея Иванова", "!Иванов", "!Иванова", "С. Иванов", "Сергей Петрович Иванов"]}),
    "person/ivanov-minsk": ("Person", {
        "en": ["Sergei Ivanov", "Siarhei Ivanou", "!Ivanov", "S. Ivanov"],
        "ru": ["Сергей Иванов", "Сергеем Ивановым", "!Иванов", "!Ивановым", "С. Иванов", "Сергей Николаевич Иванов"]}),
    "person/zhukovsky": ("Person", {
        "en": ["Andrei Zhukovsky", "Andrey Zhukovskiy", "Andrej Žukovskij", "~Zhukovsky", "A. Zhukovsky",
               "Andrei Zhukouski", "Andrei Zhukovksy"],
        "ru": ["Андрей Жуковский", "~Жуковский", "~Жуковского", "~Жуковским", "А. Жуковский",
               "Андрея Жуковского"]}),
    "person/kovalchuk-oleg": ("Person", {
        "en": ["Oleg Kovalchuk", "Aleh Kavalchuk", "!Kovalchuk", "O. Kovalchuk", "Oleg Kowaltschuk"],
        "ru": ["Олег Ковальчук", "Олега Ковальчука", "!Ковальчук", "!Ковальчуком", "О. Ковальчук"]}),
    "person/kovalchuk-yuri": ("Person", {
        "en": ["Yuri Kovalchuk", "Yury Kovalchuk", "!Kovalchuk", "Y. Kovalchuk", "Iouri Kovaltchouk"],
        "ru": ["Юрий Ковальчук", "Юрия Ковальчука", "!Ковальчук", "!Ковальчука", "Ю. Ковальчук",
               "Юрий Валентинович Ковальчук"]}),
    "person/rybin": ("Person", {
        "en": ["Anton Rybin", "~Rybin", "A. Rybin", "Anton Rybine"],
        "ru": ["Антон Рыбин", "~Рыбин", "~Рыбина", "~Рыбиным", "А. Рыбин", "Антона Рыбина"]}),
    "person/karpov": ("Person", {
        "en": ["Denis Karpov", "~Karpov", "D. Karpov"],
        "ru": ["Денис Карпов", "~Карпов", "~Карпова", "Денисом Карповым", "Д. Карпов"]}),
    "person/sakovich": ("Person", {
        "en": ["Igor Sakovich", "Ihar Sakovich", "Ihar Sakovič", "~Sakovich", "I. Sakovich"],
        "ru": ["Игорь Сакович", "~Сакович", "~Саковича", "Игоря Саковича", "И. Сакович"]}),
    "person/lisovsky": ("Person", {
        "en": ["Pavel Lisovsky", "Paval Lisouski", "Pavel Lisovskiy", "~Lisovsky", "P. Lisovsky"],
        "ru": ["Павел Лисовский", "~Лисовский", "~Лисовского", "Павлом Лисовским", "П. Лисовский"]}),
    "person/aydin": ("Person", {
        "en": ["Selim Aydın", "Selim Aydin", "~Aydın", "~Aydin", "S. Aydın"],
        "ru": ["Селим Айдын", "~Айдын", "~Айдына", "Селима Айдына"]}),
    "person/kamali": ("Person", {
        "en": ["Reza Kamali", "Riza Kamali", "~Kamali", "R. Kamali"],
        "ru": ["Реза Камали", "~Камали", "Резы Камали", "Р. Камали"]}),
    "person/farahani": ("Person", {
        "en": ["Mehdi Farahani", "Mahdi Farahani", "~Farahani", "M. Farahani"],
        "ru": ["Мехди Фарахани", "Махди Фарахани", "~Фарахани", "М. Фарахани"]}),
    "person/li-wei-feilong": ("Person", {
        "en": ["Li Wei", "Wei Li", "Mr Li"],
        "ru": ["Ли Вэй", "Ли Вей", "Вэй Ли"]}),
    "person/li-wei-diplomat": ("Person", {
        "en": ["Li Wei", "Ambassador Li Wei", "Wei Li"],
        "ru": ["Ли Вэй", "посол Ли Вэй", "Ли Вэя"]}),
    "person/seitkali": ("Person", {
        "en": ["Daniyar Seitkali", "Daniiar Seitkaly", "~Seitkali", "D. Seitkali"],
        "ru": ["Данияр Сейткали", "~Сейткали", "Данияра Сейткали", "Д. Сейткали"]}),
    "person/danilevich": ("Person", {
        "en": ["Kirill Danilevich", "Kiryl Danilevich", "~Danilevich", "K. Danilevich"],
        "ru": ["Кирилл Данилевич", "~Данилевич", "~Данилевича", "Кириллом Данилевичем"]}),
    "person/gurinovich": ("Person", {
        "en": ["Sergei Gurinovich", "Siarhei Hurynovich", "Sergey Gurinovich", "~Gurinovich", "~Hurynovich"],
        "ru": ["Сергей Гуринович", "~Гуринович", "~Гуриновичем", "Сергея Гуриновича", "С. Гуринович"]}),
    "person/melnikova": ("Person", {
        "en": ["Olga Melnikova", "Olha Melnykova", "~Melnikova", "O. Melnikova"],
        "ru": ["Ольга Мельникова", "~Мельникова", "~Мельниковой", "Ольги Мельниковой", "О. Мельникова"]}),
    "person/sorokin-governor": ("Person", {
        "en": ["Pavel Sorokin", "!Sorokin", "Governor Pavel Sorokin"],
        "ru": ["Павел Сорокин", "!Сорокин", "губернатор Павел Сорокин", "Павла Сорокина"]}),
    "person/sorokin-energy": ("Person", {
        "en": ["Pavel Sorokin", "!Sorokin", "P. Sorokin"],
        "ru": ["Павел Сорокин", "!Сорокина", "Павлом Сорокиным", "П. Сорокин"]}),
    # --- companies ------------------------------------------------------------------------------
    "company/rostec": ("Company", {
        "en": ["Rostec", "Rostekh", "Rostech", "Russian Technologies", "State Corporation Rostec",
               "Rostec@Organization", "ROSTEC"],
        "ru": ["Ростех", "Ростеха", "Ростехом", "Ростехе", "Госкорпорация «Ростех»", "«Ростех»",
               "Ростехa", "госкорпорации Ростех@Organization"]}),
    "company/rostelecom": ("Company", {
        "en": ["Rostelecom", "Rostelekom", "PJSC Rostelecom"],
        "ru": ["Ростелеком", "Ростелекома", "ПАО «Ростелеком»"]}),
    "company/transport-future": ("Company", {
        "en": ["Transport of the Future", "Transport Budushchego", "Transport of Future"],
        "ru": ["Транспорт будущего", "«Транспорт будущего»", "компания «Транспорт будущего»@Organization",
               "ООО «Транспорт будущего»"]}),
    "company/kupol": ("Company", {
        "en": ["Kupol", "IEMZ Kupol", "Izhevsk Electromechanical Plant Kupol", "Kupol plant@Facility"],
        "ru": ["Купол", "«Купол»", "ИЭМЗ «Купол»", "Ижевский электромеханический завод «Купол»", "Купола"]}),
    "company/kupol-tech": ("Company", {
        "en": ["Kupol-Tech", "Kupol Tech", "KupolTech", "Kupol-Tekh"],
        "ru": ["Купол-Тех", "«Купол-Тех»", "Купол-Теха", "ООО «Купол-Тех»"]}),
    "company/integral": ("Company", {
        "en": ["Integral", "JSC Integral", "OJSC Integral", "Integral holding"],
        "ru": ["Интеграл", "«Интеграл»", "ОАО «Интеграл»", "Интеграла", "холдинг «Интеграл»"]}),
    "company/integral-avia": ("Company", {
        "en": ["Integral-Avia", "Integral Avia", "IntegralAvia"],
        "ru": ["Интеграл-Авиа", "«Интеграл-Авиа»", "Интеграл-Авиа@Organization", "ООО «Интеграл-Авиа»"]}),
    "company/aerokomplekt": ("Company", {
        "en": ["Aerokomplekt", "Aerocomplect", "Aerokomplekt LLC"],
        "ru": ["Аэрокомплект", "«Аэрокомплект»", "Аэрокомплекта"]}),
    "company/aerocomposit": ("Company", {
        "en": ["AeroComposit", "Aerokompozit", "AeroComposite"],
        "ru": ["Аэрокомпозит", "«Аэрокомпозит»", "АО «Аэрокомпозит»"]}),
    "company/hexin": ("Company", {
        "en": ["Shenzhen Hexin Motion Technology", "Hexin Motion", "~Hexin",
               "Shenzhen Hexin Motion Technology Co., Ltd.", "Shenzhen Hexin"],
        "ru": ["Шэньчжэнь Хэсинь Моушн Текнолоджи", "~Хэсинь", "Шеньчжень Хесинь"]}),
    "company/haoyun": ("Company", {
        "en": ["Xiamen Haoyun Power", "Haoyun Power", "~Haoyun", "Xiamen Haoyun Power Co."],
        "ru": ["Сямэнь Хаоюнь Пауэр", "Хаоюнь Пауэр", "~Хаоюнь"]}),
    "company/karatay": ("Company", {
        "en": ["Karatay Aerospace", "~Karatay", "Karatay Havacılık", "Karatay Aerospace Inc.@Organization"],
        "ru": ["Каратай Аэроспейс", "«Каратай Аэроспейс»", "~Каратай"]}),
    "company/aerostrela": ("Company", {
        "en": ["Aerostrela", "Aero Strela", "Aerostrela LLC", "Aerastrela"],
        "ru": ["Аэрострела", "«Аэрострела»", "ООО «Аэрострела»", "Аэрострелы", "Аэрострелой"]}),
    "company/motorservice": ("Company", {
        "en": ["Motorservice", "Motorservis", "Motorservice Gomel", "Motor Service"],
        "ru": ["Моторсервис", "«Моторсервис»", "ОАО «Моторсервис»", "Моторсервиса"]}),
    "company/motor-sich": ("Company", {
        "en": ["Motor Sich", "Motor Sich JSC", "Motorsich"],
        "ru": ["Мотор Сич", "«Мотор Сич»", "АО «Мотор Сич»"]}),
    "company/kama-dron": ("Company", {
        "en": ["Kama-Dron", "Kama Drone", "KamaDron"],
        "ru": ["Кама-Дрон", "«Кама-Дрон»", "Кама-Дрона", "Кама-Дроном"]}),
    "company/steppe": ("Company", {
        "en": ["Steppe Components", "Steppe Components LLP", "~Steppe"],
        "ru": ["Степп Компонентс", "«Степп Компонентс»", "ТОО «Степп Компонентс»"]}),
    "company/svetoch": ("Company", {
        "en": ["Svetoch Optics", "~Svetoch", "Svetach Optics"],
        "ru": ["Светоч Оптикс", "«Светоч»", "Светоча"]}),
    "company/aolan": ("Company", {
        "en": ["Shenzhen Aolan Robotics", "Aolan Robotics", "~Aolan"],
        "ru": ["Шэньчжэнь Аолань Роботикс", "Аолань", "«Аолань»"]}),
    "company/tengri": ("Company", {
        "en": ["Tengri Aero", "Tengri Aero LLP", "TengriAero"],
        "ru": ["Тенгри Аэро", "«Тенгри Аэро»", "ТОО «Тенгри Аэро»"]}),
    "company/feilong": ("Company", {
        "en": ["Shenzhen Feilong", "Feilong", "Feilong Technology"],
        "ru": ["Шэньчжэнь Фэйлун", "Фэйлун", "«Фэйлуна»", "Фэйлуном"]}),
    "company/udmurt-uas": ("Company", {
        "en": ["Udmurt Unmanned Systems", "Udmurtskie Bespilotnye Sistemy"],
        "ru": ["Удмуртские беспилотные системы", "«Удмуртские беспилотные системы»",
               "компании «Удмуртские беспилотные системы»@Organization"]}),
    # --- public bodies --------------------------------------------------------------------------
    "publicbody/goskomvoenprom": ("PublicBody", {
        "en": ["State Authority for Military Industry", "State Military-Industrial Committee", "Goskomvoenprom",
               "State Military Industrial Committee of the Republic of Belarus", "SAMI@Organization",
               "Belarusian State Authority for Military Industry"],
        "ru": ["Госкомвоенпром", "Госкомвоенпрома", "Госкомвоенпромом", "Государственный военно-промышленный комитет",
               "Государственного военно-промышленного комитета Республики Беларусь", "ГВПК"]}),
    "publicbody/mod-belarus": ("PublicBody", {
        "en": ["Belarusian Ministry of Defence", "Ministry of Defense of Belarus", "Belarus Defence Ministry",
               "Ministry of Defence of the Republic of Belarus"],
        "ru": ["Министерство обороны Беларуси", "Минобороны Беларуси", "Минобороны Белоруссии",
               "Министерства обороны Республики Беларусь", "белорусское Минобороны"]}),
    "publicbody/mod-russia": ("PublicBody", {
        "en": ["Russian Ministry of Defence", "Ministry of Defense of the Russian Federation", "Russian Defence Ministry",
               "Russian MoD"],
        "ru": ["Минобороны России", "Министерство обороны РФ", "Министерства обороны России", "Минобороны РФ",
               "российское Минобороны"]}),
    "publicbody/ofac": ("PublicBody", {
        "en": ["Office of Foreign Assets Control", "OFAC", "the Treasury's Office of Foreign Assets Control"],
        "ru": ["Управление по контролю за иностранными активами", "OFAC", "Управления по контролю за иностранными активами"]}),
    "publicbody/us-treasury": ("PublicBody", {
        "en": ["U.S. Treasury Department", "US Department of the Treasury", "Treasury Department", "U.S. Treasury"],
        "ru": ["Минфин США", "Министерство финансов США", "Минфина США", "Министерства финансов США"]}),
    "publicbody/pres-admin-russia": ("PublicBody", {
        "en": ["Presidential Administration of Russia", "Russian Presidential Administration",
               "Kremlin administration", "Administration of the President of the Russian Federation"],
        "ru": ["Администрация президента России", "Администрации президента РФ", "АП РФ",
               "Администрации Президента Российской Федерации"]}),
    "publicbody/minpromtorg": ("PublicBody", {
        "en": ["Ministry of Industry and Trade", "Minpromtorg", "Russian Industry Ministry",
               "Ministry of Industry and Trade of the Russian Federation"],
        "ru": ["Минпромторг", "Минпромторга", "Министерство промышленности и торговли РФ", "Минпромторгом"]}),
    "publicbody/minenergo": ("PublicBody", {
        "en": ["Russian Energy Ministry", "Ministry of Energy of Russia", "Minenergo"],
        "ru": ["Минэнерго", "Минэнерго России", "Министерства энергетики РФ"]}),
    "publicbody/grodno-exec": ("PublicBody", {
        "en": ["Grodno Regional Executive Committee", "Grodno Oblast Executive Committee", "Hrodna Regional Executive Committee"],
        "ru": ["Гродненский облисполком", "Гродненского облисполкома", "Гродненский областной исполнительный комитет"]}),
    "publicbody/security-council-belarus": ("PublicBody", {
        "en": ["Security Council of Belarus", "Belarusian Security Council", "Security Council of the Republic of Belarus"],
        "ru": ["Совет безопасности Беларуси", "Совбез Белоруссии", "Совета безопасности Республики Беларусь"]}),
    # --- organisations --------------------------------------------------------------------------
    "org/nasb": ("Organization", {
        "en": ["National Academy of Sciences of Belarus", "NAS of Belarus", "NASB", "Belarusian Academy of Sciences"],
        "ru": ["Национальная академия наук Беларуси", "НАН Беларуси", "Национальной академии наук Беларуси",
               "НАН Белоруссии"]}),
    "org/belta": ("Organization", {
        "en": ["BelTA", "Belarusian Telegraph Agency", "BELTA"],
        "ru": ["БелТА", "БЕЛТА", "Белорусское телеграфное агентство"]}),
    "org/tass": ("Organization", {
        "en": ["TASS", "ITAR-TASS", "Tass"],
        "ru": ["ТАСС", "ИТАР-ТАСС", "агентство ТАСС"]}),
    "org/eu": ("Organization", {
        "en": ["European Union", "EU", "the European Union", "E.U."],
        "ru": ["Евросоюз", "ЕС", "Европейский союз", "Евросоюза"]}),
    "org/union-state": ("Organization", {
        "en": ["Union State", "Union State of Russia and Belarus"],
        "ru": ["Союзное государство", "Союзного государства", "Союзным государством"]}),
    # --- countries ------------------------------------------------------------------------------
    "country/belarus": ("Country", {
        "en": ["Belarus", "Republic of Belarus", "Byelorussia", "Belorussia"],
        "ru": ["Беларусь", "Белоруссия", "Белоруссии", "Беларуси", "Республика Беларусь", "РБ"]}),
    "country/russia": ("Country", {
        "en": ["Russia", "Russian Federation", "the Russian Federation"],
        "ru": ["Россия", "России", "Российская Федерация", "РФ", "Россией"]}),
    "country/china": ("Country", {
        "en": ["China", "PRC", "People's Republic of China"],
        "ru": ["Китай", "КНР", "Китая", "Китае", "Китайская Народная Республика"]}),
    "country/iran": ("Country", {
        "en": ["Iran", "Islamic Republic of Iran"],
        "ru": ["Иран", "Ирана", "Исламская Республика Иран", "Ираном"]}),
    "country/turkey": ("Country", {
        "en": ["Turkey", "Türkiye", "Turkiye"],
        "ru": ["Турция", "Турции", "Турецкая Республика"]}),
    "country/ukraine": ("Country", {
        "en": ["Ukraine"],
        "ru": ["Украина", "Украины", "Украине"]}),
    "country/kazakhstan": ("Country", {
        "en": ["Kazakhstan", "Republic of Kazakhstan", "Qazaqstan"],
        "ru": ["Казахстан", "Казахстана", "Республика Казахстан"]}),
    "country/japan": ("Country", {
        "en": ["Japan"],
        "ru": ["Япония", "Японии"]}),
    # --- places ---------------------------------------------------------------------------------
    "location/samara-city": ("Location", {
        "en": ["Samara", "city of Samara", "Samara city"],
        "ru": ["Самара", "Самаре", "Самары", "г. Самара", "Самарой"]}),
    "location/samara-region": ("Location", {
        "en": ["Samara region", "Samara Oblast", "Samarskaya Oblast", "Samara Region"],
        "ru": ["Самарская область", "Самарской области", "Самарскую область", "Самарская обл."]}),
    "location/minsk-city": ("Location", {
        "en": ["Minsk", "city of Minsk"],
        "ru": ["Минск", "Минске", "Минска", "Мінск"]}),
    "location/minsk-region": ("Location", {
        "en": ["Minsk region", "Minsk Oblast", "Minsk Region"],
        "ru": ["Минская область", "Минской области", "Минскую область"]}),
    "location/nizhny-region": ("Location", {
        "en": ["Nizhny Novgorod region", "Nizhegorodskaya Oblast", "Nizhny Novgorod Oblast"],
        "ru": ["Нижегородская область", "Нижегородской области", "Нижегородскую область"]}),
    "location/tolyatti": ("Location", {
        "en": ["Tolyatti", "Togliatti", "Toliatti"],
        "ru": ["Тольятти", "г. Тольятти"]}),
    "location/tomsk": ("Location", {
        "en": ["Tomsk"],
        "ru": ["Томск", "Томске", "Томска"]}),
    "location/izhevsk": ("Location", {
        "en": ["Izhevsk"],
        "ru": ["Ижевск", "Ижевске", "Ижевска"]}),
    "location/yelabuga": ("Location", {
        "en": ["Yelabuga", "Elabuga", "Jelabuga"],
        "ru": ["Елабуга", "Елабуге", "Елабуги"]}),
    # --- facilities -----------------------------------------------------------------------------
    "facility/alabuga": ("Facility", {
        "en": ["Alabuga special economic zone", "Alabuga SEZ", "Alabuga", "Alabuga Special Economic Zone"],
        "ru": ["ОЭЗ «Алабуга»", "особая экономическая зона «Алабуга»", "Алабуге", "Алабуга", "ОЭЗ Алабуга"]}),
    "facility/npc-bas-tolyatti": ("Facility", {
        "en": ["BAS Samara", "Tolyatti research and production centre", "Samara UAS research and production center",
               "NPC BAS"],
        "ru": ["НПЦ БАС", "научно-производственный центр БАС", "Научно-производственного центра беспилотных авиационных систем",
               "тольяттинский НПЦ"]}),
    "facility/npc-tomsk": ("Facility", {
        "en": ["Tomsk Scientific and Production Centre for Unmanned Aircraft Systems", "Tomsk UAS centre",
               "Unmanned Aircraft Systems centre in Tomsk"],
        "ru": ["НПЦ «Беспилотные авиационные системы»", "томский НПЦ «Беспилотные авиационные системы»",
               "научно-производственный центр «Беспилотные авиационные системы»"]}),
    "facility/great-stone": ("Facility", {
        "en": ["Great Stone Industrial Park", "Great Stone", "China-Belarus Industrial Park Great Stone"],
        "ru": ["Великий камень", "индустриальный парк «Великий камень»", "«Великого камня»",
               "Китайско-белорусский индустриальный парк «Великий камень»"]}),
    # --- products -------------------------------------------------------------------------------
    "product/geran-2": ("Product", {
        "en": ["Geran-2", "Geran 2", "Geran-2 drone", "Geran2"],
        "ru": ["Герань-2", "«Герань-2»", "Герани-2", "Гераней-2"]}),
    "product/shahed-136": ("Product", {
        "en": ["Shahed-136", "Shahed 136", "Shaheed-136"],
        "ru": ["Шахед-136", "«Шахед-136»", "Шахеда-136"]}),
    "product/orlan-10": ("Product", {
        "en": ["Orlan-10", "Orlan 10", "Orlan-10 drone"],
        "ru": ["Орлан-10", "«Орлан-10»", "Орлана-10"]}),
    "product/lancet": ("Product", {
        "en": ["Lancet", "ZALA Lancet", "Lancet drone"],
        "ru": ["Ланцет", "«Ланцет»", "Ланцета", "Ланцетов"]}),
}

# Scenarios: entities reported together. Namesakes never share a scenario.
SCENARIOS: dict[str, list[str]] = {
    "samara-minsk-talks": ["person/fedorishchev", "person/lukashenko-alexander", "location/samara-region",
                           "location/minsk-city", "country/belarus", "facility/npc-bas-tolyatti"],
    "samara-drone-centre": ["person/fedorishchev", "location/tolyatti", "facility/npc-bas-tolyatti",
                            "company/transport-future", "location/samara-region"],
    "samara-city-news": ["location/samara-city", "location/tolyatti", "location/samara-region"],
    "oreshkin-offer": ["person/oreshkin", "publicbody/pres-admin-russia", "country/russia", "country/belarus",
                       "person/lukashenko-alexander"],
    "tomsk-visit": ["org/nasb", "location/tomsk", "facility/npc-tomsk", "country/belarus", "org/belta"],
    "goskomvoenprom-output": ["person/zhukovsky", "publicbody/goskomvoenprom", "country/china", "org/belta",
                              "person/ivanov-minsk"],
    "belarus-army-drones": ["publicbody/mod-belarus", "publicbody/goskomvoenprom", "person/ivanov-minsk",
                            "location/minsk-city"],
    "kazan-kama-dron": ["person/ivanov-kazan", "company/kama-dron", "publicbody/mod-russia", "product/lancet",
                        "org/tass"],
    "alabuga-production": ["facility/alabuga", "location/yelabuga", "product/geran-2", "product/shahed-136",
                           "country/iran"],
    "us-sanctions-hexin": ["company/hexin", "publicbody/ofac", "publicbody/us-treasury", "company/aerokomplekt",
                           "product/geran-2"],
    "eu-sanctions-package": ["org/eu", "company/integral-avia", "country/belarus", "country/china"],
    "integral-microelectronics": ["company/integral", "org/nasb", "location/minsk-city"],
    "rostec-engine-plant": ["company/rostec", "person/kovalchuk-oleg", "person/rybin", "company/motorservice",
                            "org/union-state", "person/karpov"],
    "telecom-deal": ["company/rostelecom", "person/kovalchuk-yuri", "country/russia"],
    "motor-sich-dispute": ["company/motor-sich", "country/ukraine", "country/china"],
    "kupol-izhevsk": ["company/kupol", "location/izhevsk", "publicbody/mod-russia", "org/tass"],
    "kupol-tech-engines": ["company/kupol-tech", "company/haoyun", "country/china", "location/izhevsk"],
    "aerocomposit-wings": ["company/aerocomposit", "publicbody/minpromtorg", "country/russia"],
    "karatay-fair": ["company/karatay", "person/aydin", "country/turkey", "company/tengri", "country/kazakhstan"],
    "iran-delegation": ["person/farahani", "country/iran", "publicbody/goskomvoenprom", "location/minsk-city"],
    "tehran-denial": ["person/kamali", "country/iran", "country/russia", "product/shahed-136"],
    "feilong-expo": ["person/li-wei-feilong", "company/feilong", "person/rybin", "country/russia"],
    "li-wei-embassy": ["person/li-wei-diplomat", "country/china", "org/eu"],
    "nizhny-plans": ["person/sorokin-governor", "location/nizhny-region", "publicbody/minpromtorg"],
    "energy-ministry": ["person/sorokin-energy", "publicbody/minenergo", "country/russia"],
    "orsha-plant": ["person/sakovich", "company/aerostrela", "person/lisovsky", "publicbody/mod-belarus",
                    "country/china"],
    "great-stone-batteries": ["facility/great-stone", "person/danilevich", "location/minsk-region", "country/china",
                              "org/belta"],
    "kazakh-denial": ["person/seitkali", "company/steppe", "country/kazakhstan", "country/russia"],
    "japan-blacklist": ["company/svetoch", "country/japan", "country/belarus", "product/orlan-10"],
    "aolan-exit": ["company/aolan", "country/china", "country/russia", "country/ukraine"],
    "security-council": ["person/lukashenko-viktor", "publicbody/security-council-belarus", "location/minsk-city"],
    "qingdao-talks": ["person/gurinovich", "country/china", "country/belarus", "publicbody/mod-belarus"],
    "izhevsk-workshop": ["person/melnikova", "company/udmurt-uas", "location/izhevsk", "country/china"],
    "grodno-agreement": ["publicbody/grodno-exec", "location/samara-region", "country/belarus"],
    "orlan-components": ["product/orlan-10", "publicbody/mod-russia", "org/tass"],
}


def parse_variant(raw: str, entity_type: str) -> tuple[str, str, str]:
    """``"~Name@Type"`` → (name, mention type, kind) with kind full | short | ambiguous."""
    kind = "full"
    if raw.startswith("~"):
        kind, raw = "short", raw[1:]
    elif raw.startswith("!"):
        kind, raw = "ambiguous", raw[1:]
    name, _, mention_type = raw.partition("@")
    return name, mention_type or entity_type, kind


def generate(seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    for key in {k for keys in SCENARIOS.values() for k in keys} - ENTITIES.keys():
        raise SystemExit(f"scenario names unknown entity {key}")
    homeless = ENTITIES.keys() - {k for keys in SCENARIOS.values() for k in keys}
    if homeless:
        raise SystemExit(f"entities in no scenario: {sorted(homeless)}")
    variants: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    cycles: dict[tuple[str, str], Iterator[tuple[str, str, str]]] = {}
    for key, (entity_type, by_lang) in ENTITIES.items():
        for lang, names in by_lang.items():
            parsed = [parse_variant(n, entity_type) for n in names]
            variants[key, lang] = parsed
            order = parsed[:]
            rng.shuffle(order)
            cycles[key, lang] = cycle(order)
    unused = {(key, lang, v) for (key, lang), vs in variants.items() for v in vs}
    mentions: list[dict[str, object]] = []

    def full_form(key: str, lang: str) -> tuple[str, str, str]:
        return next(v for v in variants[key, lang] if v[2] == "full")

    def emit_doc(doc: str, lang: str, chosen: list[tuple[str, tuple[str, str, str]]]) -> None:
        picked: list[tuple[str, tuple[str, str, str]]] = []
        for key, variant in chosen:
            if variant[2] == "ambiguous" or (variant[2] == "short" and rng.random() < 0.5):
                picked.append((key, full_form(key, lang)))  # the article names them in full first
            picked.append((key, variant))
        for key, variant in picked:
            unused.discard((key, lang, variant))
        for n, (key, (name, mention_type, _)) in enumerate(picked, 1):
            others = [other for k, (other, _, _) in picked if k != key]
            context = list(dict.fromkeys(others))[:4]
            mentions.append({"id": f"{doc}#{n}", "name": name, "type": mention_type, "lang": lang,
                             "doc": doc, "context": context, "gold": key})

    home: dict[str, str] = {}
    for scenario, keys in SCENARIOS.items():
        for key in keys:
            home.setdefault(key, scenario)
    for scenario, keys in SCENARIOS.items():
        for lang in ("en", "ru"):
            present = [k for k in keys if (k, lang) in variants]
            for number in range(1, DOCS_PER_LANG + 1):
                emit_doc(f"{scenario}-{lang}-{number}", lang, [(k, next(cycles[k, lang])) for k in present])
            # notes that use up the forms not seen yet, with a couple of companions for context
            number = DOCS_PER_LANG
            while True:
                pending = {k: sorted(v for (kk, ll, v) in unused if kk == k and ll == lang)
                           for k in present if home[k] == scenario}
                pending = {k: v for k, v in pending.items() if v}
                if not pending:
                    break
                number += 1
                chosen = [(k, vs[0]) for k, vs in pending.items()]
                companions = [k for k in present if k not in pending]
                for k in rng.sample(companions, min(len(companions), max(0, 3 - len(chosen)))):
                    chosen.append((k, next(cycles[k, lang])))
                emit_doc(f"{scenario}-{lang}-{number}", lang, chosen)
    if unused:
        raise SystemExit(f"forms never used: {sorted(unused)[:5]}")
    return mentions


def main() -> int:
    mentions = generate()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for m in mentions:
            out.write(json.dumps(m, ensure_ascii=False) + "\n")
    entities = {m["gold"] for m in mentions}
    names_by_entity: dict[str, set[str]] = {}
    for m in mentions:
        names_by_entity.setdefault(str(m["name"]), set()).add(str(m["gold"]))
    shared = sorted(n for n, golds in names_by_entity.items() if len(golds) > 1)
    print(f"{len(mentions)} mentions, {len(entities)} entities, {len({m['doc'] for m in mentions})} documents")
    print(f"names shared by different entities: {', '.join(shared)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
