"""The index engine: weighted means from indicator values, the predicate, and the level planner.

Pure arithmetic on a :class:`~spbe_desktop.core.packs.Pack`. An indicator's value is a whole
level 1-5 (SPBE 2020) or a fractional value from its items or a national index (Pemdi 2026, see
:mod:`spbe_desktop.core.items`); an indicator without one counts as 1 (there is no level 0 in
either framework: level 1 is "nothing yet or only a draft"). All sums use
:class:`~decimal.Decimal` so that 2.6 really is 2.6. The planner here raises whole levels; the
one over evidence items is :mod:`spbe_desktop.core.item_plan`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction
from math import lcm

from spbe_desktop.core.packs import Pack

MIN_LEVEL = 1
MAX_LEVEL = 5
#: An indicator's value as the index takes it: a whole level, a fractional value, or nothing (1).
Value = int | Decimal | None
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class GroupScore:
    id: str
    number: int
    name: str
    weight: Decimal
    index: Decimal


@dataclass(frozen=True, slots=True)
class IndexResult:
    """The index of a set of levels under a pack."""

    index: Decimal
    predicate: str
    groups: tuple[GroupScore, ...]  # domains (SPBE) or aspects (Pemdi)
    aspects: tuple[GroupScore, ...]
    domains: tuple[GroupScore, ...]

    @property
    def display(self) -> Decimal:
        """The index as it should be shown: two decimals that never claim a better predicate."""
        return display_value(self.index, self.bands)

    bands: tuple[tuple[Decimal, str], ...] = ()


def _level(levels: Mapping[str, int | None], ind_id: str) -> int:
    value = levels.get(ind_id)
    if value is None:
        return MIN_LEVEL
    return min(MAX_LEVEL, max(MIN_LEVEL, int(value)))


def _value(values: Mapping[str, Value], ind_id: str) -> Decimal:
    """An indicator's value for the index: a whole level or a fractional value, within 1-5."""
    value = values.get(ind_id)
    if value is None:
        return Decimal(MIN_LEVEL)
    return min(Decimal(MAX_LEVEL), max(Decimal(MIN_LEVEL), Decimal(value)))


def _weighted(pack: Pack, values: Mapping[str, Value], ids: tuple[str, ...]) -> Decimal:
    imap = pack.indicator_map
    total_w = sum((imap[i].weight for i in ids), Decimal(0))
    total = sum((imap[i].weight * _value(values, i) for i in ids), Decimal(0))
    return total / total_w


def predicate_for(pack: Pack, index: Decimal) -> str:
    """The predicate whose band holds ``index`` (the top band includes 5.0)."""
    for band in pack.predicates:
        if band.minimum <= index < band.maximum:
            return band.name
    return (
        pack.predicates[-1].name
        if index >= pack.predicates[-1].maximum
        else pack.predicates[0].name
    )


def display_value(index: Decimal, bands: tuple[tuple[Decimal, str], ...]) -> Decimal:
    """Round to two decimals for display, but never up across a predicate boundary.

    2.595 is Cukup; rounding half-up would show "2,60 Cukup", which reads as Baik. Published
    results show 2.59 for such a case, so when rounding would cross a band edge we round down.
    """
    rounded = index.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    for edge, _name in bands:
        if index < edge <= rounded:
            return index.quantize(Decimal("0.01"), rounding=ROUND_FLOOR)
    return rounded


def compute_index(pack: Pack, levels: Mapping[str, Value]) -> IndexResult:
    """Compute the overall index, the predicate, and the per-domain and per-aspect indices.

    Args:
        pack: the framework.
        levels: indicator id -> level (1-5) or fractional value (Pemdi 2026: 1.17, 1.5 …);
            missing or ``None`` counts as 1.
    """
    aspects = tuple(
        GroupScore(a.id, a.number, a.name, a.weight, _weighted(pack, levels, a.indicator_ids))
        for a in pack.aspects
    )
    amap = {a.id: a for a in aspects}
    domains = tuple(
        GroupScore(
            d.id,
            d.number,
            d.name,
            d.weight,
            sum((amap[a].index * amap[a].weight for a in d.aspect_ids), Decimal(0)) / d.weight,
        )
        for d in pack.domains
    )
    top = domains if pack.top_level == "domain" else aspects
    index = sum((g.index * g.weight for g in top), Decimal(0)) / _HUNDRED
    bands = tuple((b.minimum, b.name) for b in pack.predicates)
    return IndexResult(index, predicate_for(pack, index), top, aspects, domains, bands)


