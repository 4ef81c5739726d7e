"""The committed JSON Schemas: generated from the models, and accepted by third-party tools."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CASES, PLANS, ROOT
from plandiff import schema


def _committed(name: str) -> dict:
    return json.loads((ROOT / "schemas" / name).read_text())


def test_plan_schema_has_not_drifted():
    assert _committed("plan.schema.json") == schema.plan_schema(), "run `make schemas` and commit the result"


def test_diff_schema_has_not_drifted():
    assert _committed("diff.schema.json") == schema.diff_schema(), "run `make schemas` and commit the result"


def test_schema_is_2020_12_with_id_and_help():
    s = _committed("plan.schema.json")
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"] == schema.PLAN_SCHEMA_ID
    assert s["$defs"]["Term"]["properties"]["favours"]["description"].startswith("A side id")
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(s)
    jsonschema.Draft202012Validator.check_schema(_committed("diff.schema.json"))


def _check_jsonschema(files: list[Path]) -> subprocess.CompletedProcess:
    exe = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which("check-jsonschema")
    assert exe, "check-jsonschema is a test dependency"
    return subprocess.run([exe, "--schemafile", str(ROOT / "schemas" / "plan.schema.json"), *map(str, files)], capture_output=True, text=True, timeout=120)


def test_check_jsonschema_accepts_corpus_and_valid_cases():
    files = sorted(PLANS.glob("*.yaml")) + sorted((CASES / "valid").glob("*.yaml"))
    assert len(files) >= 3
    r = _check_jsonschema(files)
    assert r.returncode == 0, r.stdout + r.stderr


def _schema_invalid_cases() -> list[str]:
    listing = CASES / "invalid" / "schema-invalid.txt"
    return [ln.strip() for ln in listing.read_text().splitlines() if ln.strip() and not ln.startswith("#")] if listing.exists() else []


@pytest.mark.parametrize("name", _schema_invalid_cases())
def test_check_jsonschema_rejects_schema_invalid_cases(name):
    r = _check_jsonschema([CASES / "invalid" / name])
    assert r.returncode != 0, f"check-jsonschema accepted {name}: {r.stdout}"
