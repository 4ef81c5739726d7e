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


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"plandiff {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    plans: Optional[Path] = typer.Option(None, "--plans", envvar=ENV_VAR, help="Folder of plan files to use instead of the shipped corpus.", show_default=False),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
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


def _load_or_exit(name: str):
    """A validated plan, or the findings on stderr and exit 2 (bad input is a usage error here)."""
    from .api import load

    checked = load(name, _plans_dir(), cached=True)
    if checked.plan is None or not checked.ok:
        from .render import findings

        for d in checked.diagnostics:
            typer.echo(findings.line(d), err=True)
        if checked.plan is not None:
            typer.echo(f"plandiff: {name} has validation errors; run `plandiff validate {checked.file}`", err=True)
        raise typer.Exit(EXIT_USAGE)
    return checked


def _format(value, layout, fmt: DiffFormat, width: Optional[int], output: Optional[Path]) -> str:
    """A diff or a profile as JSON, Markdown or text (plain when written to a file)."""
    if fmt is DiffFormat.json:
        from .diff import to_json

        return to_json(value) + "\n"
    doc = layout(value)
    if fmt is DiffFormat.markdown:
        from .render.markdown import render as markdown

        return markdown(doc)
    from .render.text import render as text

    return text(doc, width=width, tty=False if output else None)


def _write_output(text: str, output: Optional[Path], inputs: list[str]) -> None:
    """Print, or write atomically to ``output`` (never over an input or a corpus file)."""
    if output is None:
        sys.stdout.write(text)
        return
    from .outputs import OutputError, write_atomic

    try:
        write_atomic(output, text, protected=inputs, corpus=_plans_dir())
    except OutputError as exc:
        _fail(str(exc))
    typer.echo(f"plandiff: wrote {output}", err=True)


@app.command("diff")
def diff_cmd(
    a: str = typer.Argument(..., help="Plan id, alias or path."),
    b: str = typer.Argument(..., help="Plan id, alias or path."),
    fmt: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text, markdown or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Limit to these dimensions (repeat or comma-separate): overview, parties, tilt, topics, bodies, enforcement, deadlines, language, quantities, findings."),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit 1 when the plans differ (for CI)."),
    width: Optional[int] = typer.Option(None, "--width", help="Text width (default: the terminal's, or 100 when piped)."),
) -> None:
    """Compare two plans dimension by dimension (`plandiff A B` is the same)."""
    from .diff import DIMENSIONS

    wanted = [w.strip() for item in (only or []) for w in item.split(",") if w.strip()]
    unknown = [w for w in wanted if w not in DIMENSIONS]
    if unknown:
        _fail(f"unknown dimension(s) {', '.join(unknown)}; choose from {', '.join(DIMENSIONS)}")
    ca, cb = _load_or_exit(a), _load_or_exit(b)
    from .diff import diff

    from .render.layout import diff_document

    result = diff(ca.plan, cb.plan, wanted or None)
    _write_output(_format(result, diff_document, fmt, width, output), output, [ca.file, cb.file])
    from .record import to_plain

    differ = to_plain(ca.plan) != to_plain(cb.plan)
    raise typer.Exit(EXIT_FINDINGS if exit_code and differ else EXIT_OK)


@app.command("list")
def list_cmd(fmt: TableFormat = typer.Option(TableFormat.text, "--format", "-f")) -> None:
    """The corpus: id, aliases, date, status, points and confidence of every plan."""
    from .corpus import corpus_files
    from .validate import check_file

    rows = []
    for path in corpus_files(_plans_dir()):
        c = check_file(str(path))
        p = c.plan
        if p is None:
            rows.append({"id": path.stem, "aliases": [], "date": "", "status": "INVALID", "points": 0, "terms": 0, "confidence": "", "valid": False, "file": str(path)})
            continue
        rows.append({"id": p.id, "aliases": list(p.aliases), "date": p.date.isoformat(), "status": str(p.status), "points": p.points, "terms": len(p.terms), "confidence": str(p.confidence), "valid": c.ok, "file": str(path)})
    if fmt is TableFormat.json:
        import json

        typer.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        _fail(f"no plans in {_plans_dir()}")
    typer.echo(f"{'id':<28} {'aliases':<14} {'date':<10}  {'status':<16} {'points':>6} {'terms':>5}  confidence")
    for r in rows:
        flag = "" if r["valid"] else "  (has validation errors)"
        typer.echo(f"{r['id']:<28} {','.join(r['aliases']):<14} {r['date']:<10}  {r['status']:<16} {r['points']:>6} {r['terms']:>5}  {r['confidence']}{flag}")


@app.command()
def show(
    plan: str = typer.Argument(..., help="Plan id, alias or path."),
    fmt: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text, markdown or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    width: Optional[int] = typer.Option(None, "--width"),
) -> None:
    """One plan's profile: parties, tilt, burden, enforcement, deadlines, language, quantities."""
    checked = _load_or_exit(plan)
    from .profile import plan_profile

    from .render.layout import profile_document

    prof = plan_profile(checked.plan)
    _write_output(_format(prof, profile_document, fmt, width, output), output, [checked.file])


_COMMANDS = {"validate", "schema", "topics", "explain", "list", "show", "diff"}


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
