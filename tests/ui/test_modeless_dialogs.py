"""One window per dialog slot (``ui.common.dialogs``): opening twice raises the open one,
closing and opening again builds a new working one (never a deleted one: RuntimeError).

The helper itself on plain widgets, then the real call sites: a document's preview (the OPD
view and the coordinator's architecture tab), the user guide, the coordinator's code dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.ui.common.dialogs import show_keyed, show_modeless
from spbe_desktop.ui.common.help_dialog import HelpDialog
from spbe_desktop.ui.common.jobs import InlineJobRunner, JobRunner
from spbe_desktop.ui.common.preview_dialog import PreviewDialog
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.main_window import MainWindow
from tests.ui.coordinator.test_architecture_coordinator import open_architecture_tab
from tests.ui.test_opd_flow import open_view_with_two_documents

WAIT_MS = 15_000


def delete_closed_windows() -> None:
    """Run the deletions that closing a ``WA_DeleteOnClose`` dialog queued."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


class Owner(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.dialog: QDialog | None = None
        self.built = 0

    def make(self) -> QDialog:
        self.built += 1
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Dialog {self.built}")
        return dialog


# ------------------------------------------------------------------------------ the helper
def test_show_modeless_raises_the_open_one_and_builds_anew_after_close(qtbot: QtBot) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    owner.show()
    first = show_modeless(owner, "dialog", owner.make)
    assert owner.dialog is first and first.isVisible()
    assert first.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert show_modeless(owner, "dialog", owner.make) is first
    assert owner.built == 1
    first.close()
    assert owner.dialog is None  # forgotten at once, before Qt deletes it
    # Opened again before the deletion ran: a new one, not the closed one.
    second = show_modeless(owner, "dialog", owner.make)
    assert second is not first and second.isVisible()
    delete_closed_windows()
    assert not shiboken6.isValid(first)
    assert owner.dialog is second  # the old one's deletion did not forget the new one
    assert second.windowTitle() == "Dialog 2"
    second.close()
    delete_closed_windows()
    assert owner.dialog is None
    third = show_modeless(owner, "dialog", owner.make)
    assert third.windowTitle() == "Dialog 3" and third.isVisible()
    third.close()


def test_show_modeless_modal_connects_accepted_once(qtbot: QtBot) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    owner.show()
    accepted: list[str] = []
    for _ in range(2):
        dialog = show_modeless(
            owner,
            "dialog",
            owner.make,
            modal=True,
            accepted=lambda d: accepted.append(d.windowTitle()),
        )
    assert dialog.isModal() and owner.built == 1
    dialog.accept()
    assert accepted == ["Dialog 1"]
    assert owner.dialog is None
    delete_closed_windows()
    show_modeless(owner, "dialog", owner.make, accepted=lambda d: accepted.append("x")).reject()
    assert accepted == ["Dialog 1"]


def test_show_keyed_one_window_per_key(qtbot: QtBot) -> None:
    owner = Owner()
    qtbot.addWidget(owner)
    owner.show()
    open_ones: dict[str, QDialog] = {}
    a = show_keyed(open_ones, "a", owner.make)
    assert show_keyed(open_ones, "a", owner.make) is a
    b = show_keyed(open_ones, "b", owner.make)
    assert b is not a and list(open_ones) == ["a", "b"]
    a.close()
    delete_closed_windows()
    assert list(open_ones) == ["b"]
    again = show_keyed(open_ones, "a", owner.make)
    assert again.windowTitle() == "Dialog 3" and list(open_ones) == ["b", "a"]
    for d in (again, b):
        d.close()


# --------------------------------------------------------------------------- call sites
def visible_previews(dialogs: list[PreviewDialog]) -> list[PreviewDialog]:
    return [d for d in dialogs if shiboken6.isValid(d) and d.isVisible()]


def test_opd_preview_twice_in_a_row_is_one_window_then_a_new_one(
    qtbot: QtBot,
    window_factory: Callable[[JobRunner], MainWindow],
    real_runner: JobRunner,
    opd_workspace: Path,
    sample_docs: dict[str, Path],
) -> None:
    window = window_factory(real_runner)
    view = open_view_with_two_documents(qtbot, window, opd_workspace, sample_docs)

    def preview(row: int, shown: int) -> PreviewDialog:
        view.page.table.selectRow(row)
        qtbot.mouseClick(view.page.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: len(visible_previews(view.viewer.dialogs)) == shown, timeout=WAIT_MS
        )
        return view.viewer.dialogs[-1]

    first = preview(0, 1)
    title = first.windowTitle()
    assert title.startswith("Pratinjau: ")
    again = preview(0, 1)  # the same document again: the open window, raised
    assert again is first
    assert visible_previews(view.viewer.dialogs) == [first]
    other = preview(1, 2)  # another document: its own window
    assert other is not first
    assert len(visible_previews(view.viewer.dialogs)) == 2
    for round_ in range(2):
        first.close()
        delete_closed_windows()
        assert all(shiboken6.isValid(d) for d in view.viewer.dialogs)
        assert first not in view.viewer.dialogs
        view.page.table.selectRow(0)
        qtbot.mouseClick(view.page.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(visible_previews(view.viewer.dialogs)) == 2, timeout=WAIT_MS)
        renewed = view.viewer.dialogs[-1]
        assert renewed is not first, round_
        assert renewed.windowTitle() == title
        assert renewed.document is not None or renewed.image_label is not None
        first = renewed
    for d in view.viewer.dialogs:
        d.close()


def test_coordinator_siap_preview_twice_is_one_window(
    qtbot: QtBot,
    coordinator_workspace: Path,
    real_runner: JobRunner,
    sample_docs: dict[str, Path],
) -> None:
    """The coordinator's viewer (shared by its tabs) keeps one preview per document too."""
    run(attach_files(coordinator_workspace, "I10", [AttachRequest(sample_docs["pdf"])]))
    window = CoordinatorWindow(coordinator_workspace, real_runner)
    qtbot.addWidget(window)
    window.show()
    window.viewer.preview(1)
    qtbot.waitUntil(lambda: bool(visible_previews(window.viewer.dialogs)), timeout=WAIT_MS)
    first = window.viewer.dialogs[-1]
    assert first.document is not None
    assert first.document.status() == QPdfDocument.Status.Ready
    window.viewer.preview(1)  # raised at once, nothing copied out again
    assert window.viewer.dialogs == [first] and first.isVisible()
    first.close()
    delete_closed_windows()
    assert window.viewer.dialogs == []
    window.viewer.preview(1)
    qtbot.waitUntil(lambda: bool(visible_previews(window.viewer.dialogs)), timeout=WAIT_MS)
    second = window.viewer.dialogs[-1]
    assert second is not first and second.document is not None
    assert second.document.pageCount() == 1
    second.close()


def test_the_guide_opens_once_and_again_after_closing(qtbot: QtBot, window: MainWindow) -> None:
    window.show_help()
    guide = window.help_dialog
    assert isinstance(guide, HelpDialog) and guide.isVisible()
    window.show_help()
    assert window.help_dialog is guide
    assert len([d for d in window.findChildren(HelpDialog) if d.isVisible()]) == 1
    guide.accept()  # its "Tutup" button
    delete_closed_windows()
    assert window.help_dialog is None
    assert not shiboken6.isValid(guide)
    window.show_help()
    renewed = window.help_dialog
    assert renewed is not None and renewed is not guide
    assert renewed.windowTitle() == "Panduan pengguna"
    assert renewed.browser.toPlainText()
    assert window.findChildren(HelpDialog) == [renewed]
    renewed.close()


def test_code_dialog_twice_is_one_then_a_new_working_one(
    gui_lang: None,
    qtbot: QtBot,
    coordinator_workspace: Path,
    inline_runner: InlineJobRunner,
) -> None:
    tab = open_architecture_tab(qtbot, coordinator_workspace, inline_runner)
    tab.add_code_button.click()
    first = tab.code_dialog
    assert first is not None and first.isVisible()
    tab.add_code_button.click()
    assert tab.code_dialog is first
    first.reject()
    delete_closed_windows()
    assert tab.code_dialog is None and not shiboken6.isValid(first)
    tab.add_code_button.click()
    second = tab.code_dialog
    assert second is not None and second is not first and second.isVisible()
    second.list_combo.setCurrentIndex(second.list_combo.findData("RAB"))
    second.code_edit.setText("rab.02.06.01")
    second.name_edit.setText("Perikanan Tangkap")
    second.accept()
    assert tab.code_dialog is None
