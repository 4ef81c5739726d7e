"""Writing output files safely: atomically, and never over an input or a plan file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    pass


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(target: Path, text: str, *, protected: list[str] = (), corpus: Path | None = None) -> None:
    """Write ``text`` to ``target`` via a temporary file and rename, so a reader never sees half a file.

    Refuses a target that is one of the ``protected`` inputs, or a YAML file inside the corpus.
    """
    target = Path(target)
    for p in protected:
        if _same(target, Path(p)) or target.resolve() == Path(p).resolve():
            raise OutputError(f"refusing to write over an input: {target}")
    if corpus is not None and target.suffix in (".yaml", ".yml") and target.resolve().parent == Path(corpus).resolve():
        raise OutputError(f"refusing to write into the plan corpus: {target}")
    if target.is_dir():
        raise OutputError(f"output is a folder: {target}")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise OutputError(f"no such folder: {parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
