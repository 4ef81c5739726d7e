"""Checks that a plan file is correct: schema (via the pydantic model) and meaning.

Everything here returns diagnostics; nothing prints or exits. The schema step maps each
pydantic error back to the line and column of the offending key or value, using the
positions the strict loader recorded.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Iterable

from .checked import Checked
from .diagnostics import Diagnostic, did_you_mean, make
from .loader import Loaded, Positions, load_file

QUOTE_MAX_WORDS = 12
_RESPONSE_STANCES = {"accepted", "partially-accepted", "rejected", "counter-proposed"}


# --- schema ---------------------------------------------------------------------------------

_FORMS = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": ("a valid id", "ids are lower-case slugs such as 'hamas' or 'board-of-peace'"),
    r"^[0-9]+[a-z]?$": ("a point number", "point numbers are written like '4' or '10c'"),
    r"^https?://\S+$": ("a URL", "URLs start with http:// or https://"),
    r"^[a-z]{2}$": ("a language code", "use a two-letter ISO 639-1 code such as 'en'"),
}
_TYPE_ERRORS = re.compile(r"_type$|^(model_attributes_type|dict_type|list_type|is_instance_of|bool_parsing|int_parsing|float_parsing|int_from_float)$")
_FORMAT_ERRORS = {"string_pattern_mismatch", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "url_parsing"}
_RANGE_ERRORS = {"too_short", "too_long", "greater_than", "greater_than_equal", "less_than", "less_than_equal", "string_too_short", "string_too_long", "finite_number"}


def _data_path(loc: tuple, data: Any) -> tuple:
    """Map a pydantic ``loc`` onto the data, dropping union-member tags that are not keys."""
    path: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and part == "from_" and "from" in node:
            path.append("from")
            node = node["from"]
        elif isinstance(node, dict) and node.get("kind") == part:
            continue  # a discriminated-union tag such as 'relative', not a key
        else:
            # the key is missing from the data (a 'missing' or 'extra' error) or a tag name
            if isinstance(node, dict):
                path.append(part)
            break
    return tuple(path)


def _allowed_fields(loc: tuple) -> list[str]:
    """The keys the model accepts where an unknown key stands, for "did you mean"."""
    from .model import Plan

    target: Any = Plan
    for part in loc[:-1]:
        if isinstance(part, int) or target is None:
            continue
        if isinstance(target, dict):  # a discriminated union: the loc names the member's tag
            target = target.get(part)
            continue
        fields = {f.alias or name: f for name, f in target.model_fields.items()}
        target = _models_in(fields[part].annotation) if part in fields else None
    if target is None or isinstance(target, dict):
        return []
    return [f.alias or name for name, f in target.model_fields.items()]


def _models_in(annotation):
    """The model inside list[...]/Optional[...], or {tag: model} for a discriminated union."""
    import typing

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    found = [m for m in (_models_in(a) for a in typing.get_args(annotation)) if m is not None]
    if len(found) == 1:
        return found[0]
    if found:
        return {m.model_fields["kind"].annotation.__args__[0]: m for m in found if not isinstance(m, dict)}
    return None


def _source_scalar(data: Any, path: tuple) -> Any:
    node = data
    for p in path:
        try:
            node = node[p]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _msg(err: dict) -> str:
    """pydantic's message, in the lower-case style of our own messages."""
    text = err["msg"].replace(" after validation", "")
    return text[:1].lower() + text[1:]


_SINGULAR = {"parties": "party", "sides": "side", "sources": "source", "bodies": "body", "terms": "term", "external_deadlines": "external deadline"}


def _other_member_hint(loc: tuple, key: str) -> str | None:
    """For an unknown key in one kind of deadline: the kind it belongs to, if any."""
    from .model import AbsoluteDeadline, ImmediateDeadline, RelativeDeadline

    members = {"immediate": ImmediateDeadline, "absolute": AbsoluteDeadline, "relative": RelativeDeadline}
    if not any(part in members for part in loc):
        return None
    for kind, cls in members.items():
        if key in {f.alias or name for name, f in cls.model_fields.items()} and kind not in loc:
            return f"'{key}' belongs to a deadline of kind '{kind}'"
    return None


