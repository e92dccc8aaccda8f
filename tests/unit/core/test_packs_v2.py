"""Pack schema 2: the shipped packs, schema-1 compatibility, errors that name the field, the
published 2026 assessor result, the partial-credit rule as data, and external indices."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe_desktop.core.packs import (
    Indicator,
    Pack,
    canonical_json,
    load_pack_bytes,
    load_pack_file,
    load_shipped_pack,
    pack_hash,
    pack_to_bytes,
    parse_pack,
    shipped_pack_path,
)
from spbe_desktop.errors import PackError, known_codes

PEMDI = load_shipped_pack("pemdi-2026")
SPBE = load_shipped_pack("spbe-2020")

# Published external-assessor values of one regency, 2026 (reference pemdi-2026.md).
PUBLISHED_VALUES = {
    1: "2.0", 2: "1.5", 3: "1.26", 4: "1.3", 5: "1.0", 6: "1.0", 7: "1.0", 8: "1.0", 9: "1.0",
    10: "1.0", 11: "1.5", 12: "1.25", 13: "1.17", 14: "1.0", 15: "1.0", 16: "1.0", 17: "2.5",
    18: "1.0", 19: "1.0", 20: "1.3",
}  # fmt: skip
PUBLISHED_ASPECTS = ["1.75", "1.28", "1.0", "1.17", "1.08", "1.4", "1.18"]
PUBLISHED_INDEX = "1.24"
# Items the assessors accepted in the same regency's stage 1 (reference pemdi-2026-items.md).
ACCEPTED_2026 = {
    1: {"I1-L1-01", "I1-L2-01", "I1-L2-03"},
    2: {"I2-L1-01", "I2-L1-02"},
    11: {"I11-L1-01"},
    12: {"I12-L1-01"},
    13: {"I13-L1-01"},
    17: {"I17-L1-01", "I17-L1-02", "I17-L2-01", "I17-L2-02"},
}


def two(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def weighted(pack: Pack, values: dict[int, Decimal], ids: tuple[str, ...]) -> Decimal:
    inds = [pack.indicator(i) for i in ids]
    total = sum((ind.weight for ind in inds), Decimal(0))
    return sum((ind.weight * values[ind.number] for ind in inds), Decimal(0)) / total


# ------------------------------------------------------------------------- shipped packs
@pytest.mark.parametrize("pack", [PEMDI, SPBE], ids=["pemdi-2026", "spbe-2020"])
def test_shipped_pack_is_schema_2_with_items_on_every_evidence_level(pack: Pack) -> None:
    assert pack.schema == 2
    codes = [i.code for ind in pack.indicators for i in ind.items]
    assert len(codes) == len(set(codes))
    for ind in pack.indicators:
        assert ind.full_name.startswith("Tingkat Kematangan ")
        for lv in ind.levels:
            assert all(i.code.startswith(f"I{ind.number}-L{lv.level}-") for i in lv.items)
            if ind.source == "evidence":
                assert lv.required_items, (ind.number, lv.level)
                assert lv.evidence == tuple(i.name for i in lv.items)
    assert pack_to_bytes(pack) and load_pack_bytes(pack_to_bytes(pack), "kit") == pack


def test_pemdi_pack_holds_the_reference_facts() -> None:
    pack = PEMDI
    assert pack.provisional and pack.scoring.rule == "items" and pack.scoring.provisional
    assert [a.weight for a in pack.aspects] == [10, 10, 15, 15, 10, 15, 25]
    assert [i.weight for i in pack.indicators] == [
        5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15,
    ]  # fmt: skip
    assert pack.indicator(9).full_name == (
        "Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi"
    )
    assert [i.number for i in pack.indicators if i.source == "external"] == [5, 6, 7, 18]
    sdi = pack.indicator(5).external
    assert sdi is not None and "Satu Data" in sdi.index
    for n in (10, 12):
        ikasandi = [i for i in pack.indicator(n).items if "IKASANDI" in i.name]
        assert ikasandi and all(i.freshness and i.freshness.max_age_months == 12 for i in ikasandi)
    hints = " ".join(h for ind in pack.indicators for i in ind.items for h in i.not_this)
    for rejected in ("Indeks KAMI", "SK Tim Asesor Internal", "Daftar layanan beserta SLA"):
        assert rejected in hints
    assert len(pack.indicator(8).items) == 35
    assert [lf.provisional for lf in pack.level_families] == [True]
    assert all(b.provisional for b in pack.predicates)
    assert pack.calendar is not None and [s.id for s in pack.calendar.stages][:4] == [
        "mandiri",
        "dokumen",
        "interviu",
        "visitasi",
    ]
    assert {s.repo for s in pack.sources} >= {"Niumination/PemdiAcehTengah"}
    assert {i.id for i in pack.indicators} == {f"P{n:02d}" for n in range(1, 21)}


def test_spbe_pack_follows_the_ladder_and_keeps_its_ids() -> None:
    pack = SPBE
    assert not pack.provisional and pack.scoring.rule == "level"
    assert pack.indicator(25).name == "Penerapan Kompetensi Sumber Daya Manusia"
    assert pack.indicator(38).name == "Layanan Pengelolaan Barang Milik Negara/Daerah"
    assert "unit TIK" in pack.indicator(4).level(3).criteria
    assert "3 tahun" in pack.indicator(12).level(4).criteria
    assert "aplikasi manajemen layanan" in pack.indicator(28).level(4).criteria
    assert "antarunit" in pack.indicator(20).explanation
    assert {i.id for i in pack.indicators} == {f"I{n:02d}" for n in range(1, 48)}
    assert any(not i.required for ind in pack.indicators for i in ind.items)
    audit = pack.indicator(31).level(3).items[0]
    assert audit.freshness is not None and audit.freshness.max_age_months == 24


# ------------------------------------------------------------------------ schema 1 still
MINIMAL_V1: dict[str, Any] = {
    "id": "mini",
    "version": "1",
    "title": "Mini",
    "index_name": "Indeks Mini",
    "provenance": "test",
    "level_families": {"f": {"name": "F", "levels": {str(n): f"T{n}" for n in range(1, 6)}}},
    "predicates": [{"name": "Semua", "min": 1.0, "max": 5.0}],
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
                    "explanation": "e",
                    "levels": [
                        {"level": n, "criteria": f"k{n}", "evidence": [f"b{n}", ""]}
                        for n in range(1, 6)
                    ],
                }
            ],
        }
    ],
}


def test_schema_1_pack_loads_with_its_old_hash() -> None:
    raw = json.dumps(MINIMAL_V1).encode()
    pack = load_pack_bytes(raw, "mini.json")
    assert pack.schema == 1 and pack.scoring.rule == "level" and pack.calendar is None
    assert pack.indicator(1).level(2).evidence == ("b2", "")
    assert pack.indicator(1).items == ()
    # The hash every workspace and bundle recorded for such a pack stays what it was.
    assert pack.content_hash == pack_hash(MINIMAL_V1)
    assert pack.content_hash == ("sha256:" + hashlib.sha256(canonical_json(MINIMAL_V1)).hexdigest())
    # No items, no credit: a schema-1 level is never "complete" by items.
    assert pack.scoring.indicator_value(pack.indicator(1), set()) == 1


def test_shipped_pack_stripped_to_schema_1_still_loads(tmp_path: Path) -> None:
    data = json.loads(shipped_pack_path("pemdi-2026").read_text(encoding="utf-8"))
    for key in ("schema", "scoring", "calendar", "sources"):
        data.pop(key)
    for asp in data["aspects"]:
        for ind in asp["indicators"]:
            for key in ("official_name", "source", "external", "provisional"):
                ind.pop(key, None)
            for lv in ind["levels"]:
                lv["evidence"] = [i["name"] for i in lv.pop("items")]
                lv.pop("provisional")
    path = tmp_path / "lama.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pack = load_pack_file(path)
    assert pack.schema == 1 and len(pack.indicators) == 20
    assert pack.indicator(1).level(2).evidence == PEMDI.indicator(1).level(2).evidence


# ----------------------------------------------------------------------- broken packs
def _ind(d: dict[str, Any], number: int) -> dict[str, Any]:
    return next(i for a in d["aspects"] for i in a["indicators"] if i["number"] == number)


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        target: Any = d
        keys = path.split("/")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return mutate


_DELETE = object()
IND1 = "aspects/0/indicators/0"
IND5 = "aspects/2/indicators/0"
J1 = "$.aspects[0].indicators[0]"
J5 = "$.aspects[2].indicators[0]"


def _duplicate_code(d: dict[str, Any]) -> None:
    _ind(d, 1)["levels"][1]["items"][1]["code"] = "I1-L2-01"


def _no_required(d: dict[str, Any]) -> None:
    for it in _ind(d, 2)["levels"][3]["items"]:
        it["required"] = False


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (_set(f"{IND1}/levels/0/items/0/code", "I2-L1-01"), f"{J1}.levels[0].items[0].code"),
        (_duplicate_code, "$.aspects[0].indicators[0].levels[1].items[1].code"),
        (_no_required, "$.aspects[0].indicators[1].levels[3].items"),
        (_set(f"{IND1}/levels/0/items/0/required", "ya"), f"{J1}.levels[0].items[0].required"),
        (_set(f"{IND1}/levels/0/items/0/not_this", "x"), f"{J1}.levels[0].items[0].not_this"),
        (_set(f"{IND1}/levels/0/items/0/shows", ""), f"{J1}.levels[0].items[0].shows"),
        (
            _set(f"{IND1}/levels/0/items/0/freshness", {"max_age_months": 0, "rule": "r"}),
            f"{J1}.levels[0].items[0].freshness.max_age_months",
        ),
        (_set(f"{IND1}/source", "index"), f"{J1}.source"),
        (_set(f"{IND1}/external", {"index": "x"}), f"{J1}.external"),
        (_set(f"{IND5}/external/index", ""), f"{J5}.external.index"),
        (_set(f"{IND5}/external/score_max", -1), f"{J5}.external.score_max"),
        (_set(f"{IND5}/levels/0/items/0/required", True), f"{J5}.levels[0].items"),
        (_set("scoring/rule", "median"), "$.scoring.rule"),
        (_set("scoring/level_bands/2/min", 2.6), "$.scoring.level_bands[2].min"),
        (_set("scoring", _DELETE), "$.scoring"),
        (_set("schema", 3), "$.schema"),
        (_set("calendar/stages/1/end", "2026-09-01"), "$.calendar.stages[1].end"),
        (_set("calendar/stages/0/start", "1 Agustus"), "$.calendar.stages[0].start"),
        (_set("sources/0/repo", "not a repo"), "$.sources[0].repo"),
        (_set("level_families/pemdi/provisional", "ya"), "$.level_families.pemdi.provisional"),
        (_set("predicates/0/provisional", 1), "$.predicates[0].provisional"),
    ],
    ids=[
        "code-of-another-indicator",
        "duplicate-code",
        "level-without-required-item",
        "required-not-boolean",
        "hints-not-a-list",
        "empty-shows",
        "freshness-zero-months",
        "unknown-source",
        "external-on-evidence-indicator",
        "external-without-index",
        "score-range-empty",
        "external-with-required-item",
        "unknown-rule",
        "level-bands-gap",
        "schema-2-without-scoring",
        "unknown-schema",
        "stage-ends-before-start",
        "stage-date-format",
        "source-not-owner-repo",
        "family-flag",
        "band-flag",
    ],
)
def test_broken_v2_pack_error_names_file_and_field(
    tmp_path: Path, mutate: Mutation, field: str
) -> None:
    data = copy.deepcopy(json.loads(shipped_pack_path("pemdi-2026").read_text(encoding="utf-8")))
    mutate(data)
    path = tmp_path / "pemdi-koreksi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack_file(path)
    assert info.value.code == "pack.invalid"
    assert info.value.params["field"] == field
    for lang in ("en", "id"):
        text = info.value.message(lang)
        assert "pemdi-koreksi.json" in text and field in text


def test_every_pack_code_has_both_texts() -> None:
    for code in ("pack.invalid", "pack.no_item", "pack.score_range", "pack.sheet_invalid"):
        assert code in known_codes()


# ------------------------------------------------------------- the 2026 assessor result
def test_published_2026_assessor_result_reproduces_from_the_pack_weights() -> None:
    values = {n: Decimal(v) for n, v in PUBLISHED_VALUES.items()}
    # The portal shows 1.17 for indicator 13: one of three level-1 items accepted, i.e. 7/6.
    # Computing with the rounded 1.17 gives aspect 5 = 1.085, which rounds half-up to 1.09,
    # not the published 1.08; the assessors' arithmetic used the unrounded value.
    exact = dict(values)
    exact[13] = PEMDI.scoring.indicator_value(PEMDI.indicator(13), ACCEPTED_2026[13])
    assert two(exact[13]) == values[13]
    assert two(weighted(PEMDI, values, PEMDI.aspects[4].indicator_ids)) == Decimal("1.09")

    aspects = [two(weighted(PEMDI, exact, a.indicator_ids)) for a in PEMDI.aspects]
    assert aspects == [Decimal(a) for a in PUBLISHED_ASPECTS]
    index = sum((PEMDI.indicator(n).weight * v for n, v in exact.items()), Decimal(0)) / 100
    assert two(index) == Decimal(PUBLISHED_INDEX)
    by_aspect = sum(
        (a.weight * weighted(PEMDI, exact, a.indicator_ids) for a in PEMDI.aspects), Decimal(0)
    )
    assert two(by_aspect / 100) == Decimal(PUBLISHED_INDEX)


@pytest.mark.parametrize("number", sorted(ACCEPTED_2026))
def test_partial_credit_rule_gives_the_published_value(number: int) -> None:
    ind = PEMDI.indicator(number)
    value = PEMDI.scoring.indicator_value(ind, ACCEPTED_2026[number])
    assert two(value) == Decimal(PUBLISHED_VALUES[number])


# ---------------------------------------------------------------- partial credit as data
def _codes(ind: Indicator, level: int) -> list[str]:
    return [i.code for i in ind.level(level).required_items]


def test_level_1_complete_is_150_and_half_of_level_2_is_200() -> None:
    ind = PEMDI.indicator(1)
    rule = PEMDI.scoring
    l1, l2 = _codes(ind, 1), _codes(ind, 2)
    assert rule.indicator_value(ind, set()) == Decimal("1.0")
    assert two(rule.indicator_value(ind, set(l1))) == Decimal("1.50")
    assert len(l2) % 2 == 0
    assert two(rule.indicator_value(ind, set(l1) | set(l2[: len(l2) // 2]))) == Decimal("2.00")
    everything = {i.code for i in ind.items}
    assert rule.indicator_value(ind, everything) == 5
    # Optional items never count; a level-2 item without level 1 is blocked.
    assert rule.indicator_value(ind, {i.code for i in ind.items if not i.required}) == 1
    assert rule.indicator_value(ind, set(l2)) == 1
    assert set(l2) <= rule.blocked(ind, set(l2))
    assert rule.counted(ind, set(l2)) == frozenset()


def test_spbe_scores_whole_levels() -> None:
    ind = SPBE.indicator(13)
    rule = SPBE.scoring
    l1, l2, l3 = (set(_codes(ind, n)) for n in (1, 2, 3))
    assert rule.indicator_value(ind, l1) == 1
    assert rule.indicator_value(ind, l1 | l2) == 2
    assert rule.indicator_value(ind, l1 | l2 | {sorted(l3)[0]}) == 2
    assert rule.indicator_value(ind, l1 | l2 | l3) == 3


EVIDENCE = [i for p in (PEMDI, SPBE) for i in p.indicators if i.source == "evidence"]


@st.composite
def indicator_and_codes(draw: st.DrawFn) -> tuple[Pack, Indicator, set[str], set[str]]:
    k = draw(st.integers(min_value=0, max_value=len(EVIDENCE) - 1))
    ind = EVIDENCE[k]
    pack = PEMDI if ind.id.startswith("P") else SPBE
    codes = [i.code for i in ind.items]
    some = set(draw(st.lists(st.sampled_from(codes), max_size=len(codes))))
    more = set(draw(st.lists(st.sampled_from(codes), max_size=len(codes))))
    return pack, ind, some, some | more


@settings(max_examples=300, deadline=None)
@given(indicator_and_codes())
def test_rule_is_bounded_monotone_and_gated(
    case: tuple[Pack, Indicator, set[str], set[str]],
) -> None:
    pack, ind, fewer, more = case
    rule = pack.scoring
    low, high = rule.indicator_value(ind, fewer), rule.indicator_value(ind, more)
    assert Decimal(1) <= low <= high <= Decimal(5)
    # Items above the first incomplete level never count.
    top = rule.first_incomplete_level(ind, fewer)
    if top is not None:
        above = {i.code for lv in ind.levels[top:] for i in lv.items}
        assert rule.indicator_value(ind, fewer | above) == low
        assert rule.blocked(ind, fewer) == frozenset(above)
    assert rule.counted(ind, fewer) <= fewer


# --------------------------------------------------------------------- external values
def test_external_score_converts_by_the_pack() -> None:
    sdi = PEMDI.indicator(5)
    rule = PEMDI.scoring
    assert rule.indicator_value(sdi, set(), Decimal("68.75")) == Decimal("3.75")
    assert rule.indicator_value(sdi, set(), Decimal(25)) == Decimal("2.00")
    assert rule.indicator_value(sdi, set(), None) == 1
    assert rule.indicator_value(sdi, {"I5-L1-01"}, None) == 1  # supporting items give nothing
    ips = PEMDI.indicator(7)
    assert rule.indicator_value(ips, set(), Decimal("4.3")) == Decimal("4.3")
    with pytest.raises(PackError) as info:
        rule.indicator_value(sdi, set(), Decimal(101))
    assert info.value.code == "pack.score_range"
    assert "101" in info.value.message("id")


def test_item_lookup_names_the_pack_when_missing() -> None:
    assert PEMDI.item(" i10-l1-01 ").indicator_id == "P10"
    with pytest.raises(PackError) as info:
        PEMDI.item("I99-L1-01")
    assert info.value.code == "pack.no_item"


def test_parse_pack_accepts_what_it_serialises() -> None:
    again = parse_pack(json.loads(pack_to_bytes(SPBE)), source="again")
    assert again == SPBE
