"""Loading an architecture workbook names every problem by sheet, row and column and loads
nothing; a file that is no workbook is one sentence; an unchanged workbook changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from spbe_desktop.core.progress import run
from spbe_desktop.errors import UsageError
from spbe_desktop.services import architecture as arch


def _state(ws: Path) -> list[object]:
    conn = sqlite3.connect(ws)
    try:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("arch_objects", "arch_relations", "audit")
        ]
    finally:
        conn.close()


@pytest.fixture
def book(opd_workspace: Path, tmp_path: Path) -> Path:
    app = arch.create_object(opd_workspace, "aplikasi", "SIMPEG", ref_code="RAA.02.02")
    srv = arch.create_object(opd_workspace, "infrastruktur", "Server", ref_code="RAI.01.02")
    arch.add_relation(opd_workspace, "aplikasi_infrastruktur", app.id, srv.id)
    return run(arch.export_workbook(opd_workspace, tmp_path / "a.xlsx"))


def test_an_unchanged_workbook_changes_nothing(opd_workspace: Path, book: Path) -> None:
    before = _state(opd_workspace)
    result = run(arch.import_workbook(opd_workspace, book))
    assert (result.created, result.updated, result.relations) == (0, 0, 0)
    assert _state(opd_workspace) == before


def test_every_problem_is_named_and_nothing_loads(opd_workspace: Path, book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    apps = wb["06_Aplikasi"]
    uid = apps.cell(row=2, column=1).value
    apps.append([uid, "Dinas Kominfo", "Salinan", "RAA.02.02"])  # the same ID twice
    apps.append([None, "Dinas Lain", "Asing"])  # not this workspace's unit
    apps.append([None, None, None, "RAA.09"])  # no name, unknown code
    apps.cell(row=2, column=18, value="dua ribu")  # Tahun Dibuat
    wb["10_Relasi"].append(["Dinas Kominfo", "aplikasi_data", None, "SIMPEG", None, "Tidak Ada"])
    wb["11_StatusSIAP"].append([uid, None, "Aplikasi", "SIMPEG", "selesai"])
    del wb["09_Keamanan"]
    wb.save(book)
    before = _state(opd_workspace)
    with pytest.raises(arch.WorkbookError) as caught:
        run(arch.import_workbook(opd_workspace, book))
    got = [p.message("en") for p in caught.value.problems]
    assert got == [
        "Sheet 06_Aplikasi, row 2, column Tahun Dibuat: 'dua ribu' is not a number for Tahun "
        "Dibuat; write digits only.",
        "Sheet 06_Aplikasi, row 3, column ID: the ID "
        f"{uid} appears twice; give each row its own ID or leave it empty.",
        "Sheet 06_Aplikasi, row 4, column OPD: 'Dinas Lain' is not a unit of this workspace; "
        "use a name from sheet 01_OPD.",
        "Sheet 06_Aplikasi, row 5, column Nama: the name is empty; type the object's name or "
        "delete the row.",
        "Sheet 06_Aplikasi, row 5, column Kode RAA: 'RAA.09' is not a code of the list RAA; "
        "pick one from the list.",
        "The sheet 09_Keamanan is missing; export a new workbook and copy the rows into it.",
        "Sheet 10_Relasi, row 3, column Ke (Nama): no object 'Tidak Ada' in the workbook; use an "
        "ID or name from its domain's sheet.",
        "Sheet 11_StatusSIAP, row 4, column Status SIAP: The SIAP Digital status must be one of "
        "belum, draf, terinput, perlu_revisi, not 'selesai'.",
    ]
    assert (
        caught.value.problems[0]
        .message("id")
        .startswith("Lembar 06_Aplikasi, baris 2, kolom Tahun Dibuat:")
    )
    assert _state(opd_workspace) == before


def test_a_file_that_is_no_workbook_is_one_sentence(opd_workspace: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(UsageError) as caught:
        run(arch.import_workbook(opd_workspace, bad))
    assert caught.value.code == "architecture.workbook_unreadable"
