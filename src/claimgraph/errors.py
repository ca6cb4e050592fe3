"""The error hierarchy: each error carries the context a user needs and says what to do next."""
from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        """The message and, where there is one, what to do next, on one line."""
        msg = " ".join(str(self).split())
        return f"{msg} — {self.hint}" if self.hint else msg


class ConfigError(ClaimgraphError):
    """A setting or an option has a value that cannot work."""


class IngestError(ClaimgraphError):
    """A source could not be read; carries the source path or URL."""

    def __init__(self, source: str, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.source = source

    def one_line(self) -> str:
        return f"{self.source}: {super().one_line()}"


class ExtractError(ClaimgraphError):
    """The extraction pipeline failed on one document or could not be built."""


class StoreError(ClaimgraphError):
    """The workspace store could not be opened or written."""


class WorkspaceBusy(StoreError):
    """Another process holds the DuckDB workspace for writing."""

    hint = "another claimgraph command is writing; retry in a moment or use a PostgreSQL workspace"


class NotFound(ClaimgraphError):
    """An id named by the user does not exist in the workspace."""
