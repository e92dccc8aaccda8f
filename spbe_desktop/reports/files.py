"""Writing output files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from spbe_desktop.reports.messages import ReportError


def write_atomic(out: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``out``, flush it to disk, then rename it.

    Raises:
        ReportError: ``report.io`` naming the file and the system's reason.
    """
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise ReportError("report.io", file=out.name, detail=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
