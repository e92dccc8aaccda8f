"""GUI measurements (offscreen Qt): ``python -m benchmarks.gui bare | stall SPEC |
attach_export SPEC``.

``bare`` is the baseline of the time-to-window row: the least a PySide6 program does to show a
window and run its event loop once. ``stall`` runs a real import through the UI's JobRunner,
``attach_export`` a large attach and the export after it, while a 5 ms QTimer on the GUI thread
records the longest gap between its ticks: the worst moment the window could not repaint or
react to a click. (The UI tests only count that the loop kept turning; the timing is here.)
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(1024, 700)
    QVBoxLayout(window).addWidget(QLabel("Halo"))
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


class _GapMeter:
    """A TICK_MS timer on the GUI thread that records every gap between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def figures(self, seconds: float) -> dict[str, Any]:
        return {
            "worst_gap": max(self.gaps) if self.gaps else seconds,
            "ticks": len(self.gaps),
            "over_50ms": sum(1 for g in self.gaps if g > 0.05),
            "tick_ms": TICK_MS,
        }


def _reported(make: Callable[[Any], Generator[Any, None, Any]]) -> Callable[[Any], Any]:
    """The job as the runner runs it, with any exception handed back as its result: the
    benchmark fails loudly with it after the event loop ends (a dialog would wait forever)."""

    def job(token: Any) -> Generator[Any, None, Any]:
        try:
            return (yield from make(token))
        except Exception as exc:
            return exc

    return job


def _run_jobs(title: str, jobs: list[tuple[str, Callable[[Any], Any]]]) -> dict[str, Any]:
    """Run ``jobs`` one after the other through the real JobRunner, with its progress dialog
    over a window, while a GapMeter ticks; returns the meter's figures and the job results."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

    from spbe_desktop.ui.common.jobs import JobProgressDialog, JobRunner

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel(title)
    bar = QProgressBar()
    layout.addWidget(label)
    layout.addWidget(bar)
    window.resize(800, 600)
    window.show()
    app.processEvents()

    def on_progress(done: int, total: int, text: str) -> None:
        if total:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        label.setText(text)

    runner = JobRunner()
    results: list[Any] = []
    pending = list(jobs)

    def submit_next() -> None:
        if not pending or any(isinstance(r, BaseException) for r in results):
            # exit(), not quit(): Qt 6's quit() first asks every window to close, and the
            # progress dialog refuses while its job is still winding down.
            QTimer.singleShot(0, lambda: app.exit(0))
            return
        job_title, fn = pending.pop(0)
        job = runner.submit(
            _reported(fn), title=job_title, on_progress=on_progress, on_finished=finished
        )
        if job is None:
            raise SystemExit(f"the JobRunner refused {job_title!r}")
        submitted.append(job)
        JobProgressDialog.track(job, window, job_title)

    submitted: list[Any] = []

    def finished() -> None:
        job = submitted[-1]
        results.append(job.error if job.state == "failed" else job.result)
        submit_next()

    meter = _GapMeter()
    start = time.perf_counter()
    meter.start()
    submit_next()
    app.exec()
    seconds = time.perf_counter() - start
    meter.timer.stop()
    runner.wait_for_done()
    for (job_title, _), result in zip(jobs, results, strict=False):
        if isinstance(result, BaseException):
            raise SystemExit(f"{job_title} through the JobRunner failed: {result!r}")
    if len(results) != len(jobs):
        raise SystemExit(f"only {len(results)} of {len(jobs)} jobs ran: {results}")
    return {"seconds": seconds, "results": results, **meter.figures(seconds)}


def stall(spec: dict[str, Any]) -> dict[str, Any]:
    """The worst GUI stall while the JobRunner imports bundles into a coordinator workspace."""
    from spbe_desktop.services.exchange import import_bundles

    workspace = Path(spec["workspace"])
    bundles = [Path(b) for b in spec["bundles"]]
    out = _run_jobs(
        "Mengimpor…",
        [("Impor bundel", lambda token: import_bundles(workspace, bundles, token))],
    )
    (outcomes,) = out.pop("results")
    statuses = [o.status for o in outcomes]
    if statuses != ["accepted"] * len(bundles):
        raise SystemExit(f"import through the JobRunner was not accepted: {statuses}")
    return out | {"import_seconds": out["seconds"]}


def attach_export(spec: dict[str, Any]) -> dict[str, Any]:
    """The worst GUI stall while the JobRunner attaches one large file to an OPD workspace and
    then exports the workspace (sign, write, re-verify): what the OPD window does."""
    from spbe_desktop.services.attach import AttachRequest, attach_files
    from spbe_desktop.services.exchange import export_bundle

    workspace = Path(spec["workspace"])
    file = Path(spec["file"])
    bundle = Path(spec["bundle"])
    out = _run_jobs(
        "Melampirkan…",
        [
            (
                "Melampirkan rekaman",
                lambda token: attach_files(
                    workspace, spec["indicator"], [AttachRequest(file)], token
                ),
            ),
            (
                "Ekspor bundel",
                lambda token: export_bundle(workspace, bundle, full=True, cancel=token),
            ),
        ],
    )
    attached, exported = out.pop("results")
    if len(attached) != 1 or bundle.stat().st_size <= file.stat().st_size:
        raise SystemExit(f"attach or export went wrong: {attached}, {exported}")
    return out


def main(argv: list[str]) -> int:
    from benchmarks.harness import emit

    if argv[0] == "bare":
        return bare()
    if argv[0] in ("stall", "attach_export"):
        measure = stall if argv[0] == "stall" else attach_export
        emit(measure(json.loads(Path(argv[1]).read_text(encoding="utf-8"))))
        # The measurement is done and reported; skip interpreter finalisation, where PySide6
        # 6.12 once aborted ("bool_dealloc: deallocating True or False") after a large import.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    raise SystemExit(f"unknown: {argv}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
