"""The OPD officer's flow through the real widgets: open, choose, claim, justify, attach."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.core.models import Answer
from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.navigator_model import ID_ROLE, KIND_ROLE
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView


def open_view(qtbot: QtBot, window: MainWindow, path: Path) -> OpdWorkspaceView:
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(path)
    assert isinstance(window.view, OpdWorkspaceView)
    return window.view


def open_view_with_two_documents(
    qtbot: QtBot, window: MainWindow, path: Path, sample_docs: dict[str, Path]
) -> OpdWorkspaceView:
    """The OPD view on indicator I10, with a PDF (row 0) and a PNG (row 1) attached to it."""
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files

    docs = [AttachRequest(sample_docs["pdf"]), AttachRequest(sample_docs["png"])]
    run(attach_files(path, "I10", docs))
    view = open_view(qtbot, window, path)
    view.select_indicator("I10")
    return view


def click_indicator(qtbot: QtBot, view: OpdWorkspaceView, indicator: str) -> None:
    nav = view.navigator
    index = nav.proxy.mapFromSource(nav.model.indicator_index(indicator))
    nav.tree.scrollTo(index)
    rect = nav.tree.visualRect(index)
    qtbot.mouseClick(
        nav.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.center(),
    )
    assert view.current_indicator == indicator


def drop_files(widget: QWidget, files: list[Path]) -> None:
    """A real drag-and-drop of local files onto ``widget`` (enter, then drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = widget.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def test_add_button_opens_the_file_dialog(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    click_indicator(qtbot, view, "I02")
    monkeypatch.setattr(
        prompts, "choose_documents", lambda parent, start=None: [sample_docs["pdf"]]
    )
    qtbot.mouseClick(view.page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.metadata_dialog is not None)
    assert view.metadata_dialog is not None
    assert len(view.metadata_dialog.forms) == 1


def click_radio(qtbot: QtBot, button: QRadioButton) -> None:
    """Click on the radio's circle (its centre may lie beyond a short label)."""
    qtbot.mouseClick(
        button,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, button.height() // 2),
    )


def stored_answer(path: Path, indicator: str) -> Answer | None:
    with WorkspaceStore.open(path) as store:
        return store.answers().get(indicator)


def test_opd_flow_claim_justify_attach_and_index(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    page = view.page
    assert view.index_panel.value.text() == "1,00"
    click_indicator(qtbot, view, "I01")
    assert page.title.text() == "Indikator 1 · Kebijakan Internal Arsitektur SPBE"
    assert page.level_buttons[0].text() == "Tingkat 1 · Rintisan"

    click_radio(qtbot, page.level_buttons[2])
    text = "Pergub 12/2024 memuat enam domain arsitektur (Pasal 3-8)."
    page.justification.setFocus()
    qtbot.keyClicks(page.justification, text)

    def saved() -> None:
        answer = stored_answer(opd_workspace, "I01")
        assert answer is not None
        assert answer.level == 3
        assert answer.justification == text
        assert answer.status == "draft"

    qtbot.waitUntil(saved, timeout=5_000)
    # Level 3 on indicator 1 (weight 1,30): (100 + 2 x 1,30) / 100 = 1,026 -> "1,03".
    qtbot.waitUntil(lambda: view.index_panel.value.text() == "1,03")
    assert view.index_panel.gap.text() == "kurang 1,58 menuju Baik"
    status = view.navigator.model.indicator_index("I01").siblingAtColumn(1)
    assert status.data() == "Tk 3 · draf"
    assert "belum ada dokumen bukti" in page.warnings_label.text()

    drop_files(page, [sample_docs["pdf"], sample_docs["docx"]])  # as from a file manager
    qtbot.waitUntil(lambda: view.metadata_dialog is not None)
    dialog = view.metadata_dialog
    assert dialog is not None
    assert len(dialog.forms) == 2
    first = dialog.forms[0]
    assert first.kind.currentText() == "Keputusan/SK"
    assert first.number.text() == "100.3.3.1/45/2024"
    assert first.issued.iso() == "2024-03-12"
    assert first.level.currentData() == 3  # the claimed level is proposed
    first.title.setText("SK Tim Koordinasi SPBE")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.documents.rowCount() == 2)
    titles = {page.documents.document(r).title for r in range(2)}
    assert "SK Tim Koordinasi SPBE" in titles
    assert page.warnings_box.isHidden()
    with WorkspaceStore.open(opd_workspace) as store:
        docs = store.documents_for("I01")
        assert sorted(d.file_name for d in docs) == ["notulen-rapat.docx", "sk-tim-koordinasi.pdf"]
        assert all(d.links == (("I01", 3),) for d in docs)


def test_navigator_search_and_assigned_filter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from spbe_desktop.services.workspace import init_workspace

    path = tmp_path / "assigned.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Bappeda",
        assigned=("I01", "I02", "I11"),
        framework="spbe-2020",
    )
    view = open_view(qtbot, window, path)
    nav = view.navigator
    assert nav.assigned_only.isChecked()
    assert view.current_indicator == "I01"
    qtbot.keyClicks(nav.search, "peta")
    assert nav.search.text() == "peta", nav.search.text()
    shown: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(nav.proxy.rowCount(parent)):
            idx = nav.proxy.index(row, 0, parent)
            if idx.data(KIND_ROLE) == "indicator":
                shown.append(idx.data(ID_ROLE))
            walk(idx)

    walk(QModelIndex())
    assert shown == ["I02"]
    nav.search.clear()
    nav.assigned_only.setChecked(False)
    assert view.select_indicator("I47")


def test_warnings_scanned_expired_old_and_level_gap(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
) -> None:
    today = dt.date.today()
    old = today.replace(year=today.year - 3).isoformat()
    run(
        attach_files(
            opd_workspace,
            "I29",
            [
                AttachRequest(
                    sample_docs["scan"],
                    title="Laporan audit lama",
                    kind="Laporan",
                    issued=old,
                    level=3,
                ),
                AttachRequest(
                    sample_docs["pdf"],
                    title="SK Tim",
                    kind="Keputusan/SK",
                    valid_until=(today - dt.timedelta(days=10)).isoformat(),
                    level=2,
                ),
            ],
        )
    )
    run(
        attach_files(
            opd_workspace,
            "I43",
            [
                AttachRequest(
                    sample_docs["png"], title="Tangkapan layar", kind="Tangkapan Layar", level=2
                ),
                AttachRequest(
                    sample_docs["docx"], title="Laporan integrasi", kind="Laporan", level=4
                ),
            ],
        )
    )
    view = open_view(qtbot, window, opd_workspace)
    page = view.page
    view.select_indicator("I29")
    text = page.warnings_label.text()
    assert not page.warnings_box.isHidden()
    assert "“Laporan audit lama” hasil pindaian tanpa lapisan teks" in text
    assert "Masa berlaku “SK Tim” sudah habis" in text
    assert "lebih dari 2 tahun lalu" in text
    notes = {
        page.documents.document(r).title: page.documents.index(r, 6).data()
        for r in range(page.documents.rowCount())
    }
    assert notes["Laporan audit lama"] == "pindaian tanpa teks, terlalu lama"
    assert notes["SK Tim"] == "masa berlaku habis, terlalu lama"  # issued 12 March 2024

    view.select_indicator("I43")
    assert page.warnings_box.isHidden()
    click_radio(qtbot, page.level_buttons[3])
    assert "belum ada dokumen untuk tingkat 3 (Transaksi)" in page.warnings_label.text()
    click_radio(qtbot, page.level_buttons[1])
    assert page.warnings_box.isHidden()


def test_language_switch_shows_english_labels(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I01")
    assert view.page.add_button.text() == "&Tambah dokumen…"
    window.set_language("en")
    assert isinstance(window.view, OpdWorkspaceView)
    view = window.view
    assert view.current_indicator == "I01"
    assert view.page.add_button.text() == "&Add documents…"
    assert view.page.title.text() == "Indicator 1 · Kebijakan Internal Arsitektur SPBE"
    assert view.index_panel.value.text() == "1.00"
    assert view.index_panel.gap.text().startswith("1.60 short of Baik")
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Send"]
    window.set_language("id")
    assert isinstance(window.view, OpdWorkspaceView)
    assert window.view.page.add_button.text() == "&Tambah dokumen…"


def test_preview_shows_pdf_inside_the_app(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
) -> None:
    from PySide6.QtPdf import QPdfDocument

    run(attach_files(opd_workspace, "I10", [AttachRequest(sample_docs["pdf"])]))
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I10")
    view.page.table.selectRow(0)
    qtbot.mouseClick(view.page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.viewer.dialogs))
    dialog = view.viewer.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.document is not None
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1
    assert dialog.path.read_bytes() == sample_docs["pdf"].read_bytes()


def test_unlink_asks_first_and_keeps_the_document(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run(attach_files(opd_workspace, "I10", [AttachRequest(sample_docs["pdf"])]))
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I10")
    view.page.table.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(
        prompts, "confirm", lambda parent, title, text, action="": bool(asked.append(text))
    )
    view.page.unlink_button.click()
    assert asked and view.page.documents.rowCount() == 1
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, action="": True)
    view.page.unlink_button.click()
    assert view.page.documents.rowCount() == 0
    with WorkspaceStore.open(opd_workspace) as store:
        assert len(store.documents()) == 1


def test_demo_workspace_opens_with_statuses_and_verdicts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from spbe_desktop.services.demo import create_demo_workspace

    path = create_demo_workspace(tmp_path / "contoh.spbe")
    view = open_view(qtbot, window, path)
    view.select_indicator("I19")
    page = view.page
    assert not page.verdict_banner.isHidden()
    assert "perlu revisi" in page.verdict_banner.text()
    assert page.documents.rowCount() == 2
    assert "sudah habis" in page.warnings_label.text()
    assert view.index_panel.predicate.text() == "Kurang"
    view.select_indicator("I16")
    assert "hasil pindaian" in page.warnings_label.text()
    view.select_indicator("I17")
    assert "belum ada dokumen bukti" in page.warnings_label.text()