def index_from_group_indices(pack: Pack, group_indices: Mapping[str, Decimal]) -> Decimal:
    """Overall index from top-level group indices (how published results are stated)."""
    return sum((g.weight * group_indices[g.id] for g in pack.groups()), Decimal(0)) / _HUNDRED


def target_for_predicate(pack: Pack, predicate: str) -> Decimal:
    """The lowest index that earns ``predicate`` (e.g. 2.6 for "Baik" in SPBE 2020)."""
    for band in pack.predicates:
        if band.name.lower() == predicate.lower():
            return band.minimum
    raise ValueError(predicate)


def next_predicate(pack: Pack, index: Decimal) -> tuple[str, Decimal] | None:
    """The next better predicate and its threshold, or None at the top band."""
    for band in pack.predicates:
        if band.minimum > index:
            return band.name, band.minimum
    return None


# --------------------------------------------------------------------------- planner


@dataclass(frozen=True, slots=True)
class PlanStep:
    """Raise one indicator by one level."""

    indicator_id: str
    number: int
    name: str
    from_level: int
    to_level: int
    gain: Decimal  # overall index gain of this step
    cost: Decimal
    index_after: Decimal
    owner: str


@dataclass(frozen=True, slots=True)
class Plan:
    """The cheapest list of one-level raises that reaches the target, in order of gain per cost."""

    start: Decimal
    target: Decimal
    steps: tuple[PlanStep, ...]
    reached: bool
    total_cost: Decimal

    @property
    def end(self) -> Decimal:
        return self.steps[-1].index_after if self.steps else self.start


def merge_runs(steps: Sequence[PlanStep]) -> list[PlanStep]:
    """The plan as a person reads it: one step per run of raises on the same indicator.

    The planner lists one-level raises, so taking indicator 42 from 3 to 5 reads as two lines
    ("42: 3 → 4", "42: 4 → 5") that look like two tasks. Consecutive raises of one indicator
    become one step from the first level to the last, with their gains and costs added and the
    index after the last. The order of the plan is kept.
    """
    merged: list[PlanStep] = []
    for step in steps:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.indicator_id == step.indicator_id
            and last.to_level == step.from_level
        ):
            merged[-1] = PlanStep(
                last.indicator_id,
                last.number,
                last.name,
                last.from_level,
                step.to_level,
                last.gain + step.gain,
                last.cost + step.cost,
                step.index_after,
                last.owner,
            )
        else:
            merged.append(step)
    return merged


