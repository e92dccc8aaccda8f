"""The planner over evidence items: the cheapest items (and national index scores) to a target.

Under the items rule (Pemdi 2026) an indicator rises one accepted item at a time, and gating
fixes the order: the missing required items of the first incomplete level, then those of the
next level, and so on (an item accepted above the gate is already there and counts as soon as
the gate opens). So each indicator offers a chain of prefixes, and the plan picks one prefix per
indicator. An external indicator offers its score in steps of a tenth of its range (ten points
of a 0-100 index), one action each.

The index is linear in the indicator values, so each indicator has a fixed coefficient and the
choice is a grouped knapsack: the least total cost whose gain reaches the target. It is solved
exactly by dynamic programming over integer cost units (each step costs 1 unless the caller
says otherwise), with :class:`~fractions.Fraction` gains so no rounding decides a tie.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm

from spbe_desktop.core.packs import Indicator, Pack

#: Above this many cost units the exact table would be too large; the plan is then greedy.
MAX_UNITS = 200_000
#: A national index rises in steps of a tenth of its range (10 points of a 0-100 index).
EXTERNAL_STEPS = 10


@dataclass(frozen=True, slots=True)
class ItemStep:
    """One action: have one item accepted, or raise one national index score."""

    kind: str  # "item" or "external"
    indicator_id: str
    number: int
    name: str
    item_code: str | None
    item_name: str
    level: int | None  # the item's level (None for a score)
    score: Decimal | None  # the score to reach (None for an item)
    value_after: Decimal  # the indicator's value once this step is done
    gain: Decimal  # the overall index gain of this step
    cost: Decimal
    index_after: Decimal
    owner: str


@dataclass(frozen=True, slots=True)
class ItemPlan:
    """The cheapest steps to the target, grouped by indicator, best gain per cost first."""

    start: Decimal
    target: Decimal
    steps: tuple[ItemStep, ...]
    reached: bool
    total_cost: Decimal

    @property
    def end(self) -> Decimal:
        return self.steps[-1].index_after if self.steps else self.start

    def by_owner(self) -> dict[str, list[ItemStep]]:
        """The steps per owner (the OPD that holds the documents), in plan order."""
        out: dict[str, list[ItemStep]] = {}
        for s in self.steps:
            out.setdefault(s.owner, []).append(s)
        return out

    def by_indicator(self) -> dict[str, list[ItemStep]]:
        out: dict[str, list[ItemStep]] = {}
        for s in self.steps:
            out.setdefault(s.indicator_id, []).append(s)
        return out


@dataclass(frozen=True, slots=True)
class _Option:
    """Taking the first ``k`` steps of one indicator's chain."""

    steps: tuple[ItemStep, ...]
    cost: Fraction
    value: Fraction  # the indicator's value after these steps


def coefficients(pack: Pack) -> dict[str, Fraction]:
    """How much the overall index moves per unit of each indicator's value (exactly).

    Within an aspect the indicators' values are weighted by their weights; aspects (or domains
    made of aspects) are weighted on a scale of 100, so each coefficient is
    aspect weight / 100 x indicator weight / the aspect's total indicator weight.
    """
    imap = pack.indicator_map
    out: dict[str, Fraction] = {}
    for a in pack.aspects:
        total = sum((Fraction(str(imap[i].weight)) for i in a.indicator_ids), Fraction(0))
        for i in a.indicator_ids:
            out[i] = Fraction(str(a.weight)) / 100 * Fraction(str(imap[i].weight)) / total
    return out


