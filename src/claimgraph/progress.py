"""Progress reporting for long stages: the library reports, the CLI draws (rich, on stderr)."""
from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def start(self, description: str, total: int | None = None) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def finish(self) -> None: ...


class NullReporter:
    """Reports nothing: the default for library calls and tests."""

    def start(self, description: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


def _rate_column_class() -> type:
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second."""

        def render(self, task):  # type: ignore[no-untyped-def]
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.1f}/s", style="progress.data.speed")

    return RateColumn


def _RateColumn() -> object:
    return _rate_column_class()()


class RichReporter:
    """A rich progress bar on stderr with count, rate and time remaining."""

    def __init__(self) -> None:
        self._progress = None
        self._task = None

    def start(self, description: str, total: int | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.finish()
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TaskProgressColumn(), _RateColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task(description, total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress.stop()
        self._progress = None
        self._task = None


NULL = NullReporter()
