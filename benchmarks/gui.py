"""GUI measurements (offscreen Qt): ``python -m benchmarks.gui bare`` and ``... stall SPEC``.

``bare`` is the baseline of the time-to-window row: the least a PySide6 program does to show a
window and run its event loop once. ``stall`` runs a real import through the UI's JobRunner
while a 5 ms QTimer on the GUI thread records the longest gap between its ticks: the worst
moment the window could not repaint or react to a click.
"""

from __future__ import annotations

import json
import os
import sys
import time
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


def stall(spec: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

    from spbe_desktop.services.exchange import import_bundles
    from spbe_desktop.ui.jobs import JobProgressDialog, JobRunner

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Mengimpor…")
    bar = QProgressBar()
    layout.addWidget(label)
    layout.addWidget(bar)
    window.resize(800, 600)
    window.show()
    app.processEvents()

    workspace = Path(spec["workspace"])
    bundles = [Path(b) for b in spec["bundles"]]
    gaps: list[float] = []
    last = [time.perf_counter()]
    outcome: dict[str, Any] = {}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def on_progress(done: int, total: int, text: str) -> None:
        if total:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        label.setText(text)

    def on_success(result: Any) -> None:
        outcome["statuses"] = [o.status for o in result]

    def on_failure(error: BaseException) -> None:
        outcome["error"] = repr(error)

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    runner = JobRunner()
    start = time.perf_counter()
    timer.start()
    job = runner.submit(
        lambda token: import_bundles(workspace, bundles, token),
        title="Impor bundel",
        on_success=on_success,
        on_failure=on_failure,
        on_progress=on_progress,
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and the
        # progress dialog refuses while its job is still winding down.
        on_finished=lambda: QTimer.singleShot(0, lambda: app.exit(0)),
    )
    JobProgressDialog.track(job, window, "Impor")
    app.exec()
    seconds = time.perf_counter() - start
    timer.stop()
    runner.wait_for_done()
    if outcome.get("statuses") != ["accepted"] * len(bundles):
        raise SystemExit(f"import through the JobRunner failed: {outcome}")
    worst = max(gaps) if gaps else seconds
    return {
        "seconds": seconds,
        "worst_gap": worst,
        "ticks": len(gaps),
        "over_50ms": sum(1 for g in gaps if g > 0.05),
        "tick_ms": TICK_MS,
    }


def main(argv: list[str]) -> int:
    from benchmarks.harness import emit

    if argv[0] == "bare":
        return bare()
    if argv[0] == "stall":
        emit(stall(json.loads(Path(argv[1]).read_text(encoding="utf-8"))))
        # The measurement is done and reported; skip interpreter finalisation, where PySide6
        # 6.12 once aborted ("bool_dealloc: deallocating True or False") after a large import.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    raise SystemExit(f"unknown: {argv}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
