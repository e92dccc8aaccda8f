"""The architecture inventory's use cases on a real workspace file (issue 19): objects of every
domain with their fields and reference codes, relations edited from both ends, SIAP Digital
status with a screenshot, code lookup by code or name, findings, every change audited, and the
items of the evaluation that offer the screenshots as suggestions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.errors import UsageError
from spbe_desktop.services import architecture as arch
from spbe_desktop.services.workspace import init_workspace
from tests.support.generate import make_pdf


@pytest.fixture
def pemdi_opd(tmp_path: Path) -> Path:
    path = tmp_path / "dinkes.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Kota Ternate",
        unit="Dinas Kesehatan",
        officer="Rina",
    )
    return path


def _audit_actions(ws: Path) -> list[str]:
    conn = sqlite3.connect(ws)
    try:
        return [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY seq")]
    finally:
        conn.close()


def test_objects_of_every_domain_with_codes_fields_and_audit(pemdi_opd: Path) -> None:
    ws = pemdi_opd
    made = {}
    for spec in arch.domain_specs():
        code = ""
        if spec.code_list:
            code = arch.find_codes(None, spec.code_list)[0].label  # "kode – nama" is understood
        first = spec.fields[0]
        value = first.choices[0] if first.choices else "isi contoh"
        made[spec.domain] = arch.create_object(
            ws, spec.domain, f"Objek {spec.label}", ref_code=code, fields={first.key: value}
        )
    assert [o.domain for o in arch.list_objects(ws)] == list(arch.DOMAINS)
    app = made["aplikasi"]
    assert app.ref_code == "RAA.01" and app.ref_label == "RAA.01 – Aplikasi Umum"
    assert app.opd_name == "Dinas Kesehatan" and app.siap.status == "belum"

    changed = arch.update_object(ws, app.id, name="SIMPUS", fields={"status": "aktif"})
    assert changed.name == "SIMPUS" and changed.fields["status"] == "Aktif"
    assert changed.fields["uraian"] == "isi contoh"  # fields merge
    cleared = arch.update_object(ws, app.id, fields={"uraian": ""})
    assert "uraian" not in cleared.fields

    with pytest.raises(UsageError) as bad:
        arch.update_object(ws, app.id, fields={"basis": "Kertas"})
    assert bad.value.code == "architecture.bad_choice"
    with pytest.raises(UsageError) as bad:
        arch.update_object(ws, app.id, ref_code="RAB.01")
    assert bad.value.code == "architecture.bad_code"
    with pytest.raises(UsageError):
        arch.create_object(ws, "aplikasi", "  ")

    arch.delete_object(ws, made["keamanan"].id)
    assert len(arch.list_objects(ws)) == 6
    actions = _audit_actions(ws)
    assert actions.count("arch.add") == 7
    assert actions.count("arch.update") == 2
    assert actions.count("arch.delete") == 1
    assert [o.name for o in arch.list_objects(ws, query="simpus")] == ["SIMPUS"]


def test_relations_are_edited_from_both_ends(pemdi_opd: Path) -> None:
    ws = pemdi_opd
    svc = arch.create_object(ws, "layanan", "Pendaftaran Puskesmas", ref_code="RAL.01")
    app1 = arch.create_object(ws, "aplikasi", "SIMPUS", ref_code="RAA.02.01")
    app2 = arch.create_object(ws, "aplikasi", "E-Antrian", ref_code="RAA.02.01")
    arch.set_related(ws, svc.id, "layanan_aplikasi", [app1.id, app2.id])
    assert {r.to_name for r in arch.relations(ws, svc.id)} == {"SIMPUS", "E-Antrian"}
    # From the application's end: its services are exactly none now.
    arch.set_related(ws, app2.id, "layanan_aplikasi", [])
    assert [r.to_name for r in arch.relations(ws, svc.id)] == ["SIMPUS"]
    assert [r.from_name for r in arch.relations(ws, app1.id)] == ["Pendaftaran Puskesmas"]
    with pytest.raises(UsageError) as bad:
        arch.add_relation(ws, "aplikasi_data", svc.id, app1.id)
    assert bad.value.code == "architecture.bad_relation"
    arch.delete_object(ws, app1.id)
    assert arch.relations(ws, svc.id) == []
    assert ("layanan_aplikasi", "from") in arch.relation_kinds_for("layanan")
    assert ("layanan_aplikasi", "to") in arch.relation_kinds_for("aplikasi")


def test_code_lookup_by_code_or_name_and_local_codes(pemdi_opd: Path) -> None:
    assert [e.code for e in arch.find_codes(None, "RAB", "perikanan")] == ["RAB.02.06"]
    assert [e.code for e in arch.find_codes(None, "RAL", "RAL.02.03")] == [
        "RAL.02.03",
        "RAL.02.03.02",
    ]
    top = [e for e in arch.find_codes(None, "RAB") if e.level == 1]
    assert len(top) == 9 and not any(e.provisional for e in top)
    entry = arch.code_entry(None, "aplikasi khusus")
    assert entry is not None and entry.code == "RAA.02"
    assert arch.code_entry(None, "RAL.01").name == "Layanan Publik"  # type: ignore[union-attr]
    local = arch.add_local_code(pemdi_opd, "RAL", "RAL.01.04.01", "Layanan Kesehatan Dasar")
    assert local.source == "lokal" and local.parent == "RAL.01.04"
    assert arch.code_entry(pemdi_opd, "RAL.01.04.01") == local
    obj = arch.create_object(pemdi_opd, "layanan", "Imunisasi", ref_code="RAL.01.04.01")
    assert obj.ref_label == "RAL.01.04.01 – Layanan Kesehatan Dasar"
    with pytest.raises(UsageError):
        arch.add_local_code(pemdi_opd, "RAL", "RAL.01.04.01", "lagi")
    with pytest.raises(UsageError):
        arch.add_local_code(pemdi_opd, "RAL", "RAB.01.99", "salah daftar")


def test_siap_status_screenshot_and_suggestions_on_pemdi_items(
    pemdi_opd: Path, tmp_path: Path
) -> None:
    ws = pemdi_opd
    app = arch.create_object(ws, "aplikasi", "SIMPUS", ref_code="RAA.02.01")
    with pytest.raises(UsageError):
        arch.set_siap_status(ws, app.id, "selesai")
    shot = make_pdf(tmp_path / "siap-simpus.pdf", ["SIAP Digital - Aplikasi SIMPUS"])
    done = run(arch.attach_screenshot(ws, app.id, shot))
    assert done.siap.screenshot_id is not None and done.siap.status == "draf"
    assert done.siap.screenshot_title.startswith("Tangkapan layar SIAP Digital")
    done = arch.set_siap_status(ws, app.id, "terinput", siap_id="APL-0042", input_date="2026-11-20")
    assert (done.siap.status, done.siap.siap_id, done.siap.input_date) == (
        "terinput",
        "APL-0042",
        "2026-11-20",
    )
    # Indicator 13 (Aplikasi) offers the screenshot on its SIAP Digital item, and a summary.
    got = arch.item_suggestions(ws, "13")
    shots = [s for s in got if s.kind == "screenshot"]
    assert [(s.item_code, s.document_id) for s in shots] == [("I13-L1-03", done.siap.screenshot_id)]
    summary = next(s for s in got if s.kind == "summary")
    assert "Aplikasi: 1 objek, 1 terinput" in summary.text
    # Indicator 1 level 2 too; indicator 2 asks nothing of the inventory.
    assert any(
        s.item_code == "I1-L2-02" and s.kind == "screenshot" for s in arch.item_suggestions(ws, "1")
    )
    assert arch.item_suggestions(ws, "2") == []
    # Taking the suggestion links the screenshot to the item; it is no longer suggested.
    arch.accept_suggestion(ws, shots[0])
    from spbe_desktop.services import items

    rows = {r.item.code: r for r in items.item_rows(ws, "13")}
    assert [d.id for d in rows["I13-L1-03"].documents] == [done.siap.screenshot_id]
    assert not [s for s in arch.item_suggestions(ws, "13") if s.kind == "screenshot"]


def test_spbe_2020_suggestions_are_per_indicator(opd_workspace: Path, tmp_path: Path) -> None:
    ws = opd_workspace
    infra = arch.create_object(ws, "infrastruktur", "Server Pusat Data", ref_code="RAI.01.02")
    shot = make_pdf(tmp_path / "siap-server.pdf", ["SIAP Digital - Infrastruktur"])
    run(arch.attach_screenshot(ws, infra.id, shot))
    got = arch.item_suggestions(ws, "16")
    assert [(s.item_code, s.kind) for s in got] == [(None, "screenshot"), (None, "summary")]
    arch.accept_suggestion(ws, got[0])
    assert [s.kind for s in arch.item_suggestions(ws, "16")] == ["summary"]


def test_summary_json_counts_and_findings_of_one_unit(pemdi_opd: Path) -> None:
    ws = pemdi_opd
    svc = arch.create_object(ws, "layanan", "Layanan Tanpa Apa-apa")
    app = arch.create_object(
        ws,
        "aplikasi",
        "SRIKANDI",
        ref_code="RAA.02.02",
        fields={"kepemilikan": "Aplikasi Khusus Pemda"},
    )
    arch.set_siap_status(ws, app.id, "terinput")
    doc = arch.summary_json(arch.summary(ws))
    assert set(doc) == {"counts", "findings"}
    assert doc["counts"] == {
        "proses_bisnis": 0,
        "layanan": 1,
        "data": 0,
        "aplikasi": 1,
        "integrasi": 0,
        "infrastruktur": 0,
        "keamanan": 0,
    }
    codes = [f["code"] for f in doc["findings"]]
    assert codes == [
        "architecture.finding.missing_code",
        "architecture.finding.service_without_application",
        "architecture.finding.service_without_process",
        "architecture.finding.common_app_as_own",
        "architecture.finding.siap_count_mismatch",
    ]
    assert all(set(f) == {"code", "message"} for f in doc["findings"])
    assert "Layanan Tanpa Apa-apa" in doc["findings"][0]["message"]
    assert svc.id in arch.findings(ws)[0].object_ids
    english = arch.findings(ws, lang="en")[3].message
    assert english.startswith("Dinas Kesehatan: SRIKANDI is registered as the unit's own")
