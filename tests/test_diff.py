"""The diff: golden outputs for `plandiff gaza ukraine`, schema conformance, any-two-plans."""

from __future__ import annotations

import json
import os

import jsonschema
import pytest

from conftest import CASES, GOLDEN, ROOT

FORMATS = {"text": "gaza-ukraine.txt", "markdown": "gaza-ukraine.md", "json": "gaza-ukraine.json"}
UPDATE = os.environ.get("PLANDIFF_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(fmt, run_cli):
    """Exact comparison with the reviewed output (regenerate with PLANDIFF_UPDATE_GOLDEN=1)."""
    r = run_cli("gaza", "ukraine", "--format", fmt, env={"PLANDIFF_CACHE": "off"})
    assert r.returncode == 0, r.stderr
    golden = GOLDEN / FORMATS[fmt]
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(r.stdout)
    assert r.stdout == golden.read_text()


def test_cache_hit_and_miss_give_identical_output(tmp_path, run_cli):
    env = {"PLANDIFF_CACHE": str(tmp_path)}
    first = run_cli("gaza", "ukraine", "--format", "json", env=env)
    assert len(list(tmp_path.glob("*.json"))) == 2
    second = run_cli("gaza", "ukraine", "--format", "json", env=env)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout == (GOLDEN / FORMATS["json"]).read_text()


def test_stale_cache_entry_is_ignored(tmp_path, run_cli):
    env = {"PLANDIFF_CACHE": str(tmp_path)}
    run_cli("gaza", "ukraine", "--format", "json", env=env)
    for entry in tmp_path.glob("*.json"):
        data = json.loads(entry.read_text())
        data["plan"]["title"] = "tampered"
        data["text"] = data["text"] + "# not the file any more\n"
        entry.write_text(json.dumps(data))
    r = run_cli("gaza", "ukraine", "--format", "json", env=env)
    assert "tampered" not in r.stdout


def test_json_output_matches_its_schema():
    schema = json.loads((ROOT / "schemas" / "diff.schema.json").read_text())
    doc = json.loads((GOLDEN / FORMATS["json"]).read_text())
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["schema_version"] == 1 and doc["dimensions"][0] == "overview"


def test_every_dimension_is_shown_in_text():
    text = (GOLDEN / FORMATS["text"]).read_text()
    for title in ("OVERVIEW", "PARTIES AND BUY-IN", "TILT AND BURDEN", "TOPIC ALIGNMENT", "IMPLEMENTATION BODIES", "ENFORCEMENT GAPS", "DEADLINES AND SEQUENCING", "LANGUAGE", "QUANTITIES", "FINDINGS"):
        assert title in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_only_limits_the_dimensions(run_cli):
    r = run_cli("gaza", "ukraine", "--only", "bodies,findings", "--format", "json")
    doc = json.loads(r.stdout)
    assert doc["dimensions"] == ["bodies", "findings"]
    assert doc["topics"] is None and doc["parties"] is None and doc["bodies"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_any_two_valid_plans(fmt, run_cli):
    """Nothing is hard-coded for Gaza or Ukraine: two synthetic plans diff in every format."""
    files = sorted((CASES / "valid").glob("*.yaml"))
    assert len(files) >= 3
    for a, b in zip(files, files[1:] + files[:1]):
        r = run_cli("diff", str(a), str(b), "--format", fmt)
        assert r.returncode == 0, (a, b, r.stderr)
        assert "Traceback" not in r.stderr
        if fmt == "json":
            schema = json.loads((ROOT / "schemas" / "diff.schema.json").read_text())
            jsonschema.Draft202012Validator(schema).validate(json.loads(r.stdout))


def test_rich_renderer_on_a_terminal(monkeypatch):
    from plandiff.api import load_plan
    from plandiff.diff import diff
    from plandiff.render.layout import diff_document
    from plandiff.render.text import render_rich

    doc = diff_document(diff(load_plan("gaza"), load_plan("ukraine"), ["overview", "bodies"]))
    coloured = render_rich(doc, width=100, color=True)
    plain = render_rich(doc, width=100, color=False)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert "Board of Peace" in plain and "Peace Council" in plain
    assert max(len(line) for line in plain.splitlines()) <= 100


def test_python_api():
    import plandiff.diff  # noqa: F401 - the submodule must not shadow the API function
    from plandiff import compare, load_plan
    from plandiff.model import Plan

    gaza = load_plan("gaza")
    assert isinstance(gaza, Plan) and gaza.id == "gaza-20-point"
    d = compare(gaza, load_plan("ukraine"))
    assert d.a.id == "gaza-20-point" and d.b.id == "ukraine-28-point"
    assert any(f.id == "shared-chair" for f in d.findings)
