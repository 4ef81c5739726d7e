"""The comparison of two plans, as one value.

The output's shape is declared once, as TypedDicts: pydantic generates
``schemas/diff.schema.json`` from them, and building one costs no more than a dict (the diff
runs on every `plandiff A B`; model classes would cost more than the whole comparison).
``diff(a, b)`` returns that tree as ``Record``s, read with dots; ``to_json`` prints it.
Renderers only format a Diff; nothing here prints.
"""

from __future__ import annotations

import json
from typing import Literal, Optional

from typing_extensions import TypedDict

from . import measures as m
from .align import align_bodies, align_parties, align_topics, topic_label

DIFF_SCHEMA_VERSION = 1
DIMENSIONS = ("overview", "parties", "tilt", "topics", "bodies", "enforcement", "deadlines", "language", "quantities", "findings")



class PlanRef(TypedDict):
    """A plan's identity card."""

    id: str
    title: str
    aliases: list[str]
    conflict: str
    date: str
    status: str
    issued_by: list[str]
    points: int
    terms: int
    confidence: str
    sources: int
    review: str
    lineage: Optional[str]


class TermRef(TypedDict):
    """One term, as evidence."""

    plan: str
    term: str
    points: str
    summary: str
    modality: str
    favours: str
    enforced: bool
    consequence: bool
    deadline: Optional[str]
    confidence: str


class Side(TypedDict):
    id: str
    name: str
    parties: list[str]


class BuyIn(TypedDict):
    party: str
    name: str
    stance: str
    date: Optional[str]
    side: Optional[str]


class PlanParties(TypedDict):
    plan: str
    sides: list[Side]
    others: list[str]
    consultations: list[BuyIn]


class Parties(TypedDict):
    a: PlanParties
    b: PlanParties
    shared: list[str]
    shared_names: list[str]
    only_a: list[str]
    only_b: list[str]


class BurdenRow(TypedDict):
    bearer: str
    is_side: bool
    binding: int
    conditional: int
    hedged: int
    aspirational: int
    total: int


class TiltOut(TypedDict):
    """Terms coded as favouring each side; scores weigh each numbered point as 1 (see measures.Tilt)."""

    by_side: dict[str, int]
    balanced: int
    neutral: int
    weights: dict[str, float]
    score: Optional[float]
    toward: Optional[str]
    demand_weights: dict[str, float]
    demand_score: Optional[float]
    demand_toward: Optional[str]


class EnforcementOut(TypedDict):
    obligation_terms: int
    enforced: int
    with_consequence: int
    coverage: float
    consequence_coverage: float
    gaps: list[TermRef]


class DatedTerm(TypedDict):
    term: str
    points: str
    kind: str
    deadline: str


class ExternalDeadline(TypedDict):
    id: str
    set_by: str
    applies_to: list[str]
    by: str
    state: str
    changed_on: Optional[str]
    summary: str


class DeadlinesOut(TypedDict):
    obligation_terms: int
    dated_obligation_terms: int
    coverage: float
    dated: list[DatedTerm]
    external: list[ExternalDeadline]
    conditional_terms: int
    longest_chain: list[str]
    keystones: list[tuple[str, int]]


class LanguageOut(TypedDict):
    counts: dict[str, int]
    shares: dict[str, float]
    hedged: list[TermRef]
    unassigned: list[str]


class QuantityOut(TypedDict):
    term: str
    kind: str
    value: float
    unit: str
    shown: str
    note: Optional[str]


class PlanMeasures(TypedDict):
    plan: str
    tilt: TiltOut
    burden: list[BurdenRow]
    enforcement: EnforcementOut
    deadlines: DeadlinesOut
    language: LanguageOut
    quantities: list[QuantityOut]


class TopicRow(TypedDict):
    topic: str
    label: str
    pax: list[str]
    pax_match: str
    coverage: Literal["both", "only-a", "only-b"]
    a: list[TermRef]
    b: list[TermRef]


class BodyOut(TypedDict):
    id: str
    name: str
    role: str
    chair: Optional[str]
    chair_id: Optional[str]
    members: list[str]
    established_by: list[str]
    mandate: str
    confidence: str


class BodyRow(TypedDict):
    role: str
    a: list[BodyOut]
    b: list[BodyOut]
    shared_chair: Optional[str]


