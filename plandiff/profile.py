"""One plan's profile (`plandiff show`): its identity, parties, bodies and every measure."""

from __future__ import annotations

from .diff import BodyOut, PlanMeasures, PlanParties, PlanRef, _Out, _body_out, _plan_parties, plan_measures, plan_ref


class PlanProfile(_Out):
    plan: PlanRef
    parties: PlanParties
    bodies: list[BodyOut]
    measures: PlanMeasures


def plan_profile(plan) -> PlanProfile:
    return PlanProfile(plan=plan_ref(plan), parties=_plan_parties(plan), bodies=[_body_out(plan, b) for b in plan.bodies], measures=plan_measures(plan))
