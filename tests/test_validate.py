"""The validator against the case corpus: every expected finding, exactly (code, line, column).

Positions are those of libyaml's parser, which plandiff uses whenever PyYAML is built with
it (as on CI); the pure-Python fallback reports a few YAML-level errors at slightly
different columns.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from conftest import CASES, ROOT
from plandiff.validate import validate_paths

INVALID = CASES / "invalid"
EXPECTED = yaml.safe_load((INVALID / "expected.yaml").read_text()) if (INVALID / "expected.yaml").exists() else {}


def _found(report) -> list[str]:
    return sorted(f"{d.line}:{d.column} {d.code}" for d in report.diagnostics)


def test_there_are_enough_invalid_cases():
    assert len(EXPECTED) >= 30
    on_disk = {p.name for p in INVALID.iterdir() if p.name not in ("expected.yaml", "schema-invalid.txt")}
    assert on_disk == set(EXPECTED), "every case file has an expectation and vice versa"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_case(name):
    report = validate_paths([str(INVALID / name)])
    assert _found(report) == sorted(EXPECTED[name]), [f"{d.line}:{d.column} {d.code} {d.message}" for d in report.diagnostics]


def test_every_per_file_code_is_exercised():
    from plandiff.diagnostics import CODES

    seen = {e.split()[1] for exp in EXPECTED.values() for e in exp}
    per_file = {c for c in CODES if c < "PD300" and c not in ("PD001", "PD002", "PD199")}
    assert per_file - seen == set()


@pytest.mark.parametrize("folder", sorted(p.name for p in (CASES / "corpus").iterdir() if p.is_dir()) if (CASES / "corpus").exists() else [])
def test_corpus_case(folder):
    root = CASES / "corpus" / folder
    expected = yaml.safe_load((root / "expected.yaml").read_text())
    report = validate_paths([str(root / name) for name in sorted(expected)])
    found: dict[str, list[str]] = {name: [] for name in expected}
    for d in report.diagnostics:
        found.setdefault(d.file.rsplit("/", 1)[-1], []).append(f"{d.line}:{d.column} {d.code}")
    assert {k: sorted(v) for k, v in found.items()} == {k: sorted(v) for k, v in expected.items()}


@pytest.mark.parametrize("path", sorted((CASES / "valid").glob("*.yaml")) + sorted((ROOT / "plans").glob("*.yaml")), ids=lambda p: p.name)
def test_valid_files_have_no_findings(path):
    report = validate_paths([str(path)])
    assert report.diagnostics == []


def test_whole_corpus_validates_clean_as_one_corpus():
    report = validate_paths([str(ROOT / "plans")])
    assert report.diagnostics == [] and len(report.files) >= 2


def test_no_traceback_for_any_bad_input(tmp_path):
    """Every invalid case through the real CLI (--strict, so warnings count): exit 1, no traceback."""
    files = [str(p) for p in sorted(INVALID.iterdir()) if p.name not in ("expected.yaml", "schema-invalid.txt")]
    extra = [str(tmp_path / "missing.yaml"), "/dev/zero"]
    for f in files + extra:
        r = subprocess.run([sys.executable, "-m", "plandiff", "validate", "--strict", f], capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert r.returncode == 1, (f, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and "Error:" not in r.stderr, (f, r.stderr)
