"""The outlet table: who publishes, from where, and whether a state stands behind it.

Origin counts ask "how many independent voices, and how many of them state-affiliated"; that
needs one analyst-editable row per outlet or agency. Rows edited by hand (``edited``) are never
overwritten by a later CSV seed.
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimgraph.errors import ConfigError
from claimgraph.model.base import Record
from claimgraph.store import Store
from claimgraph.triangulate.keys import name_key, outlet_key

_TRUE = {"1", "true", "yes", "y", "state", "t"}
_FALSE = {"0", "false", "no", "n", "independent", "f"}


@dataclass(slots=True)
class Outlet(Record):
    name: str
    site: str | None = None
    country: str | None = None
    state_affiliated: bool | None = None
    edited: bool = False


def _flag(value: str | None) -> bool | None:
    text = (value or "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


#: Words that name an outlet's channel or edition rather than another outlet ("BelTA News",
#: "Новости БелТА", "Reuters Live"): such a name is the outlet it adds the word to.
EDITION_WORDS = ("news", "новости", "live", "online", "official", "официальный", "channel", "канал",
                 "english", "edition")


@functools.lru_cache(maxsize=1)
def _edition_keys() -> frozenset[str]:
    return frozenset(name_key(w) for w in EDITION_WORDS) - {""}


def site_key(site: str | None) -> str:
    """A site as rows compare it: lower case, without scheme, "www." and a trailing slash."""
    text = (site or "").strip().lower()
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


class OutletBook:
    """Finds the outlet row for any spelling of a name, site or URL. Rows that give one site are
    one outlet under several names ("Reuters" and "Рейтер" at reuters.com): every name of them
    finds the first row."""

    def __init__(self, outlets: Iterable[Outlet] = ()) -> None:
        self.outlets: dict[str, Outlet] = {}
        self._by_key: dict[str, Outlet] = {}
        self._by_site: dict[str, Outlet] = {}
        self._editions: dict[str, str] = {}
        for outlet in outlets:
            self.add(outlet)

    def add(self, outlet: Outlet) -> None:
        self.outlets[outlet.name] = outlet
        site = site_key(outlet.site)
        first = self._by_site.setdefault(site, outlet) if site else outlet
        for text in (outlet.name, outlet.site):
            key = outlet_key(text)
            if key:
                self._by_key.setdefault(key, first)
        self._editions.clear()

    def _parent(self, key: str) -> str:
        """The key of the outlet a channel or edition name belongs to ("belt nevs" -> "belt")."""
        if key in self._editions:
            return self._editions[key]
        tokens = key.split()
        core = " ".join(t for t in tokens if t not in _edition_keys())
        parent = self._by_key.get(core) if core and core != key else None
        self._editions[key] = outlet_key(parent.name) if parent else key
        return self._editions[key]

    def lookup(self, name: str | None) -> Outlet | None:
        return self._by_key.get(outlet_key(name)) if name else None

    def parent(self, name: str | None) -> Outlet | None:
        """The outlet a name stands for, a channel or edition counted as its outlet."""
        outlet = self.lookup(name)
        key = self.key(name)
        return self._by_key.get(key, outlet) if key else outlet

    def key(self, name: str | None) -> str:
        """One key per outlet: every spelling of a known outlet gives the key of its name."""
        outlet = self.lookup(name)
        return self._parent(outlet_key(outlet.name) if outlet else outlet_key(name))

    def label(self, name: str | None) -> str:
        outlet = self.lookup(name)
        return outlet.name if outlet else (name or "")


def load_outlets(store: Store) -> OutletBook:
    rows = store.query("SELECT name, site, country, state_affiliated, edited FROM outlets ORDER BY name")
    return OutletBook(Outlet(r["name"], r["site"], r["country"], r["state_affiliated"],
                             bool(r["edited"])) for r in rows)


def set_outlet(store: Store, name: str, site: str | None = None, country: str | None = None,
               state_affiliated: bool | None = None) -> Outlet:
    """Create or change one outlet by hand; the row is marked edited so seeds keep off it."""
    name = name.strip()
    if not name:
        raise ConfigError("an outlet needs a name", hint="pass the outlet name as it appears in sightings")
    with store.write() as tx:
        rows = tx.query("SELECT name, site, country, state_affiliated FROM outlets WHERE name = ?", [name])
        old = rows[0] if rows else {}
        outlet = Outlet(
            name=name,
            site=site if site is not None else old.get("site"),
            country=(country.upper() if country else None) or old.get("country"),
            state_affiliated=state_affiliated if state_affiliated is not None else old.get("state_affiliated"),
            edited=True,
        )
        tx.upsert("outlets", [outlet.to_dict()], key=("name",), update=True)
    return outlet


def read_outlets_csv(path: Path) -> list[Outlet]:
    """Rows of a CSV with columns name, site, country, state_affiliated (extra columns ignored)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = {f.strip().lower() for f in reader.fieldnames or []}
            if "name" not in fields:
                raise ConfigError(f"{path}: no 'name' column",
                                  hint="use a header line: name,site,country,state_affiliated")
            out = []
            for row in reader:
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                if not row.get("name"):
                    continue
                state = row.get("state_affiliated", row.get("state"))
                out.append(Outlet(row["name"], row.get("site") or None,
                                  (row.get("country") or "").upper() or None, _flag(state)))
            return out
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"{path}: cannot read outlets: {exc}",
                          hint="pass a UTF-8 CSV file with a name column") from exc


def load_outlets_csv(store: Store, path: Path, overwrite_edited: bool = False) -> int:
    """Add or update outlets from a CSV; rows an analyst edited stay as they are. Returns rows written."""
    outlets = read_outlets_csv(path)
    with store.write() as tx:
        edited = {r["name"] for r in tx.query("SELECT name FROM outlets WHERE edited")}
        rows = [o.to_dict() for o in outlets if overwrite_edited or o.name not in edited]
        tx.upsert("outlets", rows, key=("name",), update=True)
    return len(rows)


def seed_outlets(store: Store, samples: Path | None = None) -> int:
    """Fill an empty outlet table from ``samples/outlets.csv`` (when the file is there) and the
    packaged table of widely cited agencies and state media; the first file wins a name."""
    if store.scalar("SELECT count(*) FROM outlets"):
        return 0
    here = Path(__file__).resolve()
    candidates = [samples] if samples else [here.parents[3] / "samples" / "outlets.csv",
                                            here.parents[1] / "data" / "outlets.csv"]
    outlets: dict[str, Outlet] = {}
    for path in candidates:
        if path is not None and path.is_file():
            for outlet in read_outlets_csv(path):
                outlets.setdefault(outlet.name, outlet)
    if not outlets:
        return 0
    with store.write() as tx:
        tx.upsert("outlets", [o.to_dict() for o in outlets.values()], key=("name",), update=True)
    return len(outlets)
