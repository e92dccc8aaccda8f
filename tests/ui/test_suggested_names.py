"""File names the set-up dialogs suggest are legal on Windows, whatever the unit is called."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.ui.common.setup_dialog import SetupDialog
from tests.support.windows import windows_refuses


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Dinas Kominfo", "dinas-kominfo"),
        (
            "Dinas Pendidikan & Kebudayaan: Bidang SMA/SMK",
            "dinas-pendidikan-kebudayaan-bidang-sma-smk",
        ),
        ("Badan Kesatuan Bangsa dan Politik — Kesbangpol ✓", None),
        ("CON", "con"),
        ("Dinas " * 80, None),  # far longer than a file name may be
        ("???", "ruang-kerja"),
    ],
)
def test_suggested_workspace_name_is_legal_on_windows(
    qtbot: QtBot, gui_lang: None, tmp_path: Path, unit: str, expected: str | None
) -> None:
    dialog = SetupDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.instansi.setText("Pemerintah Provinsi Maluku Utara")
    dialog.unit.setText(unit)
    name = dialog.path_row.path().name
    assert windows_refuses(name) is None, name
    assert len(name) <= 100
    if expected is not None:
        assert name == f"{expected}-{dialog.period.value()}.spbe"
