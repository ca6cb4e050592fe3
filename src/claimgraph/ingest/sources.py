"""Which files an ingest run reads, and whether a file changed since it was last read.

Paths expand lazily (folders recurse in sorted order, globs work), so a folder of a million files
is walked, never listed in memory. A fingerprint is size, modification time and content hash: the
first two skip an unchanged file without reading it, the hash catches a file that was only touched.
"""
from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimgraph.model import IngestFailure

_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".ipynb_checkpoints", "node_modules"}
#: Left out when a folder is walked (a file named on its own is always read): code, data tables
#: and repository boilerplate are not reports.
_SKIP_SUFFIXES = {".py", ".pyc", ".js", ".css", ".sh", ".bat", ".ps1", ".csv", ".tsv", ".yaml", ".yml",
                  ".toml", ".ini", ".cfg", ".lock", ".duckdb", ".wal", ".db", ".sqlite", ".parquet",
                  ".exe", ".dll", ".so", ".o", ".class", ".jar", ".whl", ".log", ".tmp", ".bak", ".swp"}
#: FollowTheMoney entity files are reference lists for ``xref``, not reports.
_SKIP_ENDINGS = (".ftm.json", ".ftm.jsonl")
_SKIP_STEMS = {"readme", "license", "licence", "changelog", "contributing", "copying", "notice",
               "makefile", "dockerfile"}


def iter_files(paths: Sequence[str]) -> Iterator[Path | IngestFailure]:
    """Every file named by the paths, folders walked recursively in sorted order.

    In folders, hidden files, code, data tables and READMEs/licences are left out; a file named
    on its own (or matched by a glob) is always read.

    A path that names nothing comes back as a failure, so one typo does not stop the other paths.
    """
    for raw in paths:
        if glob.has_magic(raw):
            found = False
            for match in sorted(glob.iglob(raw, recursive=True)):
                found = True
                yield from _expand(Path(match))
            if not found:
                yield IngestFailure(raw, "no file matches this pattern")
            continue
        path = Path(raw)
        if not path.exists():
            yield IngestFailure(raw, "no such file or folder")
            continue
        yield from _expand(path)


def _expand(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not _left_out(name):
                yield Path(root) / name


def _left_out(name: str) -> bool:
    path = Path(name)
    if name.startswith(".") or path.suffix.lower() in _SKIP_SUFFIXES or name.endswith("~"):
        return True
    if name.lower().endswith(_SKIP_ENDINGS):
        return True
    return path.stem.lower() in _SKIP_STEMS


def source_key(path: Path) -> str:
    """The name a file is recorded under: its absolute path."""
    return str(path.resolve())


def quick_fingerprint(stat: os.stat_result) -> str:
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def content_hash(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def fingerprint(stat: os.stat_result, data: bytes) -> str:
    """size:mtime:sha1 of a file, as stored in the ``sources`` table."""
    return f"{quick_fingerprint(stat)}:{content_hash(data)}"
