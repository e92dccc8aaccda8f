"""The checklist before sending, in the export dialog (issue 15): what to look at, counted per
kind, in Indonesian; it warns and still sends, and offers nothing to make when there is nothing
at all to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.presend import LARGE_FILE_BYTES
from spbe_desktop.services.workspace import assess
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.export_dialog import ExportDialog
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.support.generate import make_pdf
from tests.ui.test_opd_flow import open_view

SK_TEXT = ["KEPUTUSAN GUBERNUR MALUKU UTARA\nTENTANG TIM KOORDINASI SPBE"]


def export_dialog(window: MainWindow, view: OpdWorkspaceView) -> ExportDialog:
    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None
    return dialog


def test_the_dialog_lists_what_to_look_at_with_a_count_per_kind_and_still_sends(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path, tmp_path: Path
) -> None:
    with WorkspaceStore.open(opd_workspace) as store:
        store.update_profile("test", assigned=("I01", "I02", "I03", "I19"))
    folder = tmp_path / "berkas"
    folder.mkdir()
    encrypted = make_pdf(folder / "sandi.pdf", SK_TEXT, user_password="rahasia")
    big = make_pdf(folder / "besar.pdf", SK_TEXT, pad_to_bytes=LARGE_FILE_BYTES + 4096)
    run(attach_files(opd_workspace, "I19", [AttachRequest(encrypted, title="SK Tim", level=1)]))
    run(attach_files(opd_workspace, "I01", [AttachRequest(big, title="Laporan TIK", level=1)]))
    assess(opd_workspace, "I01", level=1, note="Laporan tahunan.", status="ready")
    assess(opd_workspace, "I19", level=1, note="SK tim.", status="ready")
    assess(opd_workspace, "I02", level=2, note="Masih disusun.", status="draft")
    assess(opd_workspace, "I30", level=1, note="Kami isi juga.", status="ready")  # not ours
    view = open_view(qtbot, window, opd_workspace)

    dialog = export_dialog(window, view)
    assert dialog.check is not None
    box = dialog.problems_box
    assert box.isVisibleTo(dialog)
    text = dialog.problems_label.text()
    assert "Perlu diperhatikan sebelum mengirim" in text
    assert "Isian masih draf: 1 indikator" in text
    assert "Indikator 2 · " in text
    assert "Indikator tanpa isian dan tanpa dokumen: 1" in text
    assert "Indikator 3 · " in text
    assert "Diisi, tetapi tidak ditugaskan kepada unit Anda: 1 indikator" in text
    assert "Indikator 30 · " in text
    assert "Berkas yang tidak dapat dibuka penilai: 1" in text
    assert "“SK Tim” (indikator 19): dilindungi kata sandi" in text
    assert "Berkas sangat besar (lebih dari 20 MB): 1" in text
    assert "“Laporan TIK” (indikator 1): 20,0 MB" in text
    assert "Paket tetap dapat dibuat" in text
    # The list scrolls rather than pushing the buttons off a 1024 x 600 screen.
    assert box.scroll_area.maximumHeight() <= 260
    assert dialog.sizeHint().height() <= 600 - 48  # a task bar and a title bar

    # A warning, not a gate: the bundle is made.
    out = tmp_path / "keluar" / "bukti.zip"
    out.parent.mkdir()
    dialog.out_edit.setText(str(out))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1 and out.exists()
    dialog.accept()


def test_nothing_at_all_to_send_is_said_and_nothing_can_be_made(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    dialog = export_dialog(window, view)
    assert dialog.check is not None and dialog.check.nothing_to_send
    assert dialog.problems_box.isVisibleTo(dialog)
    assert dialog.problems_label.text().startswith("<b>Belum ada yang dapat dikirim")
    assert not dialog.export_button.isEnabled()
    dialog.reject()

    # One answer later there is something to send (many indicators are still empty).
    assess(opd_workspace, "I01", level=1, note="Ada.", status="ready")
    dialog = export_dialog(window, view)
    assert dialog.export_button.isEnabled()
    assert "Indikator tanpa isian dan tanpa dokumen: 46" in dialog.problems_label.text()
    assert "… dan 41 lainnya" in dialog.problems_label.text()
    dialog.reject()


def test_an_unsaved_answer_counts_as_a_draft(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path
) -> None:
    """Typed a moment ago and not written yet: the checklist counts it (the dialog is opened
    from the view directly, without the menu's save first)."""
    assess(opd_workspace, "I01", level=1, note="Ada.", status="ready")
    view = open_view(qtbot, window, opd_workspace)
    view.select_indicator("I01")
    view.page.justification.setPlainText("Ada, dan ditambah.")
    assert view.has_unsaved()
    dialog = view.export_bundle()
    assert "Isian masih draf: 1 indikator" in dialog.problems_label.text()
    dialog.reject()
