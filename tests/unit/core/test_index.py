"""The index arithmetic, the predicate, and the what-if planner."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_desktop.core.index import (
    compute_index,
    display_value,
    index_from_group_indices,
    merge_runs,
    plan_to_target,
)
from spbe_desktop.core.packs import Pack, load_shipped_pack

SPBE = load_shipped_pack("spbe-2020")
PEMDI = load_shipped_pack("pemdi-2026")


@pytest.mark.parametrize(
    ("domains", "published", "predicate"),
    [
        (("3.70", "2.10", "1.00", "3.69"), "2.85", "Baik"),
        (("2.30", "1.70", "1.00", "3.75"), "2.59", "Cukup"),
    ],
    ids=["regency-2024", "regency-2025"],
)
def test_published_results_are_reproduced(
    domains: tuple[str, ...], published: str, predicate: str
) -> None:
    groups = {g.id: Decimal(v) for g, v in zip(SPBE.groups(), domains, strict=True)}
    index = index_from_group_indices(SPBE, groups)
    bands = tuple((b.minimum, b.name) for b in SPBE.predicates)
    assert display_value(index, bands) == Decimal(published)
    from spbe_desktop.core.index import predicate_for

    assert predicate_for(SPBE, index) == predicate


def test_domain_weights_not_an_unweighted_mean() -> None:
    levels = {i.id: (5 if i.domain_id == "D4" else 1) for i in SPBE.indicators}
    result = compute_index(SPBE, levels)
    # Layanan weighs 45.5 %: 1 + 4 * 0.455 = 2.82, not the unweighted (1+1+1+5)/4 = 2.0.
    assert result.index == Decimal("2.82")
    assert result.predicate == "Baik"
    assert [g.index for g in result.groups] == [1, 1, 1, 5]


def test_missing_levels_count_as_level_one() -> None:
    assert compute_index(SPBE, {}).index == 1
    assert compute_index(SPBE, {}).predicate == "Kurang"
    assert compute_index(PEMDI, {}).predicate == "Kurang"


def test_pemdi_groups_are_its_aspects() -> None:
    levels = {i.id: 3 for i in PEMDI.indicators}
    result = compute_index(PEMDI, levels)
    assert result.index == 3
    assert result.predicate == "Baik"
    assert len(result.groups) == 7
    assert result.domains == ()


level_maps = st.fixed_dictionaries({i.id: st.integers(1, 5) for i in SPBE.indicators})


@settings(max_examples=60, deadline=None)
@given(levels=level_maps, which=st.sampled_from([i.id for i in SPBE.indicators]))
def test_index_bounded_and_monotone(levels: dict[str, int], which: str) -> None:
    base = compute_index(SPBE, levels).index
    assert Decimal(1) <= base <= Decimal(5)
    if levels[which] < 5:
        raised = compute_index(SPBE, {**levels, which: levels[which] + 1}).index
        assert raised > base


@settings(max_examples=40, deadline=None)
@given(levels=level_maps, target=st.decimals("1.0", "5.0", places=2))
def test_plan_reaches_the_target(levels: dict[str, int], target: Decimal) -> None:
    plan = plan_to_target(SPBE, levels, target)
    final = dict(levels)
    for step in plan.steps:
        assert final[step.indicator_id] == step.from_level
        final[step.indicator_id] = step.to_level
    reached = compute_index(SPBE, final).index
    assert plan.reached == (reached >= target)
    assert plan.reached  # every target up to 5.0 is reachable with all raises allowed
    assert plan.end == reached


@settings(max_examples=40, deadline=None)
@given(levels=level_maps, target=st.decimals("1.0", "5.0", places=2))
def test_merged_plan_reads_one_line_per_run_and_says_the_same(
    levels: dict[str, int], target: Decimal
) -> None:
    steps = plan_to_target(SPBE, levels, target).steps
    merged = merge_runs(steps)
    # The same raises, the same gain and the same end: only the lines are fewer.
    assert sum((m.to_level - m.from_level for m in merged), 0) == len(steps)
    assert sum((m.gain for m in merged), Decimal(0)) == sum((s.gain for s in steps), Decimal(0))
    if steps:
        assert merged[-1].index_after == steps[-1].index_after
    # No two neighbouring lines continue the same indicator.
    for a, b in itertools.pairwise(merged):
        assert not (a.indicator_id == b.indicator_id and a.to_level == b.from_level)
    # Replaying the merged lines gives the plan's levels.
    final = dict(levels)
    for m in merged:
        assert final[m.indicator_id] == m.from_level
        final[m.indicator_id] = m.to_level
    assert compute_index(SPBE, final).index == plan_to_target(SPBE, levels, target).end


def test_a_run_of_raises_on_one_indicator_is_one_line() -> None:
    levels = {i.id: 1 for i in SPBE.indicators}
    steps = plan_to_target(SPBE, levels, Decimal("5.0")).steps
    merged = merge_runs(steps)
    # From all level 1 to 5.0 every indicator goes 1 -> 5: one line each, not four.
    assert len(steps) == 4 * len(SPBE.indicators)
    assert len(merged) == len(SPBE.indicators)
    assert {(m.from_level, m.to_level) for m in merged} == {(1, 5)}


def _brute_force_min_steps(
    pack: Pack, levels: dict[str, int], target: Decimal, pool: list[str]
) -> int:
    """Smallest number of one-level raises within ``pool`` that reaches the target."""
    for n in range(0, 4 * len(pool) + 1):
        for combo in itertools.combinations_with_replacement(pool, n):
            trial = dict(levels)
            ok = True
            for ind in combo:
                trial[ind] += 1
                if trial[ind] > 5:
                    ok = False
                    break
            if ok and compute_index(pack, trial).index >= target:
                return n
    return -1


@settings(max_examples=25, deadline=None)
@given(
    pool=st.lists(
        st.sampled_from([i.id for i in PEMDI.indicators]), min_size=2, max_size=4, unique=True
    ),
    start=st.integers(1, 3),
    extra=st.decimals("0.05", "0.6", places=2),
)
def test_planner_is_minimal_on_small_cases(pool: list[str], start: int, extra: Decimal) -> None:
    levels = {i.id: start for i in PEMDI.indicators}
    base = compute_index(PEMDI, levels).index
    locked = {i.id for i in PEMDI.indicators} - set(pool)
    target = base + extra
    plan = plan_to_target(PEMDI, levels, target, locked=locked)
    best = _brute_force_min_steps(PEMDI, levels, target, pool)
    if best < 0:
        assert not plan.reached
    else:
        assert plan.reached
        assert len(plan.steps) == best


def test_planner_with_costs_is_minimal_cost() -> None:
    levels = {i.id: 2 for i in PEMDI.indicators}
    # P20 (weight 15) is expensive; P19 (10) and two weight-5 indicators are cheap.
    costs = {i.id: Decimal(10) for i in PEMDI.indicators}
    costs.update({"P20": Decimal(100), "P19": Decimal(1), "P01": Decimal(1), "P02": Decimal(1)})
    target = compute_index(PEMDI, levels).index + Decimal("0.15")
    plan = plan_to_target(PEMDI, levels, target, costs=costs)
    assert plan.reached
    assert {s.indicator_id for s in plan.steps} <= {"P19", "P01", "P02"}
    assert plan.total_cost == 2  # P19 (+0.10) and one weight-5 step (+0.05)


def test_north_maluku_case_plan_from_cukup_to_baik() -> None:
    # A province at 2.47 (Cukup) with Manajemen SPBE the weakest domain.
    levels = {i.id: 3 for i in SPBE.indicators}
    for i in SPBE.indicators:
        if i.domain_id == "D3":
            levels[i.id] = 1
        if i.domain_id == "D2":
            levels[i.id] = 2
    levels.update({"I32": 2, "I33": 2, "I34": 2, "I35": 2, "I36": 2, "I37": 2})
    now = compute_index(SPBE, levels)
    assert now.predicate == "Cukup"
    plan = plan_to_target(SPBE, levels, "2.6")
    assert plan.reached
    assert (
        compute_index(
            SPBE, {**levels, **{s.indicator_id: s.to_level for s in plan.steps}}
        ).predicate
        == "Baik"
    )
    assert all(a.gain >= b.gain for a, b in itertools.pairwise(plan.steps))


def test_locked_indicators_are_never_raised() -> None:
    locked = {i.id for i in SPBE.indicators if i.weight == Decimal(3)}
    plan = plan_to_target(SPBE, {}, "2.0", locked=locked)
    assert plan.reached
    assert not {s.indicator_id for s in plan.steps} & locked
