"""Atomic file output: a file exists whole or not at all. Plain Python, below every layer.

Everything is written to a hidden temporary file in the destination folder (``.<name>.….part``),
flushed and fsynced, then moved over the destination with :func:`os.replace` (atomic on the same
file system, on both Windows and POSIX), and the folder is synced so the rename survives a power
cut. On any failure, cancellation included, the temporary file is removed. Errors stay
:class:`OSError`; each package turns them into its own user message. A writer that needs a
path rather than an open file (SQLite) uses :func:`atomic_path`; what a killed writer left
behind is found with :func:`temporaries`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on a clean exit it replaces ``path``.

    Yields:
        A binary file opened for writing and reading (:mod:`zipfile` seeks back).

    Raises:
        OSError: the folder cannot be written, the disk is full, ...
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    done = False
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        done = True
        fsync_folder(folder)
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A fresh temporary path beside ``path`` for a writer that needs a name, not a file.

    The temporary file does not exist yet: the writer creates it (with the mode it needs). On a
    clean exit it is fsynced and replaces ``path``; on any failure it is removed (files the
    writer made beside it, such as a database journal, are the writer's to remove).

    Yields:
        The temporary path (``.<name>.<random>.part``, as :func:`temporaries` finds it).

    Raises:
        OSError: the file cannot be synced or renamed.
    """
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    done = False
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        done = True
        fsync_folder(path.parent)
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def temporaries(path: Path) -> list[Path]:
    """The temporary files :func:`atomic_output` or :func:`atomic_path` may have left for
    ``path`` when their program was killed (``.<name>.<random>.part`` beside it)."""
    try:
        return list(path.parent.glob(f".{glob.escape(path.name)}.*.part"))
    except OSError:
        return []


def fsync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); elsewhere a no-op.

    Windows cannot open a folder this way and NTFS journals the rename anyway.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------- locks
class FileLock:
    """An exclusive OS lock on a small lock file (never on a workspace file itself).

    The operating system drops the lock when the process dies, so a lock left by a killed
    program never blocks anyone: "is its lock free?" is how stale temporaries are told from
    ones another running program is still writing. POSIX ``flock`` (per open file, unlike the
    ``fcntl`` record locks SQLite uses, which a process loses when it closes *any* descriptor of
    the file); Windows ``msvcrt.locking`` on the first byte.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def try_acquire(cls, path: Path) -> FileLock | None:
        """Take the lock without waiting; None when another process (or handle) holds it.

        Raises:
            OSError: the lock file cannot be created (read-only folder, full disk...).
        """
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return cls(path, fd)

    def release(self) -> None:
        """Release the lock (idempotent). The lock file stays; remove it separately if wanted."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                with contextlib.suppress(OSError):
                    os.lseek(fd, 0, os.SEEK_SET)
                    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


LOCK_NAME = ".spbe-lock"


@contextlib.contextmanager
def private_temp_dir(parent: Path, prefix: str) -> Iterator[Path]:
    """A temporary folder under ``parent`` that this process holds locked while it exists.

    :func:`remove_stale_temp_dirs` removes such folders once no process holds them, so copies
    left by a killed import go the next time anyone looks, not hours later.
    """
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    lock = FileLock.try_acquire(folder / LOCK_NAME)
    try:
        yield folder
    finally:
        if lock is not None:
            lock.release()
        _remove_tree(folder)


def remove_stale_temp_dirs(parent: Path, prefix: str) -> int:
    """Remove ``prefix*`` folders under ``parent`` that no running process holds; their count."""
    removed = 0
    try:
        candidates = [p for p in parent.glob(f"{glob.escape(prefix)}*") if p.is_dir()]
    except OSError:
        return 0
    for folder in candidates:
        try:
            lock = FileLock.try_acquire(folder / LOCK_NAME)
        except OSError:
            continue
        if lock is None:
            continue  # another program is still using it
        try:
            _remove_tree(folder, keep_lock=True)
        finally:
            lock.release()
        with contextlib.suppress(OSError):
            (folder / LOCK_NAME).unlink()
            folder.rmdir()
            removed += 1
    return removed


def _remove_tree(folder: Path, *, keep_lock: bool = False) -> None:
    if not keep_lock:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for child in folder.iterdir():
        if child.name == LOCK_NAME:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                child.unlink()
