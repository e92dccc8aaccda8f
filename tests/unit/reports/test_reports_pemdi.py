"""The DOCX report of a Pemdi 2026 workspace (issue 16, point 3): what a reader sees in it.

A real coordinator workspace scored by evidence items: files attached to items, verdicts, a
portal note and one assessors' result; the report is written by the service the CLI uses and
read back with python-docx.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.items import judge_item, record_result, set_item_note
from spbe_desktop.services.reporting import write_report
from spbe_desktop.services.workspace import init_workspace
from tests.support.generate import make_pdf

TODAY = dt.date(2026, 11, 29)
SPBE = [sys.executable, "-m", "spbe_desktop.cli"]
NOTE = "SK Bupati tentang Tim Koordinasi SPBE, halaman 2"


@pytest.fixture(scope="module")
def pemdi_docx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A Pemdi workspace with items I1-L1-01 and I1-L2-01 accepted (P01 = 1,5 + 1/4 = 1,75),
    I1-L2-02 attached, I1-L2-03 returned, and the assessors' 1,25 for P01; its report and
    every paragraph and cell text."""
    d = tmp_path_factory.mktemp("pemdi")
    ws = d / "koor.spbe"
    init_workspace(
        ws, role="coordinator", instansi="Pemerintah Kabupaten Aceh Tengah", unit="Diskominfo"
    )
    for code in ("I1-L1-01", "I1-L2-01", "I1-L2-02", "I1-L2-03"):
        pdf = make_pdf(d / f"bukti-{code}.pdf", [f"Bukti {code}"], title=f"Bukti {code}")
        run(attach_files(ws, "P01", [AttachRequest(pdf, title=f"Bukti {code}")], item=code))
    for code in ("I1-L1-01", "I1-L2-01"):
        judge_item(ws, code, accept=True)
    judge_item(ws, "I1-L2-03", accept=False, reason="other", note="Belum ditandatangani")
    set_item_note(ws, "I1-L1-01", NOTE)
    record_result(ws, "P01", "1,25")
    out = d / "laporan.docx"
    run(write_report(ws, out, today=TODAY))
    doc = Document(str(out))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return out, [p.text for p in doc.paragraphs] + cells


def _row(doc: Document, first: str) -> list[str]:
    for table in doc.tables:
        for row in table.rows:
            texts = [c.text for c in row.cells]
            if texts and texts[0] == first:
                return texts
    raise AssertionError(first)


def test_pemdi_report_shows_fractional_values_with_a_decimal_comma(
    pemdi_docx: tuple[Path, list[str]],
) -> None:
    out, _ = pemdi_docx
    doc = Document(str(out))
    # The indicator's own table: the value, not a level.
    values = [r for t in doc.tables for r in t.rows if r.cells[0].text == "Nilai mandiri"]
    assert values[0].cells[1].text == "1,75"
    assessor = [r for t in doc.tables for r in t.rows if r.cells[0].text == "Nilai asesor"]
    assert [r.cells[1].text for r in assessor] == ["1,25"]
    assert not any(r.cells[0].text == "Tingkat" for t in doc.tables for r in t.rows)


def test_pemdi_report_puts_mandiri_beside_asesor_per_aspect(
    pemdi_docx: tuple[Path, list[str]],
) -> None:
    out, texts = pemdi_docx
    doc = Document(str(out))
    header = next(
        [c.text for c in t.rows[0].cells]
        for t in doc.tables
        if [c.text for c in t.rows[0].cells][-2:] == ["Mandiri", "Asesor"]
    )
    assert header == ["No", "Aspek", "Bobot (%)", "Mandiri", "Asesor"]
    assert any(t.startswith("Hasil asesor eksternal: ") for t in texts)
    # Under the aspect's heading too: its own index, then the assessors'.
    assert "Bobot 10% · Indeks 1,38 · Asesor 1,13" in texts


