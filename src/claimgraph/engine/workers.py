"""Supervised extraction workers: a time budget per document, killed workers replaced, a memory ceiling.

A :class:`WorkerPool` runs batches of documents in worker processes that build the pipeline once.
Before each step of a batch (reading a document, each component, packing the results) a worker
tells the parent which documents the step works on, and the parent charges the step's time to
them. A step over one document may use what is left of that document's budget
(``CLAIMGRAPH_DOC_TIMEOUT``); a step over the whole batch (a parser's ``pipe``) what is left of all
of theirs. When a step runs over, or the worker dies (a crash, ``SIGKILL``, the kernel's
out-of-memory killer), the worker is killed and replaced and:

- a step over one document: that document is recorded as failed and the rest of the batch runs
  again on the new worker;
- a step over several documents: each of them runs again alone, so the next cut finds the culprit.

A worker that uses more than ``CLAIMGRAPH_WORKER_MAX_MB`` after a batch exits and is replaced; one
that grows past twice that during a document is stopped like a document over budget. Results come
back in the order the batches were given, each with the documents that failed.
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from claimgraph.errors import ExtractError
from claimgraph.model import Document

log = logging.getLogger(__name__)

#: Seconds a new worker may take to load its models before the pool gives up on it.
START_SECONDS = 600.0
#: Workers that may fail to start one after another before the run stops with an error.
START_ATTEMPTS = 3
#: How often (seconds) the parent looks at the clock and at the workers' memory.
TICK = 0.25

#: A task run inside a worker: a batch and a step hook in, a picklable result out.
Task = Callable[[list[Document], Callable[[str, list[int]], None]], Any]


@dataclass(slots=True)
class Failure:
    """A document the pool could not extract: over its budget, or its worker died."""

    document_id: str
    reason: str  # "timeout", "worker died", "out of memory"
    seconds: float
    step: str = ""
    detail: str = ""

    def message(self) -> str:
        """One line for ``claimgraph errors`` and ``annotate``."""
        where = f" in {self.step}" if self.step else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.reason} after {self.seconds:.1f} s{where}{extra}"


@dataclass(slots=True)
class Outcome:
    """One given batch done: the task's results for the documents that finished, and the others."""

    documents: list[Document]
    results: list[Any] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MB (None where the system does not say)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        pass
    try:
        import psutil

        return float(psutil.Process(pid).memory_info().rss) / 2**20
    except Exception:  # noqa: BLE001 - no way to measure here
        return None


@contextlib.contextmanager
def _may_have_children() -> Iterator[None]:
    """Let a daemonic process (a Dask worker) start worker processes of its own."""
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    daemon = config.get("daemon")
    config["daemon"] = False
    try:
        yield
    finally:
        if daemon is not None:
            config["daemon"] = daemon


# -- inside a worker ---------------------------------------------------------------------------------

