"""The provisional partial-credit rule of Pemdi 2026 and its gating, checked with hypothesis.

Against the shipped ``pemdi-2026`` pack and against small generated packs (other item counts and
other level bands), the value of an indicator must stay in 1-5, never fall when one more item is
accepted, ignore items above the first incomplete level (which show as blocked, in the rule and
in ``spbe items``), ignore optional items, and equal :func:`oracle`: the rule written again here
from the words of the reference (``../shared/reference/pemdi-2026.md``, "Scoring"), reading the
pack's JSON file directly rather than the parsed model.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_desktop.core.items import indicator_values
from spbe_desktop.core.packs import (
    Indicator,
    Pack,
    load_shipped_pack,
    parse_pack,
    shipped_pack_path,
)
from spbe_desktop.services.items import item_rows, items_json
from spbe_desktop.services.workspace import indicators_json, init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore

PEMDI = load_shipped_pack("pemdi-2026")
RAW = json.loads(shipped_pack_path("pemdi-2026").read_text(encoding="utf-8"))
EVIDENCE = [i for i in PEMDI.indicators if i.source == "evidence"]
ITEMS = PEMDI.item_map

# --------------------------------------------------------------------------- the oracle
# "Level 1's items fill 1.0 -> 1.5, level 2's 1.5 -> 2.5, level 3's 2.5 -> 3.5, level 4's
# 3.5 -> 4.0, level 5's 4.0 -> 5.0."
REFERENCE_BANDS = {
    1: (Fraction(1), Fraction(3, 2)),
    2: (Fraction(3, 2), Fraction(5, 2)),
    3: (Fraction(5, 2), Fraction(7, 2)),
    4: (Fraction(7, 2), Fraction(4)),
    5: (Fraction(4), Fraction(5)),
}
Required = dict[int, list[str]]  # level -> codes of its required items


def oracle(
    required: Required, accepted: set[str], bands: dict[int, tuple[Fraction, Fraction]]
) -> Fraction:
    """ "L = the first level whose required items are not all accepted (all lower levels
    complete); value = low(L) + width(L) x accepted required items of L / required items of L;
    all five complete = 5.0." """
    for level in (1, 2, 3, 4, 5):
        codes = required[level]
        got = sum(1 for c in codes if c in accepted)
        if got < len(codes):
            low, high = bands[level]
            return low + (high - low) * Fraction(got, len(codes))
    return Fraction(5)


@cache
def raw_required(number: int) -> Required:
    """Required item codes per level, read from the pack file itself."""
    ind = next(i for a in RAW["aspects"] for i in a["indicators"] if i["number"] == number)
    return {
        lv["level"]: [it["code"] for it in lv["items"] if it["required"]] for lv in ind["levels"]
    }


def same(value: Decimal, exact: Fraction) -> bool:
    """Decimal division rounds at 28 digits (7/6 is 1.1666…67): equal up to that."""
    return abs(Fraction(value) - exact) < Fraction(1, 10**20)


# ------------------------------------------------------------------------ generated packs
def mini_pack(levels: list[tuple[int, int]], edges: list[Fraction]) -> Pack:
    """A one-indicator pack scored by items: ``levels[k]`` = (required, optional) items of
    level k+1; ``edges`` the four inner band edges (bands 1-e1, e1-e2, …, e4-5)."""
    cuts = [Fraction(1), *edges, Fraction(5)]
    items_of = []
    for n, (req, opt) in enumerate(levels, start=1):
        items_of.append(
            [
                {
                    "code": f"I1-L{n}-{k + 1:02d}",
                    "name": f"Butir {n}.{k + 1}",
                    "shows": "Dokumen yang ditetapkan.",
                    "required": k < req,
                    "not_this": [],
                }
                for k in range(req + opt)
            ]
        )
    data: dict[str, Any] = {
        "schema": 2,
        "id": "mini-items",
        "version": "1",
        "title": "Mini",
        "index_name": "Indeks Mini",
        "provisional": False,
        "provenance": "test",
        "level_families": {"f": {"name": "F", "levels": {str(n): f"T{n}" for n in range(1, 6)}}},
        "scoring": {
            "rule": "items",
            "level_bands": [
                {"level": n, "min": _num(cuts[n - 1]), "max": _num(cuts[n])} for n in range(1, 6)
            ],
        },
        "predicates": [{"name": "Semua", "min": 1, "max": 5}],
        "aspects": [
            {
                "id": "A1",
                "number": 1,
                "name": "Satu",
                "weight": 100,
                "indicators": [
                    {
                        "id": "X1",
                        "number": 1,
                        "name": "Satu",
                        "weight": 100,
                        "family": "f",
                        "source": "evidence",
                        "explanation": "e",
                        "levels": [
                            {"level": n, "criteria": f"k{n}", "items": items_of[n - 1]}
                            for n in range(1, 6)
                        ],
                    }
                ],
            }
        ],
    }
    return parse_pack(json.loads(json.dumps(data)), source="mini.json")


