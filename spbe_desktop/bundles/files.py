"""Atomic bundle output with the bundle package's user messages (see :mod:`spbe_desktop.fileio`)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from spbe_desktop import fileio
from spbe_desktop.errors import BundleError


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """:func:`spbe_desktop.fileio.atomic_output`, failing with a ``BundleError``.

    Raises:
        BundleError: ``bundle.disk_full`` or ``bundle.write_failed``.
    """
    try:
        with fileio.atomic_output(path) as fh:
            yield fh
    except OSError as exc:
        raise write_error(exc, path) from exc


def write_error(exc: OSError, path: Path) -> BundleError:
    """The user's sentence for a failed bundle write, naming the file the user chose (never the
    temporary it is written under) and its folder: a missing folder, a folder the user may not
    write to and a full disk each get their own advice."""
    name, folder = shown_name(path), str(path.parent)
    if exc.errno == errno.ENOSPC:
        return BundleError("bundle.disk_full", file=name)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return BundleError("bundle.folder_missing", file=name, folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BundleError("bundle.write_denied", file=name, folder=folder)
    return BundleError("bundle.write_failed", file=name, detail=exc.strerror or str(exc))


def shown_name(path: Path) -> str:
    """The name a file being written is known to the user by: ``bukti.zip`` for the hidden
    temporaries it is written under first (``.bukti.zip.pending.part`` for an export's part
    before it is committed, ``.<name>.<random>.part`` from :mod:`spbe_desktop.fileio`)."""
    name = path.name
    while name.startswith(".") and name.endswith(".part") and len(name) > len("..part"):
        inner = name[1 : -len(".part")]
        if inner.endswith(".pending"):
            name = inner[: -len(".pending")]
        else:
            head, dot, _random = inner.rpartition(".")
            name = head if dot and head else inner
    return name


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)


#: ``1`` makes every export read its bundle back from the device, as on a removable medium
#: (``0`` never does); unset, the medium decides.
READ_BACK_ENV = "SPBE_VERIFY_READ_BACK"


def on_removable_medium(path: Path) -> bool:
    """Whether ``path`` is on a medium a user carries away (a flash disk, a memory card).

    Linux: the block device under it, or the disk it is a partition of, says ``removable`` or
    hangs off a USB bus (USB SSDs say ``removable=0``). Windows: ``GetDriveTypeW`` says
    ``DRIVE_REMOVABLE``. Elsewhere (macOS): under ``/Volumes``. :data:`READ_BACK_ENV` overrides.
    """
    forced = os.environ.get(READ_BACK_ENV)
    if forced in ("0", "1"):
        return forced == "1"
    try:
        if sys.platform.startswith("linux"):
            return _linux_removable(path)
        if sys.platform == "win32":
            import ctypes

            root = os.path.splitdrive(str(path.resolve()))[0] + "\\"
            return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == 2  # type: ignore[attr-defined]
        return str(path.resolve()).startswith("/Volumes/")
    except (OSError, ValueError, AttributeError):
        return False


def _linux_removable(path: Path) -> bool:
    dev = os.stat(path).st_dev
    node = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}").resolve()
    if "/usb" in str(node) or "/mmc" in str(node):
        return True
    for candidate in (node, node.parent):
        flag = candidate / "removable"
        if flag.is_file():
            return flag.read_text().strip() == "1"
    return False


def drop_cached_pages(path: Path) -> bool:
    """Ask the kernel to forget ``path``'s cached pages (after an fsync they are clean), so the
    next read comes from the device. False where the system offers no way to ask."""
    fadvise = getattr(os, "posix_fadvise", None)
    if fadvise is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    return True
