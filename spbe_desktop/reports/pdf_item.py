"""Portal-ready evidence for one item (butir): one PDF of at most N MB, split when it must be.

Input is an :class:`ItemEvidence` whose documents are already files on disk. The output, in the
indicator's folder, is ``<code> <short name>.pdf``: a cover (item, indicator, units, every
document's number, date and SHA-256, and where its pages are), then every page of every PDF and
every JPEG/PNG on a page of its own, one bookmark per document. Other files (DOCX, XLSX, an
encrypted or damaged PDF) are listed on the cover and copied beside as
``<code> D<n> <file name>``.

The size cap: the PDF is written once as it is; over ``max_bytes``, again with every picture
downsampled to about 150 dpi JPEG (Pillow; pictures in PDF pages through pypdf's image
replacement); still over, its pages are split into ``(bagian k dari n)`` parts, each with its
own cover, sized by measuring each page alone. A single page larger than the cap even after
downsampling stays alone in its part, and is reported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image
from pypdf import PdfReader, PdfWriter

from spbe_desktop.core.models import Finding
from spbe_desktop.core.names import name_key, safe_name, unique_name
from spbe_desktop.core.text import clean_text, map_text
from spbe_desktop.errors import message_for
from spbe_desktop.reports.fmt import date_id, page_range
from spbe_desktop.reports.model import CompileContext, SourceDocument
from spbe_desktop.reports.pdf_compile import move_into_output, sha256_file
from spbe_desktop.reports.pdf_cover import (
    A4,
    MARGIN,
    Line,
    bookmark,
    facts_line,
    paginate,
    wrap,
)
from spbe_desktop.reports.pdf_images import (
    DOWNSAMPLE_QUALITY,
    ImageRefusedError,
    downsample,
    load_image,
    shrunk,
)
from spbe_desktop.reports.pdf_pages import fonts, image_page, text_page
from spbe_desktop.reports.pdf_sources import Placement, open_pdf, probe

#: Default cap of one output file, in bytes (the national portal's upload limit).
DEFAULT_ITEM_MAX_BYTES = 5 * 1024 * 1024
_NO_LIMIT = 1 << 62
#: Longest "<code> <short name>" in UTF-16 units, leaving room for " (bagian 10 dari 12).pdf".
_NAME_UNITS = 80


@dataclass(frozen=True, slots=True)
class ItemEvidence:
    """One item and its documents, for the per-item compile."""

    code: str
    name: str
    indicator_number: int
    indicator_name: str
    units: str  # the OPDs whose documents these are ("" for an OPD's own workspace)
    note: str
    documents: tuple[SourceDocument, ...]


@dataclass(frozen=True, slots=True)
class ItemFile:
    """One output file of an item: a PDF (part) or a file copied beside."""

    name: str
    pages: int  # 0 for a file copied beside
    size: int
    sha256: str
    part: str  # "bagian 1 dari 2", or ""
    document: str  # the source file name of a file beside, or "" for a PDF


@dataclass(frozen=True, slots=True)
class DocumentPlace:
    """Where one source document ended up: its pages in the PDF part(s), or a file beside."""

    doc: SourceDocument
    where: str  # "PDF name: halaman a–b; ..." or "berkas name" or "tidak disertakan"
    pages: int
    note: str


@dataclass(frozen=True, slots=True)
class CompiledItem:
    """What :func:`compile_item` wrote."""

    files: tuple[ItemFile, ...]
    documents: tuple[DocumentPlace, ...]
    findings: tuple[Finding, ...]
    recompressed: bool
    over_limit: bool  # a part is still larger than the cap (one huge page)


@dataclass(frozen=True, slots=True)
class _Unit:
    """One page of the output after the cover: page ``index`` of PDF item ``item``, or an image."""

    item: int
    index: int


def item_base_name(code: str, name: str) -> str:
    """``<code> <short name>``, legal on Windows and Linux, without the extension."""
    return safe_name(f"{code} {name}", _NAME_UNITS)


def compile_item(
    evidence: ItemEvidence,
    context: CompileContext,
    target: Path,
    *,
    max_bytes: int = DEFAULT_ITEM_MAX_BYTES,
    taken: set[str] | None = None,
    check: Callable[[], None] = lambda: None,
) -> CompiledItem:
    """Write one item's PDF (or parts) and the files copied beside it into ``target``.

    Args:
        evidence: the item and its documents (files on disk; files copied beside are moved).
        context: the assessment, for the cover.
        target: the indicator's folder (exists).
        max_bytes: the cap of each PDF.
        taken: :func:`~spbe_desktop.core.names.name_key` of names already in ``target``.
        check: called between writes and page measurements (a cancel check that raises).

    Returns:
        The files written, where each document went, and findings (documents not merged, a part
        over the cap).
    """
    evidence = map_text(evidence, clean_text)
    context = map_text(context, clean_text)
    taken = taken if taken is not None else set()
    items = [probe(d, _NO_LIMIT) for d in evidence.documents]
    base = item_base_name(evidence.code, evidence.name)
    for item in items:
        if item.kind == "file":
            item.beside = unique_name(
                safe_name(f"{evidence.code} D{item.doc.ref} {item.doc.file_name}", 120), taken
            )
    units = [_Unit(k, i) for k, it in enumerate(items) if it.kind in ("pdf", "image")
             for i in range(it.pages)]  # fmt: skip
    files: list[ItemFile] = []
    parts: list[list[_Unit]] = [units] if units else []
    recompressed = over = False
    names: list[str] = []
    if units:
        names = [unique_name(f"{base}.pdf", taken)]
        size = _measure(evidence, context, items, parts, 0, names, False, target / names[0])
        if size > max_bytes:
            check()
            recompressed = True
            size = _measure(evidence, context, items, parts, 0, names, True, target / names[0])
        if size > max_bytes:
            check()
            (target / names[0]).unlink()
            taken.discard(name_key(names[0]))
            parts, names, over = _split(
                evidence, context, items, units, target, max_bytes, taken, check
            )
        for k, name in enumerate(names):
            path = target / name
            files.append(
                ItemFile(
                    name,
                    len(PdfReader(path).pages),
                    path.stat().st_size,
                    sha256_file(path),
                    f"bagian {k + 1} dari {len(names)}" if len(names) > 1 else "",
                    "",
                )
            )
    for item in items:
        if item.kind == "file":
            move_into_output(item.doc.path, target / item.beside)
            path = target / item.beside
            files.append(
                ItemFile(
                    item.beside, 0, path.stat().st_size, item.doc.sha256, "", item.doc.file_name
                )
            )
    places = _places(items, parts, names, evidence, context)
    findings = [
        Finding(
            item.code,
            "warning",
            item.doc.file_name,
            {"file": item.doc.file_name, "indicator": evidence.indicator_number},
        )
        for item in items
        if item.code
    ]
    if over:
        findings.append(
            Finding(
                "compile.item_over_limit",
                "warning",
                evidence.code,
                {"item": evidence.code, "mb": f"{max_bytes / 1048576:g}"},
            )
        )
    return CompiledItem(tuple(files), places, tuple(findings), recompressed, over)


def _split(
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    units: list[_Unit],
    target: Path,
    max_bytes: int,
    taken: set[str],
    check: Callable[[], None],
) -> tuple[list[list[_Unit]], list[str], bool]:
    """Write the pages in parts under ``max_bytes`` each (pictures downsampled)."""
    empty = _measure(evidence, context, items, [[]], 0, ["x.pdf"], True)
    sizes = []
    for unit in units:
        check()
        alone = _measure(evidence, context, items, [[unit]], 0, ["x.pdf"], True)
        sizes.append(max(alone - empty, 1))
    budget = max_bytes - empty - 4096  # the cover grows a little with "bagian k dari n"
    for _attempt in range(8):
        parts: list[list[_Unit]] = [[]]
        used = 0
        for unit, size in zip(units, sizes, strict=True):
            if parts[-1] and used + size > budget:
                parts.append([])
                used = 0
            parts[-1].append(unit)
            used += size
        base = item_base_name(evidence.code, evidence.name)
        count = len(parts)
        wanted = [f"{base} (bagian {k} dari {count}).pdf" for k in range(1, count + 1)]
        if count == 1:  # one page over the cap on its own: nothing to split
            wanted = [f"{base}.pdf"]
        names = [unique_name(n, taken) for n in wanted]
        written = [
            _measure(evidence, context, items, parts, k, names, True, target / names[k])
            for k in range(count)
        ]
        too_big = [k for k, s in enumerate(written) if s > max_bytes and len(parts[k]) > 1]
        if not too_big:
            over = any(s > max_bytes for s in written)
            return parts, names, over
        # Shared objects (fonts, a page's resources used by several pages) counted once per
        # page alone and once per part: a part came out larger than planned; plan smaller.
        for name in names:
            (target / name).unlink()
            taken.discard(name_key(name))
        budget = int(budget * 0.8)
    raise RuntimeError("could not split the item under the size cap")  # pragma: no cover


def _measure(
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    parts: list[list[_Unit]],
    index: int,
    names: list[str],
    shrink: bool,
    path: Path | None = None,
) -> int:
    """The bytes of one output part: written to ``path``, or only counted when it is None."""
    with contextlib.ExitStack() as stack:
        out: BinaryIO = io.BytesIO() if path is None else stack.enter_context(path.open("wb"))
        _write(out, evidence, context, items, parts, index, names, shrink)
        return out.tell()


def _runs(part: list[_Unit]) -> Iterator[tuple[int, list[int]]]:
    """Consecutive pages of one document: (item index, page indices)."""
    run: list[int] = []
    current = -1
    for unit in part:
        if unit.item != current and run:
            yield current, run
            run = []
        current = unit.item
        run.append(unit.index)
    if run:
        yield current, run


def _write(
    out: BinaryIO,
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    parts: list[list[_Unit]],
    index: int,
    names: list[str],
    shrink: bool,
) -> None:
    writer = PdfWriter()
    font_dict = fonts(writer)
    for lines in _cover_pages(evidence, context, items, parts, index, names):
        text_page(writer, font_dict, lines)
    writer.add_outline_item(title="Daftar dokumen", page_number=0)
    with contextlib.ExitStack() as stack:
        for k, pages in _runs(parts[index]):
            item = items[k]
            start = len(writer.pages)
            if item.kind == "pdf":
                source = stack.enter_context(item.doc.path.open("rb"))
                writer.append(open_pdf(source), pages=pages, import_outline=False)
                if shrink:
                    for page in writer.pages[start:]:
                        _shrink_page(page)
            else:
                image = load_image(downsample(item.doc.path)) if shrink else None
                image_page(writer, font_dict, item, image)
            title = bookmark(item)
            if len(pages) < item.pages:
                title += f" (halaman {page_range(pages[0] + 1, len(pages))})"
            writer.add_outline_item(title=title, page_number=start)
        writer.add_metadata(
            {
                "/Title": f"Bukti dukung butir {evidence.code}: {evidence.name}",
                "/Subject": f"{context.index_name} {context.period} — {context.instansi}",
                "/Producer": "spbe-desktop",
                "/Creator": "spbe-desktop",
            }
        )
        writer.page_mode = "/UseOutlines"
        writer.write(out)


def _shrink_page(page: object) -> None:
    """Downsample every picture on a PDF page to about 150 dpi JPEG, where that is smaller."""
    box = page.mediabox  # type: ignore[attr-defined]
    size = (float(box.width), float(box.height))
    for image in page.images:  # type: ignore[attr-defined]
        try:
            original = len(image.data)  # as a JPEG or PNG file: near the stream's size
            small = shrunk(image.image, page=size)
            probe_out = io.BytesIO()
            small.save(probe_out, "JPEG", quality=DOWNSAMPLE_QUALITY)
            if probe_out.tell() >= original:
                continue
            image.replace(small, quality=DOWNSAMPLE_QUALITY)
        except (OSError, ValueError, TypeError, NotImplementedError, ImageRefusedError):
            continue  # an inline image, an odd colour space: left as it is
        except Image.DecompressionBombError:
            continue


def _segments(
    items: list[Placement], parts: list[list[_Unit]], covers: list[int]
) -> dict[int, list[tuple[int, int, int]]]:
    """Item index -> [(part, first page, page count)] in the output files."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for p, part in enumerate(parts):
        page = covers[p] + 1
        for k, pages in _runs(part):
            out.setdefault(k, []).append((p, page, len(pages)))
            page += len(pages)
    return out


