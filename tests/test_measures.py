"""Measures on a fixture whose every number is worked out by hand."""

from __future__ import annotations

import pytest

from conftest import CASES
from plandiff import measures as m
from plandiff.api import load_plan


@pytest.fixture(scope="module")
def plan():
    return load_plan(str(CASES / "valid" / "measures-fixture.yaml"))


def test_tilt(plan):
    t = m.tilt(plan)
    # terms: northern t2, t4; southern t3; balanced t1; neutral t3a
    assert (t.by_side, t.balanced, t.neutral) == ({"northern": 2, "southern": 1}, 1, 1)
    # t3 and t3a share point 3 (weight 1/2 each): (2 - 0.5) / (2 + 0.5 + 1)
    assert t.weights == {"northern": 2.0, "southern": 0.5, "balanced": 1.0, "neutral": 0.5}
    assert t.score == round(1.5 / 3.5, 4) and t.toward == "northern"
    # demands (binding/conditional naming who acts): t1 balanced, t2 northern, t3 southern (t3a hedged, t4 aspirational)
    assert t.demand_weights == {"northern": 1.0, "southern": 0.5, "balanced": 1.0, "neutral": 0.0}
    assert t.demand_score == round(0.5 / 2.5, 4) and t.demand_toward == "northern"


def test_burden(plan):
    b = m.burden(plan)
    assert b.rows["northern"] == {"binding": 1, "conditional": 1, "hedged": 0, "aspirational": 0}
    assert b.rows["southern"] == {"binding": 1, "conditional": 1, "hedged": 0, "aspirational": 0}
    assert b.rows["mediator-state"] == {"binding": 0, "conditional": 0, "hedged": 1, "aspirational": 0}


def test_enforcement(plan):
    e = m.enforcement(plan)
    assert e.obligation_terms == ("t1", "t2", "t3", "t3a")  # t4 has no obligation
    assert e.enforced == ("t2",) and e.with_consequence == ("t2",)
    assert e.gaps == ("t1", "t3", "t3a")
    assert e.coverage == 0.25 and e.consequence_coverage == 0.25


def test_deadlines(plan):
    d = m.deadlines(plan)
    assert d.coverage == 0.5  # t1 and t2 of four obligation-bearing terms
    assert d.dated == (("t1", "immediate", "immediately (on acceptance)"), ("t2", "relative", "within 30 days of: the ceasefire"))
    assert d.external == (("ultimatum", "2025-01-08", "eased", "Accept within a week"),)


def test_language(plan):
    lang = m.language(plan)
    assert lang.counts == {"binding": 1, "conditional": 2, "hedged": 1, "aspirational": 1}
    assert lang.share("hedged") == 0.2 and lang.hedged_terms == ("t3a",)
    assert lang.unassigned == ()


def test_conditionality(plan):
    c = m.conditionality(plan)
    assert c.edges == (("t2", "t1"), ("t3", "t2"), ("t4", "t3"))
    assert c.longest_chain == ("t4", "t3", "t2", "t1")
    assert c.keystones == (("t1", 3), ("t2", 2), ("t3", 1))
    assert c.conditional_terms == ("t2", "t3", "t4")


def test_quantities_and_formatting(plan):
    q = m.quantities(plan)
    assert sorted(q) == ["money", "ratio", "time"]
    assert m.format_quantity(q["money"][0].value, q["money"][0].unit) == "USD 2.5 bn"
    assert m.format_quantity(600000, "personnel") == "600,000 personnel"
    assert m.format_quantity(50, "percent") == "50%"
    assert m.format_quantity(100000000000, "USD") == "USD 100 bn"
