"""Test-data makers: real documents with the properties tests need, on top of the product's
sample makers (``spbe_desktop.documents.samples``).

Everything a test or a benchmark needs comes from here: the product's makers as they are
(``make_png``, ``make_jpeg``, ``make_scanned_pdf``, ``official_text``...), ``make_pdf`` with
encryption and padding to an exact size, ``make_docx`` with a table and a letterhead, and
``make_slow_pdf``, a small PDF that takes pypdf minutes to read.
"""

from __future__ import annotations

import datetime
import io
import math
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, PdfObject

from spbe_desktop.documents import samples
from spbe_desktop.documents.sample_text import official_number, official_text
from spbe_desktop.documents.samples import A4, make_jpeg, make_png, make_scanned_pdf

__all__ = [
    "A4",
    "make_docx",
    "make_jpeg",
    "make_pdf",
    "make_png",
    "make_scanned_pdf",
    "make_slow_pdf",
    "official_number",
    "official_text",
]

#: Padding is written in streams of at most this size: readers cap a stream's declared length
#: (pypdf refuses more than 75 MB), and it bounds the memory the writer needs.
_PAD_STREAM_BYTES = 8 * 1024 * 1024
_PAD_PIECE_BYTES = 1024 * 1024
_PAD_SEED = 0x5BE


def make_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    created: datetime.datetime | None = None,
    user_password: str | None = None,
    pad_to_bytes: int | None = None,
) -> Path:
    """Write a PDF with a real text layer, one page per string (``samples.pdf_writer``).

    Args:
        path: where to write.
        pages: the text of each page; ``"\\n"`` separates lines.
        title: document title (``/Title``).
        author: document author (``/Author``).
        subject: document subject (``/Subject``).
        created: creation date (``/CreationDate``); none when omitted (reproducible output).
        user_password: encrypt with this password (pypdf's default algorithm).
        pad_to_bytes: make the file exactly this large by appending unreferenced streams of
            incompressible bytes in an incremental update. Ignored when the document is already
            within 1 KiB of it. Written piece by piece: memory stays around 1 MiB whatever the
            size.

    Returns:
        ``path``.
    """
    writer = samples.pdf_writer(pages, title=title, author=author, subject=subject, created=created)
    if user_password is not None:
        writer.encrypt(user_password)
    return _write_pdf(writer, path, pad_to_bytes)


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    title: str | None = None,
    author: str | None = None,
    created: datetime.datetime | None = None,
    table: Sequence[Sequence[str]] | None = None,
    header_lines: Sequence[str] = (),
) -> Path:
    """Write a Word document (``samples.make_docx``), with a table and a letterhead if asked.

    Args:
        path: where to write.
        paragraphs: body paragraphs, in order.
        title: core property ``title``.
        author: core property ``author``.
        created: core properties ``created`` and ``modified``; now when omitted.
        table: rows of cell texts, appended after the paragraphs.
        header_lines: letterhead lines placed in the page header.

    Returns:
        ``path``.
    """
    samples.make_docx(path, paragraphs, title=title, author=author, created=created)
    if not table and not header_lines:
        return path
    import docx

    document = docx.Document(str(path))
    for line in header_lines:
        document.sections[0].header.add_paragraph(line)
    if table:
        columns = max(len(row) for row in table)
        grid = document.add_table(rows=len(table), cols=columns)
        for row_index, row in enumerate(table):
            for column_index, cell_text in enumerate(row):
                grid.cell(row_index, column_index).text = cell_text
    document.save(str(path))
    return path


def make_slow_pdf(path: Path, pages: int = 1000, operators_per_page: int = 200_000) -> Path:
    """Write a small but hostile PDF that takes pypdf minutes to extract text from.

    Every page shares one compressed content stream made of ``operators_per_page`` text
    positioning operators. The file is about 100 KB per 1000 pages; extracting its text takes
    roughly 0.05-0.1 s per page with pypdf 7. Used to prove that inspection times out cleanly.

    Args:
        path: where to write.
        pages: number of pages (all sharing the content stream).
        operators_per_page: length of the shared content stream, in operators.

    Returns:
        ``path``.
    """
    writer = PdfWriter()
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 1 Tf " + b"0 0 Td " * operators_per_page + b"(x) Tj ET")
    content_ref = writer._add_object(content.flate_encode(level=9))
    font_ref = writer._add_object(samples.helvetica())
    for _ in range(pages):
        page = writer.add_blank_page(100, 100)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
        page[NameObject("/Contents")] = content_ref
    return _write_pdf(writer, path, None)


