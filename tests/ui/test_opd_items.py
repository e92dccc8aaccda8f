"""The OPD indicator page of a Pemdi 2026 workspace: items as a checklist with their statuses,
attaching to an item, the portal note and its copy button, external indicators, live value."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.ui.test_opd_flow import click_indicator, open_view


@pytest.fixture
def pemdi_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "opd-pemdi.spbe"
    init_workspace(
        path,
        role="opd",
        instansi="Pemerintah Provinsi Maluku Utara",
        unit="Dinas Kominfo",
        officer="Rina",
        framework="pemdi-2026",
    )
    return path


def record_verdict(path: Path, code: str, verdict: str, **kwargs: str) -> None:
    """A verdict as a coordinator's receipt records it in an OPD workspace (row 0)."""
    with WorkspaceStore.open(path) as store:
        store.set_item_verdict(0, code, verdict, "Koordinator", **kwargs)


def open_items(qtbot: QtBot, window: MainWindow, path: Path, indicator: str) -> OpdWorkspaceView:
    view = open_view(qtbot, window, path)
    click_indicator(qtbot, view, indicator)
    panel = view.page.items_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    return view


def test_checklist_shows_items_with_their_statuses(
    qtbot: QtBot,
    window: MainWindow,
    pemdi_workspace: Path,
    sample_docs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_items(qtbot, window, pemdi_workspace, "P01")
    page, panel = view.page, view.page.items_panel
    assert panel.isVisible()
    assert not page.ladder_box.isVisible()  # the checklist replaces the level ladder
    assert panel.item_status_text("I1-L1-01") == "kosong"
    # Level 1 is not complete: every item above it is blocked.
    assert panel.item_status_text("I1-L2-01") == "terblokir"
    assert panel.tree.topLevelItem(0).child(0).text(1) == "wajib"
    assert "Rapat tentang evaluasi kinerja" in panel._tooltip(
        view.pack.item("I1-L2-03")
    )  # "bukan dokumen ini"

    # Attach a file to the selected item through the page.
    assert panel.select_item("I1-L1-01")
    monkeypatch.setattr(
        prompts, "choose_documents", lambda parent, start=None: [sample_docs["pdf"]]
    )
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.metadata_dialog is not None)
    dialog = view.metadata_dialog
    assert dialog is not None
    dialog.forms[0].title.setText("Rancangan Renstra 2026")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: panel.item_status_text("I1-L1-01") == "terlampir")
    assert panel.selected_code() == "I1-L1-01"
    assert "Rancangan Renstra 2026" in panel.item_documents.item(0).text()

    # The coordinator's verdicts arrive (as a receipt records them): accepted, then revision.
    value_before = panel.value_label.text()
    assert "1,00" in value_before
    record_verdict(pemdi_workspace, "I1-L1-01", "accepted")
    record_verdict(
        pemdi_workspace, "I1-L2-03", "revision", reason="wrong-document", note="Bukan notulen TK"
    )
    view.refresh_all()
    qtbot.waitUntil(lambda: panel.item_status_text("I1-L1-01") == "diterima")
    assert panel.item_status_text("I1-L2-03") == "revisi"
    assert panel.item_status_text("I1-L3-01") == "terblokir"
    qtbot.waitUntil(lambda: panel.value_label.text() != value_before)
    assert "Nilai indikator saat ini: 1,50" in panel.value_label.text()
    # The navigator shows the value the items give, not a claimed level.
    status = view.navigator.model.indicator_index("P01").siblingAtColumn(1)
    qtbot.waitUntil(lambda: status.data() == "nilai 1,50")
    assert view.navigator.model.indicator_index("P02").siblingAtColumn(1).data() == "nilai 1,00"
    assert panel.select_item("I1-L2-03")
    detail = panel.detail.text()
    assert "dokumen tidak sesuai" in detail
    assert "Bukan notulen TK" in detail


def test_item_note_is_saved_and_copied(
    qtbot: QtBot, window: MainWindow, pemdi_workspace: Path
) -> None:
    view = open_items(qtbot, window, pemdi_workspace, "P01")
    panel = view.page.items_panel
    assert panel.select_item("I1-L1-01")
    panel.note_edit.setPlainText("Lihat Bab IV halaman 12")
    qtbot.mouseClick(panel.save_note_button, Qt.MouseButton.LeftButton)
    with WorkspaceStore.open(pemdi_workspace) as store:
        qtbot.waitUntil(lambda: store.item_state(0, "I1-L1-01").note == "Lihat Bab IV halaman 12")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_note_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Lihat Bab IV halaman 12"
    # Shown again after the page is read anew.
    click_indicator(qtbot, view, "P02")
    click_indicator(qtbot, view, "P01")
    qtbot.waitUntil(lambda: panel.select_item("I1-L1-01"))
    assert panel.note_edit.toPlainText() == "Lihat Bab IV halaman 12"


def test_external_indicator_names_its_index(
    qtbot: QtBot, window: MainWindow, pemdi_workspace: Path
) -> None:
    view = open_view(qtbot, window, pemdi_workspace)
    click_indicator(qtbot, view, "P05")
    panel = view.page.items_panel
    assert not panel.checklist.isVisible()
    assert panel.external_label.isVisible()
    assert "Indeks Satu Data Indonesia (SDI)" in panel.external_label.text()
    qtbot.waitUntil(lambda: "1,00" in panel.value_label.text())


def test_spbe_2020_page_keeps_the_level_ladder(
    qtbot: QtBot, window: MainWindow, opd_workspace: Path
) -> None:
    view = open_view(qtbot, window, opd_workspace)
    click_indicator(qtbot, view, "I01")
    assert view.page.ladder_box.isVisible()
    assert not view.page.items_panel.isVisible()


def test_item_page_is_reachable_at_1024x600(
    qtbot: QtBot, window: MainWindow, pemdi_workspace: Path
) -> None:
    """Every action of the checklist, the item detail and the note is within reach on a small
    laptop screen (scrolling the page), and no text is cut short."""
    from tests.ui.clipping import clipped_texts
    from tests.ui.test_small_screen import SCREEN, rect_in, settle, unreachable

    window.resize(*SCREEN)
    view = open_items(qtbot, window, pemdi_workspace, "P01")
    assert view.page.items_panel.selected_code() == "I1-L1-01"  # the first item to work on
    for indicator in ("P01", "P03", "P05"):
        view.select_indicator(indicator)
        qtbot.waitUntil(lambda: view.page.items_panel.value_label.text() != "")
        settle()
        area = view.page.scroll_area
        assert not area.horizontalScrollBar().isVisible(), indicator
        assert rect_in(view, window).right() <= window.rect().right()
        assert unreachable(view, window) == [], indicator
        assert clipped_texts(window) == [], indicator
