"""Chinese names written in Russian: the Palladius system read back into pinyin.

Russian writes Chinese names in the Palladius system ("Шэньчжэнь Фэйлун" for "Shenzhen Feilong",
"Хуавэй" for "Huawei"). Letter-by-letter romanisation of those spellings ("shenchzhen", "feilun")
never meets the pinyin the same company carries in English, because Palladius spells whole
syllables: "н" ends -ng syllables and "нь" ends -n ones, "цз" is j or z, "с" is x or s, "ж" is r.

This module holds the system's syllable table, built from its rules over the pinyin syllable
inventory, and parses a Cyrillic word into those syllables. A word that parses completely reads as
the pinyin syllables joined, without tones ("Фэйлун" → "feilong"). Russian inflects such names
like its own nouns ("Фэйлуна", "Хуавэем", "в Сямэне"); a case ending after a syllable that ends in
a consonant is cut and the nominative restored when that reading is the only one.

Many Russian and Belarusian words happen to parse too ("Путин" as "pu-ting", "Уфа" as "wu-fa",
"Лукашэнка" as "lu-ka-sheng-ka"), so a reading says whether it is *distinctive*: whether some
syllable is spelled as neither language spells its own words ("цз", "чж", "ао", "оу", "уа",
"уй", "юй", "юэ", "юа", "яо", and "э" after б, п, м, ф, н, л, г, к, х, с or в; Belarusian writes
"э" after ш, ж, ч, ц, р, д and т, and "ця", "цю" for Russian "тя", "тю").
:func:`name_pinyin` trusts a word's reading only then, or when another word of the same name is
distinctive and the word itself reads without a bare vowel syllable inside ("Си Цзиньпин" is
Xi Jinping; "Пауэр" in "Сямэнь Хаоюнь Пауэр" is the English "Power", not pa-wu-er).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PINYIN_BY_INITIAL = """
a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo
lv lve
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
"""
#: pinyin syllables (toneless), by initial; "v" stands for ü
PINYIN = tuple(_PINYIN_BY_INITIAL.split())

#: pinyin initials → Palladius (longest first: "zh" before "z")
_INITIALS = (("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"),
             ("f", "ф"), ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"),
             ("h", "х"), ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"), ("z", "цз"), ("c", "ц"),
             ("s", "с"), ("w", "в"))
#: pinyin finals → Palladius
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
    "i": "и", "ia": "я", "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн",
    "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан",
    "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}
#: initials after which pinyin "u" is ü
_U_IS_V = ("j", "q", "x", "y")


def palladius(syllable: str) -> str:
    """The Palladius spelling of one toneless pinyin syllable ("v" for ü): "zhong" → "чжун"."""
    if syllable == "wu":
        return "у"
    if syllable.startswith("y"):  # yi, ya, you, yu …: the final alone, i-/ü-row
        rest = syllable[1:]
        final = rest if rest.startswith(("i", "u")) else "i" + rest
        if final.startswith("u"):
            final = "v" + final[1:]
        return _FINALS["iu" if final == "iou" else final]
    for initial, cyr in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            final = syllable[len(initial):]
            if initial in _U_IS_V and final.startswith("u"):
                final = "v" + final[1:]
            if final == "i" and initial in ("z", "c", "s"):
                return cyr + "ы"
            return cyr + _FINALS[final]
    return _FINALS[syllable]


#: spellings that are not the system's but common in Russian texts: "е" for "э" where the
#: system has no -е syllable to confuse it with ("Шеньчжень", "Хесинь", "Вей")
_LOOSE_E = re.compile(r"^(чж|ш|ж|ч|г|к|х|в)э|эй$")


@functools.lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Palladius syllable → pinyin, with the common loose "е" spellings."""
    strict: dict[str, str] = {}
    for syl in PINYIN:
        cyr = palladius(syl)
        if cyr in strict:
            raise ValueError(f"two pinyin syllables spelled {cyr}: {strict[cyr]}, {syl}")
        strict[cyr] = syl.replace("v", "ü")
    loose = {}
    for cyr, syl in strict.items():
        if _LOOSE_E.search(cyr):
            variant = cyr.replace("э", "е")
            if variant not in strict:
                loose[variant] = syl
    return {**loose, **strict}


_LONGEST = 6
#: spellings no Russian word uses; one of them makes a reading distinctive
_DISTINCTIVE = re.compile(r"цз|чж|[бпмфнлгкхсв]э|ао|оу|уа|уй|юй|юэ|юа|яо")
_VOWELS = frozenset("аоэеиуюяы")


