"""``spbe architecture`` through the real command (issue 19, points 5 and 7): counts and findings
as JSON with exactly the contract's keys, Indonesian text otherwise; the workbook written with
the SIA sheets and headers (read back with openpyxl); an edited workbook loaded, and one with a
bad row refused with its sheet, row and column while nothing changes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]

from spbe_desktop.services import architecture as arch
from spbe_desktop.services.workspace import init_workspace
from tests.integration.test_cli_items import spbe

SHEETS = [
    "00_Petunjuk",
    "01_OPD",
    "02_KodeReferensi",
    "03_ProsesBisnis",
    "04_Layanan",
    "05_Data",
    "06_Aplikasi",
    "07_Integrasi",
    "08_Infrastruktur",
    "09_Keamanan",
    "10_Relasi",
    "11_StatusSIAP",
]


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "dinkes.spbe"
    init_workspace(
        ws, role="opd", instansi="Pemerintah Kota Ternate", unit="Dinas Kesehatan", officer="Rina"
    )
    svc = arch.create_object(ws, "layanan", "Pendaftaran Puskesmas", ref_code="RAL.01")
    app = arch.create_object(
        ws,
        "aplikasi",
        "SIMPUS",
        ref_code="RAA.02.01",
        fields={"basis": "Web", "url": "https://simpus.ternatekota.go.id"},
    )
    arch.add_relation(ws, "layanan_aplikasi", svc.id, app.id)
    return ws


def _rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM arch_objects ORDER BY id").fetchall()
    finally:
        conn.close()


def test_json_and_text_summaries(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    doc = json.loads(spbe("architecture", ws, "--json", cwd=tmp_path))
    assert set(doc) == {"counts", "findings"}
    assert list(doc["counts"]) == [
        "proses_bisnis",
        "layanan",
        "data",
        "aplikasi",
        "integrasi",
        "infrastruktur",
        "keamanan",
    ]
    assert doc["counts"]["layanan"] == 1 and doc["counts"]["aplikasi"] == 1
    assert [f["code"] for f in doc["findings"]] == [
        "architecture.finding.service_without_process",
        "architecture.finding.application_without_hosting",
    ]
    assert all(set(f) == {"code", "message"} for f in doc["findings"])
    assert doc["findings"][0]["message"].startswith("Dinas Kesehatan: layanan Pendaftaran")
    text = spbe("architecture", ws, cwd=tmp_path)
    assert "Inventaris arsitektur" in text and "Temuan (2):" in text
    assert "belum punya hosting" in text
    english = spbe("architecture", ws, cwd=tmp_path, lang="en")
    assert "has no hosting" in english


def test_workbook_out_and_back_all_or_nothing(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    out = tmp_path / "arsitektur.xlsx"
    spbe("architecture", "export", ws, "--out", out, cwd=tmp_path)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == SHEETS
    for name in SHEETS[3:10]:
        headers = [c.value for c in wb[name][1]]
        assert headers[:3] == ["ID", "OPD", "Nama"], name
    apps = wb["06_Aplikasi"]
    headers = [c.value for c in apps[1]]
    assert headers[3] == "Kode RAA" and "Basis Aplikasi" in headers
    row = {h: c.value for h, c in zip(headers, apps[2], strict=False)}
    assert row["Nama"] == "SIMPUS" and row["Kode RAA"] == "RAA.02.01 – Misi Tertentu"
    assert [c.value for c in wb["10_Relasi"][2]][
        1
    ] == "layanan_aplikasi – Aplikasi pendukung layanan"
    assert [c.value for c in wb["11_StatusSIAP"][1]][:5] == [
        "ID",
        "OPD",
        "Domain",
        "Nama",
        "Status SIAP",
    ]
    # Refuses to replace without --force.
    err = spbe("architecture", "export", ws, "--out", out, cwd=tmp_path, code=2)
    assert "spbe: " in err

    # An edited workbook: a new application, its relation and SIAP status, one good change...
    apps.append(
        [None, "Dinas Kesehatan", "E-Antrian", "RAA.02.01", None, None, None, None, "Mobile"]
    )
    apps.cell(row=2, column=headers.index("Status") + 1, value="aktif")
    wb["10_Relasi"].append(
        ["Dinas Kesehatan", "layanan_aplikasi", None, "Pendaftaran Puskesmas", None, "E-Antrian"]
    )
    wb["11_StatusSIAP"].append(
        [None, "Dinas Kesehatan", "Aplikasi", "E-Antrian", "terinput", "APL-3", "2026-11-28"]
    )
    # ...and one bad row: nothing at all may be loaded.
    apps.append([None, "Dinas Kesehatan", "Kertas", "RAA.02.01", None, None, None, None, "Kertas"])
    wb.save(out)
    before = _rows(ws)
    err = spbe("architecture", "import", ws, out, cwd=tmp_path, code=1)
    assert "Lembar 06_Aplikasi, baris 4, kolom Basis Aplikasi" in err
    assert _rows(ws) == before

    apps.delete_rows(4)
    wb.save(out)
    text = spbe("architecture", "import", ws, out, cwd=tmp_path)
    assert "1 objek baru, 1 diubah" in text and "1 relasi" in text
    got = {o.name: o for o in arch.list_objects(ws, "aplikasi")}
    assert got["SIMPUS"].fields["status"] == "Aktif"
    assert got["E-Antrian"].fields["basis"] == "Mobile"
    assert (got["E-Antrian"].siap.status, got["E-Antrian"].siap.siap_id) == ("terinput", "APL-3")
    svc = arch.list_objects(ws, "layanan")[0]
    assert {r.to_name for r in arch.relations(ws, svc.id)} == {"SIMPUS", "E-Antrian"}
