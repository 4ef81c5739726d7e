"""Strict YAML loading: plan data plus the line and column of every key and value.

PyYAML's loaders drop duplicate keys silently, apply YAML 1.1 typing (``NO`` is false,
``2025-09-29`` a date, ``1:30`` ninety) and expand aliases. Instead of patching its
constructors (global state, easy to get wrong), we build the data ourselves from the parser's
event stream. That gives one pass that
- refuses anchors, aliases and explicit tags at their first occurrence,
- reports duplicate keys with both lines,
- applies YAML 1.2 core-schema typing to plain scalars and keeps dates as strings,
- caps nesting depth, and
- records a position for every path, so later checks can point at the exact key or value.

libyaml's C parser is used when present, the pure-Python parser otherwise; PyYAML's global
state is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import files
from .diagnostics import Diagnostic, make
from .files import MAX_BYTES  # noqa: F401 - part of this module's interface
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 100  # far beyond any real count or amount; also below int()'s digit limit
_SURROGATE = re.compile("[\ud800-\udfff]")

Pos = tuple[int, int]  # 1-based line, column


@dataclass
class Positions:
    """Where each path of the document sits in the file."""

    keys: dict[tuple, Pos] = field(default_factory=dict)
    values: dict[tuple, Pos] = field(default_factory=dict)

    def of(self, path: tuple, *, key: bool = False) -> Pos:
        """Position of ``path`` (its key when ``key``), or of its nearest existing ancestor."""
        path = tuple(path)
        while True:
            if key and path in self.keys:
                return self.keys[path]
            if path in self.values:
                return self.values[path]
            if not path:
                return (1, 1)
            path = path[:-1]
            key = False


@dataclass
class Loaded:
    """A loaded document: ``data`` is None when a finding stopped the load."""

    file: str
    data: Any
    positions: Positions
    diagnostics: list[Diagnostic]


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution); timestamps are
# not part of it, so dates stay strings for the model to parse.
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


def resolve_plain(value: str) -> Any:
    """Type a plain (unquoted) scalar as YAML 1.2's core schema does."""
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT10.match(value):
        return int(value, 10)
    if _INT8.match(value):
        return int(value[2:], 8)
    if _INT16.match(value):
        return int(value[2:], 16)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.match(value):
        return float("nan")
    return value


def _parser_class():
    import yaml

    try:
        from yaml.cyaml import CParser  # not re-exported by `yaml` itself (absent from cyaml.__all__)

        return CParser, yaml
    except ImportError:  # pragma: no cover - depends on the PyYAML build
        from yaml.parser import Parser
        from yaml.reader import Reader
        from yaml.scanner import Scanner

        class PyParser(Reader, Scanner, Parser):
            def __init__(self, stream):
                Reader.__init__(self, stream)
                Scanner.__init__(self)
                Parser.__init__(self)

        return PyParser, yaml


class _Refused(Exception):
    """Stops the event walk at the first structural refusal; carries its diagnostic."""

    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic


def _pos(mark) -> Pos:
    return (mark.line + 1, mark.column + 1)


class _Builder:
    """Turns the parser's events into Python data and a position index."""

    def __init__(self, file: str, parser, yaml_mod):
        self.file = file
        self.parser = parser
        self.ev = yaml_mod.events
        self.positions = Positions()
        self.diagnostics: list[Diagnostic] = []

    def refuse(self, mark, code: str, message: str, path: tuple = (), hint: str | None = None) -> None:
        raise _Refused(make(self.file, _pos(mark), code, message, path, hint))

    def check_node_event(self, event, path: tuple) -> None:
        ev = self.ev
        if isinstance(event, ev.AliasEvent):
            self.refuse(event.start_mark, "PD007", f"alias '*{event.anchor}' refused: plan files may not use anchors or aliases", path)
        if getattr(event, "anchor", None):
            self.refuse(event.start_mark, "PD007", f"anchor '&{event.anchor}' refused: plan files may not use anchors or aliases", path)
        if getattr(event, "tag", None) is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            self.refuse(event.start_mark, "PD008", f"explicit tag '{tag}' refused: plan data is typed by the schema, not by tags", path)

    def node(self, path: tuple, depth: int) -> Any:
        event = self.parser.get_event()
        self.check_node_event(event, path)
        if depth > MAX_DEPTH:
            self.refuse(event.start_mark, "PD009", f"nesting deeper than {MAX_DEPTH} levels", path)
        self.positions.values[path] = _pos(event.start_mark)
        ev = self.ev
        if isinstance(event, ev.ScalarEvent):
            return self.scalar(event, path)
        if isinstance(event, ev.SequenceStartEvent):
            items = []
            while not self.parser.check_event(ev.SequenceEndEvent):
                items.append(self.node(path + (len(items),), depth + 1))
            self.parser.get_event()
            return items
        if isinstance(event, ev.MappingStartEvent):
            return self.mapping(path, depth)
        self.refuse(event.start_mark, "PD005", f"unexpected YAML event {type(event).__name__}", path)  # pragma: no cover

    def scalar(self, event, path: tuple) -> Any:
        """Type a scalar (YAML 1.2 core for plain ones), refusing what cannot be data."""
        value = event.value
        if _SURROGATE.search(value):
            self.refuse(event.start_mark, "PD013", "an escape produces a lone surrogate (e.g. \\ud800), which is not a Unicode character", path)
        if event.implicit[0] and len(value) > MAX_NUMBER_CHARS and (_INT10.match(value) or _FLOAT.match(value)):
            self.refuse(event.start_mark, "PD106", f"a number with {len(value)} digits is out of range", path)
        return resolve_plain(value) if event.implicit[0] else value

    def mapping(self, path: tuple, depth: int) -> dict:
        ev = self.ev
        out: dict[str, Any] = {}
        while not self.parser.check_event(ev.MappingEndEvent):
            key_event = self.parser.get_event()
            self.check_node_event(key_event, path)
            if not isinstance(key_event, ev.ScalarEvent):
                self.refuse(key_event.start_mark, "PD012", "a mapping key must be a plain string, not a list or mapping", path)
            key = self.scalar(key_event, path)
            if not isinstance(key, str):
                self.refuse(key_event.start_mark, "PD012", f"mapping key {key_event.value!r} is not a string; quote it", path)
            kpos = _pos(key_event.start_mark)
            child = path + (key,)
            if key in out:
                first = self.positions.keys[child]
                self.diagnostics.append(
                    make(
                        self.file,
                        kpos,
                        "PD006",
                        f"duplicate key '{key}' (first defined at line {first[0]}, column {first[1]}; again at line {kpos[0]})",
                        child,
                        "remove one of them; YAML loaders would silently keep only the last",
                    )
                )
                self.node(child + ("<duplicate>",), depth + 1)  # parse and drop; the file is already in error
                continue
            self.positions.keys[child] = kpos
            out[key] = self.node(child, depth + 1)
        self.parser.get_event()
        return out

    def document(self) -> Any:
        ev = self.ev
        self.parser.get_event()  # StreamStart
        if self.parser.check_event(ev.StreamEndEvent):
            self.parser.get_event()
            self.diagnostics.append(make(self.file, (1, 1), "PD004", "the file holds no YAML document"))
            return None
        self.parser.get_event()  # DocumentStart
        data = self.node((), 1)
        self.parser.get_event()  # DocumentEnd
        if not self.parser.check_event(ev.StreamEndEvent):
            extra = self.parser.get_event()
            self.refuse(extra.start_mark, "PD010", "a second YAML document; a plan file holds exactly one")
        return data


