"""Compiled evidence from a workspace: per indicator a folder with one upload-ready PDF.

Streams every linked document out of the store into a scratch folder, runs the pure compiler
(:func:`spbe_desktop.reports.compile_indicator`) indicator by indicator and writes the evidence
index. The output folder appears only when complete. A generator yielding :class:`Progress` and
taking a :class:`CancelToken`, opening its own store: it runs on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from spbe_desktop.core.models import SELF_OPD, DocumentRecord, Finding
from spbe_desktop.core.names import sidecar_name
from spbe_desktop.core.packs import Indicator
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import message_for
from spbe_desktop.fileio import long_path, replace
from spbe_desktop.reports import (
    DEFAULT_MAX_PDF_BYTES,
    CompileContext,
    IndexRow,
    IndicatorEvidence,
    ReportError,
    SourceDocument,
    compile_indicator,
    write_evidence_index,
)
from spbe_desktop.services.reporting import document_facts, document_refs, recorded_level
from spbe_desktop.store.workspace_store import WorkspaceStore

T = TypeVar("T")

__all__ = ["DEFAULT_MAX_PDF_BYTES", "PARTIAL_MARKER", "CompileSummary", "compile_evidence"]

#: Marks a ``DIR.partial`` folder as ours, so a leftover one may be removed safely.
PARTIAL_MARKER = ".spbe-desktop-partial"
#: UTF-16 units the compile adds below its output folder (a "01 <name>" folder and a
#: "D12 <file> (2).pdf" in it): past Windows' path limit with them, the folder is written in
#: its extended-length form.
_OUTPUT_DEPTH = 200


@dataclass(frozen=True, slots=True)
class CompileSummary:
    path: Path
    indicators: int
    pdfs: tuple[str, ...]
    documents: int
    copied: int  # files beside the PDFs (not PDF or image, or refused)
    findings: tuple[Finding, ...]
    pages: int = 0  # of the compiled PDFs
    size: int = 0  # bytes of every file written (PDFs, files beside, the index)


def prepare_output(out_dir: Path) -> Path:
    """Check ``out_dir`` may be written and make a fresh ``out_dir.partial`` beside it.

    Returns:
        The partial folder as the OS must be given it (see :func:`spbe_desktop.fileio.long_path`).
    """
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ReportError("report.out_exists", file=str(out_dir))
    shown = out_dir.with_name(sidecar_name(out_dir.name, "", ".partial"))
    partial = long_path(shown, room=_OUTPUT_DEPTH)
    if partial.exists():
        if not (partial / PARTIAL_MARKER).exists():
            raise ReportError("report.partial_foreign", file=str(shown))
        shutil.rmtree(partial)  # left by a crash of ours
    partial.mkdir(parents=True)
    (partial / PARTIAL_MARKER).write_bytes(b"")
    return partial


def compile_evidence(
    workspace: Path,
    out_dir: Path,
    cancel: CancelToken | None = None,
    *,
    max_pdf_bytes: int = DEFAULT_MAX_PDF_BYTES,
    today: dt.date | None = None,
) -> Generator[Progress, None, CompileSummary]:
    """Write upload-ready evidence: per indicator a folder with one compiled PDF.

    The folder ``out_dir`` appears only when complete: everything is written into
    ``out_dir.partial`` and renamed at the end; a cancel or an error removes the partial folder.
    Documents are streamed out of the store in chunks, and each indicator's PDF is written and
    released before the next, so memory stays bounded by ``max_pdf_bytes`` rather than by the
    size of the evidence.

    Args:
        workspace: the workspace file.
        out_dir: the folder to create (must not exist, or be empty).
        cancel: checked between chunks and indicators.
        max_pdf_bytes: see :func:`spbe_desktop.reports.compile_indicator`.
        today: the date on the covers (default: today).

    Yields:
        Progress in bytes (each document counts twice: streamed out, then merged).

    Raises:
        ReportError: ``report.out_exists``, ``report.partial_foreign``, ``report.io``.
        CancelledError: on cancel; nothing is left behind.
    """
    cancel = cancel or CancelToken()
    out_dir = Path(out_dir)
    day = today or dt.date.today()
    return (
        yield from build_in_partial(
            out_dir,
            lambda partial: _compile_into(workspace, out_dir, partial, cancel, max_pdf_bytes, day),
        )
    )


def build_in_partial(
    out_dir: Path, build: Callable[[Path], Generator[Progress, None, T]]
) -> Generator[Progress, None, T]:
    """Run ``build`` into a fresh partial folder beside ``out_dir`` (:func:`prepare_output`);
    on any failure or cancel the partial folder goes, and an OS error becomes ``report.io``.
    ``build`` renames the folder into place itself when it is complete."""
    try:
        partial = prepare_output(out_dir)
    except OSError as exc:
        raise ReportError("report.io", file=str(out_dir), detail=exc.strerror or str(exc)) from exc
    try:
        return (yield from build(partial))
    except BaseException as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(exc, OSError):
            raise ReportError(
                "report.io", file=str(out_dir), detail=exc.strerror or str(exc)
            ) from exc
        raise


def _compile_into(
    workspace: Path,
    out_dir: Path,
    partial: Path,
    cancel: CancelToken,
    max_pdf_bytes: int,
    today: dt.date,
) -> Generator[Progress, None, CompileSummary]:
    rows: list[IndexRow] = []
    findings: list[Finding] = []
    pdfs: list[str] = []
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
        prof = store.profile()
        coordinator = prof.role == "coordinator"
        documents = store.documents(None if coordinator else SELF_OPD)
        refs = document_refs(documents)
        names = {SELF_OPD: prof.unit or prof.instansi} | {o.id: o.name for o in store.opds()}
        answers = store.answers()
        work: list[tuple[Indicator, list[DocumentRecord]]] = []
        for ind in pack.indicators:
            seen: set[str] = set()
            docs = []
            for d in documents:
                if any(i == ind.id for i, _ in d.links) and d.sha256 not in seen:
                    seen.add(d.sha256)
                    docs.append(d)
            if docs:
                work.append((ind, docs))
        total = 2 * sum(d.size for _, docs in work for d in docs)
        done = 0
        context = CompileContext(
            prof.instansi,
            prof.unit,
            prof.period,
            pack.index_name,
            pack.title,
            pack.provisional,
            today,
        )
        scratch = partial / ".sumber"
        for ind, docs in work:
            cancel.raise_if_cancelled()
            label = {"number": ind.number, "name": ind.name}
            yield Progress(done, total, "progress.compiling", label)
            scratch.mkdir(exist_ok=True)
            sources: list[SourceDocument] = []
            for d in docs:
                path = scratch / f"{d.id}.bin"
                with store.open_blob(d.sha256) as blob, path.open("wb") as fh:
                    for chunk in blob.iter_chunks():
                        cancel.raise_if_cancelled()
                        fh.write(chunk)
                        done += len(chunk)
                        yield Progress(done, total, "progress.compiling", label)
                source = names.get(d.opd_id, str(d.opd_id)) if coordinator else ""
                sources.append(
                    SourceDocument(**document_facts(d, refs[d.id]), source=source, path=path)
                )
            level = recorded_level(answers.get(ind.id))
            result = compile_indicator(
                IndicatorEvidence(
                    ind.number,
                    ind.name,
                    level,
                    ind.level(level).name if level else "",
                    tuple(sources),
                ),
                context,
                partial,
                max_pdf_bytes=max_pdf_bytes,
            )
            shutil.rmtree(scratch, ignore_errors=True)
            rows.extend(result.rows)
            findings.extend(result.findings)
            pdfs.extend(result.pdfs)
            done += sum(d.size for d in docs)
            yield Progress(done, total, "progress.compiling", label)
    cancel.raise_if_cancelled()
    title = f"{prof.instansi} — {pack.index_name}, periode {prof.period}"
    warnings = [message_for(f.code, f.params, "id") for f in findings]
    write_evidence_index(partial, rows, title=title, generated=today, warnings=warnings)
    (partial / PARTIAL_MARKER).unlink()
    if out_dir.exists():
        out_dir.rmdir()  # checked empty at the start
    replace(partial, out_dir)
    copied = sum(1 for r in rows if r.document != "(gabungan)" and not r.pages)
    return CompileSummary(
        out_dir,
        len(work),
        tuple(pdfs),
        sum(1 for r in rows if r.document != "(gabungan)"),
        copied,
        tuple(findings),
        pages=sum(r.page_count or 0 for r in rows if r.document == "(gabungan)"),
        size=_folder_size(long_path(out_dir, room=_OUTPUT_DEPTH)),
    )


def _folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder``."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
