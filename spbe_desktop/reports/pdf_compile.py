"""Upload-ready evidence: one compiled PDF per indicator, with a cover page and bookmarks.

Input is an :class:`IndicatorEvidence` whose documents are already files on disk (the services
stream them out of the store). For each indicator this module writes a folder holding

* one PDF: a cover listing every document (where to find it, its number, date and SHA-256),
  then every PDF document's pages, and every JPEG/PNG on a page of its own, with one outline
  bookmark per document;
* every other file (DOCX, XLSX, a PNG with transparency, an encrypted or damaged PDF, a PDF too
  large to merge) copied beside it, listed on the cover and in the index with the reason.

Memory: pypdf keeps every page of the PDF being written in memory until it is saved, so each
indicator's PDF is written and released before the next, and a PDF is split into parts when its
sources add up to more than ``max_pdf_bytes``. Sources are read from open files, never loaded
whole. Nothing here knows about the store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from spbe_desktop.core.mime import is_runnable
from spbe_desktop.core.models import Finding
from spbe_desktop.core.text import clean_text, map_text
from spbe_desktop.errors import message_for
from spbe_desktop.reports.fmt import date_id, page_range, safe_name, unique_name
from spbe_desktop.reports.pdf_images import ImageRefusedError, load_image

#: A4 portrait in points.
A4 = (595.28, 841.89)
#: Default upper bound of the source bytes merged into one PDF (and so of pypdf's working set).
DEFAULT_MAX_PDF_BYTES = 150 * 1024 * 1024
_MARGIN = 56.0
_HASH_PIECE = 1024 * 1024

# Helvetica advance widths (1/1000 em) for ASCII 32-126, from the standard AFM metrics; used to
# wrap the cover text. Other characters count as 556 (the width of a digit).
_HELVETICA = (
    278,
    278,
    355,
    556,
    556,
    889,
    667,
    191,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    278,
    278,
    584,
    584,
    584,
    556,
    1015,
    667,
    667,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    500,
    667,
    556,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    278,
    278,
    278,
    469,
    556,
    333,
    556,
    556,
    500,
    556,
    556,
    278,
    556,
    556,
    222,
    222,
    500,
    222,
    833,
    556,
    556,
    556,
    556,
    333,
    500,
    278,
    556,
    500,
    722,
    500,
    500,
    500,
    334,
    260,
    334,
    584,
)


# --------------------------------------------------------------------------- input and output


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One evidence document, with its bytes already in a file at ``path``.

    The compiler may move ``path`` into the output (for files copied beside the PDF).
    """

    ref: int  # "D<ref>" in the report's appendix
    title: str
    kind: str
    number: str
    issued: str | None
    file_name: str
    sha256: str
    size: int
    mime: str
    source: str
    path: Path


@dataclass(frozen=True, slots=True)
class IndicatorEvidence:
    number: int
    name: str
    level: int | None
    level_name: str
    documents: tuple[SourceDocument, ...]