def _text_pos(before: str) -> Pos:
    """1-based position just after ``before``, counting \\r\\n, \\r and \\n as YAML does."""
    lines = re.split(r"\r\n|\r|\n", before)
    return (len(lines), len(lines[-1]) + 1)


def _utf8_error_pos(raw: bytes, offset: int) -> Pos:
    return _text_pos(raw[:offset].decode("utf-8", errors="replace"))


def read_bounded(file: str) -> tuple[bytes | None, Diagnostic | None]:
    """The file's bytes, or a PD001/PD002 finding (see ``plandiff.files``)."""
    raw, code, message = files.read_bounded(file)
    return raw, (make(file, (0, 0), code, message) if code else None)


def load_text(raw: bytes, file: str) -> Loaded:
    """Load one document from bytes. Never raises for bad input: problems become findings."""
    positions = Positions()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        pos = _utf8_error_pos(raw, exc.start)
        return Loaded(file, None, positions, [make(file, pos, "PD003", f"invalid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}")])
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", text)
    if bad:
        pos = _text_pos(text[: bad.start()])
        return Loaded(file, None, positions, [make(file, pos, "PD013", f"control character U+{ord(bad.group()):04X} is not allowed in YAML")])
    parser_cls, yaml_mod = _parser_class()
    parser = parser_cls(text)
    builder = _Builder(file, parser, yaml_mod)
    try:
        data = builder.document()
    except _Refused as refused:
        return Loaded(file, None, builder.positions, builder.diagnostics + [refused.diagnostic])
    except yaml_mod.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _pos(mark) if mark is not None else (0, 0)
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        code = "PD009" if "depth" in message or "nesting" in message else "PD005"
        if "unicode character escape" in message.lower():  # libyaml: a lone surrogate such as \ud800
            code, message = "PD013", "an escape produces a lone surrogate or invalid code point, which is not a Unicode character"
            return Loaded(file, None, builder.positions, builder.diagnostics + [make(file, pos, code, message)])
        return Loaded(file, None, builder.positions, builder.diagnostics + [make(file, pos, code, f"YAML syntax: {message}")])
    except yaml_mod.YAMLError as exc:
        return Loaded(file, None, builder.positions, builder.diagnostics + [make(file, (0, 0), "PD005", f"YAML: {exc}")])
    except RecursionError:
        return Loaded(file, None, builder.positions, builder.diagnostics + [make(file, (0, 0), "PD009", "nesting too deep for the parser")])
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()
    if builder.diagnostics:
        return Loaded(file, None, builder.positions, builder.diagnostics)
    if data is not None and not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else "scalar"
        return Loaded(file, None, builder.positions, [make(file, builder.positions.of(()), "PD011", f"the top level is a {kind}; a plan file is a mapping")])
    if data is None and not builder.diagnostics:
        return Loaded(file, None, builder.positions, [make(file, (1, 1), "PD004", "the document is empty (null)")])
    return Loaded(file, data, builder.positions, builder.diagnostics)


def load_file(file: str) -> Loaded:
    """Read and load a plan file; never raises for bad input."""
    raw, problem = read_bounded(file)
    if problem is not None:
        return Loaded(file, None, Positions(), [problem])
    return load_text(raw, file)
