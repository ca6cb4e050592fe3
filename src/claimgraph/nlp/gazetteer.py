"""A gazetteer the analyst can extend: known names matched in any inflection, in linear time.

Entries come from a small built-in list (``data/gazetteer.tsv`` and the country names), from the
analyst (``claimgraph gazetteer add``, stored in the workspace) and later from sanctions lists.
Names are compared word by word on a key that ignores case and Russian inflection: the word's
normal forms from pymorphy2 and a suffix-stripped stem, so "Ростеха", "Федорищевым" and
"Беларуси" find "Ростех", "Федорищев" and "Беларусь". Each surface form is analysed once (cache).
Matching walks a word trie from every word, so the cost is the number of words times the length
of the longest name. A name starts with a capital letter or a digit: "turkey" is not "Turkey".
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from claimgraph.errors import ConfigError
from claimgraph.ids import digest
from claimgraph.model import ENTITY_TYPES, Mention
from claimgraph.nlp.channel_names import channel_mentions
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.name_types import DEMONYMS
from claimgraph.nlp.ner_mentions import resolve_overlaps, set_sentences
from claimgraph.nlp.public_bodies import genitive_at, joined_bodies
from claimgraph.nlp.possessives import tidy_names
from claimgraph.nlp.word_trie import longest_match

NAME = "claimgraph.gazetteer.v1"
VERSION = "1"

_WORD = re.compile(r"\w+", re.UNICODE)
_JOINABLE = re.compile(r"[ \t\u00a0\-–—«»\"“”„'’.&/]*")
_CYRILLIC = re.compile(r"[а-яё]")
#: Case endings of Russian, and those Ukrainian and Belarusian add ("Україні", "Штатаў", "Расіі")
_RU_ENDINGS = tuple(sorted((
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им", "ою",
    "ею", "ах", "ях", "ов", "ев", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "а", "я", "у", "ю",
    "е", "ы", "и", "ь",
    *(_UK_BE_ENDINGS := ("ага", "яга", "аму", "яму", "ых", "ыя", "ія", "аў", "яў", "оў", "еў", "ів",
                         "ові", "еві", "ої", "ій", "ам", "ям", "ай", "яй", "ії", "іі", "і", "ї")),
), key=len, reverse=True))
MAX_WORDS = 12


@dataclass(slots=True)
class Entry:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    source: str = "builtin"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "aliases": list(self.aliases), "source": self.source}


def _stem(word: str) -> str:
    """Lowercase word without a Russian case ending (only for Cyrillic words of 4+ letters)."""
    if len(word) < 4 or not _CYRILLIC.search(word):
        return word
    for ending in _RU_ENDINGS:
        # Ukrainian and Belarusian endings leave 4 letters: "Китай" is not "кит"
        if word.endswith(ending) and len(word) - len(ending) >= (4 if ending in _UK_BE_ENDINGS else 3):
            return word[: -len(ending)]
    return word


@functools.lru_cache(maxsize=200_000)
def word_keys(surface: str, analyse: bool = True) -> frozenset[str]:
    """Every key a word in running text may match: stems of its surface and its normal forms.

    ``analyse=False`` skips the morphological analysis (for words no name begins like).
    """
    word = surface.casefold()
    keys = {word, _stem(word)}
    if analyse and _CYRILLIC.search(word) and len(word) >= 3:
        from claimgraph.nlp.models import morph_analyzer

        for parse in morph_analyzer().parse(word)[:4]:
            keys.add(_stem(parse.normal_form))
    if word.endswith("s") and len(word) > 3 and word.isascii():  # "Shaheds", "Orlans"
        keys.add(word[:-1])
    return frozenset(keys)


def entry_key(word: str) -> str:
    """The key of a word of a gazetteer name (names are given in their base form)."""
    return _stem(word.casefold())


class Gazetteer:
    """Names → (type, preferred name), matched as word sequences on inflection-blind keys."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._root: dict[str, Any] = {}
        self._prefixes: set[str] = set()  # first letters of first words: the only words worth analysing
        self.entries: list[Entry] = []
        for entry in entries:
            self._insert(entry)

    def add(self, name: str, type: str, aliases: Sequence[str] = (), source: str = "analyst") -> Entry:
        """Add a name with its type and other spellings; a later entry wins over an earlier one."""
        entry = Entry(name.strip(), check_type(type), [a.strip() for a in aliases if a.strip()], source)
        self._insert(entry)
        return entry

    def _insert(self, entry: Entry) -> None:
        self.entries.append(entry)
        for form in [entry.name, *entry.aliases]:
            words = [entry_key(w) for w in _WORD.findall(form)]
            if not words or len(words) > MAX_WORDS:
                continue
            self._prefixes.add(words[0][:3])
            node = self._root
            for key in words:
                node = node.setdefault(key, {})
            node[""] = (entry, form)

    @property
    def version(self) -> str:
        return digest(*(f"{e.type}\t{e.name}\t{'|'.join(e.aliases)}" for e in self.entries), length=10)

    def find(self, text: str) -> list[tuple[int, int, Entry, str]]:
        """``(start, end, entry, form)`` for each name in ``text``, left to right, longest first."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        joins = [False] + [bool(_JOINABLE.fullmatch(text, words[i - 1][1], words[i][0]))
                           for i in range(1, len(words))]
        found: list[tuple[int, int, Entry, str]] = []
        covered = 0
        for i, (start, _end, surface) in enumerate(words):
            if start < covered or not (surface[0].isupper() or surface[0].isdigit()):
                continue  # inside a longer name found earlier, or not the first word of a name
            best = longest_match(self._root, word_keys(surface, surface[:3].casefold() in self._prefixes),
                                 lambda j: word_keys(words[j][2]), i, len(words), joins.__getitem__, MAX_WORDS)
            if best is not None:
                end = words[best[0]][1]
                form = best[1][1]
                if form and not form[-1].isalnum() and text[end:end + 1] == form[-1]:
                    end += 1  # the closing quote or dot of «Алабуга», U.S.
                found.append((start, end, best[1][0], best[1][1]))
                covered = end
        return found


def check_type(type_: str) -> str:
    for known in ENTITY_TYPES:
        if type_.casefold() == known.casefold():
            return known
    raise ConfigError(f"unknown entity type {type_!r}", hint="use one of " + ", ".join(ENTITY_TYPES))


@functools.cache
def builtin_entries() -> tuple[Entry, ...]:
    """The packaged names and every country, in the languages of the region
    (:func:`claimgraph.nlp.countries.spotting_names`)."""
    from claimgraph.nlp.countries import display_name, spotting_names

    out: list[Entry] = []
    for code, names in sorted(spotting_names().items()):
        first = display_name(code)
        out.append(Entry(first, "Country", sorted(names - {first})))
    text = resources.files("claimgraph.data").joinpath("gazetteer.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        type_, name, *aliases = line.split("\t")
        out.append(Entry(name, type_, [a for a in "|".join(aliases).split("|") if a]))
    return tuple(out)


class GazetteerComponent:
    """Adds gazetteer hits to the mentions; on overlap the longer span wins, then the gazetteer's type."""

    name = NAME
    requires = ("sentences", "mentions")
    assigns = ("mentions",)

    def __init__(self, entries: Iterable[dict[str, Any] | Entry] = (), builtin: bool = True) -> None:
        self.gazetteer = Gazetteer(builtin_entries() if builtin else ())
        for e in entries:
            if isinstance(e, dict):
                self.gazetteer.add(e["name"], e["type"], e.get("aliases") or (), e.get("source") or "analyst")
            else:
                self.gazetteer.add(e.name, e.type, e.aliases, e.source)
        self.version = f"{VERSION}:{self.gazetteer.version}"

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        hits = []
        for start, end, entry, form in self.gazetteer.find(doc.text):
            hits.append(Mention(
                id=Mention.make_id(doc.document_id, start, end, entry.type), document_id=doc.document_id,
                start=start, end=end, text=doc.text[start:end], label=entry.type, normalized=form,
                canonical=entry.name, extractor=NAME, version=VERSION,
            ))
        hits.extend(channel_mentions(doc))  # channels the report introduces by name
        if hits:
            mentions = joined_bodies(doc.text, doc.lang, resolve_overlaps([*hits, *doc.mentions]), DEMONYMS,
                                     genitive_at(doc), lambda s, e, label, name: _mention(doc, s, e, label, name))
            doc.mentions = tidy_names(mentions, doc.text)
            set_sentences(doc, doc.mentions)
        return doc


