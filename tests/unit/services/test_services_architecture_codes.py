"""The coordinator's own reference codes reach its OPDs (issue 19): in the signed kit and in
every receipt; the OPD's workspace keeps them as codes of source "koordinator", apart from its
own, offers them in its code pickers, and a later receipt replaces the set as a whole with an
audit entry; the coordinator's findings do not flag codes it defined itself. Kits and receipts
without them (older versions; the old-format fixtures) still load; codes edited after signing
are refused with the signature error.

Real Pemdi 2026 workspaces, real signed kits, bundles and receipts.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spbe_desktop.bundles.envelope import read_signed_json, write_signed_json
from spbe_desktop.core.progress import run
from spbe_desktop.errors import BundleError, UsageError
from spbe_desktop.services import architecture as arch
from spbe_desktop.services.exchange import (
    accept_receipt,
    import_bundles,
    init_from_kit,
    issue_kit,
    issue_receipt,
    load_identity,
    outcome_message,
    read_kit,
    trust_card,
    write_identity_card,
)
from spbe_desktop.services.history import history_lines, history_text
from spbe_desktop.services.workspace import init_workspace
from tests.unit.services.test_services_architecture_exchange import _send
from tests.unit.services.test_services_exchange_items import _state

INSTANSI = "Pemerintah Kabupaten Halmahera Barat"
KEY = "architecture_codes"


def _coordinator(tmp_path: Path) -> Path:
    koor = tmp_path / "koordinator.spbe"
    init_workspace(koor, role="coordinator", instansi=INSTANSI, unit="Diskominfo", officer="Budi")
    arch.add_local_code(koor, "RAB", "RAB.02.06.01", "Perikanan Tangkap", parent="RAB.02.06")
    arch.add_local_code(koor, "RAA", "RAA.02.02.01", "Kepegawaian Daerah")
    return koor


def _opd_from(kit: Path, tmp_path: Path, koor: Path) -> Path:
    opd = tmp_path / "bappeda.spbe"
    init_from_kit(opd, kit, officer="Sari")
    card = tmp_path / "bappeda.card"
    write_identity_card(opd, card)
    trust_card(koor, card)
    return opd


def _sources(ws: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(ws)
    try:
        return conn.execute("SELECT source, code, name FROM arch_codes ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def _resigned(src: Path, out: Path, kind: str, koor: Path, change: Any) -> Path:
    """The kit or receipt signed again by the coordinator after ``change(payload)``: what an
    older version (or another program holding the key) writes."""
    payload, _signer = read_signed_json(src, kind)
    change(payload)
    write_signed_json(out, kind, payload, load_identity(koor), f"spbe-{kind} test")
    return out


def _tampered(src: Path, out: Path) -> Path:
    """The file with one code's name edited after signing (the signature left as it was)."""
    doc = json.loads(src.read_text(encoding="utf-8"))
    doc["payload"][KEY][0]["name"] = "Perikanan Budidaya"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def test_the_kit_carries_the_coordinators_codes_and_the_opd_picks_them(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    payload = issue_kit(koor, "Bappeda", kit, indicators=["1"])
    assert payload[KEY] == [
        {"list": "RAA", "code": "RAA.02.02.01", "name": "Kepegawaian Daerah"},
        {"list": "RAB", "code": "RAB.02.06.01", "name": "Perikanan Tangkap"},
    ]
    assert read_signed_json(kit, "kit")[0][KEY] == payload[KEY]  # inside what is signed
    opd = _opd_from(kit, tmp_path, koor)

    # The OPD's pickers offer them, by code and by name, marked as the coordinator's.
    (found,) = arch.find_codes(opd, "RAB", "perikanan tangkap")
    assert (found.code, found.source, found.parent) == ("RAB.02.06.01", "koordinator", "RAB.02.06")
    assert [e.code for e in arch.find_codes(opd, "RAB", "RAB.02.06")] == [
        "RAB.02.06",
        "RAB.02.06.01",
    ]
    entry = arch.code_entry(opd, "RAA.02.02.01")
    assert entry is not None and entry.label == "RAA.02.02.01 – Kepegawaian Daerah"
    assert entry.source == "koordinator"
    # ... and take them as an object's code; no finding calls it unknown on either side.
    app = arch.create_object(opd, "aplikasi", "SIMPEG Daerah", ref_code="RAA.02.02.01")
    assert app.ref_label == "RAA.02.02.01 – Kepegawaian Daerah"
    assert not [f for f in arch.findings(opd) if f.code == "architecture.finding.unknown_code"]
    _send(opd, koor, tmp_path / "bappeda-1.spbebundle")
    (got,) = arch.list_objects(koor, "aplikasi")
    assert (got.opd_name, got.ref_label) == ("Bappeda", "RAA.02.02.01 – Kepegawaian Daerah")
    assert not [f for f in arch.findings(koor) if f.code == "architecture.finding.unknown_code"]

    # The OPD's own additions stay its own: the coordinator's code is not added twice.
    with pytest.raises(UsageError) as exc:
        arch.add_local_code(opd, "RAB", "RAB.02.06.01", "Tangkap")
    assert exc.value.code == "architecture.code_exists"
    arch.add_local_code(opd, "RAB", "RAB.02.06.02", "Perikanan Budidaya")
    assert _sources(opd) == [
        ("koordinator", "RAA.02.02.01", "Kepegawaian Daerah"),
        ("koordinator", "RAB.02.06.01", "Perikanan Tangkap"),
        ("lokal", "RAB.02.06.02", "Perikanan Budidaya"),
    ]


def test_each_receipt_replaces_the_coordinators_set_in_its_transaction(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["1"])
    opd = _opd_from(kit, tmp_path, koor)
    arch.add_local_code(opd, "RAL", "RAL.01.01.01", "Layanan Bela Negara")  # the OPD's own
    arch.create_object(opd, "proses_bisnis", "Penangkapan Ikan", ref_code="RAB.02.06.01")
    _send(opd, koor, tmp_path / "bappeda-1.spbebundle")

    # The coordinator adds a code after the kit; its receipt brings the whole new set.
    arch.add_local_code(koor, "RAL", "RAL.02.02.01", "Pengelolaan Keuangan Daerah")
    receipt = tmp_path / "bappeda-1.spbereceipt"
    payload = issue_receipt(koor, "Bappeda", receipt)
    assert [c["code"] for c in payload[KEY]] == ["RAA.02.02.01", "RAB.02.06.01", "RAL.02.02.01"]
    assert read_signed_json(receipt, "receipt")[0][KEY] == payload[KEY]
    accept_receipt(opd, receipt)
    assert [e.code for e in arch.find_codes(opd, "RAL", "keuangan daerah")] == ["RAL.02.02.01"]
    assert ("lokal", "RAL.01.01.01", "Layanan Bela Negara") in _sources(opd)

    # A set that shrank replaces the old one whole: the dropped code is gone, the own stays.
    # Recorded with the receipt (one transaction) and one audit entry saying before and after.
    conn = sqlite3.connect(koor)
    try:  # the coordinator's code list has no removal yet; the receipt must carry whatever it has
        conn.execute("DELETE FROM arch_codes WHERE code = 'RAA.02.02.01'")
        conn.commit()
    finally:
        conn.close()
    second = tmp_path / "bappeda-2.spbereceipt"
    issue_receipt(koor, "Bappeda", second)
    accept_receipt(opd, second)
    assert _sources(opd) == [
        ("koordinator", "RAB.02.06.01", "Perikanan Tangkap"),
        ("koordinator", "RAL.02.02.01", "Pengelolaan Keuangan Daerah"),
        ("lokal", "RAL.01.01.01", "Layanan Bela Negara"),
    ]
    assert arch.code_entry(opd, "RAA.02.02.01") is None
    conn = sqlite3.connect(opd)
    try:
        rows = conn.execute(
            "SELECT seq, action, old, new FROM audit "
            "WHERE action IN ('arch.codes', 'receipt.accept') ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()
    actions = [r[1] for r in rows]
    # the kit, then each receipt that changed the set, each entry just after its receipt's
    assert actions == ["arch.codes", "receipt.accept", "arch.codes", "receipt.accept", "arch.codes"]
    assert [r[0] for r in rows[-2:]] == [rows[-2][0], rows[-2][0] + 1]
    last = rows[-1]
    assert json.loads(last[2]) == {
        "RAA.02.02.01": "Kepegawaian Daerah",
        "RAB.02.06.01": "Perikanan Tangkap",
        "RAL.02.02.01": "Pengelolaan Keuangan Daerah",
    }
    assert "RAA.02.02.01" not in json.loads(last[3])
    told = history_lines(opd, action="arch.codes")[0]  # newest first
    assert history_text(told, "id") == (
        "Kode referensi dari koordinator diperbarui: kini 2, 0 baru, 1 dihapus."
    )

    # The same receipt again changes nothing more (same set: no new entry).
    before = _sources(opd)
    accept_receipt(opd, second)
    assert _sources(opd) == before


def test_a_kit_and_a_receipt_without_codes_still_load(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["1"])
    old_kit = _resigned(kit, tmp_path / "old.spbekit", "kit", koor, lambda p: p.pop(KEY))
    assert read_kit(old_kit).unit == "Bappeda"
    opd = _opd_from(old_kit, tmp_path, koor)
    assert _sources(opd) == []
    assert [e.code for e in arch.find_codes(opd, "RAB", "RAB.02.06")] == ["RAB.02.06"]

    arch.create_object(opd, "aplikasi", "SIMPEG", ref_code="RAA.02.02")
    _send(opd, koor, tmp_path / "bappeda-1.spbebundle")
    receipt = tmp_path / "bappeda-1.spbereceipt"
    issue_receipt(koor, "Bappeda", receipt)
    accept_receipt(opd, receipt)
    assert [c for s, c, _n in _sources(opd) if s == "koordinator"] == [
        "RAA.02.02.01",
        "RAB.02.06.01",
    ]
    # A receipt without the key (an older coordinator) leaves the set as the last one gave it.
    arch.create_object(opd, "layanan", "Kepegawaian", ref_code="RAL.02.04")
    _send(opd, koor, tmp_path / "bappeda-2.spbebundle")
    later = tmp_path / "bappeda-2.spbereceipt"
    issue_receipt(koor, "Bappeda", later)
    old_receipt = _resigned(
        later, tmp_path / "old.spbereceipt", "receipt", koor, lambda p: p.pop(KEY)
    )
    before = _sources(opd)
    summary = accept_receipt(opd, old_receipt)
    assert summary.sequence == 2
    assert _sources(opd) == before


def test_old_format_workspaces_take_the_codes_from_a_new_receipt(tmp_path: Path) -> None:
    """The fixtures of commit 9a6cfd8 (an OPD made from a kit without codes, its coordinator,
    the OPD's format 1 bundle): migrated, the old OPD accepts today's receipt with codes."""
    from tests.unit.services.test_services_exchange_old_format import _copy

    koor, opd, old_bundle = _copy(tmp_path)
    (outcome,) = run(import_bundles(koor, [old_bundle]))
    assert outcome.status == "accepted", outcome_message(outcome, "en")
    arch.add_local_code(koor, "RAB", "RAB.02.06.01", "Perikanan Tangkap")
    receipt = tmp_path / "bappeda-1.spbereceipt"
    issue_receipt(koor, "Bappeda", receipt)
    accept_receipt(opd, receipt)  # migrates the old OPD workspace first
    assert _sources(opd) == [("koordinator", "RAB.02.06.01", "Perikanan Tangkap")]
    entry = arch.code_entry(opd, "RAB.02.06.01")
    assert entry is not None and entry.source == "koordinator"


def test_codes_edited_after_signing_are_refused(tmp_path: Path) -> None:
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["1"])
    bad_kit = _tampered(kit, tmp_path / "tampered.spbekit")
    for check in (read_kit, lambda k: init_from_kit(tmp_path / "x.spbe", k)):
        with pytest.raises(BundleError) as exc:
            check(bad_kit)
        assert exc.value.code == "envelope.signature_invalid"
    assert not (tmp_path / "x.spbe").exists()

    opd = _opd_from(kit, tmp_path, koor)
    arch.create_object(opd, "aplikasi", "SIMPEG", ref_code="RAA.02.02.01")
    _send(opd, koor, tmp_path / "bappeda-1.spbebundle")
    receipt = tmp_path / "bappeda-1.spbereceipt"
    issue_receipt(koor, "Bappeda", receipt)
    before = _state(opd)
    with pytest.raises(BundleError) as exc:
        accept_receipt(opd, _tampered(receipt, tmp_path / "tampered.spbereceipt"))
    assert exc.value.code == "envelope.signature_invalid"
    assert _state(opd) == before


@pytest.mark.parametrize(
    "codes",
    [
        "RAB.02.06.01",
        [{"list": "RAB", "code": "RAB.2.6", "name": "x"}],
        [{"list": "RAL", "code": "RAB.02.06.01", "name": "x"}],
        [{"list": "RAX", "code": "RAX.01", "name": "x"}],
        [{"list": "RAB", "code": "RAB.02.06.01", "name": "  "}],
        [{"list": "RAB", "code": "RAB.02.06.01", "name": "a"}] * 2,
        ["RAB.02.06.01"],
    ],
)
def test_codes_this_program_would_not_write_are_refused_whole(codes: Any, tmp_path: Path) -> None:
    """Signed by the right key but not what this program writes: the kit makes no workspace,
    the receipt changes nothing."""
    koor = _coordinator(tmp_path)
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["1"])

    def put(p: dict[str, Any]) -> None:
        p[KEY] = codes

    with pytest.raises(BundleError) as exc:
        init_from_kit(
            tmp_path / "x.spbe", _resigned(kit, tmp_path / "bad.spbekit", "kit", koor, put)
        )
    assert exc.value.code == "import.bad_content"
    assert not (tmp_path / "x.spbe").exists()

    opd = _opd_from(kit, tmp_path, koor)
    arch.create_object(opd, "aplikasi", "SIMPEG", ref_code="RAA.02.02")
    _send(opd, koor, tmp_path / "bappeda-1.spbebundle")
    receipt = tmp_path / "bappeda-1.spbereceipt"
    issue_receipt(koor, "Bappeda", receipt)
    before = _state(opd)
    with pytest.raises(BundleError) as exc:
        accept_receipt(opd, _resigned(receipt, tmp_path / "bad.spbereceipt", "receipt", koor, put))
    assert exc.value.code == "import.bad_content"
    assert _state(opd) == before
