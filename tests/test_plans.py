"""Data tests for the two founding plan files: they fail if a point is dropped or a number changed."""

from __future__ import annotations

from collections import Counter

import pytest

from plandiff.api import load_plan


@pytest.fixture(scope="module")
def gaza():
    return load_plan("gaza-20-point")


@pytest.fixture(scope="module")
def ukraine():
    return load_plan("ukraine-28-point")


def _points(plan) -> Counter:
    return Counter(p for t in plan.terms for p in t.points)


def _term(plan, point):
    matches = [t for t in plan.terms if point in t.points]
    assert len(matches) == 1, point
    return matches[0]


def _quantities(plan):
    return [(t.id, str(q.kind), q.value, q.unit) for t in plan.terms for q in t.quantities]


def test_gaza_identity(gaza):
    assert (gaza.id, gaza.aliases, gaza.date.isoformat(), gaza.points) == ("gaza-20-point", ["gaza"], "2025-09-29", 20)
    assert gaza.title == "Comprehensive Plan to End the Gaza Conflict"
    assert gaza.issued_by == ["united-states"]


def test_gaza_every_point_exactly_once(gaza):
    counts = _points(gaza)
    numbers = {int("".join(ch for ch in p if ch.isdigit())) for p in counts}
    assert numbers == set(range(1, 21))
    assert all(n == 1 for n in counts.values())


def test_gaza_sides(gaza):
    sides = {s.id: set(s.parties) for s in gaza.sides}
    assert sides["israeli"] == {"israel"}
    assert {"hamas", "palestinian-authority"} <= sides["palestinian"]
    assert "united-states" not in set().union(*sides.values())


def test_gaza_hostages_and_prisoners(gaza):
    t4, t5, t6 = _term(gaza, "4"), _term(gaza, "5"), _term(gaza, "6")
    assert t4.deadline.kind == "relative" and (t4.deadline.within.value, str(t4.deadline.within.unit)) == (72, "hours")
    assert "accept" in t4.deadline.from_.lower()
    assert ("time", 72, "hours") in [(k, v, u) for _, k, v, u in _quantities(gaza) if _ == t4.id]
    assert t4.id in t5.conditions and t4.id in t6.conditions
    q5 = [(str(q.kind), q.value, q.unit) for q in t5.quantities]
    assert ("people", 250, "prisoners") in q5 and ("people", 1700, "detainees") in q5
    assert any(k == "ratio" and v == 15 for k, v, _ in q5)


def test_gaza_immediate_terms(gaza):
    assert _term(gaza, "3").deadline.kind == "immediate"
    assert _term(gaza, "7").deadline.kind == "immediate"


def test_gaza_withdrawal_is_conditional_and_undated(gaza):
    t16 = _term(gaza, "16")
    assert t16.deadline is None and t16.modality == "conditional" and "withdrawal" in t16.topics
    isf = next(b for b in gaza.bodies if b.role == "stabilization-force")
    assert set(isf.established_by) & set(t16.conditions)
    assert _term(gaza, "13").id in t16.conditions


def test_gaza_bodies(gaza):
    board = next(b for b in gaza.bodies if b.role == "oversight-board")
    assert board.chair == "donald-trump" and "tony-blair" in board.members
    assert _term(gaza, "9").id in board.established_by
    roles = {str(b.role) for b in gaza.bodies}
    assert {"oversight-board", "transitional-administration", "stabilization-force"} <= roles
    t13 = _term(gaza, "13")
    assert t13.enforcement.monitors, "point 13 names independent monitors"


def test_gaza_buy_in_and_ultimatum(gaza):
    stances = {(c.party, str(c.stance)): c for c in gaza.consultations}
    assert stances[("israel", "accepted")].date.isoformat() == "2025-09-29"
    assert stances[("hamas", "partially-accepted")].date.isoformat() == "2025-10-03"
    for state in ("egypt", "qatar", "jordan", "saudi-arabia", "turkey"):
        assert (state, "accepted") in stances
    assert any("hamas" in x.applies_to for x in gaza.external_deadlines)
    assert _term(gaza, "19").modality == "hedged"


