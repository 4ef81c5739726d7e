"""The strict YAML loader: hazards become findings with exact positions."""

from __future__ import annotations

import os
import time

import pytest

from plandiff.loader import MAX_BYTES, load_file, load_text, resolve_plain


def codes(loaded):
    return [(d.code, d.line, d.column) for d in loaded.diagnostics]


def test_duplicate_key_names_both_lines():
    loaded = load_text(b"a: 1\nb:\n  c: 2\n  c: 3\n", "x.yaml")
    assert codes(loaded) == [("PD006", 4, 3)]
    assert "line 3" in loaded.diagnostics[0].message and "line 4" in loaded.diagnostics[0].message
    assert loaded.data is None


def test_yaml12_typing_keeps_strings():
    loaded = load_text(b"a: NO\nb: yes\nc: on\nd: 2025-09-29\ne: 1:30\nf: 017\ng: true\nh: 1.10\ni: ~\nj: '5'\n", "x.yaml")
    assert loaded.diagnostics == []
    assert loaded.data == {"a": "NO", "b": "yes", "c": "on", "d": "2025-09-29", "e": "1:30", "f": 17, "g": True, "h": 1.1, "i": None, "j": "5"}


@pytest.mark.parametrize(
    "value,expected",
    [("0o17", 15), ("0x1F", 31), ("-3", -3), (".inf", float("inf")), ("False", False), ("Null", None), ("n", "n"), ("2e3", 2000.0)],
)
def test_resolve_plain_core_schema(value, expected):
    assert resolve_plain(value) == expected


@pytest.mark.parametrize(
    "raw,expected",
    [
        (b"a: &x [1]\nb: *x\n", [("PD007", 1, 4)]),
        (b"a: !!python/object/apply:os.system ['ls']\n", [("PD008", 1, 4)]),
        (b"a: !custom x\n", [("PD008", 1, 4)]),
        (b"", [("PD004", 1, 1)]),
        (b"- a\n- b\n", [("PD011", 1, 1)]),
        (b"just text\n", [("PD011", 1, 1)]),
        (b"a: ok\nb: caf\xe9\n", [("PD003", 2, 7)]),
        (b"a: [1, 2\nb: 3\n", [("PD005", 2, 2)]),
        (b"a: 1\nb: \x00\n", [("PD013", 2, 4)]),
        (b"a: 1\n---\nb: 2\n", [("PD010", 2, 1)]),
        (b"1: a\n", [("PD012", 1, 1)]),
        (b"? [a]\n: b\n", [("PD012", 1, 3)]),
    ],
)
def test_hazards(raw, expected):
    assert codes(load_text(raw, "x.yaml")) == expected


def test_depth_cap_on_moderate_nesting():
    raw = b"a: " + b"[" * 40 + b"]" * 40 + b"\n"
    assert codes(load_text(raw, "x.yaml")) == [("PD009", 1, 35)]


def test_depth_cap_stops_early_even_on_huge_nesting():
    raw = b"a: " + b"[" * 200000 + b"]" * 200000 + b"\n"
    started = time.perf_counter()
    loaded = load_text(raw, "x.yaml")
    # our cap stops at level 33 (column 35); libyaml, which reads flow collections ahead,
    # may stop first at its own limit of 1,000 levels (column 1003): either way a PD009 on line 1
    [(code, line, column)] = codes(loaded)
    assert (code, line) == ("PD009", 1) and column in (35, 1003)
    assert time.perf_counter() - started < 5  # a generous bound: it must not walk 200k levels


def test_positions_of_keys_and_values():
    loaded = load_text(b"id: x\nterms:\n  - id: t1\n    points: ['1']\n", "x.yaml")
    assert loaded.positions.of(("terms", 0, "points", 0)) == (4, 14)
    assert loaded.positions.of(("terms", 0, "points"), key=True) == (4, 5)
    assert loaded.positions.of(("terms", 0, "nothing", 3)) == (3, 5)


def test_oversize_and_dev_zero_fail_fast(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * (MAX_BYTES + 10) + b"\n")
    assert codes(load_file(str(big))) == [("PD002", 0, 0)]
    if os.path.exists("/dev/zero"):
        started = time.perf_counter()
        assert codes(load_file("/dev/zero"))[0][0] == "PD002"
        assert time.perf_counter() - started < 5


def test_missing_and_folder(tmp_path):
    assert codes(load_file(str(tmp_path / "nope.yaml")))[0][0] == "PD001"
    assert codes(load_file(str(tmp_path)))[0][0] == "PD001"


def test_loader_does_not_touch_pyyaml_globals():
    import yaml

    before = {k: list(v) for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    load_text(b"a: NO\n", "x.yaml")
    assert yaml.safe_load("a: NO") == {"a": False}  # PyYAML's own behaviour is untouched
    assert {k: list(v) for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()} == before
