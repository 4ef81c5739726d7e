"""What a reader sees, decided once: a Diff (or one plan's measures) laid out as a Document."""

from __future__ import annotations

from ..diff import Diff, PlanMeasures, TermRef
from .document import Bullets, Document, Paragraph, Section, Table

DASH = "-"
LEGEND = "Cells list terms as `id favours modality`; +E = names a monitor or mechanism, +C = states a consequence, +D = has a deadline. Favours and modality are coded judgements (see each term's rationale in the plan file). PA-X codes: ~ approximate mapping; 'none' = no PA-X category."


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def term_cell(t: TermRef) -> str:
    flags = ("+E" if t.enforced else "") + ("+C" if t.consequence else "") + ("+D" if t.deadline else "")
    return f"{t.term} {t.favours} {t.modality}" + (f" {flags}" if flags else "")


def _terms_cell(terms: list[TermRef]) -> str:
    return "\n".join(term_cell(t) for t in terms) if terms else DASH


def _ids(terms: list[TermRef]) -> str:
    return ", ".join(t.term for t in terms) if terms else "none"


def _overview(d: Diff) -> Section:
    a, b = d.a, d.b
    rows = [
        ["Title", a.title, b.title],
        ["Conflict", a.conflict, b.conflict],
        ["Date", a.date, b.date],
        ["Status", a.status, b.status],
        ["Issued by", ", ".join(a.issued_by), ", ".join(b.issued_by)],
        ["Points / terms", f"{a.points} / {a.terms}", f"{b.points} / {b.terms}"],
        ["Source confidence", a.confidence, b.confidence],
        ["Sources / review", f"{a.sources} / {a.review}", f"{b.sources} / {b.review}"],
    ]
    if a.lineage or b.lineage:
        rows.append(["Lineage", a.lineage or DASH, b.lineage or DASH])
    return Section("overview", "Overview", [Table(["", a.id, b.id], rows)])


def _parties(d: Diff) -> Section:
    p = d.parties
    sides = Table(["Plan", "Side", "Parties"], [[pp.plan, s.name, ", ".join(s.parties)] for pp in (p.a, p.b) for s in pp.sides], title="Sides")
    others = Table(["Plan", "Parties on no side"], [[pp.plan, ", ".join(pp.others) or DASH] for pp in (p.a, p.b)])
    buy = Table(
        ["Plan", "Party", "Side", "Stance", "Date"],
        [[pp.plan, c.name, c.side or DASH, c.stance, c.date or DASH] for pp in (p.a, p.b) for c in pp.consultations],
        title="Buy-in (who drafted, was consulted, accepted or was left out)",
    )
    shared = Paragraph(f"Parties named by both plans: {', '.join(p.shared_names) or 'none'}.")
    return Section("parties", "Parties and buy-in", [sides, others, buy, shared])


def _tilt(d: Diff) -> Section:
    ma, mb = d.measures["a"], d.measures["b"]

    def favours(x: PlanMeasures) -> str:
        return ", ".join(f"{k} {v}" for k, v in x.tilt.by_side.items()) or DASH

    def weighted(x: PlanMeasures) -> str:
        return ", ".join(f"{k} {round(v, 2):g}" for k, v in x.tilt.weights.items()) or DASH

    def score(x: PlanMeasures, demands: bool = False) -> str:
        value, toward = (x.tilt.demand_score, x.tilt.demand_toward) if demands else (x.tilt.score, x.tilt.toward)
        if value is None:
            return "n/a (fewer than two sides)"
        return f"{value:+.2f}" + (f" toward {toward}" if toward else " (even)")

    def demand_weighted(x: PlanMeasures) -> str:
        return ", ".join(f"{k} {round(v, 2):g}" for k, v in x.tilt.demand_weights.items()) or DASH

    tilt = Table(
        ["Terms coded as favouring", d.a.id, d.b.id],
        [
            ["a side", favours(ma), favours(mb)],
            ["balanced", str(ma.tilt.balanced), str(mb.tilt.balanced)],
            ["neutral", str(ma.tilt.neutral), str(mb.tilt.neutral)],
            ["points' weight, all terms", weighted(ma), weighted(mb)],
            ["tilt score, all terms", score(ma), score(mb)],
            ["points' weight, demands", demand_weighted(ma), demand_weighted(mb)],
            ["tilt score, demands", score(ma, True), score(mb, True)],
        ],
        title="Tilt (coded judgements)",
    )
    burden = Table(
        ["Plan", "Bearer", "binding", "conditional", "hedged", "aspirational", "total"],
        [[x.plan, r.bearer + (" (side)" if r.is_side else ""), str(r.binding), str(r.conditional), str(r.hedged), str(r.aspirational), str(r.total)] for x in (ma, mb) for r in x.burden],
        title="Burden: obligations per side or party, by the term's modality",
        numeric=(2, 3, 4, 5, 6),
    )
    note = Paragraph(
        "Tilt score = (W1 - W2) / (W1 + W2 + W balanced) over the first two sides, where each numbered point weighs 1, "
        "shared by the terms that code it (so splitting a point into sub-points does not change the score); neutral terms are left out. "
        "Demands are the binding or conditional terms that name who must act: what the plan actually requires of someone."
    )
    return Section("tilt", "Tilt and burden", [tilt, note, burden])


