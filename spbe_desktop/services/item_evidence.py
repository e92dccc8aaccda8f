"""Portal-ready evidence per item (butir): one PDF of at most N MB per item with evidence.

Streams each item's documents out of the store into a scratch folder, runs the pure compiler
(:func:`spbe_desktop.reports.pdf_item.compile_item`) item by item into a folder per indicator,
and writes ``notes.csv``, ``index.csv`` and ``index.html``. The output folder appears only when
complete (written as ``DIR.partial`` beside it and renamed). A generator yielding
:class:`Progress` and taking a :class:`CancelToken`, opening its own store: it runs on a worker
thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from spbe_desktop.core.items import ItemState
from spbe_desktop.core.models import SELF_OPD, DocumentRecord, Finding
from spbe_desktop.core.names import name_key, safe_name
from spbe_desktop.core.packs import Item, Pack
from spbe_desktop.core.progress import CancelToken, Progress
from spbe_desktop.errors import message_for
from spbe_desktop.fileio import replace
from spbe_desktop.reports import CompileContext, SourceDocument
from spbe_desktop.reports.item_index import ItemIndexRow, NoteRow, write_item_index, write_notes
from spbe_desktop.reports.pdf_item import DEFAULT_ITEM_MAX_BYTES, ItemEvidence, compile_item
from spbe_desktop.services.compiled_evidence import PARTIAL_MARKER, build_in_partial
from spbe_desktop.services.reporting import document_facts, document_refs
from spbe_desktop.store.workspace_store import WorkspaceStore

__all__ = ["DEFAULT_ITEM_MAX_BYTES", "ItemCompileSummary", "ItemOutputFile", "compile_items"]


@dataclass(frozen=True, slots=True)
class ItemOutputFile:
    """One file written: a PDF (or a part of one) or a file copied beside."""

    path: str  # relative to the output folder, with "/"
    item: str
    pages: int  # 0 for a file copied beside
    size: int


@dataclass(frozen=True, slots=True)
class ItemCompileSummary:
    path: Path
    items: int
    files: tuple[ItemOutputFile, ...]
    documents: int
    recompressed: tuple[str, ...]  # item codes whose pictures were downsampled
    split: tuple[str, ...]  # item codes written in parts
    findings: tuple[Finding, ...]

    @property
    def pdfs(self) -> tuple[ItemOutputFile, ...]:
        return tuple(f for f in self.files if f.pages)

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


def compile_items(
    workspace: Path,
    out_dir: Path,
    cancel: CancelToken | None = None,
    *,
    max_bytes: int = DEFAULT_ITEM_MAX_BYTES,
    today: dt.date | None = None,
) -> Generator[Progress, None, ItemCompileSummary]:
    """Write one PDF (or parts) per item with evidence, in a folder per indicator.

    Args:
        workspace: the workspace file.
        out_dir: the folder to create (must not exist, or be empty).
        cancel: checked between chunks and items.
        max_bytes: the largest output file; see :func:`~spbe_desktop.reports.pdf_item.compile_item`.
        today: the date on the covers (default: today).

    Yields:
        Progress in bytes (each document counts twice: streamed out, then compiled).

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
            lambda partial: _compile_into(workspace, out_dir, partial, cancel, max_bytes, day),
        )
    )


