"""Documents extraction gave up on (over the time budget, or their worker died), and when to retry them.

Such a document is marked in ``documents.extracted_version`` as ``failed:VERSION:CODE:BUDGET`` and
its reason is in ``claimgraph errors``. A later ``extract`` leaves it alone, so a document that
hangs costs its budget once, not on every run, unless:

- the user asks (``--retry-failed``, or ``--all``);
- the pipeline changed: another claimgraph or component version, another model, another gazetteer
  (``VERSION``), or the source of the extraction code changed (``CODE``, a hash of the component
  modules, so a fix in a source checkout is tried without a version bump);
- the budget grew (``--doc-timeout`` or ``CLAIMGRAPH_DOC_TIMEOUT`` above the one it failed under).
"""
from __future__ import annotations

import hashlib
import inspect
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PREFIX = "failed:"


@dataclass(frozen=True, slots=True)
class FailedMark:
    version: str
    code: str
    budget: float  # 0: no budget

    def __str__(self) -> str:
        return f"{PREFIX}{self.version}:{self.code}:{self.budget:g}"

    @classmethod
    def parse(cls, stored: str | None) -> FailedMark | None:
        if not stored or not stored.startswith(PREFIX):
            return None
        parts = stored[len(PREFIX):].rsplit(":", 2)
        if len(parts) != 3:
            return None
        try:
            return cls(parts[0], parts[1], float(parts[2]))
        except ValueError:
            return None


def _larger(budget: float, than: float) -> bool:
    """Whether ``budget`` gives a document more time than ``than`` (0 is no limit)."""
    if than <= 0:
        return False
    return budget <= 0 or budget > than


def due(stored: str | None, version: str, code: str, budget: float, all: bool = False,
        retry_failed: bool = False) -> bool:
    """Whether a document whose ``extracted_version`` is ``stored`` is extracted in this run."""
    if all:
        return True
    if stored == version:
        return False
    mark = FailedMark.parse(stored)
    if mark is None:
        return True
    return retry_failed or mark.version != version or mark.code != code or _larger(budget, mark.budget)


def is_failed(stored: str | None) -> bool:
    return FailedMark.parse(stored) is not None


def code_fingerprint(pipeline: Any) -> str:
    """A hash of the extraction code: the modules of the pipeline's components and of claimgraph.nlp."""
    files = {Path(__file__).resolve().parent}
    for component in getattr(pipeline, "components", ()):
        module = sys.modules.get(type(component).__module__)
        try:
            source = inspect.getsourcefile(module) if module is not None else None
        except TypeError:
            source = None
        if source:
            files.add(Path(source).resolve())
    return _fingerprint(tuple(sorted(files)))


@cache
def _fingerprint(paths: tuple[Path, ...]) -> str:
    h = hashlib.sha256()
    for path in paths:
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            try:
                h.update(file.name.encode() + b"\0" + file.read_bytes())
            except OSError:
                continue
    return h.hexdigest()[:12]