def _schema_diagnostics(file: str, data: Any, positions: Positions, exc) -> list[Diagnostic]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        etype = err["type"]
        path = _data_path(loc, data)
        value = _source_scalar(data, path)
        where = "/".join(str(p) for p in path) or "(top level)"
        hint = None
        if etype == "extra_forbidden":
            code = "PD101"
            pos = positions.of(path, key=True)
            allowed = _allowed_fields(loc)
            hint = _other_member_hint(loc, path[-1]) or (did_you_mean(path[-1], allowed) if allowed else None)
            message = f"unknown key {path[-1]!r}"
        elif etype == "missing":
            code = "PD102"
            parent = path[:-1] if path and path[-1] == loc[-1] else path
            pos = positions.of(parent)
            message = f"missing required key '{loc[-1]}'" + (f" in {'/'.join(str(p) for p in parent)}" if parent else "")
        elif etype in ("enum", "literal_error", "union_tag_invalid"):
            code = "PD104"
            ctx = err.get("ctx", {})
            if etype == "union_tag_invalid":
                path = path + ("kind",)
                where, value = "/".join(str(p) for p in path), ctx.get("tag")
                expected = ctx.get("expected_tags", "")
            else:
                expected = ctx.get("expected", "")
            pos = positions.of(path)
            message = f"{where}: {value!r} is not allowed; expected {expected}".rstrip()
            choices = re.findall(r"'([^']+)'", expected)
            hint = did_you_mean(value, choices) if isinstance(value, str) else None
        elif etype == "union_tag_not_found":
            code = "PD102"
            pos = positions.of(path)
            message = f"{where}: missing 'kind' (immediate, absolute or relative)"
        elif etype in _FORMAT_ERRORS:
            code = "PD105"
            pos = positions.of(path)
            message = f"{where}: {value!r} is not a valid date ({_msg(err)})" if "date" in etype else f"{where}: {value!r}: {_msg(err)}"
            if etype in ("date_type",) or "date" in etype:
                hint = "write dates as YYYY-MM-DD, e.g. 2025-09-29"
            if etype == "string_pattern_mismatch":
                pattern = err.get("ctx", {}).get("pattern", "")
                form, hint = _FORMS.get(pattern, (f"the form {pattern}", None))
                message = f"{where}: {value!r} is not {form}"
        elif etype in _RANGE_ERRORS:
            code = "PD106"
            pos = positions.of(path)
            message = f"{where}: {_msg(err)}"
        elif _TYPE_ERRORS.search(etype):
            code = "PD103"
            pos = positions.of(path)
            shown = "null" if value is None else repr(value)
            message = f"{where}: {_msg(err)}, got {shown}"
        else:
            code = "PD199"
            pos = positions.of(path)
            message = f"{where}: {_msg(err)}"
        out.append(make(file, pos, code, message, path, hint))
    return out


def check_schema(loaded: Loaded):
    """Validate loaded data against the model; returns (plan or None, diagnostics)."""
    from pydantic import ValidationError

    from .model import Plan

    try:
        return Plan.model_validate(loaded.data), []
    except ValidationError as exc:
        return None, _schema_diagnostics(loaded.file, loaded.data, loaded.positions, exc)


# --- meaning ----------------------------------------------------------------------------------

_POINT = re.compile(r"^([0-9]+)([a-z]?)$")


def point_key(point: str) -> tuple[int, str]:
    """Sort key for the plan's own numbering: 9 < 10 < 10a < 10b < 11."""
    m = _POINT.match(point)
    return (int(m.group(1)), m.group(2)) if m else (10**9, point)


