"""Setting up from a kit: the OPD officer sees the coordinator's fingerprint and must confirm it
(checked by phone) before the workspace is created; cancelling creates nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spbe_desktop.services.exchange import fingerprint, issue_kit
from spbe_desktop.services.workspace import coordinator_fingerprint, init_workspace, open_workspace
from spbe_desktop.ui.common import setup_dialog
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView


@pytest.fixture
def kit(tmp_path: Path) -> tuple[Path, str]:
    """A kit for Bappeda and the fingerprint of the coordinator key that signed it."""
    koor = tmp_path / "koordinator.spbe"
    init_workspace(koor, role="coordinator", instansi="Pemerintah Provinsi Maluku Utara")
    path = tmp_path / "bappeda.spbekit"
    issue_kit(koor, "Bappeda", path, indicators=["11", "12", "13"])
    with open_workspace(koor) as store:
        return path, fingerprint(store.profile())


def test_kit_set_up_shows_the_coordinator_fingerprint_and_needs_the_phone_check(
    qtbot: QtBot,
    window: MainWindow,
    kit: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, expected = kit
    target = tmp_path / "bappeda.spbe"
    seen: dict[str, Any] = {}

    def confirm_and_accept(dialog: setup_dialog.KitDialog) -> int:
        seen["fingerprint"] = dialog.fingerprint.text()
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen["phone"] = any(
            t == "Cocokkan sidik jari ini dengan koordinator lewat telepon sebelum melanjutkan."
            for t in texts
        )
        dialog.officer.setText("Sitti")
        dialog.path_row.edit.setText(str(target))
        seen["enabled_before"] = dialog.ok_button.isEnabled()
        dialog.buttons.accepted.emit()  # not confirmed yet: refused with a sentence
        seen["refused"] = (int(dialog.result()), dialog.error.text())
        dialog.checked.setChecked(True)
        seen["enabled_after"] = dialog.ok_button.isEnabled()
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    monkeypatch.setattr(setup_dialog.KitDialog, "exec", confirm_and_accept)
    with qtbot.waitSignal(window.workspace_opened, timeout=15_000):
        window.open_file(path)
    assert seen["fingerprint"] == expected
    assert seen["phone"]
    assert not seen["enabled_before"] and seen["enabled_after"]
    assert seen["refused"] == (
        0,
        "Cocokkan dulu sidik jari koordinator lewat telepon, lalu centang kotaknya.",
    )
    assert isinstance(window.view, OpdWorkspaceView)
    with open_workspace(target) as store:
        assert coordinator_fingerprint(store.profile()) == expected


def test_cancelling_the_kit_set_up_creates_nothing(
    qtbot: QtBot,
    window: MainWindow,
    kit: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, expected = kit
    shown: list[str] = []

    def look_and_cancel(dialog: setup_dialog.KitDialog) -> int:
        shown.append(dialog.fingerprint.text())
        dialog.path_row.edit.setText(str(tmp_path / "bappeda.spbe"))
        dialog.buttons.rejected.emit()
        return int(dialog.result())

    monkeypatch.setattr(setup_dialog.KitDialog, "exec", look_and_cancel)
    window.open_file(path)  # the window's runner is the synchronous one
    assert shown == [expected]
    assert not (tmp_path / "bappeda.spbe").exists()
    assert window.stack.currentWidget() is window.welcome
