"""Derived measures of one plan. Computed from the coded data, never stored in it.

Every measure is defined once here, with its formula in the docstring; the README repeats
the formulas. All functions are pure: Plan in, values out.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

MODALITIES = ("binding", "conditional", "hedged", "aspirational")


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def side_of(plan) -> dict[str, str]:
    """party id -> side id (parties on no side are absent)."""
    return {pid: side.id for side in plan.sides for pid in side.parties}


def party_names(plan) -> dict[str, str]:
    return {p.id: p.name for p in plan.parties}


# --- tilt -----------------------------------------------------------------------------------


class Tilt(NamedTuple):
    """Whom the terms favour, as coded: two scores, because not every term weighs the same.

    ``by_side``, ``balanced`` and ``neutral`` count terms. Scores weigh terms by point, so
    that splitting a point into sub-points does not change them: each numbered point has
    weight 1, shared equally by the terms that code it (point 12 with a chapeau and six
    sub-points gives each of its seven terms 1/7). Over the first two sides in the file,
    with W1, W2 the weights of terms favouring each side and WB of balanced ones:

        score = (W1 - W2) / (W1 + W2 + WB)      in [-1, 1]; neutral terms are left out

    ``score`` takes every term. ``demand_score`` takes only the *demands*: binding or
    conditional terms that name at least one obligated party, i.e. what the plan actually
    requires of someone, leaving out promises that bind no one (aspirational, hedged, or
    firm but unassigned wording). +1: all favour side 1; -1: side 2; 0: even. ``toward`` /
    ``demand_toward`` name the side a score leans to (None when 0 or with fewer than two sides).
    """

    by_side: dict[str, int]
    balanced: int
    neutral: int
    score: float | None
    toward: str | None
    sides: tuple[str, ...]
    weights: dict[str, float]  # side id, 'balanced', 'neutral' -> weight in points
    demand_score: float | None
    demand_toward: str | None
    demand_weights: dict[str, float]


def point_number(point: str) -> int:
    digits = "".join(ch for ch in point if ch.isdigit())
    return int(digits) if digits else 0


def term_weights(plan) -> dict[str, float]:
    """Each numbered point weighs 1, shared equally by the terms that code it."""
    sharing: Counter = Counter()
    for t in plan.terms:
        for n in {point_number(p) for p in t.points}:
            sharing[n] += 1
    return {t.id: sum(1 / sharing[n] for n in {point_number(p) for p in t.points}) for t in plan.terms}


def is_demand(term) -> bool:
    """A binding or conditional term that names who must act."""
    return str(term.modality) in ("binding", "conditional") and bool(term.obligations)


def _score(weights: Counter, sides: tuple[str, ...]) -> tuple[float | None, str | None, dict[str, float]]:
    shown = {k: round(weights[k], 4) for k in (*sides, "balanced", "neutral")}
    if len(sides) < 2:
        return None, None, shown
    w1, w2, wb = weights[sides[0]], weights[sides[1]], weights["balanced"]
    denom = w1 + w2 + wb
    score = round((w1 - w2) / denom, 4) if denom else 0.0
    return score, (sides[0] if score > 0 else sides[1] if score < 0 else None), shown


def tilt(plan) -> Tilt:
    counts = Counter(t.favours for t in plan.terms)
    weight = term_weights(plan)
    every: Counter = Counter()
    demands: Counter = Counter()
    for t in plan.terms:
        every[t.favours] += weight[t.id]
        if is_demand(t):
            demands[t.favours] += weight[t.id]
    sides = tuple(s.id for s in plan.sides)
    by_side = {s: counts.get(s, 0) for s in sides}
    score, toward, shown = _score(every, sides)
    d_score, d_toward, d_shown = _score(demands, sides)
    return Tilt(by_side, counts.get("balanced", 0), counts.get("neutral", 0), score, toward, sides, shown, d_score, d_toward, d_shown)


# --- burden ---------------------------------------------------------------------------------


class Burden(NamedTuple):
    """Obligations per bearer, split by the modality of the term that imposes them.

    A bearer is a side (for parties on a side) or the party itself (mediators, guarantors,
    third states). Each obligation entry counts once.
    """

    rows: dict[str, dict[str, int]]  # bearer -> modality -> count

    def total(self, bearer: str) -> int:
        return sum(self.rows.get(bearer, {}).values())


def burden(plan) -> Burden:
    sides = side_of(plan)
    rows: dict[str, dict[str, int]] = {s.id: {m: 0 for m in MODALITIES} for s in plan.sides}
    for t in plan.terms:
        for ob in t.obligations:
            bearer = sides.get(ob.party, ob.party)
            rows.setdefault(bearer, {m: 0 for m in MODALITIES})[str(t.modality)] += 1
    return Burden(rows)


# --- enforcement ------------------------------------------------------------------------------


class Enforcement(NamedTuple):
    """How much of what the plan demands is watched or backed by a consequence.

    Obligation-bearing terms O are the terms with at least one obligation.
    enforcement coverage = |{t in O : t names a monitor or a mechanism}| / |O|
    consequence coverage = |{t in O : t states a consequence of breach}| / |O|
    gaps = terms in O with neither a monitor/mechanism nor a consequence.
    """

    obligation_terms: tuple[str, ...]
    enforced: tuple[str, ...]
    with_consequence: tuple[str, ...]
    gaps: tuple[str, ...]

    @property
    def coverage(self) -> float:
        return _share(len(self.enforced), len(self.obligation_terms))

    @property
    def consequence_coverage(self) -> float:
        return _share(len(self.with_consequence), len(self.obligation_terms))


def enforcement(plan) -> Enforcement:
    obl = [t for t in plan.terms if t.obligations]
    enforced = [t.id for t in obl if t.enforcement.monitors or t.enforcement.mechanism]
    conseq = [t.id for t in obl if t.enforcement.consequence]
    gaps = [t.id for t in obl if t.id not in enforced and t.id not in conseq]
    return Enforcement(tuple(t.id for t in obl), tuple(enforced), tuple(conseq), tuple(gaps))


# --- deadlines ---------------------------------------------------------------------------------


def describe_deadline(deadline) -> str:
    """A deadline in a few words: 'immediately (on acceptance)', 'by 2025-11-27', 'within 72 hours of X'."""
    if deadline is None:
        return ""
    if deadline.kind == "immediate":
        return "immediately" + (f" ({deadline.trigger})" if deadline.trigger else "")
    if deadline.kind == "absolute":
        return f"by {deadline.by.isoformat()}"
    value = deadline.within.value
    shown = int(value) if float(value).is_integer() else value
    unit = str(deadline.within.unit)
    if shown == 1:
        unit = unit.rstrip("s")
    text = f"within {shown} {unit}"
    return text + (f" of: {deadline.from_}" if deadline.from_ else " (start not stated)")


class Deadlines(NamedTuple):
    """What is dated.

    deadline coverage = |{t in O : t has a deadline}| / |O| over the obligation-bearing
    terms O. ``dated`` lists every term with a deadline (obligations or not).
    """

    obligation_terms: int
    dated_obligation_terms: int
    dated: tuple[tuple[str, str, str], ...]  # (term id, kind, description)
    external: tuple[tuple[str, str, str, str], ...]  # (id, by, state, summary)

    @property
    def coverage(self) -> float:
        return _share(self.dated_obligation_terms, self.obligation_terms)


def deadlines(plan) -> Deadlines:
    obl = [t for t in plan.terms if t.obligations]
    dated = tuple((t.id, t.deadline.kind, describe_deadline(t.deadline)) for t in plan.terms if t.deadline is not None)
    external = tuple((x.id, x.by.isoformat(), str(x.state), x.summary) for x in plan.external_deadlines)
    return Deadlines(len(obl), sum(1 for t in obl if t.deadline is not None), dated, external)


# --- language -----------------------------------------------------------------------------------


class Language(NamedTuple):
    """Share of terms by modality: binding / conditional / hedged / aspirational.

    hedged share = hedged terms / all terms. ``unassigned`` lists the binding or conditional
    terms that name no party to carry them out ("a committee will be set up"): firm wording
    that binds nobody in particular.
    """

    counts: dict[str, int]
    total: int
    hedged_terms: tuple[str, ...]
    unassigned: tuple[str, ...]

    def share(self, modality: str) -> float:
        return _share(self.counts.get(modality, 0), self.total)


def language(plan) -> Language:
    counts = Counter(str(t.modality) for t in plan.terms)
    unassigned = tuple(t.id for t in plan.terms if str(t.modality) in ("binding", "conditional") and not t.obligations)  # firm, but not a demand
    return Language({m: counts.get(m, 0) for m in MODALITIES}, len(plan.terms), tuple(t.id for t in plan.terms if t.modality == "hedged"), unassigned)


# --- conditionality --------------------------------------------------------------------------------


class Conditionality(NamedTuple):
    """The dependency graph of terms: an edge t -> c when term t lists c among its conditions.

    ``longest_chain`` is the longest path t1 -> t2 -> ... following conditions (the deepest
    sequencing the plan imposes). ``keystones`` are the terms the most other terms depend on,
    directly or through others, with that count: what everything else waits on.
    """

    edges: tuple[tuple[str, str], ...]
    conditional_terms: tuple[str, ...]
    longest_chain: tuple[str, ...]
    keystones: tuple[tuple[str, int], ...]
    dependents: dict[str, int]  # term id -> terms that wait on it, directly or through others


def conditionality(plan) -> Conditionality:
    ids = [t.id for t in plan.terms]
    graph = {t.id: [c for c in t.conditions if c in set(ids) and c != t.id] for t in plan.terms}
    edges = tuple((t, c) for t in ids for c in graph[t])
    # Longest chain by dynamic programming over a topological order (iterative: long chains
    # must not hit the recursion limit; edges that would close a cycle are ignored, since a
    # cycle is a validation error).
    order_ids: list[str] = []
    state: dict[str, int] = {}
    for root in ids:
        if root in state:
            continue
        stack = [(root, iter(graph[root]))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                order_ids.append(node)  # post-order: conditions before the terms that need them
                stack.pop()
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(graph[nxt])))
    best: dict[str, tuple[str, ...]] = {}
    for node in order_ids:
        chain = (node,)
        for c in graph[node]:
            cand = best.get(c)
            if cand is not None and len(cand) + 1 > len(chain):
                chain = (node,) + cand
        best[node] = chain
    longest: tuple[str, ...] = ()
    for t in ids:
        if len(best[t]) > len(longest):
            longest = best[t]
    if len(longest) < 2:
        longest = ()

    dependents: Counter = Counter()
    for t in ids:
        stack, reached = list(graph[t]), set()
        while stack:
            c = stack.pop()
            if c in reached or c == t:
                continue
            reached.add(c)
            stack.extend(graph[c])
        for c in reached:
            dependents[c] += 1
    order = {t: i for i, t in enumerate(ids)}
    keystones = tuple(sorted(dependents.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:5])
    conditional = tuple(t.id for t in plan.terms if t.conditions or t.condition_text)
    return Conditionality(edges, conditional, longest, keystones, dict(dependents))


# --- quantities ---------------------------------------------------------------------------------------


class QuantityRef(NamedTuple):
    term: str
    kind: str
    value: float
    unit: str
    note: str | None


def quantities(plan) -> dict[str, list[QuantityRef]]:
    """Every typed number, grouped by kind (money, personnel, time, ratio, ...)."""
    out: dict[str, list[QuantityRef]] = {}
    for t in plan.terms:
        for q in t.quantities:
            out.setdefault(str(q.kind), []).append(QuantityRef(t.id, str(q.kind), q.value, q.unit, q.note))
    return out


def format_quantity(value: float, unit: str) -> str:
    """Readable numbers: 100000000000 USD -> 'USD 100 bn'; 600000 -> '600,000'."""
    if unit.upper() in ("USD", "EUR", "GBP"):
        for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(value) >= size:
                v = value / size
                return f"{unit.upper()} {int(v) if v.is_integer() else round(v, 2)} {word}"
    v = int(value) if float(value).is_integer() else value
    number = f"{v:,}" if isinstance(v, int) else f"{v}"
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}"


# --- one profile -----------------------------------------------------------------------------------


class Profile(NamedTuple):
    """Every measure of one plan."""

    plan: object
    tilt: Tilt
    burden: Burden
    enforcement: Enforcement
    deadlines: Deadlines
    language: Language
    conditionality: Conditionality
    quantities: dict[str, list[QuantityRef]]


def profile(plan) -> Profile:
    return Profile(plan, tilt(plan), burden(plan), enforcement(plan), deadlines(plan), language(plan), conditionality(plan), quantities(plan))