def _topics(d: Diff) -> Section:
    rows = []
    for r in d.topics:
        pax = ", ".join(r.pax) if r.pax else "none"
        if r.pax_match == "approximate":
            pax += " ~"
        elif r.pax_match == "none" and r.pax:
            pax = f"none (cf. {pax})"
        rows.append([r.label, pax, _terms_cell(r.a), _terms_cell(r.b)])
    table = Table(["Topic", "PA-X", d.a.id, d.b.id], rows)
    only_a = [r.label for r in d.topics if r.coverage == "only-a"]
    only_b = [r.label for r in d.topics if r.coverage == "only-b"]
    both = sum(1 for r in d.topics if r.coverage == "both")
    summary = Paragraph(
        f"{both} topics in both; only {d.a.id}: {', '.join(only_a) or 'none'}; only {d.b.id}: {', '.join(only_b) or 'none'}."
    )
    return Section("topics", "Topic alignment", [Paragraph(LEGEND), table, summary])


def _bodies(d: Diff) -> Section:
    def cell(bodies) -> str:
        if not bodies:
            return DASH
        return "\n".join(f"{x.name}" + (f" (chair: {x.chair})" if x.chair else " (no chair named)") + (f" [{x.confidence}]" if x.confidence != "high" else "") for x in bodies)

    rows = [[r.role, cell(r.a), cell(r.b)] for r in d.bodies]
    blocks: list = [Table(["Role", d.a.id, d.b.id], rows)]
    shared = [f"Both have a body of role {r.role} chaired by {r.shared_chair}." for r in d.bodies if r.shared_chair]
    if shared:
        blocks.append(Bullets(shared))
    return Section("bodies", "Implementation bodies (aligned by role)", blocks)


def _enforcement(d: Diff) -> Section:
    ea, eb = d.measures["a"].enforcement, d.measures["b"].enforcement
    table = Table(
        ["", d.a.id, d.b.id],
        [
            ["Obligation-bearing terms", str(ea.obligation_terms), str(eb.obligation_terms)],
            ["Name a monitor or mechanism", f"{ea.enforced} ({_pct(ea.coverage)})", f"{eb.enforced} ({_pct(eb.coverage)})"],
            ["State a consequence of breach", f"{ea.with_consequence} ({_pct(ea.consequence_coverage)})", f"{eb.with_consequence} ({_pct(eb.consequence_coverage)})"],
            ["Gaps (neither)", str(len(ea.gaps)), str(len(eb.gaps))],
        ],
    )
    gaps = Bullets([f"{d.a.id} gaps: {_ids(ea.gaps)}", f"{d.b.id} gaps: {_ids(eb.gaps)}"])
    return Section("enforcement", "Enforcement gaps", [table, gaps])


