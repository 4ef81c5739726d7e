"""The command line: a thin layer that parses arguments, calls the API and prints.

Exit codes: 0 clean (or no differences), 1 findings (or differences with --exit-code),
2 usage or internal error. Bad input never produces a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .corpus import ENV_VAR

app = typer.Typer(
    name="plandiff",
    help="Compare peace and negotiation plans, and validate plan files.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
_state: dict = {"plans": None}


class FindingFormat(str, Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


class TableFormat(str, Enum):
    text = "text"
    json = "json"


def _plans_dir() -> Path:
    from .corpus import default_plans_dir

    return Path(_state["plans"]) if _state["plans"] else default_plans_dir()


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"plandiff: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def _root(
    plans: Optional[Path] = typer.Option(None, "--plans", envvar=ENV_VAR, help="Folder of plan files to use instead of the shipped corpus.", show_default=False),
) -> None:
    _state["plans"] = str(plans) if plans else None


@app.command()
def validate(
    paths: List[Path] = typer.Argument(None, help="Plan files or folders (default: the corpus).", show_default=False),
    fmt: FindingFormat = typer.Option(FindingFormat.auto, "--format", "-f", help="text, json or github (auto: github annotations inside GitHub Actions, else text)."),
    strict: bool = typer.Option(False, "--strict", help="Warnings count as findings for the exit code."),
) -> None:
    """Check plan files: strict YAML, the schema, references, numbering, dates, quotes."""
    from .render import findings
    from .validate import validate_paths

    targets = [str(p) for p in paths] if paths else [str(_plans_dir())]
    report = validate_paths(targets)
    diags = report.diagnostics
    files = len(report.files)
    if fmt is FindingFormat.auto:
        fmt = FindingFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else FindingFormat.text
    if fmt is FindingFormat.json:
        typer.echo(findings.as_json(diags, files, strict))
    else:
        if fmt is FindingFormat.github:
            for d in diags:
                typer.echo(findings.github(d))
        for d in diags:  # plain lines too: GitHub shows only ten annotations of each kind
            typer.echo(findings.line(d))
        typer.echo(findings.summary(diags, files), err=bool(diags))
    failing = [d for d in diags if d.severity == "error" or strict]
    if not report.files and not diags:
        _fail(f"no plan files found in {', '.join(targets)}")
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)


@app.command()
def schema(
    which: str = typer.Argument("plan", help="plan or diff."),
) -> None:
    """Print a JSON Schema (2020-12): the plan-file schema, or the diff output's."""
    from . import schema as schemas

    if which == "plan":
        typer.echo(schemas.dumps(schemas.plan_schema()), nl=False)
    elif which == "diff":
        typer.echo(schemas.dumps(schemas.diff_schema()), nl=False)
    else:
        _fail(f"unknown schema '{which}': choose plan or diff")


@app.command()
def topics(fmt: TableFormat = typer.Option(TableFormat.text, "--format", "-f")) -> None:
    """List the topic vocabulary with its PA-X mapping."""
    from .topics import topics as all_topics

    rows = all_topics()
    if fmt is TableFormat.json:
        import json

        typer.echo(json.dumps([{"id": t.id, "label": t.label, "description": t.description, "pax": list(t.pax), "pax_match": t.pax_match, "pax_note": t.pax_note} for t in rows], indent=2))
        return
    width = max(len(t.id) for t in rows)
    for t in rows:
        codes = ", ".join(t.pax) if t.pax else "-"
        typer.echo(f"{t.id:<{width}}  {t.pax_match:<11}  {codes:<22}  {t.label}")


@app.command()
def explain(code: str = typer.Argument(..., help="A finding code such as PD006, or 'all'.")) -> None:
    """Explain a finding code."""
    from .diagnostics import CODES

    if code.lower() == "all":
        for c in CODES.values():
            typer.echo(f"{c.code}  {c.severity:<7}  {c.title}")
        return
    c = CODES.get(code.upper())
    if c is None:
        from .diagnostics import did_you_mean

        hint = did_you_mean(code.upper(), CODES)
        _fail(f"unknown code '{code}'" + (f"; {hint}" if hint else "; `plandiff explain all` lists them"))
    typer.echo(f"{c.code} {c.title} ({c.severity})\n\n{c.explanation}")


_COMMANDS = {"validate", "schema", "topics", "explain", "list", "show", "diff", "html"}


def _route(argv: list[str]) -> list[str]:
    """`plandiff A B` is shorthand for `plandiff diff A B`."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--plans":
            i += 2
            continue
        if arg.startswith("--plans="):
            i += 1
            continue
        if arg.startswith("-"):
            return argv
        return argv if arg in _COMMANDS else argv[:i] + ["diff"] + argv[i:]
    return argv


def main(argv: Optional[List[str]] = None) -> None:
    """Entry point: route the shorthand, and turn any unexpected error into exit code 2."""
    args = _route(list(sys.argv[1:] if argv is None else argv))
    try:
        app(args=args, prog_name="plandiff", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BaseException as exc:  # noqa: BLE001 - the promise is: never a traceback
        print(f"plandiff: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("plandiff: please report this with the command you ran", file=sys.stderr)
        sys.exit(EXIT_USAGE)
