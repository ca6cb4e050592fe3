"""Tables derived from packaged data, kept on disk so each new process reads them in milliseconds.

Some lookup tables are built from large packaged data (every CLDR locale's country names, say) and
take seconds to build. Worker processes each need them, and a document's time budget should not
pay for them. :func:`kept_on_disk` builds such a table once and keeps it as JSON under the cache
folder: ``$CLAIMGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimgraph``, else
``~/.cache/claimgraph``. The file name carries a hash of the code that builds the table and the
versions of the packages it reads, so a change to either builds it again. A missing, unreadable or
corrupt file, or a folder that cannot be written, only costs the build.
"""
from __future__ import annotations

import functools
import hashlib
import inspect
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path:
    """The folder derived tables are kept in."""
    if os.environ.get("CLAIMGRAPH_CACHE_DIR"):
        return Path(os.environ["CLAIMGRAPH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimgraph"


def _fingerprint(func: Callable[..., Any], modules: tuple[str, ...], packages: tuple[str, ...],
                 data: tuple[str, ...]) -> str:
    from importlib import resources

    digest = hashlib.sha256(func.__qualname__.encode())
    for file in data:
        digest.update(resources.files("claimgraph.data").joinpath(file).read_bytes())
    for name in (func.__module__, *modules):
        module = sys.modules.get(name)
        if module is None:
            module = __import__(name, fromlist=["_"])
        try:
            digest.update(inspect.getsource(module).encode())
        except (OSError, TypeError):  # no source shipped: fall back to the package version below
            digest.update(name.encode())
    for package in ("claimgraph", *packages):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=?".encode())
    return digest.hexdigest()[:16]


def kept_on_disk(name: str, modules: tuple[str, ...] = (), packages: tuple[str, ...] = (),
                 data: tuple[str, ...] = (), load: Callable[[Any], T] | None = None) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a function without arguments whose result is JSON: built once per process, kept
    on disk between processes. ``modules`` are further modules whose code the result depends on,
    ``packages`` the distributions whose data it reads, ``data`` the files of ``claimgraph.data`` it
    reads; ``load`` turns the stored JSON back into the
    function's type (tuples and sets are stored as lists)."""

    def decorate(func: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        def wrapper() -> T:
            try:
                path = cache_dir() / f"{name}-{_fingerprint(func, modules, packages, data)}.json"
            except Exception as exc:  # noqa: BLE001 - a cache never stops the work
                log.debug("no cache key for %s: %s", name, exc)
                return func()
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                return load(stored) if load else stored
            except FileNotFoundError:
                pass
            except (OSError, ValueError, TypeError, AttributeError) as exc:
                log.debug("rebuilding %s: %s", path, exc)
            value = func()
            _write(path, value)
            return value

        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func  # type: ignore[attr-defined]
        return wrapper

    return decorate


def _write(path: Path, value: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False, default=_plain)
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError) as exc:
        log.debug("could not keep %s: %s", path, exc)
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not kept on disk")
