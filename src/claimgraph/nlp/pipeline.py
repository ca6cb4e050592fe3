"""The extraction pipeline: ordered components, an order check at build time, per-document errors.

A failing component never stops a batch: its error is recorded in ``doc.errors`` (component name
and message) and the later components run on what the document already holds.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from claimgraph.errors import ExtractError
from claimgraph.nlp import tree
from claimgraph.ids import digest
from claimgraph.nlp.component import Component
from claimgraph.nlp.doc import AnalyzedDoc
from claimgraph.nlp.registry import DEFAULT_PIPELINE, registry

log = logging.getLogger(__name__)

#: Told before each step of a batch: the component's name and the batch positions it works on.
StepHook = Callable[[str, list[int]], None]

#: Fields every AnalyzedDoc carries before any component runs.
INPUT_FIELDS = frozenset({"document_id", "text", "lang", "published", "title", "meta"})


def _component_name(component: Any) -> str:
    return str(getattr(component, "name", None) or type(component).__name__)


class Pipeline:
    """Components run in order on each document; ``requires`` are checked when it is built."""

    def __init__(self, components: Sequence[Component], batch_size: int = 16) -> None:
        available = set(INPUT_FIELDS)
        for component in components:
            name = _component_name(component)
            for field in getattr(component, "requires", ()):
                if field not in available:
                    raise ExtractError(
                        f"component {name} requires '{field}', which no earlier component assigns",
                        hint="put a component that assigns it earlier in the pipeline",
                    )
            available.update(getattr(component, "assigns", ()))
        self.components = list(components)
        self.batch_size = max(1, batch_size)

    @property
    def names(self) -> list[str]:
        return [_component_name(c) for c in self.components]

    @property
    def version(self) -> str:
        """Identifies what produced a result: component names, their versions and models."""
        parts = [f"{_component_name(c)}={getattr(c, 'version', '')}" for c in self.components]
        return f"{_package_version()}+{digest(*parts, length=10)}"

    def __call__(self, doc: AnalyzedDoc) -> AnalyzedDoc:
        for component in self.components:
            doc = self._run_one(component, doc)
        return doc

    def _run_one(self, component: Component, doc: AnalyzedDoc) -> AnalyzedDoc:
        try:
            result = component(doc)
            return _checked(component, result if isinstance(result, AnalyzedDoc) else doc)
        except Exception as exc:  # noqa: BLE001 - recorded on the document, the batch goes on
            name = _component_name(component)
            message = " ".join(str(exc).split())[:500] or type(exc).__name__
            doc.errors.append(f"{name}: {type(exc).__name__}: {message}")
            log.warning("%s failed on %s: %s", name, doc.document_id, message)
            log.debug("%s", traceback.format_exc())
            return doc

    def pipe(self, docs: Iterable[AnalyzedDoc], batch_size: int | None = None) -> Iterator[AnalyzedDoc]:
        """Run documents in batches; components with a ``pipe`` method see a whole batch."""
        size = batch_size or self.batch_size
        batch: list[AnalyzedDoc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, batch: list[AnalyzedDoc], on_step: StepHook | None = None) -> list[AnalyzedDoc]:
        """Run every component over one batch, in order; ``on_step`` hears which documents each
        step works on, so a supervisor can charge the time to them."""
        everyone = list(range(len(batch)))
        for component in self.components:
            pipe = getattr(component, "pipe", None)
            if pipe is not None and len(batch) > 1:
                if on_step is not None:
                    on_step(_component_name(component), everyone)
                try:
                    out = list(pipe(list(batch)))
                    if len(out) == len(batch):
                        batch = [_checked(component, doc) for doc in out]
                        continue
                except Exception as exc:  # noqa: BLE001 - retry one by one to isolate the document
                    log.debug("%s.pipe failed (%s); running documents one by one",
                              _component_name(component), exc)
            if on_step is None:
                batch = [self._run_one(component, doc) for doc in batch]
                continue
            done = []
            for i, doc in enumerate(batch):
                on_step(_component_name(component), [i])
                done.append(self._run_one(component, doc))
            batch = done
        return batch


def _checked(component: Component, doc: AnalyzedDoc) -> AnalyzedDoc:
    """After any component that assigns sentences (the parser, or a plug-in that replaces or edits
    it), every sentence's heads form a forest: later rules never index past a sentence or loop."""
    if "sentences" in getattr(component, "assigns", ()):
        for sent in doc.sentences:
            tree.repair(sent.tokens)
    return doc


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("claimgraph")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "0"


def default_pipeline(settings: Any = None, config: dict[str, dict[str, Any]] | None = None,
                     names: Sequence[str] | None = None) -> Pipeline:
    """The pipeline named by ``settings.pipeline`` (or the default order), built from the registry.

    ``config`` maps a component name to keyword arguments for its factory. A component whose
    module is not installed, or whose inputs no available component provides, is skipped with a
    warning so that a partial installation still extracts what it can.
    """
    if names is None:
        configured = str(getattr(settings, "pipeline", "") or "").strip()
        names = [n.strip() for n in configured.split(",") if n.strip()] if configured else DEFAULT_PIPELINE
    config = config or {}
    components: list[Component] = []
    available = set(INPUT_FIELDS)
    for name in names:
        try:
            factory = registry.get(name)
        except ExtractError as exc:
            if name not in registry:
                raise
            log.warning("skipping %s: %s", name, exc.one_line())
            continue
        except Exception as exc:  # noqa: BLE001 - a broken optional module must not stop extraction
            log.warning("skipping %s: cannot import it (%s: %s)", name, type(exc).__name__, exc)
            continue
        missing = [f for f in getattr(factory, "requires", ()) if f not in available]
        if missing:
            log.warning("skipping %s: needs %s, which no earlier component assigns",
                        name, ", ".join(missing))
            continue
        component = build_component(factory, settings, config.get(name, {}))
        components.append(component)
        available.update(getattr(component, "assigns", ()))
    return Pipeline(components)


def build_component(factory: Any, settings: Any, options: dict[str, Any]) -> Component:
    """Call a factory: ``from_settings(settings, **options)`` when it has one, else ``factory(**options)``."""
    from_settings = getattr(factory, "from_settings", None)
    if from_settings is not None and settings is not None:
        return from_settings(settings, **options)
    return factory(**options)