@dataclass(frozen=True, slots=True)
class CompileContext:
    """What every cover page says about the assessment."""

    instansi: str
    unit: str
    period: str
    index_name: str
    pack_title: str
    provisional: bool
    generated: dt.date


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One line of the evidence index: where a document ended up."""

    indicator: int
    indicator_name: str
    output: str  # path relative to the output folder, with "/"
    document: str  # the source file name, or "(gabungan)" for the compiled PDF
    title: str
    sha256: str
    pages: str  # "2–5" inside the compiled PDF, or "" for a file copied beside
    page_count: int | None
    note: str  # Indonesian text: why a file is beside the PDF, which part...


@dataclass(frozen=True, slots=True)
class CompiledIndicator:
    folder: str
    pdfs: tuple[str, ...]
    rows: tuple[IndexRow, ...]
    findings: tuple[Finding, ...]


# --------------------------------------------------------------------------- classification


@dataclass(slots=True)
class _Item:
    doc: SourceDocument
    kind: str  # "pdf" | "image" | "file" | "refused"
    pages: int = 0
    code: str = ""  # why a PDF or image is copied instead of merged
    part: int = 0
    first_page: int = 0
    beside: str = ""


def _probe(doc: SourceDocument, max_bytes: int) -> _Item:
    if is_runnable(doc.mime, doc.file_name):
        # A program, script or web page is evidence of nothing an assessor reads, and a copy in
        # the folder would run on a double-click: listed as refused, never laid out.
        return _Item(doc, "refused", code="compile.refused_active")
    if doc.mime == "application/pdf":
        if doc.size > max_bytes:
            return _Item(doc, "file", code="compile.too_large")
        try:
            with doc.path.open("rb") as fh:
                reader = _open_pdf(fh)
                pages = len(reader.pages)
        except _EncryptedError:
            return _Item(doc, "file", code="compile.encrypted")
        # NOTE: pypdf raises many exception types on damaged files (PdfReadError, KeyError,
        # ValueError, RecursionError...); any of them means "copy it, do not merge".
        except Exception:
            return _Item(doc, "file", code="compile.malformed")
        if pages < 1:
            return _Item(doc, "file", code="compile.malformed")
        return _Item(doc, "pdf", pages=pages)
    if doc.mime in ("image/jpeg", "image/png"):
        if doc.size > max_bytes:
            return _Item(doc, "file", code="compile.too_large")
        try:
            load_image(doc.path, doc.mime)
        except ImageRefusedError as refused:
            return _Item(doc, "file", code=refused.reason)
        except OSError:
            return _Item(doc, "file", code="compile.image_damaged")
        return _Item(doc, "image", pages=1)
    return _Item(doc, "file")


class _EncryptedError(Exception):
    pass


class _SourceFailedError(Exception):
    def __init__(self, item: _Item) -> None:
        super().__init__(item.doc.file_name)
        self.item = item


def _open_pdf(fh: BinaryIO) -> PdfReader:
    """A reader over an open file (pypdf would read a path whole into memory)."""
    reader = PdfReader(fh)
    if reader.is_encrypted:
        # An owner password alone (no password to open) is what every viewer opens silently.
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # unsupported algorithm, missing crypto support
            raise _EncryptedError() from exc
        if not opened:
            raise _EncryptedError()
    return reader


# --------------------------------------------------------------------------- compiling


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
    items = [_probe(d, max_pdf_bytes) for d in evidence.documents]
    for _attempt in range(len(items) + 1):
        parts = _plan_parts(items, max_pdf_bytes)
        names = _part_names(evidence.number, len(parts))
        taken = {n.casefold() for n in names}
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
        except _SourceFailedError as failed:
            for path in written:
                path.unlink(missing_ok=True)
            failed.item.kind = "file"
            failed.item.code = "compile.malformed"
            continue
        break
    for item in items:
        if item.kind == "file":
            _place(item.doc.path, target / item.beside)
    return _result(evidence, folder, target, items, parts, names)


def _plan_parts(items: list[_Item], max_bytes: int) -> list[list[_Item]]:
    """Group mergeable items into parts of at most ``max_bytes`` of sources each."""
    parts: list[list[_Item]] = [[]]
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
    items: list[_Item],
    parts: list[list[_Item]],
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
            len(_paginate(_cover_lines(evidence, context, items, k, names)))
            for k in range(len(parts))
        ]
        if new == covers:
            return
        covers = new


def _write_part(
    evidence: IndicatorEvidence,
    context: CompileContext,
    items: list[_Item],
    part: list[_Item],
    index: int,
    names: list[str],
    path: Path,
) -> None:
    writer = PdfWriter()
    fonts = _fonts(writer)
    for lines in _paginate(_cover_lines(evidence, context, items, index, names)):
        _text_page(writer, fonts, lines)
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
                    writer.append(_open_pdf(source), import_outline=False)
                    if len(writer.pages) - start != item.pages:
                        raise ValueError("page count changed while merging")
                else:
                    _image_page(writer, fonts, item)
            except (OSError, MemoryError):
                raise
            except Exception as exc:  # a damaged PDF found only while copying its pages
                raise _SourceFailedError(item) from exc
            writer.add_outline_item(title=_bookmark(item), page_number=start)
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
            culprit = _find_unwritable(part)
            if culprit is None:
                raise
            raise _SourceFailedError(culprit) from exc
    finally:
        for fh in handles:
            fh.close()


def _find_unwritable(part: list[_Item]) -> _Item | None:
    for item in part:
        if item.kind != "pdf":
            continue
        try:
            with item.doc.path.open("rb") as fh:
                probe = PdfWriter()
                probe.append(_open_pdf(fh), import_outline=False)
                with open(os.devnull, "wb") as sink:
                    probe.write(sink)
        except Exception:  # any failure marks this source as the one to copy instead
            return item
    return None


def _bookmark(item: _Item) -> str:
    return f"D{item.doc.ref} {item.doc.title or item.doc.file_name}"[:200]


def _place(source: Path, dest: Path) -> None:
    """Move a streamed-out source into the output (copy if the rename crosses filesystems)."""
    try:
        os.replace(source, dest)
    except OSError:
        shutil.copyfile(source, dest)
        with contextlib.suppress(OSError):
            source.unlink()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while piece := fh.read(_HASH_PIECE):
            digest.update(piece)
    return digest.hexdigest()


def _result(
    evidence: IndicatorEvidence,
    folder: str,
    target: Path,
    items: list[_Item],
    parts: list[list[_Item]],
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
                _sha256_file(path),
                page_range(1, total),
                total,
                note,
            )
        )
    findings: list[Finding] = []
    for item in items:
        d = item.doc
        if item.kind == "refused":
            rows.append(
                IndexRow(
                    evidence.number,
                    evidence.name,
                    "",
                    d.file_name,
                    d.title,
                    d.sha256,
                    "",
                    None,
                    message_for(item.code, {"file": d.file_name}, "id"),
                )
            )
            findings.append(
                Finding(
                    item.code,
                    "warning",
                    d.file_name,
                    {"file": d.file_name, "indicator": evidence.number},
                )
            )
        elif item.kind == "file":
            note = (
                message_for(item.code, {"file": d.file_name}, "id")
                if item.code
                else ("berkas asli disertakan terpisah")
            )
            rows.append(
                IndexRow(
                    evidence.number,
                    evidence.name,
                    f"{folder}/{item.beside}",
                    d.file_name,
                    d.title,
                    d.sha256,
                    "",
                    None,
                    note,
                )
            )
            if item.code:
                findings.append(
                    Finding(
                        item.code,
                        "warning",
                        d.file_name,
                        {"file": d.file_name, "indicator": evidence.number},
                    )
                )
        else:
            rows.append(
                IndexRow(
                    evidence.number,
                    evidence.name,
                    f"{folder}/{names[item.part]}",
                    d.file_name,
                    d.title,
                    d.sha256,
                    page_range(item.first_page, item.pages),
                    item.pages,
                    "",
                )
            )
    return CompiledIndicator(folder, tuple(pdfs), tuple(rows), tuple(findings))


# --------------------------------------------------------------------------- cover text


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    size: float = 10.0
    bold: bool = False
    indent: float = 0.0
    gap: float = 0.0  # extra space before the line
    grey: bool = False
    keep: int = 0  # lines that must stay on the same page with this one
    rule: bool = False  # draw a line under it


def _width(text: str, size: float, bold: bool) -> float:
    units = sum(_HELVETICA[ord(c) - 32] if 32 <= ord(c) < 127 else 556 for c in text)
    return units * size / 1000 * (1.08 if bold else 1.0)


def _wrap(text: str, size: float, bold: bool, room: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if _width(trial, size, bold) <= room:
            current = trial
            continue
        if current:
            lines.append(current)
        while _width(word, size, bold) > room:  # a very long word (a hash, a file name)
            cut = len(word)
            while cut > 1 and _width(word[:cut], size, bold) > room:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    lines.append(current)
    return lines


def _cover_lines(
    evidence: IndicatorEvidence,
    context: CompileContext,
    items: list[_Item],
    part: int,
    names: list[str],
) -> list[_Line]:
    room = A4[0] - 2 * _MARGIN
    out: list[_Line] = []

    def add(
        text: str,
        size: float = 10.0,
        *,
        bold: bool = False,
        indent: float = 0.0,
        gap: float = 0.0,
        grey: bool = False,
        rule: bool = False,
    ) -> int:
        wrapped = _wrap(text, size, bold, room - indent)
        for k, piece in enumerate(wrapped):
            out.append(
                _Line(
                    piece,
                    size,
                    bold,
                    indent,
                    gap if k == 0 else 0.0,
                    grey,
                    rule=rule and k == len(wrapped) - 1,
                )
            )
        return len(wrapped)

    add("BUKTI DUKUNG", 16, bold=True)
    add(f"Indikator {evidence.number}. {evidence.name}", 13, bold=True, gap=4)
    add(f"{context.instansi}" + (f" — {context.unit}" if context.unit else ""), gap=6)
    add(f"{context.index_name}, periode {context.period} · {context.pack_title}", 9, grey=True)
    level = (
        f"{evidence.level} — {evidence.level_name}" if evidence.level is not None else "belum diisi"
    )
    add(f"Tingkat yang diisi: {level}")
    if len(names) > 1:
        add(f"Berkas ini: bagian {part + 1} dari {len(names)}", bold=True)
    if context.provisional:
        add("KERANGKA SEMENTARA (PROVISIONAL): bobot dan kriteria dapat berubah.", 9, bold=True)
    add(f"Daftar dokumen ({len(items)})", 11, bold=True, gap=12, rule=True)
    for item in items:
        d = item.doc
        start = len(out)
        add(f"D{d.ref}   {d.title or d.file_name}", 10, bold=True, gap=7)
        facts = [d.kind]
        if d.number:
            facts.append(f"Nomor {d.number}")
        if d.issued:
            facts.append(date_id(d.issued))
        if d.source:
            facts.append(f"dari {d.source}")
        add(" · ".join(facts), 9, indent=24)
        if item.kind == "refused":
            where = "Tidak disertakan"
        elif item.kind == "file":
            where = f"Berkas terpisah: {item.beside}"
        else:
            pages = page_range(item.first_page, item.pages)
            where = f"Berkas asli: {d.file_name} — halaman {pages}"
            if len(names) > 1:
                where += f" pada bagian {item.part + 1}"
        add(where, 9, indent=24)
        if item.code:
            add("Catatan: " + message_for(item.code, {"file": d.file_name}, "id"), 9, indent=24)
        add(f"SHA-256: {d.sha256}", 8, indent=24, grey=True)
        out[start] = _replace_keep(out[start], len(out) - start - 1)
    add(f"Disusun dengan spbe-desktop pada {date_id(context.generated)}.", 8, gap=14, grey=True)
    return out


def _replace_keep(line: _Line, keep: int) -> _Line:
    return _Line(line.text, line.size, line.bold, line.indent, line.gap, line.grey, keep, line.rule)


def _paginate(lines: Sequence[_Line]) -> list[list[_Line]]:
    """Split cover lines into pages; a document's lines stay together."""
    usable = A4[1] - 2 * _MARGIN
    pages: list[list[_Line]] = [[]]
    used = 0.0
    k = 0
    while k < len(lines):
        block = lines[k : k + 1 + lines[k].keep]
        height = sum(ln.size * 1.3 + ln.gap for ln in block)
        if pages[-1] and used + height > usable:
            pages.append([])
            used = 0.0
        pages[-1].extend(block)
        used += height
        k += len(block)
    return pages


