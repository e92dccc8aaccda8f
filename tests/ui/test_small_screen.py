"""The app on a 1024 × 600 screen (issue 15): every action of the indicator page within reach,
windows and dialogs no larger than the screen, and no text cut short.

Reachable means: inside the window, and either fully shown or inside a scroll area that brings
it fully into view; nothing lies to the right of the page where no scroll bar leads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import run
from spbe_desktop.services import coordinator as coord
from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.services.demo import create_demo_workspace
from spbe_desktop.services.exchange import (
    export_bundle,
    import_bundles,
    minisign_public_key,
    register_opd,
    trust_public_key,
)
from spbe_desktop.services.workspace import assess, init_workspace
from spbe_desktop.ui.common.help_dialog import HelpDialog
from spbe_desktop.ui.common.preview_dialog import PreviewDialog
from spbe_desktop.ui.coordinator import CoordinatorWindow
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView
from tests.ui.clipping import clipped_texts
from tests.ui.test_opd_flow import open_view

SCREEN = (1024, 600)
ACTIONS = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_workspace(tmp_path_factory.mktemp("demo") / "contoh.spbe")


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "contoh.spbe"
    copy.write_bytes(demo_template.read_bytes())
    return copy


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if content is not None and content.isAncestorOf(widget):
            return parent  # type: ignore[return-value]
        parent = parent.parentWidget()
    return None


def actions_of(view: QWidget, window: QWidget) -> list[QWidget]:
    """The controls a user clicks or types into (not the parts of another control)."""
    found = []
    for widget in view.findChildren(QWidget):
        if not isinstance(widget, ACTIONS) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(window):
            continue
        inner = widget.parentWidget()
        while (
            inner is not None and inner is not view and not isinstance(inner, QAbstractScrollArea)
        ):
            inner = inner.parentWidget()
        if isinstance(inner, QAbstractScrollArea) and not isinstance(inner, QScrollArea):
            continue  # a table's or tree's own parts
        found.append(widget)
    return found


def unreachable(view: QWidget, window: QWidget) -> list[str]:
    problems = []
    window_rect = window.rect()
    for widget in actions_of(view, window):
        name = getattr(widget, "text", lambda: "")() or widget.accessibleName()
        name = name or widget.objectName() or type(widget).__name__
        area = scroll_area_of(widget)
        if area is not None:
            # Scrolled the way a user scrolls: the control's top to the top of the view (as far
            # as the page goes); twice, as wrapped texts take their height once laid out.
            for _ in range(2):
                top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
                area.verticalScrollBar().setValue(top)
                settle()
            port = rect_in(area.viewport(), window)
            shown = rect_in(widget, window)
            fits = widget.height() <= port.height()
            inside = (
                port.contains(shown)
                if fits
                else (port.left() <= shown.left() and shown.right() <= port.right())
            )
            if not inside:
                problems.append(f"{name}: {shown} not brought into {port}")
            if not window_rect.contains(port):
                problems.append(f"scroll area of {name} reaches outside the window")
        elif not window_rect.contains(rect_in(widget, window)):
            problems.append(f"{name}: {rect_in(widget, window)} outside {window_rect}")
    return problems


# ----------------------------------------------------------------------------------- defect 4
def test_every_action_of_the_indicator_page_is_reachable_at_1024x600(
    qtbot: QtBot, window: MainWindow, demo: Path
) -> None:
    """At 1024 px (the app's own minimum) the page was cut off on the right, without a scroll
    bar, and the window would not get lower than 640 px."""
    window.resize(*SCREEN)
    view = open_view(qtbot, window, demo)
    assert (window.width(), window.height()) == SCREEN
    for indicator in ("I19", "I16", "I43"):  # verdict and warnings; a scan; a long level gap
        view.select_indicator(indicator)
        view.page.table.selectRow(0)
        settle()
        page = view.page
        assert page.preview_button.isEnabled()  # the document buttons are live, not greyed
        area = page.scroll_area
        assert area.widget().width() <= area.viewport().width()
        assert not area.horizontalScrollBar().isVisible()
        assert rect_in(view, window).right() <= window.rect().right()
        assert unreachable(view, window) == [], indicator


def test_windows_and_dialogs_fit_a_small_screen(
    qtbot: QtBot, window: MainWindow, sample_docs: dict[str, Path]
) -> None:
    """The minimum height (640) did not fit a 1024 × 600 screen; Pratinjau (820 × 900) and
    Panduan (760 × 820) were taller than a laptop screen."""
    room = window.screen().availableGeometry()
    assert window.minimumHeight() <= SCREEN[1] - 48  # a task bar and a title bar
    assert window.minimumWidth() <= SCREEN[0]
    guide = HelpDialog(window)
    preview = PreviewDialog(sample_docs["pdf"], "application/pdf", "SK Tim", None, window)
    for dialog in (guide, preview):
        qtbot.addWidget(dialog)
        assert dialog.width() <= room.width() and dialog.height() <= room.height()


# ----------------------------------------------------------------------------------- defect 8
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_text_is_cut_short_on_the_opd_side(
    qtbot: QtBot, window: MainWindow, demo: Path, tmp_path: Path, lang: str
) -> None:
    """Document-table columns were sized at random ("Pe…", Judul 25 px wide) and the export
    dialog's path line showed only its end."""
    window.resize(*SCREEN)
    view = open_view(qtbot, window, demo)
    if lang == "en":
        window.set_language("en")
        assert isinstance(window.view, OpdWorkspaceView)
        view = window.view
    for indicator in ("I19", "I43", "I16"):
        view.select_indicator(indicator)
        settle()
        assert clipped_texts(window) == [], indicator
    window.export_action.trigger()
    dialog = view.export_dialog
    assert dialog is not None
    settle()
    assert clipped_texts(dialog) == []
    dialog.out_edit.setText(str(tmp_path / "keluar" / Path(dialog.out_edit.text()).name))
    (tmp_path / "keluar").mkdir()
    dialog.export_button.click()
    assert dialog.stack.currentIndex() == 1
    settle()
    assert clipped_texts(dialog) == []
    assert dialog.width() <= window.screen().availableGeometry().width()
    dialog.accept()


@pytest.fixture
def small_round(coordinator_workspace: Path, tmp_path: Path, sample_docs: dict[str, Path]) -> Path:
    """Two OPDs' bundles imported (one with an expired decree and a scan), a verdict, a
    decision, and a third OPD registered that has sent nothing."""
    for unit, indicators in (("Bappeda", ("I01", "I11")), ("Dinas Kesehatan", ("I45",))):
        ws = tmp_path / f"{unit}.spbe"
        init_workspace(
            ws, role="opd", instansi="Pemprov", unit=unit, officer="Rina", framework="spbe-2020"
        )
        for ind in indicators:
            assess(ws, ind, level=3, note=f"Bukti untuk {ind}", status="ready")
        requests = [
            AttachRequest(sample_docs["pdf"], title="Keputusan Gubernur tentang Tim Koordinasi"),
            AttachRequest(sample_docs["scan"], title="Daftar hadir rapat (pindaian)"),
        ]
        run(attach_files(ws, indicators[0], requests))
        bundle = tmp_path / f"{unit}.zip"
        run(export_bundle(ws, bundle))
        trust_public_key(coordinator_workspace, unit, minisign_public_key(ws))
        run(import_bundles(coordinator_workspace, [bundle]))
    register_opd(coordinator_workspace, "Bagian Pengadaan Barang dan Jasa Setda", "Andi")
    coord.set_verdict(coordinator_workspace, "Bappeda", "I01", "perlu_revisi", "Lampirkan SK baru")
    coord.decide(coordinator_workspace, "I01", 3, "Keputusan rapat tim koordinasi")
    return coordinator_workspace


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_text_is_cut_short_on_the_coordinator_side(
    qapp: QApplication,
    qtbot: QtBot,
    window: MainWindow,
    small_round: Path,
    lang: str,
) -> None:
    """Labels like "Per doma", "Tak mung" and "Ko", and columns too narrow to read."""
    window.resize(*SCREEN)
    if lang == "en":
        window.set_language("en")
    with qtbot.waitSignal(window.workspace_opened, timeout=15_000):
        window.open_workspace(small_round)
    view: Any = window.view
    assert isinstance(view, CoordinatorWindow)
    view.search.query.setText("Keputusan")
    view.search.search()
    view.consolidation.show_indicator("I01")
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle()
        assert clipped_texts(window) == [], view.tabs.tabText(index)
