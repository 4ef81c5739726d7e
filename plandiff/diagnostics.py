"""Findings as values: every check returns these, and only the CLI prints or exits.

Codes are stable: a code's meaning never changes once released, so CI configurations and
scripts can rely on them. ``CODES`` is the registry that `plandiff explain` and the README
table are generated from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]
Path = tuple  # a path inside the document: keys and list indices


@dataclass(frozen=True)
class Code:
    code: str
    title: str
    severity: Severity
    explanation: str


_CODES = [
    # --- the file and its YAML -------------------------------------------------------------
    Code("PD001", "cannot-read", "error", "The path could not be read as a plan file: it does not exist, is a folder given where a file was expected, or is not a regular file."),
    Code("PD002", "too-large", "error", "The file is larger than the size cap (4 MiB). Plan files are a few dozen kilobytes; the cap stops a wrong path (or /dev/zero) from being read whole."),
    Code("PD003", "invalid-utf8", "error", "The file is not valid UTF-8. The finding gives the line and column of the first bad byte."),
    Code("PD004", "empty", "error", "The file holds no YAML document (it is empty, or only comments)."),
    Code("PD005", "yaml-syntax", "error", "The YAML parser could not read the file; the finding points where it stopped."),
    Code("PD006", "duplicate-key", "error", "A key appears twice in one mapping. PyYAML and most loaders silently keep the last value and lose the first; plandiff refuses the file and names both lines."),
    Code("PD007", "anchor-or-alias", "error", "YAML anchors (&a) and aliases (*a) are refused: plan files never need them, and aliases allow 'billion laughs' expansion bombs."),
    Code("PD008", "explicit-tag", "error", "Explicit YAML tags (!!python/object, !!str, !custom) are refused: plan data is plain mappings, lists and scalars, typed by the schema."),
    Code("PD009", "too-deep", "error", "Nesting is deeper than the cap (32 levels); no plan needs that, and unbounded depth can exhaust the parser."),
    Code("PD010", "multiple-documents", "error", "The file holds more than one YAML document ('---' separators); one plan per file."),
    Code("PD011", "not-a-mapping", "error", "The top level of a plan file must be a mapping of keys to values, not a list or a scalar."),
    Code("PD012", "non-string-key", "error", "Mapping keys must be plain strings (a number, boolean, null or collection as a key is refused)."),
    Code("PD013", "bad-character", "error", "The file contains a character YAML does not allow (a NUL byte or another control character)."),
    # --- the schema ---------------------------------------------------------------------------
    Code("PD101", "unknown-key", "error", "A key the schema does not define. Usually a typo; the finding suggests the nearest allowed key."),
    Code("PD102", "missing-key", "error", "A required key is missing."),
    Code("PD103", "wrong-type", "error", "A value has the wrong type (e.g. a list where text was expected). YAML 1.2 typing applies: `NO` and `yes` are strings, only true/false are booleans."),
    Code("PD104", "not-allowed-value", "error", "A value is not one of the allowed values of a controlled vocabulary (status, kind, stance, modality, topic ...)."),
    Code("PD105", "bad-format", "error", "A value does not have the required form: a date as YYYY-MM-DD, an id as a lower-case slug, a point number like 10 or 10c, a URL starting with http(s)://."),
    Code("PD106", "out-of-range", "error", "A number or list length is out of range (e.g. an empty list where at least one item is required)."),
    Code("PD199", "schema-other", "error", "Another schema violation; the message says which."),
    # --- meaning within one plan ---------------------------------------------------------------
    Code("PD201", "duplicate-id", "error", "Two items of one kind (parties, sides, sources, bodies, terms, external deadlines) share an id."),
    Code("PD202", "unresolved-reference", "error", "A reference (party, side, source, body, term, monitor) names an id that is not declared in the file; the finding suggests the nearest declared id."),
    Code("PD203", "id-not-file-name", "error", "The plan's id must equal its file name without .yaml, so that `plandiff <id>` finds it."),
    Code("PD204", "point-missing", "error", "A point number between 1 and the declared `points` count is covered by no term, or a sub-point letter is skipped (10a, 10c without 10b)."),
    Code("PD205", "point-order", "error", "Terms are not in the plan's own order (point 5 after point 6, or 10b before 10a)."),
    Code("PD206", "point-repeated", "error", "A point or sub-point is covered by more than one term."),
    Code("PD207", "point-beyond-count", "error", "A term covers a point number larger than the declared `points` count."),
    Code("PD208", "quote-too-long", "error", "A quote is longer than 12 words. Quote only the operative phrase; summaries are written in our own words."),
    Code("PD209", "missing-rationale", "error", "A term that favours a side or is coded balanced must say why in `rationale`: it is a coded judgement and is always shown as one."),
    Code("PD210", "monitor-not-declared", "error", "An enforcement monitor must be a declared body or party."),
    Code("PD211", "date-order", "error", "Dates are out of order: a response (accepted, partially accepted, rejected, counter-proposed) before the plan's date, a review before the plan's date, a deadline eased before it was set."),
    Code("PD212", "condition-cycle", "error", "Term conditions form a cycle (a term depends, directly or through others, on itself)."),
    Code("PD213", "party-on-two-sides", "error", "A party belongs to more than one side; sides are the camps whose favour is weighed and must not overlap."),
    Code("PD214", "reserved-side-id", "error", "`balanced` and `neutral` are reserved values of `favours` and cannot be side ids."),
    Code("PD215", "unused-source", "warning", "A declared source is cited by nothing in the file."),
    Code("PD216", "self-reference", "error", "A term lists itself among its conditions, or a plan derives from itself."),
    Code("PD217", "unused-party", "warning", "A declared party is referenced by nothing in the file."),
    # --- the corpus -------------------------------------------------------------------------------
    Code("PD301", "duplicate-plan-id", "error", "Two files in the corpus declare the same plan id."),
    Code("PD302", "alias-clash", "error", "An alias is used by two plans, or equals another plan's id; `plandiff <alias>` would be ambiguous."),
    Code("PD303", "unknown-lineage", "error", "`lineage.derived_from` names a plan that is not in the corpus."),
    Code("PD304", "lineage-cycle", "error", "Plans derive from each other in a cycle."),
    Code("PD305", "lineage-date", "warning", "A plan is dated before the plan it derives from."),
]

CODES: dict[str, Code] = {c.code: c for c in _CODES}


@dataclass(frozen=True)
class Diagnostic:
    """One finding, positioned in a file. ``line`` and ``column`` are 1-based (0 = unknown)."""

    file: str
    line: int
    column: int
    code: str
    message: str
    path: Path = ()
    hint: str | None = None
    severity: Severity = field(default="error")

    @property
    def title(self) -> str:
        return CODES[self.code].title

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.message)

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "title": self.title,
            "message": self.message,
            "path": "/".join(str(p) for p in self.path),
            "hint": self.hint,
        }


def make(file: str, pos: tuple[int, int], code: str, message: str, path: Path = (), hint: str | None = None) -> Diagnostic:
    """Build a diagnostic whose severity comes from the code registry.

    Line breaks in a message (e.g. from a quoted key) are escaped, so one finding is always
    one line of output and cannot forge another.
    """
    message = message.replace("\r", "\\r").replace("\n", "\\n")
    hint = hint.replace("\r", "\\r").replace("\n", "\\n") if hint else hint
    return Diagnostic(file, pos[0], pos[1], code, message, tuple(path), hint, CODES[code].severity)


def did_you_mean(word: str, choices) -> str | None:
    """The closest choice, phrased as a hint, or None when nothing is close."""
    import difflib

    match = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'?" if match else None
