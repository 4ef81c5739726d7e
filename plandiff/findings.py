"""Findings: sentences computed from two plans' data, each with its supporting references.

Every rule here is generic: it reads only the coded data and the controlled vocabularies
(topics, body roles, modalities), never a particular plan's ids. A rule that finds nothing
to say says nothing.
"""

from __future__ import annotations

from . import measures as m
from .align import BodyPair, TopicPair, topic_label
from .diff import Finding

LOW = 0.5  # "most obligations" threshold for coverage findings


_ROLE = {
    "oversight-board": "oversight board",
    "transitional-administration": "transitional administration",
    "stabilization-force": "stabilization force",
    "monitoring": "monitoring body",
    "security-working-group": "security working group",
    "humanitarian-committee": "humanitarian committee",
    "technical-agency": "technical agency role",
    "dialogue-forum": "dialogue forum",
    "development-panel": "development panel",
    "guarantor-group": "group of guarantors",
    "other": "body of another kind",
}


def _n(count: int, noun: str, plural: str | None = None) -> str:
    """'1 term', '3 terms'."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"


def _dedupe(refs: list[str]) -> list[str]:
    return list(dict.fromkeys(refs))


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def _refs(plan, ids) -> list[str]:
    return [f"{plan.id}#{i}" for i in ids]


def _list(items: list[str], limit: int = 6) -> str:
    items = list(items)
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    return ", ".join(items)


def _side_name(plan, side_id: str | None) -> str:
    """'the Israeli side' from a side named 'Israeli' or 'Israeli side'."""
    for s in plan.sides:
        if s.id == side_id:
            return s.name if s.name.lower().endswith("side") else f"{s.name} side"
    return side_id or "neither side"


def _pair_kind(in_a: bool, in_b: bool) -> str | None:
    return "both" if in_a and in_b else "only-a" if in_a else "only-b" if in_b else None


def _bodies(a, b, rows: list[BodyPair]) -> list[Finding]:
    out = []
    names = {**m.party_names(b), **m.party_names(a)}
    for row in rows:
        role = _ROLE.get(row.role, row.role.replace("-", " "))
        refs = _refs(a, [x.id for x in row.a]) + _refs(b, [x.id for x in row.b])
        if row.a and row.b and row.shared_chair:
            chair = names.get(row.shared_chair, row.shared_chair)
            text = (
                f"Both plans create {_a(role)} chaired by {chair}: "
                f"{a.id} the {_list([x.name for x in row.a])}, {b.id} the {_list([x.name for x in row.b])}."
            )
            out.append(Finding(id="shared-chair", kind="both", dimension="bodies", text=text, refs=refs))
        elif row.a and row.b:
            text = f"Both plans rely on {_a(role)}: {a.id} the {_list([x.name for x in row.a])}, {b.id} the {_list([x.name for x in row.b])}."
            out.append(Finding(id="shared-body-role", kind="both", dimension="bodies", text=text, refs=refs))
        else:
            plan, bodies = (a, row.a) if row.a else (b, row.b)
            kind = "only-a" if row.a else "only-b"
            text = f"Only {plan.id} creates {_a(role)}: the {_list([x.name for x in bodies])}."
            out.append(Finding(id="only-body-role", kind=kind, dimension="bodies", text=text, refs=refs))
    return out


def _lean(plan, score: float | None, toward: str | None) -> str:
    if score is None:
        return "n/a"
    return f"{score:+.2f} toward the {_side_name(plan, toward)}" if toward else "+0.00 (even)"


def _tilt(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    """Whom the demands favour (binding or conditional terms naming who must act), with the all-terms score beside it."""
    kind = _pair_kind(pa.tilt.demand_toward is not None, pb.tilt.demand_toward is not None)
    if kind is None:
        return []
    parts = []
    refs = []
    for plan, prof in ((a, pa), (b, pb)):
        t = prof.tilt
        parts.append(f"{plan.id} {_lean(plan, t.demand_score, t.demand_toward)} (all terms: {_lean(plan, t.score, t.toward)})")
        if t.demand_toward:
            refs += _refs(plan, [x.id for x in plan.terms if x.favours == t.demand_toward and m.is_demand(x)])
    lead = "Both plans' demands lean to one side" if kind == "both" else "Only one plan's demands lean to one side"
    return [Finding(id="tilt", kind=kind, dimension="tilt", text=f"{lead}: " + "; ".join(parts) + ". Favour codings are judgements; see each term's rationale.", refs=refs)]


def _burden(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    """Who carries the obligations, set against whom the terms favour."""
    hits = {}
    for plan, prof in ((a, pa), (b, pb)):
        sides = [s.id for s in plan.sides]
        favoured = prof.tilt.demand_toward
        if len(sides) < 2 or not favoured:
            continue
        loads = {s: prof.burden.total(s) for s in sides}
        heaviest = max(sides, key=lambda s: loads[s])
        if heaviest != favoured and loads[heaviest] > loads[favoured]:
            hits[plan.id] = (plan, heaviest, loads)
    if not hits:
        return []
    kind = _pair_kind(a.id in hits, b.id in hits)
    parts = []
    refs = []
    for plan, heaviest, loads in hits.values():
        others = ", ".join(f"{_side_name(plan, s)}: {n}" for s, n in loads.items() if s != heaviest)
        parts.append(f"in {plan.id} the {_side_name(plan, heaviest)} carries {_n(loads[heaviest], 'obligation')} ({others})")
        members = {p for s in plan.sides if s.id == heaviest for p in s.parties}
        refs += _refs(plan, [t.id for t in plan.terms if any(o.party in members for o in t.obligations)])
    lead = "In both plans the side that carries most obligations is not the side the demands favour: " if kind == "both" else "The side that carries most obligations is not the side the demands favour: "
    return [Finding(id="burden-against-tilt", kind=kind, dimension="tilt", text=lead + "; ".join(parts) + ".", refs=refs)]


def _coverage(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    out = []
    specs = [
        ("enforcement-low", "names a monitor or mechanism for", lambda p: p.enforcement.coverage, lambda p: len(p.enforcement.enforced), "most of their demands without a named monitor or mechanism"),
        ("consequence-low", "states a consequence of breach for", lambda p: p.enforcement.consequence_coverage, lambda p: len(p.enforcement.with_consequence), "most of their demands without a stated consequence of breach"),
    ]
    for fid, verb, cov, num, summary in specs:
        low_a, low_b = cov(pa) < LOW, cov(pb) < LOW
        kind = _pair_kind(low_a, low_b)
        if kind is None:
            continue
        parts = [f"{plan.id} {verb} {num(p)} of {len(p.enforcement.obligation_terms)} obligation-bearing terms ({_pct(cov(p))})" for plan, p in ((a, pa), (b, pb))]
        lead = f"Both plans leave {summary}" if kind == "both" else f"Only {(a if low_a else b).id} leaves {summary.replace('their', 'its')}"
        refs = _refs(a, pa.enforcement.gaps) + _refs(b, pb.enforcement.gaps)
        out.append(Finding(id=fid, kind=kind, dimension="enforcement", text=f"{lead}: " + "; ".join(parts) + ".", refs=refs))
    return out


def _deadlines(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    out = []
    low_a, low_b = pa.deadlines.coverage < LOW, pb.deadlines.coverage < LOW
    kind = _pair_kind(low_a, low_b)
    if kind:
        parts = [f"{plan.id} dates {p.deadlines.dated_obligation_terms} of {p.deadlines.obligation_terms} obligation-bearing terms ({_pct(p.deadlines.coverage)})" for plan, p in ((a, pa), (b, pb))]
        lead = "Both plans leave most obligations undated" if kind == "both" else f"Only {(a if low_a else b).id} leaves most obligations undated"
        refs = _refs(a, [t[0] for t in pa.deadlines.dated]) + _refs(b, [t[0] for t in pb.deadlines.dated])
        out.append(Finding(id="deadlines-sparse", kind=kind, dimension="deadlines", text=f"{lead}: " + "; ".join(parts) + ".", refs=refs))
    kind = _pair_kind(bool(a.external_deadlines), bool(b.external_deadlines))
    if kind:
        names = {**m.party_names(b), **m.party_names(a)}
        parts = []
        refs = []
        for plan in (a, b):
            for x in plan.external_deadlines:
                state = f", later {x.state}" + (f" ({x.changed_on.isoformat()})" if x.changed_on else "") if str(x.state) != "open" else ""
                parts.append(f"{plan.id}: {names.get(x.set_by, x.set_by)} set {', '.join(names.get(p, p) for p in x.applies_to)} a deadline of {x.by.isoformat()}{state}")
                refs.append(f"{plan.id}#{x.id}")
        lead = "Both plans came with an ultimatum set outside the text" if kind == "both" else "Only one plan came with an ultimatum set outside the text"
        out.append(Finding(id="external-ultimatum", kind=kind, dimension="deadlines", text=f"{lead}: " + "; ".join(parts) + ".", refs=refs))
    hits = {}
    for plan in (a, b):
        terms = [t for t in plan.terms if "withdrawal" in t.topics and t.deadline is None and (t.conditions or t.condition_text)]
        if terms:
            hits[plan.id] = (plan, terms)
    kind = _pair_kind(a.id in hits, b.id in hits)
    if kind:
        parts = []
        refs = []
        for plan, terms in hits.values():
            for t in terms:
                waits = ", ".join(t.conditions) if t.conditions else (t.condition_text or "")
                parts.append(f"{plan.id} {t.id} (point {', '.join(t.points)}) has no deadline and waits on {waits}")
                refs += _refs(plan, [t.id] + list(t.conditions))
        lead = "In both plans, a withdrawal of forces is undated and conditional" if kind == "both" else "Withdrawal of forces is undated and conditional"
        out.append(Finding(id="withdrawal-undated", kind=kind, dimension="deadlines", text=f"{lead}: " + "; ".join(parts) + ".", refs=_dedupe(refs)))
    return out


def _ceasefire(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    per = {}
    for plan, prof in ((a, pa), (b, pb)):
        terms = [t for t in plan.terms if "ceasefire" in t.topics]
        if terms:
            per[plan.id] = (plan, terms, prof.conditionality.dependents)
    kind = _pair_kind(a.id in per, b.id in per)
    if kind is None:
        return []
    parts = []
    refs = []
    for plan, terms, dependents in per.values():
        bits = []
        for t in terms:
            facts = [str(t.modality)]
            if t.conditions:
                facts.append("waits on " + ", ".join(t.conditions))
            if t.condition_text:
                facts.append(t.condition_text)
            if t.deadline:
                facts.append(m.describe_deadline(t.deadline))
            if dependents.get(t.id):
                facts.append(f"{_n(dependents[t.id], 'term')} {'waits' if dependents[t.id] == 1 else 'wait'} on it")
            bits.append(f"{t.id} ({'; '.join(facts)})")
            refs.append(f"{plan.id}#{t.id}")
        parts.append(f"{plan.id}: {_list(bits, 3)}")
    lead = "Both plans turn on a ceasefire" if kind == "both" else "Only one plan provides for a ceasefire"
    return [Finding(id="ceasefire", kind=kind, dimension="topics", text=f"{lead}. " + "; ".join(parts) + ".", refs=refs)]


def _topics(a, b, rows: list[TopicPair]) -> list[Finding]:
    out = []
    both = [r for r in rows if r.coverage == "both"]
    if both:
        refs = [f"{a.id}#{t.id}" for r in both for t in r.a] + [f"{b.id}#{t.id}" for r in both for t in r.b]
        out.append(Finding(id="topics-shared", kind="both", dimension="topics", text=f"Both plans cover {_n(len(both), 'topic')}: {_list([topic_label(r.topic).lower() for r in both], 12)}.", refs=_dedupe(refs)))
    for side, plan in (("only-a", a), ("only-b", b)):
        only = [r for r in rows if r.coverage == side]
        if only:
            refs = [f"{plan.id}#{t.id}" for r in only for t in (r.a if side == "only-a" else r.b)]
            out.append(Finding(id="topics-only", kind=side, dimension="topics", text=f"Only {plan.id} covers {_n(len(only), 'topic')}: {_list([topic_label(r.topic).lower() for r in only], 12)}.", refs=_dedupe(refs)))
    return out


def _who_pays(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    """Reconstruction money: financing terms, the payers they name, and money figures."""
    stats = {}
    for plan, prof in ((a, pa), (b, pb)):
        terms = [t for t in plan.terms if "financing" in t.topics or "frozen-assets" in t.topics]
        payers = sorted({o.party for t in terms for o in t.obligations})
        money = prof.quantities.get("money", [])
        stats[plan.id] = (plan, terms, payers, money)
    (_, ta, _, money_a), (_, tb, _, money_b) = stats[a.id], stats[b.id]
    score_a, score_b = (len(money_a), len(ta)), (len(money_b), len(tb))
    if score_a == score_b:
        return []
    more, less = (stats[a.id], stats[b.id]) if score_a > score_b else (stats[b.id], stats[a.id])
    names = {**m.party_names(b), **m.party_names(a)}

    def describe(entry):
        plan, terms, payers, money = entry
        figures = ", ".join(f"{m.format_quantity(q.value, q.unit)} ({q.term})" for q in money) or "no money figures"
        who = f"obliging {', '.join(names.get(p, p) for p in payers)}" if payers else "with no party obliged to pay"
        return f"{plan.id} has {_n(len(terms), 'financing term')} {who}, and {figures}"

    kind = "only-a" if more[0] is a else "only-b"
    refs = _refs(more[0], [t.id for t in more[1]]) + _refs(less[0], [t.id for t in less[1]])
    return [Finding(id="who-pays", kind=kind, dimension="quantities", text=f"{more[0].id} says more about who pays: {describe(more)}; {describe(less)}.", refs=refs)]


def _language(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    ha, hb = pa.language.share("hedged"), pb.language.share("hedged")
    if ha == hb:
        return []
    more, p_more, less, p_less = (a, pa, b, pb) if ha > hb else (b, pb, a, pa)
    kind = "only-a" if more is a else "only-b"
    text = (
        f"{more.id} hedges more: {p_more.language.counts['hedged']} of {p_more.language.total} terms ({_pct(p_more.language.share('hedged'))}) {'is' if p_more.language.counts['hedged'] == 1 else 'are'} hedged, "
        f"against {p_less.language.counts['hedged']} of {p_less.language.total} ({_pct(p_less.language.share('hedged'))}) in {less.id}; "
        f"binding terms: {_pct(pa.language.share('binding'))} in {a.id}, {_pct(pb.language.share('binding'))} in {b.id}."
    )
    return [Finding(id="hedging", kind=kind, dimension="language", text=text, refs=_refs(more, p_more.language.hedged_terms))]


def _unassigned(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    """Firm wording that obliges no one: a term can be 'binding' and still bind nobody."""
    ua, ub = pa.language.unassigned, pb.language.unassigned
    firm = lambda p: p.language.counts["binding"] + p.language.counts["conditional"]  # noqa: E731
    kind = _pair_kind(bool(ua), bool(ub))
    if kind is None:
        return []
    parts = [f"{plan.id} {len(p.language.unassigned)} of {firm(p)}" for plan, p in ((a, pa), (b, pb))]
    lead = "Both plans word terms firmly without saying who must act" if kind == "both" else f"Only {(a if ua else b).id} words terms firmly without saying who must act"
    return [Finding(id="unassigned", kind=kind, dimension="language", text=f"{lead}: " + ", ".join(parts) + " binding or conditional terms name no obligated party.", refs=_refs(a, ua) + _refs(b, ub))]


def _buy_in(a, b) -> list[Finding]:
    out = []
    for plan, kind in ((a, "only-a"), (b, "only-b")):
        sides = m.side_of(plan)
        names = m.party_names(plan)
        accepted = [c for c in plan.consultations if str(c.stance) in ("accepted", "partially-accepted") and c.party not in sides]
        left_out = [c for c in plan.consultations if str(c.stance) == "not-consulted"]
        if accepted:
            out.append((kind, "third-party-acceptance", plan, accepted, f"{plan.id} records acceptance by {_n(len(accepted), 'party', 'parties')} on no side: {_list([names.get(c.party, c.party) for c in accepted], 10)}"))
        if left_out:
            out.append((kind, "not-consulted", plan, left_out, f"{plan.id} records {_n(len(left_out), 'party', 'parties')} as not consulted: {_list([names.get(c.party, c.party) for c in left_out], 10)}"))
    findings = []
    for fid in ("third-party-acceptance", "not-consulted"):
        rows = [r for r in out if r[1] == fid]
        if not rows:
            continue
        kind = "both" if len(rows) == 2 else rows[0][0]
        refs = [f"{r[2].id}#consultation:{c.party}" for r in rows for c in r[3]]
        findings.append(Finding(id=fid, kind=kind, dimension="parties", text="; ".join(r[4] for r in rows) + ".", refs=refs))
    return findings


def _keystones(a, b, pa: m.Profile, pb: m.Profile) -> list[Finding]:
    parts = []
    refs = []
    for plan, prof in ((a, pa), (b, pb)):
        if prof.conditionality.keystones:
            term, n = prof.conditionality.keystones[0]
            t = next(x for x in plan.terms if x.id == term)
            chain = " -> ".join(prof.conditionality.longest_chain)
            parts.append(f"in {plan.id}, {_n(n, 'term')} {'waits' if n == 1 else 'wait'} on {term} (point {', '.join(t.points)}; longest chain {chain or term})")
            refs.append(f"{plan.id}#{term}")
    if not parts:
        return []
    kind = "both" if len(parts) == 2 else ("only-a" if refs[0].startswith(a.id + "#") else "only-b")
    return [Finding(id="keystone", kind=kind, dimension="deadlines", text="Sequencing: " + "; ".join(parts) + ".", refs=refs)]


def findings(a, b, pa: m.Profile, pb: m.Profile, topics: list[TopicPair], bodies: list[BodyPair]) -> list[Finding]:
    """All findings, grouped in the order a reader meets the dimensions.

    ``topics`` and ``bodies`` are the alignments the diff already computed (align_topics,
    align_bodies), passed in so that they are built once.
    """
    return [
        *_buy_in(a, b),
        *_tilt(a, b, pa, pb),
        *_burden(a, b, pa, pb),
        *_ceasefire(a, b, pa, pb),
        *_topics(a, b, topics),
        *_bodies(a, b, bodies),
        *_coverage(a, b, pa, pb),
        *_deadlines(a, b, pa, pb),
        *_keystones(a, b, pa, pb),
        *_language(a, b, pa, pb),
        *_unassigned(a, b, pa, pb),
        *_who_pays(a, b, pa, pb),
    ]