class _Semantic:
    def __init__(self, file: str, plan, positions: Positions):
        self.file = file
        self.plan = plan
        self.pos = positions
        self.out: list[Diagnostic] = []

    def add(self, path: tuple, code: str, message: str, hint: str | None = None, *, key: bool = False) -> None:
        self.out.append(make(self.file, self.pos.of(path, key=key), code, message, path, hint))

    def unique(self, kind: str, items: Iterable, attr: str = "id") -> set[str]:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            value = getattr(item, attr)
            if value in seen:
                first = self.pos.of((kind, seen[value], attr))
                self.add((kind, i, attr), "PD201", f"duplicate {_SINGULAR.get(kind, kind)} id '{value}' (first at line {first[0]})")
            else:
                seen[value] = i
        return set(seen)

    def ref(self, path: tuple, value: str, known: set[str], what: str) -> None:
        if value not in known:
            self.add(path, "PD202", f"unknown {what} '{value}'", did_you_mean(value, sorted(known)))

    def run(self) -> list[Diagnostic]:
        p = self.plan
        stem = os.path.splitext(os.path.basename(self.file))[0]
        if self.file not in ("<string>", "-") and stem != p.id:
            self.add(("id",), "PD203", f"plan id '{p.id}' does not match the file name '{stem}'", f"rename the file to {p.id}.yaml or set id: {stem}")

        sources = self.unique("sources", p.sources)
        parties = self.unique("parties", p.parties)
        sides = self.unique("sides", p.sides)
        bodies = self.unique("bodies", p.bodies)
        terms = self.unique("terms", p.terms)
        self.unique("external_deadlines", p.external_deadlines)
        used_sources: set[str] = set()
        used_parties: set[str] = set()

        def src(path, value):
            used_sources.add(value)
            self.ref(path, value, sources, "source")

        def party(path, value):
            used_parties.add(value)
            self.ref(path, value, parties, "party")

        for i, pid in enumerate(p.issued_by):
            party(("issued_by", i), pid)
        if p.lineage and p.lineage.derived_from == p.id:
            self.add(("lineage", "derived_from"), "PD216", "a plan cannot derive from itself")
        for i, sid in enumerate(p.review.checked_against):
            src(("review", "checked_against", i), sid)
        if p.review.date < p.date:
            self.add(("review", "date"), "PD211", f"review date {p.review.date} is before the plan's date {p.date}")
        for i, pt in enumerate(p.parties):
            if pt.part_of:
                party(("parties", i, "part_of"), pt.part_of)

        member_of: dict[str, str] = {}
        for i, side in enumerate(p.sides):
            if side.id in ("balanced", "neutral"):
                self.add(("sides", i, "id"), "PD214", f"'{side.id}' is reserved for `favours` and cannot be a side id")
            for j, pid in enumerate(side.parties):
                party(("sides", i, "parties", j), pid)
                if pid in member_of and member_of[pid] != side.id:
                    self.add(("sides", i, "parties", j), "PD213", f"party '{pid}' is already on side '{member_of[pid]}'")
                member_of.setdefault(pid, side.id)

        for i, c in enumerate(p.consultations):
            party(("consultations", i, "party"), c.party)
            src(("consultations", i, "source"), c.source)
            for j, sid in enumerate(c.see_also):
                src(("consultations", i, "see_also", j), sid)
            if c.date and c.stance.value in _RESPONSE_STANCES and c.date < p.date:
                self.add(("consultations", i, "date"), "PD211", f"a response ({c.stance.value}) dated {c.date} cannot precede the plan's date {p.date}", "drafting and consultation may precede the plan; acceptance and rejection may not")

        for i, x in enumerate(p.external_deadlines):
            party(("external_deadlines", i, "set_by"), x.set_by)
            for j, pid in enumerate(x.applies_to):
                party(("external_deadlines", i, "applies_to", j), pid)
            src(("external_deadlines", i, "source"), x.source)
            for j, sid in enumerate(x.see_also):
                src(("external_deadlines", i, "see_also", j), sid)
            if x.set_on and x.by < x.set_on:
                self.add(("external_deadlines", i, "by"), "PD211", f"deadline {x.by} is before the day it was set ({x.set_on})")
            if x.changed_on and x.set_on and x.changed_on < x.set_on:
                self.add(("external_deadlines", i, "changed_on"), "PD211", f"changed on {x.changed_on}, before it was set ({x.set_on})")

        for i, b in enumerate(p.bodies):
            src(("bodies", i, "source"), b.source)
            if b.chair:
                party(("bodies", i, "chair"), b.chair)
            for j, pid in enumerate(b.members):
                party(("bodies", i, "members", j), pid)
            for j, tid in enumerate(b.established_by):
                self.ref(("bodies", i, "established_by", j), tid, terms, "term")

        favour_values = sides | {"balanced", "neutral"}
        for i, t in enumerate(p.terms):
            base = ("terms", i)
            src(base + ("source",), t.source)
            for j, sid in enumerate(t.see_also):
                src(base + ("see_also", j), sid)
            if t.quote is not None:
                words = len(t.quote.split())
                if words > QUOTE_MAX_WORDS:
                    self.add(base + ("quote",), "PD208", f"quote has {words} words; the limit is {QUOTE_MAX_WORDS}")
            for j, ob in enumerate(t.obligations):
                party(base + ("obligations", j, "party"), ob.party)
            for j, pid in enumerate(t.benefits):
                party(base + ("benefits", j), pid)
            if t.favours not in favour_values:
                self.add(base + ("favours",), "PD202", f"favours '{t.favours}' is neither a side id nor balanced/neutral", did_you_mean(t.favours, sorted(favour_values)))
            if t.favours != "neutral" and not (t.rationale or "").strip():
                self.add(base + ("favours",), "PD209", f"term '{t.id}' favours '{t.favours}' but gives no rationale")
            for j, cid in enumerate(t.conditions):
                if cid == t.id:
                    self.add(base + ("conditions", j), "PD216", f"term '{t.id}' lists itself as a condition")
                else:
                    self.ref(base + ("conditions", j), cid, terms, "term")
            for j, mid in enumerate(t.enforcement.monitors):
                if mid in parties:
                    used_parties.add(mid)
                elif mid not in bodies:
                    self.add(base + ("enforcement", "monitors", j), "PD210", f"monitor '{mid}' is neither a declared body nor a party", did_you_mean(mid, sorted(bodies | parties)))

        self.check_cycles(terms)
        self.check_points()
        for i, s in enumerate(p.sources):
            if s.id not in used_sources:
                self.add(("sources", i, "id"), "PD215", f"source '{s.id}' is cited by nothing")
        for i, pt in enumerate(p.parties):
            referenced = used_parties | {x.part_of for x in p.parties if x.part_of}
            if pt.id not in referenced:
                self.add(("parties", i, "id"), "PD217", f"party '{pt.id}' is referenced by nothing")
        return self.out

    def check_cycles(self, known: set[str]) -> None:
        """Report each condition cycle once (iterative DFS: a long chain must not hit the recursion limit)."""
        graph = {t.id: [c for c in t.conditions if c in known and c != t.id] for t in self.plan.terms}
        index = {t.id: i for i, t in enumerate(self.plan.terms)}
        state: dict[str, int] = {}  # 1 = on the current path, 2 = done
        reported: set[frozenset] = set()
        for root in graph:
            if root in state:
                continue
            path: list[str] = [root]
            iters = [iter(graph[root])]
            state[root] = 1
            while iters:
                nxt = next(iters[-1], None)
                if nxt is None:
                    state[path.pop()] = 2
                    iters.pop()
                    continue
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        shown = cycle if len(cycle) <= 8 else cycle[:4] + ["..."] + cycle[-3:]
                        self.add(("terms", index[path[-1]], "conditions"), "PD212", f"condition cycle of {len(cycle) - 1} terms: " + " -> ".join(shown))
                elif state.get(nxt) is None:
                    state[nxt] = 1
                    path.append(nxt)
                    iters.append(iter(graph[nxt]))

    def check_points(self) -> None:
        p = self.plan
        seen: dict[str, tuple] = {}
        last: tuple | None = None
        letters: dict[int, set[str]] = {}
        for i, t in enumerate(p.terms):
            for j, pt in enumerate(t.points):
                path = ("terms", i, "points", j)
                key = point_key(pt)
                if pt in seen:
                    first = self.pos.of(seen[pt])
                    self.add(path, "PD206", f"point {pt} is already covered by the term at line {first[0]}")
                    continue
                seen[pt] = path
                if key[0] > p.points:
                    self.add(path, "PD207", f"point {pt} is beyond the declared count of {p.points} point{'s' if p.points != 1 else ''}")
                if last is not None and key < last:
                    self.add(path, "PD205", f"point {pt} comes after point {''.join(map(str, last))}; terms must follow the plan's order")
                last = key if last is None or key > last else last
                letters.setdefault(key[0], set()).add(key[1])
        for n in range(1, p.points + 1):
            if n not in letters:
                self.add(("points",), "PD204", f"point {n} of {p.points} is covered by no term")
                continue
            subs = sorted(x for x in letters[n] if x)
            for k, letter in enumerate(subs):
                expected = chr(ord("a") + k)
                if letter != expected:
                    self.add(seen[f"{n}{letter}"], "PD204", f"sub-point {n}{expected} is missing before {n}{letter}")
                    break