def plan_to_target(
    pack: Pack,
    levels: Mapping[str, int | None],
    target: Decimal | float | str,
    *,
    costs: Mapping[str, Decimal | float | int] | None = None,
    locked: frozenset[str] | set[str] = frozenset(),
    max_levels: Mapping[str, int] | None = None,
    owners: Mapping[str, str] | None = None,
) -> Plan:
    """Find the cheapest set of one-level raises that lifts the index to ``target``.

    Each raise is one level on one indicator; a higher level is only reachable through the one
    below it, so raises on one indicator are taken in order. With equal costs (the default) the
    optimum is to take the largest weights first; with caller-given costs (per indicator, per
    step) the exact minimum-cost cover is found by dynamic programming over integer weight units.

    Args:
        pack: framework.
        levels: current levels (missing = 1).
        target: index to reach (e.g. 2.6).
        costs: cost of one step per indicator id (default 1).
        locked: indicators that must not be raised (locked or impossible this year).
        max_levels: highest reachable level per indicator (default 5).
        owners: indicator id -> OPD that owns the step (default: the pack's default owner).

    Returns:
        A :class:`Plan`; ``reached`` is False when even every allowed raise is not enough (the
        plan then holds all allowed raises).
    """
    target_d = Decimal(str(target))
    current = compute_index(pack, levels).index
    imap = pack.indicator_map
    # Integer weight units: the smallest scale that makes every indicator weight whole.
    scale = 1
    for ind in pack.indicators:
        scale = lcm(scale, Fraction(str(ind.weight)).denominator)
    units = {i.id: int(Fraction(str(i.weight)) * scale) for i in pack.indicators}
    have = sum(units[i.id] * _level(levels, i.id) for i in pack.indicators)
    need_total = target_d * _HUNDRED * scale  # index*100*scale in units
    need = int((need_total - have).to_integral_value(rounding="ROUND_CEILING"))

    # One item per possible step, in order per indicator.
    items: list[tuple[str, int, Decimal]] = []  # (indicator id, to_level, cost)
    for ind in pack.indicators:
        if ind.id in locked:
            continue
        top = min(MAX_LEVEL, (max_levels or {}).get(ind.id, MAX_LEVEL))
        cost = Decimal(str((costs or {}).get(ind.id, 1)))
        for to in range(_level(levels, ind.id) + 1, top + 1):
            items.append((ind.id, to, cost))

    if need <= 0:
        chosen: list[tuple[str, int, Decimal]] = []
        reached = True
    elif sum(units[i] for i, _, _ in items) < need:
        chosen, reached = items, False
    elif costs is None or len({c for _, _, c in items}) <= 1:
        ranked = sorted(items, key=lambda it: (-units[it[0]], imap[it[0]].number, it[1]))
        chosen, got = [], 0
        for it in ranked:
            if got >= need:
                break
            chosen.append(it)
            got += units[it[0]]
        reached = True
    else:
        chosen = _min_cost_cover(items, units, need)
        reached = True

    # Order: best gain per cost first, each indicator's raises in level order.
    chosen.sort(key=lambda it: (-(Decimal(units[it[0]]) / it[2]), imap[it[0]].number, it[1]))
    steps: list[PlanStep] = []
    running = dict(levels)
    index_now = current
    for ind_id, to, cost in chosen:
        ind = imap[ind_id]
        running[ind_id] = to
        after = compute_index(pack, running).index
        steps.append(
            PlanStep(
                ind_id,
                ind.number,
                ind.name,
                to - 1,
                to,
                after - index_now,
                cost,
                after,
                (owners or {}).get(ind_id, ind.default_owner),
            )
        )
        index_now = after
    return Plan(current, target_d, tuple(steps), reached, sum((s.cost for s in steps), Decimal(0)))


def _min_cost_cover(
    items: list[tuple[str, int, Decimal]], units: Mapping[str, int], need: int
) -> list[tuple[str, int, Decimal]]:
    """Exact "cover at least ``need`` units at minimum cost" by dynamic programming.

    Steps of one indicator cost the same and must be taken in order, so the choice per indicator
    is how many steps (0..k) to take: a grouped knapsack over integer weight units, with
    back-pointers so the table stays O(indicators x need).
    """
    by_ind: dict[str, list[tuple[str, int, Decimal]]] = {}
    for it in items:
        by_ind.setdefault(it[0], []).append(it)
    groups = list(by_ind.items())
    inf = Decimal("Infinity")
    best: list[Decimal] = [Decimal(0)] + [inf] * need
    parents: list[list[tuple[int, int]]] = []  # per group: g -> (previous g, steps taken)
    for ind_id, steps in groups:
        u = units[ind_id]
        new_best = best[:]
        parent = [(g, 0) for g in range(need + 1)]
        for g in range(need + 1):
            base = best[g]
            if base == inf:
                continue
            cost = Decimal(0)
            for k, step in enumerate(steps, start=1):
                cost += step[2]
                tgt = min(need, g + k * u)
                if base + cost < new_best[tgt]:
                    new_best[tgt] = base + cost
                    parent[tgt] = (g, k)
        best = new_best
        parents.append(parent)
    picked: list[tuple[str, int, Decimal]] = []
    g = need
    for (_ind_id, steps), parent in zip(reversed(groups), reversed(parents), strict=True):
        prev, k = parent[g]
        picked.extend(steps[:k])
        g = prev
    return picked
