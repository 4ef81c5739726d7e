"""Where the plans live, and how a name on the command line becomes a plan file.

Resolution order for the corpus folder: ``--plans DIR``, then ``$PLANDIFF_PLANS``, then the
corpus shipped inside the installed package, then ``plans/`` of a source checkout.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "PLANDIFF_PLANS"
_PKG = Path(__file__).resolve().parent


def default_plans_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    shipped = _PKG / "_corpus" / "plans"
    if shipped.is_dir():
        return shipped
    return _PKG.parent / "plans"


def schema_dir() -> Path:
    shipped = _PKG / "_corpus" / "schemas"
    return shipped if shipped.is_dir() else _PKG.parent / "schemas"


def corpus_files(plans_dir: Path) -> list[Path]:
    if not plans_dir.is_dir():
        return []
    return sorted(p for p in plans_dir.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


_ALIASES_FLOW = re.compile(r"^aliases:[ \t]*\[([^\]\n]*)\]", re.M)
_ALIASES_BLOCK = re.compile(r"^aliases:[ \t]*(?:#.*)?\n((?:[ \t]*-[ \t]*[^\n]*\n)+)", re.M)


def quick_aliases(text: str) -> list[str]:
    """The top-level aliases of a plan, read without parsing the whole file.

    Resolving `plandiff gaza` must not parse every plan in the corpus; the file it finds is
    then loaded and validated in full, so a miss here can only mean "not found", never
    wrong data.
    """
    m = _ALIASES_FLOW.search(text)
    if m:
        items = m.group(1).split(",")
    else:
        m = _ALIASES_BLOCK.search(text)
        items = [ln.strip()[1:] for ln in m.group(1).splitlines()] if m else []
    return [i.split("#")[0].strip().strip("'\"") for i in items if i.strip()]


@dataclass(frozen=True)
class Resolved:
    path: Path | None
    error: str | None = None
    suggestions: tuple[str, ...] = ()


def resolve(name: str, plans_dir: Path) -> Resolved:
    """A plan id, alias or path -> the file; an unknown name lists the closest ids."""
    p = Path(name)
    if p.suffix in (".yaml", ".yml") or os.sep in name or "/" in name:
        if p.is_file():
            return Resolved(p)
        return Resolved(None, f"no such plan file: {name}")
    files = corpus_files(plans_dir)
    for f in files:
        if f.stem == name:
            return Resolved(f)
    names: dict[str, Path] = {f.stem: f for f in files}
    for f in files:
        try:
            head = f.read_text(encoding="utf-8", errors="replace")[:20000]
        except OSError:
            continue
        for alias in quick_aliases(head):
            names.setdefault(alias, f)
            if alias == name:
                return Resolved(f)
    import difflib

    close = difflib.get_close_matches(name, list(names), n=3, cutoff=0.4)
    return Resolved(None, f"unknown plan '{name}' in {plans_dir}", tuple(close or sorted(f.stem for f in files)[:5]))
