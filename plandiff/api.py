"""The Python API: what the CLI calls, and what users import.

    from plandiff import load_plan, diff
    d = diff(load_plan("gaza"), load_plan("ukraine"))
    print(d.findings[0].text)
"""

from __future__ import annotations

from pathlib import Path

from .corpus import default_plans_dir, resolve
from .diagnostics import Diagnostic, make
from .validate import Checked, check_file


class PlanError(Exception):
    """Raised by ``load_plan`` when a plan cannot be found or does not validate."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("; ".join(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}" for d in diagnostics[:5]))


def load(name: str, plans: str | Path | None = None) -> Checked:
    """Resolve a plan id, alias or path and run every per-file check. Never raises for bad input."""
    plans_dir = Path(plans) if plans else default_plans_dir()
    found = resolve(name, plans_dir)
    if found.path is None:
        hint = f"closest: {', '.join(found.suggestions)}" if found.suggestions else None
        from .loader import Positions

        return Checked(name, None, Positions(), [make(name, (0, 0), "PD001", found.error or "not found", (), hint)])
    return check_file(str(found.path))


def load_plan(name: str, plans: str | Path | None = None):
    """The validated ``Plan`` for an id, alias or path; raises PlanError with the findings."""
    checked = load(name, plans)
    if checked.plan is None or not checked.ok:
        raise PlanError(checked.diagnostics)
    return checked.plan


def diff(a, b, only=None):
    """Compare two plans (Plan objects): see ``plandiff.diff.Diff``."""
    from .diff import diff as _diff

    return _diff(a, b, only)
