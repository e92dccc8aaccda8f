"""Upload-ready evidence: one compiled PDF per indicator, with a cover page and bookmarks.

Input is an :class:`IndicatorEvidence` whose documents are already files on disk (the services
stream them out of the store). For each indicator this module writes a folder holding

* one PDF: a cover listing every document (where to find it, its number, date and SHA-256),
  then every PDF document's pages, and every JPEG/PNG on a page of its own, with one outline
  bookmark per document;
* every other file (DOCX, XLSX, a damaged image, an encrypted or damaged PDF, a PDF too
  large to merge) copied beside it, listed on the cover and in the index with the reason.

This module plans the parts and pages and writes them; :mod:`.pdf_sources` decides what can be
merged, :mod:`.pdf_cover` says what the cover says and :mod:`.pdf_pages` draws it.

Memory: pypdf keeps every page of the PDF being written in memory until it is saved, so each
indicator's PDF is written and released before the next, and a PDF is split into parts when its
sources add up to more than ``max_pdf_bytes``. Sources are read from open files, never loaded
whole. Nothing here knows about the store.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import shutil
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfWriter

from spbe_desktop.core.models import Finding
from spbe_desktop.core.names import name_key, safe_name, unique_name
from spbe_desktop.core.text import clean_text, map_text
from spbe_desktop.errors import message_for
from spbe_desktop.fileio import replace
from spbe_desktop.reports.fmt import page_range
from spbe_desktop.reports.model import (
    CompileContext,
    CompiledIndicator,
    IndexRow,
    IndicatorEvidence,
)
from spbe_desktop.reports.pdf_cover import bookmark, cover_lines, paginate
from spbe_desktop.reports.pdf_pages import fonts, image_page, text_page
from spbe_desktop.reports.pdf_sources import (
    Placement,
    SourceFailedError,
    find_unwritable,
    open_pdf,
    probe,
)

#: Default upper bound of the source bytes merged into one PDF (and so of pypdf's working set).
DEFAULT_MAX_PDF_BYTES = 150 * 1024 * 1024
_HASH_PIECE = 1024 * 1024


def compile_indicator(
    evidence: IndicatorEvidence,
    context: CompileContext,
    out_root: Path,
    *,
    max_pdf_bytes: int = DEFAULT_MAX_PDF_BYTES,
) -> CompiledIndicator:
    """Write one indicator's folder: the compiled PDF(s) and the files copied beside them.

    Args:
        evidence: the indicator and its documents (files on disk; files that cannot be merged
            are moved into the output folder).
        context: the assessment, for the cover.
        out_root: the folder that receives the indicator's folder.
        max_pdf_bytes: source bytes merged into one PDF at most; more make several parts, and
            a single larger PDF or image is copied beside instead.

    Returns:
        The folder name, the PDFs written, one index row per output file and document, and a
        finding per document that could not be merged (encrypted, damaged, too large...).
    """
    # Titles, names and numbers become cover text, bookmarks (UTF-16 in the PDF), file names and
    # index rows: one line each, without controls, bidi tricks or lone surrogates, whatever an
    # old workspace or an OPD's bundle holds.
    evidence = map_text(evidence, clean_text)
    context = map_text(context, clean_text)
    folder = safe_name(f"{evidence.number:02d} {evidence.name}", 60)
    target = out_root / folder
    target.mkdir(parents=True, exist_ok=True)
    items = [probe(d, max_pdf_bytes) for d in evidence.documents]
    for _attempt in range(len(items) + 1):
        parts = _plan_parts(items, max_pdf_bytes)
        names = _part_names(evidence.number, len(parts))
        taken = {name_key(n) for n in names}
        for item in items:
            item.beside = ""
            if item.kind == "file":
                item.beside = unique_name(
                    safe_name(f"D{item.doc.ref} {item.doc.file_name}", 90), taken
                )
        _assign_pages(evidence, context, items, parts, names)
        written: list[Path] = []
        try:
            for k, part in enumerate(parts):
                path = target / names[k]
                written.append(path)
                _write_part(evidence, context, items, part, k, names, path)
                # pypdf's readers and writer form reference cycles holding every page's data;
                # collect them now rather than when the allocation counters say so, or the
                # next part's pages pile on top (seen: 730 MB instead of 250 MB for 1 GiB).
                gc.collect()
        except SourceFailedError as failed:
            for path in written:
                path.unlink(missing_ok=True)
            failed.item.kind = "file"
            failed.item.code = "compile.malformed"
            continue
        break
    for item in items:
        if item.kind == "file":
            move_into_output(item.doc.path, target / item.beside)
    return _result(evidence, folder, target, items, parts, names)


def _plan_parts(items: list[Placement], max_bytes: int) -> list[list[Placement]]:
    """Group mergeable items into parts of at most ``max_bytes`` of sources each."""
    parts: list[list[Placement]] = [[]]
    size = 0
    for item in items:
        if item.kind in ("file", "refused"):
            continue
        if parts[-1] and size + item.doc.size > max_bytes:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += item.doc.size
    return parts if parts[-1] else []


def _part_names(number: int, count: int) -> list[str]:
    if count == 1:
        return [f"{number:02d} Bukti Dukung.pdf"]
    return [f"{number:02d} Bukti Dukung (bagian {k} dari {count}).pdf" for k in range(1, count + 1)]


def _assign_pages(
    evidence: IndicatorEvidence,
    context: CompileContext,
    items: list[Placement],
    parts: list[list[Placement]],
    names: list[str],
) -> None:
    """Set each merged item's part and first page; the covers' length depends on the text."""
    covers = [1] * len(parts)
    for _ in range(5):  # page numbers change the text only by a few digits; this settles fast
        for k, part in enumerate(parts):
            page = covers[k] + 1
            for item in part:
                item.part, item.first_page = k, page
                page += item.pages
        new = [
            len(paginate(cover_lines(evidence, context, items, k, names)))
            for k in range(len(parts))
        ]
        if new == covers:
            return
        covers = new


def _write_part(
    evidence: IndicatorEvidence,
    context: CompileContext,
    items: list[Placement],
    part: list[Placement],
    index: int,
    names: list[str],
    path: Path,
) -> None:
    writer = PdfWriter()
    font_dict = fonts(writer)
    for lines in paginate(cover_lines(evidence, context, items, index, names)):
        text_page(writer, font_dict, lines)
    writer.add_outline_item(title="Daftar dokumen", page_number=0)
    handles: list[BinaryIO] = []
    try:
        for item in part:
            start = len(writer.pages)
            if start + 1 != item.first_page:
                raise RuntimeError("page plan and writer disagree")  # pragma: no cover
            try:
                if item.kind == "pdf":
                    source = item.doc.path.open("rb")
                    handles.append(source)
                    writer.append(open_pdf(source), import_outline=False)
                    if len(writer.pages) - start != item.pages:
                        raise ValueError("page count changed while merging")
                else:
                    image_page(writer, font_dict, item)
            except (OSError, MemoryError):
                raise
            except Exception as exc:  # a damaged PDF found only while copying its pages
                raise SourceFailedError(item) from exc
            writer.add_outline_item(title=bookmark(item), page_number=start)
        writer.add_metadata(
            {
                "/Title": f"Bukti dukung indikator {evidence.number}: {evidence.name}",
                "/Subject": f"{context.index_name} {context.period} — {context.instansi}",
                "/Producer": "spbe-desktop",
                "/Creator": "spbe-desktop",
            }
        )
        writer.page_mode = "/UseOutlines"
        try:
            with path.open("wb") as out:
                writer.write(out)
        except (OSError, MemoryError):
            raise
        except Exception as exc:
            # Serialising failed on some object of a source; find the culprit alone.
            culprit = find_unwritable(part)
            if culprit is None:
                raise
            raise SourceFailedError(culprit) from exc
    finally:
        for fh in handles:
            fh.close()


def move_into_output(source: Path, dest: Path) -> None:
    """Move a streamed-out source into the output (copy if the rename crosses filesystems)."""
    try:
        replace(source, dest)
    except OSError:
        shutil.copyfile(source, dest)
        with contextlib.suppress(OSError):
            source.unlink()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while piece := fh.read(_HASH_PIECE):
            digest.update(piece)
    return digest.hexdigest()


def _result(
    evidence: IndicatorEvidence,
    folder: str,
    target: Path,
    items: list[Placement],
    parts: list[list[Placement]],
    names: list[str],
) -> CompiledIndicator:
    rows: list[IndexRow] = []
    pdfs: list[str] = []
    for k, part in enumerate(parts):
        path = target / names[k]
        pdfs.append(f"{folder}/{names[k]}")
        total = part[-1].first_page + part[-1].pages - 1
        note = f"bagian {k + 1} dari {len(parts)}" if len(parts) > 1 else ""
        rows.append(
            IndexRow(
                evidence.number,
                evidence.name,
                f"{folder}/{names[k]}",
                "(gabungan)",
                f"Bukti dukung indikator {evidence.number}",
                sha256_file(path),
                page_range(1, total),
                total,
                note,
            )
        )
    findings: list[Finding] = []
    for item in items:
        d = item.doc
        if item.kind in ("pdf", "image"):
            output = f"{folder}/{names[item.part]}"
            pages, count, note = page_range(item.first_page, item.pages), item.pages, ""
        else:  # copied beside the PDF, or refused (then always with a code)
            output = f"{folder}/{item.beside}" if item.kind == "file" else ""
            pages, count = "", None
            note = (
                message_for(item.code, {"file": d.file_name}, "id")
                if item.code
                else "berkas asli disertakan terpisah"
            )
        rows.append(
            IndexRow(
                evidence.number,
                evidence.name,
                output,
                d.file_name,
                d.title,
                d.sha256,
                pages,
                count,
                note,
            )
        )
        if item.code:
            params = {"file": d.file_name, "indicator": evidence.number}
            findings.append(Finding(item.code, "warning", d.file_name, params))
    return CompiledIndicator(folder, tuple(pdfs), tuple(rows), tuple(findings))
