"""Writing output files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

from pathlib import Path

from spbe_desktop import fileio
from spbe_desktop.reports.messages import ReportError


def write_atomic(out: Path, data: bytes) -> None:
    """Write ``data`` atomically (see :func:`spbe_desktop.fileio.atomic_output`).

    Raises:
        ReportError: ``report.io`` naming the file and the system's reason.
    """
    try:
        with fileio.atomic_output(out) as fh:
            fh.write(data)
    except OSError as exc:
        raise ReportError("report.io", file=out.name, detail=exc.strerror or str(exc)) from exc
