"""Background jobs: drive the services' progress generators off the GUI thread.

A job is a callable taking a :class:`CancelToken`. It returns either a plain value or a generator
that yields :class:`Progress` and returns the result (the services' shape). :class:`Worker` runs
it on the runner's private :class:`QThreadPool` and reports through :class:`WorkerSignals`; the
:class:`Job` handle lives on the GUI thread, so callbacks given to :meth:`JobRunner.submit` always
run on the GUI thread, in order: progress..., then done / error / cancellation, then finished.

:meth:`JobRunner.submit` is the one way the GUI runs work: it drops the callbacks of an owner
that was deleted meanwhile, shows a failure nobody handles through :mod:`prompts`, and shows the
progress dialog (with Cancel) for a ``modal`` job.

Rule: the job callable runs on a worker thread and must not touch widgets; the services it
calls open their own store from the workspace path.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable, Generator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import CancelledError, SpbeError
from spbe_desktop.ui.common import prompts
from spbe_desktop.ui.common.messages import code_text

log = logging.getLogger(__name__)

JobFunction = Callable[[CancelToken], Any]
#: Progress is forwarded at most this often (the services may yield per MiB).
PROGRESS_INTERVAL_S = 0.05
_INT_MAX = 2**31 - 1


class WorkerSignals(QObject):
    """What a running job reports; ``finished`` is always emitted last."""

    started = Signal()
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Worker(QRunnable):
    """Runs one job function on a pool thread and emits its signals (no widget access here)."""

    def __init__(self, fn: JobFunction, token: CancelToken, signals: WorkerSignals) -> None:
        super().__init__()
        self._fn = fn
        self._token = token
        self.signals = signals

    @override
    def run(self) -> None:
        signals = self.signals
        signals.started.emit()
        try:
            result = self._fn(self._token)
            if isinstance(result, Generator):
                result = self._drive(result)
        except CancelledError:
            signals.cancelled.emit()
        except SpbeError as exc:
            signals.failed.emit(exc)
        except Exception as exc:  # any other failure is logged with its traceback, then shown
            log.exception("job failed unexpectedly")
            signals.failed.emit(exc)
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()

    def _drive(self, gen: Generator[Progress, None, Any]) -> Any:
        last = 0.0
        while True:
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL_S or (step.total and step.done >= step.total):
                last = now
                done, total = step.done, step.total
                while total > _INT_MAX:  # Qt's int is 32-bit: scale big byte counts down
                    done, total = done >> 10, total >> 10
                self.signals.progress.emit(done, total, code_text(step.message_code, step.params))
            if self._token.cancelled:
                gen.close()
                raise CancelledError()


class Job(QObject):
    """Handle on one submitted job; lives on the GUI thread."""

    done = Signal(object)  # the job itself, after the callbacks ran

    def __init__(
        self,
        fn: JobFunction,
        title: str,
        key: str | None,
        parent: QObject,
        owner: QObject | None = None,
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self.title = title
        self.key = key
        self.quiet = quiet
        # Weak: a pending job must not be what keeps its window alive (nor delete it later,
        # from inside the job's own deferred deletion).
        self._owner = weakref.ref(owner) if owner is not None else None
        self.token = CancelToken()
        self.signals = WorkerSignals(self)
        self.state = "pending"
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: tuple[int, int, str] = (0, 0, "")
        self._callbacks: dict[str, list[Callable[..., Any]]] = {
            "progress": [],
            "success": [],
            "failure": [],
            "cancelled": [],
            "finished": [],
        }
        self.signals.started.connect(self._on_started)
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(self._on_succeeded)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)
        self.signals.finished.connect(self._on_finished)

    def add_callback(self, kind: str, fn: Callable[..., Any] | None) -> None:
        if fn is not None:
            self._callbacks[kind].append(fn)

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def is_done(self) -> bool:
        return self.state in ("succeeded", "failed", "cancelled")

    def owner_alive(self) -> bool:
        """False once the owner is gone (its window closed before the job ended)."""
        if self._owner is None:
            return True
        owner = self._owner()
        return owner is not None and shiboken6.isValid(owner)

    def _call(self, kind: str, *args: Any) -> None:
        if not self.owner_alive():
            return
        for fn in self._callbacks[kind]:
            fn(*args)

    @Slot()
    def _on_started(self) -> None:
        self.state = "running"

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress = (done, total, text)
        self._call("progress", done, total, text)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self.state = "succeeded"
        self.result = result
        self._call("success", result)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.state = "failed"
        self.error = error
        self._call("failure", error)

    @Slot()
    def _on_cancelled(self) -> None:
        self.state = "cancelled"
        self._call("cancelled")

    @Slot()
    def _on_finished(self) -> None:
        self._call("finished")
        self.done.emit(self)


class JobRunner(QObject):
    """Runs jobs on a private thread pool; tracks them so they can be cancelled and awaited."""

    job_started = Signal(object)
    job_finished = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: list[Job] = []

    def submit(
        self,
        fn: JobFunction,
        *,
        title: str = "",
        key: str | None = None,
        owner: QObject | None = None,
        modal: bool = False,
        quiet: bool = False,
        on_done: Callable[[Any], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
        on_progress: Callable[[int, int, str], Any] | None = None,
        on_cancelled: Callable[[], Any] | None = None,
        on_finished: Callable[[], Any] | None = None,
    ) -> Job | None:
        """Start ``fn``; returns None (and starts nothing) if a job with ``key`` is running.

        Args:
            fn: the job; runs on a worker thread (see the module docstring).
            title: what the job does, for the progress dialog and "still running" questions.
            key: at most one job per key runs at a time.
            owner: the widget (or object) the callbacks belong to; once Qt deleted it, they
                are dropped instead of meeting a deleted object.
            modal: show the progress dialog (with Cancel) over the owner's window when the
                job takes longer than a moment.
            quiet: a short read or save the user need not hear about: closing the window
                waits for it instead of asking whether to cancel it.
            on_done: called with the result.
            on_error: called with the exception; without it the failure is shown to the user
                in one sentence (``prompts.show_failure``).
            on_progress: called with (done, total, text), at most every ``PROGRESS_INTERVAL_S``.
            on_cancelled: called once the job stopped after a cancel.
            on_finished: called last, whatever the outcome.
        """
        if key is not None and any(j.key == key for j in self._jobs):
            return None
        parent = owner if isinstance(owner, QWidget) else None
        job = Job(fn, title, key, self, owner, quiet)
        job.add_callback("success", on_done)
        job.add_callback("failure", on_error or (lambda exc: prompts.show_failure(parent, exc)))
        job.add_callback("progress", on_progress)
        job.add_callback("cancelled", on_cancelled)
        job.add_callback("finished", on_finished)
        job.done.connect(self._on_job_done)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self.job_started.emit(job)
        self._start(job)
        if modal:
            JobProgressDialog.track(job, parent.window() if parent is not None else None, title)
        return job

    def _start(self, job: Job) -> None:
        self._pool.start(Worker(job.fn, job.token, job.signals))

    @Slot(object)
    def _on_job_done(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self.job_finished.emit(job)
        if not self._jobs:
            self.busy_changed.emit(False)
        job.deleteLater()

    def active_jobs(self) -> list[Job]:
        return list(self._jobs)

    def jobs_to_ask_about(self) -> list[Job]:
        """Running jobs that are not ``quiet``: closing asks before it cancels them.

        A job whose result is being delivered is done, not running: its ``on_done`` may well be
        what opens another workspace, and must not be asked about itself.
        """
        return [j for j in self._jobs if not j.quiet and not j.is_done]

    def is_busy(self, key: str | None = None) -> bool:
        return any(key is None or j.key == key for j in self._jobs)

    def cancel(self, job: Job) -> None:
        job.cancel()

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every worker thread has returned (their signals may still be queued)."""
        return self._pool.waitForDone(msecs)