def _num(x: Fraction) -> float | int:
    return int(x) if x.denominator == 1 else float(x)


@st.composite
def mini_packs(draw: st.DrawFn) -> tuple[Pack, dict[int, tuple[Fraction, Fraction]]]:
    levels = draw(st.lists(st.tuples(st.integers(1, 4), st.integers(0, 2)), min_size=5, max_size=5))
    # Four distinct inner edges on a grid of eighths (exact in binary, so JSON keeps them).
    grid = draw(st.sets(st.integers(9, 39), min_size=4, max_size=4))
    edges = [Fraction(g, 8) for g in sorted(grid)]
    cuts = [Fraction(1), *edges, Fraction(5)]
    return mini_pack(levels, edges), {n: (cuts[n - 1], cuts[n]) for n in range(1, 6)}


def _required(ind: Indicator) -> Required:
    return {lv.level: [i.code for i in lv.required_items] for lv in ind.levels}


def _first_incomplete(required: Required, accepted: set[str]) -> int | None:
    return next((lv for lv in (1, 2, 3, 4, 5) if not set(required[lv]) <= accepted), None)


# ----------------------------------------------------------------- the shipped pack
@st.composite
def pemdi_case(draw: st.DrawFn) -> tuple[Indicator, set[str], str]:
    ind = draw(st.sampled_from(EVIDENCE))
    codes = [i.code for i in ind.items]
    accepted = draw(st.sets(st.sampled_from(codes)))
    extra = draw(st.sampled_from(codes))
    return ind, accepted, extra


@settings(max_examples=250, deadline=None)
@given(pemdi_case())
def test_shipped_rule_matches_the_reference_and_is_bounded_monotone_and_gated(
    case: tuple[Indicator, set[str], str],
) -> None:
    ind, accepted, extra = case
    rule = PEMDI.scoring
    value = rule.indicator_value(ind, accepted)
    assert Decimal(1) <= value <= Decimal(5)
    assert same(value, oracle(raw_required(ind.number), accepted, REFERENCE_BANDS))
    # One more accepted item never lowers the value.
    more = rule.indicator_value(ind, accepted | {extra})
    assert more >= value
    top = _first_incomplete(raw_required(ind.number), accepted)
    item = ITEMS[extra]
    blocked = rule.blocked(ind, accepted)
    if top is not None and item.level > top:
        # Above the gate: no credit, shown as blocked.
        assert more == value
        assert extra in blocked
    else:
        assert extra not in blocked
    if not item.required:
        assert more == value


@pytest.mark.parametrize("ind", EVIDENCE, ids=lambda i: f"P{i.number:02d}")
def test_complete_levels_give_the_next_bands_minimum_whatever_lies_above(ind: Indicator) -> None:
    rule = PEMDI.scoring
    required = raw_required(ind.number)
    reference_minimum = [Fraction(1), Fraction(3, 2), Fraction(5, 2), Fraction(7, 2), Fraction(4)]
    done: set[str] = set()
    for k in range(5):  # levels 1..k complete, nothing of k+1
        above = {i.code for i in ind.items if i.level > k + 1}
        for accepted in (done, done | above):
            value = rule.indicator_value(ind, accepted)
            assert value == rule.bands[k].minimum
            assert same(value, reference_minimum[k])
        done |= set(required[k + 1])
    assert rule.indicator_value(ind, done) == 5
    assert rule.blocked(ind, done) == frozenset()
    optional = {i.code for i in ind.items if not i.required}
    assert rule.indicator_value(ind, optional) == 1


