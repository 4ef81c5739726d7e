"""`pip install .` works, ships the corpus and schemas, and runs outside the repository;
the pre-commit hook works from a sample repository; the README documents every code."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("PLANDIFF_PLANS", "VIRTUAL_ENV", "PYTHONPATH", "GITHUB_ACTIONS")} | {"PLANDIFF_CACHE": "off"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtual environment with plandiff installed from a wheel (not editable)."""
    where = tmp_path_factory.mktemp("venv")
    venv.create(where, with_pip=True)
    py = where / "bin" / "python"
    r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(ROOT)], capture_output=True, text=True, env=_env(), timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    return where / "bin"


def test_installed_package_runs_outside_the_repo(installed, tmp_path):
    run = lambda *a: subprocess.run([str(installed / "plandiff"), *a], capture_output=True, text=True, cwd=tmp_path, env=_env(), timeout=120)
    r = run("list", "--format", "json")
    assert r.returncode == 0 and "gaza-20-point" in r.stdout, r.stderr
    r = run("gaza", "ukraine", "--only", "overview")
    assert r.returncode == 0 and "ukraine-28-point" in r.stdout, r.stderr
    assert run("validate").returncode == 0
    r = run("schema")
    assert r.returncode == 0 and r.stdout == (ROOT / "schemas" / "plan.schema.json").read_text()
    shipped = subprocess.run([str(installed / "python"), "-c", "import plandiff.corpus as c; print(c.default_plans_dir()); print(c.schema_dir())"], capture_output=True, text=True, cwd=tmp_path, env=_env())
    assert "site-packages" in shipped.stdout and "_corpus" in shipped.stdout
    r = subprocess.run([str(installed / "python"), "-m", "plandiff", "--help"], capture_output=True, text=True, cwd=tmp_path, env=_env())
    assert r.returncode == 0 and "validate" in r.stdout


def test_pre_commit_hook_runs_against_a_sample_repo(tmp_path):
    exe = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    assert exe, "pre-commit is a test dependency"
    if not (ROOT / ".git").exists():
        pytest.skip("try-repo needs the plandiff repository to be a git checkout")
    sample = tmp_path / "sample"
    (sample / "plans").mkdir(parents=True)
    good = (ROOT / "tests" / "cases" / "valid" / "minimal-plan.yaml").read_text()
    (sample / "plans" / "minimal-plan.yaml").write_text(good)
    env = _env() | {"PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    git = lambda *a: subprocess.run(["git", *a], cwd=sample, capture_output=True, text=True, env=env, check=True)
    git("init", "-q")
    git("add", ".")
    try_repo = lambda: subprocess.run([exe, "try-repo", str(ROOT), "plandiff-validate", "--all-files"], cwd=sample, capture_output=True, text=True, env=env, timeout=900)
    r = try_repo()
    assert r.returncode == 0, r.stdout + r.stderr
    assert "plandiff validate" in r.stdout and "Passed" in r.stdout
    (sample / "plans" / "minimal-plan.yaml").write_text(good.replace("status: proposal\n", "status: proposal\nstatus: agreement\n"))
    git("add", ".")
    r = try_repo()
    assert r.returncode == 1 and "PD006 duplicate key 'status'" in r.stdout


def test_readme_documents_every_code_and_both_commands():
    from plandiff.diagnostics import CODES

    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme and "pip install ." in readme
    assert "# yaml-language-server: $schema=" in readme
    for c in CODES.values():
        assert f"| `{c.code}` | {c.title} | {c.severity} |" in readme, c.code


def test_readme_python_example_runs(capsys):
    """The README's API example is executed as written."""
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("russian\n") and "shared-chair" not in out and "both" in out