def _deadlines(d: Diff) -> Section:
    da, db = d.measures["a"].deadlines, d.measures["b"].deadlines
    table = Table(
        ["", d.a.id, d.b.id],
        [
            ["Obligation-bearing terms dated", f"{da.dated_obligation_terms} of {da.obligation_terms} ({_pct(da.coverage)})", f"{db.dated_obligation_terms} of {db.obligation_terms} ({_pct(db.coverage)})"],
            ["Conditional terms", str(da.conditional_terms), str(db.conditional_terms)],
            ["Longest condition chain", " -> ".join(da.longest_chain) or DASH, " -> ".join(db.longest_chain) or DASH],
            ["Most waited-on terms", ", ".join(f"{t} ({n})" for t, n in da.keystones) or DASH, ", ".join(f"{t} ({n})" for t, n in db.keystones) or DASH],
        ],
    )
    dated = Table(["Plan", "Term", "Points", "Deadline"], [[p, x.term, x.points, x.deadline] for p, dl in ((d.a.id, da), (d.b.id, db)) for x in dl.dated], title="Dated terms")
    blocks = [table, dated]
    ext = [[p, x.set_by, ", ".join(x.applies_to), x.by, x.state + (f" {x.changed_on}" if x.changed_on else "")] for p, dl in ((d.a.id, da), (d.b.id, db)) for x in dl.external]
    if ext:
        blocks.append(Table(["Plan", "Set by", "For", "By", "State"], ext, title="Deadlines set outside the text"))
    return Section("deadlines", "Deadlines and sequencing", blocks)


def _language(d: Diff) -> Section:
    la, lb = d.measures["a"].language, d.measures["b"].language
    rows = [[k, f"{la.counts[k]} ({_pct(la.shares[k])})", f"{lb.counts[k]} ({_pct(lb.shares[k])})"] for k in la.counts]
    hedged = Bullets([
        f"{d.a.id} hedged: {_ids(la.hedged)}",
        f"{d.b.id} hedged: {_ids(lb.hedged)}",
        f"{d.a.id} firm but naming no one to act: {', '.join(la.unassigned) or 'none'}",
        f"{d.b.id} firm but naming no one to act: {', '.join(lb.unassigned) or 'none'}",
    ])
    return Section("language", "Language: binding vs hedged", [Table(["Modality", d.a.id, d.b.id], rows), hedged])


def _quantities(d: Diff) -> Section:
    rows = [[x.plan, q.kind, q.term, q.shown, q.note or ""] for x in (d.measures["a"], d.measures["b"]) for q in x.quantities]
    return Section("quantities", "Quantities", [Table(["Plan", "Kind", "Term", "Value", "Note"], rows) if rows else Paragraph("No quantities in either plan.")])


def _findings(d: Diff) -> Section:
    items = [f"{f.text} [{', '.join(f.refs[:8])}{' ...' if len(f.refs) > 8 else ''}]" if f.refs else f.text for f in d.findings]
    return Section("findings", "Findings", [Bullets(items, numbered=True) if items else Paragraph("No findings.")])


_SECTIONS = {
    "overview": _overview,
    "parties": _parties,
    "tilt": _tilt,
    "topics": _topics,
    "bodies": _bodies,
    "enforcement": _enforcement,
    "deadlines": _deadlines,
    "language": _language,
    "quantities": _quantities,
    "findings": _findings,
}


def diff_document(d: Diff) -> Document:
    doc = Document(f"plandiff: {d.a.id} vs {d.b.id}", f"{d.a.title} ({d.a.date}) compared with {d.b.title} ({d.b.date})", [])
    for key in d.dimensions:
        doc.sections.append(_SECTIONS[key](d))
    return doc