def test_pemdi_report_lists_every_item_with_status_documents_note_and_verdict(
    pemdi_docx: tuple[Path, list[str]],
) -> None:
    out, _ = pemdi_docx
    doc = Document(str(out))
    first = _row(doc, "I1-L1-01")
    assert first[2] == "Diterima"
    assert first[3].startswith("D")
    assert first[4] == NOTE
    assert first[5] == "Diterima"
    assert _row(doc, "I1-L2-02")[2] == "Dokumen terlampir"
    assert _row(doc, "I1-L2-02")[5] == "-"
    returned = _row(doc, "I1-L2-03")
    assert returned[2] == "Perlu revisi"
    assert returned[5] == "Perlu revisi: Belum ditandatangani"
    assert _row(doc, "I1-L3-01")[2] == "Terkunci"  # level 2 is not complete
    empty = _row(doc, "I1-L2-04")
    assert empty[2] == "Belum ada dokumen"
    assert empty[3] == "-"


def test_pemdi_report_plans_items_not_levels(pemdi_docx: tuple[Path, list[str]]) -> None:
    out, texts = pemdi_docx
    doc = Document(str(out))
    plan = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][2:3] == ["Butir"])
    assert len(plan.rows) > 1
    steps = [r.cells[2].text for r in plan.rows[1:]]
    # Each step names an item by its code, or the national score an external indicator needs.
    assert all(re.match(r"I\d{1,2}-L[1-5]-\d{2} ", s) or s.startswith("Skor ") for s in steps)
    assert any(s.startswith("I") for s in steps)
    assert not any("kenaikan tingkat berikut" in t for t in texts)


def test_pemdi_report_holds_the_chart_with_assessor_bars(
    pemdi_docx: tuple[Path, list[str]],
) -> None:
    out, texts = pemdi_docx
    doc = Document(str(out))
    images = [p for p in doc.part.package.parts if p.content_type == "image/png"]
    assert len(images) == 1
    image = Image.open(io.BytesIO(images[0].blob))
    assert image.format == "PNG" and image.size[0] == 1600
    colours = {c for _, c in image.convert("RGB").getcolors(1 << 20) or []}
    assert {(0x2F, 0x55, 0x97), (0xED, 0x7D, 0x31)} <= colours  # mandiri and asesor bars
    assert any("batang oranye = asesor" in t for t in texts)


def test_report_puts_the_previous_periods_result_beside_todays(tmp_path: Path) -> None:
    old = tmp_path / "lama.spbe"
    init_workspace(
        old,
        role="coordinator",
        instansi="Pemerintah Kabupaten Aceh Tengah",
        framework="spbe-2020",
        period="2024",
    )
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    new = tmp_path / "baru.spbe"
    init_workspace(new, role="coordinator", instansi="Pemerintah Kabupaten Aceh Tengah")
    out = tmp_path / "laporan.docx"
    proc = subprocess.run(
        [*SPBE, "report", str(new), "--out", str(out), "--previous", str(old)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Periode sebelumnya: Indeks SPBE 2024: 1,00 Kurang." in texts
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before  # only read
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".spbe-report-")]


def test_report_without_a_previous_workspace_says_nothing_of_it(
    pemdi_docx: tuple[Path, list[str]],
) -> None:
    _, texts = pemdi_docx
    assert not any(t.startswith("Periode sebelumnya") for t in texts)


def test_a_missing_previous_workspace_is_one_sentence(tmp_path: Path) -> None:
    new = tmp_path / "baru.spbe"
    init_workspace(new, role="coordinator", instansi="Pemerintah Kabupaten Aceh Tengah")
    gone = tmp_path / "tidak-ada.spbe"
    proc = subprocess.run(
        [*SPBE, "report", str(new), "--out", str(tmp_path / "l.docx"), "--previous", str(gone)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "tidak-ada.spbe" in proc.stderr
    assert not (tmp_path / "l.docx").exists()
