"""One plan's profile (`plandiff show`): its identity, parties, bodies and every measure."""

from __future__ import annotations

from typing_extensions import TypedDict

from .diff import BodyOut, PlanMeasures, PlanParties, PlanRef, _body_out, _plan_parties, plan_measures, plan_ref
from .record import to_record


class PlanProfile(TypedDict):
    plan: PlanRef
    parties: PlanParties
    bodies: list[BodyOut]
    measures: PlanMeasures


def plan_profile(plan):
    """The profile as Records (see ``PlanProfile`` for its shape)."""
    return to_record(PlanProfile(plan=plan_ref(plan), parties=_plan_parties(plan), bodies=[_body_out(plan, b) for b in plan.bodies], measures=plan_measures(plan)))
