"""The planner over evidence items (Pemdi 2026), checked with hypothesis.

What a coordinator relies on: the plan reaches the target whenever it can (recomputed here with
``compute_index`` on the values after doing the steps), takes items in the only order the portal
credits them (level by level, never above an incomplete level), leaves locked indicators alone,
raises national index scores towards their maximum, and costs no more than the cheapest way, which
is found here by brute force over every subset of the missing items of 3-4 indicators.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spbe_desktop.core.index import compute_index
from spbe_desktop.core.item_plan import ItemPlan, ItemStep, coefficients, plan_items
from spbe_desktop.core.items import ExternalScore, indicator_values
from spbe_desktop.core.packs import Indicator, Pack, load_shipped_pack, parse_pack

PEMDI = load_shipped_pack("pemdi-2026")
EXTERNAL = [i for i in PEMDI.indicators if i.external is not None]
# Evidence indicators with at most 8 required items: small enough to try every subset.
SMALL = [
    i.id
    for i in PEMDI.indicators
    if i.source == "evidence" and sum(len(lv.required_items) for lv in i.levels) <= 8
]


def _score(ind: Indicator, score: Decimal) -> ExternalScore:
    assert ind.external is not None
    return ExternalScore(ind.id, score, ind.external.value(score), "test", None, "t", "t")


def values_of(
    pack: Pack,
    accepted: frozenset[str],
    scores: Mapping[str, Decimal],
    not_applicable: frozenset[str] = frozenset(),
) -> dict[str, Decimal]:
    imap = pack.indicator_map
    return indicator_values(
        pack,
        accepted=accepted,
        levels={},
        external={k: _score(imap[k], s) for k, s in scores.items()},
        not_applicable=not_applicable,
    )


def after_plan(
    pack: Pack, plan: ItemPlan, accepted: frozenset[str], scores: Mapping[str, Decimal]
) -> tuple[frozenset[str], dict[str, Decimal]]:
    """The accepted items and scores once every step is done."""
    done = set(accepted)
    new_scores = dict(scores)
    for s in plan.steps:
        if s.kind == "item":
            assert s.item_code is not None
            done.add(s.item_code)
        else:
            assert s.kind == "external" and s.score is not None
            new_scores[s.indicator_id] = s.score
    return frozenset(done), new_scores


def check_steps(
    pack: Pack,
    plan: ItemPlan,
    accepted: frozenset[str],
    scores: Mapping[str, Decimal],
    locked: frozenset[str],
) -> None:
    """Gating, order, locks and the figures each step shows."""
    imap = pack.indicator_map
    seen: list[str] = []
    have = set(accepted)
    now = dict(scores)
    for step in plan.steps:
        ind = imap[step.indicator_id]
        assert step.indicator_id not in locked
        if seen and seen[-1] != step.indicator_id:
            assert step.indicator_id not in seen, "an indicator's steps are not together"
        seen.append(step.indicator_id)
        if step.kind == "item":
            item = pack.item(step.item_code or "")
            assert item.indicator_id == ind.id and item.required and item.code not in have
            assert step.level == item.level
            # Never above an incomplete level: every lower level is complete by now.
            for lv in ind.levels[: item.level - 1]:
                assert {i.code for i in lv.required_items} <= have, (item.code, lv.level)
            have.add(item.code)
            assert step.value_after == pack.scoring.indicator_value(ind, have)
        else:
            ext = ind.external
            assert ext is not None and step.score is not None
            before = now.get(ind.id)
            assert before is None or step.score > before
            assert step.score <= ext.score_max
            now[ind.id] = step.score
            assert step.value_after == ext.value(step.score)
            if (ext.score_min, ext.score_max) == (0, 100):
                assert step.value_after == 1 + 4 * step.score / 100
    # index_after of each step is the index computed from scratch at that point.
    if plan.steps:
        done, new_scores = after_plan(pack, plan, accepted, scores)
        recomputed = compute_index(pack, values_of(pack, done, new_scores)).index
        assert abs(plan.steps[-1].index_after - recomputed) < Decimal("1e-20")
        assert abs(plan.end - recomputed) < Decimal("1e-20")
    assert plan.total_cost == sum((s.cost for s in plan.steps), Decimal(0))


def best_index(pack: Pack, values: Mapping[str, Decimal], locked: frozenset[str]) -> Decimal:
    """Every unlocked indicator at 5 (each level has required items; every index can reach
    its maximum)."""
    top = {k: (v if k in locked else Decimal(5)) for k, v in values.items()}
    return compute_index(pack, top).index


# ------------------------------------------------------------------ the shipped pack
@st.composite
def pemdi_state(
    draw: st.DrawFn,
) -> tuple[frozenset[str], dict[str, Decimal], frozenset[str], Decimal]:
    accepted = frozenset(draw(st.sets(st.sampled_from(sorted(PEMDI.item_map)), max_size=80)))
    scores = {
        ind.id: draw(st.decimals(ind.external.score_min, ind.external.score_max, places=2))
        for ind in EXTERNAL
        if ind.external is not None and draw(st.booleans())
    }
    locked = frozenset(draw(st.sets(st.sampled_from([i.id for i in PEMDI.indicators]))))
    target = draw(st.decimals(min_value=1, max_value=5, places=2))
    return accepted, scores, locked, target


@settings(max_examples=80, deadline=None)
@given(pemdi_state())
def test_plan_reaches_the_target_when_it_can_and_respects_gating_and_locks(
    state: tuple[frozenset[str], dict[str, Decimal], frozenset[str], Decimal],
) -> None:
    accepted, scores, locked, target = state
    values = values_of(PEMDI, accepted, scores)
    start = compute_index(PEMDI, values).index
    plan = plan_items(PEMDI, values, target, accepted=accepted, scores=scores, locked=locked)
    assert abs(plan.start - start) < Decimal("1e-20")
    check_steps(PEMDI, plan, accepted, scores, locked)
    reachable = best_index(PEMDI, values, locked) >= target
    assert plan.reached == reachable
    done, new_scores = after_plan(PEMDI, plan, accepted, scores)
    end = compute_index(PEMDI, values_of(PEMDI, done, new_scores)).index
    if reachable:
        assert end >= target
        if start >= target:
            assert plan.steps == ()
    else:
        # Everything allowed is in the plan: every unlocked indicator ends at 5.
        assert end == best_index(PEMDI, values, locked)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(EXTERNAL),
    st.one_of(st.none(), st.integers(0, 100)),
    st.sampled_from(["1", "2", "0.5"]),
)
def test_external_steps_raise_the_score_towards_the_maximum(
    ind: Indicator, percent: int | None, cost: str
) -> None:
    """Only the national index moves; each step is one tenth of the range, the last one at its
    maximum, and its value is 1 + 4 x score / 100 on a 0-100 index."""
    ext = ind.external
    assert ext is not None
    scores = (
        {}
        if percent is None
        else {ind.id: ext.score_min + (ext.score_max - ext.score_min) * percent / 100}
    )
    locked = frozenset(i.id for i in PEMDI.indicators if i.id != ind.id)
    values = values_of(PEMDI, frozenset(), scores)
    plan = plan_items(
        PEMDI, values, "5", accepted=frozenset(), scores=scores, locked=locked, costs={ind.id: cost}
    )
    assert not plan.reached  # one indicator alone cannot lift the index to 5
    check_steps(PEMDI, plan, frozenset(), scores, locked)
    assert {s.kind for s in plan.steps} <= {"external"}
    if percent == 100:
        assert plan.steps == ()
        return
    assert plan.steps and plan.steps[-1].score == ext.score_max
    assert plan.steps[-1].value_after == 5
    size = (ext.score_max - ext.score_min) / 10
    assert all(s.score is not None and (s.score - ext.score_min) % size == 0 for s in plan.steps)
    start = scores.get(ind.id, ext.score_min)
    # One step per tenth of the range above the current score.
    assert len(plan.steps) == 10 - int((start - ext.score_min) // size)
    assert all(s.cost == Decimal(cost) for s in plan.steps)
    assert all(s.owner == ind.default_owner for s in plan.steps)


def test_external_value_recorded_without_a_score_is_where_the_plan_starts() -> None:
    """``spbe external WS 5 --value 3.2`` records the value alone (no score): the plan must not
    propose to "raise" SDI to 10 (value 1.4) when it already stands at 3.2."""
    ind = PEMDI.indicator(5)
    locked = frozenset(i.id for i in PEMDI.indicators if i.id != ind.id)
    value_only = ExternalScore(ind.id, None, Decimal("3.2"), "SDI", None, "t", "t")
    values = indicator_values(PEMDI, accepted=frozenset(), levels={}, external={ind.id: value_only})
    assert values[ind.id] == Decimal("3.2")
    start = compute_index(PEMDI, values).index
    plan = plan_items(
        PEMDI, values, start + Decimal("0.01"), accepted=frozenset(), scores={ind.id: None},
        locked=locked,
    )  # fmt: skip
    assert plan.reached
    assert all(s.value_after > Decimal("3.2") for s in plan.steps)
    assert all(s.gain > 0 for s in plan.steps)
    # The cheapest way is one step (3.2 is score 55; the next tenth, 60, gives 3.4).
    assert len(plan.steps) == 1 and plan.steps[0].score == 60


def test_owners_and_costs_per_item_are_used() -> None:
    ind = PEMDI.indicator(2)
    locked = frozenset(i.id for i in PEMDI.indicators if i.id != ind.id)
    values = values_of(PEMDI, frozenset(), {})
    l1 = [i.code for i in ind.level(1).required_items]
    costs = {l1[0]: 3, ind.id: 1}
    plan = plan_items(
        PEMDI,
        values,
        "1.0125",  # half of level 1 of P02 (weight 5 of aspect weight 10: 0.05 per value unit)
        accepted=frozenset(),
        locked=locked,
        costs=costs,
        owners={ind.id: "Bagian Organisasi"},
    )
    assert plan.reached
    # Either level-1 item gives the same credit: the cheaper one is planned.
    assert [s.item_code for s in plan.steps] == [l1[1]]
    assert plan.total_cost == 1
    assert plan.by_owner() == {"Bagian Organisasi": list(plan.steps)}
    with pytest.raises(ValueError, match="positive"):
        plan_items(PEMDI, values, "2", accepted=frozenset(), costs={ind.id: 0})


# --------------------------------------------------------------------- brute force
def brute_force_cost(
    pack: Pack,
    ids: list[str],
    accepted: frozenset[str],
    values: Mapping[str, Decimal],
    target: Decimal,
    cost_of: Mapping[str, Fraction],
) -> Fraction | None:
    """The least cost over every subset of the missing required items of ``ids`` (None:
    unreachable). No ordering is assumed: the rule itself says what each subset is worth."""
    coef = coefficients(pack)
    start = sum((coef[k] * Fraction(values[k]) for k in coef), Fraction(0))
    need = Fraction(target) - start
    if need <= 0:
        return Fraction(0)
    frontiers = []
    for k in ids:
        ind = pack.indicator_map[k]
        missing = [i.code for i in ind.items if i.required and i.code not in accepted]
        best: dict[Fraction, Fraction] = {}  # gain -> least cost
        for r in range(len(missing) + 1):
            for subset in itertools.combinations(missing, r):
                gain = coef[k] * (
                    Fraction(pack.scoring.indicator_value(ind, accepted | set(subset)))
                    - Fraction(values[k])
                )
                cost = sum((cost_of[c] for c in subset), Fraction(0))
                if gain not in best or cost < best[gain]:
                    best[gain] = cost
        frontiers.append(best)
    # Every combination of one subset per indicator, merged two lists at a time (a pair with
    # the same total gain keeps its least cost: nothing else matters for the answer).
    total: dict[Fraction, Fraction] = {Fraction(0): Fraction(0)}
    for frontier in frontiers:
        merged: dict[Fraction, Fraction] = {}
        for g1, c1 in total.items():
            for g2, c2 in frontier.items():
                g, c = g1 + g2, c1 + c2
                if g not in merged or c < merged[g]:
                    merged[g] = c
        total = merged
    enough = [c for g, c in total.items() if g >= need]
    return min(enough) if enough else None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(SMALL), min_size=3, max_size=4, unique=True),
    st.data(),
)
def test_plan_costs_the_least_on_small_cases_of_the_shipped_pack(
    ids: list[str], data: st.DataObject
) -> None:
    codes = sorted(c for k in ids for c in (i.code for i in PEMDI.indicator_map[k].items))
    accepted = frozenset(data.draw(st.sets(st.sampled_from(codes))))
    unit = data.draw(st.booleans())
    cost_of = {
        c: Fraction(1)
        if unit
        else data.draw(st.sampled_from([Fraction(1, 2), Fraction(1), Fraction(2), Fraction(3)]))
        for c in codes
    }
    locked = frozenset(i.id for i in PEMDI.indicators if i.id not in ids)
    values = values_of(PEMDI, accepted, {})
    start = compute_index(PEMDI, values).index
    top = best_index(PEMDI, values, locked)
    target = data.draw(st.decimals(min_value=start, max_value=top + Decimal("0.05"), places=4))
    plan = plan_items(
        PEMDI,
        values,
        target,
        accepted=accepted,
        locked=locked,
        costs=None if unit else {c: Decimal(str(float(v))) for c, v in cost_of.items()},
    )
    check_steps(PEMDI, plan, accepted, {}, locked)
    least = brute_force_cost(PEMDI, ids, accepted, values, target, cost_of)
    assert plan.reached == (least is not None)
    if least is not None:
        assert Fraction(plan.total_cost) == least


# ------------------------------------------------------------------ generated packs
def planner_pack(shape: list[list[int]], weights: list[int], split: int) -> Pack:
    """A pack of two aspects scored by items: ``shape[k]`` = required items per level of
    indicator k+1; indicators 1..split in aspect 1, the rest in aspect 2."""

    def indicator(k: int) -> dict[str, Any]:
        n = k + 1
        return {
            "id": f"X{n}",
            "number": n,
            "name": f"Indikator {n}",
            "weight": weights[k],
            "family": "f",
            "source": "evidence",
            "explanation": "e",
            "default_owner": f"Dinas {n}",
            "levels": [
                {
                    "level": lv,
                    "criteria": f"k{lv}",
                    "items": [
                        {
                            "code": f"I{n}-L{lv}-{j + 1:02d}",
                            "name": f"Butir {n}.{lv}.{j + 1}",
                            "shows": "Dokumen.",
                            "required": True,
                            "not_this": [],
                        }
                        for j in range(shape[k][lv - 1])
                    ],
                }
                for lv in range(1, 6)
            ],
        }

    inds = [indicator(k) for k in range(len(shape))]
    w1 = sum(weights[:split])
    data = {
        "schema": 2,
        "id": "mini-plan",
        "version": "1",
        "title": "Mini",
        "index_name": "Indeks Mini",
        "provisional": False,
        "provenance": "test",
        "level_families": {"f": {"name": "F", "levels": {str(n): f"T{n}" for n in range(1, 6)}}},
        "scoring": {
            "rule": "items",
            "level_bands": [
                {"level": 1, "min": 1, "max": 1.5},
                {"level": 2, "min": 1.5, "max": 2.5},
                {"level": 3, "min": 2.5, "max": 3.5},
                {"level": 4, "min": 3.5, "max": 4},
                {"level": 5, "min": 4, "max": 5},
            ],
        },
        "predicates": [
            {"name": "Kurang", "min": 1, "max": 2.5},
            {"name": "Baik", "min": 2.5, "max": 5},
        ],
        "aspects": [
            {"id": "A1", "number": 1, "name": "Satu", "weight": w1, "indicators": inds[:split]},
            {
                "id": "A2",
                "number": 2,
                "name": "Dua",
                "weight": 100 - w1,
                "indicators": inds[split:],
            },
        ],
    }
    return parse_pack(data, source="mini-plan.json")


@st.composite
def planner_case(draw: st.DrawFn) -> tuple[Pack, frozenset[str], dict[str, Fraction], Decimal]:
    n = draw(st.integers(3, 4))
    # One required item per level, two on up to two levels (at most 7: 128 subsets to try).
    shape = []
    for _ in range(n):
        twos = draw(st.sets(st.integers(0, 4), max_size=2))
        shape.append([2 if lv in twos else 1 for lv in range(5)])
    cuts = sorted(draw(st.sets(st.integers(1, 99), min_size=n - 1, max_size=n - 1)))
    weights = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    pack = planner_pack(shape, weights, draw(st.integers(1, n - 1)))
    codes = sorted(pack.item_map)
    accepted = frozenset(draw(st.sets(st.sampled_from(codes))))
    cost_of = {c: Fraction(draw(st.integers(1, 4))) for c in codes}
    target = draw(st.decimals(min_value=1, max_value=5, places=3))
    return pack, accepted, cost_of, target


@settings(max_examples=60, deadline=None)
@given(planner_case())
def test_plan_costs_the_least_on_generated_packs(
    case: tuple[Pack, frozenset[str], dict[str, Fraction], Decimal],
) -> None:
    pack, accepted, cost_of, target = case
    values = values_of(pack, accepted, {})
    assume(compute_index(pack, values).index < target)
    ids = [i.id for i in pack.indicators]
    costs = {c: int(v) for c, v in cost_of.items()}
    plan = plan_items(pack, values, target, accepted=accepted, costs=costs)
    check_steps(pack, plan, accepted, {}, frozenset())
    least = brute_force_cost(pack, ids, accepted, values, target, cost_of)
    assert plan.reached == (least is not None)
    if least is not None:
        assert Fraction(plan.total_cost) == least
        done, _ = after_plan(pack, plan, accepted, {})
        assert compute_index(pack, values_of(pack, done, {})).index >= target
    assert all(s.owner == f"Dinas {pack.indicator_map[s.indicator_id].number}" for s in plan.steps)


def test_steps_name_items_and_owners_for_the_json() -> None:
    """A step carries what ``spbe index --json`` prints: the item, its level, the owner."""
    values = values_of(PEMDI, frozenset(), {})
    plan = plan_items(PEMDI, values, "1.1", accepted=frozenset())
    assert plan.reached and plan.steps
    step: ItemStep = plan.steps[0]
    if step.kind == "item":
        assert step.item_code and step.level == 1 and step.item_name
    assert all(s.owner for s in plan.steps)