def _mention(doc: AnalyzedDoc, start: int, end: int, label: str, normalized: str) -> Mention:
    """A body joined to its owner once the gazetteer has found the owner."""
    return Mention(id=Mention.make_id(doc.document_id, start, end, label), document_id=doc.document_id,
                   start=start, end=end, text=doc.text[start:end], label=label, normalized=normalized,
                   extractor=NAME, version=VERSION)


# -- workspace entries ------------------------------------------------------------------------------

def workspace_entries(store: Any) -> list[dict[str, Any]]:
    """The analyst's and the lists' entries stored in a workspace (empty before migration 3)."""
    import json

    try:
        rows = store.query("SELECT name, type, aliases, source FROM gazetteer ORDER BY added_at, name, type")
    except Exception:  # noqa: BLE001 - a store without the table simply has no entries
        return []
    return [{"name": r["name"], "type": r["type"], "aliases": json.loads(r["aliases"] or "[]"),
             "source": r["source"]} for r in rows]


def add_entry(store: Any, name: str, type: str, aliases: Sequence[str] = (),
              source: str = "analyst") -> Entry:
    """Store an entry in the workspace (adding aliases to an existing name and type)."""
    import json

    from claimgraph.store.base import now

    if not name.strip():
        raise ConfigError("a gazetteer name cannot be empty", hint="pass the name as it appears in reports")
    entry = Entry(name.strip(), check_type(type), [a.strip() for a in aliases if a.strip()], source)
    with store.write() as tx:
        old = tx.query("SELECT aliases FROM gazetteer WHERE name = ? AND type = ?", [entry.name, entry.type])
        merged = list(dict.fromkeys([*(json.loads(old[0]["aliases"] or "[]") if old else []), *entry.aliases]))
        entry.aliases = merged
        tx.upsert("gazetteer", [{"name": entry.name, "type": entry.type,
                                 "aliases": json.dumps(merged, ensure_ascii=False), "source": source,
                                 "added_at": now()}], key=("name", "type"), update=True)
    return entry
