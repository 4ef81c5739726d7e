"""The result of checking one plan file: the plan (when it passed the schema) and its findings."""

from __future__ import annotations

from typing import Any, NamedTuple


class Checked(NamedTuple):
    file: str
    plan: Any  # a plandiff.model.Plan, a cached Record, or None when the schema failed
    positions: Any  # loader.Positions, or None for a plan read from the cache
    diagnostics: list  # of diagnostics.Diagnostic

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)
