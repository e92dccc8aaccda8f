"""Atomic file output for the bundles package: a file exists whole or not at all.

Everything is written to a hidden temporary file in the destination folder, flushed and fsynced,
then moved over the destination with :func:`os.replace` (atomic on the same file system, on both
Windows and POSIX). On any failure, cancellation included, the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from spbe_desktop.errors import BundleError


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on a clean exit it replaces ``path``.

    Args:
        path: the final destination.

    Yields:
        A binary file opened for writing (and reading, since :mod:`zipfile` seeks back).

    Raises:
        BundleError: ``bundle.write_failed`` when the folder cannot be written.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise write_error(exc, path) from exc
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
    except OSError as exc:
        raise write_error(exc, path) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()


def write_error(exc: OSError, path: Path) -> BundleError:
    """The user's sentence for a failed bundle write: a full disk is named as such."""
    if exc.errno == errno.ENOSPC:
        return BundleError("bundle.disk_full", file=path.name)
    return BundleError("bundle.write_failed", file=path.name, detail=exc.strerror or str(exc))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)


def fsync_folder(folder: Path) -> None:
    # NOTE: makes the rename itself durable on POSIX; Windows cannot open a folder this way and
    # NTFS journals the rename anyway, so failure here is ignored.
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
