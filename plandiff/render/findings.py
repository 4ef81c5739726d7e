"""Validation findings as text lines, GitHub annotations or JSON."""

from __future__ import annotations

import json

from ..diagnostics import Diagnostic

JSON_SCHEMA_VERSION = 1


def location(d: Diagnostic) -> str:
    return f"{d.file}:{d.line}:{d.column}" if d.line else d.file


def line(d: Diagnostic) -> str:
    """`path:line:col: CODE message` — the flake8/ruff convention editors can parse."""
    text = f"{location(d)}: {d.code} {d.message}"
    if d.severity == "warning":
        text = f"{location(d)}: {d.code} warning: {d.message}"
    if d.hint:
        text += f" ({d.hint})"
    return text


def summary(diagnostics: list[Diagnostic], files: int) -> str:
    errors = sum(1 for d in diagnostics if d.severity == "error")
    warnings = len(diagnostics) - errors
    if not diagnostics:
        return f"{files} file{'s' if files != 1 else ''} checked: no findings"
    return f"{files} file{'s' if files != 1 else ''} checked: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def github(d: Diagnostic) -> str:
    """A GitHub Actions workflow command (escaped as actions/toolkit does)."""
    level = "error" if d.severity == "error" else "warning"
    props = [f"file={_escape_property(d.file)}"]
    if d.line:
        props += [f"line={d.line}", f"col={d.column}"]
    props.append(f"title={_escape_property(d.code + ' ' + d.title)}")
    message = d.message + (f" ({d.hint})" if d.hint else "")
    return f"::{level} {','.join(props)}::{_escape_data(message)}"


def as_json(diagnostics: list[Diagnostic], files: int, strict: bool) -> str:
    errors = sum(1 for d in diagnostics if d.severity == "error")
    doc = {
        "schema_version": JSON_SCHEMA_VERSION,
        "summary": {"files": files, "errors": errors, "warnings": len(diagnostics) - errors, "strict": strict},
        "diagnostics": [d.to_json() for d in diagnostics],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False)
