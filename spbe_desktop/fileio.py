"""Atomic file output: a file exists whole or not at all. Plain Python, below every layer.

Everything is written to a hidden temporary file in the destination folder (``.<name>.….part``),
flushed and fsynced, then moved over the destination with :func:`os.replace` (atomic on the same
file system, on both Windows and POSIX), and the folder is synced so the rename survives a power
cut. On any failure, cancellation included, the temporary file is removed. Errors stay
:class:`OSError`; each package turns them into its own user message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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
