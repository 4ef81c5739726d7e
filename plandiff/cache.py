"""A cache of validated plans, so that `plandiff A B` does not re-validate unchanged files.

Full validation (strict YAML, the pydantic model, the semantic checks) costs more than the
whole diff, most of it in building pydantic's validators. A plan file that passed every
per-file check is stored as plain JSON together with the file's exact text and a stamp of
the code that judged it (size and mtime of each checking module, as Python's own bytecode
cache does); a hit needs both to match exactly, so an edit to the file or to the checks is
a miss.
A hit returns a ``Record`` tree with the model's attribute names (dates as ``datetime.date``,
enums as their string values), which is all the measures, the diff and the renderers read.

The cache lives in ``$PLANDIFF_CACHE`` or ``$XDG_CACHE_HOME/plandiff`` (``~/.cache/plandiff``);
``PLANDIFF_CACHE=off`` disables it. It is JSON, not pickle: reading it never runs code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from .record import Record, to_plain, to_record

ENV_VAR = "PLANDIFF_CACHE"
_JUDGES = ("model.py", "loader.py", "validate.py", "topics.py", "data/topics.json", "cache.py")
_fingerprint: str | None = None


def cache_dir() -> Path | None:
    value = os.environ.get(ENV_VAR, "")
    if value.lower() in ("off", "0", "no", "false"):
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "plandiff"


def fingerprint() -> str:
    """A stamp of the code whose verdict is cached."""
    global _fingerprint
    if _fingerprint is None:
        from . import __version__

        pkg = Path(__file__).resolve().parent
        parts = [__version__]
        for name in _JUDGES:
            st = (pkg / name).stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        _fingerprint = "|".join(parts)
    return _fingerprint


def _entry(folder: Path, raw: bytes) -> Path:
    import zlib

    return folder / f"{zlib.crc32(raw):08x}-{len(raw)}.json"


def _date_json(obj: Any) -> Any:
    if isinstance(obj, dt.date):
        return {"$date": obj.isoformat()}
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def _date_hook(obj: dict) -> Any:
    """json object_hook: the {"$date": ...} form written by _date_json back to a date."""
    if len(obj) == 1 and "$date" in obj:
        return dt.date.fromisoformat(obj["$date"])
    return obj


def as_record(plan: Any) -> Record:
    """A validated model as the Record a cache hit would return, so hit and miss look alike."""
    return to_record(to_plain(plan))


def get(raw: bytes) -> Record | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(_entry(folder, raw), encoding="utf-8") as fh:
            entry = json.load(fh, object_hook=_date_hook)
        if entry.get("code") != fingerprint() or entry.get("text") != raw.decode("utf-8"):
            return None
        return to_record(entry["plan"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def put(raw: bytes, plan: Any) -> None:
    """Store a validated plan; any failure to write is ignored (the cache is only a cache)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"code": fingerprint(), "text": raw.decode("utf-8"), "plan": to_plain(plan)}, fh, default=_date_json)
        os.replace(tmp, _entry(folder, raw))
    except OSError:
        pass