def check_semantics(file: str, plan, positions: Positions) -> list[Diagnostic]:
    return _Semantic(file, plan, positions).run()


def check_loaded(loaded: Loaded) -> Checked:
    """Schema and semantic checks on an already loaded document."""
    if loaded.data is None:
        return Checked(loaded.file, None, loaded.positions, list(loaded.diagnostics))
    plan, problems = check_schema(loaded)
    if plan is None:
        return Checked(loaded.file, None, loaded.positions, problems)
    return Checked(loaded.file, plan, loaded.positions, check_semantics(loaded.file, plan, loaded.positions))


def check_file(file: str) -> Checked:
    """Every per-file check on one plan file."""
    return check_loaded(load_file(file))


# --- the corpus -------------------------------------------------------------------------------


def check_corpus(checked: list[Checked]) -> list[Diagnostic]:
    """Cross-file checks: unique ids and aliases, lineage targets, cycles and dates."""
    out: list[Diagnostic] = []
    ok = [c for c in checked if c.plan is not None]
    by_id: dict[str, Checked] = {}
    for c in ok:
        pid = c.plan.id
        if pid in by_id:
            other = by_id[pid]
            out.append(make(c.file, c.positions.of(("id",)), "PD301", f"plan id '{pid}' is also declared in {other.file}", ("id",)))
        else:
            by_id[pid] = c
    names: dict[str, tuple[Checked, str]] = {pid: (c, "id") for pid, c in by_id.items()}
    for c in ok:
        for i, alias in enumerate(c.plan.aliases):
            if alias in names and names[alias][0] is not c:
                other, what = names[alias]
                out.append(make(c.file, c.positions.of(("aliases", i)), "PD302", f"alias '{alias}' is already the {what} of plan '{other.plan.id}' ({other.file})", ("aliases", i)))
            else:
                names.setdefault(alias, (c, "alias"))
    for c in ok:
        lin = c.plan.lineage
        if lin is None or lin.derived_from == c.plan.id:
            continue
        path = ("lineage", "derived_from")
        parent = by_id.get(lin.derived_from)
        if parent is None:
            out.append(make(c.file, c.positions.of(path), "PD303", f"derives from '{lin.derived_from}', which is not in the corpus", path, did_you_mean(lin.derived_from, sorted(by_id))))
            continue
        if c.plan.date < parent.plan.date:
            out.append(make(c.file, c.positions.of(("date",)), "PD305", f"dated {c.plan.date}, before '{parent.plan.id}' ({parent.plan.date}) which it derives from", ("date",)))
        seen = [c.plan.id]
        node = parent
        while node is not None and node.plan.lineage is not None:
            nxt = node.plan.lineage.derived_from
            seen.append(node.plan.id)
            if nxt == c.plan.id:
                out.append(make(c.file, c.positions.of(path), "PD304", "lineage cycle: " + " -> ".join(seen + [nxt]), path))
                break
            if nxt in seen:
                break
            node = by_id.get(nxt)
    return out


def plan_files(paths: Iterable[str]) -> tuple[list[str], list[Diagnostic]]:
    """Expand folders to their *.yaml / *.yml files (sorted); report paths that do not exist."""
    files: list[str] = []
    problems: list[Diagnostic] = []
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                    files.append(os.path.join(path, name))
        elif os.path.exists(path) or os.path.islink(path):
            files.append(path)
        else:
            problems.append(make(path, (0, 0), "PD001", "no such file or folder"))
    return files, problems


@dataclass
class Report:
    """The result of validating a set of paths."""

    files: list[Checked]
    diagnostics: list[Diagnostic]


def validate_paths(paths: Iterable[str]) -> Report:
    """Validate files and folders as one corpus: the API behind `plandiff validate`."""
    files, problems = plan_files(paths)
    checked = [check_file(f) for f in files]
    diagnostics = problems + [d for c in checked for d in c.diagnostics] + check_corpus(checked)
    diagnostics.sort(key=Diagnostic.sort_key)
    return Report(checked, diagnostics)
