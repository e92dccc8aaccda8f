"""A window holds the workspace it shows: another window, or another copy of the app, is told
"Ruang kerja ini sedang dibuka di aplikasi lain" instead of meeting an I/O error later."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spbe_desktop.store.lock import lock_path
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.main_window import MainWindow
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView

OPEN_ELSEWHERE = "Ruang kerja ini sedang dibuka di aplikasi lain"

#: Another copy of the app: holds the workspace as its window would, until stdin closes.
OTHER_APP = """
import sys
from pathlib import Path
from spbe_desktop.store.lock import hold_workspace
hold = hold_workspace(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, str, str]]:
    shown: list[tuple[Any, str, str]] = []

    def show_error(parent: Any, title: str, text: str, *, details: str = "") -> None:
        shown.append((parent, title, text))

    monkeypatch.setattr(prompts, "show_error", show_error)
    return shown


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.open_workspace(path)


def test_a_second_window_is_told_the_workspace_is_open_elsewhere(
    qtbot: QtBot,
    window_factory: Callable[[object], MainWindow],
    inline_runner: object,
    opd_workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = window_factory(inline_runner)
    _open(qtbot, first, opd_workspace)
    assert isinstance(first.view, OpdWorkspaceView)
    second = window_factory(inline_runner)
    shown = _errors(monkeypatch)
    second.open_workspace(opd_workspace)
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is second
    assert title == "Tidak dapat dilanjutkan"
    assert text.startswith(OPEN_ELSEWHERE), text
    assert "tutup dulu di sana" in text
    assert second.workspace is None and second.stack.currentWidget() is second.welcome
    # The first window is untouched, and opening its own workspace again just reloads it.
    _open(qtbot, first, opd_workspace)
    assert first.workspace is not None and len(shown) == 1
    # Once the first window lets go, the second opens it.
    first.close_workspace()
    _open(qtbot, second, opd_workspace)
    assert isinstance(second.view, OpdWorkspaceView)
    second.close()
    assert not lock_path(opd_workspace).exists()


def test_another_copy_of_the_app_holding_it_is_named_and_nothing_opens(
    qtbot: QtBot,
    window: MainWindow,
    opd_workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", OTHER_APP, str(opd_workspace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "held"
        shown = _errors(monkeypatch)
        window.open_workspace(opd_workspace)
        assert [text for _p, _t, text in shown] == [shown[0][2]]
        assert shown[0][2].startswith(OPEN_ELSEWHERE)
        assert window.workspace is None
        other.stdin.close()  # that copy of the app quits
        assert other.wait(timeout=30) == 0
    _open(qtbot, window, opd_workspace)
    assert window.workspace is not None and window.hold is not None and window.hold.held
