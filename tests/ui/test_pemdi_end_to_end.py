"""The Pemdi 2026 item flow end to end, for both roles, through the real widgets (issue 15).

Two main windows stand for two laptops: Bappeda's officer (a workspace made from the
coordinator's kit) and the coordinator of the Provinsi Maluku Utara. The officer attaches real
PDFs to items on the indicator page's checklist, writes an item note and makes the paket in
the export dialog; the coordinator imports it in the import tab, judges the items in "Butir per
OPD", finds the returned one in "Antrean revisi", enters the assessors' result in "Hasil
asesor", sees it against the self-assessment on the dashboard, issues the receipt and makes the
report from the Laporan menu; the receipt goes back to the officer, whose checklist then shows
diterima and revisi. File dialogs are the patched prompts (as in the other UI tests); kits,
identity cards and trust are set up with the services, as the coordinator tests do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common import outputs_dialogs, prompts
from spbe_desktop.ui.common.jobs import InlineJobRunner
from spbe_desktop.ui.common.outputs_dialogs import ReportDialog
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.coordinator.import_models import ReportColumn
from spbe_desktop.ui.coordinator.items_models import CompareColumn, ItemColumn, QueueColumn
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.generate import make_pdf, official_text
from tests.support.pair import make_pair
from tests.support.pemdi_round import INSTANSI
from tests.ui.conftest import make_window
from tests.ui.test_opd_flow import click_indicator, open_view

OPD = "Bappeda"
SK_TITLE = (
    "Keputusan Gubernur Maluku Utara Nomor 120 Tahun 2025 tentang Tim Koordinasi Pemerintah Digital"
)
RENSTRA_TITLE = "Rencana Strategis Bappeda Provinsi Maluku Utara 2025–2029"
NOTULEN_TITLE = "Notulen Rapat Koordinasi Layanan Digital Triwulan III 2026"
ITEM_NOTE = "SK pada halaman 2, lampiran susunan tim pada halaman 4."
RETURN_NOTE = "Notulen rapat bukan bukti pelaksanaan; lampirkan log tiket layanan."


@dataclass(frozen=True)
class Pair:
    """The coordinator's workspace, Bappeda's (made from its kit) and the files to attach."""

    coordinator: Path
    opd: Path
    files: dict[str, Path]
    out: Path


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    made = make_pair(
        tmp_path,
        instansi=INSTANSI,
        unit=OPD,
        indicators=["1", "2", "4"],
        officer="Rina Hasan",
        coordinator_name="koordinator-malut-2026.spbe",
        opd_name="bappeda-2026.spbe",
        kit=tmp_path / "kit-bappeda.spbekit",
        card=tmp_path / "bappeda.card",
        # The document stage ends in two weeks: the revision queue names the deadline.
        stages={"dokumen": dt.date.today() + dt.timedelta(days=14)},
    )

    folder = tmp_path / "dokumen bappeda"
    folder.mkdir()
    sk = official_text(
        "Keputusan/SK",
        "120",
        2025,
        "Tim Koordinasi Pemerintah Digital",
        "Sofifi",
        dt.date(2025, 2, 10),
        "GUBERNUR MALUKU UTARA",
    )
    files = {
        "sk": make_pdf(folder / "kepgub-120-2025-tim-pemdi.pdf", ["\n".join(sk), "LAMPIRAN"]),
        "renstra": make_pdf(
            folder / "renstra-bappeda-2025-2029.pdf",
            ["RENCANA STRATEGIS BAPPEDA PROVINSI MALUKU UTARA 2025-2029\nBAB IV LAYANAN DIGITAL"],
        ),
        "notulen": make_pdf(
            folder / "notulen-rakor-layanan.pdf",
            ["NOTULEN RAPAT KOORDINASI LAYANAN DIGITAL\nSofifi, 18 September 2026"],
        ),
    }
    out = tmp_path / "keluar"
    out.mkdir()
    return Pair(made.coordinator, made.opd.workspace, files, out)


def _window(qtbot: QtBot, qapp: QApplication, runner: InlineJobRunner, folder: Path) -> MainWindow:
    folder.mkdir()
    window = make_window(qtbot, qapp, runner, folder)
    window.resize(1366, 800)
    return window


def _cells(model: Any, *columns: int) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in columns)
        for r in range(model.rowCount())
    ]


def _attach(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    view: OpdWorkspaceView,
    code: str,
    file: Path,
    title: str,
) -> None:
    """Select the item, click "Lampirkan ke butir ini…", pick ``file``, type its title, OK."""
    panel = view.page.items_panel
    assert panel.select_item(code)
    assert panel.attach_button.isEnabled()
    monkeypatch.setattr(prompts, "choose_documents", lambda parent, start=None: [file])
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.metadata_dialog is not None)
    dialog = view.metadata_dialog
    assert dialog is not None
    dialog.forms[0].title.setText(title)  # (QTest cannot type the en dash)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: panel.item_status_text(code) == "terlampir")


def _show_tab(qtbot: QtBot, coord: CoordinatorWindow, tab: Any) -> None:
    """Click the tab's title in the coordinator's tab bar."""
    bar = coord.tabs.tabBar()
    index = coord.tabs.indexOf(tab)
    assert index >= 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert coord.tabs.currentWidget() is tab


def _opd_sends_a_paket(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, pair: Pair
) -> Path:
    view = open_view(qtbot, window, pair.opd)
    # The kit assigned indicators 1, 2 and 4; the SK on the Tim Koordinasi item of indicator 4.
    click_indicator(qtbot, view, "P04")
    panel = view.page.items_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    assert panel.item_status_text("I4-L1-01") == "kosong"
    assert panel.item_status_text("I4-L2-01") == "terblokir"
    _attach(qtbot, monkeypatch, view, "I4-L1-01", pair.files["sk"], SK_TITLE)
    assert panel.item_documents.item(0).text() == f"{SK_TITLE} (kepgub-120-2025-tim-pemdi.pdf)"

    # The item's note for the portal, written and saved on the page.
    assert panel.select_item("I4-L1-01")
    panel.note_edit.clear()
    qtbot.keyClicks(panel.note_edit, ITEM_NOTE)
    qtbot.mouseClick(panel.save_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Catatan butir I4-L1-01 disimpan."
    )

    # Indicator 2: the Renstra and the minutes on its two required level-1 items.
    click_indicator(qtbot, view, "P02")
    qtbot.waitUntil(lambda: panel.item_status_text("I2-L1-01") == "kosong")
    _attach(qtbot, monkeypatch, view, "I2-L1-01", pair.files["renstra"], RENSTRA_TITLE)
    _attach(qtbot, monkeypatch, view, "I2-L1-02", pair.files["notulen"], NOTULEN_TITLE)
    assert "Nilai indikator saat ini: 1,00" in panel.value_label.text()  # nothing accepted yet

    # Kirim > Kirim bukti ke koordinator…: the export dialog, estimate, then the summary.
    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.estimate_label.text().startswith("Perkiraan: 3 dokumen, "))
    bundle = pair.out / "bukti-bappeda-2026.zip"
    dialog.out_edit.setText(str(bundle))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert "sudah diperiksa ulang" in dialog.summary_title.text()
    assert "3 dokumen, " in dialog.summary_label.text()
    assert bundle.is_file()
    dialog.accept()
    return bundle


def test_pemdi_items_from_opd_to_coordinator_and_back(
    qtbot: QtBot,
    qapp: QApplication,
    gui_lang: None,
    inline_runner: InlineJobRunner,
    pair: Pair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opd_window = _window(qtbot, qapp, inline_runner, tmp_path / "laptop-bappeda")
    bundle = _opd_sends_a_paket(qtbot, monkeypatch, opd_window, pair)

    # ---------------------------------------------------------------- the coordinator imports
    koor_window = _window(qtbot, qapp, inline_runner, tmp_path / "laptop-koordinator")
    with qtbot.waitSignal(koor_window.workspace_opened, timeout=10_000):
        koor_window.open_workspace(pair.coordinator)
    coord = koor_window.view
    assert isinstance(coord, CoordinatorWindow)
    _show_tab(qtbot, coord, coord.import_tab)
    monkeypatch.setattr(prompts, "choose_files", lambda *_a, **_k: [bundle])
    qtbot.mouseClick(coord.import_tab.choose_button, Qt.MouseButton.LeftButton)
    report = coord.import_tab.report_model
    qtbot.waitUntil(lambda: report.rowCount() == 1)
    assert _cells(report, ReportColumn.FILE, ReportColumn.RESULT, ReportColumn.OPD) == [
        ("bukti-bappeda-2026.zip", "Diterima", OPD)
    ]
    assert coord.import_tab.summary.text() == "1 diterima, 0 duplikat, 0 ditolak."

    # ---------------------------------------------------------------- Butir per OPD
    cons = coord.consolidation
    _show_tab(qtbot, coord, cons)
    cons.picker.setCurrentIndex(cons.picker.findData("P02"))
    panel = cons.items_panel
    assert cons.detail_tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert _cells(panel.model, ItemColumn.UNIT, ItemColumn.CODE, ItemColumn.STATUS) == [
        (OPD, "I2-L1-01", "menunggu pemeriksaan"),
        (OPD, "I2-L1-02", "menunggu pemeriksaan"),
    ]
    assert panel.model.index(0, ItemColumn.DOCUMENTS).data() == RENSTRA_TITLE
    assert panel.select(OPD, "I2-L1-01")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert panel.select(OPD, "I2-L1-02")
    panel.reason_combo.setCurrentIndex(panel.reason_combo.findData("wrong-document"))
    qtbot.keyClicks(panel.note_edit, RETURN_NOTE)
    qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: _cells(panel.model, ItemColumn.STATUS) == [("diterima",), ("dikembalikan",)]
    )
    assert panel.model.index(1, ItemColumn.REASON).data() == (
        f"dokumen tidak sesuai — {RETURN_NOTE}"
    )
    # Indicator 4: the SK accepted.
    cons.picker.setCurrentIndex(cons.picker.findData("P04"))
    qtbot.waitUntil(lambda: panel.select(OPD, "I4-L1-01"))
    assert panel.model.index(0, ItemColumn.DOCUMENTS).data() == SK_TITLE
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cells(panel.model, ItemColumn.STATUS) == [("diterima",)])

    # ---------------------------------------------------------------- Antrean revisi
    queue = coord.queue
    _show_tab(qtbot, coord, queue)
    qtbot.waitUntil(lambda: queue.loaded and queue.model.rowCount() == 1)
    assert _cells(
        queue.model, QueueColumn.UNIT, QueueColumn.INDICATOR, QueueColumn.CODE, QueueColumn.STATUS
    ) == [(OPD, "2", "I2-L1-02", "dikembalikan")]
    assert queue.model.index(0, QueueColumn.GAIN).data().startswith("+0,")
    assert queue.summary.text() == (
        "0 butir menunggu pemeriksaan, 1 butir dikembalikan untuk revisi."
    )
    assert queue.deadline.text().startswith("Batas waktu — Tahap dokumen: 14 hari lagi (")

    # ---------------------------------------------------------------- Hasil asesor
    assessor = coord.assessor
    _show_tab(qtbot, coord, assessor)
    assessor.indicator_combo.setCurrentIndex(assessor.indicator_combo.findData("P02"))
    assessor.stage_combo.setCurrentIndex(assessor.stage_combo.findData("interviu"))
    qtbot.keyClicks(assessor.value_edit, "1,75")
    qtbot.keyClicks(assessor.note_edit, "Log tiket layanan ditunjukkan saat interviu.")
    qtbot.mouseClick(assessor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: assessor.message.text() != "")
    assert "Hasil asesor indikator 2 (Interviu): 1,75." in assessor.message.text()

    # ---------------------------------------------------------------- the dashboard
    dash = coord.dashboard
    _show_tab(qtbot, coord, dash)
    qtbot.waitUntil(lambda: dash.bottom_tabs.indexOf(dash.comparison) >= 0)
    rows = {
        r[0]: r[1:]
        for r in _cells(
            dash.comparison.model,
            CompareColumn.LABEL,
            CompareColumn.MANDIRI,
            CompareColumn.ASESOR,
            CompareColumn.DIFF,
        )
    }
    assert rows["Indikator 2. Manajemen Layanan Digital Pemerintah"] == ("1,25", "1,75", "+0,50")
    assert rows["Indikator 4. Kolaborasi Pemdi"] == ("1,17", "–", "")
    # The index: (0,25 + 0,17) / 20 above 1 by the items, (0,75 + 0,17) / 20 by the assessors.
    assert dash.value.text() == "1,02"
    assert dash.note.text().startswith("Menurut asesor: 1,05 (Kurang).")

    # ---------------------------------------------------------------- the receipt
    setup = coord.setup_tab
    _show_tab(qtbot, coord, setup)
    assert setup.select_opd(OPD)
    receipt = pair.out / "tanda-terima-bappeda.spbereceipt"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *_a, **_k: receipt)
    informed: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _p, _title, text: informed.append(text))
    qtbot.mouseClick(setup.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(informed))
    assert informed[0].startswith(f"Tanda terima untuk {OPD} ditulis ke {receipt}")
    assert "(3 hasil pemeriksaan)" in informed[0]  # the three item verdicts travel in it
    assert receipt.is_file()

    # ---------------------------------------------------------------- the report, from the menu
    opened: list[Path] = []
    monkeypatch.setattr(outputs_dialogs, "open_folder", opened.append)
    koor_window.outputs.actions["report"].trigger()
    dialog = koor_window.outputs.dialog
    assert isinstance(dialog, ReportDialog)
    written = pair.out / "laporan-pemdi-malut.docx"
    dialog.out.set_path(written)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: koor_window.outputs.result_dialog is not None)
    result = koor_window.outputs.result_dialog
    assert result is not None and result.isVisible()
    assert result.text.text().startswith("Laporan laporan-pemdi-malut.docx ditulis (")
    qtbot.mouseClick(result.open_button, Qt.MouseButton.LeftButton)
    assert opened == [pair.out]
    statuses = _item_statuses(written)  # Status, Dokumen, Catatan, Hasil pemeriksaan
    assert statuses["I2-L1-01"][0] == "Diterima"
    assert statuses["I2-L1-02"][0] == "Perlu revisi"
    assert statuses["I2-L1-02"][3] == f"Perlu revisi: {RETURN_NOTE}"
    assert statuses["I4-L1-01"] == ["Diterima", "D1", ITEM_NOTE, "Diterima"]
    assert statuses["I4-L1-02"][0] == "Belum ada dokumen"

    # ---------------------------------------------------------------- back at Bappeda
    view = opd_window.view
    assert isinstance(view, OpdWorkspaceView)
    monkeypatch.setattr(prompts, "choose_open_file", lambda *_a, **_k: receipt)
    opd_window.receipt_action.trigger()
    qtbot.waitUntil(lambda: view.receipt_dialog is not None)
    receipt_dialog = view.receipt_dialog
    assert receipt_dialog is not None
    assert "paket nomor 1 sudah dicatat" in receipt_dialog.findChildren(QLabel)[0].text()
    texts = [label.text() for label in receipt_dialog.findChildren(QLabel)]
    assert "Diterima: 2 · Perlu revisi: 1 · Ditolak: 0" in texts  # the item verdicts count
    table = receipt_dialog.table
    rows = {table.item(r, 0).text().split()[0]: table.item(r, 1).text() for r in range(3)}
    assert rows["I2-L1-02"] == "Perlu revisi: dokumen tidak sesuai"
    assert list(rows.values()).count("Diterima") == 2
    receipt_dialog.accept()
    click_indicator(qtbot, view, "P02")
    items = view.page.items_panel
    qtbot.waitUntil(lambda: items.item_status_text("I2-L1-01") == "diterima")
    assert items.item_status_text("I2-L1-02") == "revisi"
    qtbot.waitUntil(lambda: "Nilai indikator saat ini: 1,25" in items.value_label.text())
    assert items.select_item("I2-L1-02")
    assert f"Dikembalikan untuk revisi: dokumen tidak sesuai — {RETURN_NOTE}" in (
        items.detail.text()
    )
    assert items.attach_button.isEnabled()  # the officer can attach the right document
    status = view.navigator.model.indicator_index("P02").siblingAtColumn(1)
    qtbot.waitUntil(lambda: status.data() == "nilai 1,25")
    click_indicator(qtbot, view, "P04")
    qtbot.waitUntil(lambda: items.item_status_text("I4-L1-01") == "diterima")
    assert items.item_status_text("I4-L1-02") == "kosong"
    qtbot.waitUntil(lambda: "Nilai indikator saat ini: 1,17" in items.value_label.text())
    assert items.select_item("I4-L1-01")
    assert items.note_edit.toPlainText() == ITEM_NOTE


def _item_statuses(path: Path) -> dict[str, list[str]]:
    """Item code -> the rest of its row (Status, Dokumen...) in the report's item tables."""
    found: dict[str, list[str]] = {}
    for table in docx.Document(str(path)).tables:
        if [c.text for c in table.rows[0].cells][:3] != ["Butir", "Uraian", "Status"]:
            continue
        for row in table.rows[1:]:
            cells = [c.text for c in row.cells]
            found[cells[0]] = cells[2:]
    return found