@dataclass(frozen=True, slots=True)
class Reading:
    """A Cyrillic word read as Palladius syllables."""

    #: the Cyrillic syllables of the nominative ("Фэйлуна" → ("фэй", "лун"))
    syllables: tuple[str, ...]
    #: the nominative as written, case ending replaced ("Хуавэем" → "хуавэй")
    nominative: str
    #: some syllable is spelled as no Russian word is
    distinctive: bool

    @property
    def compact(self) -> bool:
        """No syllable after the first is a bare vowel syllable ("Пауэр" is pa-wu-er)."""
        return not any(s[0] in _VOWELS for s in self.syllables[1:])

    @property
    def pinyin(self) -> str:
        """The syllables in pinyin, joined and without tones: "feilong"."""
        t = table()
        return "".join(t[s] for s in self.syllables)


def _segment(word: str) -> tuple[str, ...] | None:
    """The fewest syllables that spell ``word`` exactly; ties go to syllables opening with a
    consonant ("гуанань" is gua-nan, not guang-an). None when the word does not parse."""
    t = table()
    n = len(word)
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 1, min(n, i + _LONGEST) + 1):
            piece = word[i:j]
            if piece not in t:
                continue
            cost = (here[0] + 1, here[1] + (i > 0 and piece[0] in _VOWELS))
            if best[j] is None or cost < best[j][:2]:  # type: ignore[index]
                best[j] = (*cost, (*here[2], piece))
    return best[n][2] if best[n] is not None else None


def _parse(word: str) -> tuple[str, ...] | None:
    """Syllables of a word whose parts may be split by "-" or "ъ" ("Чанъань")."""
    out: list[str] = []
    for part in re.split(r"[-ъ'’]", word):
        if not part:
            return None
        syllables = _segment(part)
        if syllables is None:
            return None
        out.extend(syllables)
    return tuple(out)


#: Russian case endings of nouns → (restorations of the nominative's end after a stem in "н",
#: after a stem in a vowel); "Фэйлун-а", "Сямэн(ь)-я", "Хуавэ(й)-ем"
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("ом", ("",), ()), ("ем", ("ь",), ("й",)), ("а", ("",), ()), ("у", ("",), ()),
    ("я", ("ь",), ("й",)), ("ю", ("ь",), ("й",)), ("е", ("", "ь"), ("й",)),
)


def _inflected(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Nominatives (with their syllables) a case ending on ``word`` could come from."""
    found: dict[str, tuple[str, ...]] = {}
    for ending, after_n, after_vowel in _CASE_ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 1:
            continue
        stem = word[: -len(ending)]
        restore = after_n if stem.endswith("н") else after_vowel if stem[-1] in _VOWELS else ()
        for tail in restore:
            syllables = _parse(stem + tail)
            if syllables is not None:
                found[stem + tail] = syllables
    return list(found.items())


@functools.lru_cache(maxsize=100_000)
def reading(word: str) -> Reading | None:
    """The Palladius reading of one Cyrillic word, or None when it does not parse.

    A case ending is read as one when exactly one nominative fits: "Фэйлуна" (which also parses
    as fei-lu-na) is "Фэйлун"; "Фэйлуне" could be "Фэйлун" or "Фэйлунь" and has no reading.
    A stem ending in a vowel keeps the whole word ("Дая" is da-ya, not "Дай").
    """
    word = word.lower()
    if not word or any(not ("а" <= ch <= "я" or ch in "-ъ'’") for ch in word):
        return None
    full = _parse(word)
    forms = _inflected(word)
    if len(forms) > 1:
        return None
    if forms and (full is None or forms[0][0].rstrip("ь").endswith("н")):
        nominative, syllables = forms[0]
    elif full is not None:
        nominative, syllables = word, full
    else:
        return None
    return Reading(syllables, nominative, any(_DISTINCTIVE.search(s) for s in syllables))


def pinyin(word: str) -> str | None:
    """The pinyin key of a word that reads distinctively as Palladius ("Сямэнь" → "xiamen")."""
    r = reading(word)
    return r.pinyin if r is not None and r.distinctive else None


@functools.lru_cache(maxsize=100_000)
def name_pinyin(words: tuple[str, ...]) -> tuple[str | None, ...]:
    """Pinyin for the words of one name that read as Palladius, None for the others.

    A distinctive word is read on its own; once one word of the name is, the name is Chinese and
    its other compact readings count too ("Си" in "Си Цзиньпин" is Xi, not "Si").
    """
    readings = [reading(w) for w in words]
    chinese = any(r is not None and r.distinctive for r in readings)
    return tuple(r.pinyin if r is not None and (r.distinctive or (chinese and r.compact)) else None
                 for r in readings)
