"""Shared fixtures: paths to the repository's corpus and test cases, and a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
CASES = ROOT / "tests" / "cases"
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def run_cli():
    """Run `python -m plandiff ...` in a subprocess: real exit codes, real stdout/stderr."""

    def run(*args: str, env: dict | None = None, cwd: str | Path | None = None) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PLANDIFF_PLANS", "NO_COLOR")}
        full_env.update(env or {})
        return subprocess.run([sys.executable, "-m", "plandiff", *args], capture_output=True, text=True, env=full_env, cwd=cwd or ROOT, timeout=120)

    return run


def pytest_terminal_summary(terminalreporter):
    """Show every seed claim's verdict, so a claim the data contradicts is seen, not buried."""
    rows = []
    for outcome in ("passed", "failed"):
        for rep in terminalreporter.stats.get(outcome, []):
            props = dict(getattr(rep, "user_properties", []))
            if "verdict" in props:
                rows.append((props["claim"], props["verdict"], outcome, props.get("evidence", "")))
    if rows:
        terminalreporter.section("seed claims (seeds/claims.yaml) against the data")
        for claim, verdict, outcome, evidence in sorted(rows):
            flag = "" if outcome == "passed" else "  <-- differs from claims.yaml"
            terminalreporter.write_line(f"{verdict:>12}  {claim}: {evidence}{flag}")