def plan_items(
    pack: Pack,
    values: Mapping[str, Decimal],
    target: Decimal | str,
    *,
    accepted: frozenset[str],
    scores: Mapping[str, Decimal | None] | None = None,
    costs: Mapping[str, Decimal | int | float] | None = None,
    locked: frozenset[str] = frozenset(),
    owners: Mapping[str, str] | None = None,
) -> ItemPlan:
    """The least costly set of item acceptances and score rises that lifts the index to target.

    Args:
        pack: a pack scored by items.
        values: every indicator's current value (what the index is computed from now).
        target: the index to reach.
        accepted: item codes already accepted.
        scores: national index scores recorded per external indicator (missing: unknown).
        costs: cost of one step by item code or by indicator id (default 1).
        locked: indicators that must not move (locked, not applicable, or not this OPD's).
        owners: indicator id -> who holds its documents (default: the pack's owner).

    Returns:
        The plan; ``reached`` is False when every allowed step is not enough (it then holds
        them all).
    """
    target_d = Decimal(str(target))
    coef = coefficients(pack)
    current = {i.id: Fraction(str(values.get(i.id, Decimal(1)))) for i in pack.indicators}
    start = sum((coef[k] * v for k, v in current.items()), Fraction(0))
    chains = {
        ind.id: chain
        for ind in pack.indicators
        if ind.id not in locked
        and (
            chain := _chain(
                pack, ind, accepted, scores or {}, costs or {}, owners or {}, values.get(ind.id)
            )
        )
    }
    need = Fraction(str(target_d)) - start
    groups = [(k, _options(chain, current[k])) for k, chain in chains.items()]
    if need <= 0:
        picked: dict[str, _Option] = {}
        reached = True
    else:
        picked, reached = _cover(groups, coef, current, need)
    # Best gain per cost first; each indicator's steps together and in chain order.
    order = sorted(
        picked.items(),
        key=lambda kv: (
            -(coef[kv[0]] * (kv[1].value - current[kv[0]]) / kv[1].cost),
            pack.indicator(kv[0]).number,
        ),
    )
    steps: list[ItemStep] = []
    index_now = start
    for ind_id, option in order:
        before = current[ind_id]
        for step in option.steps:
            after = Fraction(str(step.value_after))
            gain = coef[ind_id] * (after - before)
            index_now += gain
            before = after
            steps.append(
                ItemStep(
                    step.kind,
                    step.indicator_id,
                    step.number,
                    step.name,
                    step.item_code,
                    step.item_name,
                    step.level,
                    step.score,
                    step.value_after,
                    _dec(gain),
                    step.cost,
                    _dec(index_now),
                    step.owner,
                )
            )
    return ItemPlan(
        _dec(start),
        target_d,
        tuple(steps),
        reached,
        sum((s.cost for s in steps), Decimal(0)),
    )


