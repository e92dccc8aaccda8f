"""Atomic bundle output with the bundle package's user messages (see :mod:`spbe_desktop.fileio`)."""

from __future__ import annotations

import contextlib
import errno
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