def _write_pdf(writer: PdfWriter, path: Path, pad_to_bytes: int | None) -> Path:
    buffer = io.BytesIO()
    writer.write(buffer)
    base = buffer.getvalue()
    with path.open("wb") as fh:
        fh.write(base)
        if pad_to_bytes is not None and pad_to_bytes - len(base) >= 1024:
            _append_padding(fh, base, pad_to_bytes)
    return path


def _append_padding(fh: BinaryIO, base: bytes, target: int) -> None:
    """Append an incremental update of filler streams so the file is ``target`` bytes long.

    The update holds unreferenced stream objects of pseudo-random bytes, a cross-reference
    section for them and a trailer chained to the original one with ``/Prev``.
    """
    match = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", base[-1024:])
    if match is None:
        raise ValueError("pypdf output has no startxref")  # pragma: no cover
    previous_xref = int(match.group(1))
    trailer = PdfReader(io.BytesIO(base)).trailer
    first_id = int(trailer.raw_get("/Size"))
    carried = b"".join(
        f"/{key.lstrip('/')} ".encode("latin-1") + _serialise(trailer.raw_get(key)) + b"\n"
        for key in trailer
        if key not in ("/Size", "/Prev")
    )

    def tail(xref_offset: int, count: int, offsets: list[int]) -> bytes:
        entries = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        return (
            b"xref\n%d %d\n" % (first_id, count)
            + entries
            + b"trailer\n<<\n/Size %d\n/Prev %d\n" % (first_id + count, previous_xref)
            + carried
            + b">>\nstartxref\n%d\n%%%%EOF\n" % xref_offset
        )

    def header(object_id: int, length: int) -> bytes:
        return b"%d 0 obj\n<< /Length %d >>\nstream\n" % (object_id, length)

    footer = b"\nendstream\nendobj\n"
    # Plan the stream lengths with a generous allowance for the tail, then make up the last few
    # bytes with a comment line before the xref section (comments are legal between objects).
    count_guess = max(1, math.ceil((target - len(base)) / _PAD_STREAM_BYTES))
    tail_allowance = len(tail(target, count_guess, [target] * count_guess)) + 64
    budget = target - len(base) - tail_allowance
    lengths: list[int] = []
    while budget > 0:
        overhead = len(header(first_id + len(lengths), _PAD_STREAM_BYTES)) + len(footer)
        length = min(_PAD_STREAM_BYTES, budget - overhead)
        if length <= 0:
            break
        lengths.append(length)
        budget -= length + overhead
    if not lengths:
        return
    rng = random.Random(_PAD_SEED)
    position = len(base)
    offsets: list[int] = []
    for index, length in enumerate(lengths):
        offsets.append(position)
        head = header(first_id + index, length)
        fh.write(head)
        remaining = length
        while remaining:
            piece = min(remaining, _PAD_PIECE_BYTES)
            fh.write(rng.randbytes(piece))
            remaining -= piece
        fh.write(footer)
        position += len(head) + length + len(footer)
    filler = 0
    for _ in range(4):  # converges at once unless the offset gains a digit
        final_tail = tail(position + filler, len(lengths), offsets)
        filler = max(0, target - position - len(final_tail))
    if filler:
        fh.write(b"\n" * filler if filler < 2 else b"%" + b" " * (filler - 2) + b"\n")
    fh.write(tail(position + filler, len(lengths), offsets))


def _serialise(value: PdfObject) -> bytes:
    buffer = io.BytesIO()
    value.write_to_stream(buffer)  # references stay references ("3 0 R")
    return buffer.getvalue()
