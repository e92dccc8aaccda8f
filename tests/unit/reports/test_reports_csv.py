"""CSV for Excel in the Indonesian locale, and the three CLI commands end to end."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest

from spbe_desktop.cli import main
from spbe_desktop.core.progress import run
from spbe_desktop.errors import known_codes
from spbe_desktop.reports import Table, csv_bytes
from spbe_desktop.reports.messages import MESSAGES
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.csv_tables import LEVELS_CSV, MATRIX_CSV, export_csv
from spbe_desktop.services.items import judge_item, record_result
from spbe_desktop.services.workspace import init_workspace
from tests.support.generate import make_pdf

if TYPE_CHECKING:  # conftest is not importable at run time (importlib import mode)
    from conftest import Built


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_bytes_quotes_separators_and_keeps_unicode() -> None:
    data = csv_bytes(
        Table(("Nama", "Nilai"), (("Dinas; Kominfo", "2,85"), ("Bagian “Hukum”", "1")))
    )
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Nama;Nilai"
    assert '"Dinas; Kominfo";2,85' in text
    assert "\r\n" in text


def test_levels_csv_has_one_row_per_indicator(opd_built: Built, tmp_path: Path) -> None:
    summary = run(export_csv(opd_built.path, tmp_path))
    assert [p.name for p in summary.paths] == [LEVELS_CSV]
    rows = read(tmp_path / LEVELS_CSV)
    assert rows[0][:9] == [
        "No",
        "Kode",
        "Indikator",
        "Domain",
        "Aspek",
        "Bobot (%)",
        "Tingkat",
        "Nama Tingkat",
        "Status",
    ]
    assert len(rows) == 1 + 47
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Tingkat"] == "3"
    assert first["Nama Tingkat"] == "Terdefinisi"
    assert first["Bobot (%)"] == "1,3"
    assert first["Jumlah Bukti"] == "5"
    third = dict(zip(rows[0], rows[3], strict=True))
    assert third["Status"] == "Tidak berlaku"
    assert third["Tingkat"] == ""


def test_pemdi_levels_csv_has_no_domain_column(pemdi_built: Built, tmp_path: Path) -> None:
    run(export_csv(pemdi_built.path, tmp_path))
    rows = read(tmp_path / LEVELS_CSV)
    assert "Domain" not in rows[0]
    assert len(rows) == 1 + 20


def test_coordinator_matrix_has_opds_across(
    coordinator_built: tuple[Built, dict[str, int]], tmp_path: Path
) -> None:
    built, _ = coordinator_built
    summary = run(export_csv(built.path, tmp_path / "baru"))
    assert [p.name for p in summary.paths] == [LEVELS_CSV, MATRIX_CSV]
    rows = read(tmp_path / "baru" / MATRIX_CSV)
    assert rows[0] == ["No", "Indikator", "BPKAD", "Bappeda", "Konsolidasi"]
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number["1"][2:] == ["-", "3", "3"]
    assert by_number["2"][2:] == ["-", "TB", ""]
    assert by_number["11"][2:] == ["-", "", ""]
    assert by_number["33"][2:] == ["4", "-", "4"]
    assert by_number["34"][2:] == ["", "-", ""]


def test_cli_report_compile_and_csv(
    opd_built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(opd_built.path), "--out", str(tmp_path / "r.docx")]) == 0
    assert docx.Document(str(tmp_path / "r.docx")).paragraphs
    assert main(["compile", str(opd_built.path), "--out", str(tmp_path / "unggah")]) == 0
    assert main(["csv", str(opd_built.path), "--out", str(tmp_path / "csv")]) == 0
    out = capsys.readouterr().out
    assert "Report written" in out
    assert "rahasia.pdf is password-protected" in out
    assert LEVELS_CSV in out


def test_cli_compile_into_a_full_folder_fails_with_one_sentence(
    opd_built: Built,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "isi.txt").write_text("x")
    assert main(["compile", str(opd_built.path), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "already exists and is not empty" in err
    assert "Traceback" not in err


def test_every_report_code_has_both_languages() -> None:
    for code, texts in MESSAGES.items():
        assert code in known_codes()
        assert texts["id"] and texts["en"]


def test_pemdi_csv_shows_values_not_levels(tmp_path: Path) -> None:
    """Scored from items, the tables carry the value the index uses (1,5 + 1/4 for two accepted
    required items of P01), the accepted required items and the assessors' value; no level
    column that would contradict them."""
    ws = tmp_path / "koor.spbe"
    init_workspace(ws, role="coordinator", instansi="Pemerintah Kota Ternate", unit="Diskominfo")
    for code in ("I1-L1-01", "I1-L2-01"):
        pdf = make_pdf(tmp_path / f"{code}.pdf", [f"Bukti {code}"], title=code)
        run(attach_files(ws, "P01", [AttachRequest(pdf, title=code)], item=code))
        judge_item(ws, code, accept=True)
    record_result(ws, "P01", "1,25")
    run(export_csv(ws, tmp_path / "csv"))
    rows = read(tmp_path / "csv" / LEVELS_CSV)
    assert "Tingkat" not in rows[0] and "Nama Tingkat" not in rows[0]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Nilai Mandiri"] == "1,75"
    assert first["Nilai Asesor"] == "1,25"
    assert first["Butir Wajib Diterima"].startswith("2 dari ")
    assert first["Sumber Nilai"] == "Butir bukti"
    matrix = read(tmp_path / "csv" / MATRIX_CSV)
    assert matrix[0] == ["No", "Indikator", "Konsolidasi"]
    assert matrix[1][-1] == "1,75"
    assert matrix[2][-1] == "1,00"