def test_the_reference_examples() -> None:
    """ "Level 1 complete and nothing more = 1.50; level 1 complete and half of level 2 = 2.00."""
    ind = PEMDI.indicator(1)
    req = raw_required(1)
    assert PEMDI.scoring.indicator_value(ind, set(req[1])) == Decimal("1.5")
    half = set(req[1]) | set(req[2][: len(req[2]) // 2])
    assert PEMDI.scoring.indicator_value(ind, half) == Decimal("2.0")


# ----------------------------------------------------------------- generated packs
@st.composite
def mini_case(
    draw: st.DrawFn,
) -> tuple[Pack, dict[int, tuple[Fraction, Fraction]], set[str], str]:
    pack, bands = draw(mini_packs())
    codes = [i.code for i in pack.indicators[0].items]
    return pack, bands, draw(st.sets(st.sampled_from(codes))), draw(st.sampled_from(codes))


@settings(max_examples=150, deadline=None)
@given(mini_case())
def test_generated_packs_follow_the_rule_with_their_own_bands(
    case: tuple[Pack, dict[int, tuple[Fraction, Fraction]], set[str], str],
) -> None:
    pack, bands, accepted, extra = case
    ind = pack.indicators[0]
    rule = pack.scoring
    required = _required(ind)
    value = rule.indicator_value(ind, accepted)
    assert Decimal(1) <= value <= Decimal(5)
    assert same(value, oracle(required, accepted, bands))
    more = rule.indicator_value(ind, accepted | {extra})
    assert more >= value
    top = _first_incomplete(required, accepted)
    level_of_extra = int(extra.split("-L")[1][0])
    if top is not None and level_of_extra > top:
        assert more == value and extra in rule.blocked(ind, accepted)
    optional = {i.code for i in ind.items if not i.required}
    assert rule.indicator_value(ind, accepted | optional) == value
    assert rule.indicator_value(ind, accepted - optional) == value
    # Complete levels 1..k and none of k+1: the band's minimum.
    done: set[str] = set()
    for k in range(1, 6):
        assert same(rule.indicator_value(ind, done), bands[k][0])
        done |= set(required[k])
    assert rule.indicator_value(ind, done) == 5


# ---------------------------------------------------------------- values of the pack
@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.sampled_from(sorted(PEMDI.item_map))),
    st.sets(st.sampled_from([i.id for i in PEMDI.indicators])),
)
def test_indicator_values_of_the_whole_pack(accepted: set[str], not_applicable: set[str]) -> None:
    values = indicator_values(
        PEMDI,
        accepted=frozenset(accepted),
        levels={i.id: 5 for i in PEMDI.indicators},  # claimed levels do not count under items
        external={},
        not_applicable=frozenset(not_applicable),
    )
    for ind in PEMDI.indicators:
        if ind.id in not_applicable or ind.source == "external":
            # Not applicable counts as 1; a national index without a score counts as 1.
            assert values[ind.id] == 1
        else:
            assert same(values[ind.id], oracle(raw_required(ind.number), accepted, REFERENCE_BANDS))


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=0, max_value=100, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_external_value_is_one_plus_four_times_score_over_100(a: Decimal, b: Decimal) -> None:
    """A 0-100 index gives 1 + 4 x score / 100; IPS runs 1-5 and is the value itself. The
    items of an external indicator (supporting material) never count."""
    externals = [i for i in PEMDI.indicators if i.source == "external"]
    assert [(i.number, i.external.score_max) for i in externals if i.external] == [
        (5, 100),
        (6, 100),
        (7, 5),
        (18, 100),
    ]
    low, high = sorted((a, b))
    for ind in externals:
        ext = ind.external
        assert ext is not None
        # The same fraction of the index's range.
        s_low, s_high = (
            ext.score_min + (ext.score_max - ext.score_min) * x / 100 for x in (low, high)
        )
        v_low = PEMDI.scoring.indicator_value(ind, set(), s_low)
        v_high = PEMDI.scoring.indicator_value(ind, {i.code for i in ind.items}, s_high)
        assert same(v_low, 1 + 4 * Fraction(low) / 100)
        assert same(v_high, 1 + 4 * Fraction(high) / 100)
        assert Decimal(1) <= v_low <= v_high <= Decimal(5)
        if ext.score_max == 100:
            assert same(v_low, 1 + 4 * Fraction(s_low) / 100)


# ---------------------------------------------------------------- what ``spbe items`` shows
def test_items_status_shows_the_gate(tmp_path: Path) -> None:
    """Through a real workspace: items above the first incomplete level are "blocked", accepted
    ones below it "accepted", and the indicator's value is the rule's."""
    ws = tmp_path / "koordinator.spbe"
    init_workspace(
        ws, role="coordinator", instansi="Pemkab", officer="Budi", framework="pemdi-2026"
    )
    ind = PEMDI.indicator(1)
    codes = [i.code for i in ind.items]

    @settings(max_examples=25, deadline=None)
    @given(st.sets(st.sampled_from(codes)))
    def check(accepted: set[str]) -> None:
        with WorkspaceStore.open(ws) as store, store.transaction():
            for code in codes:
                verdict = "accepted" if code in accepted else None
                store.set_item_verdict(0, code, verdict, "test")
        rows = {r["code"]: r["status"] for r in items_json(item_rows(ws, "1"))}
        top = _first_incomplete(raw_required(1), accepted)
        for item in ind.items:
            if top is not None and item.level > top:
                assert rows[item.code] == "blocked", item.code
            elif item.code in accepted:
                assert rows[item.code] == "accepted", item.code
            else:
                assert rows[item.code] == "empty", item.code
        [row] = [r for r in indicators_json(ws) if r["number"] == 1]
        expected = oracle(raw_required(1), accepted, REFERENCE_BANDS)
        assert row["value"] == round(float(expected), 4)

    check()
