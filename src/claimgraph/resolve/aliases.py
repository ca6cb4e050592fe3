"""Known aliases: names that are one thing although no spelling rule connects them.

"Rostec" and "Russian Technologies", "EU" and "Евросоюз", "Госкомвоенпром" and "State
Military-Industrial Committee" share no word an algorithm could align: translations, acronyms of
the other language and nicknames only meet through a table someone wrote. The tables used are the
built-in gazetteer (``data/gazetteer.tsv`` and the country names), the Chinese brands below, the
workspace gazetteer the analyst extends with ``claimgraph gazetteer add``, and the list entries
(name + aliases) matched to workspace entities by ``claimgraph xref``. Each name is indexed by its name key within its type
family; a key claimed by two different entries is ambiguous and links nothing.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any

from claimgraph.resolve.names import ORG_KINDS, parts, token_key, tokens

#: key given to an alias shared by two entries: it names neither reliably
AMBIGUOUS = -1

#: Chinese firms known abroad by a Latin brand and in Russian by the Chinese name: "Дацзян" is
#: the pinyin Dajiang (大疆), which no spelling rule turns into "DJI".
CHINESE_BRANDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Company", "DJI", ("Da-Jiang Innovations", "SZ DJI Technology", "DJI Technology", "Дацзян",
                        "Дацзян Инновейшнс", "大疆")),
    ("Company", "ZTE", ("ZTE Corporation", "Zhongxing", "Чжунсин", "中兴")),
    ("Company", "Hikvision", ("Hangzhou Hikvision Digital Technology", "Haikang Weishi",
                              "Хайкан Вэйши", "Ханчжоу Хайкан Вэйши", "海康威视")),
)


def _family(kind: str) -> str:
    return "Organization" if kind in ORG_KINDS else kind


def core_key(form: str, kind: str) -> str:
    """An organisation's name without what says which kind of body it is or abbreviates it:
    institution words ("State", "Plant", "Corporation") and acronyms before or after the name
    ("IEMZ Kupol", "Kupol plant" → "kupol"; "Russian Technologies State Corporation" → the key of
    "Russian Technologies"). Empty when no distinctive word is left ("Ministry of Defence of
    Russia") or for other kinds."""
    if kind not in ORG_KINDS and kind != "Facility":
        return ""
    acronyms = {token_key(t) for t in tokens(form) if t.isalpha() and t.isupper() and 2 <= len(t) <= 6}
    words = [w for w in parts(form, kind).words
             if w not in acronyms and (not w.isupper() or w in COUNTRY_CODES)]
    if not any(not w.isupper() for w in words):
        return ""
    return " ".join(words)


#: Country concepts of organisation name keys: they say which body it is, and stay in a core key
COUNTRY_CODES = frozenset({"RU", "BY", "US", "CN"})


class AliasTable:
    """(type family, name key) → the entry whose names include it; names of organisations are
    also indexed by their core key (:func:`core_key`), consulted when the whole key is unknown."""

    def __init__(self, entries: Iterable[tuple[str, str, Sequence[str]]] = ()) -> None:
        self.keys: dict[tuple[str, str], int] = {}
        self.cores: dict[tuple[str, str], int] = {}
        self.main: dict[int, tuple[str, str]] = {}  # entry → key of its main name
        self.size = 0
        self.extend(entries)

    def extend(self, entries: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        """Add (type, name, aliases) entries; each becomes one alias set, or joins the one set
        it shares a main name with (a list entry for a firm the gazetteer already knows: "State
        Corporation Rostec" with the alias "Rostec"). Sharing only an alias is no such proof."""
        for kind, name, aliases in entries:
            fam = _family(kind)
            shared = {(fam, parts(f, kind).key) for f in {name, *aliases}} & self.keys.keys()
            held_by = {self.keys[k] for k in shared}
            main = (fam, parts(name, kind).key)
            if len(held_by) == 1 and AMBIGUOUS not in held_by and (
                    main in shared or self.main.get(next(iter(held_by))) in shared):
                n = held_by.pop()
            else:
                n = self.size
                self.size += 1
                self.main[n] = main
            for form in {name, *aliases}:
                key = parts(form, kind).key
                if not key:
                    continue
                held = self.keys.get((fam, key))
                self.keys[(fam, key)] = n if held in (None, n) else AMBIGUOUS
                core = core_key(form, kind)
                if core:
                    held = self.cores.get((fam, core))
                    self.cores[(fam, core)] = n if held in (None, n) else AMBIGUOUS

    def lookup(self, kind: str, form: str) -> int | None:
        """The entry a name form belongs to, or None (unknown or ambiguous): by its whole key,
        else by its core key among the entries' whole and core keys."""
        fam = _family(kind)
        n = self.keys.get((fam, parts(form, kind).key))
        if n is None:
            core = core_key(form, kind)
            if core:
                n = self.keys.get((fam, core))
                if n is None:
                    n = self.cores.get((fam, core))
        return None if n is None or n == AMBIGUOUS else n

    def __len__(self) -> int:
        return self.size


@functools.cache
def builtin_aliases() -> AliasTable:
    """The packaged gazetteer's names with their aliases."""
    from claimgraph.nlp.gazetteer import builtin_entries

    table = AliasTable((e.type, e.name, e.aliases) for e in builtin_entries())
    table.extend(CHINESE_BRANDS)
    return table


def workspace_aliases(store: Any, min_score: float = 0.7) -> AliasTable:
    """Built-in aliases, the workspace gazetteer and the names of list entries matched before."""
    from claimgraph.nlp.gazetteer import builtin_entries, workspace_entries
    from claimgraph.xref.datasets import SCHEMA_TYPES

    table = AliasTable((e.type, e.name, e.aliases) for e in builtin_entries())
    table.extend(CHINESE_BRANDS)
    table.extend((e["type"], e["name"], e["aliases"]) for e in workspace_entries(store))
    try:
        rows = store.query(
            """SELECT DISTINCT l.list_name, l.id, l.schema, l.name, l.names
               FROM list_entries l JOIN matches m ON m.list_entity_id = l.id
                    AND m.list_name = l.list_name AND m.list_version = l.list_version
               WHERE m.score >= ? ORDER BY l.list_name, l.id""", [min_score])
    except Exception:  # noqa: BLE001 - a workspace without lists has no list aliases
        rows = []
    table.extend((SCHEMA_TYPES.get(r["schema"], "Organization"), r["name"],
                  json.loads(r["names"] or "[]")) for r in rows)
    return table
