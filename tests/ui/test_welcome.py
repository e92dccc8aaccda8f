"""First run: the welcome screen, setting up by hand, recent workspaces, other roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common.setup_dialog import SetupDialog, SetupRequest
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.navigator_model import ID_ROLE, KIND_ROLE
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView


def test_welcome_then_set_up_by_hand_opens_the_workspace(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Penilaian Mandiri SPBE"
    assert not window.export_action.isEnabled()
    path = tmp_path / "bappeda-2026.spbe"
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.setup.create(
            SetupRequest(
                path=path,
                role="opd",
                instansi="Pemerintah Provinsi Maluku Utara",
                unit="Bappeda",
                officer="Sitti",
                framework="pemdi-2026",
                period="2026",
                passphrase=None,
            )
        )
    view = window.view
    assert isinstance(view, OpdWorkspaceView)
    assert window.export_action.isEnabled()
    assert not view.provisional_banner.isHidden()  # Pemdi 2026 is provisional
    assert view.provisional_banner.text().startswith("SEMENTARA")
    assert view.current_indicator == "P01"
    assert view.index_panel.caption.text() == "Indeks Pemerintah Digital"
    window.close_workspace()
    assert window.stack.currentWidget() is window.welcome
    recent = window.welcome.recent
    assert recent.count() == 1 and recent.item(0).text().splitlines()[0] == "bappeda-2026"


def test_setup_dialog_checks_required_fields(qtbot: QtBot, gui_lang: None, tmp_path: Path) -> None:
    dialog = SetupDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Isi nama instansi."
    dialog.instansi.setText("Pemerintah Provinsi Maluku Utara")
    dialog.unit.setText("Dinas Kominfo")
    assert dialog.path_row.path() == tmp_path / f"dinas-kominfo-{dialog.period.value()}.spbe"
    dialog.passphrase.setText("rahasia")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Kedua frasa sandi tidak sama."
    dialog.passphrase2.setText("rahasia")
    dialog.buttons.accepted.emit()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.request().passphrase == "rahasia"
    # New workspaces are Pemdi 2026 unless the officer picks SPBE 2020 for a past cycle.
    assert dialog.framework.currentIndex() == 0
    assert dialog.request().framework == "pemdi-2026"
    assert [dialog.framework.itemData(i) for i in range(dialog.framework.count())] == [
        "pemdi-2026",
        "spbe-2020",
    ]


def test_coordinator_workspace_opens_the_coordinator_view(
    qtbot: QtBot, window: MainWindow, coordinator_workspace: Path
) -> None:
    from spbe_desktop.ui.coordinator import CoordinatorWindow

    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(coordinator_workspace)
    assert isinstance(window.view, CoordinatorWindow)
    assert not window.export_action.isEnabled()  # exporting bundles is the OPD's action


def test_help_shows_the_indonesian_user_guide(qtbot: QtBot, window: MainWindow) -> None:
    from spbe_desktop.ui.common.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Langkah pertama" in text
    assert "Peringatan" in text


def test_shipped_guide_is_the_docs_copy() -> None:
    from spbe_desktop.ui.common import assets

    docs = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    assert assets.help_markdown() == docs.read_text(encoding="utf-8")


def test_first_run_from_a_kit_double_clicked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The officer double-clicks the kit from the flash disk: one dialog, then the workspace
    opens with the coordinator's assignment and the framework from the kit."""
    from spbe_desktop.services.exchange import issue_kit
    from spbe_desktop.services.workspace import init_workspace
    from spbe_desktop.ui.common import setup_dialog

    koor = tmp_path / "koordinator.spbe"
    init_workspace(
        koor,
        role="coordinator",
        instansi="Pemerintah Provinsi Maluku Utara",
        framework="spbe-2020",  # the kit's framework, not the default: I11-I13 below
    )
    kit = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", kit, indicators=["11", "12", "13"])
    target = tmp_path / "bappeda.spbe"

    def fill_and_accept(dialog: setup_dialog.KitDialog) -> int:
        intro = dialog.findChild(QLabel)
        assert intro is not None and "bappeda.spbekit" in intro.text()
        dialog.checked.setChecked(True)  # the coordinator's fingerprint, confirmed by phone
        dialog.officer.setText("Sitti")
        dialog.path_row.edit.setText(str(target))
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    monkeypatch.setattr(setup_dialog.KitDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.workspace_opened, timeout=15_000):
        window.open_file(kit)
    view = window.view
    assert isinstance(view, OpdWorkspaceView)
    assert target.exists()
    assert view.header.text().startswith("Bappeda · Pemerintah Provinsi Maluku Utara · periode")
    nav = view.navigator
    assert nav.assigned_only.isChecked()  # the kit's assignment is the default filter
    shown: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(nav.proxy.rowCount(parent)):
            idx = nav.proxy.index(row, 0, parent)
            if idx.data(KIND_ROLE) == "indicator":
                shown.append(idx.data(ID_ROLE))
            walk(idx)

    walk(QModelIndex())
    assert shown == ["I11", "I12", "I13"]
    assert view.current_indicator == "I11"
