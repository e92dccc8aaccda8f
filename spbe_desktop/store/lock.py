"""The app's hold on an open workspace: an OS lock on a file beside it, never on the workspace.

A window of the app calls :func:`hold_workspace` when it opens a workspace and releases the
hold when it closes it, so a second window or a second copy of the app is told "this workspace
is open elsewhere" (``store.open_elsewhere``) instead of meeting busy errors later.

* The lock is on ``.<name>.lock`` beside the workspace, taken with ``flock`` (POSIX) or
  ``msvcrt.locking`` (Windows). The operating system drops it when the process ends, so a crash
  never leaves a hold that blocks the next start. The file is removed on release.
* It is never taken on the workspace file itself: on POSIX, closing any descriptor of a file
  drops every ``fcntl`` lock the process holds on that file, SQLite's included.
* Windows hold it. The app's own jobs and the CLI open the workspace without asking: SQLite's
  locking (WAL) keeps their writes safe while a window holds the workspace. The one exception is
  a large import or attach, which takes the hold for itself when it can, to write its bytes once
  with a rollback journal while no window can open the workspace (and keeps WAL when a window
  holds it): ``BlobRepository.appending_journal``.
* Within one process the holds are also remembered by path, so a second window of the same app
  is refused without opening the lock file a second time.

If the folder does not allow a lock file (read-only media), the hold is "unheld" and the
workspace still opens: the lock is a courtesy to users, SQLite's locks are the safety.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import threading
import weakref
from pathlib import Path
from types import TracebackType

from spbe_desktop.core.names import sidecar_name
from spbe_desktop.errors import StoreError

log = logging.getLogger(__name__)

#: How often a hold is retried when the holder removed the lock file just as we locked it.
_RETRIES = 5
_HOLD_ERRNOS = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", -1)}

_held: set[str] = set()  # lock files held by this process, by normalised real path
_guard = threading.Lock()


def lock_path(workspace: Path) -> Path:
    """The lock file of ``workspace``: hidden, beside the real file (symlinks resolved)."""
    real = workspace.resolve()
    return real.with_name(sidecar_name(real.name, ".", ".lock"))


class WorkspaceHold:
    """One window's hold on one workspace; :meth:`release` (or garbage collection) ends it."""

    def __init__(self, workspace: Path, lock: Path, fd: int | None, key: str) -> None:
        self.workspace = workspace
        self.lock_file = lock
        self._key = key
        self._finalizer = weakref.finalize(self, _release, lock, fd, key)
        if fd is None:
            self._finalizer.detach()

    @property
    def held(self) -> bool:
        """False when the folder allowed no lock file (the workspace opened anyway)."""
        return self._finalizer.alive

    def covers(self, workspace: Path) -> bool:
        """Is this the hold of ``workspace`` (by its real path)?"""
        return _key(lock_path(workspace)) == self._key

    def release(self) -> None:
        """Let others open the workspace; calling it again does nothing."""
        self._finalizer()

    def __enter__(self) -> WorkspaceHold:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def hold_workspace(workspace: Path) -> WorkspaceHold:
    """Hold ``workspace`` for this window until :meth:`WorkspaceHold.release`.

    Never waits: a hold by another window or process is refused at once.

    Raises:
        StoreError: ``store.open_elsewhere`` if another window (of this app or another copy of
            it) holds the workspace.
    """
    lock = lock_path(workspace)
    key = _key(lock)
    with _guard:
        if key in _held:
            raise StoreError("store.open_elsewhere", file=workspace.name)
        for _attempt in range(_RETRIES):
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except OSError as exc:
                log.warning("no lock file for %s (%s); opening without a hold", workspace, exc)
                return WorkspaceHold(workspace, lock, None, key)
            try:
                _lock(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in _HOLD_ERRNOS:
                    raise StoreError("store.open_elsewhere", file=workspace.name) from exc
                log.warning("cannot lock %s (%s); opening without a hold", lock, exc)
                return WorkspaceHold(workspace, lock, None, key)
            if _is_current(fd, lock):
                _held.add(key)
                return WorkspaceHold(workspace, lock, fd, key)
            # The previous holder removed the file between our open and our lock: the lock we
            # got is on a file nobody else will look at. Try again with the current one.
            _unlock(fd)
            os.close(fd)
    raise StoreError("store.open_elsewhere", file=workspace.name)


def _key(lock: Path) -> str:
    return os.path.normcase(os.path.realpath(lock))


def _is_current(fd: int, lock: Path) -> bool:
    try:
        now = os.stat(lock)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


def _release(lock: Path, fd: int | None, key: str) -> None:
    """Remove the lock file while still holding it (so nobody locks a removed file and keeps
    it), then unlock and close; on Windows an open file cannot be removed, so remove last."""
    with _guard:
        _held.discard(key)
        if fd is None:
            return
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.unlink(lock)
        with contextlib.suppress(OSError):
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        if os.name != "posix":
            with contextlib.suppress(OSError):  # another process has it open: it stays
                os.unlink(lock)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
