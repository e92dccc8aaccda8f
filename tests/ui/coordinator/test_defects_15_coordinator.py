"""Issue 15's defects on the coordinator side: searching PDF text typeset with ligatures, and
one meaning of "assigned" in the register, the dashboard and the kit."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.documents.samples import A4, helvetica
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.exchange import issue_kit, read_kit, register_opd
from spbe_desktop.ui.common.setup_dialog import KitDialog
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.dashboard_models import SummaryColumn
from spbe_desktop.ui.coordinator.setup_models import RegisterColumn

#: "ﬁ" and "ﬂ" as a typesetter's Type 1 font has them (glyph names /fi and /fl), which is how
#: "Sofifi" comes out of a real decree's PDF as "Soﬁﬁ".
FI, FL = b"\x80", b"\x81"


def make_ligature_pdf(path: Path, line: bytes) -> Path:
    """One page whose text uses the fi/fl ligature glyphs (``FI``, ``FL`` in ``line``)."""
    writer = PdfWriter()
    font = helvetica()
    font[NameObject("/Encoding")] = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Encoding"),
            NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/Differences"): ArrayObject(
                [NumberObject(0x80), NameObject("/fi"), NameObject("/fl")]
            ),
        }
    )
    page = writer.add_blank_page(*A4)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 760 Td (" + line + b") Tj ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def search(qtbot: QtBot, w: CoordinatorWindow, text: str) -> set[str]:
    tab = w.search
    w.tabs.setCurrentWidget(tab)
    tab.query.clear()
    if text.isascii():
        qtbot.keyClicks(tab.query, text)
    else:  # pasted: QTest cannot type a ligature
        tab.query.setText(text)
    qtbot.keyClick(tab.query, Qt.Key.Key_Return)
    return {tab.model.row_at(r).title for r in range(tab.model.rowCount())}


# ----------------------------------------------------------------------------------- defect 6
def test_search_finds_words_a_pdf_spells_with_ligatures(
    gui_lang: None,
    qtbot: QtBot,
    inline_runner: Any,
    coordinator_workspace: Path,
    tmp_path: Path,
) -> None:
    """ "Sofifi" is stored as "Soﬁﬁ" in a PDF's text: searching "sofifi" found nothing, nor
    "verifikasi", "identifikasi" or "profil". New documents are indexed in NFKC form; a
    workspace indexed before is re-indexed by its first search."""
    decree = make_ligature_pdf(
        tmp_path / "sk-tim.pdf",
        b"Ditetapkan di So" + FI + FI + b": veri" + FI + b"kasi dan identi" + FI + b"kasi",
    )
    minutes = make_ligature_pdf(
        tmp_path / "notulen.pdf", b"Pro" + FI + b"l risiko dan re" + FL + b"eksi di So" + FI + FI
    )
    run(
        attach_files(
            coordinator_workspace,
            "I19",
            [
                AttachRequest(decree, title="SK Tim Koordinasi"),
                AttachRequest(minutes, title="Notulen rapat"),
            ],
        )
    )
    # The minutes as an earlier version indexed them: the ligatures as the PDF has them.
    with closing(sqlite3.connect(coordinator_workspace)) as db:
        rowid = db.execute("SELECT id FROM documents WHERE title = 'Notulen rapat'").fetchone()[0]
        db.execute(
            "UPDATE documents_fts SET text = ? WHERE rowid = ?",
            ["Pro\ufb01l risiko dan re\ufb02eksi di So\ufb01\ufb01", rowid],
        )
        db.execute("DELETE FROM settings WHERE key = 'search_index_form'")
        db.commit()

    w = CoordinatorWindow(coordinator_workspace, inline_runner)
    qtbot.addWidget(w)
    both = {"SK Tim Koordinasi", "Notulen rapat"}
    assert search(qtbot, w, "sofifi") == both
    assert search(qtbot, w, "Soﬁﬁ") == both  # pasted with the ligature itself
    assert search(qtbot, w, "verifikasi") == {"SK Tim Koordinasi"}
    assert search(qtbot, w, "identifikasi") == {"SK Tim Koordinasi"}
    assert search(qtbot, w, "profil") == {"Notulen rapat"}
    assert search(qtbot, w, "refleksi") == {"Notulen rapat"}
    assert w.search.count.text() == "1 dokumen ditemukan."


# ---------------------------------------------------------------------------------- defect 10
def test_an_opd_without_assignment_has_none_in_register_dashboard_and_kit(
    gui_lang: None,
    qtbot: QtBot,
    inline_runner: Any,
    coordinator_workspace: Path,
    tmp_path: Path,
) -> None:
    """The kit said 0 indicators assigned, the dashboard "0 dari 47" and the OPD list 47. An
    OPD the coordinator registered without ticking anything has none yet, everywhere."""
    register_opd(coordinator_workspace, "Dinas Kesehatan", "dr. Sari · 0812 1111 2222")
    register_opd(coordinator_workspace, "Bappeda", "Andi", ["I01", "I02"])
    kit = tmp_path / "kit-dinkes.spbekit"
    payload = issue_kit(coordinator_workspace, "Dinas Kesehatan", kit)
    info = read_kit(kit)
    assert payload["assigned"] == [] and info.assigned == 0  # the kit: none
    dialog = KitDialog(kit, info, tmp_path)  # what the OPD's officer reads when opening it
    qtbot.addWidget(dialog)
    assert "Koordinator belum menugaskan indikator kepada unit Anda" in dialog.assignment.text()

    w = CoordinatorWindow(coordinator_workspace, inline_runner)
    qtbot.addWidget(w)

    def rows(model: Any) -> dict[str, int]:
        return {model.row_at(r).opd.name: r for r in range(model.rowCount())}

    register = w.setup_tab.register_model
    at = rows(register)
    assigned = RegisterColumn.ASSIGNED
    assert register.index(at["Dinas Kesehatan"], assigned).data() == "belum ditugaskan"
    assert register.index(at["Bappeda"], assigned).data() == "2"
    tip = register.index(at["Dinas Kesehatan"], assigned).data(Qt.ItemDataRole.ToolTipRole)
    assert "Belum ada indikator yang ditugaskan" in tip

    summary = w.dashboard.summary_model
    at = rows(summary)
    complete = SummaryColumn.COMPLETE
    assert summary.index(at["Dinas Kesehatan"], complete).data() == "belum ditugaskan"
    assert summary.index(at["Bappeda"], complete).data() == "0 dari 2 (0%)"

    # The matrix's completeness row counts, per indicator, the OPDs it is assigned to.
    matrix = w.dashboard.matrix_model
    columns = {matrix.indicator_at(c): c for c in range(matrix.columnCount())}
    row = matrix.completeness_row()
    assert matrix.index(row, columns["I01"]).data() == "0/1"
    assert matrix.index(row, columns["I05"]).data() == "0/0"