def profile_document(p) -> Document:
    """`plandiff show`: the same tables as the diff, for one plan."""
    r, m = p.plan, p.measures
    doc = Document(f"plandiff: {r.id}", f"{r.title} ({r.date}, {r.status})", [])
    over = Table(["", r.id], [
        ["Conflict", r.conflict], ["Issued by", ", ".join(r.issued_by)], ["Points / terms", f"{r.points} / {r.terms}"],
        ["Source confidence", r.confidence], ["Sources / review", f"{r.sources} / {r.review}"], ["Lineage", r.lineage or DASH],
    ])
    doc.sections.append(Section("overview", "Overview", [over]))
    sides = Table(["Side", "Parties"], [[s.name, ", ".join(s.parties)] for s in p.parties.sides] + [["(no side)", ", ".join(p.parties.others) or DASH]])
    buy = Table(["Party", "Side", "Stance", "Date"], [[c.name, c.side or DASH, c.stance, c.date or DASH] for c in p.parties.consultations], title="Buy-in")
    doc.sections.append(Section("parties", "Parties and buy-in", [sides, buy]))
    def shown(value, toward) -> str:
        return "n/a" if value is None else f"{value:+.2f}" + (f" toward {toward}" if toward else "")

    rows = [[k, str(v), f"{round(m.tilt.weights[k], 2):g}", f"{round(m.tilt.demand_weights[k], 2):g}"] for k, v in m.tilt.by_side.items()]
    rows += [[k, str(getattr(m.tilt, k)), f"{round(m.tilt.weights[k], 2):g}", f"{round(m.tilt.demand_weights[k], 2):g}"] for k in ("balanced", "neutral")]
    rows.append(["tilt score", "", shown(m.tilt.score, m.tilt.toward), shown(m.tilt.demand_score, m.tilt.demand_toward)])
    tilt = Table(["Favours", "Terms", "Weight, all terms", "Weight, demands"], rows, title="Tilt (coded judgements)", numeric=(1, 2, 3))
    burden = Table(["Bearer", "binding", "conditional", "hedged", "aspirational", "total"], [[b.bearer + (" (side)" if b.is_side else ""), str(b.binding), str(b.conditional), str(b.hedged), str(b.aspirational), str(b.total)] for b in m.burden], title="Burden", numeric=(1, 2, 3, 4, 5))
    doc.sections.append(Section("tilt", "Tilt and burden", [tilt, burden]))
    bodies = Table(["Body", "Role", "Chair", "Established by"], [[b.name, b.role, b.chair or DASH, ", ".join(b.established_by) or DASH] for b in p.bodies])
    doc.sections.append(Section("bodies", "Implementation bodies", [bodies]))
    e = m.enforcement
    doc.sections.append(Section("enforcement", "Enforcement", [Table(["", r.id], [
        ["Obligation-bearing terms", str(e.obligation_terms)],
        ["Name a monitor or mechanism", f"{e.enforced} ({_pct(e.coverage)})"],
        ["State a consequence", f"{e.with_consequence} ({_pct(e.consequence_coverage)})"],
    ]), Paragraph(f"Gaps: {_ids(e.gaps)}")]))
    d = m.deadlines
    blocks = [Table(["", r.id], [
        ["Obligation-bearing terms dated", f"{d.dated_obligation_terms} of {d.obligation_terms} ({_pct(d.coverage)})"],
        ["Conditional terms", str(d.conditional_terms)],
        ["Longest condition chain", " -> ".join(d.longest_chain) or DASH],
        ["Most waited-on terms", ", ".join(f"{t} ({n})" for t, n in d.keystones) or DASH],
    ]), Table(["Term", "Points", "Deadline"], [[x.term, x.points, x.deadline] for x in d.dated], title="Dated terms")]
    if d.external:
        blocks.append(Table(["Set by", "For", "By", "State"], [[x.set_by, ", ".join(x.applies_to), x.by, x.state + (f" {x.changed_on}" if x.changed_on else "")] for x in d.external], title="Deadlines set outside the text"))
    doc.sections.append(Section("deadlines", "Deadlines and sequencing", blocks))
    lang = m.language
    doc.sections.append(Section("language", "Language", [Table(["Modality", "Terms"], [[k, f"{lang.counts[k]} ({_pct(lang.shares[k])})"] for k in lang.counts]), Paragraph(f"Hedged: {_ids(lang.hedged)}. Firm but naming no one to act: {', '.join(lang.unassigned) or 'none'}.")]))
    q = [[x.kind, x.term, x.shown, x.note or ""] for x in m.quantities]
    doc.sections.append(Section("quantities", "Quantities", [Table(["Kind", "Term", "Value", "Note"], q) if q else Paragraph("No quantities.")]))
    return doc
