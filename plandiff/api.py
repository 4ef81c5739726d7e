"""The Python API: what the CLI calls, and what users import.

    from plandiff import load_plan, compare
    d = compare(load_plan("gaza"), load_plan("ukraine"))
    print(d.findings[0].text)
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from .corpus import default_plans_dir, resolve

if TYPE_CHECKING:  # imported lazily: a cached `plandiff A B` needs neither parser nor checks
    from .diagnostics import Diagnostic
    from .checked import Checked


class PlanError(Exception):
    """Raised by ``load_plan`` when a plan cannot be found or does not validate."""

    def __init__(self, diagnostics: list["Diagnostic"]):
        self.diagnostics = diagnostics
        super().__init__("; ".join(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}" for d in diagnostics[:5]))


def load(name: str, plans: str | Path | None = None, *, cached: bool = False) -> "Checked":
    """Resolve a plan id, alias or path and run every per-file check. Never raises for bad input.

    With ``cached``, a file that already passed every check (same bytes, same checking code)
    is read from the cache of validated plans, and the plan comes back as a ``cache.Record``
    (plain data with the model's attribute names) rather than a pydantic model, hit or miss,
    so that what follows never depends on the cache's state.
    """
    from .files import read_bounded
    from .checked import Checked

    plans_dir = Path(plans) if plans else default_plans_dir()
    found = resolve(name, plans_dir)
    if found.path is None:
        from .diagnostics import make

        hint = f"closest: {', '.join(found.suggestions)}" if found.suggestions else None
        return Checked(name, None, None, [make(name, (0, 0), "PD001", found.error or "not found", (), hint)])
    file = str(found.path)
    raw, code, message = read_bounded(file)
    if raw is None:
        from .diagnostics import make

        return Checked(file, None, None, [make(file, (0, 0), code, message)])
    if cached:
        from . import cache

        record = cache.get(raw)
        if record is not None:
            return Checked(file, record, None, [])
    from .loader import load_text
    from .validate import check_loaded

    checked = check_loaded(load_text(raw, file))
    if not cached:
        return checked
    if checked.plan is None or not checked.ok:
        return checked
    cache.put(raw, checked.plan)
    return Checked(file, cache.as_record(checked.plan), checked.positions, checked.diagnostics)


def load_plan(name: str, plans: str | Path | None = None):
    """The validated ``Plan`` for an id, alias or path; raises PlanError with the findings."""
    checked = load(name, plans)
    if checked.plan is None or not checked.ok:
        raise PlanError(checked.diagnostics)
    return checked.plan


def compare(a, b, only=None):
    """Compare two plans (Plan objects): see ``plandiff.diff.Diff``."""
    from .diff import diff as _diff

    return _diff(a, b, only)
