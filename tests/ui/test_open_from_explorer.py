"""A file double-clicked in Explorer: the installer runs ``spbe-desktop.exe "%1"``.

A workspace opens; a bundle or a receipt cannot be used without a workspace, so the app says
what to do next instead of failing; a kit starts the kit set-up (``test_welcome.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.services.workspace import init_workspace
from spbe_desktop.ui.app import build_parser
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView


@pytest.fixture
def dokumen(tmp_path: Path) -> Path:
    """Like ``C:\\Users\\Siti Nurhaliza\\Dokumen``, with non-ASCII below it."""
    folder = tmp_path / "Users" / "Siti Nurhaliza" / "Dokumen" / "Kiriman – Ñ"
    folder.mkdir(parents=True)
    return folder


def test_the_command_line_takes_the_path_windows_hands_over() -> None:
    path = "C:\\Users\\Siti Nurhaliza\\Dokumen\\Paket bukti – Dinas Kominfo.spbebundle"
    assert build_parser().parse_args([path]).workspace == Path(path)


def test_a_workspace_from_explorer_opens(qtbot: QtBot, window: MainWindow, dokumen: Path) -> None:
    path = dokumen / "Dinas Kominfo 2026.spbe"
    init_workspace(path, role="opd", instansi="Pemerintah Provinsi", unit="Dinas Kominfo")
    with qtbot.waitSignal(window.workspace_opened, timeout=15_000):
        window.open_file(path)
    assert isinstance(window.view, OpdWorkspaceView)


@pytest.mark.parametrize("suffix", [".spbebundle", ".spbereceipt", ".SPBEBUNDLE"])
def test_a_bundle_or_receipt_from_explorer_says_what_to_do(
    window: MainWindow, dokumen: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    told: list[tuple[str, str]] = []

    def inform(_parent: Any, title: str, text: str) -> None:
        told.append((title, text))

    monkeypatch.setattr(prompts, "inform", inform)
    path = dokumen / f"Kiriman Dinas Kominfo{suffix}"
    path.write_bytes(b"PK\x05\x06" + bytes(18))
    window.open_file(path)
    [(title, text)] = told
    assert title == "Buka ruang kerja dulu"
    assert path.name in text
    assert "Impor paket bukti" in text and "Terima tanda terima" in text
    assert window.view is None  # nothing was opened as a workspace
