"""Progress reports and cancellation for long operations.

Long operations are generators that yield :class:`Progress` and *return* their result. The CLI
prints progress on one line, the GUI's job runner forwards it as a signal, tests just exhaust the
generator with :func:`run`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from spbe_desktop.errors import CancelledError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a job is: ``done`` of ``total`` units (bytes or items), and what it is doing."""

    done: int
    total: int
    message_code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def fraction(self) -> float:
        """0.0-1.0, or 0.0 while the total is unknown."""
        return min(1.0, self.done / self.total) if self.total > 0 else 0.0


class CancelToken:
    """A thread-safe flag a job checks between steps; the UI sets it from the Cancel button."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`CancelledError` if cancellation was requested."""
        if self._event.is_set():
            raise CancelledError()


Job = Generator[Progress, None, T]


def run(
    job: Generator[Progress, None, T], on_progress: Callable[[Progress], None] | None = None
) -> T:
    """Drive a progress generator to the end and return its result."""
    while True:
        try:
            step = next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if on_progress is not None:
            on_progress(step)
