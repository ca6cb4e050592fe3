"""Serialisation shared by the domain objects: plain dicts at the edges, typed objects inside."""
from __future__ import annotations

import dataclasses
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="Record")


class Record:
    """Mixin for slotted dataclasses: ``to_dict`` / ``from_dict`` with nested records."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = _plain(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue
            nested = _NESTED.get((cls.__name__, key))
            if nested is not None and isinstance(value, dict):
                value = nested.from_dict(value)
            elif nested is not None and isinstance(value, list):
                value = [nested.from_dict(v) if isinstance(v, dict) else v for v in value]
            kwargs[key] = value
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED: dict[tuple[str, str], type[Record]] = {}


def nested(owner: str, field: str, kind: type[Record]) -> None:
    """Declare that ``owner.field`` holds a record (or a list of them) of ``kind``."""
    _NESTED[(owner, field)] = kind
