"""End-to-end wall time of plandiff commands against the tools a user would otherwise run.

Reproducible: every command runs N times, interleaved round-robin so that machine noise
hits all of them alike; we report the median and the minimum, and ratios of medians to the
floor (a minimal typer app, `hello_typer.py`, run by the same interpreter).

    python benchmarks/startup.py [--runs 30] [--json results.json]

Output is stable text; `--json` also writes the raw samples.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BIN = Path(PY).parent


def commands(cache_dir: str) -> dict[str, tuple[list[str], dict]]:
    warm = {"PLANDIFF_CACHE": cache_dir}
    cold = {"PLANDIFF_CACHE": "off"}
    plans = [str(p) for p in sorted((ROOT / "plans").glob("*.yaml"))]
    out = {
        "floor: typer hello-world": ([PY, str(ROOT / "benchmarks" / "hello_typer.py"), "gaza", "ukraine"], {}),
        "plandiff gaza ukraine (cache warm)": ([str(BIN / "plandiff"), "gaza", "ukraine"], warm),
        "plandiff gaza ukraine (no cache)": ([str(BIN / "plandiff"), "gaza", "ukraine"], cold),
        "plandiff gaza ukraine --format json (warm)": ([str(BIN / "plandiff"), "gaza", "ukraine", "--format", "json"], warm),
        "plandiff validate plans/": ([str(BIN / "plandiff"), "validate", *plans], {}),
    }
    cj = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    if cj:
        out["check-jsonschema (schema only, same files)"] = ([cj, "--schemafile", str(ROOT / "schemas" / "plan.schema.json"), *plans], {})
    try:
        import deepdiff  # noqa: F401

        script = "import sys, yaml, deepdiff; a, b = (yaml.safe_load(open(p)) for p in sys.argv[1:]); print(deepdiff.DeepDiff(a, b))"
        out["deepdiff of the two YAML files (generic diff)"] = ([PY, "-c", script, plans[0], plans[-1]], {})
    except ImportError:
        pass
    return out


def run_once(argv: list[str], env: dict) -> float:
    full = dict(os.environ, **env)
    start = time.perf_counter()
    r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=full, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if r.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({r.returncode}): {' '.join(argv)}\n{r.stderr.decode()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        cmds = commands(cache)
        for argv, env in cmds.values():  # warm-up: fills the cache and the OS page cache
            run_once(argv, env)
        samples: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(args.runs):
            for name, (argv, env) in cmds.items():
                samples[name].append(run_once(argv, env))
    floor = statistics.median(samples["floor: typer hello-world"])
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpu, {args.runs} interleaved runs each")
    print(f"{'command':<50} {'median ms':>10} {'min ms':>8} {'x floor':>8}")
    for name, xs in samples.items():
        med = statistics.median(xs)
        print(f"{name:<50} {med * 1000:>10.1f} {min(xs) * 1000:>8.1f} {med / floor:>8.2f}")
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in samples.items()}, indent=2))


if __name__ == "__main__":
    main()