class Finding(TypedDict):
    """A sentence computed from the data, with the evidence that supports it."""

    id: str
    kind: Literal["both", "only-a", "only-b", "contrast"]
    dimension: str
    text: str
    refs: list[str]


class Diff(TypedDict):
    """Two plans compared along fixed dimensions."""

    a: PlanRef
    b: PlanRef
    relation: Literal["cross-plan", "versions"]
    dimensions: list[str]
    parties: Optional[Parties]
    measures: Optional[dict[str, PlanMeasures]]
    topics: Optional[list[TopicRow]]
    bodies: Optional[list[BodyRow]]
    findings: Optional[list[Finding]]
    schema_version: int


def to_json(value) -> str:
    """A Diff (or a plan profile) as the stable JSON that `--format json` prints."""
    from .record import json_default, to_plain

    return json.dumps(to_plain(value), indent=2, ensure_ascii=False, default=json_default)


# --- building ------------------------------------------------------------------------------------


def plan_ref(plan) -> PlanRef:
    names = m.party_names(plan)
    lineage = f"{plan.lineage.relation} of {plan.lineage.derived_from}" if plan.lineage else None
    return PlanRef(
        id=plan.id,
        title=plan.title,
        aliases=list(plan.aliases),
        conflict=plan.conflict,
        date=plan.date.isoformat(),
        status=str(plan.status),
        issued_by=[names.get(p, p) for p in plan.issued_by],
        points=plan.points,
        terms=len(plan.terms),
        confidence=str(plan.confidence),
        sources=len(plan.sources),
        review=f"{plan.review.status} {plan.review.date.isoformat()}",
        lineage=lineage,
    )


def term_ref(plan, term) -> TermRef:
    return TermRef(
        plan=plan.id,
        term=term.id,
        points=", ".join(term.points),
        summary=term.summary,
        modality=str(term.modality),
        favours=term.favours,
        enforced=bool(term.enforcement.monitors or term.enforcement.mechanism),
        consequence=bool(term.enforcement.consequence),
        deadline=m.describe_deadline(term.deadline) or None,
        confidence=str(term.confidence),
    )


def _plan_parties(plan) -> PlanParties:
    names = m.party_names(plan)
    sides = m.side_of(plan)
    return PlanParties(
        plan=plan.id,
        sides=[Side(id=s.id, name=s.name, parties=[names.get(p, p) for p in s.parties]) for s in plan.sides],
        others=[p.name for p in plan.parties if p.id not in sides and p.kind != "person"],
        consultations=[
            BuyIn(party=c.party, name=names.get(c.party, c.party), stance=str(c.stance), date=c.date.isoformat() if c.date else None, side=sides.get(c.party))
            for c in plan.consultations
        ],
    )


def plan_measures(plan, prof: m.Profile | None = None) -> PlanMeasures:
    prof = prof or m.profile(plan)
    terms = {t.id: t for t in plan.terms}
    side_ids = {s.id for s in plan.sides}
    points = {t.id: ", ".join(t.points) for t in plan.terms}
    names = m.party_names(plan)
    burden = [
        BurdenRow(bearer=bearer, is_side=bearer in side_ids, total=sum(row.values()), **row)
        for bearer, row in sorted(prof.burden.rows.items(), key=lambda kv: (kv[0] not in side_ids, -sum(kv[1].values()), kv[0]))
    ]
    e = prof.enforcement
    d = prof.deadlines
    c = prof.conditionality
    ext = [
        ExternalDeadline(id=x.id, set_by=names.get(x.set_by, x.set_by), applies_to=[names.get(p, p) for p in x.applies_to], by=x.by.isoformat(), state=str(x.state), changed_on=x.changed_on.isoformat() if x.changed_on else None, summary=x.summary)
        for x in plan.external_deadlines
    ]
    return PlanMeasures(
        plan=plan.id,
        tilt=TiltOut(
            by_side=prof.tilt.by_side,
            balanced=prof.tilt.balanced,
            neutral=prof.tilt.neutral,
            weights=prof.tilt.weights,
            score=prof.tilt.score,
            toward=prof.tilt.toward,
            demand_weights=prof.tilt.demand_weights,
            demand_score=prof.tilt.demand_score,
            demand_toward=prof.tilt.demand_toward,
        ),
        burden=burden,
        enforcement=EnforcementOut(
            obligation_terms=len(e.obligation_terms),
            enforced=len(e.enforced),
            with_consequence=len(e.with_consequence),
            coverage=e.coverage,
            consequence_coverage=e.consequence_coverage,
            gaps=[term_ref(plan, terms[t]) for t in e.gaps],
        ),
        deadlines=DeadlinesOut(
            obligation_terms=d.obligation_terms,
            dated_obligation_terms=d.dated_obligation_terms,
            coverage=d.coverage,
            dated=[DatedTerm(term=t, points=points[t], kind=k, deadline=text) for t, k, text in d.dated],
            external=ext,
            conditional_terms=len(c.conditional_terms),
            longest_chain=list(c.longest_chain),
            keystones=list(c.keystones),
        ),
        language=LanguageOut(
            counts=prof.language.counts,
            shares={k: prof.language.share(k) for k in m.MODALITIES},
            hedged=[term_ref(plan, terms[t]) for t in prof.language.hedged_terms],
            unassigned=list(prof.language.unassigned),
        ),
        quantities=[
            QuantityOut(term=q.term, kind=q.kind, value=q.value, unit=q.unit, shown=m.format_quantity(q.value, q.unit), note=q.note)
            for kind in sorted(prof.quantities)
            for q in prof.quantities[kind]
        ],
    )


