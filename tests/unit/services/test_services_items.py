"""Evidence items through the services the CLI and the GUI call, on real workspace files.

The published 2026 result of one regency (reference ``pemdi-2026.md``: index 1.24 and the seven
aspect indices) comes back out of ``spbe index --json`` once the assessors' values are recorded;
the self-assessment side follows the coordinator's item verdicts and the national index scores;
``spbe items`` shows each unit's status; wrong input is refused with the catalogue's sentence.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.core.packs import load_shipped_pack
from spbe_desktop.core.progress import run
from spbe_desktop.errors import PackError, SpbeError, StoreError, UsageError
from spbe_desktop.services import items
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import register_opd
from spbe_desktop.services.workspace import (
    assess,
    index_json,
    index_report,
    indicators_json,
    init_workspace,
)
from spbe_desktop.store.workspace_store import WorkspaceStore
from tests.support.generate import make_pdf

PEMDI = load_shipped_pack("pemdi-2026")

# The regency's 2026 external-assessor result, indicator by indicator (test_packs_v2.py). The
# portal shows 1.17 for indicator 13: one of its three level-1 items, 7/6; the published aspect
# 5 (1.08) was computed from the unrounded value, so the coordinator records 1.1667.
PUBLISHED = {
    1: "2.0", 2: "1.5", 3: "1.26", 4: "1.3", 5: "1", 6: "1", 7: "1", 8: "1", 9: "1", 10: "1",
    11: "1.5", 12: "1.25", 13: "1.1667", 14: "1", 15: "1", 16: "1", 17: "2.5", 18: "1", 19: "1",
    20: "1.3",
}  # fmt: skip
PUBLISHED_ASPECTS = ["1.75", "1.28", "1.00", "1.17", "1.08", "1.40", "1.18"]


def two(x: float) -> Decimal:
    """A JSON number as the reports show it: two decimals, half up."""
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
def koordinator(tmp_path: Path) -> Path:
    path = tmp_path / "koordinator.spbe"
    init_workspace(
        path,
        role="coordinator",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        unit="Diskominfo",
        officer="Budi",
        framework="pemdi-2026",
    )
    return path


@pytest.fixture
def opd(tmp_path: Path) -> Path:
    path = tmp_path / "bappeda.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        unit="Bappeda",
        officer="Sari",
        framework="pemdi-2026",
    )
    return path


def _indicator(ws: Path, number: int) -> dict[str, Any]:
    return next(r for r in indicators_json(ws) if r["number"] == number)


def _statuses(ws: Path, indicator: str, unit: str | None = None) -> dict[str, str]:
    return {
        r["code"]: r["status"] for r in items.items_json(items.item_rows(ws, indicator, unit=unit))
    }


def _refused(exc: SpbeError, *needles: str) -> None:
    """The error reads as one sentence in both languages, naming what was wrong."""
    for lang in ("en", "id"):
        text = exc.message(lang)
        assert text and "Traceback" not in text
        for needle in needles:
            assert needle in text, (lang, text)


# ------------------------------------------------------------- the published 2026 result
def test_published_2026_assessor_result_reproduces_through_the_services(koordinator: Path) -> None:
    for number, value in PUBLISHED.items():
        items.record_result(koordinator, str(number), value, stage="dokumen", note="Hasil 2026")
    doc = index_json(index_report(koordinator))
    assessor = doc["assessor"]
    assert assessor["index"] == 1.24
    assert assessor["predicate"] == "Kurang"
    assert [a["number"] for a in assessor["aspects"]] == [1, 2, 3, 4, 5, 6, 7]
    assert [two(a["index"]) for a in assessor["aspects"]] == [Decimal(a) for a in PUBLISHED_ASPECTS]
    # Side by side: nothing was accepted in the workspace itself, so the self-assessment is 1.
    assert doc["index"] == 1.0
    assert {i["value"] for i in doc["indicators"]} == {1.0}
    rows = indicators_json(koordinator)
    assert [r["assessor_value"] for r in rows] == [float(v) for v in PUBLISHED.values()]
    assert {r["value"] for r in rows} == {1.0}


def test_typing_the_portals_rounded_1_17_moves_aspect_5_to_1_09(koordinator: Path) -> None:
    """What a coordinator sees who copies 1.17 from the portal instead of 7/6 (the published
    aspect 5 is 1.08): the index is still 1.24."""
    for number, value in PUBLISHED.items():
        items.record_result(koordinator, str(number), "1.17" if number == 13 else value)
    assessor = index_json(index_report(koordinator))["assessor"]
    assert assessor["index"] == 1.24
    assert two(assessor["aspects"][4]["index"]) == Decimal("1.09")


def test_the_latest_stage_is_the_assessors_value(koordinator: Path) -> None:
    items.record_result(koordinator, "1", "1,5", stage="dokumen")  # Indonesian decimal comma
    assert _indicator(koordinator, 1)["assessor_value"] == 1.5
    items.record_result(koordinator, "1", "2", stage="interviu", note="Keberatan diterima")
    assert _indicator(koordinator, 1)["assessor_value"] == 2.0
    doc = index_json(index_report(koordinator))
    [p01] = [i for i in doc["assessor"]["indicators"] if i["number"] == 1]
    assert p01["value"] == 2.0
    # Elsewhere the assessors' index takes the self-assessment value.
    assert {i["value"] for i in doc["assessor"]["indicators"] if i["number"] != 1} == {1.0}
    with pytest.raises(UsageError) as info:
        items.record_result(koordinator, "1", "2", stage="final")
    assert info.value.code == "usage.stage"
    _refused(info.value, "final")
    for bad in ("5.5", "0", "dua"):
        with pytest.raises(UsageError) as info:
            items.record_result(koordinator, "1", bad)
        assert info.value.code in ("usage.value", "usage.number")
        _refused(info.value, bad)


def test_assessor_index_is_never_shown_across_a_predicate_edge(koordinator: Path) -> None:
    """1.4975 is Kurang: half-up it would read 1.50, the start of Cukup; it reads 1.49."""
    items.record_result(koordinator, "19", "5")  # +0.40 (weight 10)
    items.record_result(koordinator, "20", "1.65")  # +0.0975 (weight 15)
    assessor = index_json(index_report(koordinator))["assessor"]
    assert assessor["index_exact"] == 1.4975
    assert (assessor["index"], assessor["predicate"]) == (1.49, "Kurang")
    items.record_result(koordinator, "20", "1.67", stage="interviu")  # 1.5005
    assessor = index_json(index_report(koordinator))["assessor"]
    assert (assessor["index"], assessor["predicate"]) == (1.5, "Cukup")


def test_no_assessor_section_until_a_result_is_recorded(koordinator: Path) -> None:
    assert "assessor" not in index_json(index_report(koordinator))
    assert {r["assessor_value"] for r in indicators_json(koordinator)} == {None}


# --------------------------------------------------------- the self-assessment from items
# Items the assessors accepted in the regency's stage 1 (test_packs_v2.py) and the value the
# pack's rule gives them.
ACCEPTED_2026 = {
    1: ({"I1-L1-01", "I1-L2-01", "I1-L2-03"}, 2.0),  # level 1 and half of level 2
    2: ({"I2-L1-01", "I2-L1-02"}, 1.5),  # all required items of level 1
    12: ({"I12-L1-01"}, 1.25),  # half of level 1
    13: ({"I13-L1-01"}, 1.1667),  # a third of level 1: 7/6
    17: ({"I17-L1-01", "I17-L1-02", "I17-L2-01", "I17-L2-02"}, 2.5),  # levels 1 and 2
}


def test_item_verdicts_give_the_published_self_assessment_values(koordinator: Path) -> None:
    for codes, _value in ACCEPTED_2026.values():
        for code in sorted(codes):
            state = items.judge_item(koordinator, code, accept=True, note="Sesuai")
            assert state.verdict == "accepted" and state.verdict_by == "Budi"
    for number, (_codes, value) in ACCEPTED_2026.items():
        assert _indicator(koordinator, number)["value"] == value
        assert _indicator(koordinator, number)["assessor_value"] is None
    doc = index_json(index_report(koordinator))
    assert {i["number"]: i["value"] for i in doc["indicators"] if i["value"] != 1} == {
        n: v for n, (_c, v) in ACCEPTED_2026.items()
    }
    # A verdict taken back takes its credit with it.
    items.clear_item_verdict(koordinator, "I2-L1-02")
    assert _indicator(koordinator, 2)["value"] == 1.25
    # A returned item gives nothing.
    items.judge_item(koordinator, "I2-L1-02", accept=False, reason="wrong-document")
    assert _indicator(koordinator, 2)["value"] == 1.25


def test_items_accepted_for_different_units_add_up(koordinator: Path) -> None:
    """The instansi has an item once any of its units has it."""
    register_opd(koordinator, "Bappeda", assigned=["2"])
    items.judge_item(koordinator, "I2-L1-01", accept=True, unit="Bappeda")
    assert _indicator(koordinator, 2)["value"] == 1.25
    items.judge_item(koordinator, "I2-L1-02", accept=True)  # the coordinator's own unit
    assert _indicator(koordinator, 2)["value"] == 1.5
    assert _statuses(koordinator, "2", unit="Bappeda")["I2-L1-02"] == "empty"
    assert _statuses(koordinator, "2", unit="Diskominfo")["I2-L1-01"] == "empty"
    assert _statuses(koordinator, "2")["I2-L1-01"] == "accepted"
    assert _statuses(koordinator, "2")["I2-L1-02"] == "accepted"


def test_national_index_scores(koordinator: Path) -> None:
    ext = items.record_external(
        koordinator, "5", score="68,75", source="SDI 2026", measured_on="2026-07-01"
    )
    assert ext.value == Decimal("3.75") and ext.score == Decimal("68.75")
    assert _indicator(koordinator, 5)["value"] == 3.75
    assert _indicator(koordinator, 5)["source"] == "external"
    items.record_external(koordinator, "6", score="25")
    assert _indicator(koordinator, 6)["value"] == 2.0
    items.record_external(koordinator, "18", value="2.2")
    assert _indicator(koordinator, 18)["value"] == 2.2
    # SDI (5) weight 5 and SJIG (6) and interoperability (18) weight 3: index 1 + their gains.
    expected = 1 + (Decimal(5) * Decimal("2.75") + 3 * 1 + 3 * Decimal("1.2")) / 100
    assert index_json(index_report(koordinator))["index_exact"] == float(expected)
    # A new score replaces the old one.
    items.record_external(koordinator, "5", score="100")
    assert _indicator(koordinator, 5)["value"] == 5.0

    with pytest.raises(PackError) as info:
        items.record_external(koordinator, "5", score="101")
    assert info.value.code == "pack.score_range"
    _refused(info.value, "101")
    for kwargs, code in (
        ({}, "usage.external_needs"),
        ({"score": "50", "value": "3"}, "usage.external_needs"),
        ({"score": "lima puluh"}, "usage.number"),
        ({"value": "6"}, "usage.value"),
        ({"score": "50", "measured_on": "1 Juli 2026"}, "usage.date"),
    ):
        with pytest.raises(UsageError) as uinfo:
            items.record_external(koordinator, "5", **kwargs)
        assert uinfo.value.code == code, kwargs
    with pytest.raises(UsageError) as uinfo:
        items.record_external(koordinator, "1", score="50")
    assert uinfo.value.code == "usage.not_external"
    _refused(uinfo.value, "1")
    assert _indicator(koordinator, 5)["value"] == 5.0  # nothing refused was recorded


# -------------------------------------------------------------------- items per unit
def test_items_status_per_unit_follows_documents_and_verdicts(
    koordinator: Path, tmp_path: Path
) -> None:
    bappeda = register_opd(koordinator, "Bappeda", assigned=["1"])
    pdf = make_pdf(tmp_path / "renja.pdf", ["RENJA BAPPEDA 2026", "memuat RAN Pemdi"])
    [res] = run(
        attach_files(koordinator, "1", [AttachRequest(pdf)], opd_id=bappeda.id, item="I1-L1-01")
    )
    rows = items.items_json(items.item_rows(koordinator, "1", unit="Bappeda"))
    first = rows[0]
    assert first["code"] == "I1-L1-01" and first["status"] == "attached"
    assert [d["sha256"] for d in first["documents"]] == [res.sha256]
    assert first["documents"][0]["opd_id"] == bappeda.id
    assert {r["status"] for r in rows[1:]} == {"blocked"}  # level 1 is not accepted yet
    # The coordinator's own unit has nothing for it.
    assert _statuses(koordinator, "1", unit="Diskominfo")["I1-L1-01"] == "empty"
    with WorkspaceStore.open(koordinator) as store:
        doc = store.document(res.document_id)
    assert doc.items == ("I1-L1-01",) and ("P01", 1) in doc.links

    items.judge_item(
        koordinator,
        "I1-L1-01",
        accept=False,
        reason="other",
        note="Belum bertanggal",
        unit="Bappeda",
    )
    [first] = items.items_json(items.item_rows(koordinator, "1", unit="Bappeda"))[:1]
    assert first["status"] == "revision"
    assert first["verdicts"] == [
        {
            "opd_id": bappeda.id,
            "verdict": "revision",
            "reason": "other",
            "note": "Belum bertanggal",
            "by": "Budi",
            "at": first["verdicts"][0]["at"],
        }
    ]
    items.judge_item(koordinator, "I1-L1-01", accept=True, unit="Bappeda")
    statuses = _statuses(koordinator, "1", unit="Bappeda")
    assert statuses["I1-L1-01"] == "accepted"
    # Level 1 complete: level 2's items are open, higher levels still blocked.
    assert {s for c, s in statuses.items() if "-L2-" in c} == {"empty"}
    assert {s for c, s in statuses.items() if "-L3-" in c or "-L4-" in c} == {"blocked"}
    assert _indicator(koordinator, 1)["value"] == 1.5


def test_a_blocked_item_stays_blocked_even_when_accepted(koordinator: Path) -> None:
    """The portal rejects a higher level's item while a lower level is open: it shows as
    blocked and gives nothing, and counts as soon as the gate opens."""
    items.judge_item(koordinator, "I2-L2-01", accept=True)
    assert _statuses(koordinator, "2")["I2-L2-01"] == "blocked"
    assert _indicator(koordinator, 2)["value"] == 1.0
    items.judge_item(koordinator, "I2-L1-01", accept=True)
    items.judge_item(koordinator, "I2-L1-02", accept=True)
    assert _statuses(koordinator, "2")["I2-L2-01"] == "accepted"
    assert _indicator(koordinator, 2)["value"] == 2.5  # level 2 has one required item


# ------------------------------------------------------------------- refusals
def test_judge_item_refusals(koordinator: Path, opd: Path) -> None:
    with pytest.raises(UsageError) as info:
        items.judge_item(koordinator, "I1-L1-01", accept=False, reason="jelek")
    assert info.value.code == "usage.reason"
    _refused(info.value, "jelek", "wrong-document")
    # "blocked" follows from gating; nobody gives it by hand.
    with pytest.raises(UsageError) as info:
        items.judge_item(koordinator, "I1-L1-01", accept=False, reason="blocked")
    assert info.value.code == "usage.reason"
    with pytest.raises(UsageError) as info:
        items.judge_item(koordinator, "I1-L1-01", accept=False, reason="other", note="  \n ")
    assert info.value.code == "usage.reason_note"
    _refused(info.value, "--note")
    with pytest.raises(UsageError) as info:
        items.judge_item(koordinator, "I1-L1-01", accept=True, unit="Dinas Tak Ada")
    assert info.value.code == "exchange.unknown_opd"
    _refused(info.value, "Dinas Tak Ada")
    with pytest.raises(PackError) as pinfo:
        items.judge_item(koordinator, "I99-L1-01", accept=True)
    assert pinfo.value.code == "pack.no_item"
    _refused(pinfo.value, "I99-L1-01")
    with pytest.raises(StoreError) as sinfo:
        items.judge_item(opd, "I1-L1-01", accept=True)
    assert sinfo.value.code == "store.wrong_role"
    _refused(sinfo.value, "bappeda.spbe")
    for refused in (
        lambda: items.clear_item_verdict(opd, "I1-L1-01"),
        lambda: items.record_result(opd, "1", "2"),
        lambda: items.record_external(opd, "5", score="50"),
    ):
        with pytest.raises(StoreError) as sinfo:
            refused()
        assert sinfo.value.code == "store.wrong_role"
    # Nothing refused left a trace.
    with WorkspaceStore.open(koordinator) as store:
        assert store.item_states() == []
    with WorkspaceStore.open(opd) as store:
        assert store.item_states() == [] and store.assessor_results() == []


def test_item_notes(koordinator: Path, opd: Path) -> None:
    register_opd(koordinator, "Bappeda")
    state = items.set_item_note(koordinator, " i1-l1-01 ", "Renja 2026 hal. 12\r\nbab IV")
    assert state.item_code == "I1-L1-01" and state.note == "Renja 2026 hal. 12\nbab IV"
    items.set_item_note(koordinator, "I1-L1-01", "Catatan Bappeda", unit="Bappeda")
    [row] = [
        r for r in items.items_json(items.item_rows(koordinator, "1")) if r["code"] == "I1-L1-01"
    ]
    assert row["note"] == "Renja 2026 hal. 12\nbab IV"  # the workspace's own note first
    [row] = items.items_json(items.item_rows(koordinator, "1", unit="Bappeda"))[:1]
    assert row["note"] == "Catatan Bappeda"
    # The same note again changes nothing and writes no audit entry.
    with WorkspaceStore.open(koordinator) as store:
        before = len(store.audit_entries(action_prefix="item.note"))
    items.set_item_note(koordinator, "I1-L1-01", "Renja 2026 hal. 12\nbab IV")
    with WorkspaceStore.open(koordinator) as store:
        assert len(store.audit_entries(action_prefix="item.note")) == before == 2
    # An OPD writes its own notes (they travel in its bundle); control characters go.
    state = items.set_item_note(opd, "I2-L1-01", "SK\x00 Tim\u202e Pemdi")
    assert state.note == "SK Tim Pemdi" and state.opd_id == 0
    long = items.set_item_note(opd, "I2-L1-02", "x" * 5000)
    assert len(long.note) == items.MAX_NOTE
    with pytest.raises(PackError):
        items.set_item_note(opd, "I2-L9-01", "tidak ada")


def test_attach_to_an_item_of_another_indicator_is_refused(opd: Path, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "sk.pdf", ["KEPUTUSAN BUPATI", "Tim Koordinasi Pemdi"])
    with pytest.raises(UsageError) as info:
        run(attach_files(opd, "2", [AttachRequest(pdf)], item="I1-L1-01"))
    assert info.value.code == "usage.item_indicator"
    _refused(info.value, "I1-L1-01")
    with WorkspaceStore.open(opd) as store:
        assert store.documents() == [] and store.item_links() == {}
    # Given the item alone, the document goes to the item's own indicator.
    [res] = run(attach_files(opd, None, [AttachRequest(pdf)], item="I1-L2-02"))
    with WorkspaceStore.open(opd) as store:
        doc = store.document(res.document_id)
    assert doc.items == ("I1-L2-02",) and doc.links == (("P01", 2),)
    assert _statuses(opd, "1")["I1-L2-02"] == "blocked"  # level 1 is not accepted
    assert _statuses(opd, "1")["I1-L1-01"] == "empty"


# ---------------------------------------------------------------------- the plan
def test_the_spbe_2020_plan_leaves_out_not_applicable_indicators(opd_workspace: Path) -> None:
    # The level rule's plan proposed "20. Kolaborasi Penerapan SPBE: 1 -> 5" for an indicator
    # the officer had marked "tidak berlaku" (seen in the demo).
    assess(opd_workspace, "I20", status="na", note="Tidak berlaku bagi unit ini")
    plan = index_report(opd_workspace, Decimal("5.0")).plan
    assert plan.steps
    assert "I20" not in {s.indicator_id for s in plan.steps}


def test_plan_names_items_by_owner_and_leaves_out_not_applicable_indicators(
    koordinator: Path,
) -> None:
    register_opd(koordinator, "Bappeda")  # the usual owner of indicator 1
    register_opd(koordinator, "Inspektorat Daerah", assigned=["9"])
    assess(koordinator, "19", status="na", note="Tidak ada layanan digital sendiri")
    doc = index_json(index_report(koordinator, Decimal("1.5")))
    assert doc["plan_reaches_target"] and doc["plan"]
    assert doc["plan"][-1]["index_after"] >= 1.5
    numbers = {s["number"] for s in doc["plan"]}
    assert 19 not in numbers  # not applicable: never planned
    for step in doc["plan"]:
        if step["kind"] == "item":
            item = PEMDI.item(step["item"])
            assert item.indicator_id == step["indicator"] and item.required
            assert step["level"] == item.level
        else:
            assert step["item"] is None and step["score"] is not None
    assert {s["owner"] for s in doc["plan"] if s["number"] == 2} == {"Diskominfo"}
    by_owner = {g["owner"]: g for g in doc["plan_by_owner"]}
    assert sum(len(g["items"]) for g in by_owner.values()) == sum(
        1 for s in doc["plan"] if s["kind"] == "item"
    )
    # Owners are the registered OPDs: by assignment (9), or matching the usual owner (1).
    only = frozenset(i.id for i in PEMDI.indicators if i.id not in ("P01", "P09"))
    report = index_report(koordinator, Decimal("1.3"), locked=only)  # needs both
    assert report.item_plan is not None and report.item_plan.reached
    owners = {s.indicator_id: s.owner for s in report.item_plan.steps}
    assert owners == {"P01": "Bappeda", "P09": "Inspektorat Daerah"}
    # Locked indicators stay where they are; a cost per item steers the plan.
    report = index_report(koordinator, Decimal("1.5"), locked=frozenset({"P20"}))
    assert report.item_plan is not None
    assert "P20" not in {s.indicator_id for s in report.item_plan.steps}
    cheap = index_report(
        koordinator,
        Decimal("1.02"),
        costs={c: Decimal(9) for c in PEMDI.item_map if not c.startswith("I2-")},
    )
    assert cheap.item_plan is not None and cheap.item_plan.reached
    assert {s.indicator_id for s in cheap.item_plan.steps} <= {"P02", "P05", "P06", "P07", "P18"}


def test_opd_plan_only_raises_its_own_indicators(tmp_path: Path) -> None:
    ws = tmp_path / "bappeda.spbe"
    init_workspace(
        ws,
        role="opd",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        unit="Bappeda",
        framework="pemdi-2026",
        assigned=("P01", "P15"),
    )
    doc = index_json(index_report(ws, Decimal("1.08")))
    assert doc["plan"] and {s["indicator"] for s in doc["plan"]} <= {"P01", "P15"}
    assert doc["plan_reaches_target"]
    assert not index_json(index_report(ws, Decimal("2")))["plan_reaches_target"]


def test_a_new_document_on_a_returned_item_waits_for_a_new_judgement(
    koordinator: Path, tmp_path: Path
) -> None:
    first = make_pdf(tmp_path / "draf.pdf", ["DRAF RENCANA PEMDI", "tanpa tanggal"])
    run(attach_files(koordinator, "1", [AttachRequest(first)], item="I1-L1-01"))
    items.judge_item(koordinator, "I1-L1-01", accept=False, reason="wrong-document")
    assert _statuses(koordinator, "1")["I1-L1-01"] == "revision"
    second = make_pdf(tmp_path / "rkpd.pdf", ["RKPD 2026", "memuat substansi RAN Pemdi"])
    run(attach_files(koordinator, "1", [AttachRequest(second)], item="I1-L1-01"))
    assert _statuses(koordinator, "1")["I1-L1-01"] == "attached"
    items.judge_item(koordinator, "I1-L1-01", accept=False, reason="other", note="Belum sah")
    assert _statuses(koordinator, "1")["I1-L1-01"] == "revision"
    items.clear_item_verdict(koordinator, "I1-L1-01")
    assert _statuses(koordinator, "1")["I1-L1-01"] == "attached"


def test_spbe_2020_items_are_a_checklist_never_blocked(tmp_path: Path) -> None:
    ws = tmp_path / "lama.spbe"
    init_workspace(
        ws, role="opd", instansi="Pemerintah Kota X", unit="Bappeda", framework="spbe-2020"
    )
    statuses = set(_statuses(ws, "1").values())
    assert statuses == {"empty"}


@pytest.mark.parametrize(
    ("unit", "owner", "same"),
    [
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda", True),
        ("Dinas Komunikasi dan Informatika", "Diskominfo", True),
        ("Bagian Organisasi Sekretariat Daerah", "Bagian Organisasi Setda", True),
        ("Inspektorat Provinsi Maluku Utara", "Inspektorat", True),
        ("Dinas Kesehatan", "Diskominfo", False),
        ("Dinas Pendidikan", "Bappeda", False),
    ],
)
def test_registered_full_names_own_the_packs_indicators(
    koordinator: Path, unit: str, owner: str, same: bool
) -> None:
    register_opd(koordinator, unit)
    plan = index_json(index_report(koordinator, Decimal("4.5")))["plan"]
    owners = {s["owner"] for s in plan}
    assert (unit in owners) is same
    assert (owner in owners) is not same
