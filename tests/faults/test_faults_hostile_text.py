"""Hostile text on its way from an OPD's PDF to both sides' reports.

An OPD attaches a PDF whose ``/Title`` holds control characters, a bidi override and a
spreadsheet formula, exports and the coordinator imports. A coordinator workspace made before
text was cleaned at the boundary (simulated: the same text written straight into its tables)
must give the same result: ``spbe report`` and ``spbe compile`` succeed on both sides, the DOCX
opens again in python-docx, the compiled PDFs open in pypdf, ``index.csv`` holds no formula and
no output file name carries a control or bidi character.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from spbe_desktop.cli import main
from tests.support.generate import make_pdf

TITLE = '=HYPERLINK("http://x.test","klik")\x01\x0b Laporan Audit\u202efdp.exe\x1b[2J'
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*)?")


def spbe(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, f"spbe {' '.join(map(str, args))}: {err}"
    assert "Traceback" not in err
    return out


def assert_outputs_are_valid(capsys: pytest.CaptureFixture[str], ws: Path, out: Path) -> None:
    out.mkdir()
    report = out / "laporan.docx"
    spbe(capsys, "report", ws, "--out", report)
    document = docx.Document(str(report))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells]
    )
    assert "Laporan Audit" in text
    assert not BAD.search(text)

    compiled = out / "bukti"
    spbe(capsys, "compile", ws, "--out", compiled)
    for path in compiled.rglob("*"):
        assert not BAD.search(path.name), path.name
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            assert len(reader.pages) >= 2
            assert "Laporan Audit" in reader.pages[0].extract_text()
    raw = (compiled / "index.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) >= 3
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS) or PLAIN_NUMBER.fullmatch(cell), cell
            assert not BAD.search(cell), cell
    (compiled / "index.html").read_bytes().decode("utf-8")


def test_control_characters_in_a_pdf_title_break_no_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF /Title with control characters, a bidi override and a formula: attached by an OPD,
    exported, imported; an old coordinator workspace holding that text raw. report and compile
    succeed on both sides with valid DOCX, PDF, CSV (no formula) and file names."""
    w = tmp_path
    opd, koor = w / "opd.spbe", w / "koor.spbe"
    spbe(capsys, "init", opd, "--role", "opd", "--instansi", "Pemprov", "--unit", "Dinas Kominfo")
    spbe(capsys, "init", koor, "--role", "coordinator", "--instansi", "Pemprov")
    pdf = make_pdf(w / "audit.pdf", ["isi halaman tanpa judul", "halaman dua"], title=TITLE)
    assert "\x01" in str(PdfReader(str(pdf)).metadata.title)

    # The OPD's side.
    spbe(capsys, "attach", opd, "1", pdf)
    assert_outputs_are_valid(capsys, opd, w / "opd-out")

    # The exchange.
    spbe(capsys, "export", opd, "--out", w / "b.spbebundle")
    spbe(capsys, "identity", opd, "--out", w / "opd.card")
    spbe(capsys, "trust", koor, w / "opd.card")
    spbe(capsys, "import", koor, w / "b.spbebundle")

    # A coordinator workspace from before the boundary cleaning holds the text as it came.
    db = sqlite3.connect(koor)
    try:
        changed = db.execute(
            "UPDATE documents SET title = ?, file_name = ? WHERE opd_id != 0",
            [TITLE, "Laporan Audit\u202efdp.exe\x07.pdf"],
        ).rowcount
        db.commit()
    finally:
        db.close()
    assert changed == 1
    assert_outputs_are_valid(capsys, koor, w / "koor-out")
