"""The job runner: results, failures, cancellation, one job per key, the progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import DocumentError
from spbe_desktop.services import attach as _attach  # registers "progress.checking"
from spbe_desktop.ui.common.jobs import InlineJobRunner, JobProgressDialog, JobRunner

assert _attach


def counting(n: int) -> Any:
    def job(token: CancelToken) -> Generator[Progress, None, int]:
        for k in range(n):
            token.raise_if_cancelled()
            yield Progress(k + 1, n, "progress.checking")
        return n

    return job


def test_inline_runner_delivers_progress_then_result(qapp: object) -> None:
    runner = InlineJobRunner()
    seen: list[tuple[int, int, str]] = []
    results: list[int] = []
    job = runner.submit(
        counting(3), on_progress=lambda d, t, m: seen.append((d, t, m)), on_done=results.append
    )
    assert job is not None and job.state == "succeeded"
    assert results == [3]
    assert seen[-1][:2] == (3, 3)
    assert not runner.is_busy()


def test_real_runner_reports_spbe_errors_as_failures(qtbot: QtBot, real_runner: JobRunner) -> None:
    def failing(_token: CancelToken) -> None:
        raise DocumentError("attach.empty", file="kosong.pdf")

    errors: list[BaseException] = []
    job = real_runner.submit(failing, on_error=errors.append)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=5_000):
        pass
    assert job.state == "failed"
    assert isinstance(errors[0], DocumentError)
    assert "kosong.pdf" in errors[0].message("id")


def test_cancel_stops_a_running_job(qtbot: QtBot, real_runner: JobRunner) -> None:
    started = threading.Event()

    def endless(token: CancelToken) -> Generator[Progress, None, None]:
        k = 0
        while True:
            started.set()
            token.raise_if_cancelled()
            k += 1
            yield Progress(k, 0, "progress.checking")
            threading.Event().wait(0.001)

    cancelled: list[bool] = []
    job = real_runner.submit(endless, on_cancelled=lambda: cancelled.append(True))
    assert job is not None
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(job.done, timeout=5_000):
        real_runner.cancel(job)
    assert job.state == "cancelled" and cancelled == [True]


def test_second_job_with_same_key_is_refused(qtbot: QtBot, real_runner: JobRunner) -> None:
    gate = threading.Event()
    first = real_runner.submit(lambda _t: gate.wait(5), key="export")
    assert first is not None
    assert real_runner.submit(lambda _t: None, key="export") is None
    with qtbot.waitSignal(first.done, timeout=5_000):
        gate.set()
    assert real_runner.submit(lambda _t: None, key="export") is not None


def test_progress_dialog_cancel_button_cancels_the_job(
    qtbot: QtBot, real_runner: JobRunner, gui_lang: None
) -> None:
    release = threading.Event()

    def slow(token: CancelToken) -> Generator[Progress, None, None]:
        while not release.is_set():
            token.raise_if_cancelled()
            yield Progress(1, 2, "progress.checking")
            threading.Event().wait(0.005)

    owner = QWidget()
    qtbot.addWidget(owner)
    job = real_runner.submit(slow, title="Memeriksa", owner=owner, modal=True)
    assert job is not None
    qtbot.waitUntil(lambda: owner.findChild(JobProgressDialog) is not None, timeout=3_000)
    dialog = owner.findChild(JobProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)
    qtbot.waitUntil(lambda: dialog.label.text() == "Memeriksa dokumen")
    with qtbot.waitSignal(job.done, timeout=5_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    assert job.state == "cancelled"
    qtbot.waitUntil(lambda: not dialog.isVisible())  # it goes with its job


@pytest.mark.parametrize("total", [10, 5 * 2**30], ids=["small", "over-2GiB"])
def test_progress_of_huge_totals_fits_qt_int(qapp: object, total: int) -> None:
    runner = InlineJobRunner()
    seen: list[tuple[int, int]] = []

    def job(_token: CancelToken) -> Generator[Progress, None, None]:
        yield Progress(total, total, "progress.checking")

    runner.submit(job, on_progress=lambda d, t, _m: seen.append((d, t)))
    assert seen and seen[0][0] == seen[0][1] <= 2**31 - 1


def test_failures_nobody_handles_are_shown_in_one_sentence(
    qtbot: QtBot, inline_runner: InlineJobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_desktop.ui.common import prompts

    def failing(_token: CancelToken) -> None:
        raise DocumentError("attach.empty", file="kosong.pdf")

    shown: list[tuple[Any, str, str]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda parent, title, text, **_k: shown.append((parent, title, text))
    )
    owner = QWidget()
    qtbot.addWidget(owner)
    inline_runner.submit(failing, owner=owner)
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is owner and title == "Tidak dapat dilanjutkan" and "kosong.pdf" in text


def test_callbacks_of_a_deleted_owner_are_dropped(
    qtbot: QtBot, real_runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window closed (and deleted) before its job ended: nothing meets the dead widget."""
    from spbe_desktop.ui.common import prompts

    gate = threading.Event()
    calls: list[str] = []
    owner = QObject()
    done = real_runner.submit(
        lambda _t: gate.wait(5), owner=owner, on_done=lambda _r: calls.append("done")
    )

    def failing(_token: CancelToken) -> None:
        gate.wait(5)
        raise DocumentError("attach.empty", file="kosong.pdf")

    failed = real_runner.submit(failing, owner=owner, on_finished=lambda: calls.append("end"))
    assert done is not None and failed is not None
    monkeypatch.setattr(prompts, "show_error", lambda *_a, **_k: calls.append("shown"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    with qtbot.waitSignal(failed.done, timeout=5_000):
        gate.set()
    qtbot.waitUntil(lambda: not real_runner.is_busy())
    assert calls == []
    assert done.state == "succeeded" and failed.state == "failed"
