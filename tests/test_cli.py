"""The command line: exit codes, formats, safety. Runs the real CLI in a subprocess."""

from __future__ import annotations

import hashlib
import json

from conftest import CASES, ROOT

MINIMAL = CASES / "valid" / "minimal-plan.yaml"


def _write_dup(tmp_path):
    text = MINIMAL.read_text().replace("status: proposal\n", "status: proposal\nstatus: agreement\n")
    path = tmp_path / "minimal-plan.yaml"
    path.write_text(text)
    return path


def test_validate_clean_exits_0(run_cli):
    r = run_cli("validate", str(MINIMAL))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no findings" in r.stdout


def test_duplicate_key_prints_both_lines_and_exits_1(tmp_path, run_cli):
    path = _write_dup(tmp_path)
    r = run_cli("validate", str(path))
    assert r.returncode == 1
    assert f"{path}:8:1: PD006 duplicate key 'status' (first defined at line 7, column 1; again at line 8)" in r.stdout
    assert "Traceback" not in r.stderr


def test_json_format(tmp_path, run_cli):
    r = run_cli("validate", "--format", "json", str(_write_dup(tmp_path)))
    doc = json.loads(r.stdout)
    assert doc["schema_version"] == 1
    assert doc["summary"] == {"files": 1, "errors": 1, "warnings": 0, "strict": False}
    d = doc["diagnostics"][0]
    assert (d["code"], d["line"], d["column"], d["severity"], d["path"]) == ("PD006", 8, 1, "error", "status")


def test_github_format_auto_in_actions(tmp_path, run_cli):
    path = _write_dup(tmp_path)
    r = run_cli("validate", str(path), env={"GITHUB_ACTIONS": "true"})
    first = r.stdout.splitlines()[0]
    assert first.startswith(f"::error file={path},line=8,col=1,title=PD006 duplicate-key::duplicate key 'status'")
    assert any(line.startswith(f"{path}:8:1: PD006") for line in r.stdout.splitlines())  # plain lines too


def test_github_escaping():
    from plandiff.diagnostics import Diagnostic
    from plandiff.render.findings import github

    d = Diagnostic("a,b:c.yaml", 1, 2, "PD101", "50% done\nnext", (), None, "error")
    assert github(d) == "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=PD101 unknown-key::50%25 done%0Anext"


def test_strict_makes_warnings_fail(tmp_path, run_cli):
    text = MINIMAL.read_text().replace("  - {id: text, title: The text, publisher: Test, kind: official-text}\n", "  - {id: text, title: The text, publisher: Test, kind: official-text}\n  - {id: spare, title: Spare, publisher: Test, kind: reporting}\n")
    path = tmp_path / "minimal-plan.yaml"
    path.write_text(text)
    assert run_cli("validate", str(path)).returncode == 0
    r = run_cli("validate", "--strict", str(path))
    assert r.returncode == 1 and "PD215 warning: source 'spare' is cited by nothing" in r.stdout


def test_usage_errors_exit_2(run_cli):
    assert run_cli("validate", "--format", "xml", str(MINIMAL)).returncode == 2
    r = run_cli("explain", "PD999")
    assert r.returncode == 2 and "unknown code" in r.stderr
    r = run_cli("gazza", "ukraine")
    assert r.returncode == 2
    assert "unknown plan 'gazza'" in r.stderr and "gaza-20-point" in r.stderr
    r = run_cli("gaza", "ukraine", "--only", "colour")
    assert r.returncode == 2 and "unknown dimension" in r.stderr


def test_explain_and_topics(run_cli):
    r = run_cli("explain", "pd006")
    assert r.returncode == 0 and r.stdout.startswith("PD006 duplicate-key (error)")
    r = run_cli("topics", "--format", "json")
    rows = json.loads(r.stdout)
    assert len(rows) >= 30
    by_id = {t["id"]: t for t in rows}
    assert by_id["hostages"]["pax_match"] == "none" and by_id["hostages"]["pax"] == []
    assert by_id["sanctions"]["pax_match"] == "none"
    assert by_id["prisoners"]["pax"] == ["TjPrire"]


def test_validate_never_modifies_files(tmp_path, run_cli):
    files = sorted((ROOT / "plans").glob("*.yaml")) + sorted((CASES / "invalid").glob("*.yaml"))
    before = {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    run_cli("validate", str(ROOT / "plans"), str(CASES / "invalid"))
    assert {f: hashlib.sha256(f.read_bytes()).hexdigest() for f in files} == before


def test_output_is_atomic_and_never_over_an_input(tmp_path, run_cli):
    out = tmp_path / "report.md"
    r = run_cli("gaza", "ukraine", "--format", "markdown", "--output", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith("# plandiff: gaza-20-point vs ukraine-28-point")
    assert not list(tmp_path.glob(".report.md.*"))  # no temporary left behind
    target = ROOT / "plans" / "gaza-20-point.yaml"
    before = target.read_bytes()
    r = run_cli("gaza", "ukraine", "--output", str(target))
    assert r.returncode == 2 and "refusing to write over an input" in r.stderr
    assert target.read_bytes() == before
    r = run_cli("gaza", "ukraine", "--output", str(ROOT / "plans" / "new.yaml"))
    assert r.returncode == 2 and "corpus" in r.stderr


def test_shorthand_equals_diff_command(run_cli):
    a = run_cli("gaza", "ukraine", "--format", "json")
    b = run_cli("--plans", str(ROOT / "plans"), "diff", "gaza-20-point", "plans/ukraine-28-point.yaml", "--format", "json")
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout


def test_exit_code_option(run_cli):
    assert run_cli("gaza", "ukraine", "--exit-code", "--only", "overview").returncode == 1
    assert run_cli("gaza", "gaza", "--exit-code", "--only", "overview").returncode == 0


def test_diff_of_an_invalid_plan_is_a_clean_error(tmp_path, run_cli):
    path = _write_dup(tmp_path)
    r = run_cli("diff", str(path), "gaza")
    assert r.returncode == 2
    assert "PD006" in r.stderr and "Traceback" not in r.stderr


def test_plans_option_and_env(tmp_path, run_cli):
    (tmp_path / "minimal-plan.yaml").write_text(MINIMAL.read_text())
    r = run_cli("list", "--format", "json", env={"PLANDIFF_PLANS": str(tmp_path)})
    assert [row["id"] for row in json.loads(r.stdout)] == ["minimal-plan"]
    r = run_cli("--plans", str(tmp_path), "validate")
    assert r.returncode == 0 and "1 file checked" in r.stdout


def test_list_and_show(run_cli):
    r = run_cli("list", "--format", "json")
    rows = {row["id"]: row for row in json.loads(r.stdout)}
    assert rows["gaza-20-point"]["aliases"] == ["gaza"] and rows["gaza-20-point"]["points"] == 20
    assert rows["ukraine-28-point"]["points"] == 28 and all(row["valid"] for row in rows.values())
    r = run_cli("show", "ukraine", "--format", "json")
    prof = json.loads(r.stdout)
    assert prof["plan"]["id"] == "ukraine-28-point" and prof["measures"]["tilt"]["toward"] == "russian"


def test_version(run_cli):
    from plandiff import __version__

    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout == f"plandiff {__version__}\n"