def _worker_main(conn: Connection, setup: Callable[[], None], task: Task, max_mb: float) -> None:
    """A worker's life: set up (models loaded, warmed), then batches until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        setup()
    except BaseException as exc:  # noqa: BLE001 - tell the parent why, then die
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, documents = message

        def step(name: str, positions: list[int], number: int = number) -> None:
            conn.send(("step", number, name, positions))

        result = task(documents, step)
        used = rss_mb(os.getpid())
        recycle = max_mb > 0 and used is not None and used > max_mb
        conn.send(("done", number, result, used if recycle else None))
        if recycle:
            return


# -- the parent's side -------------------------------------------------------------------------------

@dataclass(slots=True)
class _Job:
    """A batch as given; done when each of its parts finished or failed."""

    documents: list[Document]
    results: list[Any] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    open_parts: int = 0


@dataclass(slots=True)
class _Part:
    """Documents sent to one worker together (a whole batch, its rest after a cut, or one alone)."""

    job: _Job
    documents: list[Document]
    charged: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.charged = [0.0] * len(self.documents)


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    started: float
    ready: bool = False
    part: _Part | None = None
    step: str = ""
    step_positions: list[int] = field(default_factory=list)
    step_started: float = 0.0
    number: int = 0
    memory_checked: float = 0.0


class WorkerPool:
    """Processes that run a task over batches with a per-document time budget (see the module).

    ``setup`` runs once in each new worker (load and warm the models); ``task`` runs each batch.
    Both must be picklable module-level callables (workers are spawned).
    """

    def __init__(self, workers: int, setup: Callable[[], None], task: Task, doc_timeout: float = 60.0,
                 max_mb: float = 0.0, start_seconds: float = START_SECONDS) -> None:
        self.size = max(1, workers)
        self.setup = setup
        self.task = task
        self.doc_timeout = doc_timeout if doc_timeout and doc_timeout > 0 else float("inf")
        self.max_mb = max_mb if max_mb and max_mb > 0 else 0.0
        self.start_seconds = start_seconds
        self.replaced = 0
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._queue: deque[_Part] = deque()
        self._numbers = 0
        self._start_failures = 0
        self._closed = False

    # -- lifecycle

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker (politely, then by force)."""
        if self._closed:
            return
        self._closed = True
        for w in self._workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        deadline = time.monotonic() + 5
        for w in self._workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join(5)
            w.conn.close()
        self._workers = []

    def start(self) -> WorkerPool:
        """Start every worker and wait until each has loaded its models (otherwise the first
        batches wait for them)."""
        self._fill()
        while not all(w.ready for w in self._workers):
            self._wait()
        return self

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        return [w.process.pid for w in self._workers if w.process.is_alive()]

    def _spawn(self) -> None:
        parent, child = self._context.Pipe()
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        process = self._context.Process(target=_worker_main, args=(child, self.setup, self.task, self.max_mb),
                                        name="claimgraph-extract", daemon=True)
        with _may_have_children():
            process.start()
        child.close()
        self._workers.append(_Worker(process, parent, time.monotonic()))

    def _fill(self) -> None:
        while len(self._workers) < self.size:
            self._spawn()

    def _retire(self, w: _Worker, kill: bool) -> None:
        if kill and w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        with contextlib.suppress(OSError):
            w.conn.close()
        self._workers.remove(w)

    # -- running

    def run(self, batch: list[Document]) -> Outcome:
        """One batch, start to end."""
        return next(self.map([batch], in_flight=1))

    def map(self, batches: Iterable[list[Document]], in_flight: int | None = None) -> Iterator[Outcome]:
        """Run every batch; outcomes come in the order of ``batches``, at most ``in_flight`` pending."""
        if self._closed:
            raise ExtractError("the extraction workers were closed")
        limit = max(1, in_flight or 2 * self.size)
        self._queue.clear()  # parts left by an earlier map that was not read to the end
        source = iter(batches)
        jobs: deque[_Job] = deque()
        exhausted = False
        while True:
            while not exhausted and len(jobs) < limit:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                job = _Job(list(batch))
                jobs.append(job)
                if job.documents:
                    self._queue.append(_Part(job, job.documents))
                    job.open_parts = 1
            while jobs and jobs[0].open_parts == 0:
                job = jobs.popleft()
                away = time.monotonic()
                yield Outcome(job.documents, job.results, job.failures)
                self._not_listening(time.monotonic() - away)
            if exhausted and not jobs:
                return
            if self._queue:
                self._fill()  # workers start with the first documents, not before
            self._dispatch()
            self._wait()

    def _not_listening(self, seconds: float) -> None:
        """Time the caller spent with an outcome (storing it) is not charged to the documents
        being extracted meanwhile: their workers may have waited to be heard."""
        for w in self._workers:
            if w.part is not None:
                w.step_started += seconds

    def _dispatch(self) -> None:
        for w in self._workers:
            if w.ready and w.part is None and self._queue:
                part = self._queue.popleft()
                self._numbers += 1
                w.number = self._numbers
                w.part = part
                w.step, w.step_positions, w.step_started = "", list(range(len(part.documents))), time.monotonic()
                try:
                    w.conn.send((w.number, part.documents))
                except (OSError, ValueError):
                    pass  # found dead at the next wait

    def _wait(self) -> None:
        handles: dict[Any, _Worker] = {}
        for w in self._workers:
            handles[w.conn] = w
            handles[w.process.sentinel] = w
        ready = wait(list(handles), timeout=self._next_deadline())
        seen: set[int] = set()
        for handle in ready:
            w = handles[handle]
            if id(w) in seen or w not in self._workers:
                continue
            seen.add(id(w))
            self._drain(w)
        self._check_clocks()

    def _next_deadline(self) -> float:
        soonest = TICK
        now = time.monotonic()
        for w in self._workers:
            if w.part is not None and w.step_started:
                soonest = min(soonest, max(0.0, w.step_started + self._allowance(w) - now))
        return max(0.01, soonest)

    def _allowance(self, w: _Worker) -> float:
        assert w.part is not None
        return sum(max(0.0, self.doc_timeout - w.part.charged[i]) for i in w.step_positions)

    def _drain(self, w: _Worker) -> None:
        """Read every message a worker sent; a closed pipe means it died."""
        while True:
            try:
                if not w.conn.poll():
                    break
                message = w.conn.recv()
            except (EOFError, OSError, ValueError) as exc:
                self._died(w, f"its pipe closed ({type(exc).__name__})")
                return
            except Exception as exc:  # noqa: BLE001 - a half-sent result: the worker died while sending
                self._died(w, f"unreadable result ({type(exc).__name__}: {exc})")
                return
            if not self._handle(w, message):
                return
        if not w.process.is_alive():
            self._died(w, None)

    def _handle(self, w: _Worker, message: tuple[Any, ...]) -> bool:
        kind = message[0]
        now = time.monotonic()
        if kind == "ready":
            w.ready = True
            self._start_failures = 0
        elif kind == "failed":
            self._retire(w, kill=True)
            self._start_failed(str(message[1]))
            return False
        elif kind == "step" and w.part is not None and message[1] == w.number:
            self._charge(w, now)
            w.step, w.step_positions, w.step_started = str(message[2]), list(message[3]), now
        elif kind == "done" and w.part is not None and message[1] == w.number:
            part = w.part
            w.part = None
            part.job.results.append(message[2])
            part.job.open_parts -= 1
            if message[3] is not None:  # past the memory ceiling: it exits, a new one takes its place
                log.info("extraction worker %s uses %.0f MB (ceiling %.0f MB): replaced",
                         w.process.pid, float(message[3]), self.max_mb)
                self._retire(w, kill=False)
                self.replaced += 1
                self._fill()
                return False
        return True

    def _charge(self, w: _Worker, now: float) -> None:
        assert w.part is not None
        if w.step_positions:
            share = (now - w.step_started) / len(w.step_positions)
            for i in w.step_positions:
                w.part.charged[i] += share

    def _check_clocks(self) -> None:
        now = time.monotonic()
        for w in list(self._workers):
            if not w.ready:
                if now - w.started > self.start_seconds:
                    self._retire(w, kill=True)
                    self._start_failed(f"no answer after {self.start_seconds:.0f} s")
                continue
            if w.part is None:
                continue
            if now - w.step_started > self._allowance(w):
                self._cut(w, "timeout", f"budget {self.doc_timeout:g} s per document")
                continue
            if self.max_mb and now - w.memory_checked >= TICK:
                w.memory_checked = now
                used = rss_mb(w.process.pid)
                if used is not None and used > 2 * self.max_mb:
                    self._cut(w, "out of memory", f"worker grew to {used:.0f} MB, limit {2 * self.max_mb:.0f} MB")

    def _died(self, w: _Worker, why: str | None) -> None:
        w.process.join(1)
        code = w.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = str(-code)
            why = f"killed by {name}" + (", perhaps out of memory" if -code == signal.SIGKILL else "")
        elif code is not None:
            why = f"exit code {code}"
        why = why or "it stopped answering"
        if not w.ready:
            self._retire(w, kill=True)
            self._start_failed(why)
        elif w.part is None:  # idle: nothing lost
            self._retire(w, kill=True)
            self.replaced += 1
            self._fill()
        else:
            self._cut(w, "worker died", why)

    def _cut(self, w: _Worker, reason: str, detail: str) -> None:
        """Stop a worker mid-batch: fail or isolate the documents of its step, requeue the rest."""
        part = w.part
        assert part is not None
        self._charge(w, time.monotonic())
        step, positions = w.step or "start", w.step_positions
        self._retire(w, kill=True)
        self.replaced += 1
        w.part = None
        if len(positions) == 1 or len(part.documents) == 1:
            culprit = positions[0] if positions else 0
            doc = part.documents[culprit]
            log.warning("%s: %s in %s (%s)", doc.id, reason, step, detail)
            part.job.failures.append(Failure(doc.id, reason, round(part.charged[culprit], 1), step, detail))
            rest = [d for i, d in enumerate(part.documents) if i != culprit]
            if rest:
                self._queue.appendleft(_Part(part.job, rest))
                part.job.open_parts += 1
        else:  # several documents shared the step: each runs again alone
            log.info("%s over %d documents: %s (%s); running them one by one", step, len(positions), reason, detail)
            for doc in reversed(part.documents):
                self._queue.appendleft(_Part(part.job, [doc]))
            part.job.open_parts += len(part.documents)
        part.job.open_parts -= 1
        self._fill()

    def _start_failed(self, why: str) -> None:
        self._start_failures += 1
        if self._start_failures >= START_ATTEMPTS:
            raise ExtractError(f"extraction workers could not start: {why}",
                               hint="run 'claimgraph extract --workers 1' to see the error")
        log.warning("an extraction worker could not start (%s); starting another", why)
        self._fill()
