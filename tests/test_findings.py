"""Findings rules on two fictional plans: generic rules, exact kinds and references."""

from __future__ import annotations

import pytest

from conftest import CASES
from plandiff.api import load_plan
from plandiff.diff import diff


@pytest.fixture(scope="module")
def found():
    a = load_plan(str(CASES / "valid" / "synthetic-alpha.yaml"))
    b = load_plan(str(CASES / "valid" / "synthetic-beta.yaml"))
    d = diff(a, b)
    return {(f.id, f.kind): f for f in d.findings}


def test_shared_chair_across_different_conflicts(found):
    f = found[("shared-chair", "both")]
    assert "chaired by Ada Vantor" in f.text
    assert f.refs == ["synthetic-alpha#riverbend-board", "synthetic-beta#saltfen-commission"]


def test_only_one_plan_has_a_monitoring_body(found):
    f = found[("only-body-role", "only-a")]
    assert f.text == "Only synthetic-alpha creates a monitoring body: the Valley Monitoring Mission."


def test_coverage_findings(found):
    assert ("enforcement-low", "only-b") in found
    assert "4 of 6 obligation-bearing terms (67%)" in found[("enforcement-low", "only-b")].text
    assert ("consequence-low", "both") in found


def test_buy_in_and_ultimatum(found):
    assert found[("not-consulted", "only-a")].refs == ["synthetic-alpha#consultation:riverbend-residents"]
    assert "later eased (2025-03-19)" in found[("external-ultimatum", "only-a")].text


def test_tilt(found):
    """alpha's demands are even while its terms overall lean north; beta's demands lean the other way."""
    tilt = found[("tilt", "only-b")]
    assert "synthetic-alpha +0.00 (even) (all terms: +0.20 toward the Northland camp side)" in tilt.text
    assert "synthetic-beta -0.50 toward the Lowmarsh side (all terms: +0.25 toward the Highmoor side)" in tilt.text


def test_who_pays_and_hedging(found):
    assert found[("who-pays", "only-a")].refs == ["synthetic-alpha#reconstruction"]
    assert found[("hedging", "only-b")].refs == ["synthetic-beta#minority-schools"]


def test_no_finding_names_a_real_plan(found):
    for f in found.values():
        assert "gaza" not in f.text.lower() and "ukraine" not in f.text.lower()
