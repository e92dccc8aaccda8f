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
    """The user's sentence for a failed bundle write: a full disk is named as such."""
    if exc.errno == errno.ENOSPC:
        return BundleError("bundle.disk_full", file=path.name)
    return BundleError("bundle.write_failed", file=path.name, detail=exc.strerror or str(exc))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)
