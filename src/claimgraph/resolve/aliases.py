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

from claimgraph.resolve.names import ORG_KINDS, parts

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


class AliasTable:
    """(type family, name key) → the entry whose names include it."""

    def __init__(self, entries: Iterable[tuple[str, str, Sequence[str]]] = ()) -> None:
        self.keys: dict[tuple[str, str], int] = {}
        self.size = 0
        self.extend(entries)

    def extend(self, entries: Iterable[tuple[str, str, Sequence[str]]]) -> None:
        """Add (type, name, aliases) entries; each becomes one alias set."""
        for kind, name, aliases in entries:
            n = self.size
            self.size += 1
            fam = _family(kind)
            for form in {name, *aliases}:
                key = parts(form, kind).key
                if not key:
                    continue
                held = self.keys.get((fam, key))
                self.keys[(fam, key)] = n if held in (None, n) else AMBIGUOUS

    def lookup(self, kind: str, form: str) -> int | None:
        """The entry a name form belongs to, or None (unknown or ambiguous)."""
        n = self.keys.get((_family(kind), parts(form, kind).key))
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