def _dec(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def _cost(costs: Mapping[str, Decimal | int | float], *keys: str) -> Decimal:
    for k in keys:
        if k in costs:
            value = Decimal(str(costs[k]))
            if value <= 0:
                raise ValueError(f"cost of {k} must be positive")
            return value
    return Decimal(1)


def _chain(
    pack: Pack,
    ind: Indicator,
    accepted: frozenset[str],
    scores: Mapping[str, Decimal | None],
    costs: Mapping[str, Decimal | int | float],
    owners: Mapping[str, str],
    value: Decimal | None = None,
) -> list[ItemStep]:
    """The steps that raise one indicator, in the only order that counts (``value``: the
    indicator's current value, where an external indicator without a score starts)."""
    owner = owners.get(ind.id, ind.default_owner)
    steps: list[ItemStep] = []
    if ind.external is not None:
        ext = ind.external
        score = scores.get(ind.id)
        if score is None:
            # The score the current value stands for: a value recorded without a score, or
            # the default one.
            now = ext.default_value if value is None else value
            score = ext.score_min + (now - 1) / 4 * (ext.score_max - ext.score_min)
        size = (ext.score_max - ext.score_min) / EXTERNAL_STEPS
        nxt = ext.score_min + ((score - ext.score_min) // size + 1) * size
        while score < ext.score_max:
            nxt = min(nxt, ext.score_max)
            steps.append(
                ItemStep(
                    "external",
                    ind.id,
                    ind.number,
                    ind.name,
                    None,
                    ext.index,
                    None,
                    nxt,
                    ext.value(nxt),
                    Decimal(0),
                    _cost(costs, ind.id),
                    Decimal(0),
                    owner,
                )
            )
            score, nxt = nxt, nxt + size
        return steps
    have = set(accepted)
    rule = pack.scoring
    while (top := rule.first_incomplete_level(ind, have)) is not None:
        missing = [i for i in ind.level(top).required_items if i.code not in have]
        if not missing:  # a level with no required items can never complete
            break
        missing.sort(key=lambda i: (_cost(costs, i.code, ind.id), i.code))
        for item in missing:
            have.add(item.code)
            steps.append(
                ItemStep(
                    "item",
                    ind.id,
                    ind.number,
                    ind.name,
                    item.code,
                    item.name,
                    item.level,
                    None,
                    rule.indicator_value(ind, have),
                    Decimal(0),
                    _cost(costs, item.code, ind.id),
                    Decimal(0),
                    owner,
                )
            )
    return steps


def _options(chain: list[ItemStep], value_now: Fraction) -> list[_Option]:
    """Every prefix of a chain (the empty one first) with its cost and resulting value."""
    out = [_Option((), Fraction(0), value_now)]
    cost = Fraction(0)
    for k, step in enumerate(chain, start=1):
        cost += Fraction(str(step.cost))
        out.append(_Option(tuple(chain[:k]), cost, Fraction(str(step.value_after))))
    return out


def _cover(
    groups: list[tuple[str, list[_Option]]],
    coef: Mapping[str, Fraction],
    current: Mapping[str, Fraction],
    need: Fraction,
) -> tuple[dict[str, _Option], bool]:
    """One option per indicator: least total cost with gain >= need (exact when small enough)."""
    full = {k: opts[-1] for k, opts in groups if len(opts) > 1}
    if sum(coef[k] * (o.value - current[k]) for k, o in full.items()) < need:
        return full, False
    scale = 1
    for _k, opts in groups:
        for o in opts:
            scale = lcm(scale, o.cost.denominator)
    budget = sum(int(opts[-1].cost * scale) for _k, opts in groups)
    if budget > MAX_UNITS:
        return _greedy(groups, coef, current, need), True
    # Integer gains (over one common denominator) keep the table exact and fast.
    gains = {k: [coef[k] * (o.value - current[k]) for o in opts] for k, opts in groups}
    denominator = 1
    for row in gains.values():
        for fraction in row:
            denominator = lcm(denominator, fraction.denominator)
    denominator = lcm(denominator, need.denominator)
    whole = {
        k: [g.numerator * (denominator // g.denominator) for g in row] for k, row in gains.items()
    }
    need_whole = need.numerator * (denominator // need.denominator)
    none = -1
    best = [0] + [none] * budget  # best gain at exactly this cost
    choice: list[list[int]] = []
    for k, opts in groups:
        new = best[:]
        pick = [0] * (budget + 1)
        steps = [(j, int(o.cost * scale), whole[k][j]) for j, o in enumerate(opts) if j]
        for b in range(budget + 1):
            for j, c, gain in steps:
                if c > b or best[b - c] == none:
                    continue
                if best[b - c] + gain > new[b]:
                    new[b], pick[b] = best[b - c] + gain, j
        best = new
        choice.append(pick)
    spend = next(b for b in range(budget + 1) if best[b] >= need_whole)
    picked: dict[str, _Option] = {}
    for (k, opts), pick in zip(reversed(groups), reversed(choice), strict=True):
        j = pick[spend]
        if j:
            picked[k] = opts[j]
            spend -= int(opts[j].cost * scale)
    return picked, True


def _greedy(
    groups: list[tuple[str, list[_Option]]],
    coef: Mapping[str, Fraction],
    current: Mapping[str, Fraction],
    need: Fraction,
) -> dict[str, _Option]:
    """Fallback for huge cost tables: the prefix with the best gain per cost, repeatedly."""
    taken = {k: 0 for k, _ in groups}
    opts_of = dict(groups)
    got = Fraction(0)
    while got < need:
        best_k, best_j, best_rate = "", 0, Fraction(-1)
        for k, opts in groups:
            base = opts[taken[k]]
            for j in range(taken[k] + 1, len(opts)):
                o = opts[j]
                rate = coef[k] * (o.value - base.value) / (o.cost - base.cost)
                if rate > best_rate:
                    best_k, best_j, best_rate = k, j, rate
        if not best_k:
            break
        old = opts_of[best_k][taken[best_k]]
        taken[best_k] = best_j
        got += coef[best_k] * (opts_of[best_k][best_j].value - old.value)
    return {k: opts_of[k][j] for k, j in taken.items() if j}