def _where(
    item: Placement, segs: list[tuple[int, int, int]], names: list[str], here: int | None
) -> str:
    if item.kind == "refused":
        return "Tidak disertakan"
    if item.kind == "file":
        return f"Berkas terpisah: {item.beside}"
    bits = []
    for p, first, count in segs:
        text = f"halaman {page_range(first, count)}"
        if len(names) > 1:
            text += " (berkas ini)" if p == here else f" pada bagian {p + 1}"
        bits.append(text)
    return f"Berkas asli: {item.doc.file_name} — " + "; ".join(bits)


def _cover_lines(
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    segments: dict[int, list[tuple[int, int, int]]],
    index: int,
    names: list[str],
) -> list[Line]:
    room = A4[0] - 2 * MARGIN
    out: list[Line] = []

    def add(text: str, size: float = 10.0, *, bold: bool = False, indent: float = 0.0,
            gap: float = 0.0, grey: bool = False, rule: bool = False) -> None:  # fmt: skip
        wrapped = wrap(text, size, bold, room - indent)
        for k, piece in enumerate(wrapped):
            out.append(Line(piece, size, bold, indent, gap if k == 0 else 0.0, grey,
                            rule=rule and k == len(wrapped) - 1))  # fmt: skip

    add("BUKTI DUKUNG BUTIR", 16, bold=True)
    add(f"{evidence.code}  {evidence.name}", 13, bold=True, gap=4)
    add(f"Indikator {evidence.indicator_number}. {evidence.indicator_name}", 11, gap=4)
    add(f"{context.instansi}" + (f" — {context.unit}" if context.unit else ""), gap=6)
    if evidence.units:
        add(f"OPD: {evidence.units}")
    add(f"{context.index_name}, periode {context.period} · {context.pack_title}", 9, grey=True)
    if len(names) > 1:
        add(f"Berkas ini: bagian {index + 1} dari {len(names)}", bold=True)
    if evidence.note:
        add(f"Catatan: {evidence.note}", gap=4)
    add(f"Daftar dokumen ({len(items)})", 11, bold=True, gap=12, rule=True)
    for k, item in enumerate(items):
        d = item.doc
        start = len(out)
        add(f"D{d.ref}   {d.title or d.file_name}", 10, bold=True, gap=7)
        add(facts_line(d), 9, indent=24)
        add(_where(item, segments.get(k, []), names, index), 9, indent=24)
        if item.code:
            add("Catatan: " + message_for(item.code, {"file": d.file_name}, "id"), 9, indent=24)
        add(f"SHA-256: {d.sha256}", 8, indent=24, grey=True)
        out[start] = dataclasses.replace(out[start], keep=len(out) - start - 1)
    add(f"Disusun dengan spbe-desktop pada {date_id(context.generated)}.", 8, gap=14, grey=True)
    return out


