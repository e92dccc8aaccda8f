"""Never freeze, never lose: the event loop keeps turning during a 200 MB attach and its
export, and closing during a job asks, cancels cleanly and keeps what was typed.

How long the longest stall lasts is a benchmark row ("GUI: worst event-loop stall during a large
attach and its export", ``benchmarks/gui.py``); these tests count, they do not time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from spbe_desktop.services.attach import AttachRequest, attach_files
from spbe_desktop.store.workspace_store import WorkspaceStore
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.jobs import JobRunner
from spbe_desktop.ui.opd.workspace_view import OpdWorkspaceView

BIG_MB = 200
#: Timer events the GUI thread must handle while each job runs: a frozen window handles none.
MIN_BUSY_TICKS = 10


class TickCounter:
    """A 10 ms timer on the GUI thread that counts its ticks while ``busy()`` says a job runs."""

    def __init__(self, busy: Callable[[], bool]) -> None:
        self.busy = busy
        self.busy_ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        if self.busy():
            self.busy_ticks += 1

    def take(self) -> int:
        """The ticks counted so far, starting again from zero."""
        ticks, self.busy_ticks = self.busy_ticks, 0
        return ticks


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "rekaman-rapat.bin"
    chunk = os.urandom(1024 * 1024)
    with path.open("wb") as fh:
        for k in range(BIG_MB):
            fh.write(chunk[:-8] + k.to_bytes(8, "big"))
    return path


def test_event_loop_stays_responsive_during_200mb_attach_and_export(
    qtbot: object,
    window_factory: Callable[[object], Any],
    real_runner: JobRunner,
    opd_workspace: Path,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = window_factory(real_runner)
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):  # type: ignore[attr-defined]
        window.open_workspace(opd_workspace, select="I16")  # type: ignore[attr-defined]
    view = window.view  # type: ignore[attr-defined]
    assert isinstance(view, OpdWorkspaceView)
    monkeypatch.setattr(prompts, "choose_documents", lambda parent, start=None: [big_file])
    counter = TickCounter(lambda: bool(real_runner.active_jobs()))
    counter.timer.start()
    view.page.add_button.click()
    qtbot.waitUntil(lambda: view.metadata_dialog is not None, timeout=30_000)  # type: ignore[attr-defined]
    assert view.metadata_dialog is not None
    view.metadata_dialog.accept()
    qtbot.waitUntil(
        lambda: view.page.documents.rowCount() == 1,  # type: ignore[attr-defined]
        timeout=180_000,
    )
    attach_ticks = counter.take()
    with WorkspaceStore.open(opd_workspace) as store:
        (doc,) = store.documents_for("I16")
        assert doc.size == BIG_MB * 1024 * 1024
        profile = store.profile()

    # Then the export of that workspace (sign, write, re-verify) through the export dialog.
    from PySide6.QtCore import Qt

    from spbe_desktop.ui.opd.export_dialog import ExportDialog

    out = tmp_path / "keluar" / "bukti.spbebundle"
    out.parent.mkdir()
    dialog = ExportDialog(opd_workspace, profile, real_runner, out.parent)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=180_000)  # type: ignore[attr-defined]
    export_ticks = counter.take()
    counter.timer.stop()
    # Every follow-up job (list refreshes) ends and delivers its signals while the widgets live.
    qtbot.waitUntil(lambda: not real_runner.active_jobs(), timeout=60_000)  # type: ignore[attr-defined]
    dialog.close()
    assert out.stat().st_size > BIG_MB * 1024 * 1024
    # The window kept handling events while the work ran on the runner's threads.
    assert attach_ticks >= MIN_BUSY_TICKS, f"{attach_ticks} timer events during the attach"
    assert export_ticks >= MIN_BUSY_TICKS, f"{export_ticks} timer events during the export"


def test_closing_during_a_job_asks_cancels_and_keeps_typed_text(
    qtbot: object,
    window_factory: Callable[[object], Any],
    real_runner: JobRunner,
    opd_workspace: Path,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = window_factory(real_runner)
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):  # type: ignore[attr-defined]
        window.open_workspace(opd_workspace, select="I16")  # type: ignore[attr-defined]
    view = window.view  # type: ignore[attr-defined]
    assert isinstance(view, OpdWorkspaceView)
    asked: list[list[str]] = []
    monkeypatch.setattr(
        prompts,
        "ask_close_while_busy",
        lambda parent, titles, _purpose: asked.append(titles) or False,
    )
    job = real_runner.submit(
        lambda token: attach_files(opd_workspace, "I16", [AttachRequest(big_file)], token),
        title="Melampirkan rekaman",
    )
    assert job is not None
    view.page.justification.setPlainText("Diketik sebelum menutup.")
    window.close()  # type: ignore[attr-defined]
    assert asked == [["Melampirkan rekaman"]]
    assert window.isVisible()  # type: ignore[attr-defined]
    monkeypatch.setattr(prompts, "ask_close_while_busy", lambda *_args: True)
    window.close()  # type: ignore[attr-defined]
    assert not window.isVisible()  # type: ignore[attr-defined]
    assert job.state in ("cancelled", "succeeded")
    with WorkspaceStore.open(opd_workspace) as store:
        assert store.answers()["I16"].justification == "Diketik sebelum menutup."
        if job.state == "cancelled":
            assert store.documents() == []


def test_selftest_builds_the_window_and_exits_zero(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "spbe_desktop", "--selftest"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "selftest ok" in done.stdout