def _body_out(plan, body) -> BodyOut:
    names = m.party_names(plan)
    return BodyOut(
        id=body.id,
        name=body.name,
        role=str(body.role),
        chair=names.get(body.chair, body.chair) if body.chair else None,
        chair_id=body.chair,
        members=[names.get(p, p) for p in body.members],
        established_by=list(body.established_by),
        mandate=body.mandate,
        confidence=str(body.confidence),
    )


def diff(a, b, only: tuple[str, ...] | list[str] | None = None) -> Diff:
    """Compare two validated plans. ``only`` limits the dimensions computed and shown."""
    from .findings import findings as compute_findings
    from .topics import by_id

    wanted = tuple(d for d in DIMENSIONS if not only or d in only)
    pa, pb = m.profile(a), m.profile(b)
    topics_index = by_id()
    names = {**m.party_names(b), **m.party_names(a)}

    parties = None
    if "parties" in wanted:
        overlap = align_parties(a, b)
        parties = Parties(
            a=_plan_parties(a),
            b=_plan_parties(b),
            shared=list(overlap.shared),
            shared_names=[names.get(p, p) for p in overlap.shared],
            only_a=list(overlap.only_a),
            only_b=list(overlap.only_b),
        )

    measured = {"tilt", "enforcement", "deadlines", "language", "quantities"}
    measures = {"a": plan_measures(a, pa), "b": plan_measures(b, pb)} if measured & set(wanted) else None

    topic_rows = align_topics(a, b) if {"topics", "findings"} & set(wanted) else []
    body_rows = align_bodies(a, b) if {"bodies", "findings"} & set(wanted) else []
    topics = None
    if "topics" in wanted:
        topics = [
            TopicRow(
                topic=row.topic,
                label=topic_label(row.topic),
                pax=list(topics_index[row.topic].pax),
                pax_match=topics_index[row.topic].pax_match,
                coverage=row.coverage,
                a=[term_ref(a, t) for t in row.a],
                b=[term_ref(b, t) for t in row.b],
            )
            for row in topic_rows
        ]

    bodies = None
    if "bodies" in wanted:
        bodies = [
            BodyRow(role=row.role, a=[_body_out(a, x) for x in row.a], b=[_body_out(b, x) for x in row.b], shared_chair=names.get(row.shared_chair, row.shared_chair) if row.shared_chair else None)
            for row in body_rows
        ]

    found = compute_findings(a, b, pa, pb, topic_rows, body_rows) if "findings" in wanted else None
    from .record import to_record

    return to_record(Diff(
        schema_version=DIFF_SCHEMA_VERSION,
        a=plan_ref(a),
        b=plan_ref(b),
        relation="cross-plan",
        dimensions=list(wanted),
        parties=parties,
        measures=measures,
        topics=topics,
        bodies=bodies,
        findings=found,
    ))