def _compile_into(
    workspace: Path,
    out_dir: Path,
    partial: Path,
    cancel: CancelToken,
    max_bytes: int,
    today: dt.date,
) -> Generator[Progress, None, ItemCompileSummary]:
    rows: list[ItemIndexRow] = []
    findings: list[Finding] = []
    files: list[ItemOutputFile] = []
    recompressed: list[str] = []
    split: list[str] = []
    with WorkspaceStore.open(workspace) as store:
        pack = store.pack()
        prof = store.profile()
        coordinator = prof.role == "coordinator"
        scope = None if coordinator else SELF_OPD
        documents = store.documents(scope)
        by_id = {d.id: d for d in documents}
        refs = document_refs(documents)
        names = {SELF_OPD: prof.unit or prof.instansi} | {o.id: o.name for o in store.opds()}
        links = store.item_links(scope)
        states = store.item_states(scope)
        work: list[tuple[Item, list[DocumentRecord]]] = []
        for ind in pack.indicators:
            for item in ind.items:
                seen: set[str] = set()
                docs = []
                for doc_id in links.get(item.code, ()):
                    rec = by_id.get(doc_id)
                    if rec is not None and rec.sha256 not in seen:
                        seen.add(rec.sha256)
                        docs.append(rec)
                if docs:
                    work.append((item, docs))
        notes = _notes(pack, states, names, coordinator)
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
        taken_in: dict[str, set[str]] = {}
        imap = pack.indicator_map
        for item, docs in work:
            cancel.raise_if_cancelled()
            ind = imap[item.indicator_id]
            label = {"code": item.code, "name": item.name}
            yield Progress(done, total, "progress.compiling_item", label)
            folder = safe_name(f"{ind.number:02d} {ind.name}", 60)
            (partial / folder).mkdir(exist_ok=True)
            scratch.mkdir(exist_ok=True)
            sources: list[SourceDocument] = []
            for d in docs:
                path = scratch / f"{d.id}.bin"
                with store.open_blob(d.sha256) as blob, path.open("wb") as fh:
                    for chunk in blob.iter_chunks():
                        cancel.raise_if_cancelled()
                        fh.write(chunk)
                        done += len(chunk)
                        yield Progress(done, total, "progress.compiling_item", label)
                source = names.get(d.opd_id, str(d.opd_id)) if coordinator else ""
                sources.append(
                    SourceDocument(**document_facts(d, refs[d.id]), source=source, path=path)
                )
            units = sorted({names.get(d.opd_id, str(d.opd_id)) for d in docs})
            note = "\n".join(n.note for n in notes if n.code == item.code and n.note)
            result = compile_item(
                ItemEvidence(
                    item.code,
                    item.name,
                    ind.number,
                    ind.name,
                    ", ".join(units),
                    " / ".join(note.splitlines()),
                    tuple(sources),
                ),
                context,
                partial / folder,
                max_bytes=max_bytes,
                taken=taken_in.setdefault(folder, {name_key(".sumber")}),
                check=cancel.raise_if_cancelled,
            )
            shutil.rmtree(scratch, ignore_errors=True)
            if result.recompressed:
                recompressed.append(item.code)
            if sum(1 for f in result.files if f.pages) > 1:
                split.append(item.code)
            findings.extend(result.findings)
            for f in result.files:
                files.append(ItemOutputFile(f"{folder}/{f.name}", item.code, f.pages, f.size))
                rows.append(
                    ItemIndexRow(
                        item.code,
                        item.name,
                        ind.number,
                        ind.name,
                        f"{folder}/{f.name}",
                        "",
                        f"Bukti dukung butir {item.code}" if f.pages else f.document,
                        f.sha256,
                        f"1–{f.pages}" if f.pages else "",
                        f.pages or None,
                        f.size,
                        f.part,
                    )
                )
            for place in result.documents:
                src = place.doc
                rows.append(
                    ItemIndexRow(
                        item.code,
                        item.name,
                        ind.number,
                        ind.name,
                        "",
                        src.file_name,
                        src.title,
                        src.sha256,
                        place.where,
                        place.pages or None,
                        None,
                        place.note,
                    )
                )
            done += sum(d.size for d in docs)
            yield Progress(done, total, "progress.compiling_item", label)
    cancel.raise_if_cancelled()
    title = f"{prof.instansi} — {pack.index_name}, periode {prof.period}"
    warnings = [message_for(f.code, f.params, "id") for f in findings]
    write_item_index(partial, rows, title=title, generated=today, warnings=warnings)
    write_notes(partial, [n for n in notes if n.note or n.code in {i.code for i, _ in work}])
    (partial / PARTIAL_MARKER).unlink()
    if out_dir.exists():
        out_dir.rmdir()  # checked empty at the start
    replace(partial, out_dir)
    return ItemCompileSummary(
        out_dir,
        len(work),
        tuple(files),
        sum(len(docs) for _, docs in work),
        tuple(recompressed),
        tuple(split),
        tuple(findings),
    )


def _notes(
    pack: Pack, states: list[ItemState], names: dict[int, str], coordinator: bool
) -> list[NoteRow]:
    """One row per item of the pack and per unit that wrote a note (or, with none, one row)."""
    imap = pack.indicator_map
    by_code: dict[str, list[tuple[str, str]]] = {}
    for s in states:
        if s.note:
            unit = names.get(s.opd_id, str(s.opd_id)) if coordinator else ""
            by_code.setdefault(s.item_code, []).append((unit, s.note))
    rows = []
    for ind in pack.indicators:
        for item in ind.items:
            for unit, note in by_code.get(item.code, [("", "")]):
                rows.append(
                    NoteRow(item.code, item.name, imap[item.indicator_id].number, unit, note)
                )
    return rows
