"""Text that used to break outputs: control characters, bidi overrides, lone surrogates and
formula triggers in titles, names and notes.

Attaching cleans a document's metadata once (a PDF's ``/Title`` with control characters made
``spbe report`` crash: python-docx refuses XML-invalid characters). Every writer also guards
itself, because a workspace made before that cleaning, or a model built in memory from a bundle,
can still hold such text: the DOCX report, the compiled PDFs (cover, bookmarks, file names), the
evidence index (CSV and HTML) and ``spbe csv``.

Real files throughout: PDFs from ``tests.support.generate`` (pypdf writes the hostile ``/Title``),
the report opened again with python-docx, the CSVs read back with the csv module, the compiled
PDF opened with pypdf.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import sqlite3
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from spbe_desktop.cli import main
from spbe_desktop.core.text import map_text
from spbe_desktop.reports import (
    CompileContext,
    IndexRow,
    IndicatorEvidence,
    SourceDocument,
    Table,
    compile_indicator,
    csv_bytes,
    render_docx,
    write_evidence_index,
)
from spbe_desktop.services.reporting import build_report_model
from spbe_desktop.services.workspace import open_workspace
from tests.support.generate import make_docx, make_pdf

#: What a careless PDF producer or a hostile OPD puts in a title.
DIRTY_TITLE = '=HYPERLINK("http://x.test")\x01\x0b Laporan\u202efdp.exe\x1b[31m'
#: Characters no output may contain (XML-invalid, terminal escapes, bidi overrides).
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*)?")
TODAY = dt.date(2026, 11, 29)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))  # opening it again is the validity check
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    parts.append(document.core_properties.title or "")
    return "\n".join(parts)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def assert_no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS) or PLAIN_NUMBER.fullmatch(cell), cell


def outline_titles(reader: PdfReader) -> list[str]:
    def walk(items: list) -> list[str]:  # type: ignore[type-arg]
        out: list[str] = []
        for item in items:
            out.extend(walk(item) if isinstance(item, list) else [str(item.title)])
        return out

    return walk(reader.outline)


def untitled_pdf(path: Path, title: str) -> Path:
    """A PDF whose text suggests no title, so the attach form takes its ``/Title``."""
    return make_pdf(path, ["isi halaman pertama tanpa judul"], title=title)


# --------------------------------------------------------------------------- attach + CLI


def test_report_after_attaching_a_pdf_with_control_characters_in_its_title(
    opd_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = untitled_pdf(tmp_path / "laporan.pdf", DIRTY_TITLE)
    assert "\x01" in str(PdfReader(str(pdf)).metadata.title)  # the file really carries it

    assert main(["attach", str(opd_workspace), "1", str(pdf)]) == 0
    with open_workspace(opd_workspace) as store:
        (doc,) = store.documents()
    assert doc.title == '=HYPERLINK("http://x.test") Laporan fdp.exe [31m'

    out = tmp_path / "laporan.docx"
    assert main(["report", str(opd_workspace), "--out", str(out)]) == 0, capsys.readouterr().err
    text = docx_text(out)
    assert "Laporan fdp.exe" in text
    assert not BAD.search(text)


def test_attach_a_file_whose_name_is_not_valid_utf8(
    opd_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX file names are bytes; Windows names are always Unicode")
    raw = os.fsencode(tmp_path) + b"/laporan-\xff\xfe-audit.pdf"
    make_pdf(Path(os.fsdecode(raw)), ["isi"])
    # Python hands such a name over with lone surrogates (surrogateescape), as argv does.
    name = os.fsdecode(raw)
    assert "\udcff" in name
    assert main(["attach", str(opd_workspace), "1", name]) == 0, capsys.readouterr().err
    with open_workspace(opd_workspace) as store:
        (doc,) = store.documents()
    assert doc.file_name == "laporan-\ufffd\ufffd-audit.pdf"
    assert main(["report", str(opd_workspace), "--out", str(tmp_path / "r.docx")]) == 0


# --------------------------------------------------------------------------- an old workspace


def _dirty_old_workspace(workspace: Path, tmp_path: Path) -> None:
    """Attach real files, then write hostile text straight into the tables, as a workspace
    made before attach cleaned its input (or imported from an OPD) can hold it."""
    pdf = make_pdf(tmp_path / "sk.pdf", ["SURAT KEPUTUSAN", "halaman dua"])
    notulen = make_docx(tmp_path / "notulen.docx", ["NOTULEN RAPAT"])
    assert main(["attach", str(workspace), "1", str(pdf), str(notulen)]) == 0
    assert main(["assess", str(workspace), "1", "--level", "2", "--note", "ok"]) == 0
    db = sqlite3.connect(workspace)
    try:
        db.execute(
            "UPDATE documents SET title = ?, number = ?, issuer = ?, "
            "file_name = 'SK\u202efdp.exe\x07' || id || '.pdf'",
            [DIRTY_TITLE, "+62\x0b812", "@SUM(1+1)\x1f"],
        )
        db.execute("UPDATE answers SET justification = ?", ["=1+1\x0cbaris\x00 dua\n-3+4"])
        db.commit()
    finally:
        db.close()


def test_report_compile_and_csv_of_an_old_workspace_holding_dirty_text(
    opd_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _dirty_old_workspace(opd_workspace, tmp_path)

    report = tmp_path / "laporan.docx"
    assert main(["report", str(opd_workspace), "--out", str(report)]) == 0, capsys.readouterr().err
    text = docx_text(report)
    assert "Laporan" in text and "SK" in text
    assert not BAD.search(text)

    compiled = tmp_path / "bukti"
    assert main(["compile", str(opd_workspace), "--out", str(compiled)]) == 0, (
        capsys.readouterr().err
    )
    for path in compiled.rglob("*"):
        assert not BAD.search(path.name), path.name
    (pdf,) = compiled.rglob("*Bukti Dukung.pdf")
    reader = PdfReader(str(pdf))
    titles = outline_titles(reader)
    assert any("Laporan fdp.exe" in t for t in titles)
    assert not any(BAD.search(t) for t in titles)
    cover = reader.pages[0].extract_text()
    assert "Laporan fdp.exe" in cover
    index = read_csv(compiled / "index.csv")
    assert_no_formula(index)
    titles_in_index = [row[4] for row in index[1:] if row[3] != "(gabungan)"]
    assert titles_in_index and all(t.startswith("'=HYPERLINK") for t in titles_in_index)
    assert not any(BAD.search(cell) for row in index for cell in row)
    page = (compiled / "index.html").read_bytes().decode("utf-8")
    assert "&quot;http://x.test&quot;" in page and not BAD.search(page)

    tables = tmp_path / "tabel"
    assert main(["csv", str(opd_workspace), "--out", str(tables)]) == 0
    levels = read_csv(tables / "tingkat-indikator.csv")
    assert_no_formula(levels)
    justification = levels[0].index("Penjelasan")
    assert levels[1][justification].startswith("'=1+1")


# --------------------------------------------------------------------------- lone surrogates


def _poison(text: str) -> str:
    return text + "\ud800\x01\udfff\x0b"


def test_docx_writer_survives_lone_surrogates_in_every_field(
    opd_workspace: Path, tmp_path: Path
) -> None:
    _dirty_old_workspace(opd_workspace, tmp_path)
    model = build_report_model(opd_workspace, today=TODAY)
    poisoned = map_text(model, _poison)
    assert "\ud800" in poisoned.documents[0].title
    out = render_docx(poisoned, tmp_path / "laporan.docx")
    text = docx_text(out)
    assert "\ufffd" in text and not BAD.search(text)


def test_pdf_compiler_survives_lone_surrogates_in_titles_and_names(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "src.pdf", ["isi"])
    docx_src = make_docx(tmp_path / "src.docx", ["isi"])
    documents = tuple(
        SourceDocument(
            ref=k,
            title=_poison("Laporan\u202efdp.exe"),
            kind=_poison("Keputusan/SK"),
            number=_poison("=45"),
            issued="2024-03-12",
            file_name=_poison(f"dok{k}\u202e.{path.suffix[1:]}"),
            sha256="0" * 64,
            size=path.stat().st_size,
            mime=mime,
            source=_poison("Dinas"),
            path=path,
        )
        for k, (path, mime) in enumerate(
            [
                (src, "application/pdf"),
                (
                    docx_src,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
            ],
            1,
        )
    )
    evidence = IndicatorEvidence(1, _poison("Kebijakan"), 2, _poison("Terkelola"), documents)
    context = CompileContext(
        _poison("Pemprov"), _poison("Dinas"), "2026", "Indeks SPBE", _poison("SPBE"), False, TODAY
    )
    out = tmp_path / "out"
    result = compile_indicator(evidence, context, out)
    (pdf,) = result.pdfs
    reader = PdfReader(str(out / pdf))
    assert len(reader.pages) == 2  # the cover and the merged page
    assert not any(BAD.search(t) for t in outline_titles(reader))
    for path in out.rglob("*"):
        assert not BAD.search(path.name)
    for row in result.rows:
        for value in (row.document, row.title, row.output, row.indicator_name):
            assert not BAD.search(value)


def test_index_and_csv_writers_survive_lone_surrogates(tmp_path: Path) -> None:
    row = IndexRow(
        1,
        _poison("Kebijakan"),
        _poison("01 Kebijakan/D1 dok.docx"),
        _poison("dok.docx"),
        _poison("=cmd|' /C calc'!A0"),
        "0" * 64,
        "",
        None,
        _poison("catatan"),
    )
    csv_path, html_path = write_evidence_index(
        tmp_path, [row], title=_poison("Pemprov"), generated=TODAY, warnings=[_poison("awas")]
    )
    rows = read_csv(csv_path)
    assert rows[1][4].startswith("'=cmd")
    assert_no_formula(rows)
    page = html_path.read_bytes().decode("utf-8")
    assert "\ufffd" in page
    data = csv_bytes(Table(("Judul",), ((_poison("@x"),), ("-2,5",))))
    assert read_csv_bytes(data) == [["Judul"], ["'@x\ufffd\ufffd\ufffd\ufffd"], ["-2,5"]]


def read_csv_bytes(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
