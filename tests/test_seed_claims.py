"""The seed article's claims (seeds/claims.yaml), checked against the engine's results.

Each check reads the computed diff (findings and measures) and, where a claim is about the
coded data itself, the plans. A claim the data does not support is recorded in claims.yaml
as `expect: contradicted` and shown in the test output; it is never deleted.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from plandiff.api import load_plan
from plandiff.diff import diff

CLAIMS = yaml.safe_load((ROOT / "seeds" / "claims.yaml").read_text())


@pytest.fixture(scope="module")
def ctx():
    a, b = load_plan(CLAIMS["a"]), load_plan(CLAIMS["b"])
    return a, b, diff(a, b)


def _finding(d, fid):
    return [f for f in d.findings if f.id == fid]


def _terms_depending_on(plan, term_id):
    """Terms that list term_id among their conditions, directly or through others."""
    graph = {t.id: set(t.conditions) for t in plan.terms}
    out = set()
    for t in graph:
        stack, seen = list(graph[t]), set()
        while stack:
            c = stack.pop()
            if c in seen:
                continue
            seen.add(c)
            stack.extend(graph.get(c, ()))
        if term_id in seen:
            out.add(t)
    return out


def shared_board_chaired_by_us_president(a, b, d):
    rows = [r for r in d.bodies if r.role == "oversight-board" and r.shared_chair]
    if not rows:
        return False, "no oversight board with a shared chair"
    chair_id = next(x.chair_id for x in rows[0].a)
    ok = all(any(p.id == chair_id and p.part_of == "united-states" and "President" in (p.role or "") for p in plan.parties) for plan in (a, b))
    return ok and bool(_finding(d, "shared-chair")), f"{rows[0].shared_chair} chairs {[x.name for x in rows[0].a]} and {[x.name for x in rows[0].b]}"


def both_low_enforcement(a, b, d):
    f = [x for x in _finding(d, "enforcement-low") if x.kind == "both"]
    return bool(f), f[0].text if f else "enforcement coverage is not low in both"


def both_turn_on_ceasefire(a, b, d):
    f = [x for x in _finding(d, "ceasefire") if x.kind == "both"]
    return bool(f), f[0].text if f else "a ceasefire term is missing from one plan"


def b_says_more_on_who_pays(a, b, d):
    f = _finding(d, "who-pays")
    return bool(f) and f[0].kind == "only-b", f[0].text if f else "no difference on who pays"


def _leans(t, side):
    ok = t.demand_toward == side and abs(t.demand_score) >= 0.25
    return ok, f"demands {t.demand_score:+.2f} toward {t.demand_toward}; all terms {t.score:+.2f} toward {t.toward}"


def a_tilts_toward_israeli(a, b, d):
    return _leans(d.measures["a"].tilt, "israeli")


def b_tilts_toward_russian(a, b, d):
    return _leans(d.measures["b"].tilt, "russian")


REBUILDING = {"reconstruction", "economic-development", "financing"}


def a_rebuilding_waits_on_hamas_disarmament(a, b, d):
    disarm = [t for t in a.terms if "demilitarisation" in t.topics and any(o.party == "hamas" for o in t.obligations)]
    waiting = {t.id: sorted(_terms_depending_on(a, t.id)) for t in disarm}
    rebuilding = {t.id for t in a.terms if REBUILDING & {str(x) for x in t.topics}}
    gated = sorted({w for ws in waiting.values() for w in ws} & rebuilding)
    return bool(gated), f"terms waiting on Hamas disarmament: {waiting}; rebuilding terms among them: {gated or 'none'}"


def a_withdrawal_undated_and_tied_to_force(a, b, d):
    forces = {t for body in a.bodies if body.role == "stabilization-force" for t in body.established_by}
    hits = [t for t in a.terms if "withdrawal" in t.topics and t.deadline is None and forces & set(t.conditions)]
    f = [x for x in _finding(d, "withdrawal-undated") if any(r.startswith(a.id + "#") for r in x.refs)]
    return bool(hits and f), f"undated withdrawal terms conditional on {sorted(forces)}: {[t.id for t in hits]}"


def b_europe_not_consulted(a, b, d):
    europe = {"european-union", "europe", "united-kingdom", "france", "germany"}
    left_out = {c.party for c in b.consultations if c.stance == "not-consulted"} & europe
    consulted = {c.party for c in b.consultations if c.stance in ("drafted", "consulted")} & europe
    return bool(left_out) and not consulted, f"not consulted: {sorted(left_out)}; consulted: {sorted(consulted)}"


def a_regional_buy_in(a, b, d):
    accepted = {c.party for c in a.consultations if c.stance in ("accepted", "partially-accepted")}
    wanted = {"egypt", "qatar", "jordan", "saudi-arabia"}
    f = [x for x in _finding(d, "third-party-acceptance") if x.kind in ("both", "only-a")]
    return wanted <= accepted and bool(f), f"accepted by {sorted(accepted)}"


def ultimatums_and_ukraine_eased(a, b, d):
    ua = [x for x in b.external_deadlines if x.by.isoformat() == "2025-11-27" and x.state == "eased" and "ukraine" in x.applies_to]
    gaza = [x for x in a.external_deadlines if "hamas" in x.applies_to]
    f = [x for x in _finding(d, "external-ultimatum") if x.kind == "both"]
    return bool(ua and gaza and f), f"ukraine: {[x.id for x in ua]}, gaza: {[x.id for x in gaza]}"


def b_ukraine_cedes_land_and_caps_army(a, b, d):
    land = [t for t in b.terms if "territory" in t.topics and any(o.party == "ukraine" for o in t.obligations)]
    cap = [t for t in b.terms if "force-limits" in t.topics and any(q.kind == "personnel" and q.value == 600000 for q in t.quantities)]
    return bool(land and cap), f"land: {[t.id for t in land]}, cap: {[t.id for t in cap]}"


def b_alliance_terms_favour_russia(a, b, d):
    terms = [t for t in b.terms if "alliance-membership" in t.topics]
    favour = [t.id for t in terms if t.favours == "russian"]
    return bool(terms) and len(favour) * 2 > len(terms), f"{len(favour)} of {len(terms)} alliance terms favour russian: {favour}"


CHECKS = {name: fn for name, fn in globals().items() if callable(fn) and name in {c.get("check") for c in CLAIMS["claims"]}}


@pytest.mark.parametrize("claim", CLAIMS["claims"], ids=lambda c: c["id"])
def test_seed_claim(claim, ctx, record_property):
    if claim.get("testable") is False:
        pytest.skip(f"not testable: {claim['why'].strip()}")
    supported, evidence = CHECKS[claim["check"]](*ctx)
    verdict = "supported" if supported else "contradicted"
    record_property("verdict", verdict)
    record_property("claim", claim["id"])
    record_property("evidence", evidence)
    print(f"\n[seed claim] {claim['id']}: {verdict} by the data - {evidence}")
    assert verdict == claim["expect"], f"claim {claim['id']!r} ({claim['claim']}) is {verdict} by the data, claims.yaml expects {claim['expect']}: {evidence}"


def test_every_testable_claim_has_a_check():
    for claim in CLAIMS["claims"]:
        assert claim.get("testable") is False or claim["check"] in CHECKS, claim["id"]
