"""Child-process side of the measurements: ``python -m benchmarks.ops OP SPEC.json``.

Each operation imports what it needs, starts the clock, does the work (write operations end
with ``os.sync()``, as their shell baselines end with ``sync``), stops the clock and reports
``{"seconds": ...}`` plus what it learnt. Nothing here asserts on timings.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import emit

CHUNK = 1024 * 1024


def op_attach(spec: dict[str, Any]) -> dict[str, Any]:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files

    workspace = Path(spec["workspace"])
    groups: dict[str, list[str]] = spec["groups"]  # indicator -> files
    start = time.perf_counter()
    attached = 0
    for indicator, files in groups.items():
        results = run(attach_files(workspace, indicator, [AttachRequest(Path(f)) for f in files]))
        attached += len(results)
    os.sync()
    return {"seconds": time.perf_counter() - start, "attached": attached}


def op_inspect(spec: dict[str, Any]) -> dict[str, Any]:
    """Only the document inspection attach does (one kept, limited parser worker per job)."""
    from spbe_desktop.documents import DocumentInspector

    start = time.perf_counter()
    with DocumentInspector() as inspector:
        for f in spec["files"]:
            inspector.inspect(Path(f))
    return {"seconds": time.perf_counter() - start}


def op_export(spec: dict[str, Any]) -> dict[str, Any]:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import export_bundle

    start = time.perf_counter()
    summary = run(export_bundle(Path(spec["workspace"]), Path(spec["out"]), full=spec["full"]))
    os.sync()
    return {
        "seconds": time.perf_counter() - start,
        "bytes": summary.bytes,
        "documents": summary.documents,
        "delta": summary.delta,
        "paths": [str(p) for p in summary.paths],
    }


def op_verify(spec: dict[str, Any]) -> dict[str, Any]:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import verify_bundle

    trust = Path(spec["trust"]) if spec.get("trust") else None
    start = time.perf_counter()
    report = run(verify_bundle(Path(spec["bundle"]), trust))
    seconds = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"verify failed: {report.result.findings}")
    return {"seconds": seconds}


def op_bagit(spec: dict[str, Any]) -> dict[str, Any]:
    import bagit  # type: ignore[import-untyped]

    start = time.perf_counter()
    bag = bagit.Bag(spec["bag"])
    bag.validate(processes=1)
    return {"seconds": time.perf_counter() - start}


def op_hash_floor(spec: dict[str, Any]) -> dict[str, Any]:
    """SHA-256 of every payload file with hashlib, 1 MiB reads: the floor any verifier pays."""
    root = Path(spec["root"])
    files = sorted(p for p in root.rglob("*") if p.is_file())
    start = time.perf_counter()
    total = 0
    for f in files:
        digest = hashlib.sha256()
        with f.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                total += len(chunk)
        digest.hexdigest()
    return {"seconds": time.perf_counter() - start, "bytes": total}


def op_import(spec: dict[str, Any]) -> dict[str, Any]:
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import import_bundles

    start = time.perf_counter()
    outcomes = run(import_bundles(Path(spec["workspace"]), [Path(b) for b in spec["bundles"]]))
    os.sync()
    seconds = time.perf_counter() - start
    statuses = [o.status for o in outcomes]
    if any(s != "accepted" for s in statuses):
        raise SystemExit(f"import not accepted: {[(o.status, o.code, o.params) for o in outcomes]}")
    return {"seconds": seconds, "statuses": statuses}


def _tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def op_pypdf_merge(spec: dict[str, Any]) -> dict[str, Any]:
    """One plain pypdf merge per indicator, of the same PDFs the compile merges."""
    from pypdf import PdfWriter

    out = Path(spec["out"])
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for k, (indicator, pdfs) in enumerate(spec["groups"].items()):
        writer = PdfWriter()
        for f in pdfs:
            writer.append(f)
        with (out / f"{k:02d}-{indicator}.pdf").open("wb") as fh:
            writer.write(fh)
        writer.close()
    os.sync()
    return {"seconds": time.perf_counter() - start, "bytes": _tree_bytes(out)}


def op_compile(spec: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.integrations import call_compile

    out = Path(spec["out"])
    start = time.perf_counter()
    summary = call_compile(Path(spec["workspace"]), out)
    os.sync()
    return {
        "seconds": time.perf_counter() - start,
        "bytes": _tree_bytes(out),
        "pdfs": len(getattr(summary, "pdfs", ()) or ()),
        "findings": [f.code for f in getattr(summary, "findings", ()) or ()],
    }


def op_province(spec: dict[str, Any]) -> dict[str, Any]:
    """Dashboard open (cold, first thing in the process), then warm searches and indicator
    switches; ``spec["raw"]`` runs the same queries in plain sqlite3 instead (the floor)."""
    from benchmarks.province import measure_province

    return measure_province(
        Path(spec["workspace"]), raw=bool(spec.get("raw")), repeats=int(spec.get("repeats", 5))
    )


OPS = {
    "attach": op_attach,
    "inspect": op_inspect,
    "export": op_export,
    "verify": op_verify,
    "bagit": op_bagit,
    "hash_floor": op_hash_floor,
    "import": op_import,
    "pypdf_merge": op_pypdf_merge,
    "compile": op_compile,
    "province": op_province,
}


def main(argv: list[str]) -> int:
    op, spec_path = argv
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    emit(OPS[op](spec))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