class Newest:
    """Keeps only the newest of a series of reads: ``on_done=self._newest(self._show)`` makes
    every earlier callback of the series a no-op, so a slow old read never overwrites a new one.
    """

    def __init__(self) -> None:
        self._serial = 0

    def __call__(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        self._serial += 1
        serial = self._serial

        def call(*args: Any) -> Any:
            return fn(*args) if serial == self._serial else None

        return call


class InlineJobRunner(JobRunner):
    """Runs each job synchronously on the calling thread (tests): same signals, same order."""

    @override
    def _start(self, job: Job) -> None:
        Worker(job.fn, job.token, job.signals).run()


class JobProgressDialog(QDialog):
    """Progress for a window's long jobs, with a Cancel button wired to the job's token; while
    it shows, the window's contents take no input.

    One per window, made for its first modal job and reused: it appears only if a job takes
    longer than ``delay_ms`` and hides when the job ends. It is never deleted before its
    window (a dialog still queued for deletion when its window goes away crashes PySide).

    NOTE: not a modal dialog. Qt drops the window manager's close request for a window that a
    modal dialog blocks, so the window's own close button (and Alt+F4) would do nothing while a
    job runs; instead the window's contents, menus included, are disabled while the dialog
    shows, and closing the window asks whether to stop the job (``MainWindow.closeEvent``).
    Closing this dialog, like its Cancel button, cancels the job.
    """

    def __init__(self, parent: QWidget | None, delay_ms: int = 300) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._delay_ms = delay_ms
        self._disabled: list[QWidget] = []  # the window's parts disabled while this shows
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(420)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Kemajuan proses"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setToolTip(
            self.tr("Hentikan proses ini; yang sudah selesai tetap tersimpan")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    @classmethod
    def track(cls, job: Job | None, parent: QWidget | None, title: str) -> JobProgressDialog | None:
        """Show ``job``'s progress over ``parent`` (its window's dialog, made if needed)."""
        if job is None or job.is_done:
            return None
        dialog = None
        if parent is not None:
            dialog = parent.findChild(cls, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if dialog is None:
            dialog = cls(parent)
            if parent is None:
                job.progress_dialog = dialog  # type: ignore[attr-defined]  # lives with the job
        dialog.follow(job, title)
        return dialog

    def follow(self, job: Job, title: str) -> None:
        """Show ``job`` from now on (a window runs one modal job at a time, as a rule)."""
        self._forget()
        self._job = job
        self.setWindowTitle(title)
        self.label.setText(job.title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        job.signals.progress.connect(self._on_job_progress)
        job.done.connect(self._on_job_done)
        QTimer.singleShot(self._delay_ms, self, self._show_if_running)

    def _forget(self) -> None:
        job, self._job = self._job, None
        if job is not None and shiboken6.isValid(job):
            job.signals.progress.disconnect(self._on_job_progress)
            job.done.disconnect(self._on_job_done)

    @Slot()
    def _show_if_running(self) -> None:
        if self._job is not None and not self._job.is_done:
            self._hold_window(True)
            self.show()

    def _hold_window(self, hold: bool) -> None:
        """Disable (or enable again) the parts of the window this dialog belongs to: its
        central widget, menus and tool bars, and the fields of a dialog; never the window."""
        if hold:
            parent = self.parentWidget()
            if parent is None or self._disabled:
                return
            self._disabled = [
                w
                for w in parent.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if not w.isWindow() and w.isEnabled()
            ]
            for widget in self._disabled:
                widget.setEnabled(False)
            return
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        self._disabled = []

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Membatalkan…"))

    @Slot(int, int, str)
    def _on_job_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and self.cancel_button.isEnabled():
            self.label.setText(text)

    @Slot(object)
    def _on_job_done(self, _job: Job) -> None:
        self._forget()
        self._hold_window(False)
        had_focus = self.isVisible() and QGuiApplication.focusWindow() is self.windowHandle()
        self.hide()
        parent = self.parentWidget()
        if had_focus and parent is not None:
            # Back to the window it belongs to, so its keyboard shortcuts work again at once
            # (not every window manager does this when a tool window goes away).
            parent.window().activateWindow()

    @override
    def reject(self) -> None:  # Esc / window close = Cancel, the dialog stays until the job ends
        self._on_cancel_button_clicked()