# --------------------------------------------------------------------------- drawing


def _fonts(writer: PdfWriter) -> DictionaryObject:
    def font(base: str) -> Any:
        return writer._add_object(  # NOTE: pypdf has no public "add object"; see generate.py
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    return DictionaryObject(
        {NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")}
    )


def _pdf_string(text: str) -> bytes:
    out = bytearray()
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte > 0x7E:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)


def _text_ops(lines: Sequence[_Line], top: float) -> list[bytes]:
    ops: list[bytes] = []
    y = top
    for ln in lines:
        y -= ln.gap + ln.size * 1.3
        grey = b"0.35 g" if ln.grey else b"0 g"
        font = b"/F2" if ln.bold else b"/F1"
        ops.append(
            b"BT "
            + grey
            + b" "
            + font
            + b" %.2f Tf 1 0 0 1 %.2f %.2f Tm (" % (ln.size, _MARGIN + ln.indent, y)
            + _pdf_string(ln.text)
            + b") Tj ET"
        )
        if ln.rule:
            ops.append(
                b"0.6 G 0.8 w %.2f %.2f m %.2f %.2f l S" % (_MARGIN, y - 4, A4[0] - _MARGIN, y - 4)
            )
    return ops


def _add_page(
    writer: PdfWriter, size: tuple[float, float], resources: DictionaryObject, ops: list[bytes]
) -> None:
    page = writer.add_blank_page(*size)
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(b"\n".join(ops))
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())