def _cover_counts(
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    parts: list[list[_Unit]],
    names: list[str],
) -> tuple[list[int], dict[int, list[tuple[int, int, int]]]]:
    """Each part's cover length and the page segments (the cover's text depends on both)."""
    covers = [1] * len(parts)
    segments = _segments(items, parts, covers)
    for _ in range(5):  # page numbers change the text only by a few digits; this settles fast
        new = [
            len(paginate(_cover_lines(evidence, context, items, segments, p, names)))
            for p in range(len(parts))
        ]
        if new == covers:
            break
        covers = new
        segments = _segments(items, parts, covers)
    return covers, segments


def _cover_pages(
    evidence: ItemEvidence,
    context: CompileContext,
    items: list[Placement],
    parts: list[list[_Unit]],
    index: int,
    names: list[str],
) -> list[list[Line]]:
    _, segments = _cover_counts(evidence, context, items, parts, names)
    return paginate(_cover_lines(evidence, context, items, segments, index, names))


def _places(
    items: list[Placement],
    parts: list[list[_Unit]],
    names: list[str],
    evidence: ItemEvidence,
    context: CompileContext,
) -> tuple[DocumentPlace, ...]:
    _, segments = _cover_counts(evidence, context, items, parts, names) if parts else ([], {})
    out = []
    for k, item in enumerate(items):
        segs = segments.get(k, [])
        if item.kind in ("pdf", "image"):
            where = "; ".join(f"{names[p]}: halaman {page_range(f, c)}" for p, f, c in segs)
        elif item.kind == "file":
            where = item.beside
        else:
            where = ""
        note = message_for(item.code, {"file": item.doc.file_name}, "id") if item.code else ""
        out.append(DocumentPlace(item.doc, where, item.pages, note))
    return tuple(out)
