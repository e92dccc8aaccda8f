"""Atomic file output: a file exists whole or not at all. Plain Python, below every layer.

Everything is written to a hidden temporary file in the destination folder (``.<name>.….part``),
flushed and fsynced, then moved over the destination with :func:`os.replace` (atomic on the same
file system, on both Windows and POSIX), and the folder is synced so the rename survives a power
cut. On any failure, cancellation included, the temporary file is removed. Errors stay
:class:`OSError`; each package turns them into its own user message. A writer that needs a
path rather than an open file (SQLite) uses :func:`atomic_path`; what a killed writer left
behind is found with :func:`temporaries`.

Windows adds two rules, kept here so no caller has to know them:

* every rename goes through :func:`replace`, which waits briefly while another program (an
  antivirus scan, a viewer) holds the file open, then raises
  :class:`~spbe_desktop.errors.FileInUseError` naming the file and, when Windows knows it, the
  program; that is the one error here that is not an :class:`OSError`;
* a path too long for the classic Windows calls (260 characters) is handed to the OS in its
  extended-length form, ``\\\\?\\C:\\...`` (:func:`long_path`), and temporary names stay
  within 255 units however long the destination's name is
  (:func:`spbe_desktop.core.names.sidecar_name`).
"""

from __future__ import annotations

import contextlib
import glob
import ntpath
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from spbe_desktop import winapi
from spbe_desktop.core.names import sidecar_name, utf16_units
from spbe_desktop.errors import FileInUseError

#: The random part and ending a temporary name adds after its prefix (``1a2b3c4d5e6f.part``).
_TEMP_TAIL = 17


def _process_umask() -> int:
    """The process's umask, read without changing it where Linux shows it (``os.umask`` sets
    it process-wide for a moment, which another thread's file could catch)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Read once, at import (before any worker thread): what a plain ``open()`` would give a new file.
_NEW_FILE_MODE = 0o666 & ~_process_umask()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on a clean exit it replaces ``path``.

    Yields:
        A binary file opened for writing and reading (:mod:`zipfile` seeks back).

    Raises:
        OSError: the folder cannot be written, the disk is full, ...
    """
    folder = path.parent
    prefix = _temp_prefix(path.name)
    fd, tmp_name = tempfile.mkstemp(
        prefix=prefix, suffix=".part", dir=long_path(folder, room=len(prefix) + _TEMP_TAIL)
    )
    tmp = Path(tmp_name)
    done = False
    try:
        if os.name == "posix":
            # mkstemp makes the file 0600; a report, bundle or receipt is for others to read,
            # so it gets the mode any program's new file gets (0644 under the usual umask).
            os.fchmod(fd, _NEW_FILE_MODE)
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
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
    tmp = path.with_name(f"{_temp_prefix(path.name)}{uuid.uuid4().hex[:12]}.part")
    done = False
    try:
        yield tmp
        fd = os.open(long_path(tmp), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        replace(tmp, path)
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
        return list(path.parent.glob(f"{glob.escape(_temp_prefix(path.name))}*.part"))
    except OSError:
        return []


def _temp_prefix(name: str) -> str:
    """``.<name>.``, cut (with a hash) so the whole temporary name fits in 255 units."""
    return sidecar_name(name, ".", ".", reserve=_TEMP_TAIL)


# ------------------------------------------------------------------------ replace, long paths
#: How long :func:`replace` waits for another program to let go of a file, in seconds.
REPLACE_PATIENCE_S = 2.0
#: Windows' answers when a file is open elsewhere: ERROR_ACCESS_DENIED (a handle without
#: FILE_SHARE_DELETE) and ERROR_SHARING_VIOLATION. Python maps both to PermissionError.
_IN_USE_WINERRORS = frozenset({5, 32})


def replace(
    src: Path,
    dst: Path,
    *,
    patience_s: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """:func:`os.replace` that survives a program briefly holding ``dst`` (or ``src``) open.

    On Windows a rename fails while an antivirus scan or a viewer has either file open; such
    holds are usually short, so the rename is retried with a growing pause (50 ms up to 0.5 s)
    for ``patience_s`` seconds (default :data:`REPLACE_PATIENCE_S`). On POSIX that failure does
    not exist, and a PermissionError there (a read-only folder) is raised at once, as is one
    for a read-only destination.

    Raises:
        FileInUseError: still held after ``patience_s``; it names ``dst`` and the programs
            that hold it when Windows can tell.
        OSError: any other failure, unchanged.
    """
    deadline = time.monotonic() + (REPLACE_PATIENCE_S if patience_s is None else patience_s)
    pause = 0.05
    while True:
        try:
            os.replace(long_path(src), long_path(dst))
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _IN_USE_WINERRORS or _read_only(dst):
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                programs = winapi.programs_using(dst) or winapi.programs_using(src)
                raise FileInUseError(dst, programs) from exc
            sleep(min(pause, left))
            pause = min(pause * 2, 0.5)


def _read_only(path: Path) -> bool:
    try:
        return path.exists() and not os.access(path, os.W_OK)
    except OSError:
        return False


#: Classic Windows calls refuse a path of 260 UTF-16 units (MAX_PATH) or more, and a folder
#: from 248 (room for an 8.3 name); longer paths need the extended-length form.
WINDOWS_PATH_LIMIT = 248


def long_path(path: Path, *, room: int = 0) -> Path:
    r"""``path`` as Windows must be given it to write there: ``\\?\C:\...`` when it is long.

    Args:
        path: a file or folder to create, open or rename.
        room: units the caller will still add below ``path`` (a file name in a folder).

    Returns:
        ``path`` unchanged on other platforms and when it is short; otherwise its absolute,
        normalised ``\\?\`` form (never shown to users: only handed to the OS).
    """
    if sys.platform != "win32":
        return path
    return Path(windows_long_path(os.path.abspath(path), room=room))


def windows_long_path(path: str, *, room: int = 0) -> str:
    r"""The rule behind :func:`long_path` on a Windows path string (pure, testable anywhere).

    ``C:\a\...`` becomes ``\\?\C:\a\...``, ``\\server\share\...`` becomes
    ``\\?\UNC\server\share\...``; the path is normalised first, because Windows takes a
    ``\\?\`` path literally (``/`` and ``..`` would be names). Short, relative and
    already-prefixed paths come back unchanged.
    """
    if path.startswith(("\\\\?\\", "\\\\.\\")):
        return path
    if utf16_units(path) + room < WINDOWS_PATH_LIMIT:
        return path
    normal = ntpath.normpath(path)
    if normal.startswith("\\\\"):
        return "\\\\?\\UNC\\" + normal[2:]
    drive, rest = ntpath.splitdrive(normal)
    if len(drive) == 2 and rest.startswith("\\"):
        return "\\\\?\\" + normal
    return path


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
