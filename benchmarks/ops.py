"""Child-process side of the measurements that are not a command line: ``python -m
benchmarks.ops OP SPEC.json``.

Our timed operations run the ``spbe`` command line (see ``main.py``); what is here is a
baseline written in Python (a plain pypdf merge), the attribution of the attach row (document
inspection alone) and the coordinator's in-process latencies. The parent times each process
from outside; an operation reports only what it observed. Nothing here asserts on timings, and
every failure ends the process with an error, never with a guessed figure.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import emit


def op_inspect(spec: dict[str, Any]) -> dict[str, Any]:
    """Only the document inspection attach does (one kept, limited parser worker per job)."""
    from spbe_desktop.documents import DocumentInspector

    start = time.perf_counter()
    with DocumentInspector() as inspector:
        for f in spec["files"]:
            inspector.inspect(Path(f))
    return {"inspect_seconds": time.perf_counter() - start}


def op_pypdf_merge(spec: dict[str, Any]) -> dict[str, Any]:
    """One plain pypdf merge per indicator, of the same PDFs the compile merges."""
    import os

    from pypdf import PdfWriter

    out = Path(spec["out"])
    out.mkdir(parents=True, exist_ok=True)
    for k, (indicator, pdfs) in enumerate(spec["groups"].items()):
        writer = PdfWriter()
        for f in pdfs:
            writer.append(f)
        with (out / f"{k:02d}-{indicator}.pdf").open("wb") as fh:
            writer.write(fh)
        writer.close()
    os.sync()
    return {}


def op_province(spec: dict[str, Any]) -> dict[str, Any]:
    """Dashboard open (cold, first thing in the process), then warm searches and indicator
    switches; ``spec["raw"]`` runs the same queries in plain sqlite3 instead (the floor)."""
    from benchmarks.province import measure_province

    return measure_province(
        Path(spec["workspace"]), raw=bool(spec.get("raw")), repeats=int(spec.get("repeats", 5))
    )


OPS = {
    "inspect": op_inspect,
    "pypdf_merge": op_pypdf_merge,
    "province": op_province,
}


def main(argv: list[str]) -> int:
    op, spec_path = argv
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    emit(OPS[op](spec))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