def _text_page(writer: PdfWriter, fonts: DictionaryObject, lines: Sequence[_Line]) -> None:
    resources = DictionaryObject({NameObject("/Font"): fonts})
    _add_page(writer, A4, resources, _text_ops(lines, A4[1] - _MARGIN))


def _image_page(writer: PdfWriter, fonts: DictionaryObject, item: _Item) -> None:
    image = load_image(item.doc.path, item.doc.mime)
    landscape = image.width > image.height
    width, height = (A4[1], A4[0]) if landscape else A4
    margin = 40.0
    text = _wrap(_bookmark(item), 10, True, width - 2 * margin)[0]
    top = height - margin
    box_w = width - 2 * margin
    box_h = height - 2 * margin - 24
    scale = min(box_w / image.width, box_h / image.height, 1.0)
    w, h = image.width * scale, image.height * scale
    x = (width - w) / 2
    y = margin + (box_h - h) / 2
    ref = writer._add_object(image.stream)
    resources = DictionaryObject(
        {
            NameObject("/Font"): fonts,
            NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): ref}),
        }
    )
    ops = [
        b"BT 0 g /F2 10 Tf 1 0 0 1 %.2f %.2f Tm (" % (margin, top - 10)
        + _pdf_string(text)
        + b") Tj ET",
        b"q %.3f 0 0 %.3f %.3f %.3f cm /Im0 Do Q" % (w, h, x, y),
    ]
    _add_page(writer, (width, height), resources, ops)
