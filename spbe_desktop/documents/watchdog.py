"""The parent's guard on a document worker's memory: kill the child when it takes too much.

The worker limits itself (``RLIMIT_AS`` on POSIX, a Job Object on Windows, see
:func:`spbe_desktop.documents.worker.apply_limits`). On Windows the job can be refused, and a
hostile PDF must still not take the laptop's memory, so there the parent also watches the
child's committed memory a few times a second and kills it past the limit (:data:`WATCH_MEMORY`).
On POSIX the kernel's limit is exact and this stays off; the tests run it there anyway, on a
real child that allocates.

NOTE: run from a venv on Windows (development, not the frozen app), ``python.exe`` is a launcher
that starts the real interpreter as its child, so the watchdog sees the launcher's memory; the
worker's own Job Object still holds there.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
import threading
from types import TracebackType

from spbe_desktop import winapi

log = logging.getLogger(__name__)

#: Whether :mod:`.child` watches its workers (only where the worker's own limit may be missing).
WATCH_MEMORY = sys.platform == "win32"
#: Seconds between two looks at the child's memory.
INTERVAL_S = 0.1


class MemoryWatchdog:
    """A thread that kills ``proc`` once it uses more than ``limit_bytes``.

    Use as a context manager around the wait for the child; ``tripped`` then says whether the
    watchdog ended it. Reading the memory of a process that is gone answers None, and a child
    that exited is never killed.

    Args:
        proc: the child process.
        limit_bytes: committed memory (Windows) or resident memory (Linux) allowed.
        interval_s: seconds between two looks.
    """

    def __init__(
        self, proc: subprocess.Popen[bytes], limit_bytes: int, *, interval_s: float = INTERVAL_S
    ) -> None:
        self.proc = proc
        self.limit_bytes = limit_bytes
        self.interval_s = interval_s
        self.tripped = False
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-watchdog", daemon=True)

    def start(self) -> MemoryWatchdog:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def __enter__(self) -> MemoryWatchdog:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        # Runs on its own thread: it only reads the child's memory and may kill the child.
        while not self._stop.is_set():
            if self.proc.poll() is not None:
                return
            used = winapi.process_memory(self.proc.pid)
            if used is not None:
                self.peak = max(self.peak, used)
                if used > self.limit_bytes:
                    self.tripped = True
                    log.warning(
                        "document worker %s used %d MiB (limit %d MiB); killed",
                        self.proc.pid,
                        used >> 20,
                        self.limit_bytes >> 20,
                    )
                    with contextlib.suppress(OSError):
                        self.proc.kill()
                    return
            self._stop.wait(self.interval_s)


def watch(proc: subprocess.Popen[bytes], limit_bytes: int) -> MemoryWatchdog | None:
    """A started watchdog for ``proc`` where :data:`WATCH_MEMORY` asks for one, else None."""
    if not WATCH_MEMORY:
        return None
    return MemoryWatchdog(proc, limit_bytes).start()
