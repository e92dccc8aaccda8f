"""The job runner: results, failures, cancellation, one job per key, the progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import DocumentError
from spbe_desktop.services import attach as _attach  # registers "progress.checking"
from spbe_desktop.ui.jobs import InlineJobRunner, JobProgressDialog, JobRunner

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
        counting(3), on_progress=lambda d, t, m: seen.append((d, t, m)), on_success=results.append
    )
    assert job is not None and job.state == "succeeded"
    assert results == [3]
    assert seen[-1][:2] == (3, 3)
    assert not runner.is_busy()


def test_real_runner_reports_spbe_errors_as_failures(qtbot: object, real_runner: JobRunner) -> None:
    def failing(_token: CancelToken) -> None:
        raise DocumentError("attach.empty", file="kosong.pdf")

    errors: list[BaseException] = []
    job = real_runner.submit(failing, on_failure=errors.append)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=5_000):  # type: ignore[attr-defined]
        pass
    assert job.state == "failed"
    assert isinstance(errors[0], DocumentError)
    assert "kosong.pdf" in errors[0].message("id")


def test_cancel_stops_a_running_job(qtbot: object, real_runner: JobRunner) -> None:
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
    qtbot.waitUntil(started.is_set)  # type: ignore[attr-defined]
    with qtbot.waitSignal(job.done, timeout=5_000):  # type: ignore[attr-defined]
        real_runner.cancel(job)
    assert job.state == "cancelled" and cancelled == [True]


def test_second_job_with_same_key_is_refused(qtbot: object, real_runner: JobRunner) -> None:
    gate = threading.Event()
    first = real_runner.submit(lambda _t: gate.wait(5), key="export")
    assert first is not None
    assert real_runner.submit(lambda _t: None, key="export") is None
    with qtbot.waitSignal(first.done, timeout=5_000):  # type: ignore[attr-defined]
        gate.set()
    assert real_runner.submit(lambda _t: None, key="export") is not None


def test_progress_dialog_cancel_button_cancels_the_job(
    qtbot: object, real_runner: JobRunner, gui_lang: None
) -> None:
    release = threading.Event()

    def slow(token: CancelToken) -> Generator[Progress, None, None]:
        while not release.is_set():
            token.raise_if_cancelled()
            yield Progress(1, 2, "progress.checking")
            threading.Event().wait(0.005)

    job = real_runner.submit(slow, title="Memeriksa")
    dialog = JobProgressDialog.track(job, None, "Memeriksa")
    assert dialog is not None and job is not None
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible, timeout=3_000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.label.text() == "Memeriksa dokumen")  # type: ignore[attr-defined]
    with qtbot.waitSignal(job.done, timeout=5_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    release.set()
    assert job.state == "cancelled"


@pytest.mark.parametrize("total", [10, 5 * 2**30], ids=["small", "over-2GiB"])
def test_progress_of_huge_totals_fits_qt_int(qapp: object, total: int) -> None:
    runner = InlineJobRunner()
    seen: list[tuple[int, int]] = []

    def job(_token: CancelToken) -> Generator[Progress, None, None]:
        yield Progress(total, total, "progress.checking")

    runner.submit(job, on_progress=lambda d, t, _m: seen.append((d, t)))
    assert seen and seen[0][0] == seen[0][1] <= 2**31 - 1
