"""Autosave of answers: edits are merged per indicator and written by a background job.

Typing is debounced; a level or status choice is written at once. One save job runs at a time;
edits made meanwhile wait for the next one. If another job holds the workspace (a large attach),
the save is retried a little later and nothing typed is lost. ``flush_now()`` writes whatever is
pending synchronously, for closing the window: the one write the GUI makes without a job, through
the same service function.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from spbe_desktop.core.models import Answer
from spbe_desktop.errors import WorkspaceBusyError
from spbe_desktop.services.evidence import save_answers
from spbe_desktop.ui.common.jobs import JobRunner

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
#: Job key of autosaves: one runs at a time.
AUTOSAVE_KEY = "autosave"
RETRY_MS = 1500


class AnswerSaver(QObject):
    """Collects answer edits and saves them; emits ``saved(answers)`` after each write."""

    saved = Signal(dict)  # indicator id -> Answer, all answers after the write
    state_changed = Signal(str)  # "pending" | "saving" | "saved" | "waiting" | "failed"
    save_failed = Signal(object)

    def __init__(
        self,
        workspace: Path,
        runner: JobRunner,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner
        self._pending: dict[str, dict[str, Any]] = {}
        self._in_flight: dict[str, dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)

    def set_level(self, indicator: str, level: int) -> None:
        self._merge(indicator, level=level)
        self._schedule(0)

    def set_status(self, indicator: str, status: str) -> None:
        self._merge(indicator, status=status)
        self._schedule(0)

    def set_justification(self, indicator: str, text: str) -> None:
        self._merge(indicator, justification=text)
        self._schedule(None)

    def pending_for(self, indicator: str) -> dict[str, Any]:
        """Edits for ``indicator`` not yet written (being written, or waiting)."""
        fields = dict((self._in_flight or {}).get(indicator, {}))
        fields.update(self._pending.get(indicator, {}))
        return fields

    def has_pending(self) -> bool:
        return bool(self._pending) or self._in_flight is not None

    def _merge(self, indicator: str, **fields: Any) -> None:
        self._pending.setdefault(indicator, {}).update(fields)
        # A justification without a status makes a new answer a draft (the store's default).
        self.state_changed.emit("pending")

    def _schedule(self, delay: int | None) -> None:
        if delay is not None:
            self._timer.setInterval(delay)
        else:
            self._timer.setInterval(DEBOUNCE_MS)
        self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Start a save job for everything pending (unless one is already running)."""
        if not self._pending or self._in_flight is not None:
            return
        changes, self._pending = self._pending, {}
        self._in_flight = changes
        workspace = self._workspace
        self.state_changed.emit("saving")
        job = self._runner.submit(
            lambda _token: save_answers(workspace, changes),
            title=self.tr("Menyimpan isian"),
            key=AUTOSAVE_KEY,
            owner=self,
            quiet=True,
            on_done=self._on_save_succeeded,
            on_error=self._on_save_failed,
            on_finished=self._on_save_finished,
        )
        if job is None:  # another autosave still runs (e.g. of a closing view): try later
            self._in_flight = None
            for indicator, fields in changes.items():
                self._pending.setdefault(indicator, {}).update(
                    {k: v for k, v in fields.items() if k not in self._pending[indicator]}
                )
            self._schedule(RETRY_MS)

    def _on_save_succeeded(self, answers: dict[str, Answer]) -> None:
        self._in_flight = None
        self.saved.emit(answers)
        self.state_changed.emit("pending" if self._pending else "saved")

    def _on_save_failed(self, exc: BaseException) -> None:
        changes = self._in_flight or {}
        self._in_flight = None
        # Put the failed edits back under anything typed since (newer values win).
        for indicator, fields in changes.items():
            merged = dict(fields)
            merged.update(self._pending.get(indicator, {}))
            self._pending[indicator] = merged
        if isinstance(exc, WorkspaceBusyError) or getattr(exc, "code", "") == "store.busy":
            self.state_changed.emit("waiting")
            self._schedule(RETRY_MS)
            return
        log.warning("autosave failed: %s", exc)
        self.state_changed.emit("failed")
        self.save_failed.emit(exc)

    def _on_save_finished(self) -> None:
        if self._pending and self._in_flight is None and not self._timer.isActive():
            self._schedule(0)

    def flush_now(self) -> None:
        """Write what is pending on the calling thread (used when the window closes)."""
        self._timer.stop()
        if not self._pending:
            return
        changes, self._pending = self._pending, {}
        answers = save_answers(self._workspace, changes)
        self.saved.emit(answers)
        self.state_changed.emit("saved")