def test_ukraine_identity(ukraine):
    assert (ukraine.id, ukraine.aliases, ukraine.points, str(ukraine.status)) == ("ukraine-28-point", ["ukraine"], 28, "leaked-draft")


def test_ukraine_every_point_and_sub_point_exactly_once(ukraine):
    counts = _points(ukraine)
    assert all(n == 1 for n in counts.values())
    numbers = {int("".join(ch for ch in p if ch.isdigit())) for p in counts}
    assert numbers == set(range(1, 29))
    expected_subs = {"10": "abcd", "12": "abcdef", "13": "abc", "20": "abc", "21": "abcd", "24": "abcd"}
    for number, letters in expected_subs.items():
        assert {p for p in counts if p.startswith(number) and p[-1].isalpha()} == {number + x for x in letters}
    assert not {p for p in counts if p[-1].isalpha() and p[:-1] not in expected_subs}


def test_ukraine_numbers(ukraine):
    q = _quantities(ukraine)
    t6, t14, t19, t25 = (_term(ukraine, p).id for p in ("6", "14", "19", "25"))
    assert (t6, "personnel", 600000, "personnel") in q
    assert [x for x in q if x[0] == t14 and x[1] == "money"] == [(t14, "money", 100000000000, "USD")] * 2
    assert (t14, "share", 50, "percent") in q
    assert (t19, "share", 50, "percent") in q
    assert (t25, "time", 100, "days") in q


def test_ukraine_modality_deadlines_conditions(ukraine):
    assert _term(ukraine, "3").modality == "hedged"
    t25 = _term(ukraine, "25")
    assert t25.deadline.kind == "relative" and t25.deadline.within.value == 100 and str(t25.deadline.within.unit) == "days"
    t28 = _term(ukraine, "28")
    assert "ceasefire" in t28.topics and t28.modality == "conditional" and t28.deadline.kind == "immediate"
    t10 = _term(ukraine, "10").id
    for p in ("10b", "10d"):
        t = _term(ukraine, p)
        assert t10 in t.conditions and t.enforcement.consequence
    assert _term(ukraine, "10c").enforcement.consequence


def test_ukraine_bodies_and_enforcement(ukraine):
    council = next(b for b in ukraine.bodies if b.role == "oversight-board")
    assert council.chair == "donald-trump"
    t27 = _term(ukraine, "27")
    assert council.id in t27.enforcement.monitors and t27.enforcement.consequence
    group = next(b for b in ukraine.bodies if b.role == "security-working-group")
    assert set(group.members) == {"united-states", "russia"}
    assert any(b.role == "humanitarian-committee" for b in ukraine.bodies)
    t19 = _term(ukraine, "19")
    assert t19.enforcement.monitors


def test_ukraine_buy_in_and_ultimatum(ukraine):
    stances = {(c.party, str(c.stance)) for c in ukraine.consultations}
    for europe in ("european-union", "united-kingdom", "france", "germany"):
        assert (europe, "not-consulted") in stances
    assert ("united-states", "drafted") in stances
    [thanksgiving] = [x for x in ukraine.external_deadlines if x.by.isoformat() == "2025-11-27"]
    assert "ukraine" in thanksgiving.applies_to and thanksgiving.state == "eased"


def test_sides_are_the_belligerents(ukraine):
    assert {s.id: s.parties for s in ukraine.sides} == {"russian": ["russia"], "ukrainian": ["ukraine"]}


@pytest.mark.parametrize("plan_id", ["gaza-20-point", "ukraine-28-point"])
def test_every_term_cites_a_declared_source_and_quotes_are_short(plan_id):
    plan = load_plan(plan_id)
    sources = {s.id for s in plan.sources}
    for t in plan.terms:
        assert t.source in sources and set(t.see_also) <= sources
        assert t.quote is None or len(t.quote.split()) <= 12
        assert t.favours == "neutral" or t.rationale
    assert plan.review.status == "checked" and set(plan.review.checked_against) <= sources
