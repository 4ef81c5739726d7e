"""Plain data with attribute access: the form of cached plans and of computed diffs.

Built from dicts in one pass, read with dots, turned back into plain JSON-able data with
``to_plain``. It costs nothing to define, unlike a model class, which matters because
every `plandiff A B` builds a few hundred of them.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from types import SimpleNamespace
from typing import Any


class Record(SimpleNamespace):
    """A mapping read as attributes; also readable as a mapping (``r["a"]``, ``r.items()``)
    for the parts of the output that are keyed by data (sides, modalities, 'a'/'b')."""

    def __getitem__(self, key: str) -> Any:
        try:
            return self.__dict__[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self.__dict__

    def __iter__(self):
        return iter(self.__dict__)

    def __len__(self) -> int:
        return len(self.__dict__)

    def keys(self):
        return self.__dict__.keys()

    def values(self):
        return self.__dict__.values()

    def items(self):
        return self.__dict__.items()

    def get(self, key: str, default: Any = None) -> Any:
        return self.__dict__.get(key, default)


def to_record(obj: Any) -> Any:
    """dicts -> Records, recursively (lists stay lists)."""
    if isinstance(obj, dict):
        return Record(**{k: to_record(v) for k, v in obj.items()})
    if isinstance(obj, (list, tuple)):
        return [to_record(v) for v in obj]
    return obj


def to_plain(obj: Any) -> Any:
    """Records, models, enums and tuples -> dicts, lists and scalars (dates stay dates)."""
    if isinstance(obj, Record):
        return {k: to_plain(v) for k, v in vars(obj).items()}
    if hasattr(obj, "model_dump"):
        return to_plain(obj.model_dump())
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, Enum):
        return obj.value
    return obj


def json_default(obj: Any) -> Any:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")
